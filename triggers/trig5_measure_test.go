package triggers_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// TRIG-5, both measures of an episode's length on one history: 10 counted
// days, 20 days of disability-discounted sickness, then counted days again.
// By default (CountedDays) the excluded days add nothing and TRIG-5 activates
// on the 28th counted day, 18 July; the knob CountedSpan keeps the reading
// before issue 14: from the first counted day, reached when sickness resumes
// on 1 July. Each explanation says what it measured.
func TestTRIG5_Measure(t *testing.T) {
	disc := sick(t, "2026-06-11/2026-06-30", absence.Other)
	disc.Evidence.DisabilityDiscounted = true
	recs := []absence.Record{cold(t, "2026-06-01/2026-06-10"), disc, cold(t, "2026-07-01/2026-07-25")}
	span := triggers.HR14()
	span.TRIG5.Measure = triggers.CountedSpan

	tests := []struct {
		pol      triggers.Policy
		on       string
		text     string
		headroom string
	}{
		{triggers.HR14(), "2026-07-18",
			"TRIG-5 activated on 2026-07-18: the episode 2026-06-01 to 2026-07-18 reached 28 calendar days that count of the 48 from its first to its last counted day, the threshold of 28 calendar days or more — TRIG-5 (HR14 SAP 1.2)",
			"TRIG-5: the episode open on 2026-07-05 has 15 calendar days that count (the threshold is 28 calendar days or more); 13 more calendar days of it would activate it — TRIG-5 (HR14 SAP 1.2)"},
		{span, "2026-07-01",
			"TRIG-5 activated on 2026-07-01: the episode 2026-06-01 to 2026-07-01 reached 31 calendar days, the threshold of 28 calendar days or more — TRIG-5 (HR14 SAP 1.2)",
			"TRIG-5 is active: an episode of 28 calendar days or more has sickness in the 12 months 2025-07-06 to 2026-07-05. With no more sickness the employee is clear of TRIG-5 on 2027-07-05 — TRIG-5 (HR14 SAP 1.2)"},
	}
	for _, tt := range tests {
		t.Run(tt.pol.TRIG5.Measure.String(), func(t *testing.T) {
			m := monitor(t, monFri(t), tt.pol, recs...)
			var long []triggers.Activation
			for _, a := range m.Timeline() {
				if a.Trigger == triggers.TRIG5 {
					long = append(long, a)
				}
			}
			require.Len(t, long, 1)
			a := long[0]
			assert.Equal(t, tt.on, a.Date.String())
			assert.Equal(t, tt.text, a.String())
			assert.Equal(t, tt.pol.TRIG5.Measure, a.Evidence.Threshold.Measure)
			require.Len(t, a.Evidence.Counted, 1)
			assert.Equal(t, a.Evidence.Counted[0].Span.Days()-20, a.Evidence.Counted[0].CountedDays)
			explain := a.Explain()
			assert.Contains(t, explain, "2026-06-11/2026-06-30 not counted: disability-related absence the manager agreed to discount")

			hr, err := m.Headroom(d(t, "2026-07-05"))
			require.NoError(t, err)
			assert.Equal(t, tt.headroom, hr.Rooms[4].String())

			// The batch path follows the same measure.
			s, err := triggers.NewSummariser(tt.pol)
			require.NoError(t, err)
			sums, err := s.TimelineSummary(monFri(t), recs)
			require.NoError(t, err)
			assert.Equal(t, m.TimelineSummary(), sums)
		})
	}
}
