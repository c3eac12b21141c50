package triggers_test

import (
	"testing"

	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
)

// Windows are [(D − N months) + 1, D] with month-end clamping; an episode
// counts if a counted day falls on the first or the last day of the window.
func TestTRIG1_WindowBoundaries(t *testing.T) {
	emp := worker(t, "MTWTFSS", "1")
	pol := triggers.HR14()
	tests := []struct {
		name, first, second, asOf, window string
		active                            bool
	}{
		{"first day of the window", "2025-09-03", "2026-03-02", "2026-03-02", "2025-09-03/2026-03-02", true},
		{"day before the window", "2025-09-02", "2026-03-02", "2026-03-02", "2025-09-03/2026-03-02", false},
		{"last day of the window is the as-of day", "2026-01-06", "2026-03-02", "2026-03-02", "2025-09-03/2026-03-02", true},
		{"after the as-of day is not seen", "2026-01-06", "2026-03-03", "2026-03-02", "2025-09-03/2026-03-02", false},
		{"31st: 2026-08-31 − 6 months = 02-28, window from 03-01", "2026-03-01", "2026-08-31", "2026-08-31", "2026-03-01/2026-08-31", true},
		{"31st: 02-28 is outside", "2026-02-28", "2026-08-31", "2026-08-31", "2026-03-01/2026-08-31", false},
		{"30th clamps the same way", "2026-03-01", "2026-08-30", "2026-08-30", "2026-03-01/2026-08-30", true},
		{"leap day end: 2028-08-31 window from 03-01", "2028-02-29", "2028-08-31", "2028-08-31", "2028-03-01/2028-08-31", false},
		{"leap day in the window ending 2028-08-28", "2028-02-29", "2028-08-28", "2028-08-28", "2028-02-29/2028-08-28", true},
		{"window ending on a leap day", "2027-08-30", "2028-02-29", "2028-02-29", "2027-08-30/2028-02-29", true},
		{"window ending on a leap day, day before", "2027-08-29", "2028-02-29", "2028-02-29", "2027-08-30/2028-02-29", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := monitor(t, emp, pol, cold(t, tc.first), cold(t, tc.second))
			c := check(t, evaluate(t, m, tc.asOf), triggers.TRIG1)
			assert.Equal(t, tc.window, c.Evidence.Window.String())
			assert.Equal(t, tc.active, c.Active)
		})
	}
}

// The 12-month windows of TRIG-3 and TRIG-4 across a leap year.
func TestTRIG3_LeapYearWindows(t *testing.T) {
	emp := worker(t, "MTWTFSS", "1")
	three := []string{"2027-06-01", "2027-10-01", "2028-02-29"}
	// Ending 2028-02-29: 2028-02-29 − 12 months = 2027-02-28, so from 2027-03-01.
	for _, tc := range []struct {
		first  string
		active bool
	}{{"2027-02-28", false}, {"2027-03-01", true}} {
		recs := append([]string{tc.first}, three...)
		m := monitor(t, emp, triggers.HR14(), cold(t, recs[0]), cold(t, recs[1]), cold(t, recs[2]), cold(t, recs[3]))
		c := check(t, evaluate(t, m, "2028-02-29"), triggers.TRIG3)
		assert.Equal(t, "2027-03-01/2028-02-29", c.Evidence.Window.String())
		assert.Equal(t, tc.active, c.Active, tc.first)
	}
	// Ending 2029-02-28: from 2028-02-29, the leap day.
	m := monitor(t, emp, triggers.HR14(), cold(t, "2028-02-29"), cold(t, "2028-06-01"), cold(t, "2028-10-02"), cold(t, "2029-02-28"))
	c := check(t, evaluate(t, m, "2029-02-28"), triggers.TRIG3)
	assert.Equal(t, "2028-02-29/2029-02-28", c.Evidence.Window.String())
	assert.True(t, c.Active)
	c = check(t, evaluate(t, m, "2029-03-01"), triggers.TRIG3)
	assert.False(t, c.Active, "2028-02-29 has left the window 2028-03-02..2029-03-01")
	assert.Equal(t, "2029-03-01", c.Cleared.String())
}

// Working days count only the part of an episode inside the window.
func TestTRIG2_CountsOnlyDaysInsideTheWindow(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2025-08-25/2025-09-12"), cold(t, "2026-03-02"))
	c := check(t, evaluate(t, m, "2026-03-02"), triggers.TRIG2)
	// Window from 2025-09-03: Wed 3 to Fri 12 September is 8 working days.
	assert.Equal(t, 9, c.Evidence.WorkingDays)
	assert.Equal(t, "2025-09-03/2025-09-12", c.Evidence.Counted[0].Days[0].String())
	assert.Equal(t, "2025-08-25/2025-09-12", c.Evidence.Counted[0].Span.String(), "the episode's own span is not clipped")
}
