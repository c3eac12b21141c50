package stages_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
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

func dismissed(date string) stages.Event {
	return stages.Event{Kind: stages.Dismissed, Date: day(date), Grounds: stages.Capability}
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
// 2026-07-20 (worked example 9) after a trigger on 2026-06-29.
func toStage3Invited() []stages.Event {
	return append(toStage2(),
		trigger("2026-06-29"),
		simple(stages.HRNotified, "2026-06-30"),
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
