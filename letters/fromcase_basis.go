package letters

import (
	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// basis returns why the meeting at index i became due, from the case; base
// supplies a TRIG-6 pattern's wording and its absences.
func (c Case) basis(k Kind, i int, base Basis) (Basis, error) {
	m := c.State.Meetings[i]
	asOf := m.Invited
	if asOf.IsZero() {
		asOf = m.Due
	}
	switch m.Route {
	case stages.RouteIllHealth:
		return Basis{IllHealth: m.Due}, nil
	case stages.RouteRedeployment:
		r := c.State.Redeployment
		if r.End != m.Due {
			return Basis{}, &CaseError{Kind: k, Detail: "the stay on the redeployment register that ended on " + m.Due.String() + " is no longer the latest in the case"}
		}
		return Basis{Since: c.countedFrom(i), Redeployment: absence.Period{Start: r.Start, End: r.End}}, nil
	case stages.RouteTrigger, stages.RouteLongTerm:
	default:
		return Basis{}, &CaseError{Kind: k, Detail: "the " + m.Step.String() + " became due by route " + m.Route.String() + ", which no letter explains"}
	}
	if c.Monitor == nil {
		return Basis{}, &CaseError{Kind: k, Detail: "the case needs the employee's absence history (Case.Monitor) to explain the " + m.Step.String()}
	}
	since := c.countedFrom(i)
	if m.Route == stages.RouteLongTerm {
		a, ok := longTermOf(c.Monitor.History(), m.Due, asOf)
		if !ok {
			return Basis{}, &CaseError{Kind: k, Detail: "no episode of the absence history contains " + m.Due.String() + ", when long-term absence was recorded as ongoing"}
		}
		return Basis{Since: since, LongTerm: a.Period, Absences: []Absence{a}}, nil
	}
	acts, err := c.activations(k, m, since, asOf)
	if err != nil {
		return Basis{}, err
	}
	b := Basis{Since: since, Absences: absencesOf(acts, c.Monitor.History(), asOf)}
	for _, id := range m.Triggers {
		if id == triggers.TRIG6.String() {
			t, ok := pattern(base)
			if !ok {
				return Basis{}, &FieldError{Kind: k, Field: "Basis.Triggers[TRIG-6]", Detail: "a recognisable pattern is the manager's judgement: give its Point and Evidence", Err: ErrMissing}
			}
			if t.Activated.IsZero() {
				t.Activated = m.Due
			}
			b.Triggers = append(b.Triggers, t)
			continue
		}
		for _, a := range acts {
			if a.Trigger.String() == id {
				b.Triggers = append(b.Triggers, triggerOf(a))
			}
		}
	}
	if len(b.Absences) == 0 {
		b.Absences = base.Absences
	}
	return b, nil
}

// activations returns, for each trigger recorded on m other than TRIG-6, its
// latest activation on or before asOf, counted from since as the trigger
// policy counts after a stage meeting.
func (c Case) activations(k Kind, m stages.Meeting, since, asOf absence.Date) ([]triggers.Activation, error) {
	mon := c.Monitor
	if !since.IsZero() {
		var err error
		if mon, err = mon.Since(since); err != nil {
			return nil, &CaseError{Kind: k, Detail: "cannot count from " + since.String(), Cause: err}
		}
	}
	timeline, err := mon.TimelineTo(asOf)
	if err != nil {
		return nil, &CaseError{Kind: k, Detail: "cannot evaluate the triggers as of " + asOf.String(), Cause: err}
	}
	var out []triggers.Activation
	for _, id := range m.Triggers {
		if id == triggers.TRIG6.String() {
			continue
		}
		found := -1
		for j, a := range timeline {
			if a.Trigger.String() == id && (since.IsZero() || a.Date.After(since)) {
				found = j
			}
		}
		if found < 0 {
			return nil, &CaseError{Kind: k, Detail: id + " is recorded as making the " + m.Step.String() + " due, but the absence history shows no activation of it by " + asOf.String()}
		}
		out = append(out, timeline[found])
	}
	return out, nil
}

// pattern returns base's TRIG-6 entry.
func pattern(b Basis) (Trigger, bool) {
	for _, t := range b.Triggers {
		if t.ID == triggers.TRIG6.String() && t.Point != "" && t.Evidence != "" {
			return t, true
		}
	}
	return Trigger{}, false
}
