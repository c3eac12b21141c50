package stages_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/shopspring/decimal"
)

// episodeMonitor is a small stand-in for the triggers package: TRIG-1 only
// (2 episodes in a rolling 6 months), evaluated day by day, with either
// counting policy after a formal stage meeting (TRIG-7).
type episodeMonitor struct {
	episodes   []absence.Period
	fullWindow bool // false: count only sickness after the meeting
}

func (m episodeMonitor) After(after, asOf absence.Date) (stages.Activation, bool, error) {
	start := after.AddDays(1)
	if after.IsZero() && len(m.episodes) > 0 {
		start = m.episodes[0].Start
	}
	for d := start; !d.After(asOf); d = d.AddDays(1) {
		w := absence.RollingWindow(d, 6)
		n, recent := 0, false
		for _, ep := range m.episodes {
			seen := absence.Period{Start: ep.Start, End: ep.End}
			if seen.End.After(d) {
				seen.End = d
			}
			if seen.End.Before(seen.Start) {
				continue
			}
			if !m.fullWindow && !after.IsZero() {
				if !seen.End.After(after) {
					continue
				}
				if !seen.Start.After(after) {
					seen.Start = after.AddDays(1)
				}
			}
			if seen.Overlaps(w) {
				n++
				recent = recent || after.IsZero() || seen.End.After(after)
			}
		}
		if n >= 2 && recent {
			return stages.Activation{Date: d, Triggers: []string{"TRIG-1"}}, true, nil
		}
	}
	return stages.Activation{}, false, nil
}

func (m episodeMonitor) Ongoing(asOf absence.Date) (absence.Period, bool, error) {
	for _, ep := range m.episodes {
		if ep.Contains(asOf) && asOf.DaysSince(ep.Start)+1 >= 28 {
			return ep, true, nil
		}
	}
	return absence.Period{}, false, nil
}

// example8 builds the episodes of worked example 8 with the absence
// package (a full-time Monday–Friday worker).
func example8(t *testing.T) []absence.Period {
	t.Helper()
	office, err := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	if err != nil {
		t.Fatal(err)
	}
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	var records []absence.Record
	for i, s := range []string{"2026-01-06/2026-01-07", "2026-03-02", "2026-05-11", "2026-06-15/2026-06-16"} {
		p, err := absence.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, absence.Record{ID: string(rune('A' + i)), Period: p, Reason: absence.Infection})
	}
	h, err := absence.NewHistory(emp, records, absence.HR14())
	if err != nil {
		t.Fatal(err)
	}
	var out []absence.Period
	for _, ep := range h.Episodes {
		out = append(out, ep.Period)
	}
	return out
}

// Worked example 8: worked example 1, then the stage 1 meeting on
// 2026-03-16; absent Mon 2026-05-11 and Mon 2026-06-15..Tue 06-16. By default
// stage 2 is due from 2026-06-15; with the "full window" reading from
// 2026-05-11.
func TestSTAGE2_WorkedExample8_Progression(t *testing.T) {
	p := stages.HR14()
	eps := example8(t)
	for _, c := range []struct {
		name string
		m    episodeMonitor
		want string
	}{
		{"counting from the meeting (default)", episodeMonitor{episodes: eps}, "2026-06-15"},
		{"full window knob", episodeMonitor{episodes: eps, fullWindow: true}, "2026-05-11"},
	} {
		t.Run(c.name, func(t *testing.T) {
			// Before stage 1: example 1's TRIG-1 on 2026-03-02.
			var s stages.State
			e, ok, err := stages.Progress(s, p, c.m, day("2026-03-02"))
			if err != nil || !ok || e.Date != day("2026-03-02") || e.Kind != stages.TriggerActivated {
				t.Fatalf("before stage 1: %+v %v %v", e, ok, err)
			}
			s = mustReplay(t, p, []stages.Event{e,
				invite("2026-03-05", stages.StepStage1, "2026-03-16"),
				held("2026-03-16", stages.StepStage1, nil),
				letter("2026-03-17", stages.StepStage1)})
			// Nothing more while the stage is monitored, up to the day before.
			if _, ok, _ := stages.Progress(s, p, c.m, day(c.want).AddDays(-1)); ok {
				t.Fatalf("progression before %s", c.want)
			}
			e, ok, err = stages.Progress(s, p, c.m, day("2026-06-30"))
			if err != nil || !ok || e.Date != day(c.want) {
				t.Fatalf("got %+v %v %v, want a trigger on %s", e, ok, err, c.want)
			}
			s, err = s.Apply(e, p)
			if err != nil {
				t.Fatal(err)
			}
			cur, _ := s.Current()
			if cur.Step != stages.StepStage2 || cur.Due != day(c.want) {
				t.Errorf("current %+v", cur)
			}
			// Once stage 2 is due, progression has nothing more to add.
			if _, ok, _ := stages.Progress(s, p, c.m, day("2026-06-30")); ok {
				t.Error("progression while stage 2 is due")
			}
		})
	}
}

