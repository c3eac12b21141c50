package triggers

import (
	"sort"

	"github.com/absencerules/hr14/absence"
)

// daysCounter returns a function counting the scheduled days from..to (Unix
// days) inside the runs of b, answering exactly as s.ScheduledDays would.
//
// For an absence.WeeklyPattern it precomputes, once, the bank holidays
// falling on working weekdays in the years of the runs, so that each call is
// constant time plus a binary search instead of regenerating a year of
// holidays (the engine measures clipped runs many times). Any other
// Schedule is called directly.
func daysCounter(s absence.Schedule, b *base) func(from, to int) count {
	w, ok := s.(absence.WeeklyPattern)
	if !ok {
		return daysOf(s)
	}
	var mask uint8
	for wd, sh := range w.Week() {
		if !sh.Hours.IsZero() {
			mask |= 1 << wd
		}
	}
	var perWeek int
	for wd := range 7 {
		perWeek += int(mask >> wd & 1)
	}
	var holidays []int32 // Unix days of holidays on working weekdays, ascending
	if cal, off := w.HolidaysOff(); off {
		year := 0
		for _, r := range b.runs {
			for y := max(year+1, date(int(r.from)).Year); y <= date(int(r.to)).Year; y++ {
				for _, h := range cal.Holidays(y) {
					if mask&(1<<h.Date.Weekday()) != 0 {
						holidays = append(holidays, int32(h.Date.UnixDays()))
					}
				}
				year = y
			}
		}
	}
	return func(from, to int) count {
		days := to - from + 1
		n := days / 7 * perWeek
		wd := weekday(from)
		for range days % 7 {
			n += int(mask >> wd & 1)
			wd = (wd + 1) % 7
		}
		if len(holidays) > 0 {
			lo := sort.Search(len(holidays), func(i int) bool { return int(holidays[i]) >= from })
			hi := sort.Search(len(holidays), func(i int) bool { return int(holidays[i]) > to })
			n -= hi - lo
		}
		return count(n)
	}
}

// weekday returns the weekday of a Unix day (time.Sunday = 0); 1970-01-01
// was a Thursday.
func weekday(d int) int { return ((d+4)%7 + 7) % 7 }
