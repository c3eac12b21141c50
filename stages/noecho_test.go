package stages_test

import (
	"encoding"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// FuzzNoEcho: no error of the package quotes a text it rejected: a sentence
// typed into a code field, a slot's time, a trigger or an event's ID is
// described, never quoted.
func FuzzNoEcho(f *testing.F) {
	f.Add("miscarriage at 12 weeks")
	f.Add("stage-1")
	f.Fuzz(func(t *testing.T, s string) {
		s = "said " + s + " at work"
		for name, v := range map[string]encoding.TextUnmarshaler{
			"Kind": new(stages.Kind), "Step": new(stages.Step), "Stage": new(stages.Stage), "Route": new(stages.Route),
			"Side": new(stages.Side), "Grounds": new(stages.Grounds), "OHFailure": new(stages.OHFailure),
			"Rearrangement": new(stages.Rearrangement), "Attendance": new(stages.Attendance), "Decision": new(stages.Decision),
			"Party": new(stages.Party), "Role": new(stages.Role), "Band": new(stages.Band), "StaffGroup": new(stages.StaffGroup),
			"PostOutcome": new(stages.PostOutcome), "ApplicationStep": new(stages.ApplicationStep),
			"PensionForm": new(stages.PensionForm), "PensionDecision": new(stages.PensionDecision),
		} {
			err := v.UnmarshalText([]byte(s))
			if err == nil {
				t.Fatalf("%s accepted %q", name, s)
			}
			if strings.Contains(err.Error(), s) || !strings.Contains(err.Error(), "; expected one of ") {
				t.Fatalf("%s: %v", name, err)
			}
		}
		day := absence.Date{Year: 2026, Month: 3, Day: 2}
		for _, e := range []stages.Event{
			{ID: s, Kind: stages.TriggerActivated, Date: absence.Date{Year: 2026, Month: 2, Day: 30}, Triggers: []string{"TRIG-1"}},
			{Kind: stages.TriggerActivated, Date: day, Triggers: []string{s}},
			{Kind: stages.InvitationSent, Date: day, Step: stages.StepStage1, Slot: &stages.Slot{Date: day.AddDays(7), Time: s}},
		} {
			err := e.Validate()
			if err == nil || strings.Contains(err.Error(), s) {
				t.Fatalf("event %+v: %v", e, err)
			}
		}
	})
}
