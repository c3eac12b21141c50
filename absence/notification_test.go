package absence_test

import (
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var gmt = time.FixedZone("GMT", 0)

// at parses "2006-01-02 15:04" in GMT; "" is the zero time.
func at(t testing.TB, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	v, err := time.ParseInLocation("2006-01-02 15:04", s, gmt)
	require.NoError(t, err)
	return v
}

func TestABS5_ReportDeadline(t *testing.T) {
	tests := []struct {
		name     string
		shift    string
		night    bool
		reported string
		asOf     string
		status   absence.Status
		liable   bool
	}{
		{"exactly 1 hour before", "2026-03-16 08:00", false, "2026-03-16 07:00", "2026-03-16 12:00", absence.Met, false},
		{"more than 1 hour before", "2026-03-16 08:00", false, "2026-03-16 06:15", "2026-03-16 12:00", absence.Met, false},
		{"59 minutes before", "2026-03-16 08:00", false, "2026-03-16 07:01", "2026-03-16 12:00", absence.Late, true},
		{"after the shift started", "2026-03-16 08:00", false, "2026-03-16 08:30", "2026-03-16 12:00", absence.Late, true},
		{"the day before", "2026-03-16 08:00", false, "2026-03-15 21:00", "2026-03-16 12:00", absence.Met, false},
		{"night: exactly 3 hours before", "2026-03-16 20:00", true, "2026-03-16 17:00", "2026-03-16 21:00", absence.Met, false},
		{"night: 2 hours 59 minutes before", "2026-03-16 20:00", true, "2026-03-16 17:01", "2026-03-16 21:00", absence.Late, true},
		{"night: 2 hours before is late though it would do for a day shift", "2026-03-16 20:00", true, "2026-03-16 18:00", "2026-03-16 21:00", absence.Late, true},
		{"no report, deadline not reached", "2026-03-16 08:00", false, "", "2026-03-16 06:59", absence.Pending, false},
		{"no report, at the deadline", "2026-03-16 08:00", false, "", "2026-03-16 07:00", absence.Pending, false},
		{"no report, past the deadline", "2026-03-16 08:00", false, "", "2026-03-16 07:01", absence.Overdue, true},
		{"a report after the evaluation time is not seen", "2026-03-16 08:00", false, "2026-03-16 06:00", "2026-03-16 05:00", absence.Pending, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := absence.HR14().Notification(at(t, tt.shift), tt.night, at(t, tt.reported), time.Time{}, at(t, tt.asOf))
			require.NoError(t, err)
			assert.Equal(t, tt.status, n.Report.Status)
			assert.Equal(t, "ABS-5", n.Report.Rule.ID)
			assert.Equal(t, tt.liable, n.LiableUnauthorised)
			if tt.liable {
				require.NotEmpty(t, n.Findings)
				assert.Contains(t, n.Findings[0].Text, "unauthorised")
				assert.Equal(t, "HR14 Proc 2, Proc 9", n.Findings[0].Rule.Clause)
			}
			assert.NotEmpty(t, n.Report.Findings)
		})
	}
}

// Deadlines are elapsed hours: across the clocks going forward (01:00 GMT on
// 2026-03-29), 1 hour before a 02:30 BST shift is 00:30 GMT.
func TestABS5_ElapsedHoursAcrossClockChange(t *testing.T) {
	bst := time.FixedZone("BST", 3600)
	shift := time.Date(2026, 3, 29, 2, 30, 0, 0, bst)
	n, err := absence.HR14().Notification(shift, false, time.Date(2026, 3, 29, 0, 30, 0, 0, gmt), time.Time{}, shift)
	require.NoError(t, err)
	assert.Equal(t, absence.Met, n.Report.Status)
	assert.True(t, n.Report.DueAt.Equal(time.Date(2026, 3, 29, 0, 30, 0, 0, gmt)))
}