func TestProgress_NextSteps(t *testing.T) {
	p := stages.HR14()
	m := episodeMonitor{episodes: example8(t)}
	s := mustReplay(t, p, []stages.Event{trigger("2026-03-02"), invite("2026-03-05", stages.StepStage1, "2026-03-16"), held("2026-03-16", stages.StepStage1, nil)})
	acts, err := s.NextSteps(day("2026-06-20"), p, m)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, a := range acts {
		if a.Kind == stages.TriggerActivated && a.From == day("2026-06-15") && a.Rule.ID == "STAGE-2" {
			found = true
		}
	}
	if !found {
		t.Errorf("no trigger action in %v", acts)
	}
	// Long-term absence ongoing: reported as an optional route.
	lt := episodeMonitor{episodes: []absence.Period{{Start: day("2026-04-01"), End: day("2026-07-31")}}}
	acts, err = s.NextSteps(day("2026-05-01"), p, lt)
	if err != nil {
		t.Fatal(err)
	}
	found = false
	for _, a := range acts {
		if a.Kind == stages.LongTermOngoing && a.Optional && a.Rule.ID == "STAGE-1" {
			found = true
		}
	}
	if !found {
		t.Errorf("no long-term action in %v", acts)
	}
}

type failingMonitor struct{}

var errMonitor = errors.New("monitor failed")

func (failingMonitor) After(_, _ absence.Date) (stages.Activation, bool, error) {
	return stages.Activation{}, false, errMonitor
}
func (failingMonitor) Ongoing(absence.Date) (absence.Period, bool, error) {
	return absence.Period{}, false, errMonitor
}

func TestProgress_Edges(t *testing.T) {
	p := stages.HR14()
	if _, _, err := stages.Progress(stages.State{}, p, failingMonitor{}, day("2026-03-02")); !errors.Is(err, errMonitor) {
		t.Errorf("monitor error: %v", err)
	}
	if _, err := (stages.State{}).NextSteps(day("2026-03-02"), p, failingMonitor{}); !errors.Is(err, errMonitor) {
		t.Errorf("monitor error in NextSteps: %v", err)
	}
	// Dismissed: nothing progresses.
	s := mustReplay(t, p, toDismissed())
	if _, ok, err := stages.Progress(s, p, failingMonitor{}, day("2026-08-01")); ok || err != nil {
		t.Errorf("dismissed: %v %v", ok, err)
	}
	// A trigger noticed late is dated on the last event.
	m := episodeMonitor{episodes: example8(t)}
	s = mustReplay(t, p, []stages.Event{trigger("2026-03-02"), invite("2026-03-05", stages.StepStage1, "2026-03-16"),
		held("2026-03-16", stages.StepStage1, nil), simple(stages.OHReferralMade, "2026-06-20")})
	e, ok, err := stages.Progress(s, p, m, day("2026-06-30"))
	if err != nil || !ok || e.Date != day("2026-06-20") {
		t.Errorf("late trigger: %+v %v %v", e, ok, err)
	}
	if _, err := s.Apply(e, p); err != nil {
		t.Errorf("the late trigger cannot be recorded: %v", err)
	}
}
