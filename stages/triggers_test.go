package stages_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// triggerMonitor builds a triggers.Monitor for a full-time Monday–Friday
// worker absent on the given periods ("start/end" or one date).
func triggerMonitor(t *testing.T, pol triggers.Policy, periods ...string) stages.Monitor {
	t.Helper()
	office, err := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	if err != nil {
		t.Fatal(err)
	}
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	var records []absence.Record
	for i, s := range periods {
		p, err := absence.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, absence.Record{ID: string(rune('A' + i)), Period: p, Reason: absence.Infection})
	}
	h, err := absence.NewHistory(emp, records, pol.Recording)
	if err != nil {
		t.Fatal(err)
	}
	m, err := triggers.New(h, pol)
	if err != nil {
		t.Fatal(err)
	}
	return stages.TriggerMonitor(m)
}

// Worked example 8 with the triggers package: worked example 1, the stage
// 1 meeting on 2026-03-16, then absences on Mon 2026-05-11 and Mon
// 2026-06-15..Tue 06-16. Counting from the meeting (default) stage 2 is due
// from 2026-06-15; with the full-window knob from 2026-05-11.
func TestSTAGE2_WorkedExample8_WithTriggers(t *testing.T) {
	p := stages.HR14()
	periods := []string{"2026-01-06/2026-01-07", "2026-03-02", "2026-05-11", "2026-06-15/2026-06-16"}
	full := triggers.HR14()
	full.Counting = triggers.CountFullWindow
	for _, c := range []struct {
		name string
		pol  triggers.Policy
		want string
	}{
		{"counting from the meeting", triggers.HR14(), "2026-06-15"},
		{"full window", full, "2026-05-11"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := triggerMonitor(t, c.pol, periods...)
			var s stages.State
			e, ok, err := stages.Progress(s, p, m, day("2026-03-10"))
			if err != nil || !ok || e.Date != day("2026-03-02") || len(e.Triggers) != 1 || e.Triggers[0] != "TRIG-1" {
				t.Fatalf("example 1: %+v %v %v", e, ok, err)
			}
			s = mustReplay(t, p, []stages.Event{e,
				invite("2026-03-05", stages.StepStage1, "2026-03-16"),
				held("2026-03-16", stages.StepStage1, nil)})
			if _, ok, _ := stages.Progress(s, p, m, day(c.want).AddDays(-1)); ok {
				t.Fatalf("progression before %s", c.want)
			}
			e, ok, err = stages.Progress(s, p, m, day("2026-06-30"))
			if err != nil || !ok || e.Date != day(c.want) {
				t.Fatalf("got %+v %v %v, want a trigger on %s", e, ok, err, c.want)
			}
			if s, err = s.Apply(e, p); err != nil {
				t.Fatal(err)
			}
			if cur, _ := s.Current(); cur.Step != stages.StepStage2 || cur.Due != day(c.want) {
				t.Errorf("current %+v", cur)
			}
		})
	}
}

// Worked example 3: absent Mon 2026-06-01..Fri 2026-07-10. TRIG-2 and TRIG-4
// activate on Fri 2026-06-12 and make stage 1 due; while the absence is
// ongoing and long term the meeting is due as soon as practicable.
func TestSTAGE1_SoonWithTriggers(t *testing.T) {
	p := stages.HR14()
	m := triggerMonitor(t, triggers.HR14(), "2026-06-01/2026-07-10")
	e, ok, err := stages.Progress(stages.State{}, p, m, day("2026-06-30"))
	if err != nil || !ok || e.Date != day("2026-06-12") || len(e.Triggers) != 2 || e.Triggers[0] != "TRIG-2" || e.Triggers[1] != "TRIG-4" {
		t.Fatalf("%+v %v %v", e, ok, err)
	}
	s := mustReplay(t, p, []stages.Event{e})
	acts, err := s.NextSteps(day("2026-06-15"), p, m)
	if err != nil {
		t.Fatal(err)
	}
	if acts[0].Kind != stages.InvitationSent || acts[0].Soon {
		t.Errorf("on 2026-06-15 (day 15 of the absence): %v", acts[0])
	}
	acts, err = s.NextSteps(day("2026-06-28"), p, m)
	if err != nil {
		t.Fatal(err)
	}
	if acts[0].Kind != stages.InvitationSent || !acts[0].Soon || acts[0].Rule.Clause != "HR14 SAP 1.3 (NB: 28+ continuous days)" {
		t.Errorf("on 2026-06-28 (day 28): %v", acts[0])
	}
}

// After a stage 3 panel decides not to dismiss, triggers count from the
// decision (STAGE-4 with the counting-from-meeting policy).
func TestSTAGE4_ProgressAfterReturn(t *testing.T) {
	p := stages.HR14()
	s := mustReplay(t, p, with(toHearing(), simple(stages.NotDismissed, "2026-07-21")))
	// Two absences before the decision and one after: no trigger yet.
	m := triggerMonitor(t, triggers.HR14(), "2026-07-01", "2026-07-14", "2026-08-03")
	if e, ok, err := stages.Progress(s, p, m, day("2026-09-30")); ok || err != nil {
		t.Errorf("%+v %v %v", e, ok, err)
	}
	m = triggerMonitor(t, triggers.HR14(), "2026-07-01", "2026-07-14", "2026-08-03", "2026-09-07")
	e, ok, err := stages.Progress(s, p, m, day("2026-09-30"))
	if err != nil || !ok || e.Date != day("2026-09-07") {
		t.Fatalf("%+v %v %v", e, ok, err)
	}
	s, err = s.Apply(e, p)
	if err != nil {
		t.Fatal(err)
	}
	if cur, _ := s.Current(); cur.Step != stages.StepStage3 {
		t.Errorf("%q due", cur.Step.Code())
	}
}

func TestTriggerMonitor_LapseMustAgree(t *testing.T) {
	p := stages.HR14()
	pol := triggers.HR14()
	pol.LapseMonths = 12
	m := triggerMonitor(t, pol, "2026-03-02")
	var pe *stages.PolicyError
	if _, _, err := stages.Progress(stages.State{}, p, m, day("2026-03-10")); !errors.As(err, &pe) || pe.Field != "LapseMonths" {
		t.Errorf("Progress: %v", err)
	}
	if _, err := (stages.State{}).NextSteps(day("2026-03-10"), p, m); !errors.As(err, &pe) {
		t.Errorf("NextSteps: %v", err)
	}
	p.LapseMonths = 12
	if _, _, err := stages.Progress(stages.State{}, p, m, day("2026-03-10")); err != nil {
		t.Errorf("agreeing policies: %v", err)
	}
}
