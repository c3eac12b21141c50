package absence_test

import (
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
)

// BenchmarkDayCounter is the whole-workforce fast path for a Monday–Friday
// worker with bank holidays off: Reset over the years 2005–2030 (table
// years and rule years), then 1000 counts of periods inside them.
func BenchmarkDayCounter(b *testing.B) {
	w, err := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	if err != nil {
		b.Fatal(err)
	}
	var s absence.Schedule = w.BankHolidaysOff(absence.EnglandAndWales()) // converted once, not per Reset
	first, last := absence.Date{Year: 2005, Month: 1, Day: 1}, absence.Date{Year: 2030, Month: 12, Day: 31}
	r := rand.New(rand.NewPCG(1, 2))
	spans := make([][2]int, 1000)
	for i := range spans {
		from := first.UnixDays() + r.IntN(last.DaysSince(first)-400)
		spans[i] = [2]int{from, from + r.IntN(400)}
	}
	var c absence.DayCounter
	b.Run("reset", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			c.Reset(s, first, last)
		}
	})
	b.Run("days", func(b *testing.B) {
		c.Reset(s, first, last)
		b.ReportAllocs()
		n := 0
		for range b.N {
			for _, sp := range spans {
				n += c.Days(sp[0], sp[1])
			}
		}
		if n == 0 {
			b.Fatal("no days counted")
		}
	})
}

// BenchmarkEnglandAndWales is the cost of the calendar value itself, which
// hosts build per case.
func BenchmarkEnglandAndWales(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if !absence.EnglandAndWales().IsHoliday(absence.Date{Year: 2026, Month: 12, Day: 25}) {
			b.Fatal("no Christmas")
		}
	}
}
