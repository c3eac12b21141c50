package stages

import (
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// entry returns the index of the plan entry with the ID.
func (s *State) entry(id string) (int, bool) {
	for i := range s.Plan {
		if s.Plan[i].Adjustment.ID == id {
			return i, true
		}
	}
	return -1, false
}

// cloneAdjustment returns a copy of a that shares no memory with it.
func cloneAdjustment(a Adjustment) Adjustment {
	a.Absences = slices.Clone(a.Absences)
	if a.Thresholds != nil {
		t := *a.Thresholds
		a.Thresholds = &t
	}
	return a
}

// adjustment handles AdjustmentRecorded (STAGE-14; STAGE-12 when it answers
// an OH recommendation).
func (t *tx) adjustment() error {
	e, n := t.e, &t.n
	a := cloneAdjustment(*e.Adjustment)
	plan := slices.Clone(n.Plan)
	i, ok := n.entry(a.ID)
	var pe PlanEntry
	if ok {
		pe = plan[i]
		if a.Kind != AdjustmentNone && a.Kind != pe.Adjustment.Kind {
			return &EventError{Index: n.Events, ID: e.ID, Kind: e.Kind, Date: e.Date, Rule: rulePlan, Field: "Adjustment.Kind",
				Detail: "the plan entry is of kind " + pe.Adjustment.Kind.Code() + "; its kind cannot change", Err: ErrInvalidEvent}
		}
		a.Kind = pe.Adjustment.Kind
		if a.ProposedBy == PartyNone {
			a.ProposedBy = pe.Adjustment.ProposedBy
		}
	} else {
		if a.Kind == AdjustmentNone {
			return &EventError{Index: n.Events, ID: e.ID, Kind: e.Kind, Date: e.Date, Rule: rulePlan, Field: "Adjustment.Kind",
				Detail: "a new plan entry needs its kind", Err: ErrInvalidEvent}
		}
		pe = PlanEntry{Proposed: e.Date}
	}
	if a.Kind == AdjustTriggerThresholds && a.Thresholds == nil && ok {
		a.Thresholds = pe.Adjustment.Thresholds
	}
	if a.Kind == AdjustDiscountAbsences && len(a.Absences) == 0 && ok {
		a.Absences = pe.Adjustment.Absences
	}
	if (a.Kind == AdjustTriggerThresholds) != (a.Thresholds != nil) || (a.Kind == AdjustDiscountAbsences) != (len(a.Absences) > 0) {
		return &EventError{Index: n.Events, ID: e.ID, Kind: e.Kind, Date: e.Date, Rule: rulePlan, Field: "Adjustment",
			Detail: "thresholds go with kind trigger-thresholds and absences with kind discount-absences", Err: ErrInvalidEvent}
	}
	if a.Decision != Proposed && a.Decision != pe.Adjustment.Decision {
		pe.Decided = e.Date
	}
	pe.Adjustment, pe.Updated, pe.Event = a, e.Date, n.Events
	if ok {
		plan[i] = pe
	} else {
		plan = append(plan, pe)
	}
	n.Plan = plan

	rule := rulePlan
	if !pe.Report.IsZero() {
		rule = ruleOHReport
	}
	what := a.Kind.String() + " (plan entry " + idText(a.ID) + ")"
	switch a.Decision {
	case Proposed:
		t.note(rule, "%s proposed on %s", what, e.Date)
	case Declined:
		why := "no reason is recorded: it must be documented"
		if a.Factor != FactorNone {
			why = "because " + a.Factor.String()
		}
		verb := "declined"
		if !pe.Report.IsZero() {
			verb = "not followed (OH recommendation of " + pe.Report.String() + ")"
		}
		t.note(rule, "%s %s on %s, %s", what, verb, e.Date, why)
	default:
		s := what + " " + map[AdjustmentDecision]string{Agreed: "agreed", OnTrial: "agreed for a trial"}[a.Decision] + " on " + e.Date.String()
		if !pe.Report.IsZero() {
			s += ", following the OH recommendation of " + pe.Report.String()
		}
		if !a.Start.IsZero() {
			s += ", from " + a.Start.String()
		}
		if !a.Review.IsZero() {
			s += ", review by " + a.Review.String()
		}
		if !a.End.IsZero() {
			s += ", ending " + a.End.String()
		}
		t.note(rule, "%s", s)
	}
	if a.Kind == AdjustDiscountAbsences && a.Decision != Proposed && a.Decision != Declined {
		ps := make([]string, len(a.Absences))
		for k, p := range a.Absences {
			ps[k] = p.String()
		}
		t.note(ruleDiscounting, "absences %s discounted as disability-related by the decision of %s", strings.Join(ps, ", "), e.Date)
	}
	return nil
}

// disabilityDeclared handles DisabilityDeclared (STAGE-14).
func (t *tx) disabilityDeclared() {
	n := &t.n
	d := n.disability()
	if d.Declared.IsZero() {
		d.Declared = t.e.Date
	}
	n.Disability = &d
	t.note(rulePlan, "the employee declared a disability on %s: additional care is taken; the manager decides, with HR and OH advice, whether the Equality Act definition is likely to be met, and considers reasonable adjustments and whether any absences should be discounted", t.e.Date)
}

// disabilityAssessed handles DisabilityAssessed (STAGE-14).
func (t *tx) disabilityAssessed() {
	e, n := t.e, &t.n
	d := n.disability()
	d.Assessed, d.Assessment = e.Date, *e.Disability
	n.Disability = &d
	advice := missingText(e.Disability.HRAdvice.IsZero(), "with HR advice", e.Disability.OHAdvice.IsZero(), "with OH advice")
	if advice == "" {
		advice = "with HR advice of " + e.Disability.HRAdvice.String() + " and OH advice of " + e.Disability.OHAdvice.String()
	}
	t.note(rulePlan, "the manager decided on %s whether the Equality Act definition of disability is likely to be met: %s (%s)", e.Date, e.Disability.Likely, advice)
}

// Thresholds returns the raised trigger thresholds of the plan in force on
// asOf: the most recently decided entry of kind trigger-thresholds that is
// agreed or on trial, started by asOf (or with no start) and not ended, with
// Agreed set to its decision date when the entry gives none. ok is false
// when none is in force. The triggers package takes it
// (triggers.Monitor.WithAdjustment).
func (s State) Thresholds(asOf absence.Date) (a triggers.Adjustment, entry PlanEntry, ok bool) {
	for _, pe := range s.Plan {
		ad := pe.Adjustment
		if ad.Kind != AdjustTriggerThresholds || !pe.Open(asOf) || ad.Start.After(asOf) || pe.Decided.After(asOf) {
			continue
		}
		if !ok || !pe.Decided.Before(entry.Decided) {
			a, entry, ok = *ad.Thresholds, pe, true
		}
	}
	if ok && a.Agreed.IsZero() {
		a.Agreed = entry.Decided
	}
	return a, entry, ok
}

// Discounted returns the plan entry that discounts the absence p as
// disability-related (kind discount-absences, agreed or on trial, decided on
// or before asOf, naming a period that overlaps p), if any.
func (s State) Discounted(p absence.Period, asOf absence.Date) (PlanEntry, bool) {
	for _, pe := range s.Plan {
		ad := pe.Adjustment
		if ad.Kind != AdjustDiscountAbsences || (ad.Decision != Agreed && ad.Decision != OnTrial) || pe.Decided.After(asOf) {
			continue
		}
		for _, q := range ad.Absences {
			if q.Overlaps(p) {
				return pe, true
			}
		}
	}
	return PlanEntry{}, false
}
