package stages

import (
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// conferenceRequested handles CaseConferenceRequested (STAGE-13).
func (t *tx) conferenceRequested() {
	e, n := t.e, &t.n
	c := n.conference()
	c.Requested, c.RequestedBy = e.Date, e.Conference.RequestedBy
	n.Conference = &c
	t.note(ruleConference, "a case conference was requested by the %s on %s: Occupational Health agrees the date and who attends", e.Conference.RequestedBy, e.Date)
}

// conferenceHeld handles CaseConferenceHeld (STAGE-13).
func (t *tx) conferenceHeld() error {
	e, n := t.e, &t.n
	f := e.Conference
	if pm := f.PreMeeting; pm != nil && pm.Clinical && !pm.Consent {
		return t.reject(ErrRequirement, ruleConference, "no clinical details are discussed at the pre-meeting of %s without the employee's consent", pm.Date)
	}
	actions := slices.Clone(n.Actions)
	for _, a := range f.Actions {
		for _, o := range actions {
			if o.ID == a.ID {
				return &EventError{Index: n.Events, ID: e.ID, Kind: e.Kind, Date: e.Date, Rule: ruleConference, Field: "Conference.Actions",
					Detail: "an action with that ID was agreed on " + o.Agreed.String(), Err: ErrInvalidEvent}
			}
		}
		actions = append(actions, OpenAction{CaseAction: a, Agreed: e.Date})
	}
	n.Actions = actions
	n.Conference = &ConferenceState{Held: e.Date, MinutesCopied: f.MinutesCopied, FollowUp: f.FollowUp}
	var who []string
	has := map[Party]bool{}
	for _, p := range f.Attendees {
		who = append(who, p.String())
		has[p] = true
	}
	text := "case conference held on " + e.Date.String()
	if len(who) > 0 {
		text += " with the " + strings.Join(who, ", the ")
	}
	t.note(ruleConference, "%s; %s agreed", text, plural(len(f.Actions), "action"))
	if len(f.Attendees) > 0 && (!has[PartyLineManager] || !has[PartyHR]) {
		t.note(ruleConference, "the line manager leads a case conference and HR takes the notes: %s", missingText(!has[PartyLineManager], "attended by the line manager", !has[PartyHR], "attended by HR"))
	}
	if pm := f.PreMeeting; pm != nil {
		t.note(ruleConference, "pre-meeting of OH, HR and the manager on %s, %s", pm.Date,
			map[bool]string{false: "without clinical details", true: "with clinical details, with the employee's consent"}[pm.Clinical])
	}
	return nil
}

// actionCompleted handles ActionCompleted (STAGE-13).
func (t *tx) actionCompleted() error {
	e, n := t.e, &t.n
	for i, a := range n.Actions {
		if a.ID != e.ActionID {
			continue
		}
		if !a.Done.IsZero() {
			return t.reject(ErrNotDue, ruleConference, "the action was completed on %s", a.Done)
		}
		actions := slices.Clone(n.Actions)
		actions[i].Done = e.Date
		n.Actions = actions
		late := ""
		if e.Date.After(a.By) {
			late = ", after the date agreed (" + a.By.String() + ")"
		}
		t.note(ruleConference, "case conference action (%s) completed on %s%s", a.Kind, e.Date, late)
		return nil
	}
	return t.reject(ErrNotDue, ruleConference, "no case conference action has that ID")
}

// informal handles InformalDiscussion (STAGE-16).
func (t *tx) informal() error {
	e, n := t.e, &t.n
	if n.Dismissed {
		return t.reject(ErrClosed, ruleInformal, "a dismissal decision stands")
	}
	n.Informal = &InformalState{Last: e.Date, Review: e.Informal.Review, Goals: slices.Clone(e.Informal.Goals)}
	goals := make([]string, len(e.Informal.Goals))
	for i, g := range e.Informal.Goals {
		goals[i] = g.String()
	}
	t.note(ruleInformal, "informal discussion of attendance on %s: goals %s, reviewed on %s", e.Date, strings.Join(goals, ", "), e.Informal.Review)
	return nil
}

// contactAgreed handles ContactAgreed (ABS-12).
func (t *tx) contactAgreed() {
	e, n := t.e, &t.n
	n.Contact = append(slices.Clip(n.Contact), absence.ContactAgreement{From: e.Date, Days: e.ContactDays})
	t.note(ruleContactAgreed, "the manager and the employee agreed on %s to keep in touch at least every %s during absence", e.Date, plural(e.ContactDays, "day"))
}
