package absence

import (
	"iter"
	"strings"
)

// A Period is a run of calendar days that includes both its Start and its End.
// A one-day period has Start == End. The zero Period means "no period".
type Period struct {
	Start Date // first day, included
	End   Date // last day, included
}

// NewPeriod returns the period start..end, or an error if either date is
// invalid ([ErrInvalidDate]) or end is before start ([ErrReversedPeriod]).
func NewPeriod(start, end Date) (Period, error) {
	p := Period{start, end}
	if err := p.validate("period", -1, "", ""); err != nil {
		return Period{}, err
	}
	return p, nil
}

// Day returns the one-day period d..d.
func Day(d Date) Period { return Period{d, d} }

// ParsePeriod parses an ISO 8601 interval of two calendar dates,
// "2026-01-06/2026-01-07"; "2026-01-06..2026-01-07" is accepted too, and a
// single date is a one-day period.
func ParsePeriod(s string) (Period, error) {
	a, b, ok := strings.Cut(s, "/")
	if !ok {
		a, b, ok = strings.Cut(s, "..")
	}
	if !ok {
		b = a
	}
	start, err := ParseDate(a)
	if err != nil {
		return Period{}, err
	}
	end, err := ParseDate(b)
	if err != nil {
		return Period{}, err
	}
	return NewPeriod(start, end)
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// IsValid reports whether both dates are valid and End is not before Start.
func (p Period) IsValid() bool {
	return p.Start.IsValid() && p.End.IsValid() && !p.End.Before(p.Start)
}

// validate is IsValid with an error that says which input, record and field
// (by pointer: every record's period is checked, and a Period is 48 bytes).
func (p *Period) validate(input string, index int, id, field string) error {
	switch {
	case !p.Start.IsValid():
		return inputErr(input, index, id, join(field, "Start"), ErrInvalidDate, p.Start.String())
	case !p.End.IsValid():
		return inputErr(input, index, id, join(field, "End"), ErrInvalidDate, p.End.String())
	case p.End.Before(p.Start):
		return inputErr(input, index, id, field, ErrReversedPeriod, p.String())
	}
	return nil
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// Days returns the number of calendar days in p, both ends included: 1 for a
// one-day period, 0 for the zero Period.
func (p Period) Days() int {
	if p.IsZero() {
		return 0
	}
	return p.End.DaysSince(p.Start) + 1
}

// Contains reports whether d falls within p, ends included.
func (p Period) Contains(d Date) bool {
	return !d.Before(p.Start) && !d.After(p.End)
}

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool {
	return !p.End.Before(q.Start) && !q.End.Before(p.Start)
}

// Intersect returns the days p and q share; ok is false if they share none.
func (p Period) Intersect(q Period) (r Period, ok bool) {
	r = p
	if q.Start.After(r.Start) {
		r.Start = q.Start
	}
	if q.End.Before(r.End) {
		r.End = q.End
	}
	if r.End.Before(r.Start) {
		return Period{}, false
	}
	return r, true
}

// All yields every day of p in order.
func (p Period) All() iter.Seq[Date] {
	return func(yield func(Date) bool) {
		if p.IsZero() {
			return
		}
		first, last := p.Start.UnixDays(), p.End.UnixDays()
		for n := first; n <= last; n++ {
			if !yield(FromUnixDays(n)) {
				return
			}
		}
	}
}

// String returns p as an ISO 8601 interval, "2026-01-06/2026-01-07".
func (p Period) String() string { return p.Start.String() + "/" + p.End.String() }

// MarshalText implements encoding.TextMarshaler with the form of
// [Period.String]; the zero Period is the empty text.
func (p Period) MarshalText() ([]byte, error) {
	if p.IsZero() {
		return []byte{}, nil
	}
	if err := p.validate("period", -1, "", ""); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// [ParsePeriod] accepts, and the empty text for the zero Period.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// RollingWindow returns the rolling window of the given number of months
// ending on end: [(end − months) + 1 day, end], with the month arithmetic of
// [Date.AddMonths] (clamped to the month's end). The 6-month window ending
// 2026-07-15 is 2026-01-16..2026-07-15; the 6-month window ending 2026-08-31
// starts 2026-03-01 (2026-08-31 − 6 months = 2026-02-28).
//
// This is the window of every HR14 trigger (SAP 1.2) and of the other
// "in a rolling 12 months" limits.
func RollingWindow(end Date, months int) Period {
	return Period{end.AddMonths(-months).next(), end}
}

// LeavesWindow returns the first date E on which d is no longer inside
// RollingWindow(E, months): the day a sickness day "drops out" of a rolling
// window if nothing else happens. For d = 2026-03-02 and 6 months it is
// 2026-09-02 (the window ending 2026-09-02 starts 2026-03-03).
func LeavesWindow(d Date, months int) Date {
	// d is outside RollingWindow(E) exactly when E − months ≥ d, and E − months
	// never decreases as E grows. E = d + months has E − months = d unless the
	// day was clamped to the end of a shorter month (31 March + 6 months is
	// 30 September, whose window starts 31 March); then the next day, the 1st
	// of the month after, is the first whose E − months (the 1st of the month
	// after d's) is not before d. No loop: the trigger engine calls this for
	// every counted run.
	e := d.AddMonths(months)
	if e.Day < d.Day {
		return e.next()
	}
	return e
}
