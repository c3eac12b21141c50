package stages_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// linkedMonitor is a LinkedMonitor with fixed activations: all counts every
// absence, unlinked only those not linked to the underlying condition.
type linkedMonitor struct{ all, unlinked []stages.Activation }

func first(acts []stages.Activation, after, asOf absence.Date) (stages.Activation, bool, error) {
	for _, a := range acts {
		if a.Date.After(after) && !a.Date.After(asOf) {
			return a, true, nil
		}
	}
	return stages.Activation{}, false, nil
}

func (m linkedMonitor) After(after, asOf absence.Date) (stages.Activation, bool, error) {
	return first(m.all, after, asOf)
}

func (m linkedMonitor) Ongoing(absence.Date) (absence.Period, bool, error) {
	return absence.Period{}, false, nil
}

func (m linkedMonitor) Unlinked() (stages.Monitor, error) {
	return linkedMonitor{all: m.unlinked, unlinked: m.unlinked}, nil
}

func act(date string, ids ...string) stages.Activation {
	return stages.Activation{Date: day(date), Triggers: ids}
}

func TestSTAGE15_UnderlyingConditionRoute(t *testing.T) {
	p := stages.HR14()
	// Stage 1 held on 2026-01-21; OH advises of an underlying condition
	// linking the absences on 2026-02-02.
	route := with(toStage1(), report("2026-02-02", stages.OHReport{Underlying: stages.Yes}))
	s := mustReplay(t, p, route)
	if !s.Underlying.On() || s.Underlying.Since != day("2026-02-02") || !hasFinding(s, "STAGE-15", "long-term or continuing-absence route") {
		t.Fatalf("%+v %v", s.Underlying, s.Findings)
	}
	// Linked absences reach TRIG-1 on 2026-03-09; the others alone reach it
	// only on 2026-05-04.
	mon := linkedMonitor{all: []stages.Activation{act("2026-03-09", "TRIG-1"), act("2026-05-04", "TRIG-1")}, unlinked: []stages.Activation{act("2026-05-04", "TRIG-1")}}

	t.Run("a linked trigger does not by itself make the next stage due", func(t *testing.T) {
		ev, ok, err := stages.Progress(s, p, mon, day("2026-03-10"))
		if err != nil || !ok || !ev.Linked || ev.Date != day("2026-03-09") {
			t.Fatalf("%+v %v %v", ev, ok, err)
		}
		acts, _ := s.NextSteps(day("2026-03-10"), p, mon)
		if a, ok := action(acts, "STAGE-15", stages.TriggerActivated, "record it as linked"); !ok || a.From != day("2026-03-09") {
			t.Errorf("%v", acts)
		}
		n := mustReplay(t, p, with(route, ev))
		if _, under := n.Current(); under || n.Underlying.Pending != day("2026-03-09") || !hasFinding(n, "STAGE-15", "does not by itself make the stage 2 sickness review meeting due") {
			t.Fatalf("%+v %v", n.Underlying, n.Findings)
		}
		// It is not returned again; nothing is due until the other absences
		// reach a trigger by themselves.
		if ev, ok, _ := stages.Progress(n, p, mon, day("2026-04-30")); ok {
			t.Errorf("again: %+v", ev)
		}
		if ev, ok, _ := stages.Progress(n, p, mon, day("2026-05-04")); !ok || ev.Linked || ev.Date != day("2026-05-04") {
			t.Errorf("unlinked: %+v %v", ev, ok)
		}
		// The next step is HR advice, with the trigger shown.
		events := with(route, ev)
		a := mustAction(t, events, "2026-03-10", "STAGE-15", stages.HRNotified, "take HR advice before any formal meeting: TRIG-1 activated on 2026-03-09")
		if a.Who != stages.PartyLineManager {
			t.Errorf("%v", a)
		}
		// After HR's advice the manager decides case by case.
		advised := with(events, stages.Event{Kind: stages.HRNotified, Date: day("2026-03-12"), Topic: stages.TopicUnderlyingCondition})
		if a := mustAction(t, advised, "2026-03-13", "STAGE-15", stages.TriggerActivated, "decide case by case"); !a.Optional {
			t.Errorf("%v", a)
		}
		proceed := stages.Event{Kind: stages.TriggerActivated, Date: day("2026-03-13"), Triggers: []string{"TRIG-1"}, Linked: true}
		n = mustReplay(t, p, with(advised, proceed))
		if cur, ok := n.Current(); !ok || cur.Step != stages.StepStage2 || !n.Underlying.Pending.IsZero() || !hasFinding(n, "STAGE-15", "HR Employee Relations advised on 2026-03-12, and the manager proceeds") {
			t.Errorf("%+v %+v %v", cur, n.Underlying, n.Findings)
		}
	})
	t.Run("a trigger the other absences reach by themselves progresses as usual", func(t *testing.T) {
		both := linkedMonitor{all: []stages.Activation{act("2026-03-09", "TRIG-1")}, unlinked: []stages.Activation{act("2026-03-09", "TRIG-1")}}
		if ev, ok, _ := stages.Progress(s, p, both, day("2026-03-10")); !ok || ev.Linked {
			t.Errorf("%+v", ev)
		}
	})
	t.Run("the knob keeps today's behaviour", func(t *testing.T) {
		q := stages.HR14()
		q.UnderlyingCondition = stages.RouteTriggers
		sq := mustReplay(t, q, route)
		if !hasFinding(sq, "STAGE-15", "keeps triggers progressing the case") {
			t.Errorf("%v", sq.Findings)
		}
		ev, ok, _ := stages.Progress(sq, q, mon, day("2026-03-10"))
		if !ok || ev.Linked {
			t.Fatalf("%+v", ev)
		}
		linked := stages.Event{Kind: stages.TriggerActivated, Date: day("2026-03-09"), Triggers: []string{"TRIG-1"}, Linked: true}
		if n := mustReplay(t, q, with(route, linked)); func() bool { _, ok := n.Current(); return !ok }() {
			t.Error("the linked trigger did not progress the case under the knob")
		}
	})
	t.Run("without OH advice a linked trigger progresses as usual", func(t *testing.T) {
		linked := stages.Event{Kind: stages.TriggerActivated, Date: day("2026-03-09"), Triggers: []string{"TRIG-1"}, Linked: true}
		n := mustReplay(t, p, with(toStage1(), linked))
		if _, ok := n.Current(); !ok || !hasFinding(n, "STAGE-15", "no Occupational Health advice of an underlying condition") {
			t.Errorf("%v", n.Findings)
		}
	})
	t.Run("a later report of no underlying condition ends the route", func(t *testing.T) {
		n := mustReplay(t, p, with(route, report("2026-04-01", stages.OHReport{Underlying: stages.No})))
		if n.Underlying.On() || n.Underlying.Ended != day("2026-04-01") || !hasFinding(n, "STAGE-15", "route of 2026-02-02 ends") {
			t.Errorf("%+v %v", n.Underlying, n.Findings)
		}
		if ev, ok, _ := stages.Progress(n, p, mon, day("2026-04-02")); !ok || ev.Linked {
			t.Errorf("%+v", ev)
		}
	})
	if p.UnderlyingCondition.String() != "continuing-absence" {
		t.Error(p.UnderlyingCondition)
	}
	q := p
	q.UnderlyingCondition = 7
	if err := q.Validate(); err == nil {
		t.Error("an unknown reading is accepted")
	}
}

