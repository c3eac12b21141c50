package absence_test

import (
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
)

// A DayCounter counts what ScheduledDays counts: weekly patterns with and
// without bank holidays off (table years and rule years), a roster, the zero
// counter, periods inside, across and outside the years it precomputed, and
// reversed ones; one counter reset from schedule to schedule. Some agrees.
func TestDayCounterEqualsScheduledDays(t *testing.T) {
	w, err := absence.ParseWeekMask("M.WT.S.", dec("7.5"))
	if err != nil {
		t.Fatal(err)
	}
	var shifts []absence.RosterShift
	for day := d(t, "2023-12-01"); day.Before(d(t, "2025-02-01")); day = day.AddDays(3) {
		shifts = append(shifts, absence.RosterShift{Date: day, Hours: dec("11.5")})
	}
	ro, err := absence.NewRoster(shifts)
	if err != nil {
		t.Fatal(err)
	}
	var c absence.DayCounter
	if c.Days(0, 10) != 0 {
		t.Fatal("the zero DayCounter counts days")
	}
	r := rand.New(rand.NewPCG(1, 1))
	for _, s := range []absence.Schedule{w, w.BankHolidaysOff(absence.EnglandAndWales()), monFri(t).Schedule,
		monFri(t).Schedule.(absence.WeeklyPattern).BankHolidaysOff(absence.EnglandAndWales()), ro} {
		for _, years := range [][2]string{{"2024-03-01", "2024-05-01"}, {"2019-01-01", "2031-12-31"}, {"2030-06-01", "2029-01-01"}} {
			c.Reset(s, d(t, years[0]), d(t, years[1]))
			for range 3000 {
				from := d(t, "2018-06-01").UnixDays() + r.IntN(15*365)
				to := from + r.IntN(800) - 20
				want := 0
				if to >= from {
					want = s.ScheduledDays(absence.Period{Start: absence.FromUnixDays(from), End: absence.FromUnixDays(to)})
				}
				if got := c.Days(from, to); got != want {
					t.Fatalf("%T %v: Days(%v, %v) = %d, want %d", s, years, absence.FromUnixDays(from), absence.FromUnixDays(to), got, want)
				}
				if got := c.Some(from, to); got != (want > 0) {
					t.Fatalf("%T %v: Some(%v, %v) = %v, %d days", s, years, absence.FromUnixDays(from), absence.FromUnixDays(to), got, want)
				}
				// A short period, as most sickness records are (§4.4).
				to = from + r.IntN(6)
				short := s.ScheduledDays(absence.Period{Start: absence.FromUnixDays(from), End: absence.FromUnixDays(to)})
				if got := c.Some(from, to); got != (short > 0) {
					t.Fatalf("%T %v: Some(%v, %v) = %v, %d days", s, years, absence.FromUnixDays(from), absence.FromUnixDays(to), got, short)
				}
			}
		}
	}
}
