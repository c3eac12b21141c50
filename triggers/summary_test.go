package triggers_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/require"
)

// summaryOf is what a Summary must hold of an Activation.
func summaryOf(a triggers.Activation) triggers.Summary {
	return triggers.Summary{Trigger: a.Trigger, Date: a.Date, Cleared: a.Cleared, Window: a.Evidence.Window,
		Episodes: a.Evidence.Episodes, WorkingDays: a.Evidence.WorkingDays, Threshold: a.Evidence.Threshold.Value}
}

func requireSummary(t *testing.T, acts []triggers.Activation, got []triggers.Summary) {
	t.Helper()
	require.Len(t, got, len(acts))
	for i, a := range acts {
		want := summaryOf(a)
		require.True(t, want.Threshold.Equal(got[i].Threshold), "activation %d threshold", i)
		want.Threshold = got[i].Threshold
		require.Equal(t, want, got[i], "activation %d", i)
	}
}

// TestTRIG_TimelineSummaryEqualsTimeline: the summary of every activation
// (TRIG-1 … TRIG-5, pro rata by days or hours, adjusted, after a stage
// meeting in both counting modes, cut at a date) has the counts of the
// activation's evidence.
func TestTRIG_TimelineSummaryEqualsTimeline(t *testing.T) {
	cases(t, 150, func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor) {
		ms := []*triggers.Monitor{m}
		if len(h.Episodes) > 2 {
			meeting := h.Episodes[len(h.Episodes)/2].Period.Start.AddDays(1)
			after, err := m.Since(meeting)
			require.NoError(t, err)
			pol := c.pol
			pol.Counting = triggers.CountFullWindow
			full, err := triggers.New(h, pol)
			require.NoError(t, err)
			full, err = full.Since(meeting)
			require.NoError(t, err)
			ms = append(ms, after, full)
		}
		for _, m := range ms {
			requireSummary(t, m.Timeline(), m.TimelineSummary())
			if len(h.Episodes) > 0 {
				cut := h.Episodes[len(h.Episodes)-1].Period.Start.AddDays(2)
				acts, err := m.TimelineTo(cut)
				require.NoError(t, err)
				sum, err := m.TimelineSummaryTo(cut)
				require.NoError(t, err)
				requireSummary(t, acts, sum)
			}
		}
	})
	_, err := monitor(t, monFri(t), triggers.HR14()).TimelineSummaryTo(absence.Date{})
	require.ErrorIs(t, err, triggers.ErrInvalidDate)
}
