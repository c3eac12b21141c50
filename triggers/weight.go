package triggers

import (
	"cmp"
	"slices"
	"sort"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A quantity is what a working-day trigger adds up: whole working days
// (count) or hours (decimal.Decimal), compared exactly.
type quantity[Q any] interface {
	Add(Q) Q
	Sub(Q) Q
	Cmp(Q) int
}

// count is a number of working days.
type count int64

func (a count) Add(b count) count { return a + b }
func (a count) Sub(b count) count { return a - b }
func (a count) Cmp(b count) int   { return cmp.Compare(a, b) }

// A measurer gives the weight of the days from..to (Unix days) inside one
// run: working days (*dayCounter) or hours (hoursOf).
type measurer[Q any] interface {
	measure(from, to int) Q
}

// A weigher measures the counted runs of a base in working days or hours,
// with prefix sums so that the weight of any window costs two binary searches
// and at most two schedule calls.
type weigher[Q quantity[Q]] struct {
	b   *base
	cum []Q         // cum[i] is the weight of runs[:i]
	m   measurer[Q] // the weight of part of a run
}

// reset makes w the weigher of b, measuring every run once, reusing the
// memory of w.cum.
func (w *weigher[Q]) reset(b *base, zero Q, m measurer[Q]) {
	w.b, w.m = b, m
	w.cum = append(slices.Grow(w.cum[:0], len(b.runs)+1), zero)
	for _, r := range b.runs {
		w.cum = append(w.cum, w.cum[len(w.cum)-1].Add(m.measure(int(r.from), int(r.to))))
	}
}

// hoursOf measures runs in scheduled hours.
type hoursOf struct{ s absence.Schedule }

func (h hoursOf) measure(from, to int) decimal.Decimal { return h.s.ScheduledHours(period(from, to)) }

// upTo returns the weight of the counted days on or before day x.
func (w *weigher[Q]) upTo(x int) Q {
	runs := w.b.runs
	i := w.b.firstEnding(x)
	if i == len(runs) || int(runs[i].from) > x {
		return w.cum[i]
	}
	if int(runs[i].to) == x {
		return w.cum[i+1]
	}
	return w.cum[i].Add(w.m.measure(int(runs[i].from), x))
}

// in returns the weight of the counted days in s..d.
func (w *weigher[Q]) in(s, d int) Q { return w.upTo(d).Sub(w.upTo(s - 1)) }

// first returns the first day y with upTo(y) ≥ t (or > t when strict), and
// upTo(y); ok is false if there is none. The caller guarantees that no day
// before the first run qualifies: t is positive, or strict and not negative.
//
// hint, if not nil, is where the previous search of a sequence with
// non-decreasing t ended, so the answer is at that run or after it: first
// steps forward from there (the sweep's searches are such sequences, and
// their answers are a run or two apart, so stepping costs less than
// searching all the runs again), and leaves hint at the answer's run.
func (w *weigher[Q]) first(t Q, strict bool, hint *int) (y int, at Q, ok bool) {
	reach := func(v Q) bool {
		c := v.Cmp(t)
		return c > 0 || (c == 0 && !strict)
	}
	runs := w.b.runs
	var i int
	if hint != nil {
		for i = *hint; i < len(runs) && !reach(w.cum[i+1]); i++ {
		}
		*hint = i
	} else {
		i = sort.Search(len(runs), func(i int) bool { return reach(w.cum[i+1]) })
	}
	if i == len(runs) {
		return 0, at, false
	}
	from := int(runs[i].from)
	lo, hi := from, int(runs[i].to) // reach holds at hi
	at = w.cum[i+1]
	for lo < hi {
		mid := lo + (hi-lo)/2
		if v := w.cum[i].Add(w.m.measure(from, mid)); reach(v) {
			hi, at = mid, v
		} else {
			lo = mid + 1
		}
	}
	return lo, at, true
}

// stretches returns the maximal runs of days on which the weight of the
// counted days in the rolling window of the given months ending that day is
// at least t (t > 0). It is a sweep that jumps between the only days where
// the answer can change, never stepping day by day:
//
//   - While inactive on d with weight f, no day before the first one by which
//     t − f more has been counted can be active (days only leave the window
//     on the left), so it jumps there.
//   - While active on d with weight f, the window cannot fall below t before
//     more than f − t has left it on the left, so it jumps to the day the
//     counted day that tips it leaves the window (absence.LeavesWindow).
//
// Each jump passes at least one counted day (or, for the window of a long
// absence, months of them), so the work is proportional to the runs, times the
// threshold in the worst case of windows hovering around it. It appends to
// out.
func (w *weigher[Q]) stretches(out []span, months int, t Q) []span {
	// The targets of each kind of search below never decrease: lo + t, as
	// the window's start moves forward, and upTo(d) − t.
	var reachAt, tipAt int
	d, up, ok := w.first(t, false, &reachAt)
	for ok {
		lo := w.upTo(w.b.windowStart(d, months) - 1)
		f := up.Sub(lo)
		if f.Cmp(t) < 0 {
			d, up, ok = w.first(up.Add(t.Sub(f)), false, &reachAt)
			continue
		}
		start := d
		for f.Cmp(t) >= 0 {
			y, _, _ := w.first(lo.Add(f.Sub(t)), true, &tipAt) // exists: upTo(d) − lo = f > f − t
			d = w.b.leaves(y, months)
			lo = w.upTo(w.b.windowStart(d, months) - 1)
			up = w.upTo(d)
			f = up.Sub(lo)
		}
		out = append(out, span{start, d - 1})
		d, up, ok = w.first(up.Add(t.Sub(f)), false, &reachAt)
	}
	return out
}

// clear returns the first day after d on which the window no longer reaches
// t if nothing is counted after d: the day the counted day that keeps it at t
// leaves the window. The caller guarantees the window ending d reaches t.
func (w *weigher[Q]) clear(months int, t Q, d int) int {
	y, _, _ := w.first(w.upTo(d).Sub(t), true, nil)
	return w.b.leaves(y, months)
}

// A meter is a weigher with its thresholds, hiding whether it counts days or
// hours.
type meter interface {
	// stretches appends the active stretches of TRIG-2 (i = 0) or TRIG-4 (1)
	// to out.
	stretches(out []span, i, months int) []span
	// in returns the weight of the counted days in s..d.
	in(s, d int) decimal.Decimal
	// reaches reports whether the weight in s..d reaches threshold i.
	reaches(i, s, d int) bool
	// clear is weigher.clear for threshold i.
	clear(i, months, d int) int
}

// A dayMeter is a meter of working days. Its methods have pointer receivers
// so that a Monitor holds it in the meter interface without allocating.
type dayMeter struct {
	w  dayWeigher
	th [2]count // ceil of the pro-rata thresholds of TRIG-2, TRIG-4
}

func (m *dayMeter) stretches(out []span, i, months int) []span {
	return m.w.stretches(out, months, m.th[i])
}
func (m *dayMeter) in(s, d int) decimal.Decimal { return decimal.NewFromInt(int64(m.w.in(s, d))) }
func (m *dayMeter) reaches(i, s, d int) bool    { return m.w.in(s, d) >= m.th[i] }
func (m *dayMeter) clear(i, months, d int) int  { return m.w.clear(months, m.th[i], d) }

// An hourMeter is a meter of hours (pro rata by hours).
type hourMeter struct {
	w  weigher[decimal.Decimal]
	th [2]decimal.Decimal
}

func (m *hourMeter) stretches(out []span, i, months int) []span {
	return m.w.stretches(out, months, m.th[i])
}
func (m *hourMeter) in(s, d int) decimal.Decimal { return m.w.in(s, d) }
func (m *hourMeter) reaches(i, s, d int) bool    { return m.w.in(s, d).Cmp(m.th[i]) >= 0 }
func (m *hourMeter) clear(i, months, d int) int  { return m.w.clear(months, m.th[i], d) }
