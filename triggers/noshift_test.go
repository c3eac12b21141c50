package triggers_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/absencerules/hr14/triggers"
)

// §4.4, ABS-1, ABS-2: a Monday–Friday worker recorded sick on two weekends
// lost no shift: no episode, no TRIG-1, in the explained path and in the
// batch timeline alike. The same weekend between a Friday and a Monday of
// sickness is inside that episode.
func TestABS2_NoShiftLostCountsTowardsNoTrigger(t *testing.T) {
	recs := []string{"2026-01-10/2026-01-11", "2026-01-17/2026-01-18"}
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, recs[0]), cold(t, recs[1]))
	assert.Empty(t, m.History().Episodes)
	assert.Empty(t, m.Timeline(), "no TRIG-1 for 0 working days lost")
	c := check(t, evaluate(t, m, "2026-01-18"), triggers.TRIG1)
	assert.Equal(t, 0, c.Evidence.Episodes)

	s, err := triggers.NewSummariser(triggers.HR14())
	require.NoError(t, err)
	sums, err := s.TimelineSummary(monFri(t), m.History().Records)
	require.NoError(t, err)
	assert.Empty(t, sums)

	// With a weekday episode, the weekends still add no episode.
	m = monitor(t, monFri(t), triggers.HR14(), cold(t, recs[0]), cold(t, "2026-01-14"), cold(t, recs[1]))
	assert.Len(t, m.History().Episodes, 1)
	assert.Empty(t, m.Timeline())

	// Friday, the weekend and Monday: one episode of 4 calendar days; a
	// record from Saturday to Monday is an episode from the Saturday.
	m = monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-09"), cold(t, recs[0]), cold(t, "2026-01-12"), cold(t, "2026-01-17/2026-01-19"))
	require.Len(t, m.History().Episodes, 2)
	assert.Equal(t, 4, m.History().Episodes[0].CalendarDays)
	assert.Equal(t, []string{"TRIG-1 2026-01-17"}, activations(m))
}
