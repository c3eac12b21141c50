package triggers

import "github.com/absencerules/hr14/absence"

// A dayCounter counts the scheduled days from..to (Unix days) inside the
// runs of a base with an absence.DayCounter: exactly as the Schedule's
// ScheduledDays, and for a weekly pattern in constant time plus a binary
// search of the bank holidays of the runs' years, precomputed once (the
// engine measures clipped runs many times).
type dayCounter struct{ c absence.DayCounter }

// reset makes c count the days of s in the runs of b, reusing its memory.
func (c *dayCounter) reset(s absence.Schedule, b *base) {
	if len(b.runs) == 0 {
		c.c.Reset(s, date(1), date(0)) // nothing to precompute
		return
	}
	c.c.Reset(s, date(int(b.runs[0].from)), date(int(b.runs[len(b.runs)-1].to)))
}

// count returns the scheduled days from..to.
func (c *dayCounter) count(from, to int) count { return count(c.c.Days(from, to)) }

// measure implements measurer: the weight of a run in working days.
func (c *dayCounter) measure(from, to int) count { return c.count(from, to) }
