package absence

import (
	"fmt"
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
	// ErrDateRange: a date outside the years [EarliestYear] to [LatestYear]
	// (a typo such as 0001-01-06, or the 9999-12-31 that some HR systems
	// write for "no end date").
	ErrDateRange Error = "date outside the years 1900 to 2200"
	// ErrTooLong: a record longer than [MaxRecordDays], taken to be a typo
	// in one of its dates.
	ErrTooLong Error = "record longer than ten years"
)

// InputError reports invalid input: what was wrong (Err, one of the Err
// constants), where (the kind of input, its index in the input slice and its
// ID), when useful the offending value, and what was expected instead.
//
// Index, Other and the indexes in Field are positions in Go slices, counted
// from 0 for programs; the message counts them from 1 for people ("record 3"
// is Index 2).
//
// InputError never carries free text from a record (diagnosis, notes), nor
// a rejected text that does not have the shape of its field: Value holds
// only dates, numbers and codes, and text that is not a code or a date (a
// health detail typed into a code field) is described by Want, never
// quoted.
type InputError struct {
	Input string // "record", "employee", "schedule", "policy", "date", …
	Index int    // position in the input slice, from 0; -1 when not applicable
	ID    string // the host's identifier of the input, if any (quoted only when it looks like one)
	Field string // the field at fault, e.g. "Period", "PartDay.Worked", "Certificates[0].Covers"
	Value string // the offending value (a date, number or code), if useful
	Other int    // for overlaps and duplicates: the index of the other record; else -1
	Want  string // what was expected instead, e.g. "a date YYYY-MM-DD"; may be empty
	Err   Error
}

// Error describes the failure, counting positions from 1, e.g.
//
//	absence: record 3 (ID "r-9") Period: period ends before it starts: 2026-01-07/2026-01-05
//	absence: reason: unknown or missing absence reason; expected one of musculoskeletal, mental-health, …
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString("absence: ")
	b.WriteString(e.Where())
	b.WriteString(": ")
	b.WriteString(e.What())
	return b.String()
}

// Where names the input at fault for people, positions counted from 1,
// e.g. `record 3 (ID "r-9") Certificates 1.Covers`.
func (e *InputError) Where() string {
	var b strings.Builder
	b.WriteString(e.Input)
	if e.Index >= 0 {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(e.Index + 1))
	}
	if id := QuoteID(e.ID); id != "" {
		b.WriteString(" (ID ")
		b.WriteString(id)
		b.WriteByte(')')
	}
	if e.Field != "" {
		b.WriteByte(' ')
		b.WriteString(FieldText(e.Field))
	}
	return b.String()
}

// What says what is wrong, without where: the class of error, the other
// record (from 1), the offending value and what was expected.
func (e *InputError) What() string {
	var b strings.Builder
	b.WriteString(string(e.Err))
	if e.Other >= 0 {
		b.WriteString(" (record ")
		b.WriteString(strconv.Itoa(e.Other + 1))
		b.WriteByte(')')
	}
	if e.Value != "" {
		b.WriteString(": ")
		b.WriteString(e.Value)
	}
	if e.Want != "" {
		b.WriteString("; expected ")
		b.WriteString(e.Want)
	}
	return b.String()
}

// Unwrap returns the class of the failure, for errors.Is.
func (e *InputError) Unwrap() error { return e.Err }

// QuoteID returns a host's identifier quoted for a message, or "" when it
// does not look like an identifier: up to 40 letters, digits and the marks
// . _ - / : # +, with no space. An identifier is quoted in errors to say
// which input is at fault; text of any other shape (a health detail typed
// into an ID field) is left out, and the position names the input instead.
// Every hr14 package names inputs this way.
func QuoteID(id string) string {
	if !isToken(id, 40) {
		return ""
	}
	return strconv.Quote(id)
}

// isToken reports whether s is 1 to max ASCII letters, digits and the marks
// . _ - / : # +: the shape of an identifier or a code, which cannot carry a
// sentence.
func isToken(s string, max int) bool {
	if s == "" || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("._-/:#+", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// isDateLike reports whether s has the shape of a date: up to 12 digits
// and the separators - / . (e.g. 2026-02-30, 0001-01-06, 06/01/2026).
// Such text cannot carry a health detail, so an error may quote it.
func isDateLike(s string) bool {
	if s == "" || len(s) > 12 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != '-' && c != '/' && c != '.' {
			return false
		}
	}
	return true
}

// FieldText writes a Go field path for people, each index counted from 1
// and without brackets: "Certificates[0].Covers" is "Certificates 1.Covers".
// The errors of every hr14 package write their fields this way; the Field
// of an error keeps the Go path.
func FieldText(field string) string {
	if strings.IndexByte(field, '[') < 0 {
		return field
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(field, '[')
		if i < 0 {
			b.WriteString(field)
			return b.String()
		}
		j := strings.IndexByte(field[i:], ']')
		if j < 0 {
			b.WriteString(field)
			return b.String()
		}
		n, err := strconv.Atoi(field[i+1 : i+j])
		if err != nil || n < 0 {
			b.WriteString(field[:i+j+1])
		} else {
			b.WriteString(field[:i])
			b.WriteByte(' ')
			b.WriteString(strconv.Itoa(n + 1))
		}
		field = field[i+j+1:]
	}
}

// number writes a decimal for an error message, or "" when it is too long
// to be read (an absurd value: the message states the limit instead).
func number(d fmt.Stringer) string {
	s := d.String()
	if len(s) > 16 {
		return ""
	}
	return s
}

func inputErr(input string, index int, id, field string, err Error, value string) *InputError {
	return &InputError{Input: input, Index: index, ID: id, Field: field, Value: value, Other: -1, Err: err}
}

// codeErr is the error for a text that is not one of the codes: it says
// which codes are expected and never quotes the text, which may be a health
// detail typed into the wrong field.
func codeErr(input, field string, err Error, codes []string) *InputError {
	e := inputErr(input, -1, "", field, err, "")
	e.Want = "one of " + strings.Join(codes, ", ")
	return e
}
