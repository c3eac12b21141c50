package absence

import (
	"fmt"
	"math/bits"
	"time"

	"github.com/shopspring/decimal"
)

// A WeeklyPattern is a [Schedule] that repeats every week: the hours worked on
// each weekday, and whether bank holidays are days off.
//
// Build one with [NewWeeklyPattern] or [ParseWeekMask]. By default bank
// holidays are ordinary days (a shift pattern); [WeeklyPattern.BankHolidaysOff]
// makes them days off, as for most Monday–Friday office staff (the package
// Conventions: a Mon–Fri worker's bank holidays are scheduled only if the host
// says so).
type WeeklyPattern struct {
	week        [7]Shift // by time.Weekday; zero Hours is a day off
	mask        uint8    // bit time.Weekday set for working days
	uniform     bool     // every working day has the same hours
	holidaysOff bool
	holidays    Calendar
}

// NewWeeklyPattern returns a pattern from the shift on each weekday, indexed by
// time.Weekday (week[time.Monday] is Monday). A day with zero Hours is a day
// off. It fails with [ErrHours] for hours outside 0..24 and [ErrEmptySchedule]
// when no day is worked.
func NewWeeklyPattern(week [7]Shift) (WeeklyPattern, error) {
	var w WeeklyPattern
	for wd, s := range week {
		if s.Hours.IsZero() {
			if s.Night {
				return WeeklyPattern{}, inputErr("schedule", wd, "", time.Weekday(wd).String(), ErrHours, "0")
			}
			continue
		}
		if !validHours(s.Hours) {
			return WeeklyPattern{}, inputErr("schedule", wd, "", time.Weekday(wd).String(), ErrHours, s.Hours.String())
		}
		w.week[wd] = s
		w.mask |= 1 << wd
	}
	if w.mask == 0 {
		return WeeklyPattern{}, inputErr("schedule", -1, "", "", ErrEmptySchedule, "")
	}
	w.uniform = true
	for _, s := range w.week {
		if !s.Hours.IsZero() && !s.Hours.Equal(w.week[firstDay(w.mask)].Hours) {
			w.uniform = false
		}
	}
	return w, nil
}

// ParseWeekMask returns a pattern from a 7-character, Monday-first mask in
// which a worked day is any letter and a day off is '.', each worked day being
// hours long: "MTWTF.." is Monday to Friday, "..WT.SS" Wednesday, Thursday,
// Saturday and Sunday. Only the position of a letter matters. This is the
// pattern column of the bench data set.
func ParseWeekMask(mask string, hours decimal.Decimal) (WeeklyPattern, error) {
	if len(mask) != 7 {
		return WeeklyPattern{}, inputErr("schedule", -1, "", "mask", ErrEmptySchedule, fmt.Sprintf("%q", clip(mask)))
	}
	var week [7]Shift
	for i := range 7 {
		c := mask[i]
		switch {
		case c == '.':
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			week[(i+1)%7] = Shift{Hours: hours}
		default:
			return WeeklyPattern{}, inputErr("schedule", -1, "", "mask", ErrEmptySchedule, fmt.Sprintf("%q", clip(mask)))
		}
	}
	return NewWeeklyPattern(week)
}

// BankHolidaysOff returns a copy of w in which the holidays of cal are days
// off.
func (w WeeklyPattern) BankHolidaysOff(cal Calendar) WeeklyPattern {
	w.holidaysOff = true
	w.holidays = cal
	return w
}

// Week returns the shift of each weekday, indexed by time.Weekday.
func (w WeeklyPattern) Week() [7]Shift { return w.week }

// HolidaysOff reports whether bank holidays are days off, and in which calendar.
func (w WeeklyPattern) HolidaysOff() (Calendar, bool) { return w.holidays, w.holidaysOff }

// Mask returns the pattern in the form ParseWeekMask reads, e.g. "MTWTF..".
func (w WeeklyPattern) Mask() string {
	const letters = "MTWTFSS"
	b := []byte(".......")
	for i := range 7 {
		if w.mask&(1<<((i+1)%7)) != 0 {
			b[i] = letters[i]
		}
	}
	return string(b)
}

// ShiftOn implements [Schedule].
func (w WeeklyPattern) ShiftOn(d Date) (Shift, bool) {
	s := w.week[d.Weekday()]
	if s.Hours.IsZero() || (w.holidaysOff && w.holidays.IsHoliday(d)) {
		return Shift{}, false
	}
	return s, true
}

// ScheduledDays implements [Schedule] in constant time per year of p.
func (w WeeklyPattern) ScheduledDays(p Period) int {
	n := countWeekdays(p, w.mask)
	if w.holidaysOff {
		w.holidays.each(p, func(h Holiday) {
			if w.mask&(1<<h.Date.Weekday()) != 0 {
				n--
			}
		})
	}
	return n
}

// ScheduledHours implements [Schedule]. When every working day has the same
// hours it is those hours times ScheduledDays, with no multiplication for
// one day.
func (w WeeklyPattern) ScheduledHours(p Period) decimal.Decimal {
	if p.IsZero() {
		return decimal.Zero
	}
	if w.uniform {
		switch n := w.ScheduledDays(p); n {
		case 0:
			return decimal.Zero
		case 1:
			return w.week[firstDay(w.mask)].Hours
		default:
			return w.week[firstDay(w.mask)].Hours.Mul(decimal.NewFromInt(int64(n)))
		}
	}
	var count [7]int64
	days := p.Days()
	for wd := range 7 {
		count[wd] = int64(days / 7)
	}
	wd := int(p.Start.Weekday())
	for range days % 7 {
		count[wd]++
		wd = (wd + 1) % 7
	}
	if w.holidaysOff {
		w.holidays.each(p, func(h Holiday) { count[h.Date.Weekday()]-- })
	}
	total := decimal.Zero
	for wd, s := range w.week {
		if count[wd] > 0 && !s.Hours.IsZero() {
			total = total.Add(s.Hours.Mul(decimal.NewFromInt(count[wd])))
		}
	}
	return total
}

// firstDay returns the first weekday set in mask (which is not 0).
func firstDay(mask uint8) int { return bits.TrailingZeros8(mask) }

func validHours(h decimal.Decimal) bool {
	return h.IsPositive() && cmpInt(h, 24) <= 0
}
