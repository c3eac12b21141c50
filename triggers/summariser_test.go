package triggers_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// exactly is a Summary with its threshold as text, so that a comparison
// sees the decimal's exact representation ("6.5" is not "6.50").
type exactly struct {
	triggers.Summary
	Threshold string
}

func exactSummaries(s []triggers.Summary) []exactly {
	out := make([]exactly, 0, len(s))
	for _, a := range s {
		e := exactly{a, a.Threshold.String()}
		e.Summary.Threshold = decimal.Decimal{}
		out = append(out, e)
	}
	return out
}

// A Summariser gives exactly the summaries of the Monitor that New builds
// from absence.NewHistory, whole and cut at a date, and the same error for
// input NewHistory refuses: random cases (weekly patterns, rosters, bank
// holidays off, part days, exclusions, leave, pro rata by hours, both TRIG-5
// readings, other trusts' numbers), some in shuffled order, some with an
// overlapping record; one Summariser per policy, reused across cases of any
// size and after errors.
func TestTRIG_SummariserEqualsMonitor(t *testing.T) {
	type entry struct {
		pol triggers.Policy
		s   *triggers.Summariser
	}
	var sums []entry
	summariser := func(pol triggers.Policy) *triggers.Summariser {
		for _, e := range sums {
			if cmp.Equal(e.pol, pol, cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })) {
				return e.s
			}
		}
		s, err := triggers.NewSummariser(pol)
		require.NoError(t, err)
		sums = append(sums, entry{pol, s})
		return s
	}
	n := 600
	if testing.Short() {
		n = 100
	}
	refused := 0
	for seed := uint64(1); seed <= uint64(n); seed++ {
		r := rand.New(rand.NewPCG(seed, 15))
		c := newRandomCase(r)
		switch seed % 8 {
		case 3:
			r.Shuffle(len(c.recs), func(i, j int) { c.recs[i], c.recs[j] = c.recs[j], c.recs[i] })
		case 5:
			c.recs = append(c.recs, c.recs[r.IntN(len(c.recs))]) // a duplicate
		}
		s := summariser(c.pol)
		what := fmt.Sprint("seed ", seed)
		h, herr := absence.NewHistory(c.emp, c.recs, c.pol.Recording)
		got, err := s.TimelineSummary(c.emp, c.recs)
		if herr != nil {
			require.EqualError(t, err, herr.Error(), what)
			refused++
			continue
		}
		require.NoError(t, err, what)
		m, err := triggers.New(h, c.pol)
		require.NoError(t, err, what)
		require.Equal(t, exactSummaries(m.TimelineSummary()), exactSummaries(got), what)

		cut := c.recs[r.IntN(len(c.recs))].Period.Start.AddDays(r.IntN(60) - 30)
		want, err := m.TimelineSummaryTo(cut)
		require.NoError(t, err, what)
		got, err = s.TimelineSummaryTo(c.emp, c.recs, cut)
		require.NoError(t, err, what)
		require.Equal(t, exactSummaries(want), exactSummaries(got), what)
	}
	require.Positive(t, refused)
	require.Less(t, refused, n/4)
}

func TestSummariserErrors(t *testing.T) {
	pol := triggers.HR14()
	pol.TRIG1.Months = 0
	_, err := triggers.NewSummariser(pol)
	require.ErrorIs(t, err, triggers.ErrInvalidPolicy)

	s, err := triggers.NewSummariser(triggers.HR14())
	require.NoError(t, err)
	require.Equal(t, triggers.HR14().TRIG1, s.Policy().TRIG1)
	emp := monFri(t)
	_, err = s.TimelineSummaryTo(emp, nil, absence.Date{Year: 2026, Month: 2, Day: 30})
	require.ErrorIs(t, err, triggers.ErrInvalidDate)
	_, err = s.TimelineSummaryTo(absence.Employee{}, nil, absence.Date{Year: 2026, Month: 2, Day: 3})
	require.ErrorIs(t, err, absence.ErrFTE)
	got, err := s.TimelineSummary(emp, nil)
	require.NoError(t, err)
	require.Empty(t, got)
}
