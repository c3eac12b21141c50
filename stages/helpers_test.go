package stages_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// day parses a date in a test table; a typo panics at once.
func day(s string) absence.Date {
	v, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// slot is a meeting slot on date s at 10:00 in the HR meeting room.
func slot(s string) *stages.Slot {
	return &stages.Slot{Date: day(s), Time: "10:00", Place: "HR meeting room 2"}
}

func trigger(date string, ids ...string) stages.Event {
	if len(ids) == 0 {
		ids = []string{"TRIG-1"}
	}
	return stages.Event{Kind: stages.TriggerActivated, Date: day(date), Triggers: ids}
}

func invite(date string, st stages.Step, meeting string) stages.Event {
	return stages.Event{Kind: stages.InvitationSent, Date: day(date), Step: st, Slot: slot(meeting)}
}

func held(date string, st stages.Step, p *stages.Panel) stages.Event {
	return stages.Event{Kind: stages.MeetingHeld, Date: day(date), Step: st, Panel: p}
}

func letter(date string, st stages.Step) stages.Event {
	return stages.Event{Kind: stages.OutcomeLetterSent, Date: day(date), Step: st}
}

func simple(k stages.Kind, date string) stages.Event { return stages.Event{Kind: k, Date: day(date)} }

func submitted(date string, side stages.Side) stages.Event {
	return stages.Event{Kind: stages.CaseSubmitted, Date: day(date), Side: side}
}

func hearing(date string) stages.Event {
	return stages.Event{Kind: stages.HearingHeld, Date: day(date), Panel: stage3Panel()}
}

// dismissed is a decision to dismiss with the full record of the panel's
// deliberation (STAGE-18).
func dismissed(date string) stages.Event {
	return stages.Event{Kind: stages.Dismissed, Date: day(date), Grounds: stages.Capability, Deliberation: fullDeliberation()}
}

// fullDeliberation records every matter of SAP 1.5, every alternative to
// dismissal and how the notes were kept.
func fullDeliberation() *stages.Deliberation {
	d := &stages.Deliberation{Notes: &stages.HearingNotes{Kind: stages.NotesNoteTaker, Reference: "notes-1"}, Outcome: "outcome-1", Minutes: "minutes-1"}
	for i, m := range stages.Matters() {
		d.Matters = append(d.Matters, stages.Consideration{Matter: m, Evidence: fmt.Sprintf("bundle p.%d", i+1)})
	}
	outcomes := []stages.AlternativeOutcome{stages.OutcomeTried, stages.OutcomeNotEffective, stages.OutcomeNotPracticable,
		stages.OutcomeNoPost, stages.OutcomeNotApplied}
	for i, a := range stages.Alternatives() {
		d.Alternatives = append(d.Alternatives, stages.AlternativeConsidered{Alternative: a, Outcome: outcomes[i]})
	}
	return d
}

func appealHeard(k stages.Kind, date string) stages.Event {
	return stages.Event{Kind: k, Date: day(date), Panel: appealPanel()}
}

func stage2Panel() *stages.Panel {
	return &stages.Panel{Members: []stages.Member{
		{Role: stages.LineManager, Band: stages.Band6, Chair: true},
		{Role: stages.OtherManager, Band: stages.Band6},
	}}
}

func stage3Panel() *stages.Panel {
	return &stages.Panel{Members: []stages.Member{
		{Role: stages.SeniorManager, Band: stages.Band8a, Chair: true},
		{Role: stages.OtherManager, Band: stages.Band7},
		{Role: stages.HRRepresentative, Band: stages.Band7},
		{Role: stages.LineManager, Band: stages.Band6, Presenting: true},
		{Role: stages.HRRepresentative, Band: stages.Band6, Presenting: true, PreviouslyInvolved: true},
	}}
}

func appealPanel() *stages.Panel {
	return &stages.Panel{Members: []stages.Member{
		{Role: stages.AssociateDirector, Band: stages.Band8c, Chair: true},
		{Role: stages.ExecutiveDirector, Band: stages.VerySenior},
		{Role: stages.HRRepresentative, Band: stages.Band8a},
	}}
}

func illHealthPanel() *stages.Panel {
	return &stages.Panel{Members: []stages.Member{
		{Role: stages.SeniorManager, Band: stages.Band8b, Chair: true},
		{Role: stages.HRRepresentative, Band: stages.Band7},
		{Role: stages.LineManager, Band: stages.Band6, Presenting: true},
	}}
}

// Prefixes of the standard case, each ending at a point the tests build on.

// toStage1 ends with the stage 1 meeting of Wednesday 2026-01-21 held.
func toStage1() []stages.Event {
	return []stages.Event{
		trigger("2026-01-12"),
		invite("2026-01-13", stages.StepStage1, "2026-01-21"),
		held("2026-01-21", stages.StepStage1, nil),
		letter("2026-01-23", stages.StepStage1),
	}
}

// toStage2 ends with the stage 2 meeting of Monday 2026-03-23 held.
func toStage2() []stages.Event {
	return append(toStage1(),
		trigger("2026-03-09", "TRIG-2", "TRIG-4"),
		simple(stages.HRNotified, "2026-03-10"),
		simple(stages.OHReferralMade, "2026-03-10"),
		invite("2026-03-11", stages.StepStage2, "2026-03-23"),
		held("2026-03-23", stages.StepStage2, stage2Panel()),
		letter("2026-03-25", stages.StepStage2),
	)
}

// toStage3Invited ends with the invitation to the hearing of Monday
// 2026-07-20 (worked example 9) after a trigger on 2026-06-29, HR having
// reviewed the case (STAGE-17).
func toStage3Invited() []stages.Event {
	return append(toStage2(),
		trigger("2026-06-29"),
		simple(stages.HRReviewed, "2026-06-30"),
		simple(stages.OHReferralMade, "2026-06-30"),
		invite("2026-07-01", stages.StepStage3, "2026-07-20"),
	)
}

// toHearing ends with the final review hearing of 2026-07-20 held, the cases
// and an OH report in.
func toHearing() []stages.Event {
	return append(toStage3Invited(),
		submitted("2026-07-06", stages.ManagementSide),
		simple(stages.OHReportReceived, "2026-07-10"),
		submitted("2026-07-15", stages.EmployeeSide),
		hearing("2026-07-20"),
	)
}

// toDismissed ends with the termination letter of 2026-07-22 (worked
// example 9).
func toDismissed() []stages.Event {
	return append(toHearing(),
		dismissed("2026-07-20"),
		stages.Event{Kind: stages.TerminationLetterSent, Date: day("2026-07-22"), Notice: &stages.Notice{Weeks: 4, PayInLieu: true}},
	)
}

// toAppealInvited ends with the invitation to the appeal hearing of
// Wednesday 2026-09-09 (worked example 9).
func toAppealInvited() []stages.Event {
	return append(toDismissed(),
		simple(stages.AppealLodged, "2026-08-05"),
		invite("2026-08-10", stages.StepAppeal, "2026-09-09"),
	)
}

// with returns a copy of prefix followed by more.
func with(prefix []stages.Event, more ...stages.Event) []stages.Event {
	return append(append([]stages.Event(nil), prefix...), more...)
}

func mustReplay(t testing.TB, p stages.Policy, events []stages.Event) stages.State {
	t.Helper()
	s, err := stages.Replay(events, p)
	if err != nil {
		t.Fatalf("Replay: %v", err)
	}
	return s
}

// rejected replays events, expecting the last one to be rejected with class
// want by rule ruleID.
func rejected(t testing.TB, p stages.Policy, events []stages.Event, want stages.Error, ruleID string) {
	t.Helper()
	_ = rejectedErr(t, p, events, want, ruleID)
}

// rejectedErr is rejected, returning the error.
func rejectedErr(t testing.TB, p stages.Policy, events []stages.Event, want stages.Error, ruleID string) *stages.EventError {
	t.Helper()
	before, err := stages.Replay(events[:len(events)-1], p)
	if err != nil {
		t.Fatalf("the events before the last are rejected: %v", err)
	}
	s, err := stages.Replay(events, p)
	var ee *stages.EventError
	if !errors.As(err, &ee) {
		t.Fatalf("Replay: got %v, want an *EventError", err)
	}
	if !errors.Is(err, want) {
		t.Errorf("error class: got %v, want %q", err, want)
	}
	if ee.Rule.ID != ruleID {
		t.Errorf("rule: got %q, want %q (%v)", ee.Rule.ID, ruleID, err)
	}
	if last := len(events) - 1; ee.Index != last || ee.Date != events[last].Date || ee.Kind != events[last].Kind {
		t.Errorf("event: got index %d %s %s, want %d %s %s", ee.Index, ee.Kind, ee.Date, last, events[last].Kind, events[last].Date)
	}
	if s.Events != before.Events {
		t.Errorf("Replay returned a state after %d events, want the state before the rejected one (%d)", s.Events, before.Events)
	}
	return ee
}

// hasFinding reports whether the state holds a finding for rule id whose text
// contains sub.
func hasFinding(s stages.State, id, sub string) bool {
	for _, f := range s.Findings {
		if f.Rule.ID == id && strings.Contains(f.Text, sub) {
			return true
		}
	}
	return false
}

// delegatedPanel is a stage 3 panel chaired by a manager below the App 13
// table on the Chief Executive's written permission (STAGE-19).
func delegatedPanel(permitted string) *stages.Panel {
	p := stage3Panel()
	p.Members[0] = stages.Member{Role: stages.OtherManager, Band: stages.Band8a, Chair: true}
	p.Delegation = &stages.Delegation{Permitted: day(permitted), Reference: "CE-2026-04"}
	return p
}

// dutiesJourney is a case that records every duty: the informal stage,
// agreed contact, a disability, an OH referral with its appointments and
// report, the manager's answers, a case conference, the plan's trigger
// thresholds and discounts, and a stage 3 dismissal with its deliberation
// and a delegated chair.
func dutiesJourney() []stages.Event {
	hearingHeld := stages.Event{Kind: stages.HearingHeld, Date: day("2026-06-22"), Panel: delegatedPanel("2026-06-01")}
	return []stages.Event{
		{Kind: stages.InformalDiscussion, Date: day("2026-01-05"), Informal: &stages.Informal{Goals: []stages.Goal{stages.GoalAttendance}, Review: day("2026-02-05")}},
		{Kind: stages.ContactAgreed, Date: day("2026-01-06"), ContactDays: 7},
		simple(stages.DisabilityDeclared, "2026-01-07"),
		{Kind: stages.OHReferralMade, Date: day("2026-01-08"), Referral: &stages.Referral{Ground: stages.GroundEarlyIntervention,
			Explained: true, CopyGiven: true, Release: stages.ConsentGiven, PreCall: stages.ConsentGiven,
			Questions: []stages.Question{stages.QuestionAdjustments, stages.QuestionUnderlying}}},
		{Kind: stages.OHAppointment, Date: day("2026-01-12"), Appointment: &stages.Appointment{Date: day("2026-01-15"), Outcome: stages.AppointmentBooked}},
		{Kind: stages.OHAppointment, Date: day("2026-01-15"), Appointment: &stages.Appointment{Date: day("2026-01-15"), Outcome: stages.AppointmentAttended}},
		{Kind: stages.OHReportReceived, Date: day("2026-01-20"), Report: &stages.OHReport{Fitness: stages.FitWithAdjustments,
			Underlying: stages.No, EqualityAct: stages.Yes, Prognosis: stages.ReturnExpected, PrognosisWeeks: 6,
			Recommendations: []stages.Recommendation{{ID: "R1", Kind: stages.AdjustPhasedReturn}, {Kind: stages.AdjustWorkingHours}},
			Review:          day("2026-03-20")}},
		{Kind: stages.DisabilityAssessed, Date: day("2026-01-22"), Disability: &stages.DisabilityAssessment{Likely: stages.Yes, HRAdvice: day("2026-01-21"), OHAdvice: day("2026-01-20")}},
		{Kind: stages.AdjustmentRecorded, Date: day("2026-01-23"), Adjustment: &stages.Adjustment{ID: "R1", Decision: stages.Agreed, Start: day("2026-01-26"), Review: day("2026-02-23")}},
		{Kind: stages.AdjustmentRecorded, Date: day("2026-01-23"), Adjustment: &stages.Adjustment{ID: "2026-01-20/2", Decision: stages.Declined, Factor: stages.FactorServiceNeeds}},
		{Kind: stages.AdjustmentRecorded, Date: day("2026-01-23"), Adjustment: &stages.Adjustment{ID: "T1", Kind: stages.AdjustTriggerThresholds,
			ProposedBy: stages.PartyLineManager, Decision: stages.Agreed, Thresholds: &triggers.Adjustment{TRIG1: 3}}},
		{Kind: stages.CaseConferenceRequested, Date: day("2026-01-26"), Conference: &stages.Conference{RequestedBy: stages.PartyLineManager}},
		{Kind: stages.CaseConferenceHeld, Date: day("2026-02-02"), Conference: &stages.Conference{PreMeeting: &stages.PreMeeting{Date: day("2026-01-30")},
			Attendees: []stages.Party{stages.PartyLineManager, stages.PartyHR, stages.PartyOH, stages.PartyEmployee},
			Actions:   []stages.CaseAction{{ID: "C1", Kind: stages.ActionRiskAssess, Owner: stages.PartyLineManager, By: day("2026-02-16")}}, MinutesCopied: true}},
		{Kind: stages.ActionCompleted, Date: day("2026-02-10"), ActionID: "C1"},
		trigger("2026-02-16"),
		{Kind: stages.HRNotified, Date: day("2026-02-17"), Topic: stages.TopicDisabilityDiscounting},
		{Kind: stages.AdjustmentRecorded, Date: day("2026-02-17"), Adjustment: &stages.Adjustment{ID: "D1", Kind: stages.AdjustDiscountAbsences,
			ProposedBy: stages.PartyHR, Decision: stages.Agreed, Absences: []absence.Period{{Start: day("2026-02-02"), End: day("2026-02-03")}}}},
		invite("2026-02-18", stages.StepStage1, "2026-02-26"),
		held("2026-02-26", stages.StepStage1, nil),
		letter("2026-02-27", stages.StepStage1),
		trigger("2026-04-06"),
		simple(stages.HRNotified, "2026-04-07"),
		simple(stages.OHReferralMade, "2026-04-07"),
		invite("2026-04-08", stages.StepStage2, "2026-04-20"),
		held("2026-04-20", stages.StepStage2, stage2Panel()),
		letter("2026-04-22", stages.StepStage2),
		trigger("2026-06-01"),
		simple(stages.HRReviewed, "2026-06-02"),
		invite("2026-06-03", stages.StepStage3, "2026-06-22"),
		submitted("2026-06-05", stages.ManagementSide),
		simple(stages.OHReportReceived, "2026-06-10"),
		hearingHeld,
		{Kind: stages.DeliberationRecorded, Date: day("2026-06-22"), Deliberation: fullDeliberation()},
		{Kind: stages.Dismissed, Date: day("2026-06-22"), Grounds: stages.Capability},
		{Kind: stages.TerminationLetterSent, Date: day("2026-06-24"), Notice: &stages.Notice{Weeks: 4}},
		{Kind: stages.DeliberationRecorded, Date: day("2026-06-25"), Deliberation: &stages.Deliberation{Outcome: "O-1", Minutes: "M-1"}},
	}
}
