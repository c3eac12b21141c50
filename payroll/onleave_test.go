package payroll_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// TestABS21_LeaveRecredited: booked leave that sickness replaced is given
// back (ABS-21): the days re-credited are not leave taken, so more is
// untaken and, when sickness prevented the leave, more carries over; more
// than was taken is refused.
func TestABS21_LeaveRecredited(t *testing.T) {
	pol := hr14(t)
	in := payroll.LeaveInput{Year: p(t, "2026-04-01/2027-03-31"), ServiceStart: d(t, "2022-01-01"), FTE: dec("1"), Taken: dec("10")}
	before, err := pol.Leave(in)
	if err != nil {
		t.Fatal(err)
	}
	in.Recredited = dec("3")
	got, err := pol.Leave(in)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Taken.Equal(dec("7")) || !got.Untaken.Equal(before.Untaken.Add(dec("3"))) {
		t.Errorf("taken %v, untaken %v; want 7 and %v", got.Taken, got.Untaken, before.Untaken.Add(dec("3")))
	}
	found := false
	for _, f := range got.Findings {
		found = found || (f.Rule.ID == "ABS-21" && strings.Contains(f.Text, "3 days of booked leave that sickness replaced are re-credited"))
	}
	if !found {
		t.Errorf("no ABS-21 finding in %v", got.Findings)
	}
	in.SicknessPrevented = true
	if carry, _ := pol.Leave(in); !carry.CarryOver.Equal(dec("13")) {
		t.Errorf("carry-over %v, want 20 − 7 = 13", carry.CarryOver)
	}
	for _, bad := range []string{"11", "-1"} {
		in.Recredited = dec(bad)
		if _, err := pol.Leave(in); !errors.Is(err, payroll.ErrAmount) {
			t.Errorf("recredited %s: %v, want ErrAmount", bad, err)
		}
	}
}

// TestABS21_TreatmentsOfReplacedLeave: the days sickness replaced are sick
// leave of the sickness record, not leave; the rest of the booked leave is
// leave (ABS-21).
func TestABS21_TreatmentsOfReplacedLeave(t *testing.T) {
	emp := employee(t, "MTWTF..")
	s := absence.Record{Period: p(t, "2026-07-13/2026-07-15"), Reason: absence.Infection,
		Reported: time.Date(2026, time.July, 13, 7, 0, 0, 0, time.UTC)}
	h, err := absence.NewHistory(emp, []absence.Record{{Period: p(t, "2026-07-06/2026-07-17"), Kind: absence.Leave}, s}, absence.HR14())
	if err != nil {
		t.Fatal(err)
	}
	tr, err := hr14(t).Treatments(payroll.TreatmentInput{History: h})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range tr.Days {
		got = append(got, x.Period.String()+" "+x.Treatment.String()+" "+string(rune('0'+x.Record)))
	}
	want := []string{"2026-07-06/2026-07-12 leave 0", "2026-07-13/2026-07-15 sick-leave 1", "2026-07-16/2026-07-17 leave 0"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("treatments:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
