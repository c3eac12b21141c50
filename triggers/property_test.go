package triggers_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/require"
)

// cases returns n random cases with built monitors, reproducible by seed.
func cases(t *testing.T, n int, each func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor)) {
	for seed := uint64(1); seed <= uint64(n); seed++ {
		r := rand.New(rand.NewPCG(seed, 14))
		c := newRandomCase(r)
		h, err := absence.NewHistory(c.emp, c.recs, c.pol.Recording)
		require.NoError(t, err, "seed %d", seed)
		m, err := triggers.New(h, c.pol)
		require.NoError(t, err, "seed %d", seed)
		if !c.adj.IsZero() {
			m, err = m.WithAdjustment(c.adj)
			require.NoError(t, err, "seed %d", seed)
		}
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) { each(t, seed, c, h, m) })
	}
}

func timelineOf(m *triggers.Monitor) []naiveEvent {
	var out []naiveEvent
	for _, t := range triggers.Points() {
		for _, a := range m.Timeline() {
			if a.Trigger == t {
				out = append(out, naiveEvent{t: a.Trigger, date: a.Date, cleared: a.Cleared})
			}
		}
	}
	return out
}

var (
	sweepFrom = start2027.AddDays(-2).UnixDays()
	sweepTo   = start2027.AddMonths(60).UnixDays()
)

// The timeline found by the sweep is exactly the days on which day-by-day
// evaluation turns a trigger on, and the days it turns off.
func TestTRIG_TimelineEqualsDayByDay(t *testing.T) {
	n := 120
	if testing.Short() {
		n = 20
	}
	cases(t, n, func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor) {
		want := newNaive(h, c.pol, c.adj, absence.Date{}).timeline(sweepFrom, sweepTo)
		require.Equal(t, want, timelineOf(m))
	})
}

// The same after a stage meeting, under both counting modes.
func TestTRIG_TimelineAfterMeetingEqualsDayByDay(t *testing.T) {
	n := 80
	if testing.Short() {
		n = 15
	}
	cases(t, n, func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor) {
		r := rand.New(rand.NewPCG(seed, 99))
		meeting := start2027.AddDays(r.IntN(500))
		for _, mode := range []triggers.Counting{triggers.CountAfterMeeting, triggers.CountFullWindow} {
			pol := c.pol
			pol.Counting = mode
			mm, err := triggers.New(h, pol)
			require.NoError(t, err)
			if !c.adj.IsZero() {
				mm, err = mm.WithAdjustment(c.adj)
				require.NoError(t, err)
			}
			mm, err = mm.Since(meeting)
			require.NoError(t, err)
			want := newNaive(h, pol, c.adj, meeting).timeline(sweepFrom, sweepTo)
			require.Equal(t, want, timelineOf(mm), "mode %v meeting %v", mode, meeting)
			for _, a := range mm.Timeline() {
				require.True(t, a.Date.After(meeting), "%v activates after the meeting", a.Trigger)
			}
		}
	})
}

// Evaluate on any day agrees with day-by-day evaluation: active or not,
// since when, and the counts in the window.
func TestTRIG_EvaluateEqualsDayByDay(t *testing.T) {
	n := 60
	if testing.Short() {
		n = 10
	}
	cases(t, n, func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor) {
		nv := newNaive(h, c.pol, c.adj, absence.Date{})
		events := nv.timeline(sweepFrom, sweepTo)
		r := rand.New(rand.NewPCG(seed, 7))
		for range 25 {
			day := start2027.AddDays(r.IntN(1400))
			st, err := m.Evaluate(day)
			require.NoError(t, err)
			for _, ch := range st.Checks {
				tr := ch.Trigger
				require.Equal(t, nv.active(tr, day.UnixDays()), ch.Active, "%v on %v", tr, day)
				var activated, cleared absence.Date
				for _, e := range events {
					if e.t == tr && !e.date.After(day) {
						activated, cleared = e.date, e.cleared
					}
				}
				require.Equal(t, activated, ch.Activated, "%v activated, on %v", tr, day)
				if ch.Active {
					cleared = absence.Date{}
				}
				require.Equal(t, cleared, ch.Cleared, "%v cleared, on %v", tr, day)
				if tr == triggers.TRIG5 {
					continue
				}
				eps, wd, hours := nv.counts(tr, day.UnixDays())
				require.Equal(t, eps, ch.Evidence.Episodes, "%v episodes on %v", tr, day)
				require.Equal(t, wd, ch.Evidence.WorkingDays, "%v working days on %v", tr, day)
				if c.pol.ProRata == triggers.ByHours {
					require.True(t, hours.Equal(ch.Evidence.Hours), "%v hours on %v: %v, %v", tr, day, hours, ch.Evidence.Hours)
				}
			}
		}
	})
}

