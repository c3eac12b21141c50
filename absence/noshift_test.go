package absence_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/absencerules/hr14/absence"
)

// §4.4: a sickness day is a day on which the employee cannot work their
// shift. A Monday–Friday worker recorded sick on two weekends lost no shift:
// no episode (ABS-1, ABS-2), so nothing to count and nothing to follow up.
func TestABS2_NoShiftLostIsNotAnEpisode(t *testing.T) {
	h := history(t, monFri(t),
		sick(t, "2026-01-10/2026-01-11", absence.Infection), // Sat–Sun
		sick(t, "2026-01-17/2026-01-18", absence.Infection)) // Sat–Sun
	assert.Empty(t, h.Episodes, "no scheduled shift lost: no episode")

	// A bank holiday the employee has off is a day with no scheduled shift.
	w, err := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	require.NoError(t, err)
	emp := monFri(t)
	emp.Schedule = w.BankHolidaysOff(absence.EnglandAndWales())
	h = history(t, emp, sick(t, "2026-05-02/2026-05-04", absence.Stress)) // Sat–bank holiday Mon
	assert.Empty(t, h.Episodes)

	// A day outside a roster is a day off.
	ro, err := absence.NewRoster([]absence.RosterShift{{Date: d(t, "2026-03-02"), Hours: dec("12.5")}, {Date: d(t, "2026-03-05"), Hours: dec("12.5")}})
	require.NoError(t, err)
	emp.Schedule = ro
	h = history(t, emp, sick(t, "2026-03-03/2026-03-04", absence.Other))
	assert.Empty(t, h.Episodes)
	h = history(t, emp, sick(t, "2026-03-04/2026-03-05", absence.Other))
	require.Len(t, h.Episodes, 1, "a rostered shift lost")
	assert.Equal(t, 1, h.Episodes[0].Triggers.WorkingDays)
}

// ABS-2: rest days between two sickness days stay inside the episode, even
// when they are recorded as sickness on their own: a weekend record between a
// Friday and a Monday is part of one episode, and counts for TRIG-5's length.
func TestABS2_NoShiftLostInsideAnEpisode(t *testing.T) {
	h := history(t, monFri(t),
		sick(t, "2026-01-09", absence.Infection),            // Fri
		sick(t, "2026-01-10/2026-01-11", absence.Infection), // Sat–Sun
		sick(t, "2026-01-12", absence.Infection))            // Mon
	require.Len(t, h.Episodes, 1)
	ep := h.Episodes[0]
	assert.Equal(t, "2026-01-09/2026-01-12", ep.Period.String())
	assert.Equal(t, []string{"2026-01-09/2026-01-12"}, periods(ep.Triggers.Counted))
	assert.Equal(t, 2, ep.Triggers.WorkingDays)
	assert.Len(t, ep.Records, 3)

	// A weekend touching the end of an episode is inside it too.
	h = history(t, monFri(t),
		sick(t, "2026-01-08/2026-01-09", absence.Infection), // Thu–Fri
		sick(t, "2026-01-10/2026-01-11", absence.Infection)) // Sat–Sun
	require.Len(t, h.Episodes, 1)
	assert.Equal(t, "2026-01-08/2026-01-11", h.Episodes[0].Period.String())

	// Leave on scheduled days with sickness only at the weekend: no shift
	// lost to sickness, no episode.
	h = history(t, monFri(t),
		absence.Record{Period: p(t, "2026-01-05/2026-01-09"), Kind: absence.Leave},
		sick(t, "2026-01-10/2026-01-11", absence.Infection))
	assert.Empty(t, h.Episodes)

	// A part day with less than half worked lost (part of) a shift.
	pd := sick(t, "2026-01-09/2026-01-11", absence.Infection)
	pd.PartDay = &absence.PartDay{Worked: dec("2")}
	h = history(t, monFri(t), pd)
	require.Len(t, h.Episodes, 1)
	assert.Equal(t, 1, h.Episodes[0].Triggers.WorkingDays)
	// Half or more worked, then sick at the weekend: no shift lost.
	pd.PartDay = &absence.PartDay{Worked: dec("4")}
	h = history(t, monFri(t), pd)
	assert.Empty(t, h.Episodes)
}
