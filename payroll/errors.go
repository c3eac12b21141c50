package payroll

import (
	"errors"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// Error is a class of failure. Every error this package returns wraps one of
// the Err constants, so callers can test for it with errors.Is:
//
//	if errors.Is(err, payroll.ErrNoParameter) { … }
//
// Error values are constants: no package-level state can be changed.
type Error string

// Error returns the class's description.
func (e Error) Error() string { return string(e) }

// The classes of failure.
const (
	ErrNoParameter       Error = "no parameter in force on that date"
	ErrInvalidTable      Error = "parameter table entries are invalid, overlap or are out of order"
	ErrInvalidPolicy     Error = "invalid policy"
	ErrInvalidDate       Error = "not a valid calendar date"
	ErrInvalidPeriod     Error = "invalid period"
	ErrUnsorted          Error = "periods overlap or are not in date order"
	ErrNoSchedule        Error = "no schedule"
	ErrService           Error = "reckonable service starts after the first day of absence"
	ErrEmployment        Error = "the day falls after the employment ended"
	ErrNoPayDays         Error = "the episode has no sickness days for pay"
	ErrPriorPay          Error = "invalid sick pay already paid"
	ErrStraddle          Error = "an absence straddles 6 April 2026, when the SSP rules changed; the policy gives no transitional rule"
	ErrNoEarnings        Error = "no earnings given for a period of incapacity for work"
	ErrEarnings          Error = "invalid earnings"
	ErrAmount            Error = "invalid amount of money or hours"
	ErrNoHRAdvice        Error = "pay suspended for unauthorised absence without HR advice (HR14 Proc 2)"
	ErrNotUnauthorised   Error = "the record is not unauthorised absence"
	ErrUncovered         Error = "uncovered days fall outside every sickness episode"
	ErrPlanLength        Error = "phased return longer than the policy allows"
	ErrPlanWeeks         Error = "phased return plan does not give the hours of each week"
	ErrExtensionEvidence Error = "a phased return beyond 4 weeks needs the employee's physician's advice and Occupational Health's rationale (HR14 §22.5)"
	ErrNotEnoughLeave    Error = "not enough annual leave or lieu time for the hours not worked in the extension (HR14 §22.5)"
	ErrAdditionalHours   Error = "hours above the normal working hours: no additional hours outside the plan (HR14 §22.2)"
	ErrLeaveYear         Error = "invalid leave year"
)

// InputError reports a failure: what was wrong (Err, one of the Err
// constants) and where (the input, its index in a slice and the field), with
// the offending value when useful (a date, a period, a number or a code) and
// what was expected instead.
//
// InputError never carries free text from a record (diagnosis, notes), nor a
// rejected text that is not a code. Index and the indexes in Field count
// from 0; the message counts from 1.
type InputError struct {
	Input string // "sick pay", "SSP", "parameter", "plan", …
	Index int    // position in the input slice, from 0; -1 when not applicable
	Field string // the field at fault, e.g. "ServiceStart", "Prior[2].Period"
	Value string // the offending value, if useful
	Want  string // what was expected instead, e.g. "one of nil, half, full"; may be empty
	Err   Error  // the class of failure, for errors.Is
}

// Error describes the failure, e.g.
//
//	payroll: parameter SSPRates: no parameter in force on that date: 2023-05-01
func (e *InputError) Error() string {
	return "payroll: " + e.Where() + ": " + e.What()
}

// Where names the input at fault for people, positions counted from 1,
// e.g. "sick pay 3 Prior 3.Period".
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
// (left out when it holds a number too long to read: the class states the
// limit) and what was expected.
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

func inputErr(input string, index int, field string, err Error, value string) *InputError {
	return &InputError{Input: input, Index: index, Field: field, Value: value, Err: err}
}

// asInput is errors.As for an *InputError.
func asInput(err error, target **InputError) bool { return errors.As(err, target) }