// The clear date of an active trigger is the first day on which day-by-day
// evaluation, seeing nothing after the as-of date, finds it inactive.
func TestTRIG_HeadroomClearEqualsDayByDay(t *testing.T) {
	n := 50
	if testing.Short() {
		n = 10
	}
	cases(t, n, func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor) {
		r := rand.New(rand.NewPCG(seed, 8))
		meeting := start2027.AddDays(r.IntN(400))
		mode := triggers.Counting(r.IntN(2))
		pol := c.pol
		pol.Counting = mode
		ms, err := triggers.New(h, pol)
		require.NoError(t, err)
		if !c.adj.IsZero() {
			ms, err = ms.WithAdjustment(c.adj)
			require.NoError(t, err)
		}
		ms, err = ms.Since(meeting)
		require.NoError(t, err)
		for _, mon := range []struct {
			m       *triggers.Monitor
			meeting absence.Date
		}{{m, absence.Date{}}, {ms, meeting}} {
			for range 10 {
				day := start2027.AddDays(r.IntN(1300))
				nv := newNaive(h, pol, c.adj, mon.meeting)
				nv.cut = day.UnixDays()
				hr, err := mon.m.Headroom(day)
				require.NoError(t, err)
				for _, room := range hr.Rooms {
					require.Equal(t, nv.active(room.Trigger, day.UnixDays()), room.Active, "%v on %v", room.Trigger, day)
					if !room.Active {
						require.True(t, room.Clear.IsZero())
						continue
					}
					x := day.UnixDays() + 1
					for nv.active(room.Trigger, x) {
						x++
					}
					require.Equal(t, absence.FromUnixDays(x), room.Clear, "%v clear, as of %v (meeting %v)", room.Trigger, day, mon.meeting)
				}
			}
		}
	})
}

