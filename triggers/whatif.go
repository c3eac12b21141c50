package triggers

import (
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// With returns a Monitor of m's history with the records extra added —
// hypothetical absences — under the same policy, reasonable adjustment and
// stage meeting. m and its history are not changed.
//
// The records are formed into episodes again by absence.NewHistory under the
// history's recording policy, so a hypothetical absence joins an episode, is
// left out (ABS-7) or counts exactly as it would if it were recorded: what
// With answers is what recording it would give. It fails as NewHistory does
// for the history's records followed by extra: extra[k] is record
// len(m.History().Records)+k, and one that overlaps a record is
// absence.ErrOverlap.
func (m *Monitor) With(extra ...absence.Record) (*Monitor, error) {
	recs := append(slices.Clip(m.h.Records), extra...)
	h, err := absence.NewHistory(m.h.Employee, recs, m.h.Policy)
	if err != nil {
		return nil, err
	}
	n, err := newMonitor(h, m.pol, m.basis)
	if err != nil {
		return nil, err
	}
	if !m.adj.IsZero() {
		if n, err = n.WithAdjustment(m.adj); err != nil {
			return nil, err
		}
	}
	if !m.meeting.IsZero() {
		if n, err = n.Since(m.meeting); err != nil {
			return nil, err
		}
	}
	return n, nil
}

// A WhatIf is what hypothetical absences would change in an employee's
// trigger points ([Monitor.WhatIf]): what would activate and when, with the
// same evidence and explanations as a real activation, and what would no
// longer activate or would last longer. Nothing in the history changes.
type WhatIf struct {
	// Monitor is the history with the hypothetical absences added
	// ([Monitor.With]): evaluate it as of any date for the whole picture.
	Monitor *Monitor `json:"-"`
	// Activated are the activations of the what-if timeline that the
	// history's timeline does not have (the same trigger on the same date),
	// in date order (then trigger order).
	Activated []Activation `json:"activated"`
	// Withdrawn are the activations of the history's timeline that the
	// what-if's does not have: an absence that joins two episodes into one
	// (ABS-2) can take an episode trigger away.
	Withdrawn []Activation `json:"withdrawn"`
	// Changed are the activations both timelines have that clear on a
	// different day in the what-if: the what-if's, with its Cleared date;
	// Before is the history's.
	Changed []ClearChange `json:"changed"`
	// Basis names the policy applied, its changed settings and the
	// library's version ([Monitor.Basis]).
	Basis absence.Basis `json:"basis"`
}

// A ClearChange is an activation that the history and a what-if both have, and
// that clears on a different day in the what-if.
type ClearChange struct {
	Activation Activation   `json:"activation"` // the what-if's
	Before     absence.Date `json:"before"`     // the day it cleared in the history
}

// WhatIf returns what adding the records extra to m's history would change
// in its timeline of activations (see [Monitor.With], whose errors it
// returns). Both timelines are compared whole, as [Monitor.Timeline] gives
// them: an activation dated after the hypothetical absences (a later record
// of the history) counts too.
func (m *Monitor) WhatIf(extra ...absence.Record) (WhatIf, error) {
	n, err := m.With(extra...)
	if err != nil {
		return WhatIf{}, err
	}
	w := WhatIf{Monitor: n, Activated: []Activation{}, Withdrawn: []Activation{}, Changed: []ClearChange{}, Basis: m.basis}
	// The active stretches compared first; the evidence is built only for
	// the activations that differ.
	type key struct {
		t    Trigger
		from int
	}
	was := map[key]span{}
	m.activations(noClip, false, func(t Trigger, s span) { was[key{t, s.from}] = s })
	is := map[key]bool{}
	n.activations(noClip, false, func(t Trigger, s span) {
		k := key{t, s.from}
		is[k] = true
		b, ok := was[k]
		switch {
		case !ok:
			w.Activated = append(w.Activated, n.activation(t, s))
		case b.to != s.to:
			w.Changed = append(w.Changed, ClearChange{Activation: n.activation(t, s), Before: date(b.to + 1)})
		}
	})
	m.activations(noClip, false, func(t Trigger, s span) {
		if !is[key{t, s.from}] {
			w.Withdrawn = append(w.Withdrawn, m.activation(t, s))
		}
	})
	return w, nil
}

// None reports whether the hypothetical absences change no activation.
func (w WhatIf) None() bool {
	return len(w.Activated) == 0 && len(w.Withdrawn) == 0 && len(w.Changed) == 0
}

// String says what would change, one line per change, e.g.
//
//	TRIG-1 would activate on 2026-04-01: 2 episodes in the 6 months 2025-10-02 to 2026-04-01 (6–7 Jan, 1 Apr) reached the threshold of 2 — TRIG-1 (HR14 SAP 1.2)
//
// or, when nothing changes:
//
//	No trigger point would activate.
func (w WhatIf) String() string {
	if w.None() {
		return "No trigger point would activate."
	}
	var lines []string
	for _, a := range w.Activated {
		n := narrative{ev: a.Evidence, t: a.Trigger, meeting: a.Meeting, counting: a.Counting}
		lines = append(lines, a.Trigger.String()+" would activate on "+a.Date.String()+": "+n.sentence(true, true)+" — "+a.Rule.String())
	}
	for _, a := range w.Withdrawn {
		lines = append(lines, a.Trigger.String()+" would no longer activate on "+a.Date.String()+
			" (episodes joined into one: ABS-2) — "+a.Rule.String())
	}
	for _, c := range w.Changed {
		a := c.Activation
		lines = append(lines, a.Trigger.String()+", active since "+a.Date.String()+", would "+clearing(a.Cleared, c.Before, false)+
			" — "+a.Rule.String())
	}
	return strings.Join(lines, "\n")
}

// clearing says when an activation would clear instead of before: "clear
// on 2026-12-11 instead of 2026-12-08"; a zero date is one beyond the
// history ("stay active", "instead of clearing on …").
func clearing(d, before absence.Date, long bool) string {
	show := absence.Date.String
	if long {
		show = absence.Date.LongDate
	}
	switch {
	case d.IsZero():
		return "stay active instead of clearing on " + show(before)
	case before.IsZero():
		return "clear on " + show(d) + " instead of staying active"
	}
	return "clear on " + show(d) + " instead of " + show(before)
}

// Explain returns every activation the hypothetical absences would bring
// with all its evidence, as [Activation.Explain] gives a real one, then what
// they would withdraw or change, and the policy and library it was worked
// out under (once, at the end).
func (w WhatIf) Explain() string {
	var b strings.Builder
	for _, a := range w.Activated {
		b.WriteString("Would activate:\n")
		a.explain(&b)
		b.WriteByte('\n')
	}
	for _, a := range w.Withdrawn {
		b.WriteString("Would no longer activate:\n")
		a.explain(&b)
		b.WriteByte('\n')
	}
	for _, c := range w.Changed {
		a := c.Activation
		b.WriteString(a.Trigger.String() + ", active since " + a.Date.LongDate() + ", would " + clearing(a.Cleared, c.Before, true) + ".\n\n")
	}
	if w.None() {
		b.WriteString("No trigger point would activate.\n")
	}
	writeBasis(&b, w.Basis)
	return b.String()
}

// activation returns the Activation of the active stretch s of t, as
// [Monitor.Timeline] gives it.
func (m *Monitor) activation(t Trigger, s span) Activation {
	return Activation{Trigger: t, Rule: m.pol.Rule(t), Date: date(s.from), Cleared: date(s.to + 1),
		Meeting: m.meeting, Counting: m.pol.Counting, Evidence: m.evidence(t, s.from), Basis: m.basis}
}
