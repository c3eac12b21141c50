package stages

import (
	"fmt"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// duties lists what the duties' records leave to do (STAGE-11 … STAGE-18):
// an OH referral to explain or chase, a missed appointment for HR, OH
// recommendations and adjustments to answer or review, a disability to
// decide on, case conferences and their actions, the continuing-absence
// route, the informal review, and the stage 3 file.
func (n *nexts) duties(asOf absence.Date) {
	s := n.s
	if !s.Dismissed {
		n.referralSteps()
		n.serviceLevels(asOf)
		n.planSteps()
		n.conferenceSteps()
		n.underlyingSteps()
		n.informalSteps()
		n.records17()
	}
	n.stage3File()
}

// referralSteps lists what the last OH referral needs (STAGE-11).
func (n *nexts) referralSteps() {
	s := n.s
	reported := !s.OH.Reported.IsZero() && !s.OH.Reported.Before(s.OH.Referred)
	if r := s.OH.Referral; r != nil && !reported && (!r.Explained || !r.CopyGiven) {
		n.add(Action{Who: PartyLineManager, Rule: ruleOHReferral,
			What: fmt.Sprintf("tell the employee why they were referred to Occupational Health on %s and give them a copy of the referral (%s)",
				s.OH.Referred, missingText(!r.Explained, "told why", !r.CopyGiven, "given a copy"))})
	}
	if pr := s.OH.progress(); !pr.Missed.IsZero() && s.hr().NonAttendance.Before(pr.Missed) {
		n.add(Action{Who: PartyLineManager, Kind: HRNotified, Rule: ruleOHAppointment,
			What: fmt.Sprintf("ask HR Employee Relations whether the disciplinary policy (HR01) applies to the Occupational Health appointment of %s, missed without a reasonable explanation: a matter for HR to consider, not an automatic step (hr-er-notified, topic oh-non-attendance)", pr.Missed)})
	}
}

// serviceLevels lists the first overdue service level of the last referral
// as a reason to chase Occupational Health (STAGE-11, App 9); each level runs
// from the one before, so one chase covers a stalled referral.
func (n *nexts) serviceLevels(asOf absence.Date) {
	levels := n.s.serviceLevels(asOf, n.p)
	kinds := []Kind{OHAppointment, OHAppointment, OHReportReceived}
	for i, x := range levels {
		if x.Status != absence.Overdue {
			continue
		}
		n.add(Action{Who: PartyLineManager, Kind: kinds[min(i, len(kinds)-1)], By: x.Due, Rule: ruleServiceLevels,
			What: "chase Occupational Health: " + x.What + " was expected by " + x.Due.String()})
		break
	}
}

// planSteps lists the plan's entries to answer, document or review, and a
// disability to decide on (STAGE-12, STAGE-14).
func (n *nexts) planSteps() {
	s := n.s
	for _, pe := range s.Plan {
		a := pe.Adjustment
		what := a.Kind.String() + " (plan entry " + idText(a.ID) + ")"
		rule := rulePlan
		if !pe.Report.IsZero() {
			rule = ruleOHReport
		}
		switch {
		case a.Decision == Proposed && !pe.Report.IsZero():
			n.add(Action{Who: PartyLineManager, Kind: AdjustmentRecorded, Rule: rule,
				What: fmt.Sprintf("answer the recommendation of the Occupational Health report of %s, %s: follow it, or document why not", pe.Report, what)})
		case a.Decision == Proposed:
			n.add(Action{Who: PartyLineManager, Kind: AdjustmentRecorded, Rule: rule,
				What: fmt.Sprintf("decide on the adjustment proposed on %s by the %s: %s", pe.Proposed, a.ProposedBy, what)})
		case a.Decision == Declined && a.Factor == FactorNone:
			n.add(Action{Who: PartyLineManager, Kind: AdjustmentRecorded, Rule: rule,
				What: fmt.Sprintf("document why %s was not made on %s: the reasonableness factor relied on (App 3), in case it is disputed", what, pe.Decided)})
		case pe.Open(a.Review) && !a.Review.IsZero() && pe.Updated.Before(a.Review):
			n.add(Action{Who: PartyLineManager, Kind: AdjustmentRecorded, By: a.Review, Rule: rule,
				What: fmt.Sprintf("review %s, agreed on %s", what, pe.Decided)})
		}
	}
	d := s.disability()
	if d.Raised() && d.Assessed.Before(d.since()) {
		how := "declared"
		if d.Declared.IsZero() || (!d.Indicated.IsZero() && d.Indicated.Before(d.Declared)) {
			how = "indicated by Occupational Health"
		}
		n.add(Action{Who: PartyLineManager, Kind: DisabilityAssessed, Rule: rulePlan,
			What: fmt.Sprintf("decide, with HR and Occupational Health advice, whether the Equality Act definition of disability is likely to be met (a disability was %s on %s), and consider reasonable adjustments", how, d.since())})
	}
}

// conferenceSteps lists a conference to arrange, its minutes and its open
// actions (STAGE-13).
func (n *nexts) conferenceSteps() {
	s := n.s
	c := s.conference()
	if !c.Requested.IsZero() {
		n.add(Action{Who: PartyOH, Kind: CaseConferenceHeld, Rule: ruleConference,
			What: fmt.Sprintf("arrange the case conference the %s requested on %s: agree who attends, the date, time and venue", c.RequestedBy, c.Requested)})
	}
	if !c.Held.IsZero() && !c.MinutesCopied {
		n.add(Action{Who: PartyHR, Rule: ruleConference,
			What: fmt.Sprintf("copy the minutes of the case conference of %s to the employee, the manager and HR", c.Held)})
	}
	if !c.FollowUp.IsZero() {
		n.add(Action{Who: PartyOH, Kind: CaseConferenceHeld, From: c.FollowUp, By: c.FollowUp, Rule: ruleConference,
			What: fmt.Sprintf("hold the follow-up case conference arranged for %s", c.FollowUp)})
	}
	for _, a := range s.Actions {
		if a.Done.IsZero() {
			n.add(Action{Who: a.Owner, Kind: ActionCompleted, By: a.By, Rule: ruleConference,
				What: fmt.Sprintf("complete %s (action %s) agreed at the case conference of %s", a.Kind, idText(a.ID), a.Agreed)})
		}
	}
}

// underlyingSteps lists what a trigger reached through linked absences
// needs on the continuing-absence route (STAGE-15).
func (n *nexts) underlyingSteps() {
	u := n.s.underlying()
	if u.Pending.IsZero() {
		return
	}
	what := fmt.Sprintf("%s activated on %s through absences linked to the underlying condition (OH advice of %s)", strings.Join(u.PendingTriggers, ", "), u.Pending, u.Since)
	if hr := n.s.hr().Underlying; hr.Before(u.Pending) {
		n.add(Action{Who: PartyLineManager, Kind: HRNotified, Rule: ruleUnderlying,
			What: "take HR advice before any formal meeting: " + what + " (hr-er-notified, topic underlying-condition)"})
		return
	}
	n.add(Action{Who: PartyLineManager, Kind: TriggerActivated, Optional: true, Rule: ruleUnderlying,
		What: fmt.Sprintf("with HR's advice of %s, decide case by case whether the %s goes ahead: %s; to proceed, record it (trigger-activated, linked)", n.s.hr().Underlying, n.s.Stage.next(), what)})
}

// informalSteps lists the review of an informal discussion's goals, until a
// formal step opens after it (STAGE-16).
func (n *nexts) informalSteps() {
	inf := n.s.informal()
	if inf.Last.IsZero() {
		return
	}
	for _, m := range n.s.Meetings {
		if m.Due.After(inf.Last) {
			return
		}
	}
	goals := make([]string, len(inf.Goals))
	for i, g := range inf.Goals {
		goals[i] = g.String()
	}
	n.add(Action{Who: PartyLineManager, Kind: InformalDiscussion, By: inf.Review, Rule: ruleInformal,
		What: fmt.Sprintf("review the goals set at the informal discussion of %s (%s): if attendance has not improved, the formal procedure follows", inf.Last, strings.Join(goals, ", "))})
}

// formalDuties lists what the duties add before the formal step m is held:
// HR's check of disability discounting (STAGE-14) and, before a hearing,
// HR's review (STAGE-17).
func (n *nexts) formalDuties(m Meeting, owner Party) {
	s := n.s
	if m.Step == StepAppeal || !m.Held.IsZero() {
		return
	}
	d := s.disability()
	if d.Raised() && s.hr().Discounting.Before(m.Due) {
		a := Action{Who: owner, Kind: HRNotified, Rule: ruleDiscounting,
			What: fmt.Sprintf("check with HR Employee Relations whether any absences should be discounted as disability-related before the %s (a disability was raised on %s; hr-er-notified, topic disability-discounting)", m.Step, d.since())}
		if !m.Invited.IsZero() {
			a.By = m.Slot.Date
		}
		n.add(a)
	}
	if (m.Step == StepStage3 || m.Step == StepIllHealth) && s.hr().Reviewed.Before(m.Due) {
		a := Action{Who: PartyHR, Kind: HRReviewed, Rule: ruleHRReview,
			What: "review the case with the presenting manager: that the procedure was followed and that it is reasonable to proceed to the " + m.Step.String()}
		if !m.Invited.IsZero() {
			a.By = m.Slot.Date
		}
		n.add(a)
	}
}

// deliberationStep lists the record the panel still owes before deciding at
// the final review hearing m (STAGE-18).
func (n *nexts) deliberationStep(m Meeting) {
	_, summary := n.s.missing(m)
	if len(summary) == 0 {
		return
	}
	n.add(Action{Who: PartyChair, Kind: DeliberationRecorded, Step: m.Step, By: n.p.DecisionLetterBy(m.Held), Rule: ruleDeliberation,
		What: "record what the panel considered; a dismissal is refused without: " + strings.Join(summary, "; ")})
}

// stage3File lists the stage 3 outcome, minutes and action plans still to
// keep on file after the last final review hearing decided (STAGE-18,
// SAP 1.5.1).
func (n *nexts) stage3File() {
	for i := len(n.s.Meetings) - 1; i >= 0; i-- {
		m := n.s.Meetings[i]
		if m.Step != StepStage3 {
			continue
		}
		if m.Decision != DecisionDismiss && m.Decision != DecisionNotDismiss {
			return
		}
		var d Deliberation
		if m.Deliberation != nil {
			d = *m.Deliberation
		}
		var miss []string
		for _, x := range []struct {
			ref, what string
			need      bool
		}{{d.Outcome, "outcome", true}, {d.Minutes, "minutes", true}, {d.ActionPlan, "action plans", m.Decision == DecisionNotDismiss}} {
			if x.need && x.ref == "" {
				miss = append(miss, x.what)
			}
		}
		if len(miss) > 0 {
			n.add(Action{Who: PartyChair, Kind: DeliberationRecorded, Step: m.Step, Rule: ruleStage3File,
				What: fmt.Sprintf("keep the stage 3 %s of the hearing of %s on file, and record their references", andList(miss), m.Held)})
		}
		return
	}
}

// andList joins items as "a, b and c".
func andList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
