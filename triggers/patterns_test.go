package triggers_test

import (
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func patterns(t *testing.T, m *triggers.Monitor, asOf string) triggers.Patterns {
	t.Helper()
	ps, err := m.Patterns(d(t, asOf), absence.EnglandAndWales())
	require.NoError(t, err)
	require.Len(t, ps.Findings, 6)
	for i, f := range ps.Findings {
		require.Equal(t, triggers.PatternKind(i+1), f.Kind)
	}
	return ps
}

// TRIG-6 detectors: rest days, bank holidays, leave, the same weekday,
// part days, and the Bradford Factor. Advice only: never an activation.
func TestTRIG6_Patterns(t *testing.T) {
	emp := monFri(t)
	emp.Schedule = emp.Schedule.(absence.WeeklyPattern).BankHolidaysOff(absence.EnglandAndWales())
	part := func(day string) absence.Record {
		r := cold(t, day)
		r.PartDay = &absence.PartDay{Worked: dec("5")} // worked more than half: a note only
		return r
	}
	m := monitor(t, emp, triggers.HR14(),
		cold(t, "2026-01-05"), // Mon: Sunday before
		cold(t, "2026-02-02"), // Mon
		cold(t, "2026-02-27"), // Fri: Saturday after
		cold(t, "2026-03-09"), // Mon
		cold(t, "2026-04-07"), // Tue after Easter Monday 2026-04-06
		cold(t, "2026-06-10"), // Wed, then leave
		absence.Record{Period: p(t, "2026-06-11/2026-06-12"), Kind: absence.Leave},
		part("2026-07-01"), part("2026-08-04"), part("2026-09-08"),
	)
	ps := patterns(t, m, "2026-09-30")
	rest, bank, leave, weekday, _, notes := ps.Findings[0], ps.Findings[1], ps.Findings[2], ps.Findings[3], ps.Findings[4], ps.Findings[5]

	assert.Equal(t, 4, rest.Count)
	assert.Equal(t, 6, rest.Of)
	assert.True(t, rest.Recognisable)
	assert.Equal(t, 1, bank.Count)
	assert.False(t, bank.Recognisable)
	assert.Equal(t, 1, leave.Count, "leave after 10 June")
	assert.Equal(t, time.Monday, weekday.Weekday)
	assert.Equal(t, 3, weekday.Count)
	assert.True(t, weekday.Recognisable)
	assert.Equal(t, "3 of 6 episodes in the 12 months 2025-10-01 to 2026-09-30 started on a Monday (5 Jan, 2 Feb, 9 Mar): a recognisable pattern (level 3) for the manager to consider; not an automatic trigger — TRIG-6 (HR14 SAP 1.2, App 11)", weekday.String())
	assert.Equal(t, 3, notes.Count)
	assert.True(t, notes.Recognisable)
	assert.Len(t, ps.Recognisable(), 3)

	bf := ps.Bradford
	assert.Equal(t, 6, bf.Episodes)
	assert.Equal(t, 6, bf.WorkingDays)
	assert.Equal(t, int64(216), bf.Score)
	assert.False(t, bf.Flagged)
	assert.Contains(t, bf.String(), "Bradford Factor 6² × 6 = 216")

	// Patterns never activate anything.
	for _, a := range m.Timeline() {
		assert.NotEqual(t, triggers.TRIG6, a.Trigger)
	}
}

// Episodes at the same time of year in different years.
func TestTRIG6_TimeOfYear(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(),
		cold(t, "2025-12-22/2025-12-23"), cold(t, "2026-06-15"), cold(t, "2026-12-29"), cold(t, "2028-01-04"))
	f := patterns(t, m, "2028-01-10").Findings[4]
	assert.Equal(t, 3, f.Count)
	assert.Equal(t, []int{2025, 2026, 2028}, f.Years)
	assert.True(t, f.Recognisable)
	assert.Contains(t, f.String(), "within 31 calendar days) in 3 different years (2025, 2026, 2028) (22–23 Dec 2025, 29 Dec 2026, 4 Jan 2028)")

	pol := triggers.HR14()
	pol.Patterns.TimeOfYear.Days = 7 // 22 Dec, 29 Dec and 4 Jan are 13 days apart
	m = monitor(t, monFri(t), pol,
		cold(t, "2025-12-22/2025-12-23"), cold(t, "2026-06-15"), cold(t, "2026-12-29"), cold(t, "2028-01-04"))
	f = patterns(t, m, "2028-01-10").Findings[4]
	assert.Equal(t, 2, f.Count)

	// The width is exclusive at its end: starts 13 days apart of the year
	// fall within 14 days but not within 13.
	for days, want := range map[int]int{13: 1, 14: 2} {
		pol.Patterns.TimeOfYear.Days = days
		m = monitor(t, monFri(t), pol, cold(t, "2026-03-02"), cold(t, "2027-03-15"))
		assert.Equal(t, want, patterns(t, m, "2027-03-31").Findings[4].Count, "within %d days", days)
	}
}

// Part-day notes count only inside the detectors' window (TRIG-6).
func TestTRIG6_PartDaysOnlyInTheWindow(t *testing.T) {
	part := func(day string) absence.Record {
		r := cold(t, day)
		r.PartDay = &absence.PartDay{Worked: dec("5")}
		return r
	}
	m := monitor(t, monFri(t), triggers.HR14(), part("2025-08-04"), part("2026-02-03"), part("2026-05-05"))
	notes := patterns(t, m, "2026-09-30").Findings[5]
	assert.Equal(t, 2, notes.Count, "4 August 2025 is outside the 12 months 2025-10-01 to 2026-09-30")
	assert.Equal(t, []absence.Date{d(t, "2026-02-03"), d(t, "2026-05-05")}, notes.Dates)
	assert.False(t, notes.Recognisable)
}
