package payroll_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/payroll"
)

// TestPAY10_Appointments: evidenced appointments outside the employee's
// control are paid time, at most 3 in a rolling 12 months; the rest, and
// those within their control, are time owing.
func TestPAY10_Appointments(t *testing.T) {
	out := func(date string) payroll.Appointment {
		return payroll.Appointment{Date: d(t, date), Hours: dec("2"), OutsideControl: true, Evidenced: true}
	}
	appts := []payroll.Appointment{
		out("2026-06-10"), out("2026-01-10"), out("2026-03-10"), out("2026-09-10"),
		out("2027-01-10"), // the window ending 2027-01-10 starts 2026-01-11: two granted in it
		{Date: d(t, "2026-02-02"), Hours: dec("1.5"), Evidenced: true},
		{Date: d(t, "2026-02-03"), Hours: dec("1"), OutsideControl: true},
	}
	got, err := hr14(t).Appointments(appts)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Index   int
		Outcome payroll.AppointmentOutcome
		Owed    string
	}
	var rows []row
	for _, a := range got {
		rows = append(rows, row{a.Index, a.Outcome, a.Owed.String()})
	}
	want := []row{
		{1, payroll.PaidTime, "0"},     // 2026-01-10
		{5, payroll.TimeOwing, "1.5"},  // 2026-02-02, within control
		{6, payroll.NotEvidenced, "0"}, // 2026-02-03
		{2, payroll.PaidTime, "0"},     // 2026-03-10
		{0, payroll.PaidTime, "0"},     // 2026-06-10, third
		{3, payroll.TimeOwing, "2"},    // 2026-09-10, fourth in 12 months
		{4, payroll.PaidTime, "0"},     // 2027-01-10
	}
	if diff := diff(want, rows); diff != "" {
		t.Errorf("appointments (-want +got):\n%s", diff)
	}
	for _, a := range got {
		if a.Finding.Rule.ID != "PAY-10" {
			t.Errorf("%v cites %v", a.Date, a.Finding.Rule)
		}
	}

	pol := hr14(t)
	pol.AppointmentsPerYear = 0
	if got, _ := pol.Appointments(appts[:1]); got[0].Outcome != payroll.TimeOwing {
		t.Errorf("with none allowed: %v", got[0].Outcome)
	}
	if _, err := hr14(t).Appointments([]payroll.Appointment{{Date: d(t, "2026-01-01")}}); !errors.Is(err, payroll.ErrAmount) {
		t.Errorf("no hours: %v", err)
	}
}
