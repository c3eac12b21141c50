package absence_test

import (
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countByDay is the slow, obvious ScheduledDays/Hours, to check the fast ones.
func countByDay(s absence.Schedule, per absence.Period) (int, decimal.Decimal) {
	n, h := 0, decimal.Zero
	for day := range per.All() {
		if sh, ok := s.ShiftOn(day); ok {
			n++
			h = h.Add(sh.Hours)
		}
	}
	return n, h
}

func TestWeeklyPatternCounts(t *testing.T) {
	ew := absence.EnglandAndWales()
	office, err := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	require.NoError(t, err)
	shifts, err := absence.ParseWeekMask("M.W.F.S", dec("12.5"))
	require.NoError(t, err)
	var week [7]absence.Shift
	week[time.Monday] = absence.Shift{Hours: dec("7.5")}
	week[time.Tuesday] = absence.Shift{Hours: dec("4")}
	week[time.Saturday] = absence.Shift{Hours: dec("10"), Night: true}
	mixed, err := absence.NewWeeklyPattern(week)
	require.NoError(t, err)

	schedules := map[string]absence.Schedule{
		"office":              office,
		"office, BH off":      office.BankHolidaysOff(ew),
		"long days":           shifts,
		"mixed hours, BH off": mixed.BankHolidaysOff(ew),
	}
	start := d(t, "2025-12-20")
	for name, s := range schedules {
		for length := 1; length < 40; length += 3 {
			for off := 0; off < 380; off += 11 {
				per := absence.Period{Start: start.AddDays(off), End: start.AddDays(off + length - 1)}
				wantN, wantH := countByDay(s, per)
				require.Equal(t, wantN, s.ScheduledDays(per), "%s %v", name, per)
				require.True(t, wantH.Equal(s.ScheduledHours(per)), "%s %v hours: %v vs %v", name, per, wantH, s.ScheduledHours(per))
			}
		}
	}
	assert.Equal(t, "MTWTF..", office.Mask())
	assert.Equal(t, "M.W.F.S", shifts.Mask())
	sh, ok := mixed.ShiftOn(d(t, "2026-03-07")) // a Saturday
	assert.True(t, ok)
	assert.True(t, sh.Night)
	_, ok = office.BankHolidaysOff(ew).ShiftOn(d(t, "2026-12-28"))
	assert.False(t, ok, "bank holiday off")
	_, ok = office.ShiftOn(d(t, "2026-12-28"))
	assert.True(t, ok, "bank holidays are worked unless the host says so")
}

func TestWeeklyPatternValidation(t *testing.T) {
	for _, mask := range []string{"", "MTWTF.", "MTWTF..X", "MTW?F.."} {
		_, err := absence.ParseWeekMask(mask, dec("7.5"))
		assert.Error(t, err, mask)
	}
	_, err := absence.ParseWeekMask(".......", dec("7.5"))
	assert.ErrorIs(t, err, absence.ErrEmptySchedule)
	_, err = absence.ParseWeekMask("MTWTF..", dec("25"))
	assert.ErrorIs(t, err, absence.ErrHours)
	_, err = absence.ParseWeekMask("MTWTF..", dec("-1"))
	assert.ErrorIs(t, err, absence.ErrHours)
}

func TestRoster(t *testing.T) {
	r, err := absence.NewRoster([]absence.RosterShift{
		{Date: d(t, "2026-03-05"), Hours: dec("12.5"), Night: true},
		{Date: d(t, "2026-03-01"), Hours: dec("7.5")},
		{Date: d(t, "2026-03-02"), Hours: dec("7.5")},
	})
	require.NoError(t, err)
	assert.Equal(t, 3, r.ScheduledDays(p(t, "2026-02-01/2026-03-31")))
	assert.Equal(t, 2, r.ScheduledDays(p(t, "2026-03-02/2026-03-05")))
	assert.Equal(t, 0, r.ScheduledDays(p(t, "2026-03-03/2026-03-04")))
	assert.True(t, dec("20").Equal(r.ScheduledHours(p(t, "2026-03-02/2026-03-05"))))
	assert.True(t, decimal.Zero.Equal(r.ScheduledHours(p(t, "2026-04-01/2026-04-30"))))
	sh, ok := r.ShiftOn(d(t, "2026-03-05"))
	assert.True(t, ok)
	assert.True(t, sh.Night)
	_, ok = r.ShiftOn(d(t, "2026-03-04"))
	assert.False(t, ok)

	_, err = absence.NewRoster([]absence.RosterShift{{Date: d(t, "2026-03-01"), Hours: dec("7.5")}, {Date: d(t, "2026-03-01"), Hours: dec("4")}})
	assert.ErrorIs(t, err, absence.ErrUnsorted)
	_, err = absence.NewRoster([]absence.RosterShift{{Date: d(t, "2026-03-01")}})
	assert.ErrorIs(t, err, absence.ErrHours)
}
