package absence_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRollingWindow(t *testing.T) {
	tests := []struct {
		end    string
		months int
		want   string
	}{
		{"2026-07-15", 6, "2026-01-16/2026-07-15"},  // the package Conventions
		{"2026-03-02", 6, "2025-09-03/2026-03-02"},  // worked example 1
		{"2026-05-11", 6, "2025-11-12/2026-05-11"},  // worked example 8
		{"2026-08-31", 6, "2026-03-01/2026-08-31"},  // 2026-08-31 − 6 months = 2026-02-28
		{"2024-08-31", 6, "2024-03-01/2024-08-31"},  // bench edge: 2024-02-29 + 1
		{"2024-02-29", 12, "2023-03-01/2024-02-29"}, // leap day end
		{"2028-02-29", 6, "2027-08-30/2028-02-29"},
		{"2026-12-31", 12, "2026-01-01/2026-12-31"},
	}
	for _, tt := range tests {
		got := absence.RollingWindow(d(t, tt.end), tt.months)
		assert.Equal(t, tt.want, got.String(), "%d months ending %s", tt.months, tt.end)
	}
}

func TestLeavesWindowIsFirstDateOutside(t *testing.T) {
	// Brute force: for every day over four years (two leap days) and window
	// lengths of 1 to 24 months, LeavesWindow is the first end date whose
	// window misses d.
	start := d(t, "2026-01-01")
	for i := 0; i < 4*366; i++ {
		day := start.AddDays(i)
		for months := 1; months <= 24; months++ {
			got := absence.LeavesWindow(day, months)
			require.False(t, absence.RollingWindow(got, months).Contains(day), "%v %d: window ending %v holds it", day, months, got)
			require.True(t, absence.RollingWindow(got.AddDays(-1), months).Contains(day), "%v %d: %v is not the first", day, months, got)
		}
	}
	assert.Equal(t, "2026-09-02", absence.LeavesWindow(d(t, "2026-03-02"), 6).String())
}

func TestPeriod(t *testing.T) {
	a := p(t, "2026-01-06/2026-01-07")
	assert.Equal(t, 2, a.Days())
	assert.True(t, a.Contains(d(t, "2026-01-06")))
	assert.True(t, a.Contains(d(t, "2026-01-07")))
	assert.False(t, a.Contains(d(t, "2026-01-08")))
	assert.True(t, a.Overlaps(p(t, "2026-01-07/2026-01-09")))
	assert.False(t, a.Overlaps(p(t, "2026-01-08/2026-01-09")))
	got, ok := a.Intersect(p(t, "2026-01-07/2026-01-09"))
	assert.True(t, ok)
	assert.Equal(t, "2026-01-07/2026-01-07", got.String())
	_, ok = a.Intersect(p(t, "2026-02-01"))
	assert.False(t, ok)
	var days []string
	for day := range a.All() {
		days = append(days, day.String())
	}
	assert.Equal(t, []string{"2026-01-06", "2026-01-07"}, days)
	assert.Equal(t, 0, absence.Period{}.Days())

	dots, err := absence.ParsePeriod("2026-01-06..2026-01-07")
	require.NoError(t, err)
	assert.Equal(t, a, dots)
	one, err := absence.ParsePeriod("2026-03-02")
	require.NoError(t, err)
	assert.Equal(t, 1, one.Days())

	_, err = absence.ParsePeriod("2026-01-07/2026-01-06")
	assert.ErrorIs(t, err, absence.ErrReversedPeriod)
	_, err = absence.NewPeriod(d(t, "2026-01-07"), d(t, "2026-01-06"))
	assert.ErrorIs(t, err, absence.ErrReversedPeriod)
	_, err = absence.ParsePeriod("2026-01-07/2026-02-30")
	assert.ErrorIs(t, err, absence.ErrInvalidDate)
}

func TestPeriodText(t *testing.T) {
	a := p(t, "2026-01-06/2026-01-07")
	b, err := a.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2026-01-06/2026-01-07", string(b))
	var back absence.Period
	require.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, a, back)
	_, err = absence.Period{Start: d(t, "2026-01-07"), End: d(t, "2026-01-06")}.MarshalText()
	assert.ErrorIs(t, err, absence.ErrReversedPeriod)
}
