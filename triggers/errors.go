package triggers

import (
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// Error is a class of failure. Every error this package returns wraps one of
// the Err constants, so callers test for it with errors.Is:
//
//	if errors.Is(err, triggers.ErrPolicyMismatch) { … }
//
// Error values are constants: no package-level state can be changed.
type Error string

// Error returns the class's description.
func (e Error) Error() string { return string(e) }

// The classes of failure.
const (
	ErrInvalidPolicy  Error = "invalid trigger policy"
	ErrPolicyMismatch Error = "history was built under a different recording policy"
	ErrAdjustment     Error = "a reasonable adjustment may only raise a threshold"
	ErrInvalidDate    Error = "not a valid calendar date"
	ErrHistory        Error = "history is not as absence.NewHistory builds it"
	ErrNoMeeting      Error = "no stage meeting: use Since first"
)

// InputError reports what was wrong (Err), with what input (Input: "policy",
// "adjustment", "history", "date"), where (Field, and Index into a slice when
// there is one) and the offending value. It never carries free text from a
// record: Value holds only dates, numbers and codes.
type InputError struct {
	Input string // "policy", "adjustment", "history", "date", …
	Index int    // position in the input slice (an episode); -1 when not applicable
	Field string // the field at fault, e.g. "TRIG2.Days"
	Value string // the offending value, if useful
	Err   Error
}

// Error describes the failure, e.g.
//
//	triggers: policy TRIG2.Days: invalid trigger policy: 0
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString("triggers: ")
	b.WriteString(e.Input)
	if e.Index >= 0 {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(e.Index))
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

func inputErr(input string, index int, field string, err Error, value string) *InputError {
	return &InputError{Input: input, Index: index, Field: field, Value: value, Err: err}
}

func policyErr(field, value string) *InputError {
	return inputErr("policy", -1, field, ErrInvalidPolicy, value)
}

func dateErr(field string, d absence.Date) *InputError {
	return inputErr("date", -1, field, ErrInvalidDate, d.String())
}
