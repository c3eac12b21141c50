package letters

import (
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// The rules the chronology's events relate to, besides those of the duties'
// records (stages.Records gives theirs).
var (
	ruleTriggerEvent  = absence.Rule{ID: "STAGE-0", Clause: "HR14 SAP 1.2–1.5"}
	ruleLongTerm      = absence.Rule{ID: "STAGE-1", Clause: "HR14 App 1 (long-term absence ongoing), App 14"}
	ruleStage1        = absence.Rule{ID: "STAGE-1", Clause: "HR14 SAP 1.3"}
	ruleStage2        = absence.Rule{ID: "STAGE-2", Clause: "HR14 SAP 1.4"}
	ruleStage3        = absence.Rule{ID: "STAGE-3", Clause: "HR14 SAP 1.5, Conduct of Stage 3"}
	ruleNotDismissed  = absence.Rule{ID: "STAGE-4", Clause: "HR14 SAP 1.5.1"}
	ruleAppeal        = absence.Rule{ID: "STAGE-5", Clause: "HR14 Right of Appeal, Conduct of Appeal Hearing"}
	ruleIllHealth     = absence.Rule{ID: "STAGE-6", Clause: "HR14 SAP 1.5.2"}
	ruleRedeployment  = absence.Rule{ID: "STAGE-7", Clause: "HR14 §5.6.3"}
	ruleNonAttendance = absence.Rule{ID: "STAGE-9", Clause: "HR14 App 1"}
	ruleTerminal      = absence.Rule{ID: "STAGE-10", Clause: "HR14 SAP 1.5.3"}
	ruleOHFailed      = absence.Rule{ID: "STAGE-3", Clause: "HR14 SAP 1.5 (failure to attend or consent)"}
	ruleHRNotified    = absence.Rule{ID: "STAGE-2", Clause: "HR14 SAP 1.4, SAP 1.5"}
	ruleDeliberated   = absence.Rule{ID: "STAGE-18", Clause: "HR14 SAP 1.5"}
)

// stepRule is the rule of a formal step.
func stepRule(s stages.Step) absence.Rule {
	switch s {
	case stages.StepStage1:
		return ruleStage1
	case stages.StepStage2:
		return ruleStage2
	case stages.StepIllHealth:
		return ruleIllHealth
	case stages.StepAppeal:
		return ruleAppeal
	default:
		return ruleStage3
	}
}

// events returns one entry for each event of the case dated on or before
// the as-of date.
func (b *chronicler) events() []Entry {
	records := map[int]stages.Record{}
	for _, r := range stages.Records(b.c.Events) {
		records[r.Event] = r
	}
	var out []Entry
	decided := map[stages.Step]stages.Decision{}
	for i, e := range b.c.Events {
		if e.Date.After(b.o.AsOf) {
			break
		}
		rule, text := describeEvent(e, decided)
		if r, ok := records[i]; ok && text == "" {
			rule, text = r.Rule, r.Summary
		}
		if text == "" {
			rule, text = ruleTriggerEvent, e.Kind.String()
		}
		out = append(out, Entry{Date: e.Date, Kind: EntryEvent, Rule: rule, Text: text,
			Source: Source{Event: i + 1, EventID: idOf(e.ID), EventKind: e.Kind}})
	}
	return out
}

// describeEvent describes an event of the procedure; "" for the duties'
// records, which stages.Records summarises. decided keeps the latest
// decision of each step, for the letters that confirm them.
func describeEvent(e stages.Event, decided map[stages.Step]stages.Decision) (absence.Rule, string) {
	switch e.Kind {
	case stages.TriggerActivated:
		s := "trigger points recorded as reached: " + strings.Join(e.Triggers, ", ")
		if e.Linked {
			s += ", through absences linked to the underlying condition"
		}
		return ruleTriggerEvent, s
	case stages.LongTermOngoing:
		return ruleLongTerm, "long-term absence recorded as ongoing"
	case stages.InvitationSent:
		return stepRule(e.Step), "letter sent: invitation to the " + e.Step.String() + slotText(e.Slot) + " (" + invitationKind(e.Step).Code() + ")"
	case stages.NoticeWaived:
		return ruleStage1, "the employee waived the notice of the " + e.Step.String()
	case stages.MeetingRearranged:
		return stepRule(e.Step), "the " + e.Step.String() + " was re-arranged" + slotText(e.Slot) + " (" + strings.ReplaceAll(e.Rearrangement.String(), "-", " ") + ")"
	case stages.MeetingHeld:
		return stepRule(e.Step), "the " + e.Step.String() + " was held" + panelText(e.Panel) + attendanceText(e.Attendance, e.Step)
	case stages.MeetingNotAttended:
		s := "the employee did not attend the " + e.Step.String() + ", without a reasonable explanation"
		if e.Explained {
			s = "the employee did not attend the " + e.Step.String() + ", with a reasonable explanation given beforehand"
		}
		return ruleNonAttendance, s
	case stages.OHFailed:
		return ruleOHFailed, "the employee failed to let Occupational Health advise: " + strings.ReplaceAll(e.Failure.String(), "-", " ")
	case stages.OutcomeLetterSent:
		return stepRule(e.Step), "letter sent: outcome of the " + e.Step.String() + outcomeKind(e.Step, decided[e.Step])
	case stages.HRNotified:
		if e.Topic == stages.TopicGeneral {
			return ruleHRNotified, "HR Employee Relations notified"
		}
		return absence.Rule{}, "" // a duty's record
	case stages.CaseSubmitted:
		if e.Side == stages.EmployeeSide {
			return ruleStage3, "the employee's case for the final review hearing submitted"
		}
		return ruleStage3, "the management case for the final review hearing submitted"
	case stages.HearingHeld:
		return ruleStage3, "the stage 3 final review hearing was held" + panelText(e.Panel) + attendanceText(e.Attendance, stages.StepStage3)
	case stages.Dismissed:
		decided[stages.StepStage3] = stages.DecisionDismiss
		return ruleStage3, "decision: dismissal on the grounds of " + e.Grounds.String() + deliberationText(e.Deliberation, e.DeliberationOverride)
	case stages.NotDismissed:
		decided[stages.StepStage3] = stages.DecisionNotDismiss
		return ruleNotDismissed, "decision: dismissal is not justified; the employee returns to stage 2" + deliberationText(e.Deliberation, nil)
	case stages.DeliberationRecorded:
		return ruleDeliberated, "the panel recorded its deliberation" + deliberationText(e.Deliberation, nil)
	case stages.TerminationLetterSent:
		s := "letter sent: termination of employment, with the right of appeal (" + Dismissal.Code() + ")"
		if n := e.Notice; n != nil && n.Weeks > 0 {
			s += "; notice " + plural(n.Weeks, "week")
			if n.PayInLieu {
				s += ", paid in lieu"
			}
			if n.LastDay.IsValid() {
				s += "; last day of employment " + shortDate(n.LastDay)
			}
		}
		return ruleStage3, s
	case stages.AppealLodged:
		return ruleAppeal, "appeal against dismissal lodged in writing"
	case stages.AppealResponseSubmitted:
		return ruleAppeal, "management response to the appeal submitted"
	case stages.DismissalUpheld:
		decided[stages.StepAppeal] = stages.DecisionUpheld
		return ruleAppeal, "appeal heard: the dismissal is upheld" + panelText(e.Panel)
	case stages.DismissalOverturned:
		decided[stages.StepAppeal] = stages.DecisionOverturned
		return ruleAppeal, "appeal heard: the dismissal is overturned; the employee returns to stage 2" + panelText(e.Panel)
	case stages.RedeploymentStarted:
		return ruleRedeployment, "placed on the redeployment register"
	case stages.RedeploymentEnded:
		if e.Redeployed {
			return ruleRedeployment, "left the redeployment register: redeployed to a suitable post"
		}
		return ruleRedeployment, "left the redeployment register: no suitable alternative post was found"
	case stages.IllHealthRetirementPursued:
		return ruleIllHealth, "the employee is pursuing ill-health retirement"
	case stages.TerminalDiagnosisRecorded:
		return ruleTerminal, "a terminal diagnosis was recorded (no diagnosis is held)"
	default: // the duties' records
		return absence.Rule{}, ""
	}
}

// slotText writes when a meeting is arranged, e.g. " on Tue 17 Mar 2026 at
// 14:00"; the place is not listed.
func slotText(s *stages.Slot) string {
	if s == nil || !s.Date.IsValid() {
		return ""
	}
	out := " on " + shortDate(s.Date)
	if s.Time != "" && absence.QuoteID(s.Time) != "" {
		out += " at " + s.Time
	}
	return out
}

// panelText lists a panel's roles, e.g. ", panel: senior manager (chair),
// other manager, HR representative".
func panelText(p *stages.Panel) string {
	if p == nil || len(p.Members) == 0 {
		return ""
	}
	roles := make([]string, len(p.Members))
	for i, m := range p.Members {
		roles[i] = m.Role.String()
		switch {
		case m.Chair:
			roles[i] += " (chair)"
		case m.Presenting:
			roles[i] += " (presenting)"
		}
	}
	return "; panel: " + strings.Join(roles, ", ")
}

// attendanceText says who attended for the employee, when not in person.
func attendanceText(a stages.Attendance, st stages.Step) string {
	switch a {
	case stages.Represented:
		return "; the employee's representative attended for them"
	case stages.Absent:
		return "; the employee did not attend and it went ahead in their absence"
	default:
		return ""
	}
}

// deliberationText lists the matters and alternatives a panel recorded,
// by their codes, never the references to the evidence.
func deliberationText(d *stages.Deliberation, o *stages.DeliberationOverride) string {
	var s string
	if d != nil {
		if len(d.Matters) > 0 {
			ms := make([]string, len(d.Matters))
			for i, m := range d.Matters {
				ms[i] = m.Matter.Code()
			}
			s += "; matters considered: " + strings.Join(ms, ", ")
		}
		if len(d.Alternatives) > 0 {
			as := make([]string, len(d.Alternatives))
			for i, a := range d.Alternatives {
				as[i] = a.Alternative.Code() + " (" + a.Outcome.Code() + ")"
			}
			s += "; alternatives to dismissal: " + strings.Join(as, ", ")
		}
		if d.Notes != nil {
			s += "; notes: " + d.Notes.Kind.String()
		}
	}
	if o != nil {
		s += "; without the full record of the deliberation: " + o.Reason.String()
	}
	return s
}

// invitationKind is the letter inviting to a step.
func invitationKind(s stages.Step) Kind {
	switch s {
	case stages.StepStage1:
		return Stage1Invitation
	case stages.StepStage2:
		return Stage2Invitation
	case stages.StepIllHealth:
		return IllHealthInvitation
	case stages.StepAppeal:
		return AppealInvitation
	default:
		return HearingInvitation
	}
}

// outcomeKind names the letter confirming the outcome of a step, e.g. "
// (stage-1-outcome)"; "" when no kind of letter confirms it.
func outcomeKind(s stages.Step, d stages.Decision) string {
	var k Kind
	switch {
	case s == stages.StepStage1:
		k = Stage1Outcome
	case s == stages.StepStage2:
		k = Stage2Outcome
	case d == stages.DecisionNotDismiss:
		k = NotDismissed
	case d == stages.DecisionUpheld:
		k = AppealUpheld
	case d == stages.DecisionOverturned:
		k = AppealOverturned
	default:
		return ""
	}
	return " (" + k.Code() + ")"
}
