package triggers

import (
	"strings"

	"github.com/absencerules/hr14/absence"
)

// A Check is one trigger point evaluated as of a date.
type Check struct {
	Trigger Trigger      `json:"trigger"` // TRIG-1 … TRIG-5
	Rule    absence.Rule `json:"rule"`    // the rule ID and clause (Policy.Rule)
	AsOf    absence.Date `json:"asOf"`    // the day evaluated; nothing after it is seen
	// Active reports whether the window ending AsOf meets the threshold
	// (after a stage meeting, under the policy's Counting).
	Active bool `json:"active"`
	// Activated is the first day of the current stretch of active days when
	// Active; otherwise the first day of the most recent earlier stretch, or
	// zero if the trigger has never been active by AsOf.
	Activated absence.Date `json:"activated"`
	// Cleared is, when not Active but Activated is set, the first day that
	// earlier stretch was no longer active; zero otherwise.
	Cleared absence.Date `json:"cleared"`
	// Meeting is the stage meeting counted from (zero if none), and Counting
	// how.
	Meeting  absence.Date `json:"meeting"`  // the stage meeting counted from; zero if none
	Counting Counting     `json:"counting"` // how sickness after the meeting counts
	// Evidence is the window ending AsOf and what it holds.
	Evidence Evidence `json:"evidence"`
	// Basis names the policy applied, its changed settings and the
	// library's version ([Monitor.Basis]).
	Basis absence.Basis `json:"basis"`
}

// A Status is the trigger points TRIG-1 … TRIG-5 evaluated as of a date.
// TRIG-6 is advisory and is not among them ([Monitor.Patterns]).
type Status struct {
	AsOf     absence.Date `json:"asOf"`
	Meeting  absence.Date `json:"meeting"`  // the stage meeting counted from; zero if none
	Counting Counting     `json:"counting"` // how sickness after the meeting counts
	Checks   []Check      `json:"checks"`   // TRIG-1 … TRIG-5, in order
	// Basis names the policy applied, its changed settings and the
	// library's version ([Monitor.Basis]).
	Basis absence.Basis `json:"basis"`
}

// Evaluate returns the trigger points as of asOf, seeing only days up to it
// (an open episode is cut at asOf): for each, whether it is active, since
// when, and the evidence. It fails only for an invalid date
// ([ErrInvalidDate]).
//
// Evaluate costs a few binary searches per trigger plus the evidence listed.
func (m *Monitor) Evaluate(asOf absence.Date) (Status, error) {
	if !asOf.IsValid() {
		return Status{}, dateErr("asOf", asOf)
	}
	st := Status{AsOf: asOf, Meeting: m.meeting, Counting: m.pol.Counting, Checks: make([]Check, 0, 5), Basis: m.basis}
	var cache windowCache
	for _, t := range Points() {
		st.Checks = append(st.Checks, m.check(t, asOf.UnixDays(), &cache))
	}
	return st, nil
}

func (m *Monitor) check(t Trigger, d int, cache *windowCache) Check {
	c := Check{Trigger: t, Rule: m.pol.Rule(t), AsOf: date(d), Meeting: m.meeting, Counting: m.pol.Counting, Basis: m.basis}
	if s, ok := stretchAt(m.act[t], d); ok {
		c.Activated = date(s.from)
		c.Active = s.to >= d
		if !c.Active {
			c.Cleared = date(s.to + 1)
		}
	}
	c.Evidence = m.evidenceIn(t, d, cache)
	return c
}

// Check returns the check of trigger t; ok is false if t is not among them.
func (s Status) Check(t Trigger) (c Check, ok bool) {
	for _, c := range s.Checks {
		if c.Trigger == t {
			return c, true
		}
	}
	return Check{}, false
}

// Active returns the checks of the triggers active as of AsOf.
func (s Status) Active() []Check {
	var out []Check
	for _, c := range s.Checks {
		if c.Active {
			out = append(out, c)
		}
	}
	return out
}

// String returns one line per trigger (see [Check.String]).
func (s Status) String() string {
	var b strings.Builder
	for i, c := range s.Checks {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(c.String())
	}
	return b.String()
}

// Explain returns the full explanation of every trigger (see
// [Check.Explain]), a note that TRIG-6 is for the manager to judge, and the
// policy and library it was worked out under (once, at the end).
func (s Status) Explain() string {
	var b strings.Builder
	for _, c := range s.Checks {
		c.explain(&b)
		b.WriteByte('\n')
	}
	b.WriteString("TRIG-6 (HR14 SAP 1.2, App 11): recognisable patterns of absence are for the manager to judge; they are never activated automatically.\n")
	writeBasis(&b, s.Basis)
	return b.String()
}

// writeBasis ends an explanation with the sentence naming its basis, if any.
func writeBasis(b *strings.Builder, basis absence.Basis) {
	if s := basis.String(); s != "" {
		b.WriteString(s + "\n")
	}
}

// String explains the check in one sentence, e.g.
//
//	TRIG-1 active since 2026-03-02: 2 episodes in the 6 months 2025-09-17 to 2026-03-16 (6–7 Jan, 2 Mar) meet the threshold of 2 — TRIG-1 (HR14 SAP 1.2)
func (c Check) String() string {
	var b strings.Builder
	b.WriteString(c.Trigger.String())
	switch {
	case c.Active:
		b.WriteString(" active since " + c.Activated.String() + ": ")
	default:
		b.WriteString(" not active: ")
	}
	n := narrative{ev: c.Evidence, t: c.Trigger, meeting: c.Meeting, counting: c.Counting}
	b.WriteString(n.sentence(c.Active, false))
	if !c.Active && !c.Activated.IsZero() {
		b.WriteString("; last active " + c.Activated.String() + " to " + c.Cleared.AddDays(-1).String())
	}
	b.WriteString(" — " + c.Rule.String())
	return b.String()
}

// Explain returns the check with all its evidence, over several lines, for a
// letter or a tribunal bundle, ending with the policy and library it was
// worked out under (Basis).
func (c Check) Explain() string {
	var b strings.Builder
	c.explain(&b)
	writeBasis(&b, c.Basis)
	return b.String()
}

// explain writes the check with all its evidence, without its basis.
func (c Check) explain(b *strings.Builder) {
	n := narrative{ev: c.Evidence, t: c.Trigger, meeting: c.Meeting, counting: c.Counting}
	n.heading(b, c.Rule, n.describe())
	switch {
	case c.Active:
		b.WriteString("As of " + c.AsOf.String() + ": active since " + c.Activated.LongDate() + ".\n")
	case !c.Activated.IsZero():
		b.WriteString("As of " + c.AsOf.String() + ": not active; last active from " + c.Activated.LongDate() +
			" until " + c.Cleared.AddDays(-1).LongDate() + ".\n")
	default:
		b.WriteString("As of " + c.AsOf.String() + ": not active.\n")
	}
	b.WriteString(capitalise(n.sentence(c.Active, false)) + ".\n")
	n.details(b)
}
