package absence

import (
	"strconv"
	"strings"
)

// Error is a class of invalid input. Every validation failure in this package
// wraps one of the Err constants, so callers can test for it with errors.Is:
//
//	if errors.Is(err, absence.ErrOverlap) { … }
//
// Error values are constants: no package-level state can be changed.
type Error string

// Error returns the class's description.
func (e Error) Error() string { return string(e) }

// The classes of invalid input.
const (
	ErrInvalidDate         Error = "not a valid calendar date"
	ErrReversedPeriod      Error = "period ends before it starts"
	ErrOverlap             Error = "records overlap"
	ErrDuplicate           Error = "duplicate record"
	ErrUnknownReason       Error = "unknown or missing absence reason"
	ErrUnknownKind         Error = "unknown kind of absence"
	ErrFTE                 Error = "FTE must be more than 0 and at most 1"
	ErrHours               Error = "hours must be more than 0 and at most 24"
	ErrPartDayHours        Error = "hours worked must be at least 0 and less than the shift"
	ErrPartDayNotScheduled Error = "part-day sickness on a day with no scheduled shift"
	ErrPartDayNotSickness  Error = "part-day details on an absence that is not sickness"
	ErrNotSickness         Error = "cosmetic or private surgery that is not medically required is annual leave, not sickness (HR14 Proc 21)"
	ErrNoSchedule          Error = "employee has no schedule"
	ErrEmptySchedule       Error = "schedule has no working days"
	ErrUnsorted            Error = "entries are not in date order or repeat a date"
	ErrInvalidPolicy       Error = "invalid policy"
	ErrCertificate         Error = "invalid certificate"
	ErrNotificationTime    Error = "invalid notification time"
	ErrNoHRAdvice          Error = "withdrawal of self-certification without the date of HR advice (HR14 Proc 13)"
	ErrFieldReplaced       Error = "field replaced"
)

// InputError reports invalid input: what was wrong (Err, one of the Err
// constants), where (the kind of input, its index in the input slice and its
// ID) and, when useful, the offending value.
//
// InputError never carries free text from a record (diagnosis, notes): Value
// holds only dates, numbers and codes.
type InputError struct {
	Input string // "record", "employee", "schedule", "policy", "date", …
	Index int    // position in the input slice; -1 when not applicable
	ID    string // the host's identifier of the input, if any
	Field string // the field at fault, e.g. "Period", "PartDay.Worked"
	Value string // the offending value (a date, number or code), if useful
	Other int    // for overlaps and duplicates: the index of the other record; else -1
	Err   Error
}

// Error describes the failure, e.g.
//
//	absence: record 3 (ID "r-9") Period: period ends before it starts: 2026-01-07/2026-01-05
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString("absence: ")
	b.WriteString(e.Input)
	if e.Index >= 0 {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(e.Index))
	}
	if e.ID != "" {
		b.WriteString(" (ID ")
		b.WriteString(strconv.Quote(clip(e.ID)))
		b.WriteByte(')')
	}
	if e.Field != "" {
		b.WriteByte(' ')
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(string(e.Err))
	if e.Other >= 0 {
		b.WriteString(" (record ")
		b.WriteString(strconv.Itoa(e.Other))
		b.WriteByte(')')
	}
	if e.Value != "" {
		b.WriteString(": ")
		b.WriteString(e.Value)
	}
	return b.String()
}

// Unwrap returns the class of the failure, for errors.Is.
func (e *InputError) Unwrap() error { return e.Err }

// clip shortens untrusted identifiers and values so an error message stays
// one readable line.
func clip(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return string(r[:max]) + "…"
}

func inputErr(input string, index int, id, field string, err Error, value string) *InputError {
	return &InputError{Input: input, Index: index, ID: id, Field: field, Value: value, Other: -1, Err: err}
}
