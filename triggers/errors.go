package triggers

import (
	"errors"
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
// there is one), the offending value and what was expected instead. It never
// carries free text from a record, nor a rejected text that is not a code:
// Value holds only dates, numbers and codes. Index counts from 0; the
// message counts from 1.
type InputError struct {
	Input string // "policy", "adjustment", "history", "date", …
	Index int    // position in the input slice (an episode), from 0; -1 when not applicable
	Field string // the field at fault, e.g. "TRIG2.Days"
	Value string // the offending value, if useful
	Want  string // what was expected instead, e.g. "one of at-least, more-than"; may be empty
	Err   Error
}

// Error describes the failure, e.g.
//
//	triggers: policy TRIG2.Days: invalid trigger policy: 0
func (e *InputError) Error() string {
	return "triggers: " + e.Where() + ": " + e.What()
}

// Where names the input at fault for people, positions counted from 1.
func (e *InputError) Where() string {
	var b strings.Builder
	b.WriteString(e.Input)
	if e.Index >= 0 {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(e.Index + 1))
	}
	if e.Field != "" {
		b.WriteByte(' ')
		b.WriteString(absence.FieldText(e.Field))
	}
	return b.String()
}

// What says what is wrong, without where: the class, the offending value
// (left out when it is a number too long to read) and what was expected.
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

// readable reports whether a value is short enough to read: no run of more
// than 16 digits (an absurd number is left out; the class states the limit).
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

// codeErr is the error for a text that is not one of codes: it lists the
// codes and never quotes the text.
func codeErr(input, field string, codes []string) *InputError {
	e := inputErr(input, -1, field, ErrInvalidPolicy, "")
	e.Want = "one of " + strings.Join(codes, ", ")
	return e
}

// Unwrap returns the class of the failure, for errors.Is.
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(input string, index int, field string, err Error, value string) *InputError {
	return &InputError{Input: input, Index: index, Field: field, Value: value, Err: err}
}

func policyErr(field, value string) *InputError {
	return inputErr("policy", -1, field, ErrInvalidPolicy, value)
}

// idErr is the error for a policy's ID that absence.PolicyID.Validate
// refuses: the field and what it needs, never the text.
func idErr(err error) *InputError {
	e := policyErr("ID", "")
	var ae *absence.InputError
	if errors.As(err, &ae) {
		e.Field, e.Want = ae.Field, ae.Want
	}
	return e
}

func dateErr(field string, d absence.Date) *InputError {
	return inputErr("date", -1, field, ErrInvalidDate, d.String())
}
