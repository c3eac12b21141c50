package triggers_test

import (
	"errors"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TRIG-2 and TRIG-4 are pro rata: 10 × FTE working days, reached on the
// ceil(10 × FTE)-th scheduled day of a continuous absence from Mon 2026-02-02.
func TestTRIG2_ProRataByFTE(t *testing.T) {
	tests := []struct {
		name, mask, fte, threshold, activates string
	}{
		{"full time", "MTWTF..", "1", "10", "2026-02-13"},
		{"0.6 FTE Mon–Wed", "MTW....", "0.6", "6", "2026-02-11"},
		{"0.8 FTE Mon–Thu", "MTWT...", "0.8", "8", "2026-02-12"},
		{"0.8 FTE Mon/Wed/Fri/Sun", "M.W.F.S", "0.8", "8", "2026-02-15"},
		{"0.65 FTE: 6.5 is reached on the 7th day", "MTWTF..", "0.65", "6.5", "2026-02-10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := monitor(t, worker(t, tc.mask, tc.fte), triggers.HR14(), cold(t, "2026-02-02/2026-03-01"))
			tl := m.Timeline()
			require.NotEmpty(t, tl)
			assert.Equal(t, triggers.TRIG2, tl[0].Trigger)
			assert.Equal(t, tc.activates, tl[0].Date.String())
			assert.True(t, dec(tc.threshold).Equal(tl[0].Evidence.Threshold.Value), tl[0].Evidence.Threshold.Value)
			c := check(t, evaluate(t, m, absence.Date(tl[0].Date).AddDays(-1).String()), triggers.TRIG2)
			assert.False(t, c.Active, "not the day before")
		})
	}
	m := monitor(t, worker(t, "MTWTF..", "0.65"), triggers.HR14(), cold(t, "2026-02-02/2026-03-01"))
	assert.Contains(t, m.Timeline()[0].String(), "reached the threshold of 6.5 working days (10 × FTE 0.65, reached on the 7th working day)")
}

// Hours mode (knob): hours lost against 10 × standard day hours × FTE.
func TestTRIG2_ProRataByHours(t *testing.T) {
	var week [7]absence.Shift
	for _, wd := range []time.Weekday{time.Monday, time.Wednesday, time.Saturday} {
		week[wd] = absence.Shift{Hours: dec("12.5")}
	}
	shifts, err := absence.NewWeeklyPattern(week)
	require.NoError(t, err)
	emp := absence.Employee{FTE: dec("1"), StandardDayHours: dec("7.5"), Schedule: shifts}
	absent := cold(t, "2026-02-02/2026-03-01") // shifts Feb 2, 4, 7, 9, 11, 14, 16, 18, 21, 23, …

	days := monitor(t, emp, triggers.HR14(), absent)
	assert.Equal(t, "2026-02-23", days.Timeline()[0].Date.String(), "by days: the 10th shift")

	pol := triggers.HR14()
	pol.ProRata = triggers.ByHours
	hours := monitor(t, emp, pol, absent)
	a := hours.Timeline()[0]
	assert.Equal(t, "2026-02-14", a.Date.String(), "by hours: 75 hours is the 6th 12.5-hour shift")
	assert.Equal(t, triggers.Hours, a.Evidence.Threshold.Unit)
	assert.True(t, dec("75").Equal(a.Evidence.Hours))
	assert.Contains(t, a.String(), "75 hours lost in the 6 months 2025-08-15 to 2026-02-14 (2–14 Feb) reached the threshold of 75 hours (10 days × 7.5 hours × FTE 1)")

	emp.FTE = dec("0.6") // 45 hours: 3 shifts are 37.5, the 4th reaches 50
	hours = monitor(t, emp, pol, absent)
	assert.Equal(t, "2026-02-09", hours.Timeline()[0].Date.String())
	hr, err := hours.Headroom(d(t, "2026-02-07"))
	require.NoError(t, err)
	assert.True(t, dec("7.5").Equal(hr.Rooms[1].Left), "45 − 37.5 hours left: %v", hr.Rooms[1].Left)
}

