package stages_test

import (
	"testing"

	"github.com/absencerules/hr14/stages"
)

// Worked example 8 as a forecast: after the stage 1 meeting, the
// what-if evaluation with the absences of 11 May and 15–16 June makes the
// stage 2 meeting due from 15 June (counting only sickness after the
// meeting), with the invitation as the next step; the state itself is not
// changed. Before the absences, nothing would be due.
func TestSTAGE2_ForecastWorkedExample8(t *testing.T) {
	p := stages.HR14()
	s := mustReplay(t, p, []stages.Event{trigger("2026-03-02"), invite("2026-03-05", stages.StepStage1, "2026-03-16"),
		held("2026-03-16", stages.StepStage1, nil), letter("2026-03-17", stages.StepStage1)})
	meetings := len(s.Meetings)
	f, ok, err := stages.ForecastStep(s, p, episodeMonitor{episodes: example8(t)}, day("2026-06-30"))
	if err != nil || !ok {
		t.Fatalf("got %v %v", ok, err)
	}
	if f.Event.Kind != stages.TriggerActivated || f.Event.Date != day("2026-06-15") {
		t.Errorf("event %+v", f.Event)
	}
	if f.Meeting.Step != stages.StepStage2 || f.Meeting.Due != day("2026-06-15") || len(f.Meeting.Triggers) != 1 || f.Meeting.Triggers[0] != "TRIG-1" {
		t.Errorf("meeting %+v", f.Meeting)
	}
	var invite bool
	for _, a := range f.Steps {
		invite = invite || (a.Kind == stages.InvitationSent && a.Step == stages.StepStage2)
	}
	if !invite {
		t.Errorf("no stage 2 invitation among %v", f.Steps)
	}
	if len(s.Meetings) != meetings {
		t.Error("the state was changed")
	}
	if _, ok, err := stages.ForecastStep(s, p, episodeMonitor{episodes: example8(t)[:2]}, day("2026-06-30")); ok || err != nil {
		t.Errorf("without the absences: %v %v", ok, err)
	}
	if _, _, err := stages.ForecastStep(s, p, failingMonitor{}, day("2026-06-30")); err == nil {
		t.Error("a failing monitor")
	}
}
