package stages

import (
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// underlyingAdvice applies an OH report's answer on an underlying condition
// linking the absences (STAGE-15).
func (t *tx) underlyingAdvice(a Answer) {
	e, n := t.e, &t.n
	switch {
	case a == Yes && !n.underlying().On():
		n.Underlying = &Underlying{Since: e.Date}
		if t.p.UnderlyingCondition == RouteTriggers {
			t.note(ruleUnderlying, "Occupational Health advises on %s that an underlying medical condition links the absences; the policy keeps triggers progressing the case as before", e.Date)
			return
		}
		t.note(ruleUnderlying, "Occupational Health advises on %s that an underlying medical condition links the absences: from then the case is managed under the long-term or continuing-absence route, and a trigger reached through absences the manager links to the condition does not by itself make the next formal stage due; HR advice comes first", e.Date)
	case a == No && n.underlying().On():
		n.Underlying = &Underlying{Since: n.Underlying.Since, Ended: e.Date}
		t.note(ruleUnderlying, "Occupational Health advises on %s that no underlying medical condition links the absences: the continuing-absence route of %s ends", e.Date, n.Underlying.Since)
	default:
		// no change of route
	}
}

// linked handles a TriggerActivated event marked Linked; held reports that
// the trigger was noted without making the next stage due (STAGE-15).
func (t *tx) linked() (held bool) {
	e, n := t.e, &t.n
	u := n.underlying()
	what := strings.Join(e.Triggers, ", ") + " activated on " + e.Date.String() + " through absences linked to the underlying condition"
	switch {
	case t.current() != nil:
		return false // noted as any trigger while a step is under way
	case t.p.UnderlyingCondition == RouteTriggers:
		t.note(ruleUnderlying, "%s: the policy keeps triggers progressing the case", what)
		return false
	case !u.On() || e.Date.Before(u.Since):
		t.note(ruleUnderlying, "%s, but no Occupational Health advice of an underlying condition is in force on that date: the trigger progresses the case as usual", what)
		return false
	}
	from := u.Since
	if !u.Pending.IsZero() {
		from = u.Pending
	}
	if hr := n.hr().Underlying; !hr.IsZero() && !hr.Before(from) {
		t.note(ruleUnderlying, "%s: HR Employee Relations advised on %s, and the manager proceeds", what, hr)
		return false
	}
	n.Underlying = &Underlying{Since: u.Since, Pending: e.Date, PendingTriggers: slices.Clone(e.Triggers)}
	t.note(ruleUnderlying, "%s (OH advice of %s): on the continuing-absence route it does not by itself make the %s due; take HR advice before any formal meeting",
		what, u.Since, n.Stage.next())
	return true
}

// A LinkedMonitor is a [Monitor] that also knows which absences the manager
// linked to an underlying medical condition (absence.Evidence's
// UnderlyingCondition, ABS-13), for the continuing-absence route (STAGE-15):
// [Progress] and [State.NextSteps] then tell a trigger reached through linked
// absences from one the other absences reach by themselves.
// [TriggerMonitor] returns one.
type LinkedMonitor interface {
	Monitor
	// Unlinked returns the Monitor of the same history without the linked
	// absences.
	Unlinked() (Monitor, error)
}

// Unlinked rebuilds the trigger monitor from the records not linked to an
// underlying condition, with the same policy and adjustment.
func (t triggerMonitor) Unlinked() (Monitor, error) {
	h := t.m.History()
	records := make([]absence.Record, 0, len(h.Records))
	for _, r := range h.Records {
		if !r.Evidence.UnderlyingCondition {
			records = append(records, r)
		}
	}
	if len(records) == len(h.Records) {
		return t, nil
	}
	uh, err := absence.NewHistory(h.Employee, records, h.Policy)
	if err != nil {
		return nil, err
	}
	m, err := triggers.New(uh, t.m.Policy())
	if err != nil {
		return nil, err
	}
	if a := t.m.Adjustment(); !a.IsZero() {
		if m, err = m.WithAdjustment(a); err != nil {
			return nil, err
		}
	}
	return triggerMonitor{m}, nil
}

// firstActivation returns the first activation after the stage in effect as
// the case should see it (STAGE-15): on the continuing-absence route with a
// LinkedMonitor, an activation the unlinked absences do not reach by the same
// date is linked, and one already noted as pending is passed over for the
// first the unlinked absences reach. ok is false when there is none to act
// on.
func firstActivation(s State, p Policy, m Monitor, asOf absence.Date) (a Activation, linked, ok bool, err error) {
	a, ok, err = m.After(s.Since, asOf)
	if err != nil || !ok {
		return Activation{}, false, false, err
	}
	lm, isLinked := m.(LinkedMonitor)
	route := s.underlying()
	if !isLinked || p.UnderlyingCondition != RouteContinuing || !route.On() || a.Date.Before(route.Since) {
		return a, false, true, nil
	}
	um, err := lm.Unlinked()
	if err != nil {
		return Activation{}, false, false, err
	}
	u, uok, err := um.After(s.Since, asOf)
	if err != nil {
		return Activation{}, false, false, err
	}
	switch {
	case uok && !u.Date.After(a.Date):
		return u, false, true, nil
	case route.Pending.IsZero() || a.Date.After(route.Pending):
		return a, true, true, nil
	case uok:
		return u, false, true, nil
	}
	return Activation{}, false, false, nil
}
