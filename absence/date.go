package absence

import (
	"fmt"
	"strconv"
	"time"
)

// A Date is a calendar date: a year, a month and a day, with no time of day and
// no time zone. Its fields have the same names, types and order as
// cloud.google.com/go/civil.Date, so a host converts with a plain struct
// conversion:
//
//	civil.Date(d)        // absence.Date → civil.Date
//	absence.Date(cd)     // civil.Date → absence.Date
//
// The zero Date (0000-00-00) is not a valid date; it means "no date" in
// optional fields. Arithmetic on an invalid date gives an unspecified result:
// validate input with [Date.IsValid] or [ParseDate] first.
type Date struct {
	Year  int        // Year, e.g. 2026.
	Month time.Month // Month of the year, January = 1.
	Day   int        // Day of the month, from 1.
}

// NewDate returns the date year-month-day, or an error wrapping
// [ErrInvalidDate] if there is no such day (2026-02-29, month 13, day 0, …).
// It never rolls over into the next month the way time.Date does.
func NewDate(year int, month time.Month, day int) (Date, error) {
	d := Date{year, month, day}
	if !d.IsValid() {
		return Date{}, inputErr("date", -1, "", "", ErrInvalidDate, fmt.Sprintf("%d-%d-%d", year, int(month), day))
	}
	return d, nil
}

// The years hr14 accepts in dates it parses from text and in absence records
// ([Record] validation): a date outside them is a typo (0001-01-06 for
// 2026-01-06), or the 9999-12-31 some HR systems write for "no end date",
// which hr14 does not guess at. An HR date of the NHS falls well inside them,
// and date arithmetic from them (rolling windows, clear dates, deadlines)
// never leaves the years a [Date] can write.
const (
	EarliestYear = 1900
	LatestYear   = 2200
)

// MaxRecordDays is the longest absence record [NewHistory] accepts, in
// calendar days (ten years): a longer one is taken to be a typo in one of
// its dates. Long-term sickness runs months, not decades; an absence still
// running is recorded up to the last day known.
const MaxRecordDays = 3653

// InRange reports whether d is valid and its year is from [EarliestYear] to
// [LatestYear].
func (d Date) InRange() bool {
	return d.IsValid() && d.Year >= EarliestYear && d.Year <= LatestYear
}

// ParseDate parses an ISO 8601 calendar date, YYYY-MM-DD (e.g. "2026-03-02"),
// of a year from [EarliestYear] to [LatestYear].
//
// Any other form, or a date that does not exist, gives an error wrapping
// [ErrInvalidDate]; a date outside those years (0001-01-06, 9999-12-31)
// gives one wrapping [ErrDateRange]. The error quotes s only when it has the
// shape of a date (digits and separators), never other text, which may be a
// health detail typed into a date field; it says what was expected instead.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if d := DateOf(t); err == nil && d.IsValid() {
		if !d.InRange() {
			return Date{}, inputErr("date", -1, "", "", ErrDateRange, d.String())
		}
		return d, nil
	}
	e := inputErr("date", -1, "", "", ErrInvalidDate, "")
	if isDateLike(s) {
		e.Value = strconv.Quote(s)
	}
	e.Want = "a date that exists, written YYYY-MM-DD (e.g. 2026-03-02)"
	return Date{}, e
}

// DateOf returns the calendar date of t in t's own location. Use it to turn a
// host's timestamp into a Date; convert t to the right zone first.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsValid reports whether d is a day that exists in the proleptic Gregorian
// calendar, with a year from 1 to 9999.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= DaysIn(d.Year, d.Month)
}

// IsZero reports whether d is the zero Date, which means "no date".
func (d Date) IsZero() bool { return d == Date{} }

// String returns d in ISO 8601 form, YYYY-MM-DD.
func (d Date) String() string {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

// AppendText implements encoding.TextAppender: it appends what
// [Date.MarshalText] gives to b, without allocating when b has room.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	if !d.IsValid() {
		return b, inputErr("date", -1, "", "", ErrInvalidDate, fmt.Sprintf("%d-%d-%d", d.Year, int(d.Month), d.Day))
	}
	return d.appendISO(b), nil
}

