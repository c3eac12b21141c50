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