// With the triggers package: absences marked as linked to the underlying
// condition (ABS-13) are told apart by TriggerMonitor.
func TestSTAGE15_WithTriggers(t *testing.T) {
	p := stages.HR14()
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	rec := func(id, period string, linked bool) absence.Record {
		per, _ := absence.ParsePeriod(period)
		return absence.Record{ID: id, Period: per, Reason: absence.Musculoskeletal, Evidence: absence.Evidence{UnderlyingCondition: linked}}
	}
	records := []absence.Record{rec("A", "2026-01-06/2026-01-07", false), rec("B", "2026-01-12", false),
		rec("C", "2026-03-02", true), rec("D", "2026-04-06", true)}
	h, err := absence.NewHistory(emp, records, absence.HR14())
	if err != nil {
		t.Fatal(err)
	}
	tm, err := triggers.New(h, triggers.HR14())
	if err != nil {
		t.Fatal(err)
	}
	tm, err = tm.WithAdjustment(triggers.Adjustment{TRIG5: 40})
	if err != nil {
		t.Fatal(err)
	}
	mon := stages.TriggerMonitor(tm)
	s := mustReplay(t, p, []stages.Event{trigger("2026-01-12"), invite("2026-01-13", stages.StepStage1, "2026-01-21"),
		held("2026-01-21", stages.StepStage1, nil), report("2026-02-02", stages.OHReport{Underlying: stages.Yes})})
	ev, ok, err := stages.Progress(s, p, mon, day("2026-04-30"))
	if err != nil || !ok || !ev.Linked || ev.Date != day("2026-04-06") {
		t.Fatalf("%+v %v %v", ev, ok, err)
	}
	lm := mon.(stages.LinkedMonitor)
	um, err := lm.Unlinked()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := um.After(day("2026-01-21"), day("2026-04-30")); ok {
		t.Error("the unlinked absences reach a trigger")
	}
	// A history with no linked absence is its own unlinked monitor.
	plain := triggerMonitor(t, triggers.HR14(), "2026-01-06")
	if u, _ := plain.(stages.LinkedMonitor).Unlinked(); u != plain {
		t.Error("rebuilt without need")
	}
}

