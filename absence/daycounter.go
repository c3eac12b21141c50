package absence

import (
	"math/bits"
	"slices"
	"sort"
	"time"
)

// A DayCounter counts the scheduled days of one [Schedule] between Unix day
// numbers ([Date.UnixDays]), answering exactly as Schedule.ScheduledDays
// would, for code that counts many periods of one employee's schedule: the
// episode builder's gaps between records, the trigger engine's windows.
//
// For a [WeeklyPattern] a count is constant time, with no date conversion:
// Reset precomputes the bank holidays it has off on working weekdays in the
// years it is given, and a count inside them is a binary search of that list
// (a WeeklyPattern itself regenerates each year's holidays on every call).
// Any other Schedule, and a count reaching outside those years, is asked of
// the Schedule.
//
// The zero DayCounter counts no days; Reset it first. It reuses its memory
// from one Reset to the next and is not safe for concurrent use.
type DayCounter struct {
	sched    Schedule    // the schedule; asked directly unless weekly
	weekly   bool        // sched is a WeeklyPattern: counted here between lo and hi
	plain    bool        // weekly with no bank holidays off: counted here for any days
	mask     uint8       // bit time.Weekday set for a working day
	pop      int         // the working days of a whole week (plain)
	rest     [8][8]uint8 // weekRest[mask], padded so that an index masked with 7 needs no bounds check (plain)
	lo, hi   int         // Unix days of the first and last day of the years precomputed
	holidays []int32     // Unix days of holidays off on working weekdays, ascending
	year     []Holiday
}

// Reset makes c count the days of s, precomputing for the years of first to
// last (inclusive; none if last is before first), and reusing c's memory.
func (c *DayCounter) Reset(s Schedule, first, last Date) {
	c.sched, c.holidays = s, c.holidays[:0]
	w, ok := s.(WeeklyPattern)
	c.weekly, c.plain = ok, ok && !w.holidaysOff
	if !ok {
		return
	}
	c.mask = w.mask
	c.pop = bits.OnesCount8(w.mask & 0x7f)
	for wd, row := range weekRest[w.mask&0x7f] {
		copy(c.rest[wd][:], row[:])
	}
	c.lo = Date{first.Year, time.January, 1}.UnixDays()
	c.hi = Date{last.Year, time.December, 31}.UnixDays()
	if !w.holidaysOff {
		return
	}
	for y := first.Year; y <= last.Year; y++ {
		c.year = w.holidays.appendYear(c.year[:0], y)
		for _, h := range c.year {
			if w.mask&(1<<h.Date.Weekday()) != 0 {
				c.holidays = append(c.holidays, int32(h.Date.UnixDays()))
			}
		}
	}
}

// weekOff is added to a Unix day to give, in 30 bits, a number of the same
// weekday: 4 (1970-01-01 was a Thursday, time.Sunday being 0) plus whole
// weeks enough to keep every day of the proleptic Gregorian years 1 to
// 9999, and far more, from 0 to 1<<30.
const weekOff = 4 + 7<<26

// Days returns the scheduled days from Unix day from to Unix day to, both
// included; 0 if to is before from.
func (c *DayCounter) Days(from, to int) int {
	if n, ok := c.plainDays(from, to); ok {
		return n
	}
	return c.days(from, to)
}

// plainDays is Days for the whole-workforce case, a weekly pattern with no
// bank holidays off (plain), for from to to of at most 1<<30 days
// from a day weekOff counts in 30 bits; ok is false otherwise (and for to
// before from). It is weekdaysIn, with the mask's row of weekRest and its
// days a week kept by Reset, and divisions by 7 that are a multiplication
// and a shift, small enough to be inlined.
func (c *DayCounter) plainDays(from, to int) (int, bool) {
	if !c.plain || (uint(to-from)|uint(from+weekOff)) >= 1<<30 { // both below 1<<30
		return 0, false
	}
	// n/7 and x/7 as one multiplication each: 613566757 is 2³²/7 rounded
	// up (by 3/7), which leaves the quotient exact below 2³²/3.
	n, x := uint64(to-from)+1, uint64(from+weekOff)
	weeks, wd := n*613566757>>32, x-7*(x*613566757>>32)
	return int(weeks)*c.pop + int(c.rest[wd&7][(n-7*weeks)&7]), true
}

// days is Days outside its inlined case.
func (c *DayCounter) days(from, to int) int {
	if c.plain {
		return weekdaysIn(from, to, c.mask)
	}
	if to < from || c.sched == nil {
		return 0
	}
	if !c.weekly || from < c.lo || to > c.hi {
		return c.sched.ScheduledDays(Period{FromUnixDays(from), FromUnixDays(to)})
	}
	n := weekdaysIn(from, to, c.mask)
	if len(c.holidays) > 0 {
		lo := sort.Search(len(c.holidays), func(i int) bool { return int(c.holidays[i]) >= from })
		hi := lo + sort.Search(len(c.holidays)-lo, func(i int) bool { return int(c.holidays[lo+i]) > to })
		n -= hi - lo
	}
	return n
}

// some reports whether any day from Unix day from to Unix day to (both
// included) is scheduled: Days(from, to) > 0, without counting the bank
// holidays off when the weekdays outnumber them (the episode builder asks it
// of every sickness record, §4.4).
func (c *DayCounter) some(from, to int) bool {
	if c.plain {
		return c.Days(from, to) > 0
	}
	if to < from || c.sched == nil {
		return false
	}
	if !c.weekly || from < c.lo || to > c.hi {
		return c.Days(from, to) > 0
	}
	n := weekdaysIn(from, to, c.mask)
	if n == 0 || len(c.holidays) == 0 {
		return n > 0
	}
	i, _ := slices.BinarySearch(c.holidays, int32(from))
	for ; i < len(c.holidays) && int(c.holidays[i]) <= to; i++ {
		n-- // a holiday off on a working weekday in from..to
	}
	return n > 0
}
