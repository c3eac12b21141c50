package report

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// WhatIf is a case's what-if (its whatIf section, issue 19): what the
// hypothetical absences would do — the activations they would bring, with
// the same explanations as real ones, and the formal step they would make
// due — and the forward calendar of the trigger points. The case itself is
// not changed.
type WhatIf struct {
	// Absences are the hypothetical absences: their periods, kinds and
	// reasons.
	Absences []WhatIfAbsence `json:"absences"`
	// CountedFrom is, with a formal stage in effect, the date it took
	// effect: the activations and the calendar count from it as the policy's
	// counting says (the improvement target); zero before any stage.
	// Counting is that counting, with CountedFrom only.
	CountedFrom absence.Date       `json:"countedFrom,omitempty"`
	Counting    *triggers.Counting `json:"counting,omitempty"`
	// Activated are the activations the absences would bring, in date
	// order; Withdrawn those they would take away (episodes joined into
	// one); Changed those that would clear on another day.
	Activated []Activation `json:"activated"`
	Withdrawn []Activation `json:"withdrawn"`
	Changed   []Changed    `json:"changed"`
	// Step is the formal step the absences would make due; nil when none
	// would, and Note says why.
	Step *FormalStep `json:"step,omitempty"`
	Note string      `json:"note,omitempty"`
	// Text says what would change, one line per change.
	Text string `json:"text"`
	// Calendar is the forward calendar; nil when the case asks for none.
	Calendar *Calendar `json:"calendar,omitempty"`
}

// A WhatIfAbsence is a hypothetical absence.
type WhatIfAbsence struct {
	Period absence.Period `json:"period"`
	Kind   absence.Kind   `json:"kind"`
	Reason absence.Reason `json:"reason,omitempty"`
}

// Changed is an activation that would clear on another day.
type Changed struct {
	Trigger triggers.Trigger `json:"trigger"`
	Date    absence.Date     `json:"date"`              // the day it activated
	Cleared absence.Date     `json:"cleared,omitempty"` // the day it would clear; zero: not within the history
	Before  absence.Date     `json:"before,omitempty"`  // the day it clears without the absences
}

// FormalStep is the formal step hypothetical absences would make due
// (stages.ForecastStep).
type FormalStep struct {
	Step     stages.Step  `json:"step"`
	Due      absence.Date `json:"due"`
	Triggers []string     `json:"triggers,omitempty"`
	Soon     bool         `json:"soon,omitempty"`
	// Event is the event the case would record.
	Event     stages.Event `json:"event"`
	NextSteps []Step       `json:"nextSteps"`
	Text      string       `json:"text"`
}

// Calendar is the forward calendar of the trigger points
// (triggers.Monitor.Outlook): for each working day of the months after the
// as-of date, whether one more day of sickness would activate each trigger
// point.
type Calendar struct {
	AsOf absence.Date   `json:"asOf"`
	Days absence.Period `json:"days"`
	// Points are TRIG-1 … TRIG-5.
	Points []CalendarPoint `json:"points"`
	// Explanation is the calendar in words for the employee.
	Explanation string `json:"explanation"`
}

// A CalendarPoint is the forward calendar of one trigger point: its ranges
// of working days with the same answer ("activates", "keeps", "no",
// "active", "absent"), and in one sentence.
type CalendarPoint struct {
	Trigger triggers.Trigger `json:"trigger"`
	Rule    string           `json:"rule"`
	Clause  string           `json:"clause"`
	Ranges  []triggers.Range `json:"ranges"`
	Text    string           `json:"text"`
}

// EvaluateWhatIf evaluates c as of asOf (the case's own when zero), as
// Evaluate does, and returns its what-if only: the case's whatIf section, or
// without one the forward calendar of the next DefaultWhatIfMonths months.
// Every error is a *casefile.Error placing the problem in the file.
func EvaluateWhatIf(c *casefile.Case, asOf absence.Date) (*WhatIf, error) {
	e, err := evaluate(c, asOf, false)
	if err != nil {
		return nil, err
	}
	w := c.WhatIf
	if w == nil {
		w = &casefile.WhatIf{}
	}
	return e.whatIfOf(w)
}

// whatIf adds the case's what-if to the report, if it asks for one.
func (e *evaluation) whatIf() error {
	if e.c.WhatIf == nil {
		return nil
	}
	w, err := e.whatIfOf(e.c.WhatIf)
	if err != nil {
		return err
	}
	e.r.WhatIf = w
	return nil
}

// whatIfOf works out the what-if w asks for.
func (e *evaluation) whatIfOf(w *casefile.WhatIf) (*WhatIf, error) {
	out := &WhatIf{Absences: []WhatIfAbsence{}, Activated: []Activation{}, Withdrawn: []Activation{}, Changed: []Changed{}}
	// With a stage in effect, the trigger points that matter are those
	// counted from it: they make the next step due.
	mon := e.m
	if e.state.Stage != stages.NoStage && !e.state.Since.IsZero() {
		var err error
		if mon, err = e.m.Since(e.state.Since); err != nil {
			return nil, e.locate(err)
		}
		counting := e.in.Policies.Triggers.Counting
		out.CountedFrom, out.Counting = e.state.Since, &counting
	}
	if len(w.Absences) > 0 {
		if err := e.hypothetical(w.Absences, mon, out); err != nil {
			return nil, err
		}
	}
	if months := w.CalendarMonths(); months > 0 {
		o, err := mon.Outlook(e.asOf, months)
		if err != nil {
			return nil, e.locate(err)
		}
		cal := &Calendar{AsOf: o.AsOf, Days: o.Days, Explanation: o.Explain()}
		for _, p := range o.Points {
			cal.Points = append(cal.Points, CalendarPoint{Trigger: p.Trigger, Rule: p.Rule.ID, Clause: p.Rule.Clause, Ranges: p.Ranges, Text: p.String()})
		}
		out.Calendar = cal
	}
	return out, nil
}

