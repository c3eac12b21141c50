package absence

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestCountWeekdaysEqualsDayByDay checks the constant-time count of
// scheduled weekdays (Conventions: scheduled days) against counting day by
// day, for every mask, every start weekday and lengths of 0 to 30 days,
// after and before 1970 (negative day numbers).
func TestCountWeekdaysEqualsDayByDay(t *testing.T) {
	for _, start := range []Date{{2026, 3, 2}, {1960, 2, 1}} { // Mondays
		testCountWeekdays(t, start)
	}
	if got := countWeekdays(Period{}, 0x7f); got != 0 {
		t.Errorf("zero period: %d", got)
	}
}

func testCountWeekdays(t *testing.T, start Date) {
	for mask := range 128 {
		for s := range 7 {
			from := start.AddDays(s)
			for days := range 31 {
				p := Period{from, from.AddDays(days - 1)}
				want := 0
				for d := range p.All() {
					if mask&(1<<d.Weekday()) != 0 {
						want++
					}
				}
				if got := countWeekdays(p, uint8(mask)); got != want {
					t.Fatalf("mask %07b, %s: %d, day by day %d", mask, p, got, want)
				}
			}
		}
	}
}

// TestWeeklyScheduledHoursEqualsDayByDay checks WeeklyPattern.ScheduledDays
// and ScheduledHours against summing ShiftOn day by day, for patterns with
// the same hours every working day (the fast path) and with different hours,
// with and without bank holidays off, over periods across Christmas.
func TestWeeklyScheduledHoursEqualsDayByDay(t *testing.T) {
	h := func(s string) Shift { return Shift{Hours: decimal.RequireFromString(s)} }
	var uniform, mixed [7]Shift
	for _, wd := range []int{1, 2, 3, 4, 5} {
		uniform[wd] = h("7.5")
	}
	mixed[0], mixed[3], mixed[6] = h("12.5"), h("7.5"), h("12.5")
	start := Date{2025, 12, 15}
	for name, week := range map[string][7]Shift{"uniform": uniform, "mixed": mixed} {
		w, err := NewWeeklyPattern(week)
		if err != nil {
			t.Fatal(err)
		}
		for _, pat := range []WeeklyPattern{w, w.BankHolidaysOff(EnglandAndWales())} {
			for s := range 10 {
				for days := 1; days <= 30; days++ {
					p := Period{start.AddDays(s), start.AddDays(s + days - 1)}
					n, hours := 0, decimal.Zero
					for d := range p.All() {
						if sh, ok := pat.ShiftOn(d); ok {
							n++
							hours = hours.Add(sh.Hours)
						}
					}
					if got := pat.ScheduledDays(p); got != n {
						t.Fatalf("%s %s: ScheduledDays %d, day by day %d", name, p, got, n)
					}
					if got := pat.ScheduledHours(p); !got.Equal(hours) {
						t.Fatalf("%s %s: ScheduledHours %s, day by day %s", name, p, got, hours)
					}
				}
			}
		}
	}
}
