package letters_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
)

// The dismissal and not-dismissed letters cite the matters and alternatives
// the panel recorded (STAGE-18), never the references to the evidence.
func TestSTAGE18_LettersCiteTheDeliberation(t *testing.T) {
	m, a := journeyA(t)
	events := dismissedA(a)[:len(a)+2]
	base := letters.Sample(letters.Dismissal)
	base.Outcome.Considered, base.Outcome.Alternatives = nil, nil
	l, err := letters.FromCase(base, letters.Case{State: replay(t, events), Policy: stages.HR14(), Monitor: m})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Outcome.Considered) != 7 || l.Outcome.Considered[0] != "your absence record" ||
		l.Outcome.Alternatives[3] != "redeployment to another post: no suitable alternative post was found" {
		t.Fatalf("%q %q", l.Outcome.Considered, l.Outcome.Alternatives)
	}
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	text, err := r.String(letters.Text, l)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"In reaching its decision the panel considered:\n- your absence record\n",
		"The panel also considered the alternatives to dismissal, and what came of each:\n- reasonable adjustments to your existing post: tried without a sustained improvement\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, "hearing bundle") {
		t.Error("a reference to the evidence reached the letter")
	}

	// A dismissal on an override records no deliberation: the letter says
	// nothing of one.
	over := append([]stages.Event(nil), a...)
	over = append(over, stages.Event{Kind: stages.Dismissed, Date: day("2026-07-20"), Grounds: stages.Capability,
		DeliberationOverride: &stages.DeliberationOverride{Reason: stages.OverrideMigrated}})
	l, err = letters.FromCase(base, letters.Case{State: replay(t, over), Policy: stages.HR14(), Monitor: m})
	if err != nil {
		t.Fatal(err)
	}
	if text, _ := r.String(letters.Text, l); strings.Contains(text, "In reaching its decision") || strings.Contains(text, "alternatives to dismissal") {
		t.Errorf("%s", text)
	}

	// A host's list is validated like any other.
	bad := letters.Sample(letters.NotDismissed)
	bad.Outcome.Alternatives = []string{"two\nlines"}
	if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "Outcome.Alternatives") {
		t.Errorf("%v", err)
	}
}

// The stage 1 and 2 outcome letters say "despite our discussions at your
// return-to-work interviews" only when interview records explaining the
// trigger points exist before the meeting (ABS-11, SAP 1.3).
func TestABS11_OutcomeLettersAndInterviews(t *testing.T) {
	_, a := journeyA(t)
	withRecords := func(recs ...absence.Record) string {
		t.Helper()
		m := monitor(t, "1", recs...)
		l, err := letters.FromCase(letters.Sample(letters.Stage1Outcome), letters.Case{State: replay(t, upTo(a, stages.MeetingHeld, stages.StepStage1)), Policy: stages.HR14(), Monitor: m})
		if err != nil {
			t.Fatal(err)
		}
		r, _ := letters.New()
		s, err := r.String(letters.Text, l)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a1, a2 := sick("A1", "2026-01-06/2026-01-07", absence.Infection), sick("A2", "2026-03-02/2026-03-02", absence.Musculoskeletal)
	none := withRecords(a1, a2)
	if !strings.Contains(none, "I have no record of a return-to-work interview at which the trigger points were explained to you") || strings.Contains(none, "Despite") {
		t.Errorf("%s", none)
	}
	a1.Interviewed, a1.Interview = day("2026-01-08"), &absence.Interview{TriggersExplained: true}
	a2.Interviewed, a2.Interview = day("2026-03-03"), &absence.Interview{TriggersExplained: true}
	both := withRecords(a1, a2)
	if !strings.Contains(both, "Despite our discussions at your return-to-work interviews on Thursday 8 January 2026 and Tuesday 3 March 2026, where the trigger points of the policy were explained to you") {
		t.Errorf("%s", both)
	}
	// A record that does not say the trigger points were explained, or an
	// interview after the meeting, does not count.
	a2.Interview.TriggersExplained = false
	if one := withRecords(a1, a2); !strings.Contains(one, "interview on Thursday 8 January 2026, where") {
		t.Errorf("%s", one)
	}
}

// TestLET4_DismissalStatesMattersAndAlternatives: a dismissal after a final
// review hearing lists the matters the panel considered and the
// alternatives it explored (SAP 1.5, STAGE-18), and is refused without
// them unless the panel recorded why it decided without them; on the
// ill-health retirement route neither is needed.
func TestLET4_DismissalStatesMattersAndAlternatives(t *testing.T) {
	l := letters.Sample(letters.Dismissal)
	l.Outcome.Considered, l.Outcome.Alternatives = nil, nil
	if err := l.Validate(); !errors.Is(err, letters.ErrMissing) || !strings.Contains(err.Error(), "Outcome.Considered") || !strings.Contains(err.Error(), "Outcome.Alternatives") {
		t.Errorf("without the deliberation: %v", err)
	}
	l.Outcome.Override = "recorded-in-minutes"
	if err := l.Validate(); err != nil {
		t.Errorf("with an override: %v", err)
	}
	ma, a := journeyA(t)
	events := dismissedA(a)
	for i := range events {
		if events[i].Kind == stages.Dismissed {
			events[i].Deliberation = nil
			events[i].DeliberationOverride = &stages.DeliberationOverride{Reason: stages.OverrideReason(1)}
		}
	}
	got := fromCase(t, letters.Dismissal, ma, upTo(events, stages.TerminationLetterSent, stages.StepNone))
	if got.Outcome.Override != "recorded-in-minutes" {
		t.Errorf("from a case with an override: %+v", got.Outcome)
	}
	r, _ := letters.New()
	text, err := r.String(letters.Text, fromCase(t, letters.Dismissal, ma, upTo(dismissedA(a), stages.TerminationLetterSent, stages.StepNone)))
	if err != nil || !strings.Contains(text, "In reaching its decision the panel considered:\n- your absence record") ||
		!strings.Contains(text, "- redeployment to another post: no suitable alternative post was found") {
		t.Errorf("%v\n%s", err, text)
	}
}
