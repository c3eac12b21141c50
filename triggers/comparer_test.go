package triggers_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// otherPolicy returns a policy to compare with pol: the same one, other
// numbers with the same recording (the episodes formed once), or another
// recording as well.
func otherPolicy(r *rand.Rand, pol triggers.Policy) triggers.Policy {
	o := pol
	switch r.IntN(4) {
	case 0: // identical
	case 1, 2: // "3 in 12" instead of "2 in 6", and other numbers
		o.TRIG1 = triggers.EpisodeLimit{Months: 1 + r.IntN(12), Episodes: 1 + r.IntN(4)}
		o.TRIG2.Days = decimal.NewFromInt(int64(1 + r.IntN(15)))
		o.TRIG3 = triggers.EpisodeLimit{Months: 12, Episodes: 2 + r.IntN(4)}
		o.TRIG5.Days = 5 + r.IntN(40)
		if r.IntN(2) == 0 {
			o.ProRata = 1 - o.ProRata
		}
	default: // another recording: the episodes differ
		o.Recording.ExactlyHalf = 1 - o.Recording.ExactlyHalf
		o.Recording.Exclude.Pregnancy = !o.Recording.Exclude.Pregnancy
	}
	return o
}

// A Comparer gives under each policy exactly what a Summariser of that
// policy gives (and so the Monitor, TestTRIG_SummariserEqualsMonitor),
// whole and cut at a date, and the same error: random cases against the
// same policy, other numbers (episodes formed once) and another recording
// policy (formed twice). Under identical policies the two sides are equal.
func TestTRIG_ComparerEqualsSummarisers(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 80
	}
	identical := 0
	for seed := uint64(1); seed <= uint64(n); seed++ {
		r := rand.New(rand.NewPCG(seed, 19))
		c := newRandomCase(r)
		if seed%8 == 5 {
			c.recs = append(c.recs, c.recs[r.IntN(len(c.recs))]) // refused
		}
		other := otherPolicy(r, c.pol)
		what := fmt.Sprint("seed ", seed)
		cmpr, err := triggers.NewComparer(c.pol, other)
		require.NoError(t, err, what)
		sa, err := triggers.NewSummariser(c.pol)
		require.NoError(t, err)
		sb, err := triggers.NewSummariser(other)
		require.NoError(t, err)

		wantA, errA := sa.TimelineSummary(c.emp, c.recs)
		wantB, errB := sb.TimelineSummary(c.emp, c.recs)
		gotA, gotB, err := cmpr.TimelineSummaries(c.emp, c.recs)
		if errA != nil || errB != nil {
			require.Error(t, err, what)
			if errA != nil {
				require.EqualError(t, err, errA.Error(), what)
			}
			continue
		}
		require.NoError(t, err, what)
		require.Equal(t, exactSummaries(wantA), exactSummaries(gotA), what)
		require.Equal(t, exactSummaries(wantB), exactSummaries(gotB), what)
		ra, rb := cmpr.Counted()
		require.Equal(t, sa.Counted(), ra, what)
		require.Equal(t, sb.Counted(), rb, what)
		pa, pb := cmpr.Policies()
		require.Equal(t, c.pol.TRIG1, pa.TRIG1)
		require.Equal(t, other.TRIG1, pb.TRIG1)
		if c.pol.Recording.Equal(other.Recording) && c.pol.TRIG1 == other.TRIG1 && c.pol.TRIG3 == other.TRIG3 &&
			c.pol.TRIG2.Days.Equal(other.TRIG2.Days) && c.pol.TRIG5 == other.TRIG5 && c.pol.ProRata == other.ProRata {
			require.Equal(t, exactSummaries(gotA), exactSummaries(gotB), what)
			identical++
		}

		cut := c.recs[r.IntN(len(c.recs))].Period.Start.AddDays(r.IntN(60) - 30)
		wantA, err = sa.TimelineSummaryTo(c.emp, c.recs, cut)
		require.NoError(t, err)
		wantB, err = sb.TimelineSummaryTo(c.emp, c.recs, cut)
		require.NoError(t, err)
		gotA, gotB, err = cmpr.TimelineSummariesTo(c.emp, c.recs, cut)
		require.NoError(t, err, what)
		require.Equal(t, exactSummaries(wantA), exactSummaries(gotA), what)
		require.Equal(t, exactSummaries(wantB), exactSummaries(gotB), what)
	}
	require.Positive(t, identical)
}

func TestComparerErrors(t *testing.T) {
	bad := triggers.HR14()
	bad.TRIG3.Months = 0
	_, err := triggers.NewComparer(triggers.HR14(), bad)
	require.ErrorIs(t, err, triggers.ErrInvalidPolicy)
	_, err = triggers.NewComparer(bad, triggers.HR14())
	require.ErrorIs(t, err, triggers.ErrInvalidPolicy)
	c, err := triggers.NewComparer(triggers.HR14(), triggers.HR14())
	require.NoError(t, err)
	_, _, err = c.TimelineSummariesTo(monFri(t), nil, absence.Date{Year: 2026, Month: 2, Day: 30})
	require.ErrorIs(t, err, triggers.ErrInvalidDate)
	a, b := c.Counted()
	require.Empty(t, a.Runs)
	require.Empty(t, b.Runs)
}

