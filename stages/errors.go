package stages

import (
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// Error is a class of rejected input. Every error from this package wraps one
// of the Err constants, so callers test for it with errors.Is:
//
//	if errors.Is(err, stages.ErrNotice) { … }
//
// and read the details with errors.As:
//
//	var ee *stages.EventError
//	if errors.As(err, &ee) { fmt.Println(ee.Index, ee.Date, ee.Rule) }
//
// Error values are constants: no package-level state can be changed.
type Error string

// Error returns the class's description.
func (e Error) Error() string { return string(e) }

// The classes of rejected input.
const (
	// ErrInvalidEvent: the event itself is malformed (an invalid date, an
	// unknown kind or code, a field that the kind does not take, a missing
	// field).
	ErrInvalidEvent Error = "invalid event"
	// ErrOutOfOrder: the event is dated before the previous one; a case is
	// recorded in date order.
	ErrOutOfOrder Error = "event out of date order"
	// ErrNotDue: the procedure has not reached the step the event belongs to
	// (a stage 2 meeting before a stage 1 meeting, a hearing no one was
	// invited to, an appeal with no dismissal).
	ErrNotDue Error = "step not due at this point of the procedure"
	// ErrNotice: a notice or submission period is not met (7 days' notice,
	// the 7-day re-arrangement limit, the 14-day management case, the
	// 5-business-day appeal response).
	ErrNotice Error = "notice period not met"
	// ErrNotWaivable: the employee may not waive the notice of this step
	// (stage 2 and later, SAP 1.4).
	ErrNotWaivable Error = "notice cannot be waived at this step"
	// ErrLate: a window has closed (an appeal after 21 days, a redeployment
	// register beyond 12 weeks).
	ErrLate Error = "too late"
	// ErrRequirement: something the procedure requires first is missing
	// (HR Employee Relations not notified, no OH referral, no OH advice
	// before a dismissal, no management case).
	ErrRequirement Error = "procedural requirement not met"
	// ErrPanel: the panel does not meet the levels of authority (App 13).
	ErrPanel Error = "panel does not meet the levels of authority"
	// ErrTerminalDiagnosis: a step towards dismissal after a terminal
	// diagnosis without an explicit override (SAP 1.5.3).
	ErrTerminalDiagnosis Error = "step towards dismissal after a terminal diagnosis"
	// ErrDeliberation: a panel decided to dismiss without recording what
	// SAP 1.5 requires it to have considered; EventError.Missing lists every
	// item (STAGE-17, STAGE-18).
	ErrDeliberation Error = "the deliberation is not fully recorded"
	// ErrClosed: the case is closed (the dismissal was upheld on appeal) or
	// employment is ending, so the event no longer applies.
	ErrClosed Error = "case closed"
	// ErrInvalidPolicy: a Policy field is out of range.
	ErrInvalidPolicy Error = "invalid policy"
)

// An EventError reports an event that was rejected: which event (its index in
// the case from 0, its ID and date; the message counts from 1), what is wrong (Err, one of the Err constants),
// the rule that forbids it (Rule, e.g. {"STAGE-2", "HR14 SAP 1.4"}) and an
// explanation in plain English.
//
// An EventError never carries free text from the case (places, names), nor
// a rejected text that does not have the shape of its field: Detail holds
// only dates, numbers and codes, and an ID is quoted only when it looks
// like one ([absence.QuoteID]).
type EventError struct {
	Index  int          // position of the event in the case; -1 when not applicable
	ID     string       // the host's identifier of the event, if any
	Kind   Kind         // the kind of the event
	Date   absence.Date // the date of the event
	Field  string       // for a malformed event, the field at fault
	Rule   absence.Rule // the rule that forbids the event; zero for a malformed event
	Detail string       // what is wrong, e.g. "meeting on 2026-03-10 is 5 days after the invitation of 2026-03-05"
	Err    Error        // the class of error, for errors.Is (e.g. ErrNotDue, ErrNotice)
	// Missing lists every item a refused decision lacks, each with its rule
	// (ErrDeliberation); Detail says the same in one line.
	Missing []absence.Finding
}

// Error describes the rejection, e.g.
//
//	stages: event 4 (meeting-held, 2026-03-10): notice period not met: meeting on 2026-03-10 is 5 days after the invitation of 2026-03-05; at least 7 days' notice is required unless the employee waives it — STAGE-1 (HR14 SAP 1.3)
func (e *EventError) Error() string {
	var b strings.Builder
	b.WriteString("stages: event")
	if e.Index >= 0 {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(e.Index + 1))
	}
	b.WriteString(" (")
	b.WriteString(e.Kind.String())
	if !e.Date.IsZero() {
		b.WriteString(", ")
		if e.Date.IsValid() {
			b.WriteString(e.Date.String())
		} else {
			b.WriteString("invalid date")
		}
	}
	if id := absence.QuoteID(e.ID); id != "" {
		b.WriteString(", ID ")
		b.WriteString(id)
	}
	b.WriteByte(')')
	if e.Field != "" {
		b.WriteByte(' ')
		b.WriteString(absence.FieldText(e.Field))
	}
	b.WriteString(": ")
	b.WriteString(e.What())
	return b.String()
}

// What says what is wrong, without which event: the class, the detail and
// the rule, e.g. "notice period not met: meeting on 2026-03-10 is 5 days
// after the invitation of 2026-03-05; … — STAGE-1 (HR14 SAP 1.3)".
func (e *EventError) What() string {
	var b strings.Builder
	b.WriteString(string(e.Err))
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Rule.ID != "" {
		b.WriteString(" — ")
		b.WriteString(e.Rule.String())
	}
	return b.String()
}

// Unwrap returns the class of the rejection, for errors.Is.
func (e *EventError) Unwrap() error { return e.Err }

// A PolicyError reports an invalid Policy field.
type PolicyError struct {
	Field string // e.g. "NoticeDays"
	Value string // the offending value
}

// Error describes the failure, e.g. "stages: policy NoticeDays: invalid policy: -1".
func (e *PolicyError) Error() string {
	return "stages: policy " + e.Field + ": " + string(ErrInvalidPolicy) + ": " + e.Value
}

// Unwrap returns ErrInvalidPolicy, for errors.Is.
func (e *PolicyError) Unwrap() error { return ErrInvalidPolicy }

// A CodeError reports an unknown text code for one of the package's enums
// (in JSON, for example). It never quotes the text given, which may be a
// health detail typed into a code field: Want lists the codes instead.
type CodeError struct {
	Type  string // e.g. "Kind"
	Value string // the number given, for a value out of range; "" for a text
	Want  string // what was expected, e.g. "one of trigger-activated, …"; may be empty
}

// Error describes the failure, e.g. `stages: unknown Kind; expected one of
// trigger-activated, invitation-sent, …`.
func (e *CodeError) Error() string {
	s := "stages: unknown " + e.Type
	if e.Value != "" {
		s += " " + e.Value
	}
	if e.Want != "" {
		s += "; expected " + e.Want
	}
	return s
}

// Unwrap returns ErrInvalidEvent, for errors.Is.
func (e *CodeError) Unwrap() error { return ErrInvalidEvent }
