package report

import (
	"errors"
	"fmt"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/stages"
)

// Letter writes the letter of kind k for c as of asOf (the case's as-of date
// when asOf is zero) with letters.FromCase: the meeting, the trigger points
// and their evidence, the absences relied on, the deadlines and the decision
// come from the case's absences and events as Evaluate sees them (with the
// trigger activations it derives), and the host's details — names,
// addresses, who attends, the reasons for a decision — from the case's
// letter section. The letter's date is the one the case records for it (the
// invitation, the outcome or termination letter), else asOf.
//
// Every error is a *casefile.Error placing the problem in the file, or
// several joined (errors.Join) when the letter lacks several things: a field
// of the letter section the letter needs is named by its path, e.g.
// "letter.to.name" or "letter.people"; a slot's time or place by its event,
// e.g. "events[1].slot.place"; a case that does not hold the step (no
// invitation recorded, no decision to dismiss) is placed at "events". The
// library's error (letters.ErrMissing, ErrInvalid, ErrCase) is wrapped.
func Letter(c *casefile.Case, asOf absence.Date, k letters.Kind) (letters.Letter, error) {
	e, err := evaluate(c, asOf, false)
	if err != nil {
		return letters.Letter{}, err
	}
	return e.letter(k)
}

// letter writes the letter of kind k from the evaluated case.
func (e *evaluation) letter(k letters.Kind) (letters.Letter, error) {
	base := e.c.Letter.Base(k, e.asOf)
	if base.Policy == nil {
		id := e.in.Policies.ID // the case's policy.id, or HR14 v16 (issue 15)
		base.Policy = &id
	}
	lc := letters.Case{State: e.state, Policy: e.in.Policies.Stages, Monitor: e.m}
	if !k.Formal() {
		if err := e.documentCase(k, &lc); err != nil {
			return letters.Letter{}, err
		}
	}
	l, err := letters.FromCase(base, lc)
	if err != nil {
		return letters.Letter{}, e.locateLetter(k, err)
	}
	return l, nil
}

// locateLetter places the errors of letters.FromCase in the case file.
func (e *evaluation) locateLetter(k letters.Kind, err error) error {
	var ce *letters.CaseError
	if errors.As(err, &ce) {
		return e.c.Locate("events", err)
	}
	list := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok { // Letter.Validate's errors.Join
		list = joined.Unwrap()
	}
	var out []error
	if e.c.Letter == nil {
		out = append(out, &casefile.Error{File: e.c.File(), Pos: e.c.Pos(""), Path: "letter",
			Err: fmt.Errorf("%w: the case file has no letter section: a %s letter needs the host's details (letter.to, letter.from, …; see CASEFILE.md, \"Letters\")", casefile.ErrInvalid, k)})
	}
	for _, x := range list {
		path := ""
		var fe *letters.FieldError
		if errors.As(x, &fe) {
			path = e.letterPath(k, fe.Field)
		}
		out = append(out, e.c.Locate(path, x))
	}
	return errors.Join(out...)
}

