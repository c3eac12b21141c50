package stages

import (
	"fmt"
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// A Party is who must act on a next step. Text codes are in parentheses.
type Party uint8

// The parties.
const (
	PartyNone              Party = iota // ("")
	PartyLineManager                    // the employee's line manager, who holds stage 1 and 2 ("line-manager")
	PartyPresentingManager              // the manager presenting the management case at stage 3 ("presenting-manager")
	PartyHR                             // HR Employee Relations ("hr-employee-relations")
	PartyEmployee                       // the employee ("employee")
	PartyChair                          // the chair of the stage 3 (or ill-health retirement) panel, who has the authority to dismiss ("panel-chair")
	PartyAppealChair                    // the chair of the appeal panel ("appeal-chair")
	PartyDirectorOfHR                   // the Director of HR, who receives appeals ("director-of-hr")
	PartyManagementSide                 // the chair and HR representative of the final review hearing, who answer an appeal ("management-side")
	PartyOH                             // Occupational Health, the service the Trust refers to ("occupational-health")
	PartyRepresentative                 // the employee's trade union or staff side representative, or work colleague ("representative")
	PartyHiringManager                  // the manager of a vacancy the employee is matched to on the redeployment register (§5.6.3) ("hiring-manager")

	numParties
)

var partyCodes = [numParties]string{"", "line-manager", "presenting-manager", "hr-employee-relations", "employee",
	"panel-chair", "appeal-chair", "director-of-hr", "management-side", "occupational-health", "representative", "hiring-manager"}

var partyNames = [numParties]string{"no one", "line manager", "presenting manager", "HR Employee Relations", "employee",
	"panel chair", "appeal chair", "Director of HR", "management side", "Occupational Health", "employee's representative", "hiring manager"}

// String describes the party, e.g. "line manager".
func (p Party) String() string { return codeOf(p, partyNames[:], "Party") }

// MarshalText implements encoding.TextMarshaler with the party's code.
func (p Party) MarshalText() ([]byte, error) { return marshalCode(p, partyCodes[:], "Party") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Party) UnmarshalText(b []byte) error { return unmarshalCode(p, b, partyCodes[:], "Party") }

// An Action is one thing due in a case: what, by whom, from and by when, and
// why. A host lists a case's actions on a dashboard.
type Action struct {
	What string `json:"what"` // the action in words, for a dashboard or a letter
	Who  Party  `json:"who"`  // who must act
	// Kind is the event that records the action as done; zero when the
	// action is a reminder with no event of its own.
	Kind Kind `json:"kind,omitempty"`
	Step Step `json:"step,omitempty"` // the formal step the action belongs to, if any
	// From is the first day the action may be taken; zero if any time.
	From absence.Date `json:"from,omitempty"`
	// By is the deadline; zero when the policy sets none.
	By absence.Date `json:"by,omitempty"`
	// Soon: due as soon as practicable (or possible), with no set date.
	Soon bool `json:"soon,omitempty"`
	// Overdue: the deadline has passed on the date asked about.
	Overdue bool `json:"overdue,omitempty"`
	// Optional: the party may choose not to act (the employee's case, an
	// appeal, progressing on long-term absence).
	Optional bool         `json:"optional,omitempty"`
	Rule     absence.Rule `json:"rule"` // the rule that requires it, with its clause
}

// String returns the action in one line, e.g.
//
//	OVERDUE by 2026-07-06 presenting manager: submit the management case to the employee and the panel — STAGE-3 (…)
func (a Action) String() string {
	var b strings.Builder
	if a.Overdue {
		b.WriteString("OVERDUE ")
	}
	switch {
	case !a.By.IsZero():
		b.WriteString("by " + a.By.String() + " ")
	case a.Soon:
		b.WriteString("as soon as practicable ")
	}
	if !a.From.IsZero() {
		b.WriteString("from " + a.From.String() + " ")
	}
	b.WriteString(a.Who.String())
	b.WriteString(": ")
	b.WriteString(a.What)
	if a.Optional {
		b.WriteString(" (optional)")
	}
	b.WriteString(" — ")
	b.WriteString(a.Rule.String())
	return b.String()
}

// NextSteps returns what is due in the case as of asOf: each action with who
// must take it, from and by when, and the rule that requires it, with overdue
// actions marked. Actions with a deadline come first, earliest first.
//
// m is optional: with a Monitor, NextSteps also reports a trigger activated
// after the stage in effect took effect (to be recorded with
// TriggerActivated; see [Progress]) and long-term absence that is ongoing. An
// error comes only from an invalid policy or from m.
func (s State) NextSteps(asOf absence.Date, p Policy, m Monitor) ([]Action, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if m != nil {
		if err := sameLapse(p, m); err != nil {
			return nil, err
		}
	}
	n := &nexts{s: s, p: p}
	n.letters()
	n.applicationSteps()
	if !s.Final && s.Resignation == nil {
		n.dismissal()
		if cur, ok := s.Current(); ok {
			if err := n.current(cur, asOf, m); err != nil {
				return nil, err
			}
		} else if !s.Dismissed {
			if err := n.monitor(asOf, m); err != nil {
				return nil, err
			}
		}
		n.register()
		n.duties(asOf)
		if !s.TerminalDiagnosis.IsZero() {
			n.add(Action{Who: PartyHR, Rule: ruleTerminal,
				What: fmt.Sprintf("support the employee after the terminal diagnosis recorded on %s; any step towards dismissal needs an explicit override", s.TerminalDiagnosis)})
		}
	}
	for i := range n.out {
		if a := &n.out[i]; !a.By.IsZero() && asOf.After(a.By) {
			a.Overdue = true
		}
	}
	slices.SortStableFunc(n.out, func(a, b Action) int {
		switch {
		case a.By.IsZero() && b.By.IsZero():
			return 0
		case a.By.IsZero():
			return 1
		case b.By.IsZero():
			return -1
		}
		return a.By.Compare(b.By)
	})
	return n.out, nil
}

// nexts builds a list of actions.
type nexts struct {
	s   State
	p   Policy
	out []Action
}

func (n *nexts) add(a Action) { n.out = append(n.out, a) }

// since reports whether d is after the stage in effect took effect.
func (n *nexts) since(d absence.Date) bool {
	return !d.IsZero() && (n.s.Since.IsZero() || d.After(n.s.Since))
}

// letters lists outcome and termination letters still to send.
func (n *nexts) letters() {
	for _, m := range n.s.Meetings {
		if !m.Concluded() || !m.Superseded.IsZero() || !m.Letter.IsZero() {
			continue
		}
		a := Action{Kind: OutcomeLetterSent, Step: m.Step, Rule: stageRule(m.Step)}
		switch {
		case m.Step == StepStage1:
			a.Who = PartyLineManager
			a.What = fmt.Sprintf("confirm the outcome of the stage 1 meeting of %s in writing, with the improvement target: no further trigger, or stage 2 may follow", m.Held)
		case m.Step == StepStage2:
			a.Who = PartyLineManager
			a.What = fmt.Sprintf("confirm the outcome of the stage 2 meeting of %s in writing: failure to improve may lead to termination of employment", m.Held)
		case m.Decision == DecisionDismiss:
			a.Who, a.Kind, a.Rule = PartyChair, TerminationLetterSent, ruleStage3Letter
			a.By = n.p.DecisionLetterBy(m.Held)
			a.What = fmt.Sprintf("send the termination letter: the reasons for dismissal on the grounds of %s, the notice, and the right of appeal within %s", m.Grounds, plural(n.p.AppealDays, "day"))
			if m.Step == StepIllHealth {
				a.What += "; accrued but untaken annual leave for the current leave year is paid"
			}
		case m.Decision == DecisionNotDismiss:
			a.Who, a.Rule = PartyChair, ruleStage3Letter
			a.By = n.p.DecisionLetterBy(m.Held)
			a.What = "confirm in writing that the employee is not dismissed and returns to stage 2 with all its triggers"
		case m.Step == StepAppeal:
			a.Who, a.Rule = PartyAppealChair, ruleAppealHearing
			a.By = n.p.AppealDecisionBy(m.Held)
			a.What = "confirm the appeal decision in writing: the dismissal is " + map[Decision]string{DecisionUpheld: "upheld", DecisionOverturned: "overturned"}[m.Decision]
		default:
			continue
		}
		n.add(a)
	}
}

// dismissal lists the appeal window after a termination letter.
func (n *nexts) dismissal() {
	if !n.s.Dismissed || len(n.s.Meetings) == 0 {
		return
	}
	last := n.s.Meetings[len(n.s.Meetings)-1]
	if last.Decision != DecisionDismiss || last.Letter.IsZero() {
		return
	}
	n.add(Action{Who: PartyEmployee, Kind: AppealLodged, Optional: true, Rule: ruleAppeal, By: n.p.AppealBy(last.Letter),
		What: "appeal in writing, with full grounds, to the Director of HR"})
}

// current lists what the step under way needs. With a monitor, a stage 1
// meeting not yet arranged is due as soon as practicable while a long-term
// absence is ongoing (SAP 1.3 NB), even if it was another trigger that made
// it due.
func (n *nexts) current(m Meeting, asOf absence.Date, mon Monitor) error {
	if m.Step == StepStage1 && m.Invited.IsZero() && !m.Soon && mon != nil {
		_, ok, err := mon.Ongoing(asOf)
		if err != nil {
			return err
		}
		m.Soon = ok
	}
	rule := stageRule(m.Step)
	owner := PartyLineManager
	switch m.Step {
	case StepStage3, StepIllHealth:
		owner = PartyPresentingManager
	case StepAppeal:
		owner = PartyDirectorOfHR
	default:
		// stages 1 and 2: the line manager
	}
	slot := m.Slot.Date
	n.formalDuties(m, owner)

	// Prerequisites before the meeting.
	switch m.Step {
	case StepStage2:
		if !n.since(n.s.HRNotified) {
			n.add(Action{Who: PartyLineManager, Kind: HRNotified, Rule: ruleStage2, By: slot,
				What: "notify HR Employee Relations in advance of the stage 2 meeting"})
		}
		if !n.since(n.s.OH.Referred) {
			n.add(Action{Who: PartyLineManager, Kind: OHReferralMade, Rule: ruleStage2, By: slot,
				What: "refer the employee to Occupational Health to review whether the absences are linked by an underlying illness"})
		}
	case StepStage3, StepIllHealth:
		if !n.since(n.s.HRNotified) {
			n.add(Action{Who: owner, Kind: HRNotified, Rule: ruleStage3,
				What: "seek advice from HR Employee Relations, who review the case before a hearing that may end in termination is convened"})
		}
		if m.Held.IsZero() && !n.since(n.s.OH.Reported) && !n.since(n.s.OH.Failed) {
			a := Action{Who: owner, Kind: OHReportReceived, Rule: ruleStage3OH, By: slot,
				What: "obtain an updated Occupational Health opinion taking the new absences into account (needed before any dismissal)"}
			if !n.since(n.s.OH.Referred) {
				a.Kind, a.What = OHReferralMade, "refer the employee to Occupational Health for an updated opinion taking the new absences into account (needed before any dismissal)"
			}
			n.add(a)
		}
	default:
		// stage 1 and the appeal have no prerequisites
	}

	switch {
	case m.Invited.IsZero():
		a := Action{Who: owner, Kind: InvitationSent, Step: m.Step, From: m.Due, Rule: rule}
		switch m.Step {
		case StepStage1:
			a.What = fmt.Sprintf("invite the employee in writing to a stage 1 review meeting (%s), with the right to be accompanied and at least %s unless they waive it", reason(m), daysNotice(n.p.NoticeDays))
			if m.Soon {
				a.Soon, a.Rule = true, ruleStage1Soon
			}
		case StepStage2:
			a.What = fmt.Sprintf("invite the employee in writing to a stage 2 review meeting (%s), with the right to be accompanied and at least %s; a second manager attends", reason(m), daysNotice(n.p.NoticeDays))
		case StepStage3:
			a.What = fmt.Sprintf("invite the employee to a stage 3 final review hearing (%s): termination of employment is being considered; the hearing continues if they do not attend without mitigation", reason(m))
		case StepIllHealth:
			a.What = "invite the employee to the formal meeting that replaces the final review hearing (ill-health retirement); their representative may attend for them"
		case StepAppeal:
			a.What = "convene the appeal hearing with a panel under App 13 and invite the employee"
		default:
			// no other step is ever under way
		}
		n.add(a)
		return nil
	case m.AwaitingNewDate:
		n.add(Action{Who: owner, Kind: MeetingRearranged, Step: m.Step, Soon: true, Rule: ruleNonAttendance,
			What: fmt.Sprintf("re-arrange the %s: the employee did not attend on %s", m.Step, slot)})
		return nil
	case !m.Held.IsZero():
		if m.Decision == Undecided {
			what := "decide whether to dismiss (on the grounds of capability due to ill health, or SOSR) or not; the decision is made on the day wherever possible"
			if m.Step == StepIllHealth {
				what = "decide on termination on the grounds of capability due to ill health; the Trust does not wait for the pensions decision"
			}
			if !n.since(n.s.OH.Reported) && !n.since(n.s.OH.Failed) {
				what += "; no OH or specialist advice is recorded, so dismissal is not yet possible"
			}
			n.add(Action{Who: PartyChair, Step: m.Step, By: n.p.DecisionLetterBy(m.Held), Rule: rule, What: what})
			n.deliberationStep(m)
		}
		return nil
	}

	// Invited and arranged.
	d := m.Deadlines(n.p)
	switch m.Step {
	case StepStage1:
		if !d.EarliestMeeting.IsZero() && m.Original.Before(d.EarliestMeeting) {
			n.add(Action{Who: PartyLineManager, Kind: NoticeWaived, Step: m.Step, By: slot, Rule: ruleStage1,
				What: fmt.Sprintf("the meeting gives less than %s: record the employee's waiver, or re-arrange it to %s or later", daysNotice(n.p.NoticeDays), d.EarliestMeeting)})
		}
	case StepStage3:
		switch {
		case m.ManagementCase.IsZero():
			n.add(Action{Who: PartyPresentingManager, Kind: CaseSubmitted, By: d.ManagementCase, Rule: ruleStage3Case,
				What: "submit the management case to the employee and the panel"})
		case m.ManagementCase.After(d.ManagementCase):
			n.add(Action{Who: PartyPresentingManager, Kind: MeetingRearranged, Step: m.Step, By: slot, Rule: ruleStage3Case,
				What: fmt.Sprintf("re-arrange the hearing to %s or later: the management case was submitted fewer than %s before it", m.ManagementCase.AddDays(n.p.ManagementCaseDays), plural(n.p.ManagementCaseDays, "day"))})
		}
		if m.EmployeeCase.IsZero() {
			n.add(Action{Who: PartyEmployee, Kind: CaseSubmitted, By: d.EmployeeCase, Optional: true, Rule: ruleStage3Case,
				What: "submit their case to the chair of the panel"})
		}
	case StepAppeal:
		switch {
		case m.ManagementCase.IsZero():
			n.add(Action{Who: PartyManagementSide, Kind: AppealResponseSubmitted, By: d.AppealResponse, Rule: ruleAppealHearing,
				What: "submit the written response to the appeal to the chair of the appeal panel"})
		case m.ManagementCase.After(d.AppealResponse):
			n.add(Action{Who: PartyDirectorOfHR, Kind: MeetingRearranged, Step: m.Step, By: slot, Rule: ruleAppealHearing,
				What: fmt.Sprintf("re-arrange the appeal hearing: the management response came fewer than %s before it", plural(n.p.AppealResponseBusinessDays, "business day"))})
		}
	default:
		// stage 2 and the ill-health meeting: only the meeting itself
	}
	held := map[Step]Kind{StepStage1: MeetingHeld, StepStage2: MeetingHeld, StepStage3: HearingHeld, StepIllHealth: MeetingHeld}[m.Step]
	chair := map[Step]Party{StepStage1: PartyLineManager, StepStage2: PartyLineManager, StepStage3: PartyChair, StepIllHealth: PartyChair, StepAppeal: PartyAppealChair}[m.Step]
	n.add(Action{Who: chair, Kind: held, Step: m.Step, From: slot, By: slot, Rule: rule,
		What: "hold the " + m.Step.String() + " on " + slot.LongDate() + at(m.Slot)})
	return nil
}

// monitor lists what follows when no step is under way.
func (n *nexts) monitor(asOf absence.Date, m Monitor) error {
	s := n.s
	next := s.Stage.next()
	rule := stageRule(next)
	if m != nil {
		a, linked, ok, err := firstActivation(s, n.p, m, asOf)
		if err != nil {
			return err
		}
		if ok && linked {
			n.add(Action{Who: PartyLineManager, Kind: TriggerActivated, From: a.Date, Rule: ruleUnderlying,
				What: fmt.Sprintf("%s activated on %s through absences linked to the underlying condition (OH advice of %s): record it as linked; on the continuing-absence route it does not by itself make the %s due, and HR advice comes before any formal meeting",
					strings.Join(a.Triggers, ", "), a.Date, s.underlying().Since, next)})
			return nil
		}
		if ok {
			n.add(Action{Who: PartyLineManager, Kind: TriggerActivated, From: a.Date, Rule: rule,
				What: fmt.Sprintf("%s activated on %s: record it; the %s is due", strings.Join(a.Triggers, ", "), a.Date, next)})
			return nil
		}
		if s.Stage > NoStage {
			lt, ok, err := m.Ongoing(asOf)
			if err != nil {
				return err
			}
			if ok {
				n.add(Action{Who: PartyLineManager, Kind: LongTermOngoing, Optional: true, Rule: ruleLongTerm,
					What: fmt.Sprintf("long-term absence ongoing since %s: consider progressing to the %s, taking reasonable timeframes for recovery into account", lt.Start, next)})
			}
		}
	}
	what := "monitor attendance against the trigger points"
	if s.Stage > NoStage {
		what = fmt.Sprintf("monitor attendance: a trigger activated after %s leads to the %s", s.Since, next)
		if n.p.LapseMonths > 0 {
			what += fmt.Sprintf(" (the stage lapses on %s without one)", s.Since.AddMonths(n.p.LapseMonths).AddDays(1))
		}
	}
	n.add(Action{Who: PartyLineManager, Kind: TriggerActivated, Rule: rule, What: what})
	return nil
}

// register lists the end of a stay on the redeployment register.
func (n *nexts) register() {
	r := n.s.Redeployment
	if !r.On() {
		return
	}
	ends := n.p.RedeploymentEnds(r.Start)
	n.add(Action{Who: PartyHR, Kind: RedeploymentEnded, From: ends.Start, By: ends.End, Rule: ruleRedeployment,
		What: fmt.Sprintf("end the redeployment register (started %s): with no suitable post by %s, a stage 3 hearing follows", r.Start, ends.End)})
}

// reason says why a step became due, for an action.
func reason(m Meeting) string {
	switch m.Route {
	case RouteTrigger:
		return strings.Join(m.Triggers, ", ") + " activated on " + m.Due.String()
	case RouteLongTerm:
		return "long-term absence ongoing"
	case RouteRedeployment:
		return "no suitable post found on the redeployment register"
	default:
		return "due since " + m.Due.String()
	}
}

// at formats the time and place of a slot, if known.
func at(s Slot) string {
	out := ""
	if s.Time != "" {
		out += " at " + s.Time
	}
	if s.Place != "" {
		out += ", " + s.Place
	}
	return out
}
