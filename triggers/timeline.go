package triggers

import (
	"math"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// An Activation is a day on which a trigger point activated: the first day of
// a stretch of days on which it is active, with the evidence of the window
// ending that day.
type Activation struct {
	Trigger Trigger      `json:"trigger"` // TRIG-1 … TRIG-5
	Rule    absence.Rule `json:"rule"`    // the rule ID and clause (Policy.Rule)
	Date    absence.Date `json:"date"`    // the first day of the stretch of active days
	// Cleared is the first day the trigger was no longer active, if no more
	// sickness is counted than the history holds (zero, in TimelineTo, while
	// still active on the cut-off date).
	Cleared  absence.Date `json:"cleared"`
	Meeting  absence.Date `json:"meeting"`  // the stage meeting counted from; zero if none
	Counting Counting     `json:"counting"` // how sickness after the meeting counts
	Evidence Evidence     `json:"evidence"` // the window ending Date and what it holds
	// Basis names the policy applied, its changed settings and the
	// library's version ([Monitor.Basis]).
	Basis absence.Basis `json:"basis"`
}

// Timeline returns every activation of TRIG-1 … TRIG-5 over the whole
// history, in date order (then trigger order). The stretches of active days
// were found by [New] with a sweep over the counted runs in time order — not
// by evaluating every day — so this costs only the evidence of each
// activation.
//
// After [Monitor.Since], only activations after the meeting appear.
func (m *Monitor) Timeline() []Activation { return m.timeline(noClip, false) }

// TimelineTo returns the activations on or before asOf, seeing only days up
// to asOf: an activation still active on asOf has no Cleared date. It fails
// only for an invalid date.
func (m *Monitor) TimelineTo(asOf absence.Date) ([]Activation, error) {
	if !asOf.IsValid() {
		return nil, dateErr("asOf", asOf)
	}
	return m.timeline(asOf.UnixDays(), true), nil
}

func (m *Monitor) timeline(cut int, cutting bool) []Activation {
	var out []Activation
	m.activations(cut, cutting, func(t Trigger, s span) {
		a := m.activation(t, s)
		if cutting && s.to >= cut {
			a.Cleared = absence.Date{}
		}
		out = append(out, a)
	})
	return out
}

// activations calls each with every active stretch of TRIG-1 … TRIG-5 (that
// starts on or before cut, when cutting), in date order, then trigger order
// (see merge).
func (m *Monitor) activations(cut int, cutting bool, each func(t Trigger, s span)) {
	g := newMerge(&m.act)
	for {
		t, s, ok := g.next()
		if !ok || cutting && s.from > cut {
			return // every stretch left starts later
		}
		each(t, s)
	}
}

// A merge gives the active stretches of TRIG-1 … TRIG-5 in date order, then
// trigger order: a merge of the triggers' stretches, each list in date
// order, comparing the first days of each list's next stretch (a
// whole-workforce run merges millions of them). The first day and the
// trigger of each list's next stretch are one number, its key, the day × 8
// + the trigger, so that the next stretch is the least of five keys, found
// without a branch.
type merge struct {
	act *[numTriggers][]span
	at  [numTriggers]int // the index of each trigger's next stretch
	key [numTriggers]int // its key, or noKey when none is left
}

// noKey is the key of a trigger with no stretch left: more than any day's.
const noKey = math.MaxInt

func newMerge(act *[numTriggers][]span) merge {
	g := merge{act: act}
	for t := TRIG1; t <= TRIG5; t++ {
		g.key[t] = noKey
		if len(act[t]) > 0 {
			g.key[t] = act[t][0].from*8 + int(t)
		}
	}
	return g
}

// next returns the next stretch and its trigger; ok is false when there is
// none left.
func (g *merge) next() (t Trigger, s span, ok bool) {
	k := min(g.key[TRIG1], g.key[TRIG2], g.key[TRIG3], g.key[TRIG4], g.key[TRIG5])
	if k == noKey {
		return 0, span{}, false
	}
	t = Trigger(k & 7) // the day × 8 has the low three bits clear, even below 0
	list := g.act[t]
	i := g.at[t]
	s = list[i]
	g.at[t] = i + 1
	g.key[t] = noKey
	if i+1 < len(list) {
		g.key[t] = list[i+1].from*8 + int(t)
	}
	return t, s, true
}

// String explains the activation in one sentence, e.g.
//
//	TRIG-1 activated on 2026-03-02: 2 episodes in the 6 months 2025-09-03 to 2026-03-02 (6–7 Jan, 2 Mar) reached the threshold of 2 — TRIG-1 (HR14 SAP 1.2)
func (a Activation) String() string {
	n := narrative{ev: a.Evidence, t: a.Trigger, meeting: a.Meeting, counting: a.Counting}
	return a.Trigger.String() + " activated on " + a.Date.String() + ": " + n.sentence(true, true) + " — " + a.Rule.String()
}

// Explain returns the activation with all its evidence, over several
// lines, ending with the policy and library it was worked out under (Basis).
func (a Activation) Explain() string {
	var b strings.Builder
	a.explain(&b)
	writeBasis(&b, a.Basis)
	return b.String()
}

// explain writes the activation with all its evidence, without its basis.
func (a Activation) explain(b *strings.Builder) {
	n := narrative{ev: a.Evidence, t: a.Trigger, meeting: a.Meeting, counting: a.Counting}
	n.heading(b, a.Rule, n.describe())
	b.WriteString("Activated on " + a.Date.LongDate() + ".\n")
	b.WriteString(capitalise(n.sentence(true, true)) + ".\n")
	n.details(b)
	if !a.Cleared.IsZero() {
		b.WriteString("No longer active from " + a.Cleared.LongDate() + " (with no further sickness than recorded).\n")
	}
}
