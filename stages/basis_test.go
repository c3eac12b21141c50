package stages_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// The procedure's policy names HR14 v16 and keeps its name through a JSON
// round trip (the calendar, which is not marshalled, is set again).
func TestPolicy_IDRoundTrip(t *testing.T) {
	p := stages.HR14()
	if p.ID != absence.HR14v16() || p.Knobs() != nil {
		t.Fatalf("%+v %v", p.ID, p.Knobs())
	}
	p.ID.Trust, p.ID.Version = "Example Hospitals NHS Trust", "3"
	p.NoticeDays = 10
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q stages.Policy
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	q.Calendar = absence.EnglandAndWales()
	if q.ID != p.ID || q.NoticeDays != 10 {
		t.Errorf("%+v", q.ID)
	}
	if got, want := q.Basis().String(), p.Basis().String(); got != want {
		t.Errorf("basis %q, want %q", got, want)
	}
}

// The policy must be named and versioned; the error names the field.
func TestPolicy_IDValidated(t *testing.T) {
	p := stages.HR14()
	p.ID.Version = ""
	var pe *stages.PolicyError
	if err := p.Validate(); !errors.As(err, &pe) || pe.Field != "ID.Version" || !errors.Is(err, stages.ErrInvalidPolicy) {
		t.Fatalf("%v", err)
	}
}

// A policy with changed knobs lists exactly those knobs, the calendar
// included, in the order of the fields.
func TestPolicy_KnobsListExactlyTheChanges(t *testing.T) {
	p := stages.HR14()
	p.WaivableUpTo = stages.StepNone
	p.LapseMonths = 12
	p.OHProvider.CancelHours = 24
	p.UnderlyingCondition = stages.RouteTriggers
	cal, err := absence.NewCalendar("Trust holidays", nil)
	if err != nil {
		t.Fatal(err)
	}
	p.Calendar = cal
	var got []string
	for _, k := range p.Knobs() {
		got = append(got, k.String())
	}
	want := "waivableUpTo=no step lapseMonths=12 ohProvider.cancelHours=24 underlyingCondition=triggers calendar=Trust holidays"
	if strings.Join(got, " ") != want {
		t.Errorf("knobs %q\nwant  %q", strings.Join(got, " "), want)
	}
}

// A replayed or applied State names the policy its events were applied
// under; a state with no events names none.
func TestState_NamesThePolicy(t *testing.T) {
	p := stages.HR14()
	p.LapseMonths = 12
	if s := mustReplay(t, p, nil); s.Basis != nil {
		t.Errorf("no events: %+v", s.Basis)
	}
	s := mustReplay(t, p, toStage1())
	if s.Basis == nil || s.Basis.Policy != absence.HR14v16() || len(s.Basis.Knobs) != 1 || s.Basis.Knobs[0].String() != "lapseMonths=12" ||
		s.Basis.Library != absence.LibraryVersion {
		t.Fatalf("%+v", s.Basis)
	}
	// Apply records the policy it was given: here, the trust's v17.
	v17 := stages.HR14()
	v17.ID.Version = "17"
	n, err := s.Apply(stages.Event{Kind: stages.HRNotified, Date: s.Last}, v17)
	if err != nil {
		t.Fatal(err)
	}
	if n.Basis.Policy.Version != "17" || len(n.Basis.Knobs) != 0 || s.Basis.Policy.Version != "16" {
		t.Errorf("after: %+v, before: %+v", n.Basis, s.Basis)
	}
}

// Progress and NextSteps refuse a triggers Monitor under another policy:
// the procedure and the triggers must name the same one.
func TestTriggerMonitor_PolicyMustAgree(t *testing.T) {
	p := stages.HR14()
	pol := triggers.HR14()
	pol.ID.Version, pol.Recording.ID.Version = "17", "17"
	m := triggerMonitor(t, pol, "2026-03-02")
	var pe *stages.PolicyError
	if _, _, err := stages.Progress(stages.State{}, p, m, day("2026-03-10")); !errors.As(err, &pe) || pe.Field != "ID" {
		t.Errorf("Progress: %v", err)
	}
	if _, err := (stages.State{}).NextSteps(day("2026-03-10"), p, m); !errors.As(err, &pe) || pe.Field != "ID" {
		t.Errorf("NextSteps: %v", err)
	}
	p.ID.Version = "17"
	if _, _, err := stages.Progress(stages.State{}, p, m, day("2026-03-10")); err != nil {
		t.Errorf("agreeing policies: %v", err)
	}
}
