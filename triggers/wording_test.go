package triggers_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Explanations are pasted into letters: a count of one is singular, and its
// verb agrees ("1 episode … meets the threshold").
func TestTRIG_ExplanationsUseTheSingularForOne(t *testing.T) {
	pol := triggers.HR14()
	pol.TRIG1 = triggers.EpisodeLimit{Months: 1, Episodes: 1}
	pol.TRIG2 = triggers.DayLimit{Months: 1, Days: decimal.NewFromInt(1)}
	pol.TRIG5.Days = 1
	pol.Patterns.Months = 1
	part := cold(t, "2026-03-04")
	part.PartDay = &absence.PartDay{Worked: dec("5")}
	m := monitor(t, monFri(t), pol, cold(t, "2026-03-02"), part)

	c1 := check(t, evaluate(t, m, "2026-03-02"), triggers.TRIG1)
	assert.Equal(t, "TRIG-1 active since 2026-03-02: 1 episode in the 1 month 2026-02-03 to 2026-03-02 (2 Mar) meets the threshold of 1 — TRIG-1 (HR14 SAP 1.2)", c1.String())
	c2 := check(t, evaluate(t, m, "2026-03-02"), triggers.TRIG2)
	assert.Equal(t, "TRIG-2 active since 2026-03-02: 1 working day lost in the 1 month 2026-02-03 to 2026-03-02 (2 Mar) meets the threshold of 1 working day (1 × FTE 1) — TRIG-2 (HR14 SAP 1.2)", c2.String())

	ps, err := m.Patterns(d(t, "2026-03-31"), absence.EnglandAndWales())
	require.NoError(t, err)
	var all []string
	for _, f := range ps.Findings {
		all = append(all, f.String())
	}
	joined := strings.Join(all, "\n")
	assert.Contains(t, joined, "1 of 1 episode in the 1 month 2026-03-01 to 2026-03-31 starts or ends next to a rest day (2 Mar)")
	assert.Contains(t, joined, "1 part-day note in the 1 month")
	assert.Contains(t, joined, ") in 1 year (2026)")
	assert.Contains(t, ps.Bradford.String(), "(1 episode, 1 working day lost)")

	var texts []string
	texts = append(texts, all...)
	texts = append(texts, ps.Bradford.String(), evaluate(t, m, "2026-03-02").String(), evaluate(t, m, "2026-03-02").Explain())
	hr, err := m.Headroom(d(t, "2026-03-02"))
	require.NoError(t, err)
	texts = append(texts, hr.String())
	one, err := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-03-02")).Headroom(d(t, "2026-03-02"))
	require.NoError(t, err)
	assert.Contains(t, one.String(), "TRIG-5: the episode open on 2026-03-02 has 1 calendar day that counts (the threshold is 28 calendar days or more)")
	for _, a := range m.Timeline() {
		texts = append(texts, a.String(), a.Explain())
	}
	for _, s := range texts {
		for _, bad := range []string{" 1 episodes", " 1 working days", " 1 calendar days", " 1 months", " 1 part-day notes", " 1 different years", " 1 hours", " 1 calendar day that count "} {
			assert.NotContains(t, s, bad)
		}
	}
}
