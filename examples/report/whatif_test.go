package report_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// Worked example 1 before its second absence, asking "what if I am off on
// 2 March?": TRIG-1 would activate on 2 March with the explanation the real
// record gives, the stage 1 meeting would become due from that day, and the
// case's own evaluation is what it is without the question.
func TestWhatIf_WorkedExample1(t *testing.T) {
	const before = `name: What-if test
asOf: 2026-02-27
employee: {id: E1, fte: 1, standardDayHours: 7.5, schedule: {week: MTWTF.., bankHolidaysOff: true}}
absences:
  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection}
`
	sc := scenario(t, before+"whatIf:\n  absences:\n    - {period: 2026-03-02, reason: infection}\n  months: 6\n")
	r, err := report.Evaluate(&sc.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	w := r.WhatIf
	if w == nil {
		t.Fatal("no what-if in the report")
	}
	real := scenario(t, before+"  - {id: A2, period: 2026-03-02, reason: infection}\n")
	rr, err := report.Evaluate(&real.Case, absence.Date{Year: 2026, Month: 8, Day: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Activated) != 1 || len(rr.Triggers.Activations) != 1 {
		t.Fatalf("activated %v, real %v", w.Activated, rr.Triggers.Activations)
	}
	if got, want := w.Activated[0], rr.Triggers.Activations[0]; got != want {
		t.Errorf("what-if activation\n%+v\nreal one\n%+v", got, want)
	}
	if w.Step == nil || w.Step.Step != stages.StepStage1 || w.Step.Due.String() != "2026-03-02" || w.Step.Event.Kind != stages.TriggerActivated {
		t.Fatalf("step %+v", w.Step)
	}
	if len(w.Step.NextSteps) == 0 || w.Step.NextSteps[0].Kind != stages.InvitationSent {
		t.Errorf("next steps %+v", w.Step.NextSteps)
	}
	if len(r.Triggers.Activations) != 0 || len(r.Procedure.Derived) != 0 {
		t.Errorf("the case itself changed: %+v %+v", r.Triggers.Activations, r.Procedure.Derived)
	}
	if w.Calendar == nil || w.Calendar.Days.End.String() != "2026-08-27" || len(w.Calendar.Points) != 5 {
		t.Fatalf("calendar %+v", w.Calendar)
	}
	trig1 := w.Calendar.Points[0]
	if trig1.Trigger != triggers.TRIG1 || len(trig1.Ranges) != 2 || trig1.Ranges[0].Answer != triggers.Activates ||
		trig1.Ranges[0].Days.String() != "2026-03-02/2026-07-06" {
		t.Errorf("TRIG-1 calendar %+v", trig1)
	}
	var b bytes.Buffer
	if err := report.WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"What if: sickness 2026-03-02 (Infection)",
		"TRIG-1 would activate on 2026-03-02: 2 episodes",
		"The stage 1 sickness review meeting would become due from 2026-03-02 (TRIG-1).",
		"TRIG-1: from 2026-03-02 to 2026-07-06 one more day of sickness activates it; from 2026-07-07 to 2026-08-27 it does not",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
}

// Without a whatIf section, EvaluateWhatIf gives the forward calendar of the
// next 12 months; with months: 0 and no absences, nothing.
func TestEvaluateWhatIf_DefaultCalendar(t *testing.T) {
	sc := scenario(t, base+"absences:\n  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection}\n")
	w, err := report.EvaluateWhatIf(&sc.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if w.Calendar == nil || w.Calendar.Days.String() != "2026-04-01/2027-03-31" || len(w.Absences) != 0 || w.Step != nil {
		t.Fatalf("%+v", w)
	}
	sc = scenario(t, base+"whatIf: {months: 0}\n")
	r, err := report.Evaluate(&sc.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if r.WhatIf == nil || r.WhatIf.Calendar != nil {
		t.Fatalf("%+v", r.WhatIf)
	}
}

// A hypothetical absence the library refuses is placed in the whatIf
// section; months out of range are refused by the format.
func TestWhatIf_Errors(t *testing.T) {
	sc := scenario(t, base+"absences:\n  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection}\nwhatIf:\n  absences:\n    - {period: 2026-04-01, reason: other}\n    - {period: 2026-01-07/2026-01-08, reason: other}\n")
	_, err := report.Evaluate(&sc.Case, absence.Date{})
	var ce *casefile.Error
	if !errors.As(err, &ce) || ce.Path != "whatIf.absences[1].period" || !errors.Is(err, absence.ErrOverlap) || ce.Pos.Line != 13 {
		t.Fatalf("got %v (%+v)", err, ce)
	}
	sc = scenario(t, base+"whatIf: {months: 37}\n")
	if _, err := report.Evaluate(&sc.Case, absence.Date{}); !errors.As(err, &ce) || ce.Path != "whatIf.months" {
		t.Fatalf("got %v", err)
	}
}

// With the stage 1 meeting held, the what-if counts from it: an absence
// after the meeting that would make two episodes since it makes the stage 2
// meeting due; with a step already under way, none would become due.
func TestWhatIf_CountsFromTheStage(t *testing.T) {
	const c = base + `absences:
  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection}
  - {id: A2, period: 2026-03-02, reason: infection}
  - {id: A3, period: 2026-03-23, reason: infection}
events:
  - {kind: trigger-activated, date: 2026-03-02, triggers: [TRIG-1]}
  - {kind: invitation-sent, date: 2026-03-05, step: stage-1, slot: {date: 2026-03-16, time: "10:00", place: Office}}
  - {kind: meeting-held, date: 2026-03-16, step: stage-1}
whatIf:
  absences:
    - {period: 2026-04-07, reason: other}
`
	r, err := report.Evaluate(&scenario(t, c).Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	w := r.WhatIf
	if w.CountedFrom.String() != "2026-03-16" || w.Step == nil || w.Step.Step != stages.StepStage2 || w.Step.Due.String() != "2026-04-07" {
		t.Fatalf("%+v, step %+v", w, w.Step)
	}
	if len(w.Activated) != 1 || !strings.Contains(w.Activated[0].Text, "after the stage meeting of 2026-03-16") {
		t.Errorf("activated %+v", w.Activated)
	}
	// The stage 2 invitation sent: a step under way.
	r, err = report.Evaluate(&scenario(t, strings.Replace(c, "whatIf:", "  - {kind: trigger-activated, date: 2026-03-30, triggers: [TRIG-1]}\nwhatIf:", 1)).Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if r.WhatIf.Step != nil || !strings.Contains(r.WhatIf.Note, "already under way") {
		t.Errorf("%+v", r.WhatIf)
	}
}