func TestABS5_CallBackWithin24Hours(t *testing.T) {
	tests := []struct {
		name       string
		reported   string
		calledBack string
		asOf       string
		status     absence.Status
	}{
		{"exactly 24 hours", "2026-03-16 07:00", "2026-03-17 07:00", "2026-03-18 00:00", absence.Met},
		{"within the hour", "2026-03-16 07:00", "2026-03-16 07:40", "2026-03-18 00:00", absence.Met},
		{"24 hours and 1 minute", "2026-03-16 07:00", "2026-03-17 07:01", "2026-03-18 00:00", absence.Late},
		{"none yet, at the deadline", "2026-03-16 07:00", "", "2026-03-17 07:00", absence.Pending},
		{"none, past the deadline", "2026-03-16 07:00", "", "2026-03-17 07:01", absence.Overdue},
		{"no report: nothing to call back", "", "", "2026-03-18 00:00", absence.NotRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := absence.HR14().CallBack(at(t, tt.reported), at(t, tt.calledBack), at(t, tt.asOf))
			require.NoError(t, err)
			assert.Equal(t, tt.status, c.Status)
			assert.Equal(t, absence.TaskCallBack, c.Task)
			assert.Equal(t, "HR14 Proc 11", c.Rule.Clause)
			if tt.reported != "" {
				assert.Equal(t, at(t, tt.reported).Add(24*time.Hour), c.DueAt)
			}
		})
	}
	_, err := absence.HR14().CallBack(at(t, "2026-03-16 07:00"), at(t, "2026-03-16 06:00"), at(t, "2026-03-18 00:00"))
	assert.ErrorIs(t, err, absence.ErrNotificationTime)
	_, err = absence.HR14().CallBack(time.Time{}, at(t, "2026-03-16 06:00"), at(t, "2026-03-18 00:00"))
	assert.ErrorIs(t, err, absence.ErrNotificationTime)
	pol := absence.HR14()
	pol.CallBackHours = 0
	_, err = pol.CallBack(at(t, "2026-03-16 07:00"), time.Time{}, at(t, "2026-03-18 00:00"))
	assert.ErrorIs(t, err, absence.ErrInvalidPolicy)
}

func TestABS5_FromHistory(t *testing.T) {
	roster, err := absence.NewRoster([]absence.RosterShift{
		{Date: d(t, "2026-03-16"), Hours: dec("11.5"), Night: true},
		{Date: d(t, "2026-03-18"), Hours: dec("7.5")},
	})
	require.NoError(t, err)
	emp := monFri(t)
	emp.Schedule = roster
	night := absence.Record{ID: "n1", Period: p(t, "2026-03-16/2026-03-17"), Reason: absence.Infection,
		Reported: at(t, "2026-03-16 18:00"), CalledBack: at(t, "2026-03-17 09:00")}
	day := absence.Record{ID: "d1", Period: p(t, "2026-03-18"), Reason: absence.Infection, PartDay: &absence.PartDay{Worked: dec("1")}}
	h := history(t, emp, night, day)

	n, err := h.Notification(0, at(t, "2026-03-16 20:00"), at(t, "2026-03-18 00:00"))
	require.NoError(t, err)
	assert.True(t, n.Night, "the roster says night shift")
	assert.Equal(t, absence.Late, n.Report.Status, "2 hours before a night shift")
	assert.Equal(t, absence.Met, n.CallBack.Status)
	assert.True(t, n.LiableUnauthorised)

	n, err = h.Notification(1, at(t, "2026-03-18 08:00"), at(t, "2026-03-19 00:00"))
	require.NoError(t, err)
	assert.Equal(t, absence.NotRequired, n.Report.Status, "a part day needs no report before the shift")
	assert.False(t, n.LiableUnauthorised)

	_, err = h.Notification(2, at(t, "2026-03-18 08:00"), at(t, "2026-03-19 00:00"))
	assert.ErrorIs(t, err, absence.ErrNoRecord)
	_, err = h.Notification(0, at(t, "2026-03-18 08:00"), at(t, "2026-03-19 00:00"))
	assert.ErrorIs(t, err, absence.ErrNotificationTime, "shift start outside the record")
	_, err = h.Notification(0, at(t, "2026-03-17 08:00"), at(t, "2026-03-19 00:00"))
	assert.ErrorIs(t, err, absence.ErrNoShift)
	_, err = h.Notification(0, time.Time{}, at(t, "2026-03-19 00:00"))
	assert.ErrorIs(t, err, absence.ErrNotificationTime)
}