// appendISO appends YYYY-MM-DD for a date whose fields fit those widths.
func (d Date) appendISO(b []byte) []byte {
	y, m := d.Year, int(d.Month)
	return append(b,
		byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// MarshalText implements encoding.TextMarshaler: YYYY-MM-DD, or the empty text
// for the zero Date. JSON therefore carries dates as "2026-03-02" strings.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts what
// [Date.MarshalText] produces: YYYY-MM-DD, or the empty text for the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	return time.Weekday(mod(d.UnixDays()+4, 7))
}

// AddDays returns d plus n days (n may be negative).
func (d Date) AddDays(n int) Date { return FromUnixDays(d.UnixDays() + n) }

// next returns the day after d, which must be valid: d.AddDays(1) without
// going through day numbers.
func (d Date) next() Date {
	switch {
	case d.Day < DaysIn(d.Year, d.Month):
		return Date{d.Year, d.Month, d.Day + 1}
	case d.Month < time.December:
		return Date{d.Year, d.Month + 1, 1}
	default:
		return Date{d.Year + 1, time.January, 1}
	}
}

// DaysSince returns the number of days from s to d: positive when d is after s.
// d.DaysSince(d) is 0; the inclusive length of s..d is d.DaysSince(s)+1.
func (d Date) DaysSince(s Date) int { return d.UnixDays() - s.UnixDays() }

// AddMonths returns d moved by n calendar months (n may be negative), keeping
// the day of the month but clamping it to the last day of the target month:
// 2026-08-31 minus 6 months is 2026-02-28, and 2028-02-29 plus 12 months is
// 2029-02-28. Unlike time.Time.AddDate it never rolls over into the next month.
func (d Date) AddMonths(n int) Date {
	total := d.Year*12 + int(d.Month-1) + n
	y := floorDiv(total, 12)
	m := time.Month(mod(total, 12) + 1)
	day := d.Day
	if last := DaysIn(y, m); day > last {
		day = last
	}
	return Date{y, m, day}
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool {
	// Field by field, as Compare, without its three-way result: the episode
	// builder and the checks compare dates for every record.
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// After reports whether d is after e.
func (d Date) After(e Date) bool { return e.Before(d) }

// Compare returns -1 if d is before e, 0 if they are the same day, +1 if d is
// after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Before(e):
		return -1
	case e.Before(d):
		return 1
	}
	return 0
}

// UnixDays returns the number of days from 1970-01-01 to d (negative before
// it). It is the integer form used for fast day arithmetic; [FromUnixDays] is
// its inverse.
func (d Date) UnixDays() int {
	// The years a record may have, from a table: every batch run converts
	// each record's dates.
	if k := (d.Year-EarliestYear)*12 + int(d.Month) - 1; d.Year >= EarliestYear && d.Year <= LatestYear && d.Month >= 1 && d.Month <= 12 {
		return int(monthStarts[k]) + d.Day - 1
	}
	return d.civilDays()
}

// civilDays is UnixDays for any date: days from civil, after H. Hinnant,
// "chrono-Compatible Low-Level Date Algorithms": integer-only, exact for
// the whole proleptic Gregorian calendar (the standard library offers this
// only through time.Time). It is linear in d.Day, so a day past the end of
// the month counts on into the next, as in the table.
func (d Date) civilDays() int {
	y := d.Year
	m := int(d.Month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// monthStarts[(y − EarliestYear) × 12 + m − 1] is the Unix day of the first
// day of month m of year y, for the years EarliestYear to LatestYear, and
// one more entry (the first of January after LatestYear), so that the
// length of every month is the difference of two entries: a read-only table
// (14 KiB) from civilDays.
var monthStarts = func() (t [(LatestYear-EarliestYear+1)*12 + 1]int32) {
	for k := range t {
		t[k] = int32(Date{EarliestYear + k/12, time.Month(k%12 + 1), 1}.civilDays())
	}
	return t
}()

// recordDay returns d as a Unix day when d is a valid date of a year from
// [EarliestYear] to [LatestYear]; ok is false otherwise. It is
// d.InRange() and d.UnixDays() in one look at the table of month starts
// (the length of a month is the difference of two entries), for the
// record validation every batch run does for each record's dates.
func (d Date) recordDay() (n int, ok bool) {
	if uint(d.Year-EarliestYear) > LatestYear-EarliestYear || uint(d.Month-1) > 11 {
		return 0, false
	}
	k := (d.Year-EarliestYear)*12 + int(d.Month) - 1
	first := monthStarts[k]
	if uint(d.Day-1) >= uint(monthStarts[k+1]-first) {
		return 0, false
	}
	return int(first) + d.Day - 1, true
}

// FromUnixDays returns the date n days after 1970-01-01; it is the inverse of
// [Date.UnixDays].
func FromUnixDays(n int) Date {
	z := n + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return Date{y, time.Month(m), day}
}

// DaysIn returns the number of days in month m of year y (28 to 31).
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	default:
		return 31
	}
}

// LongDate writes d the British way, e.g. "Monday 16 March 2026", for letters.
func (d Date) LongDate() string {
	return fmt.Sprintf("%s %d %s %d", d.Weekday(), d.Day, d.Month, d.Year)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func mod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}
