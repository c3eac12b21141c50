package triggers

import (
	"sort"

	"github.com/absencerules/hr14/absence"
)

// A dayCounter counts the scheduled days from..to (Unix days) inside the
// runs of a base, answering exactly as its Schedule's ScheduledDays would.
//
// For an absence.WeeklyPattern it precomputes, once, the bank holidays
// falling on working weekdays in the years of the runs, so that each count
// is constant time plus a binary search instead of regenerating a year of
// holidays (the engine measures clipped runs many times). Any other
// Schedule is called directly.
type dayCounter struct {
	sched    absence.Schedule  // nil: a weekly pattern, counted here
	mask     uint8             // bit time.Weekday set for a working day
	perWeek  int               // working days a week
	holidays []int32           // Unix days of holidays on working weekdays, ascending
	year     []absence.Holiday // scratch: one year's holidays
}

// reset makes c count the days of s in the runs of b, reusing the memory of
// its holiday list.
func (c *dayCounter) reset(s absence.Schedule, b *base) {
	w, ok := s.(absence.WeeklyPattern)
	if !ok {
		c.sched = s
		return
	}
	c.sched, c.mask, c.perWeek, c.holidays = nil, 0, 0, c.holidays[:0]
	for wd, sh := range w.Week() {
		if !sh.Hours.IsZero() {
			c.mask |= 1 << wd
			c.perWeek++
		}
	}
	if cal, off := w.HolidaysOff(); off {
		year := 0
		for _, r := range b.runs {
			for y := max(year+1, date(int(r.from)).Year); y <= date(int(r.to)).Year; y++ {
				c.year = cal.AppendHolidays(c.year[:0], y)
				for _, h := range c.year {
					if c.mask&(1<<h.Date.Weekday()) != 0 {
						c.holidays = append(c.holidays, int32(h.Date.UnixDays()))
					}
				}
				year = y
			}
		}
	}
}

// count returns the scheduled days from..to.
func (c *dayCounter) count(from, to int) count {
	if c.sched != nil {
		return count(c.sched.ScheduledDays(period(from, to)))
	}
	days := to - from + 1
	n := days / 7 * c.perWeek
	wd := weekday(from)
	for range days % 7 {
		n += int(c.mask >> wd & 1)
		wd = (wd + 1) % 7
	}
	if len(c.holidays) > 0 {
		lo := sort.Search(len(c.holidays), func(i int) bool { return int(c.holidays[i]) >= from })
		hi := sort.Search(len(c.holidays), func(i int) bool { return int(c.holidays[i]) > to })
		n -= hi - lo
	}
	return count(n)
}

// measure implements measurer: the weight of a run in working days.
func (c *dayCounter) measure(from, to int) count { return c.count(from, to) }

// weekday returns the weekday of a Unix day (time.Sunday = 0); 1970-01-01
// was a Thursday.
func weekday(d int) int { return ((d+4)%7 + 7) % 7 }