// A reasonable adjustment raises a threshold and says so.
func TestTRIG1_ReasonableAdjustment(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02"), cold(t, "2026-04-14"))
	assert.Equal(t, "2026-03-02", m.Timeline()[0].Date.String())

	adj := triggers.Adjustment{Agreed: d(t, "2025-12-01"), Reference: "RA-7", TRIG1: 3, TRIG2: dec("15")}
	ma, err := m.WithAdjustment(adj)
	require.NoError(t, err)
	tl := ma.Timeline()
	require.Len(t, tl, 1)
	assert.Equal(t, "TRIG-1 activated on 2026-04-14: 3 episodes in the 6 months 2025-10-15 to 2026-04-14 (6–7 Jan, 2 Mar, 14 Apr) reached the threshold of 3, raised from 2 by a reasonable adjustment (agreed 2025-12-01, ref RA-7) — TRIG-1 (HR14 SAP 1.2)", tl[0].String())
	assert.Contains(t, tl[0].Explain(), "raised for this employee as a reasonable adjustment — TRIG-9 (Equality Act 2010; HR14 App 3)")
	assert.Contains(t, tl[0].Explain(), "Threshold: 3 episodes, raised from 2")
	assert.True(t, m.Adjustment().IsZero(), "the original monitor is unchanged")

	// Pro rata applies to the raised days: 15 × 0.6 = 9.
	part := monitor(t, worker(t, "MTW....", "0.6"), triggers.HR14(), cold(t, "2026-02-02/2026-03-01"))
	part, err = part.WithAdjustment(triggers.Adjustment{TRIG2: dec("15"), TRIG4: dec("15")})
	require.NoError(t, err)
	a := part.Timeline()[0]
	assert.Equal(t, triggers.TRIG2, a.Trigger)
	assert.True(t, dec("9").Equal(a.Evidence.Threshold.Value))
	assert.Equal(t, "2026-02-18", a.Date.String(), "the 9th Mon–Wed day")

	_, err = m.WithAdjustment(triggers.Adjustment{TRIG3: 3})
	assert.True(t, errors.Is(err, triggers.ErrAdjustment), "lowering is refused: %v", err)
	_, err = m.WithAdjustment(triggers.Adjustment{TRIG4: dec("9.5")})
	assert.True(t, errors.Is(err, triggers.ErrAdjustment))
}

// A part day on which less than half the shift was worked counts as one
// working day (ABS-3), and as its whole shift in hours mode.
func TestTRIG2_PartDayCountsAsOneDay(t *testing.T) {
	r := cold(t, "2026-09-07/2026-09-09")
	r.PartDay = &absence.PartDay{Worked: dec("3")}
	pol := triggers.HR14()
	pol.ProRata = triggers.ByHours
	m := monitor(t, monFri(t), pol, r)
	c := check(t, evaluate(t, m, "2026-09-09"), triggers.TRIG2)
	assert.Equal(t, 3, c.Evidence.WorkingDays)
	assert.True(t, dec("22.5").Equal(c.Evidence.Hours))

	r.PartDay = &absence.PartDay{Worked: dec("4")} // half or more: not a sickness day
	m = monitor(t, monFri(t), pol, r)
	assert.Equal(t, 2, check(t, evaluate(t, m, "2026-09-09"), triggers.TRIG2).Evidence.WorkingDays)
}

// An excluded absence between two sickness absences with no work between
// joins them into one episode (ABS-2): the count of episodes falls. This is
// the policy's rule, recorded here because it is easy to get wrong.
func TestTRIG1_ExcludedAbsenceBetweenSpellsJoinsThem(t *testing.T) {
	leave := absence.Record{Period: p(t, "2026-01-07"), Kind: absence.Leave}
	apart := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-06"), cold(t, "2026-01-08"))
	joined := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-06"), leave, cold(t, "2026-01-08"))
	assert.Equal(t, []string{"TRIG-1 2026-01-08"}, activations(apart))
	assert.Empty(t, activations(joined))
	c := check(t, evaluate(t, joined, "2026-01-08"), triggers.TRIG1)
	assert.Equal(t, 1, c.Evidence.Episodes)
	assert.Equal(t, 2, c.Evidence.WorkingDays)
	assert.Len(t, c.Evidence.Excluded, 1)
}
