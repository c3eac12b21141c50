package payroll

import (
	"slices"
	"time"

	"github.com/absencerules/hr14/absence"
)

// A Dated is one value of a dated parameter: the value, the first day it is in
// force, the last day (if it has stopped) and where it comes from.
type Dated[T any] struct {
	From   absence.Date `json:"from"`         // first day in force
	To     absence.Date `json:"to,omitempty"` // last day in force; zero: still in force
	Value  T            `json:"value"`        // the figure in force From to To
	Source string       `json:"source"`       // the reference, e.g. "GOV.UK SSP rates 2025/26"
}

// Covers reports whether the value is in force on d.
func (e Dated[T]) Covers(d absence.Date) bool {
	return !d.Before(e.From) && (e.To.IsZero() || !d.After(e.To))
}

// A Table is a dated parameter: the values it has had over time, in date
// order, with no two in force on the same day. Gaps are allowed: a date in a
// gap, before the first entry or after a closed last entry has no value.
//
// A Table is a plain value. The constructors in this package ([England] and
// friends) return a fresh Table on every call, so a host may change its own
// copy without affecting anyone else's.
type Table[T any] struct {
	Name    string     `json:"name"`    // names the parameter in errors, e.g. "SSPRates"
	Entries []Dated[T] `json:"entries"` // in date order, not overlapping; only the last may be open-ended
}

// At returns the entry in force on d. A date no entry covers is an error
// wrapping [ErrNoParameter] that names the table and the date: the library
// never guesses a figure.
func (t Table[T]) At(d absence.Date) (Dated[T], error) {
	i, found := slices.BinarySearchFunc(t.Entries, d, func(e Dated[T], d absence.Date) int {
		return e.From.Compare(d)
	})
	if !found {
		i-- // the last entry starting before d
	}
	if i >= 0 && t.Entries[i].Covers(d) {
		return t.Entries[i], nil
	}
	return Dated[T]{}, inputErr("parameter", -1, t.Name, ErrNoParameter, d.String())
}

// Value returns the value in force on d, or an error as [Table.At] does.
func (t Table[T]) Value(d absence.Date) (T, error) {
	e, err := t.At(d)
	return e.Value, err
}

// Validate checks that the table has a name and at least one entry, that every
// entry has a valid From, a To (if any) not before it and a source, that the
// entries are in date order and that no two overlap. Only the last entry may
// be open-ended. Failures wrap [ErrInvalidTable].
func (t Table[T]) Validate() error {
	if t.Name == "" {
		return inputErr("parameter", -1, "Name", ErrInvalidTable, "no name")
	}
	if len(t.Entries) == 0 {
		return inputErr("parameter", -1, t.Name, ErrInvalidTable, "no entries")
	}
	for i, e := range t.Entries {
		switch {
		case !e.From.IsValid():
			return inputErr("parameter "+t.Name, i, "From", ErrInvalidTable, e.From.String())
		case !e.To.IsZero() && (!e.To.IsValid() || e.To.Before(e.From)):
			return inputErr("parameter "+t.Name, i, "To", ErrInvalidTable, e.To.String())
		case e.Source == "":
			return inputErr("parameter "+t.Name, i, "Source", ErrInvalidTable, "no source")
		}
		if v, ok := any(e.Value).(interface{ validate() error }); ok {
			if err := v.validate(); err != nil {
				return inputErr("parameter "+t.Name, i, "Value", ErrInvalidTable, err.Error())
			}
		}
		if i == 0 {
			continue
		}
		prev := t.Entries[i-1]
		if prev.To.IsZero() || !e.From.After(prev.To) {
			return inputErr("parameter "+t.Name, i, "From", ErrInvalidTable, e.From.String()+" overlaps the entry before it")
		}
	}
	return nil
}

// dated builds a table entry; to is the zero Date for an open-ended entry.
func dated[T any](from, to absence.Date, v T, source string) Dated[T] {
	return Dated[T]{From: from, To: to, Value: v, Source: source}
}

// ymd is a date literal for the fixed data in this package.
func ymd(y int, m time.Month, d int) absence.Date { return absence.Date{Year: y, Month: m, Day: d} }
