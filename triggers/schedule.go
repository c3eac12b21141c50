package triggers

import "github.com/absencerules/hr14/absence"

// A dayCounter counts the scheduled days from..to (Unix days) inside the
// runs of a base with an absence.DayCounter: exactly as the Schedule's
// ScheduledDays, and for a weekly pattern in constant time plus a binary
// search of the bank holidays of the runs' years, precomputed once (the
// engine measures clipped runs many times).
//
// For a Summariser's base whose schedule is a weekly pattern without bank
// holidays off (the whole-workforce case: its scheduled days are its
// weekdays alone), a count is a difference of two prefix counts of the
// pattern's weekdays over the memo's days (dayMemo.weekdays), shared by
// every employee of the same pattern.
type dayCounter struct {
	c      absence.DayCounter
	prefix []int32 // prefix[i]: the scheduled days from day base to base+i-1; nil if none
	base   int

	// pending: c is yet to be Reset for sched and the runs' days
	// first..last. The prefix counts answer every count inside the runs,
	// so a Summariser resets the DayCounter only when asked about a day
	// outside them.
	pending     bool
	sched       absence.Schedule
	first, last int
}

// reset makes c count the days of s in the runs of b, reusing its memory.
func (c *dayCounter) reset(s absence.Schedule, b *base) {
	c.prefix, c.pending = nil, false
	if len(b.runs) == 0 {
		c.c.Reset(s, date(1), date(0)) // nothing to precompute
		return
	}
	first, last := int(b.runs[0].from), int(b.runs[len(b.runs)-1].to)
	if b.memo != nil {
		c.prefix, c.base = b.memo.weekdays(s, first, last)
	}
	if c.prefix != nil {
		c.pending, c.sched, c.first, c.last = true, s, first, last
		return
	}
	c.c.Reset(s, b.date(first), b.date(last))
}

// count returns the scheduled days from..to.
func (c *dayCounter) count(from, to int) count {
	// to < from gives i > j: 0 from the DayCounter.
	if i, j := uint(from-c.base), uint(to+1-c.base); i <= j && j < uint(len(c.prefix)) {
		return count(c.prefix[j] - c.prefix[i])
	}
	if c.pending {
		c.c.Reset(c.sched, date(c.first), date(c.last))
		c.pending = false
	}
	return count(c.c.Days(from, to))
}

// reach returns the first day y in lo..hi with count(from, y) ≥ n, which
// the caller guarantees of hi: a binary search of the prefix counts when
// they hold from..hi, else of the counts.
func (c *dayCounter) reach(from, lo, hi, n int) int {
	if i, j := uint(from-c.base), uint(hi+1-c.base); i <= j && j < uint(len(c.prefix)) {
		p, target := c.prefix, c.prefix[i]+int32(n)
		for lo < hi { // count(from, y) ≥ n is p[y+1-base] ≥ target
			mid := int(uint(lo+hi) >> 1)
			if p[mid+1-c.base] >= target {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		return lo
	}
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(c.count(from, mid)) >= n {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// holds returns c's prefix counts if they hold every run of b (runs in
// date order: the first and the last are inside), so that
// prefix[to+1-base] - prefix[from-base] counts any of them.
func (c *dayCounter) holds(b *base) ([]int32, bool) {
	if len(c.prefix) == 0 || len(b.runs) == 0 {
		return nil, false
	}
	first, last := int(b.runs[0].from), int(b.runs[len(b.runs)-1].to)
	return c.prefix, first >= c.base && last+1-c.base < len(c.prefix)
}

// measure implements measurer: the weight of a run in working days.
func (c *dayCounter) measure(from, to int) count { return c.count(from, to) }
