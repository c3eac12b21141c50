package absence

import (
	"slices"

	"github.com/shopspring/decimal"
)

// A RosterShift is one dated shift of a [Roster]. A night shift belongs to the
// date on which it starts.
type RosterShift struct {
	Date  Date            `json:"date"`  // the day the shift starts
	Hours decimal.Decimal `json:"hours"` // more than 0, at most 24
	Night bool            `json:"night"` // a night shift: reported 3 hours ahead (ABS-5)
}

// A Roster is a [Schedule] given as an explicit list of dated shifts, for shift
// workers whose pattern does not repeat weekly. A day with no shift in the
// roster is a day off, including days before its first or after its last
// shift: give the roster for the whole period being evaluated.
type Roster struct {
	days  []int             // Unix day of each shift, ascending
	shift []RosterShift     // the shifts, in date order
	hours []decimal.Decimal // hours[i] = total hours of shifts[0:i]
}

// NewRoster returns a roster of the given shifts, in any order. It fails with
// [ErrInvalidDate], [ErrHours], or [ErrUnsorted] when a date has two shifts.
func NewRoster(shifts []RosterShift) (Roster, error) {
	s := slices.Clone(shifts)
	for i, sh := range s {
		if !sh.Date.IsValid() {
			return Roster{}, inputErr("roster shift", i, "", "Date", ErrInvalidDate, sh.Date.String())
		}
		if !validHours(sh.Hours) {
			return Roster{}, inputErr("roster shift", i, "", "Hours", ErrHours, number(sh.Hours))
		}
	}
	slices.SortFunc(s, func(a, b RosterShift) int { return a.Date.Compare(b.Date) })
	r := Roster{days: make([]int, len(s)), shift: s, hours: make([]decimal.Decimal, len(s)+1)}
	r.hours[0] = decimal.Zero
	for i, sh := range s {
		if i > 0 && sh.Date == s[i-1].Date {
			return Roster{}, inputErr("roster shift", -1, "", "Date", ErrUnsorted, sh.Date.String())
		}
		r.days[i] = sh.Date.UnixDays()
		r.hours[i+1] = r.hours[i].Add(sh.Hours)
	}
	return r, nil
}

// Shifts returns the roster's shifts in date order.
func (r Roster) Shifts() []RosterShift { return slices.Clone(r.shift) }

// ShiftOn implements [Schedule].
func (r Roster) ShiftOn(d Date) (Shift, bool) {
	i, ok := slices.BinarySearch(r.days, d.UnixDays())
	if !ok {
		return Shift{}, false
	}
	return Shift{Hours: r.shift[i].Hours, Night: r.shift[i].Night}, true
}

// ScheduledDays implements [Schedule] in logarithmic time.
func (r Roster) ScheduledDays(p Period) int {
	lo, hi := r.span(p)
	return hi - lo
}

// ScheduledHours implements [Schedule] in logarithmic time.
func (r Roster) ScheduledHours(p Period) decimal.Decimal {
	lo, hi := r.span(p)
	if lo == hi {
		return decimal.Zero
	}
	return r.hours[hi].Sub(r.hours[lo])
}

// span returns the index range of the shifts inside p.
func (r Roster) span(p Period) (lo, hi int) {
	if p.IsZero() {
		return 0, 0
	}
	lo, _ = slices.BinarySearch(r.days, p.Start.UnixDays())
	hi, _ = slices.BinarySearch(r.days, p.End.UnixDays()+1)
	return lo, hi
}
