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
// InputError never carries medical detail: Value holds only dates, numbers and
// codes.
type InputError struct {
	Input string // "member", "legacy", "scheme2015", "reemployment", "abatement", "policy", …
	Index int    // position in an input slice; -1 when not applicable
	ID    string // the host's identifier of the member, if any
	Field string // the field at fault, e.g. "LastDay", "Legacy.WholeTime"
	Value string // the offending value (a date, number or code), if useful
	Err   Error  // the class of failure, for errors.Is
}

// Error describes the failure, e.g.
//
//	pension: member (ID "M-7") LastDay: dates out of order: 1970-05-31 is not after the date of birth 1972-06-01
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString("pension: ")
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
	if e.Value != "" {
		b.WriteString(": ")
		b.WriteString(e.Value)
	}
	return b.String()
}

// Unwrap returns the class of the failure, for errors.Is.
func (e *InputError) Unwrap() error { return e.Err }

// clip shortens an untrusted identifier so an error message stays one
// readable line.
func clip(s string) string {
	const max = 40
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}

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