// hypothetical works out what the absences would do, counting as mon
// counts.
func (e *evaluation) hypothetical(recs []absence.Record, mon *triggers.Monitor, out *WhatIf) error {
	last := e.asOf
	for _, r := range recs {
		out.Absences = append(out.Absences, WhatIfAbsence{Period: r.Period, Kind: r.Kind, Reason: r.Reason})
		if r.Period.End.After(last) {
			last = r.Period.End
		}
	}
	wi, err := mon.WhatIf(recs...)
	if err != nil {
		return e.locateWhatIf(err)
	}
	for _, a := range wi.Activated {
		out.Activated = append(out.Activated, activationOf(a))
	}
	for _, a := range wi.Withdrawn {
		out.Withdrawn = append(out.Withdrawn, activationOf(a))
	}
	for _, c := range wi.Changed {
		out.Changed = append(out.Changed, Changed{Trigger: c.Activation.Trigger, Date: c.Activation.Date, Cleared: c.Activation.Cleared, Before: c.Before})
	}
	out.Text = wi.String()

	// The formal step: stages' progression on the history with the
	// absences (the plain Monitor: progression counts from the stage
	// itself), up to the last hypothetical day.
	plain, err := e.m.With(recs...)
	if err != nil {
		return e.locateWhatIf(err)
	}
	pol := e.in.Policies.Stages
	f, ok, err := stages.ForecastStep(e.state, pol, stages.TriggerMonitor(plain), last)
	if err != nil {
		return e.locate(err)
	}
	if !ok {
		out.Note = noStepNote(e.state)
		return nil
	}
	m := f.Meeting
	step := &FormalStep{Step: m.Step, Due: m.Due, Triggers: m.Triggers, Soon: m.Soon, Event: f.Event, NextSteps: []Step{},
		Text: fmt.Sprintf("The %s would become due from %s (%s).", m.Step.String(), m.Due, strings.Join(m.Triggers, ", "))}
	for _, a := range f.Steps {
		step.NextSteps = append(step.NextSteps, Step{
			What: a.What, Who: a.Who, Kind: a.Kind, Step: a.Step, From: a.From, By: a.By, Soon: a.Soon,
			Overdue: a.Overdue, Optional: a.Optional, Rule: a.Rule.ID, Clause: a.Rule.Clause, Text: a.String(),
		})
	}
	out.Step = step
	return nil
}

// noStepNote says why no formal step would become due.
func noStepNote(s stages.State) string {
	switch cur, under := s.Current(); {
	case under:
		return fmt.Sprintf("No further formal step would become due: the %s is already under way.", cur.Step.String())
	case s.Dismissed || s.Final:
		return "No formal step would become due: a decision to dismiss stands."
	}
	return "No formal step would become due: no trigger point would activate after the stage in effect."
}

// activationOf is an activation as the report gives it.
func activationOf(a triggers.Activation) Activation {
	return Activation{Trigger: a.Trigger, Rule: a.Rule.ID, Clause: a.Rule.Clause, Date: a.Date, Cleared: a.Cleared,
		Text: a.String(), Explanation: a.Explain()}
}

// locateWhatIf places an error about the history with the hypothetical
// absences: one about a hypothetical record (it comes after the case's
// records) at whatIf.absences[k].
func (e *evaluation) locateWhatIf(err error) error {
	var ae *absence.InputError
	if errors.As(err, &ae) && ae.Input == "record" && ae.Index >= len(e.h.Records) {
		return e.c.Locate(fmt.Sprintf("whatIf.absences[%d]", ae.Index-len(e.h.Records))+dotted(ae.Field), err)
	}
	return e.locate(err)
}

// writeWhatIf writes the what-if section of the text report.
func writeWhatIf(p *printer, w *WhatIf) {
	counting := ""
	if !w.CountedFrom.IsZero() && w.Counting != nil {
		counting = fmt.Sprintf(", counting from the stage in effect (%s, %s)", w.CountedFrom, *w.Counting)
	}
	if len(w.Absences) > 0 {
		var abs []string
		for _, a := range w.Absences {
			s := a.Kind.Code() + " " + periodText(a.Period)
			if a.Reason != absence.ReasonUnknown {
				s += " (" + a.Reason.String() + ")"
			}
			abs = append(abs, s)
		}
		p.section("What if: " + strings.Join(abs, ", ") + counting)
		for _, line := range strings.Split(w.Text, "\n") {
			p.item("%s", line)
		}
		switch {
		case w.Step != nil:
			p.item("%s", w.Step.Text)
			for _, s := range w.Step.NextSteps {
				p.line("    - %s", s.Text)
			}
		case w.Note != "":
			p.item("%s", w.Note)
		}
	}
	if c := w.Calendar; c != nil {
		p.section(fmt.Sprintf("Forward calendar: one more day of sickness on a working day from %s to %s%s", c.Days.Start, c.Days.End, counting))
		for _, pt := range c.Points {
			p.item("%s", pt.Text)
		}
	}
}

// WriteWhatIfText writes w for a reader, as the what-if section of
// WriteText.
func WriteWhatIfText(out io.Writer, w *WhatIf) error {
	p := &printer{w: out}
	writeWhatIf(p, w)
	return p.err
}
