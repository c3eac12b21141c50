package pension

import (
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// Error is a class of invalid input. Every validation failure in this package
// wraps one of the Err constants, so callers can test for it with errors.Is:
//
//	if errors.Is(err, pension.ErrTier2WithoutTier1) { … }
//
// Error values are constants: no package-level state can be changed.
type Error string

// Error returns the class's description.
func (e Error) Error() string { return string(e) }

// The classes of invalid input.
const (
	ErrInvalidDate       Error = "not a valid calendar date"
	ErrDateOrder         Error = "dates out of order"
	ErrMissing           Error = "required input missing"
	ErrNegative          Error = "must not be negative"
	ErrSection           Error = "unknown or unsupported scheme section"
	ErrTier              Error = "unknown ill-health tier"
	ErrKind              Error = "unknown kind of purchase"
	ErrNoMembership      Error = "no scheme membership given"
	ErrMembershipLimit   Error = "membership over the scheme's limit"
	ErrInconsistent      Error = "inputs contradict each other"
	ErrTier2WithoutTier1 Error = "Tier 2 incapacity (regular employment) recorded without Tier 1 incapacity (the NHS job)"
	ErrBeforeTiers       Error = "retirement before the scheme's ill-health tiers began"
	ErrUnknownTaxYear    Error = "no Lower Earnings Limit for the tax year"
	ErrNoPayDate         Error = "no pension payment date after the date"
	ErrFTE               Error = "FTE must be more than 0 and at most 1"
	ErrSyntax            Error = "invalid syntax"
	ErrInvalidPolicy     Error = "invalid policy"
)

// InputError reports invalid input: what was wrong (Err, one of the Err
// constants), where (the kind of input, its index in an input slice and the
// field) and, when useful, the offending value.
//
// InputError never carries medical detail, nor a rejected text that does
// not have the shape of its field: Value holds only dates, numbers and
// codes, and an ID is quoted only when it looks like one
// ([absence.QuoteID]). Index counts from 0; the message counts from 1.
type InputError struct {
	Input string // "member", "legacy", "scheme2015", "reemployment", "abatement", "policy", …
	Index int    // position in an input slice, from 0; -1 when not applicable
	ID    string // the host's identifier of the member, if any
	Field string // the field at fault, e.g. "LastDay", "Legacy.WholeTime"
	Value string // the offending value (a date, number or code), if useful
	Want  string // what was expected instead, e.g. "one of 1995, 2008, 2015"; may be empty
	Err   Error  // the class of failure, for errors.Is
}

// Error describes the failure, e.g.
//
//	pension: member (ID "M-7") LastDay: dates out of order: 1970-05-31 is not after the date of birth 1972-06-01
func (e *InputError) Error() string {
	return "pension: " + e.Where() + ": " + e.What()
}

// Where names the input at fault for people, positions counted from 1.
func (e *InputError) Where() string {
	var b strings.Builder
	b.WriteString(e.Input)
	if e.Index >= 0 {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(e.Index + 1))
	}
	if id := absence.QuoteID(e.ID); id != "" {
		b.WriteString(" (ID ")
		b.WriteString(id)
		b.WriteByte(')')
	}
	if e.Field != "" {
		b.WriteByte(' ')
		b.WriteString(absence.FieldText(e.Field))
	}
	return b.String()
}

// What says what is wrong, without where: the class, the offending value
// (left out when it holds a number too long to read) and what was expected.
func (e *InputError) What() string {
	var b strings.Builder
	b.WriteString(string(e.Err))
	if e.Value != "" && readable(e.Value) {
		b.WriteString(": ")
		b.WriteString(e.Value)
	}
	if e.Want != "" {
		b.WriteString("; expected ")
		b.WriteString(e.Want)
	}
	return b.String()
}

// readable reports whether a value has no run of more than 16 digits.
func readable(v string) bool {
	run := 0
	for i := 0; i < len(v); i++ {
		if v[i] >= '0' && v[i] <= '9' {
			if run++; run > 16 {
				return false
			}
		} else {
			run = 0
		}
	}
	return true
}

// Unwrap returns the class of the failure, for errors.Is.
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(input, field string, err Error, value string) *InputError {
	return &InputError{Input: input, Index: -1, Field: field, Value: value, Err: err}
}

// checkDate returns nil for a valid date, else an error wrapping ErrMissing
// (the zero Date) or ErrInvalidDate.
func checkDate(input, field string, d absence.Date) error {
	switch {
	case d.IsZero():
		return inputErr(input, field, ErrMissing, "")
	case !d.IsValid():
		return inputErr(input, field, ErrInvalidDate, d.String())
	}
	return nil
}

// firstErr returns the first non-nil error.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
