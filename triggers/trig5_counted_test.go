package triggers_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// ABS-7, TRIG-5: excluded days never count towards a trigger, TRIG-5
// included. An episode of 10 counted days, 20 days that do not count (an
// agreed disability discount, pregnancy, leave, medical exclusion,
// unauthorised absence: none of them breaks the episode, ABS-2) and more
// counted days reaches 28 calendar days on its 28th counted day, 18 July,
// not when sickness resumes on 1 July "at 31 calendar days". The
// explanation, the headroom, the Summariser (the batch timeline) and an
// evaluation as of any day agree.
func TestTRIG5_ExcludedDaysAddNothing(t *testing.T) {
	disability := sick(t, "2026-06-11/2026-06-30", absence.Other)
	disability.Evidence.DisabilityDiscounted = true
	between := map[string]absence.Record{
		"disability":        disability,
		"pregnancy":         sick(t, "2026-06-11/2026-06-30", absence.PregnancyRelated),
		"leave":             {Period: p(t, "2026-06-11/2026-06-30"), Kind: absence.Leave},
		"medical-exclusion": {Period: p(t, "2026-06-11/2026-06-30"), Kind: absence.MedicalExclusion},
		"unauthorised":      {Period: p(t, "2026-06-11/2026-06-30"), Kind: absence.Unauthorised},
	}
	for name, mid := range between {
		t.Run(name, func(t *testing.T) {
			recs := []absence.Record{cold(t, "2026-06-01/2026-06-10"), mid, cold(t, "2026-07-01/2026-07-25")}
			m := monitor(t, monFri(t), triggers.HR14(), recs...)
			require.Len(t, m.History().Episodes, 1, "one episode: no shift worked in between")
			assert.Contains(t, activations(m), "TRIG-5 2026-07-18", "the 28th counted day")
			assert.NotContains(t, activations(m), "TRIG-5 2026-07-01")

			assert.False(t, check(t, evaluate(t, m, "2026-07-01"), triggers.TRIG5).Active, "11 counted days")
			assert.False(t, check(t, evaluate(t, m, "2026-07-17"), triggers.TRIG5).Active, "27 counted days")
			c := check(t, evaluate(t, m, "2026-07-18"), triggers.TRIG5)
			assert.True(t, c.Active)
			assert.Equal(t, 28, c.Evidence.CalendarDays)

			for _, a := range m.Timeline() {
				if a.Trigger == triggers.TRIG5 {
					assert.Equal(t, "2026-07-18", a.Date.String())
					assert.Equal(t, 28, a.Evidence.CalendarDays)
					assert.NotContains(t, a.String(), "reached 48 calendar days")
					assert.Contains(t, a.String(), "reached 28 calendar days")
				}
			}

			hr, err := m.Headroom(d(t, "2026-07-05"))
			require.NoError(t, err)
			r := hr.Rooms[4]
			require.Equal(t, triggers.TRIG5, r.Trigger)
			assert.Equal(t, "15", r.Count.String(), "10 counted days in June and 5 in July")
			assert.Equal(t, "13", r.Left.String())

			s, err := triggers.NewSummariser(triggers.HR14())
			require.NoError(t, err)
			sums, err := s.TimelineSummary(monFri(t), recs)
			require.NoError(t, err)
			var long []string
			for _, x := range sums {
				if x.Trigger == triggers.TRIG5 {
					long = append(long, x.Date.String())
				}
			}
			assert.Equal(t, []string{"2026-07-18"}, long, "the batch timeline follows the same rule")
		})
	}
}

// TRIG-5: rest days between two counted records stay inside the counted run
// and add to the length; the threshold is reached on the 28th calendar day
// when nothing inside the episode is excluded (worked example 3, in weekly
// records).
func TestTRIG5_RestDaysInsideARunCount(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(),
		cold(t, "2026-06-01/2026-06-05"), cold(t, "2026-06-08/2026-06-12"), cold(t, "2026-06-15/2026-06-19"),
		cold(t, "2026-06-22/2026-06-26"), cold(t, "2026-06-29/2026-07-03"))
	require.Len(t, m.History().Episodes, 1)
	assert.Contains(t, activations(m), "TRIG-5 2026-06-28")
}