// Adding a countable absence never lowers a working-day count nor delays an
// activation of TRIG-2, TRIG-4 or TRIG-5; if it joins no episode (a worked
// scheduled day separates it from every other record), it never lowers an
// episode count nor delays any activation. (Joining two episodes into one,
// ABS-2, rightly lowers the episode count.)
func TestTRIG_AddingCountableAbsenceNeverDelays(t *testing.T) {
	n := 60
	if testing.Short() {
		n = 10
	}
	cases(t, n, func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor) {
		r := rand.New(rand.NewPCG(seed, 9))
		for _, joinable := range []bool{false, true} {
			length := 1 + r.IntN(12)
			var per absence.Period
			var ok bool
			if joinable {
				per, ok = free(r, c.recs, length)
			} else {
				per, ok = isolated(r, c.emp, c.recs, length)
			}
			if !ok {
				continue
			}
			recs := append(slicesClone(c.recs), absence.Record{Period: per, Reason: absence.Musculoskeletal})
			h2, err := absence.NewHistory(c.emp, recs, c.pol.Recording)
			require.NoError(t, err)
			m2, err := triggers.New(h2, c.pol)
			require.NoError(t, err)
			if !c.adj.IsZero() {
				m2, err = m2.WithAdjustment(c.adj)
				require.NoError(t, err)
			}
			watched := triggers.Points()
			if joinable {
				watched = []triggers.Trigger{triggers.TRIG2, triggers.TRIG4, triggers.TRIG5}
			}
			for _, a := range m.Timeline() {
				if !contains(watched, a.Trigger) {
					continue
				}
				st, err := m2.Evaluate(a.Date)
				require.NoError(t, err)
				ch, _ := st.Check(a.Trigger)
				require.True(t, ch.Active, "%v of %v still active after adding %v", a.Trigger, a.Date, per)
				require.False(t, ch.Activated.After(a.Date), "%v not delayed", a.Trigger)
			}
			for range 10 {
				day := start2027.AddDays(r.IntN(1300))
				before, _ := m.Evaluate(day)
				after, _ := m2.Evaluate(day)
				for i, ch := range before.Checks {
					a := after.Checks[i]
					if ch.Active && contains(watched, ch.Trigger) {
						require.True(t, a.Active, "%v on %v", ch.Trigger, day)
					}
					if ch.Trigger == triggers.TRIG5 {
						continue // its evidence is the long (or longest) episode, not a window total
					}
					require.GreaterOrEqual(t, a.Evidence.WorkingDays, ch.Evidence.WorkingDays)
					require.True(t, a.Evidence.Hours.GreaterThanOrEqual(ch.Evidence.Hours))
					if !joinable {
						require.GreaterOrEqual(t, a.Evidence.Episodes, ch.Evidence.Episodes, "%v on %v", ch.Trigger, day)
					}
				}
			}
		}
	})
}

// An excluded absence (ABS-7: occupational infection with a documented link,
// agreed disability-related absence, pregnancy-related sickness; or medical
// exclusion, leave, unauthorised absence) that joins no episode never changes
// any activation or count.
func TestTRIG_ExcludedAbsenceNeverChangesActivations(t *testing.T) {
	n := 60
	if testing.Short() {
		n = 10
	}
	cases(t, n, func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor) {
		r := rand.New(rand.NewPCG(seed, 10))
		excluded := []absence.Record{
			{Reason: absence.OccupationalInfection, Evidence: absence.Evidence{InfectionControlLink: true}},
			{Reason: absence.OccupationalInfection, Evidence: absence.Evidence{Specimen: absence.SpecimenPositive}},
			{Reason: absence.Stress, Evidence: absence.Evidence{DisabilityDiscounted: true}},
			{Reason: absence.PregnancyRelated},
			{Kind: absence.MedicalExclusion},
			{Kind: absence.Leave},
			{Kind: absence.Unauthorised},
			{Kind: absence.MedicalSuspension, Reason: absence.Other, Evidence: absence.Evidence{OHConfirmedFit: true}},
		}
		x := excluded[r.IntN(len(excluded))]
		per, ok := isolated(r, c.emp, c.recs, 1+r.IntN(30))
		if !ok {
			t.Skip("no room")
		}
		x.Period = per
		h2, err := absence.NewHistory(c.emp, append(slicesClone(c.recs), x), c.pol.Recording)
		require.NoError(t, err)
		m2, err := triggers.New(h2, c.pol)
		require.NoError(t, err)
		if !c.adj.IsZero() {
			m2, err = m2.WithAdjustment(c.adj)
			require.NoError(t, err)
		}
		require.Equal(t, timelineOf(m), timelineOf(m2), "adding %v", x)
		for range 10 {
			day := start2027.AddDays(r.IntN(1300))
			before, _ := m.Evaluate(day)
			after, _ := m2.Evaluate(day)
			for i, ch := range before.Checks {
				a := after.Checks[i]
				require.Equal(t, ch.Active, a.Active)
				require.Equal(t, ch.Evidence.Episodes, a.Evidence.Episodes)
				require.Equal(t, ch.Evidence.WorkingDays, a.Evidence.WorkingDays)
			}
		}
	})
}

func slicesClone[T any](s []T) []T { return append([]T(nil), s...) }

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
