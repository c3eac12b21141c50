package triggers

import "github.com/absencerules/hr14/absence"

// A dayMemo remembers, for a Summariser, the calendar arithmetic of the days
// around those it meets: the date, and for each of the policy's window
// lengths the first day of the rolling window ending on it
// (absence.RollingWindow) and the first day whose window no longer holds it
// (absence.LeavesWindow). The sweep asks these for every counted run and
// every window, and a workforce's absences fall within a few years, so each
// day is worked out once per Summariser (when the memo grows to hold it)
// instead of tens of times per employee. The values are the absence
// package's; only the layout is the memo's: the windows' days apart from
// the dates, one column of 4 bytes a day for each window length and answer,
// so that the years the sweep visits stay in the processor's fastest cache
// and a sweep of one window length reads its two columns directly
// (memoView).
type dayMemo struct {
	months []int               // the distinct window lengths of the policy, at most 3
	slot   [maxMonths + 1]int8 // slot[m] is the index of m in months, plus 1; 0 if not there
	base   int                 // Unix day of the first day held
	start  [3][]int32          // start[k][d-base] is windowStart(d, months[k])
	leaves [3][]int32          // leaves[k][d-base] is leaves(d, months[k])
	dates  []absence.Date      // dates[d-base]

	// weekly[mask] counts the weekdays of mask around the days met, for
	// the weekly patterns met (dayCounter).
	weekly [128]weekdayCounts
}

// weekdayCounts are the prefix counts of the days of one set of weekdays
// from a Unix day base.
type weekdayCounts struct {
	base   int
	prefix []int32 // prefix[i]: the days among base..base+i-1
}

// maxWeeklyDays bounds the days over which weekdays are counted (about 45
// years, 64 KiB a pattern): beyond them the schedule counts.
const maxWeeklyDays = 1 << 14

// maxMemoDays bounds a memo (about 180 years, 3 MiB): days outside it are
// worked out each time.
const maxMemoDays = 1 << 16

func newDayMemo(p Policy) *dayMemo {
	t := &dayMemo{}
	for _, m := range []int{p.TRIG1.Months, p.TRIG2.Months, p.TRIG3.Months, p.TRIG4.Months, p.TRIG5.Months} {
		if t.index(m) < 0 {
			t.months = append(t.months, m)
		}
	}
	if len(t.months) > 3 { // a policy of four or more window lengths: not memoized
		return nil
	}
	for k, m := range t.months {
		if m >= 0 && m <= maxMonths {
			t.slot[m] = int8(k + 1)
		}
	}
	return t
}

// index returns the index of a window length in t.months, or -1.
func (t *dayMemo) index(months int) int {
	if months >= 0 && months <= maxMonths && t.slot[months] > 0 {
		return int(t.slot[months]) - 1
	}
	for k, m := range t.months {
		if m == months {
			return k
		}
	}
	return -1
}

// at returns the index of Unix day d in the memo; ok is false if the memo
// does not hold it yet (grow it then).
func (t *dayMemo) at(d int) (i int, ok bool) {
	if i := uint(d - t.base); i < uint(len(t.dates)) {
		return int(i), true
	}
	return 0, false
}

// grow widens the memo to hold d and a year beyond it, and at least a
// quarter of its length more on that side (so that a memo growing day by
// day is copied a few times, not once a year), working out the new days;
// it returns d's index, or false if the memo would get too large.
func (t *dayMemo) grow(d int) (int, bool) {
	lo, hi := d-366, d+366
	if n := len(t.dates); n > 0 {
		lo, hi = t.base, t.base+n
		if d < lo {
			lo = min(d-366, lo-n/4)
		} else {
			hi = max(d+366, hi+n/4)
		}
	}
	if hi-lo > maxMemoDays {
		return 0, false
	}
	old := 0 // index of the old days in the new columns
	if len(t.dates) > 0 {
		old = t.base - lo
	}
	known := func(i int) bool { return i >= old && i < old+len(t.dates) }
	dates := make([]absence.Date, hi-lo)
	copy(dates[old:], t.dates)
	for i := range dates {
		if !known(i) {
			dates[i] = date(lo + i)
		}
	}
	for k, m := range t.months {
		start, leave := make([]int32, hi-lo), make([]int32, hi-lo)
		copy(start[old:], t.start[k])
		copy(leave[old:], t.leaves[k])
		for i := range start {
			if !known(i) {
				start[i] = int32(windowStart(lo+i, m))
				leave[i] = int32(leaves(lo+i, m))
			}
		}
		t.start[k], t.leaves[k] = start, leave
	}
	t.base, t.dates = lo, dates
	return d - lo, true
}

// weekdays returns prefix counts (weekdayCounts.prefix) of the scheduled
// days of s from the Unix day it returns, holding first..last, for a weekly
// pattern without bank holidays off: its scheduled days are then exactly
// the days of its working weekdays (the shifts of non-zero hours), as
// absence.WeeklyPattern.ScheduledDays counts them. The counts of each
// pattern are shared by the employees who work it, and widened, by at least
// a year on each side, when an employee's days fall outside them. It
// returns nil for any other schedule, or when the days would span too many
// years.
func (t *dayMemo) weekdays(s absence.Schedule, first, last int) ([]int32, int) {
	w, ok := s.(absence.WeeklyPattern)
	if !ok {
		return nil, 0
	}
	if _, off := w.HolidaysOff(); off {
		return nil, 0
	}
	mask := 0
	for wd, sh := range w.Week() {
		if !sh.Hours.IsZero() {
			mask |= 1 << wd
		}
	}
	c := &t.weekly[mask]
	if end := c.base + len(c.prefix) - 1; first < c.base || last >= end { // prefix[last+1-base] is needed
		lo, hi := first-366, last+366
		if n := len(c.prefix); n > 0 { // widen by at least as much again
			lo, hi = min(lo, c.base), max(hi, end)
			if first < c.base {
				lo = min(lo, c.base-n)
			}
			if last >= end {
				hi = max(hi, end+n)
			}
		}
		if hi-lo > maxWeeklyDays {
			return nil, 0
		}
		c.count(lo, hi, mask)
	}
	return c.prefix, c.base
}

