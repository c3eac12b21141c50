package letters

import (
	"strings"

	"github.com/absencerules/hr14/absence"
)

// Error is a class of failure. Every error this package returns wraps one of
// the Err constants, so callers test for it with errors.Is:
//
//	if errors.Is(err, letters.ErrMissing) { … }
//
// and read the details with errors.As:
//
//	var fe *letters.FieldError
//	if errors.As(err, &fe) { fmt.Println(fe.Kind, fe.Field) }
//
// Error values are constants: no package-level state can be changed.
type Error string

// Error returns the class's description.
func (e Error) Error() string { return string(e) }

// The classes of failure.
const (
	// ErrMissing: a field the letter needs is empty. Nothing is rendered.
	ErrMissing Error = "required data missing"
	// ErrInvalid: a field is malformed or contradicts another (an invalid
	// date, a deadline after the hearing, a trigger activated before the stage
	// it moves on from, a control character in a name).
	ErrInvalid Error = "invalid letter data"
	// ErrCase: the case does not hold the step or the outcome the letter
	// confirms (no invitation recorded, no decision to dismiss), or its
	// absence history does not support what it records.
	ErrCase Error = "the case does not support this letter"
	// ErrTemplate: a template failed to parse or to render.
	ErrTemplate Error = "template error"
	// ErrNoTemplate is the cause of a *TemplateError for a template name
	// that does not exist (Renderer.With).
	ErrNoTemplate Error = "no such template"
)

// A FieldError reports a field of a Letter that is missing or invalid: which
// letter, which field (a Go path such as "Meeting.Place" or
// "Basis.Triggers[1].Evidence", indexes from 0; the message counts from 1,
// "Basis.Triggers 2.Evidence") and why.
//
// A FieldError never carries free text from the letter (names, places,
// reasons): Detail holds only dates, numbers and codes.
type FieldError struct {
	Kind   Kind   // the letter
	Field  string // the Go path of the field, e.g. "Meeting.Place"
	Detail string // why, in dates, numbers and codes only; may be empty
	Err    Error  // ErrMissing or ErrInvalid
}

// Error describes the failure, e.g.
//
//	letters: stage-1-invitation: Meeting.Place: required data missing
func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("letters: ")
	if e.Kind != 0 {
		b.WriteString(e.Kind.Code() + ": ")
	}
	b.WriteString(absence.FieldText(e.Field) + ": " + e.Err.Error())
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	return b.String()
}

// Unwrap returns the class of the failure, for errors.Is.
func (e *FieldError) Unwrap() error { return e.Err }

// A CaseError reports a case that does not support the letter asked for, or
// a failure of the packages the case is read with (Cause, e.g. an invalid
// stages.Policy).
type CaseError struct {
	Kind   Kind   // the letter asked for; zero for the chronology
	Detail string // what is missing, e.g. "no invitation to the stage 1 sickness review meeting is recorded"
	Cause  error  // the underlying error, if any
}

// Error describes the failure.
func (e *CaseError) Error() string {
	what := e.Kind.Code()
	if e.Kind == 0 {
		what = "chronology"
	}
	s := "letters: " + what + ": " + ErrCase.Error() + ": " + e.Detail
	if e.Cause != nil {
		s += ": " + e.Cause.Error()
	}
	return s
}

// Unwrap returns ErrCase and the cause, for errors.Is and errors.As.
func (e *CaseError) Unwrap() []error {
	if e.Cause == nil {
		return []error{ErrCase}
	}
	return []error{ErrCase, e.Cause}
}

// A TemplateError reports a template that failed to parse or render.
type TemplateError struct {
	Format Format // Text or HTML
	Name   string // the template, e.g. "stage-1-invitation" or "letterhead"
	Err    error  // from text/template or html/template
}

// Error describes the failure.
func (e *TemplateError) Error() string {
	return "letters: " + e.Format.String() + " template " + e.Name + ": " + e.Err.Error()
}

// Unwrap returns ErrTemplate and the template package's error.
func (e *TemplateError) Unwrap() []error { return []error{ErrTemplate, e.Err} }
