package stages_test

import (
	"testing"

	"github.com/absencerules/hr14/stages"
)

// fullJourney is the case of the "done when" list: trigger → stage 1 →
// trigger → stage 2 → trigger → stage 3 not dismissed → stage 2 → trigger →
// stage 3 dismissed → appeal (dismissal overturned) → stage 2.
func fullJourney() []stages.Event {
	return []stages.Event{
		trigger("2026-01-12"),
		invite("2026-01-13", stages.StepStage1, "2026-01-21"),
		held("2026-01-21", stages.StepStage1, nil),
		letter("2026-01-23", stages.StepStage1),

		trigger("2026-03-09", "TRIG-2", "TRIG-4"),
		simple(stages.HRNotified, "2026-03-10"),
		simple(stages.OHReferralMade, "2026-03-10"),
		invite("2026-03-11", stages.StepStage2, "2026-03-23"),
		held("2026-03-23", stages.StepStage2, stage2Panel()),
		letter("2026-03-25", stages.StepStage2),

		trigger("2026-05-26"),
		simple(stages.HRNotified, "2026-05-27"),
		simple(stages.OHReferralMade, "2026-05-27"),
		invite("2026-06-01", stages.StepStage3, "2026-06-22"),
		submitted("2026-06-05", stages.ManagementSide),
		simple(stages.OHReportReceived, "2026-06-10"),
		submitted("2026-06-15", stages.EmployeeSide),
		hearing("2026-06-22"),
		simple(stages.NotDismissed, "2026-06-22"),
		letter("2026-06-26", stages.StepStage3),

		trigger("2026-06-29", "TRIG-1", "TRIG-2"),
		simple(stages.HRReviewed, "2026-06-30"),
		simple(stages.OHReferralMade, "2026-06-30"),
		invite("2026-07-01", stages.StepStage3, "2026-07-20"),
		submitted("2026-07-06", stages.ManagementSide),
		simple(stages.OHReportReceived, "2026-07-10"),
		submitted("2026-07-15", stages.EmployeeSide),
		hearing("2026-07-20"),
		dismissed("2026-07-20"),
		{Kind: stages.TerminationLetterSent, Date: day("2026-07-22"), Notice: &stages.Notice{Weeks: 4, PayInLieu: true}},

		simple(stages.AppealLodged, "2026-08-05"),
		invite("2026-08-10", stages.StepAppeal, "2026-09-09"),
		simple(stages.AppealResponseSubmitted, "2026-09-02"),
		appealHeard(stages.DismissalOverturned, "2026-09-09"),
		letter("2026-09-14", stages.StepAppeal),
	}
}

func TestJourney(t *testing.T) {
	p := stages.HR14()
	events := fullJourney()
	// stageAfter is the stage in effect after each event index.
	checkpoints := map[int]struct {
		stage    stages.Stage
		since    string
		returned bool
		current  stages.Step
	}{
		0:  {stages.NoStage, "", false, stages.StepStage1},
		2:  {stages.Stage1, "2026-01-21", false, stages.StepNone},
		4:  {stages.Stage1, "2026-01-21", false, stages.StepStage2},
		8:  {stages.Stage2, "2026-03-23", false, stages.StepNone},
		10: {stages.Stage2, "2026-03-23", false, stages.StepStage3},
		17: {stages.Stage2, "2026-03-23", false, stages.StepStage3},
		18: {stages.Stage2, "2026-06-22", true, stages.StepNone},
		20: {stages.Stage2, "2026-06-22", true, stages.StepStage3},
		28: {stages.Stage2, "2026-06-22", true, stages.StepNone},
		30: {stages.Stage2, "2026-06-22", true, stages.StepAppeal},
		33: {stages.Stage2, "2026-09-09", true, stages.StepNone},
	}
	var s stages.State
	for i, e := range events {
		var err error
		s, err = s.Apply(e, p)
		if err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		c, ok := checkpoints[i]
		if !ok {
			continue
		}
		var since string
		if !s.Since.IsZero() {
			since = s.Since.String()
		}
		cur, _ := s.Current()
		if s.Stage != c.stage || since != c.since || s.Returned != c.returned || cur.Step != c.current {
			t.Errorf("after event %d (%s %s): stage %s since %q returned %v current %q; want %s since %q returned %v current %q",
				i, e.Kind, e.Date, s.Stage, since, s.Returned, cur.Step.Code(), c.stage, c.since, c.returned, c.current.Code())
		}
	}
	if s.Dismissed || s.Final {
		t.Errorf("dismissed %v final %v after the dismissal was overturned", s.Dismissed, s.Final)
	}
	if got := len(s.Meetings); got != 5 {
		t.Errorf("%d meetings, want 5 (stages 1, 2, 3, 3, appeal)", got)
	}
	// Back at stage 2 with all its triggers: the next trigger leads to stage 3.
	s2, err := s.Apply(trigger("2026-10-05"), p)
	if err != nil {
		t.Fatal(err)
	}
	if cur, _ := s2.Current(); cur.Step != stages.StepStage3 {
		t.Errorf("after returning to stage 2, a trigger makes %q due, want stage-3", cur.Step.Code())
	}
	// Replay and Apply agree.
	r := mustReplay(t, p, events)
	if r.Events != len(events) || r.Last != day("2026-09-14") {
		t.Errorf("Replay: %d events, last %s", r.Events, r.Last)
	}
}
