package triggers

import (
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// The memo answers what it memoizes: for days near each other and far apart
// (beyond its range), in any order, for every window length of the policy.
func TestDayMemo(t *testing.T) {
	p := HR14()
	p.TRIG2.Months, p.TRIG5.Months = 3, 1 // windows of 6, 3, 12 and 1 months: four, not memoized
	if newDayMemo(p) != nil {
		t.Fatal("a memo of four window lengths")
	}
	p.TRIG3.Months, p.TRIG4.Months = 6, 6 // 6, 3, 6, 6, 1
	memo := newDayMemo(p)
	b := &base{memo: memo}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		d := 19000 + r.IntN(4000) // 2022 to 2033
		if i%100 == 0 {
			d = -700000 + r.IntN(2900000) // year 53 to 9900
		}
		for _, months := range memo.months {
			if got, want := b.windowStart(d, months), windowStart(d, months); got != want {
				t.Fatalf("windowStart(%d, %d) = %d, want %d", d, months, got, want)
			}
			if got, want := b.leaves(d, months), leaves(d, months); got != want {
				t.Fatalf("leaves(%d, %d) = %d, want %d", d, months, got, want)
			}
		}
		if got, want := b.period(d, d+1), period(d, d+1); got != want {
			t.Fatalf("period(%d) = %v, want %v", d, got, want)
		}
	}
	if b.windowStart(19000, 2) != windowStart(19000, 2) {
		t.Fatal("a window length the memo does not hold")
	}
	if len(memo.dates) > maxMemoDays || len(memo.start[0]) != len(memo.dates) {
		t.Fatalf("memo of %d days", len(memo.dates))
	}
}

// A Summariser's day counter, counting the weekdays of a weekly pattern
// from the memo's shared prefix counts, answers as the schedule does: every
// mask, with and without bank holidays off (which it leaves to the
// schedule), employees whose days lie far apart (the counts widen), and
// periods of every length and position inside the runs; and the day by
// which a number of them is reached.
func TestDayCounterWeekdays(t *testing.T) {
	h75 := decimal.RequireFromString("7.5")
	memo := newDayMemo(HR14())
	r := rand.New(rand.NewPCG(3, 4))
	for mask := 1; mask < 128; mask++ {
		var week [7]absence.Shift
		for wd := range 7 {
			if mask>>wd&1 != 0 {
				week[wd] = absence.Shift{Hours: h75}
			}
		}
		w, err := absence.NewWeeklyPattern(week)
		if err != nil {
			t.Fatal(err)
		}
		for _, sched := range []absence.Schedule{w, w.BankHolidaysOff(absence.EnglandAndWales())} {
			b := &base{memo: memo}
			from := 19000 + r.IntN(3000)
			if mask%10 == 0 {
				from = 10000 + r.IntN(20000) // far from the others
			}
			b.push(from, from+r.IntN(800), 0)
			var c dayCounter
			c.reset(sched, b)
			if _, off := sched.(absence.WeeklyPattern).HolidaysOff(); off == (c.prefix != nil) {
				t.Fatalf("mask %07b, holidays off %v: prefix counts %v", mask, off, c.prefix != nil)
			}
			first, last := int(b.runs[0].from), int(b.runs[0].to)
			if k := r.IntN(5); k == 0 { // a period reaching outside the runs: the DayCounter's
				s, e := first-400+r.IntN(400), last+r.IntN(400)
				if got, want := c.count(s, e), sched.ScheduledDays(period(s, e)); int(got) != want {
					t.Fatalf("mask %07b: count(%d, %d) = %d, want %d", mask, s, e, got, want)
				}
			}
			for range 300 {
				s := first + r.IntN(last-first+1)
				e := s - 1 + r.IntN(last-s+2) // may be the day before s: no days
				want := 0
				if e >= s {
					want = sched.ScheduledDays(period(s, e))
				}
				if got := c.count(s, e); int(got) != want {
					t.Fatalf("mask %07b: count(%d, %d) = %d, want %d", mask, s, e, got, want)
				}
				if want > 0 { // the first day by which the n-th of them is reached
					n := 1 + r.IntN(want)
					y := s
					for sched.ScheduledDays(period(s, y)) < n {
						y++
					}
					if got := c.reach(s, s, e, n); got != y {
						t.Fatalf("mask %07b: reach(%d, %d, %d, %d) = %d, want %d", mask, s, s, e, n, got, y)
					}
				}
			}
		}
	}
}