// count makes c the counts of the weekdays of mask over the Unix days
// lo..hi, reusing its memory.
func (c *weekdayCounts) count(lo, hi, mask int) {
	n := hi - lo + 1
	if cap(c.prefix) < n+1 {
		c.prefix = make([]int32, n+1)
	}
	p := c.prefix[:n+1]
	wd := int(date(lo).Weekday())
	week := int32(0) // the days of mask in any 7 days
	for i := range 7 {
		week += int32(mask >> ((wd + i) % 7) & 1)
	}
	for i := 1; i <= min(n, 7); i++ {
		p[i] = p[i-1] + int32(mask>>((wd+i-1)%7)&1)
	}
	for i := 8; i <= n; i++ {
		p[i] = p[i-7] + week // the 7 days before day i are a whole week
	}
	c.base, c.prefix = lo, p
}

// The calendar arithmetic of the engine: from the memo when the base has
// one (a Summariser's), else worked out. Each is a fast path small enough to
// be inlined (a day the memo holds, for a window length it memoizes: nearly
// every question of the sweep and of the presence of the episodes) and a
// slow path that grows the memo or works the answer out; both give the same
// answer, the memo's values being the absence package's.

// windowStart returns the first day of the rolling window of months ending
// on day d.
func (b *base) windowStart(d, months int) int {
	if t := b.memo; t != nil && uint(months) <= maxMonths {
		if k, i := int(t.slot[months])-1, uint(d-t.base); k >= 0 && i < uint(len(t.dates)) {
			return int(t.start[k][i])
		}
	}
	return b.windowStartSlow(d, months)
}

func (b *base) windowStartSlow(d, months int) int {
	if k, i, ok := b.memo.hold(d, months); ok {
		return int(b.memo.start[k][i])
	}
	return windowStart(d, months)
}

// hold returns the index k of a window length in t.months and the index i
// of Unix day d in t's columns, growing t to hold d; ok is false if t is
// nil, does not memoize the length or cannot hold d.
func (t *dayMemo) hold(d, months int) (k, i int, ok bool) {
	if t == nil {
		return 0, 0, false
	}
	if k = t.index(months); k < 0 {
		return 0, 0, false
	}
	if i, ok = t.at(d); !ok {
		i, ok = t.grow(d)
	}
	return k, i, ok
}

// leaves returns the first day whose rolling window of months no longer
// holds day d.
func (b *base) leaves(d, months int) int {
	if t := b.memo; t != nil && uint(months) <= maxMonths {
		if k, i := int(t.slot[months])-1, uint(d-t.base); k >= 0 && i < uint(len(t.dates)) {
			return int(t.leaves[k][i])
		}
	}
	return b.leavesSlow(d, months)
}

func (b *base) leavesSlow(d, months int) int {
	if k, i, ok := b.memo.hold(d, months); ok {
		return int(b.memo.leaves[k][i])
	}
	return leaves(d, months)
}

// date returns the date of Unix day d.
func (b *base) date(d int) absence.Date {
	if t := b.memo; t != nil {
		if i := uint(d - t.base); i < uint(len(t.dates)) {
			return t.dates[i]
		}
	}
	return b.dateSlow(d)
}

func (b *base) dateSlow(d int) absence.Date {
	if t := b.memo; t != nil {
		if i, ok := t.grow(d); ok {
			return t.dates[i]
		}
	}
	return date(d)
}

// period returns the period of Unix days from..to.
func (b *base) period(from, to int) absence.Period {
	return absence.Period{Start: b.date(from), End: b.date(to)}
}

// A memoView is the memo's answers for one window length, read from its
// columns without finding the length again: a sweep asks them for one
// length at a time. Its questions are small enough to be inlined; a day the
// view does not hold (no memo, a length the memo does not hold, a day
// outside the memo when the view was made) is asked of the base instead,
// which gives the same answer. The zero memoView holds no day.
type memoView struct {
	base   int     // Unix day of start[0] and leaves[0]
	start  []int32 // the memo's column of windowStart for the length
	leaves []int32 // its column of leaves, as long as start
}

// view returns b's memoView of window length months.
func (b *base) view(months int) memoView {
	var v memoView
	if t := b.memo; t != nil {
		if k := t.index(months); k >= 0 {
			v.base, v.start, v.leaves = t.base, t.start[k], t.leaves[k][:len(t.start[k])]
		}
	}
	return v
}

// windowStart is base.windowStart of day d; ok is false if v does not hold
// d.
func (v *memoView) windowStart(d int) (int, bool) {
	if i := uint(d - v.base); i < uint(len(v.start)) {
		return int(v.start[i]), true
	}
	return 0, false
}

// leave is base.leaves of day d; ok is false if v does not hold d.
func (v *memoView) leave(d int) (int, bool) {
	if i := uint(d - v.base); i < uint(len(v.leaves)) {
		return int(v.leaves[i]), true
	}
	return 0, false
}
