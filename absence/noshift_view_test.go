package absence_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/absencerules/hr14/absence"
)

// Sickness with no shift lost stays visible: History.NoShiftLost, with its
// records, reasons, days for pay and a finding that says why it is not an
// episode (§4.4, ABS-2).
func TestABS2_NoShiftLostKeptWithAFinding(t *testing.T) {
	h := history(t, monFri(t),
		sick(t, "2026-01-10/2026-01-11", absence.Infection),
		sick(t, "2026-01-14", absence.Stress),
		sick(t, "2026-01-17/2026-01-18", absence.Musculoskeletal))
	require.Len(t, h.Episodes, 1)
	require.Len(t, h.NoShiftLost, 2)
	n := h.NoShiftLost[1]
	assert.Equal(t, "2026-01-17/2026-01-18", n.Period.String())
	assert.Equal(t, []int{2}, n.Records)
	assert.Equal(t, []absence.Reason{absence.Musculoskeletal}, n.Reasons)
	assert.Equal(t, []string{"2026-01-17/2026-01-18"}, periods(n.Pay.Days))
	assert.Equal(t, 0, n.Pay.WorkingDays)
	require.NotEmpty(t, n.Findings)
	f := n.Findings[len(n.Findings)-1]
	assert.Equal(t, "ABS-2", f.Rule.ID)
	assert.Equal(t, "HR14 §4.4", f.Rule.Clause)
	assert.Contains(t, f.Text, "2026-01-17/2026-01-18: sickness only on days with no scheduled shift")
	assert.Contains(t, f.Text, "not an episode of sickness and counts towards no trigger")

	b, err := json.Marshal(h)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"noShiftLost":[{"period":"2026-01-10/2026-01-11"`)
	var back absence.History
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, h.NoShiftLost[0].Period, back.NoShiftLost[0].Period)

	// Not kept when a shift was lost: no NoShiftLost, and none in JSON.
	h = history(t, monFri(t), sick(t, "2026-01-14", absence.Stress))
	assert.Empty(t, h.NoShiftLost)
	b, err = json.Marshal(h)
	require.NoError(t, err)
	assert.False(t, strings.Contains(string(b), "noShiftLost"))
}

// ABS-7, TRIG-5: the trigger view gives both lengths of an episode: the
// calendar days of its counted runs (CountedDays: excluded days and leave add
// nothing) and its counted span (CalendarDays).
func TestABS7_CountedDaysLeaveOutExcludedDays(t *testing.T) {
	disc := sick(t, "2026-06-11/2026-06-30", absence.Other)
	disc.Evidence.DisabilityDiscounted = true
	h := history(t, monFri(t), sick(t, "2026-06-01/2026-06-10", absence.Infection), disc,
		sick(t, "2026-07-01", absence.Infection))
	require.Len(t, h.Episodes, 1)
	tv := h.Episodes[0].Triggers
	assert.Equal(t, 11, tv.CountedDays)
	assert.Equal(t, 31, tv.CalendarDays)
	assert.Equal(t, 31, h.Episodes[0].CalendarDays, "ABS-1 length: every day of the episode")

	// Rest days between two counted records stay inside a run.
	h = history(t, monFri(t), sick(t, "2026-06-04/2026-06-05", absence.Infection), sick(t, "2026-06-08", absence.Infection))
	assert.Equal(t, 5, h.Episodes[0].Triggers.CountedDays)
}
