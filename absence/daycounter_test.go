package absence_test

import (
	"math/rand/v2"
	"strings"
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

// A DayCounter of a weekly pattern without bank holidays off counts, in its
// 32-bit arithmetic, what a count of whole weeks and the days left over
// gives, for periods from the year 1 to 9999 up to their whole length, and
// either side of the 1<<30 days where it hands over to the general count.
func TestDayCounterPlainCountsWeeks(t *testing.T) {
	masks := []string{"MTWTF..", "M.WT.S.", "MTWTFSS", "......S"}
	r := rand.New(rand.NewPCG(2, 7))
	lo, hi := absence.Date{Year: 1, Month: 1, Day: 1}.UnixDays(), absence.Date{Year: 9999, Month: 12, Day: 31}.UnixDays()
	for _, m := range masks {
		w, err := absence.ParseWeekMask(m, dec("7.5"))
		if err != nil {
			t.Fatal(err)
		}
		var c absence.DayCounter
		c.Reset(w, absence.Date{Year: 2020, Month: 1, Day: 1}, absence.Date{Year: 2021, Month: 1, Day: 1})
		perWeek := strings.Count(m, ".")
		want := func(from, to int) int {
			if to < from {
				return 0
			}
			n := (to - from + 1) / 7 * (7 - perWeek)
			for d := from + (to-from+1)/7*7; d <= to; d++ {
				if _, ok := w.ShiftOn(absence.FromUnixDays(d)); ok {
					n++
				}
			}
			return n
		}
		for range 5000 {
			from := lo + r.IntN(hi-lo)
			to := from + r.IntN(hi-from+1) - 3
			if r.IntN(2) == 0 {
				to = from + r.IntN(30) - 3
			}
			if got := c.Days(from, to); got != want(from, to) {
				t.Fatalf("%s: Days(%d, %d) = %d, want %d", m, from, to, got, want(from, to))
			}
		}
		for _, span := range []int{1<<30 - 2, 1<<30 - 1, 1 << 30, 1<<30 + 1} {
			if got, w := c.Days(-1000, -1000+span), want(-1000, -1000+span); got != w {
				t.Fatalf("%s: Days over %d days = %d, want %d", m, span, got, w)
			}
		}
	}
}