func TestSTAGE16_InformalStage(t *testing.T) {
	p := stages.HR14()
	informal := stages.Event{Kind: stages.InformalDiscussion, Date: day("2026-01-05"),
		Informal: &stages.Informal{Goals: []stages.Goal{stages.GoalAttendance, stages.GoalOH}, Review: day("2026-02-05")}}
	s := mustReplay(t, p, []stages.Event{informal})
	if s.Informal == nil || s.Informal.Review != day("2026-02-05") || !hasFinding(s, "STAGE-16", "goals attendance-target, attend-oh, reviewed on 2026-02-05") {
		t.Fatalf("%+v %v", s.Informal, s.Findings)
	}
	a := mustAction(t, []stages.Event{informal}, "2026-02-06", "STAGE-16", stages.InformalDiscussion, "review the goals set at the informal discussion of 2026-01-05")
	if a.By != day("2026-02-05") || !a.Overdue {
		t.Errorf("%v", a)
	}
	noAction(t, []stages.Event{informal, trigger("2026-01-12")}, "2026-02-06", "STAGE-16", stages.InformalDiscussion, "")
	rejected(t, p, with(toDismissed(), stages.Event{Kind: stages.InformalDiscussion, Date: day("2026-07-23"),
		Informal: &stages.Informal{Goals: []stages.Goal{stages.GoalOther}, Review: day("2026-08-23")}}), stages.ErrClosed, "STAGE-16")
	invalid(t, stages.Event{Kind: stages.InformalDiscussion, Date: day("2026-01-05"), Informal: &stages.Informal{Review: day("2026-02-05")}}, "Informal.Goals")
	invalid(t, stages.Event{Kind: stages.InformalDiscussion, Date: day("2026-01-05"), Informal: &stages.Informal{Goals: []stages.Goal{1}, Review: day("2026-01-05")}}, "Informal.Review")
	invalid(t, stages.Event{Kind: stages.InformalDiscussion, Date: day("2026-01-05"), Informal: &stages.Informal{Goals: []stages.Goal{9}, Review: day("2026-02-05")}}, "Informal.Goals[0]")
}

func TestABS12_ContactAgreed(t *testing.T) {
	p := stages.HR14()
	s := mustReplay(t, p, []stages.Event{{Kind: stages.ContactAgreed, Date: day("2026-03-02"), ContactDays: 7}})
	if len(s.Contact) != 1 || s.Contact[0] != (absence.ContactAgreement{From: day("2026-03-02"), Days: 7}) || !hasFinding(s, "ABS-12", "at least every 7 days") {
		t.Errorf("%+v %v", s.Contact, s.Findings)
	}
	invalid(t, stages.Event{Kind: stages.ContactAgreed, Date: day("2026-03-02")}, "ContactDays")
	invalid(t, stages.Event{Kind: stages.ContactAgreed, Date: day("2026-03-02"), ContactDays: 367}, "ContactDays")
}

// The duties' records list in date order with their source, and never
// print a reference.
func TestSTAGE_Records(t *testing.T) {
	events := dutiesJourney()
	events[0].ID = "inf-1"
	events = append(events, stages.Event{Kind: stages.TriggerActivated, Date: day("2026-06-26"), Triggers: []string{"TRIG-1"}, Linked: true})
	recs := stages.Records(events)
	if len(recs) < 20 {
		t.Fatalf("%d records", len(recs))
	}
	prev := recs[0].Date
	seen := map[stages.Kind]bool{}
	for _, r := range recs {
		if r.Date.Before(prev) || r.Rule.ID == "" || r.Summary == "" || events[r.Event].Kind != r.Kind {
			t.Errorf("%v", r)
		}
		for _, ref := range []string{"CE-2026-04", "notes-1", "O-1", "M-1", "bundle p."} {
			if strings.Contains(r.String(), ref) {
				t.Errorf("a reference is printed: %v", r)
			}
		}
		prev = r.Date
		seen[r.Kind] = true
	}
	if recs[0].ID != "inf-1" || recs[0].String() != "2026-01-05 informal-discussion: informal discussion of attendance; review on 2026-02-05 — STAGE-16 (HR14 Proc 3, App 6 Q8)" {
		t.Errorf("%v", recs[0])
	}
	for _, k := range []stages.Kind{stages.OHReferralMade, stages.OHAppointment, stages.OHReportReceived, stages.AdjustmentRecorded,
		stages.DisabilityDeclared, stages.DisabilityAssessed, stages.CaseConferenceRequested, stages.CaseConferenceHeld,
		stages.ActionCompleted, stages.HRNotified, stages.HRReviewed, stages.DeliberationRecorded, stages.InformalDiscussion,
		stages.ContactAgreed, stages.TriggerActivated} {
		if !seen[k] {
			t.Errorf("no record of %s", k)
		}
	}
	if n := len(stages.Records(toStage1())); n != 0 {
		t.Errorf("%d records in a case without duties", n)
	}
}
