package stages_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

func TestEvent_Validate(t *testing.T) {
	for _, c := range []struct {
		name  string
		e     stages.Event
		field string
	}{
		{"no kind", stages.Event{Date: day("2026-03-02")}, "Kind"},
		{"kind out of range", stages.Event{Kind: 99, Date: day("2026-03-02")}, "Kind"},
		{"no date", stages.Event{Kind: stages.HRNotified}, "Date"},
		{"impossible date", stages.Event{Kind: stages.HRNotified, Date: absence.Date{Year: 2026, Month: 2, Day: 30}}, "Date"},
		{"trigger without triggers", stages.Event{Kind: stages.TriggerActivated, Date: day("2026-03-02")}, "Triggers"},
		{"unknown trigger", stages.Event{Kind: stages.TriggerActivated, Date: day("2026-03-02"), Triggers: []string{"TRIG-7"}}, "Triggers"},
		{"trigger twice", stages.Event{Kind: stages.TriggerActivated, Date: day("2026-03-02"), Triggers: []string{"TRIG-1", "TRIG-1"}}, "Triggers"},
		{"invitation without a step", stages.Event{Kind: stages.InvitationSent, Date: day("2026-03-02"), Slot: slot("2026-03-09")}, "Step"},
		{"invitation without a slot", stages.Event{Kind: stages.InvitationSent, Date: day("2026-03-02"), Step: stages.StepStage1}, "Slot"},
		{"slot without a date", stages.Event{Kind: stages.InvitationSent, Date: day("2026-03-02"), Step: stages.StepStage1, Slot: &stages.Slot{Time: "10:00"}}, "Slot.Date"},
		{"bad time", stages.Event{Kind: stages.InvitationSent, Date: day("2026-03-02"), Step: stages.StepStage1, Slot: &stages.Slot{Date: day("2026-03-09"), Time: "25:00"}}, "Slot.Time"},
		{"return to work is not a case step", stages.Event{Kind: stages.InvitationSent, Date: day("2026-03-02"), Step: stages.StepReturnToWork, Slot: slot("2026-03-09")}, "Step"},
		{"unknown step", stages.Event{Kind: stages.NoticeWaived, Date: day("2026-03-02"), Step: 42}, "Step"},
		{"field of another kind", stages.Event{Kind: stages.HRNotified, Date: day("2026-03-02"), Grounds: stages.SOSR}, "Grounds"},
		{"override on a trigger", stages.Event{Kind: stages.TriggerActivated, Date: day("2026-03-02"), Triggers: []string{"TRIG-1"}, Override: true}, "Override"},
		{"override on an overturned dismissal", stages.Event{Kind: stages.DismissalOverturned, Date: day("2026-03-02"), Panel: appealPanel(), Override: true}, "Override"},
		{"dismissal without grounds", stages.Event{Kind: stages.Dismissed, Date: day("2026-03-02")}, "Grounds"},
		{"unknown grounds", stages.Event{Kind: stages.Dismissed, Date: day("2026-03-02"), Grounds: 9}, "Grounds"},
		{"case without a side", stages.Event{Kind: stages.CaseSubmitted, Date: day("2026-03-02")}, "Side"},
		{"failure without a reason", stages.Event{Kind: stages.OHFailed, Date: day("2026-03-02")}, "Failure"},
		{"re-arrangement without a reason", stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-03-02"), Step: stages.StepStage1, Slot: slot("2026-03-09")}, "Rearrangement"},
		{"hearing without a panel", stages.Event{Kind: stages.HearingHeld, Date: day("2026-03-02")}, "Panel"},
		{"empty panel", stages.Event{Kind: stages.HearingHeld, Date: day("2026-03-02"), Panel: &stages.Panel{}}, "Panel.Members"},
		{"panel member without a role", stages.Event{Kind: stages.HearingHeld, Date: day("2026-03-02"), Panel: &stages.Panel{Members: []stages.Member{{Chair: true}}}}, "Panel.Members[0]"},
		{"negative notice", stages.Event{Kind: stages.TerminationLetterSent, Date: day("2026-03-02"), Notice: &stages.Notice{Weeks: -1}}, "Notice.Weeks"},
		{"last day before the letter", stages.Event{Kind: stages.TerminationLetterSent, Date: day("2026-03-02"), Notice: &stages.Notice{LastDay: day("2026-03-01")}}, "Notice.LastDay"},
		{"attendance on a review meeting outcome", stages.Event{Kind: stages.OutcomeLetterSent, Date: day("2026-03-02"), Step: stages.StepStage1, Attendance: stages.Absent}, "Attendance"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.e.Validate()
			var ee *stages.EventError
			if !errors.As(err, &ee) || !errors.Is(err, stages.ErrInvalidEvent) || ee.Field != c.field || ee.Index != -1 {
				t.Fatalf("got %v (field %q), want ErrInvalidEvent on %s", err, fieldOf(ee), c.field)
			}
			// Replay reports it with the event's index.
			_, err = stages.Replay([]stages.Event{c.e}, stages.HR14())
			if !errors.As(err, &ee) || ee.Index != 0 {
				t.Errorf("Replay: %v", err)
			}
		})
	}
}

func fieldOf(e *stages.EventError) string {
	if e == nil {
		return ""
	}
	return e.Field
}

// Errors never echo free text from the case: places, names.
func TestEventError_NoFreeText(t *testing.T) {
	secret := "Dr Smith's clinic, oncology"
	e := stages.Event{Kind: stages.InvitationSent, Date: day("2026-03-05"), Step: stages.StepStage2,
		Slot: &stages.Slot{Date: day("2026-03-16"), Time: "10:00", Place: secret}}
	_, err := stages.Replay([]stages.Event{e}, stages.HR14())
	if err == nil || strings.Contains(err.Error(), "oncology") {
		t.Errorf("error %v", err)
	}
	p := stages.Panel{Members: []stages.Member{{Name: secret, Role: stages.OtherManager, Chair: true}}}
	if err := p.Check(stages.StepStage1).Err(); err == nil || strings.Contains(err.Error(), "oncology") {
		t.Errorf("panel error %v", err)
	}
	ee := &stages.EventError{Index: 3, ID: strings.Repeat("x", 100), Kind: stages.HRNotified, Date: day("2026-03-02"), Err: stages.ErrNotDue}
	if len(ee.Error()) > 200 {
		t.Errorf("long ID not clipped: %s", ee)
	}
}

func TestEnums_TextRoundTrip(t *testing.T) {
	for _, k := range stages.Kinds() {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back stages.Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("%s: %v %v", k, back, err)
		}
	}
	for s := stages.StepNone; s <= stages.StepAppeal; s++ {
		b, _ := s.MarshalText()
		var back stages.Step
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%s: %v %v", s, back, err)
		}
	}
	if got := stages.Band8a.String(); got != "Band 8a" {
		t.Errorf("Band8a = %q", got)
	}
	if got := stages.Capability.String(); got != "capability due to ill health" {
		t.Errorf("Capability = %q", got)
	}
	if got := stages.StepStage3.String(); got != "stage 3 final review hearing" {
		t.Errorf("StepStage3 = %q", got)
	}
	if got := stages.Kind(0).String(); got != "no kind" {
		t.Errorf("Kind(0) = %q", got)
	}
	if got := stages.Kind(200).String(); got != "Kind(200)" {
		t.Errorf("Kind(200) = %q", got)
	}
}
