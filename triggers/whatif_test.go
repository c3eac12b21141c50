package triggers_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/require"
)

// Worked example 1 as a what-if: with only 6–7 Jan recorded,
// "what if I am off on 2 Mar?" gives the activation the real record gives,
// on the same day, with the same evidence and explanation; the history is
// not changed.
func TestTRIG1_WhatIfWorkedExample1(t *testing.T) {
	emp, pol := monFri(t), triggers.HR14()
	m := monitor(t, emp, pol, cold(t, "2026-01-06/2026-01-07"))
	before := activations(m)
	w, err := m.WhatIf(cold(t, "2026-03-02"))
	require.NoError(t, err)
	real := monitor(t, emp, pol, cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02"))
	require.Equal(t, real.Timeline(), w.Activated)
	require.Empty(t, w.Withdrawn)
	require.Empty(t, w.Changed)
	require.Equal(t, before, activations(m), "the history is unchanged")
	require.Len(t, m.History().Records, 1)
	require.Equal(t, real.Timeline()[0].Explain(), w.Activated[0].Explain())
	require.Equal(t, "TRIG-1 would activate on 2026-03-02: 2 episodes in the 6 months 2025-09-03 to 2026-03-02 (6–7 Jan, 2 Mar) reached the threshold of 2 — TRIG-1 (HR14 SAP 1.2)", w.String())

	none, err := m.WhatIf(absence.Record{Period: p(t, "2026-03-02"), Kind: absence.Leave})
	require.NoError(t, err)
	require.True(t, none.None())
	require.Equal(t, "No trigger point would activate.", none.String())
}

// A hypothetical absence that joins two episodes into one (ABS-2: only a
// weekend and a worked Monday between them, the Monday now off sick)
// withdraws the TRIG-1 activation the second episode made.
func TestTRIG1_WhatIfJoinWithdraws(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-03-04/2026-03-06"), cold(t, "2026-03-10/2026-03-11"))
	require.Equal(t, []string{"TRIG-1 2026-03-10"}, activations(m))
	w, err := m.WhatIf(cold(t, "2026-03-09"))
	require.NoError(t, err)
	require.Empty(t, w.Activated)
	require.Len(t, w.Withdrawn, 1)
	require.Equal(t, triggers.TRIG1, w.Withdrawn[0].Trigger)
	require.Contains(t, w.String(), "TRIG-1 would no longer activate on 2026-03-10")
}

// An overlapping hypothetical absence is refused as recording it would be.
func TestWhatIfOverlap(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-03-04/2026-03-06"))
	_, err := m.WhatIf(cold(t, "2026-03-06/2026-03-09"))
	require.ErrorIs(t, err, absence.ErrOverlap)
	var ie *absence.InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, 1, ie.Index, "the hypothetical record comes after the history's")
}

// What-if equals evaluating the history with the absences really added: for
// random histories, policies, adjustments and stage meetings, and one to
// three random hypothetical absences, WhatIf's activations are exactly those
// of the history rebuilt from scratch with them that the history does not
// have, its withdrawn ones those the history has and the rebuilt one does
// not, and its changed ones those whose clear date moved.
func TestTRIG_WhatIfEqualsAddingTheAbsences(t *testing.T) {
	n := 60
	if testing.Short() {
		n = 10
	}
	cases(t, n, func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor) {
		r := rand.New(rand.NewPCG(seed, 20))
		mon := m
		if r.IntN(2) == 0 {
			var err error
			mon, err = m.Since(start2027.AddDays(r.IntN(600)))
			require.NoError(t, err)
		}
		recs := slicesClone(c.recs)
		var extra []absence.Record
		for range 1 + r.IntN(3) {
			per, ok := free(r, recs, 1+r.IntN(8))
			if !ok {
				continue
			}
			rec := absence.Record{Period: per, Reason: absence.Other}
			recs = append(recs, rec)
			extra = append(extra, rec)
		}
		if over, ok := overLeave(r, recs); ok { // sickness during booked leave (ABS-21)
			recs = append(recs, over)
			extra = append(extra, over)
		}
		w, err := mon.WhatIf(extra...)
		require.NoError(t, err)

		h2, err := absence.NewHistory(c.emp, recs, c.pol.Recording)
		require.NoError(t, err)
		real, err := triggers.New(h2, mon.Policy())
		require.NoError(t, err)
		if !c.adj.IsZero() {
			real, err = real.WithAdjustment(c.adj)
			require.NoError(t, err)
		}
		if meeting, ok := mon.Meeting(); ok {
			real, err = real.Since(meeting)
			require.NoError(t, err)
		}
		require.Equal(t, real.Timeline(), w.Monitor.Timeline())

		type key struct {
			t triggers.Trigger
			d absence.Date
		}
		was := map[key]triggers.Activation{}
		for _, a := range mon.Timeline() {
			was[key{a.Trigger, a.Date}] = a
		}
		var activated []triggers.Activation
		var changed []triggers.ClearChange
		is := map[key]bool{}
		for _, a := range real.Timeline() {
			is[key{a.Trigger, a.Date}] = true
			b, ok := was[key{a.Trigger, a.Date}]
			if !ok {
				activated = append(activated, a)
			} else if b.Cleared != a.Cleared {
				changed = append(changed, triggers.ClearChange{Activation: a, Before: b.Cleared})
			}
		}
		var withdrawn []triggers.Activation
		for _, a := range mon.Timeline() {
			if !is[key{a.Trigger, a.Date}] {
				withdrawn = append(withdrawn, a)
			}
		}
		require.ElementsMatch(t, activated, w.Activated)
		require.ElementsMatch(t, withdrawn, w.Withdrawn)
		require.ElementsMatch(t, changed, w.Changed)
		require.Equal(t, len(c.recs), len(mon.History().Records), "the history is unchanged")
	})
}

// overLeave returns a random sickness record inside a leave record of recs
// that overlaps no other record, reported on its first day or not (ABS-21),
// or ok false.
func overLeave(r interface{ IntN(int) int }, recs []absence.Record) (absence.Record, bool) {
	for _, l := range recs {
		if l.Kind != absence.Leave || r.IntN(2) == 0 {
			continue
		}
		from := l.Period.Start.AddDays(r.IntN(l.Period.Days()))
		per := absence.Period{Start: from, End: from.AddDays(r.IntN(3))}
		if per.End.After(l.Period.End) {
			per.End = l.Period.End
		}
		if slices.ContainsFunc(recs, func(o absence.Record) bool { return o.Kind != absence.Leave && o.Period.Overlaps(per) }) {
			continue
		}
		rec := absence.Record{Period: per, Reason: absence.Infection}
		if r.IntN(3) > 0 {
			rec.Reported = time.Date(from.Year, from.Month, from.Day, 6, 0, 0, 0, time.UTC)
		}
		return rec, true
	}
	return absence.Record{}, false
}