// letterPath returns the case-file path of a letter's field (a letters
// FieldError's Go path, e.g. "To.Name"): the letter section for the host's
// details, the event for a meeting's slot or a notice; "" for what the
// case's evaluation computes.
func (e *evaluation) letterPath(k letters.Kind, field string) string {
	letter := e.c.Letter
	section := func(f string) string {
		p := casefile.FieldPath(f) // e.g. "to.name", "people[0].role"
		name, rest := p, ""
		if i := strings.IndexAny(p, ".["); i >= 0 {
			name, rest = p[:i], p[i:]
		}
		return letter.Path(k, name) + rest
	}
	pattern := letter != nil && letter.Base(k, e.asOf).Basis.Triggers != nil
	switch {
	case field == "Basis.Triggers[TRIG-6]":
		return letter.Path(k, "pattern")
	case hasField(field, "Reference", "Letterhead", "To", "From", "Copies"):
		return section(field)
	case hasField(field, "Meeting.People", "Meeting.Companion"):
		return section(strings.TrimPrefix(field, "Meeting."))
	case hasField(field, "Outcome.Discussed", "Outcome.Support", "Outcome.Reasons"):
		return section(strings.TrimPrefix(field, "Outcome."))
	case hasField(field, "Outcome.Notice"):
		rest := casefile.FieldPath(strings.TrimPrefix(field, "Outcome.Notice"))
		if i, ok := e.lastEvent(func(ev stages.Event) bool { return ev.Kind == stages.TerminationLetterSent && ev.Notice != nil }); ok {
			return fmt.Sprintf("events[%d].notice%s", i, rest)
		}
		return letter.Path(k, "notice") + rest
	case pattern && hasField(field, "Basis.Absences"):
		return letter.Path(k, "pattern") + ".absences" + casefile.FieldPath(strings.TrimPrefix(field, "Basis.Absences"))
	case pattern && strings.HasPrefix(field, "Basis.Triggers[") && (strings.HasSuffix(field, ".Point") || strings.HasSuffix(field, ".Evidence")):
		// The library writes the point and evidence of every other trigger.
		return letter.Path(k, "pattern") + "." + casefile.FieldPath(field[strings.LastIndexByte(field, '.')+1:])
	case k.Invitation() && hasField(field, "Meeting.Time", "Meeting.Place", "Meeting.Date"):
		step := k.Step()
		if i, ok := e.lastEvent(func(ev stages.Event) bool {
			return (ev.Kind == stages.InvitationSent || ev.Kind == stages.MeetingRearranged) && ev.Step == step
		}); ok {
			return fmt.Sprintf("events[%d].slot.%s", i, casefile.FieldPath(strings.TrimPrefix(field, "Meeting.")))
		}
	}
	return ""
}

// lastEvent returns the index in the file of the last event seen as of the
// evaluation's date for which match is true.
func (e *evaluation) lastEvent(match func(stages.Event) bool) (int, bool) {
	for i := len(e.in.Events) - 1; i >= 0; i-- {
		ev := e.in.Events[i]
		if !ev.Date.After(e.asOf) && match(ev) {
			return i, true
		}
	}
	return 0, false
}

// hasField reports whether field is one of names or a part of one
// ("To.Name" is part of "To", "Copies[1]" of "Copies").
func hasField(field string, names ...string) bool {
	for _, n := range names {
		if field == n || strings.HasPrefix(field, n+".") || strings.HasPrefix(field, n+"[") {
			return true
		}
	}
	return false
}

// documentCase adds what the documents that are not letters of the formal
// procedure read besides the state: the events recorded up to the as-of
// date (as replayed: the events Evaluate derives are not records), the
// Injury Allowance claim, and the exclusions from SSP.
func (e *evaluation) documentCase(k letters.Kind, lc *letters.Case) error {
	var events []stages.Event
	for _, ev := range e.in.Events {
		if ev.Date.After(e.asOf) {
			break
		}
		events = append(events, ev)
	}
	s, err := stages.Replay(events, e.in.Policies.Stages)
	if err != nil {
		return e.locate(err)
	}
	lc.State, lc.Events = s, events
	in := e.c.Pay
	if in == nil {
		return nil
	}
	if in.Injury != nil {
		lc.Claim = in.Injury.Claim
	}
	if k == letters.SSPExclusionNotice && len(e.h.Episodes) > 0 {
		ssp, err := e.in.Policies.Payroll.SSP(payroll.SSPInput{Incapacity: payroll.Incapacity(e.h), Schedule: e.h.Employee.Schedule,
			Earnings: in.Earnings, EmploymentEnds: in.EmploymentEnds})
		if err != nil {
			return e.locatePay(err)
		}
		lc.SSP = ssp.Exclusions
	}
	return nil
}