// A Summariser with an adjustment gives exactly the summaries of
// Monitor.WithAdjustment (TRIG-9), and its counted runs are those of the
// History's episodes; an adjustment below the policy is refused.
func TestTRIG9_SummariserWithAdjustmentEqualsMonitor(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 60
	}
	adjusted := 0
	for seed := uint64(1); seed <= uint64(n); seed++ {
		r := rand.New(rand.NewPCG(seed, 23))
		c := newRandomCase(r)
		if c.adj.IsZero() {
			c.adj = triggers.Adjustment{TRIG1: c.pol.TRIG1.Episodes + 1, TRIG2: c.pol.TRIG2.Days.Add(decimal.NewFromInt(5)),
				TRIG3: c.pol.TRIG3.Episodes + r.IntN(3), TRIG5: c.pol.TRIG5.Days + r.IntN(20)}
		}
		what := fmt.Sprint("seed ", seed)
		h, err := absence.NewHistory(c.emp, c.recs, c.pol.Recording)
		if err != nil {
			continue
		}
		m, err := triggers.New(h, c.pol)
		require.NoError(t, err, what)
		ma, err := m.WithAdjustment(c.adj)
		require.NoError(t, err, what)
		plain, err := triggers.NewSummariser(c.pol)
		require.NoError(t, err)
		s, err := plain.WithAdjustment(c.adj)
		require.NoError(t, err, what)
		require.Equal(t, c.adj, s.Adjustment())
		require.True(t, plain.Adjustment().IsZero())
		got, err := s.TimelineSummary(c.emp, c.recs)
		require.NoError(t, err, what)
		require.Equal(t, exactSummaries(ma.TimelineSummary()), exactSummaries(got), what)

		var runs []absence.Period
		for _, ep := range h.Episodes {
			runs = append(runs, ep.Triggers.Counted...)
		}
		require.Equal(t, len(runs), len(s.Counted().Runs), what)
		for k := range runs {
			require.Equal(t, runs[k], s.Counted().Runs[k], what)
		}
		adjusted++
	}
	require.Greater(t, adjusted, n/2)

	s, err := triggers.NewSummariser(triggers.HR14())
	require.NoError(t, err)
	_, err = s.WithAdjustment(triggers.Adjustment{TRIG1: 1})
	require.ErrorIs(t, err, triggers.ErrAdjustment)
}

// Activations are the summaries reduced to their trigger points and days,
// from a Summariser and from a Comparer, whole and cut at a date.
func TestTRIG_ActivationsEqualSummaries(t *testing.T) {
	reduce := func(s []triggers.Summary) []triggers.Activated {
		out := []triggers.Activated{}
		for _, a := range s {
			out = append(out, triggers.Activated{Trigger: a.Trigger, Date: a.Date, Cleared: a.Cleared})
		}
		return out
	}
	orEmpty := func(a []triggers.Activated) []triggers.Activated {
		if a == nil {
			return []triggers.Activated{}
		}
		return a
	}
	for seed := uint64(1); seed <= 200; seed++ {
		r := rand.New(rand.NewPCG(seed, 29))
		c := newRandomCase(r)
		other := otherPolicy(r, c.pol)
		what := fmt.Sprint("seed ", seed)
		s, err := triggers.NewSummariser(c.pol)
		require.NoError(t, err)
		cmpr, err := triggers.NewComparer(c.pol, other)
		require.NoError(t, err)
		sums, err := s.TimelineSummary(c.emp, c.recs)
		if err != nil {
			_, err2 := s.Activations(c.emp, c.recs)
			require.EqualError(t, err2, err.Error())
			_, _, err2 = cmpr.Activations(c.emp, c.recs)
			require.Error(t, err2)
			continue
		}
		want := reduce(sums)
		got, err := s.Activations(c.emp, c.recs)
		require.NoError(t, err, what)
		require.Equal(t, want, orEmpty(got), what)
		sa, sb, err := cmpr.TimelineSummaries(c.emp, c.recs)
		require.NoError(t, err, what)
		wa, wb := reduce(sa), reduce(sb)
		ga, gb, err := cmpr.Activations(c.emp, c.recs)
		require.NoError(t, err, what)
		require.Equal(t, wa, orEmpty(ga), what)
		require.Equal(t, wb, orEmpty(gb), what)

		cut := c.recs[r.IntN(len(c.recs))].Period.Start.AddDays(r.IntN(60) - 30)
		sums, err = s.TimelineSummaryTo(c.emp, c.recs, cut)
		require.NoError(t, err)
		want = reduce(sums)
		got, err = s.ActivationsTo(c.emp, c.recs, cut)
		require.NoError(t, err, what)
		require.Equal(t, want, orEmpty(got), what)
		sa, sb, err = cmpr.TimelineSummariesTo(c.emp, c.recs, cut)
		require.NoError(t, err)
		ga, gb, err = cmpr.ActivationsTo(c.emp, c.recs, cut)
		require.NoError(t, err, what)
		require.Equal(t, reduce(sa), orEmpty(ga), what)
		require.Equal(t, reduce(sb), orEmpty(gb), what)
	}
	s, err := triggers.NewSummariser(triggers.HR14())
	require.NoError(t, err)
	_, err = s.ActivationsTo(monFri(t), nil, absence.Date{Year: 2026, Month: 2, Day: 30})
	require.ErrorIs(t, err, triggers.ErrInvalidDate)
	c, err := triggers.NewComparer(triggers.HR14(), triggers.HR14())
	require.NoError(t, err)
	_, _, err = c.ActivationsTo(monFri(t), nil, absence.Date{Year: 2026, Month: 2, Day: 30})
	require.ErrorIs(t, err, triggers.ErrInvalidDate)
}
