package absence_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func returnToWork(t *testing.T, emp absence.Employee, asOf string, recs ...absence.Record) absence.ReturnToWork {
	t.Helper()
	h := history(t, emp, recs...)
	require.Len(t, h.Episodes, 1)
	rw, err := h.ReturnToWork(0, d(t, asOf))
	require.NoError(t, err)
	return rw
}

func TestABS6_InterviewWithin72Hours(t *testing.T) {
	monTue, err := absence.ParseWeekMask("MT.....", dec("7.5"))
	require.NoError(t, err)
	partTime := monFri(t)
	partTime.Schedule = monTue
	tests := []struct {
		name        string
		emp         absence.Employee
		period      string // sickness
		returned    string
		interviewed string
		asOf        string
		due         string
		status      absence.Status
	}{
		// Sick Mon 03-09 to Fri 03-13: 72 hours after the end of Friday is the end of Monday 03-16.
		{"72 hours: the third day after the last day of absence", monFri(t), "2026-03-09/2026-03-13", "2026-03-16", "2026-03-16", "2026-03-20", "2026-03-16", absence.Met},
		{"the fourth day is late", monFri(t), "2026-03-09/2026-03-13", "2026-03-16", "2026-03-17", "2026-03-20", "2026-03-16", absence.Late},
		{"none yet on the last day", monFri(t), "2026-03-09/2026-03-13", "2026-03-16", "", "2026-03-16", "2026-03-16", absence.Pending},
		{"none by the day after", monFri(t), "2026-03-09/2026-03-13", "2026-03-16", "", "2026-03-17", "2026-03-16", absence.Overdue},
		{"return not recorded", monFri(t), "2026-03-09/2026-03-11", "", "2026-03-14", "2026-03-20", "2026-03-14", absence.Met},
		// A Monday–Tuesday worker sick Mon 03-09 to Tue 03-10 returns Mon 03-16: the day of return is later than 72 hours and in time.
		{"on the day of return, later than 72 hours", partTime, "2026-03-09/2026-03-10", "2026-03-16", "2026-03-16", "2026-03-20", "2026-03-16", absence.Met},
		{"the day after that return is late", partTime, "2026-03-09/2026-03-10", "2026-03-16", "2026-03-17", "2026-03-20", "2026-03-16", absence.Late},
		{"absence not over yet", monFri(t), "2026-03-09/2026-03-13", "", "", "2026-03-12", "2026-03-16", absence.Pending},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sick(t, tt.period, absence.Infection)
			if tt.returned != "" {
				r.Returned = d(t, tt.returned)
			}
			if tt.interviewed != "" {
				r.Interviewed = d(t, tt.interviewed)
			}
			rw := returnToWork(t, tt.emp, tt.asOf, r)
			assert.Equal(t, tt.due, rw.Interview.Due.String())
			assert.Equal(t, tt.status, rw.Interview.Status)
			assert.Equal(t, absence.TaskInterview, rw.Interview.Task)
			assert.Equal(t, "HR14 Proc 16", rw.Interview.Rule.Clause)
			assert.NotEmpty(t, rw.Interview.Findings)
		})
	}
}

func TestABS6_NoAdditionalHoursForAWeekAfterShortTerm(t *testing.T) {
	tests := []struct {
		name     string
		period   string
		returned string
		barred   string
	}{
		{"short term: one week from the return", "2026-03-09/2026-03-13", "2026-03-16", "2026-03-16/2026-03-22"},
		{"27 calendar days is short term", "2026-02-02/2026-02-28", "2026-03-02", "2026-03-02/2026-03-08"},
		{"return not recorded: from the day after the absence", "2026-03-09/2026-03-13", "", "2026-03-14/2026-03-20"},
		{"28 calendar days is long term: no bar", "2026-02-02/2026-03-01", "2026-03-02", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sick(t, tt.period, absence.Other)
			if tt.returned != "" {
				r.Returned = d(t, tt.returned)
			}
			rw := returnToWork(t, monFri(t), "2026-04-30", r)
			require.NotEmpty(t, rw.Findings)
			if tt.barred == "" {
				assert.True(t, rw.NoAdditionalHours.IsZero())
				assert.False(t, rw.Barred(d(t, "2026-03-02")))
				assert.Equal(t, "HR14 §5.3.6, §22.2", rw.Findings[0].Rule.Clause)
				return
			}
			assert.Equal(t, tt.barred, rw.NoAdditionalHours.String())
			assert.True(t, rw.Barred(rw.NoAdditionalHours.End), "the 7th day is barred")
			assert.False(t, rw.Barred(rw.NoAdditionalHours.End.AddDays(1)), "the 8th day is free")
			assert.False(t, rw.Barred(rw.NoAdditionalHours.Start.AddDays(-1)))
			assert.Equal(t, "ABS-6", rw.Findings[0].Rule.ID)
		})
	}
}

func TestABS6_BadInput(t *testing.T) {
	h := history(t, monFri(t), sick(t, "2026-03-09", absence.Infection))
	_, err := h.ReturnToWork(3, d(t, "2026-03-10"))
	assert.ErrorIs(t, err, absence.ErrNoEpisode)
	_, err = h.ReturnToWork(0, absence.Date{Year: 2026, Month: 2, Day: 30})
	assert.ErrorIs(t, err, absence.ErrInvalidDate)
}

func TestABS6_Compliance80Percent(t *testing.T) {
	mk := func(task absence.Task, ss ...absence.Status) []absence.Check {
		var out []absence.Check
		for _, s := range ss {
			out = append(out, absence.Check{Task: task, Status: s})
		}
		return out
	}
	M, L, O, P, N := absence.Met, absence.Late, absence.Overdue, absence.Pending, absence.NotRequired
	tests := []struct {
		name     string
		statuses []absence.Status
		met      int
		counted  int
		share    string
		onTarget bool
	}{
		{"4 of 5 is exactly 80%", []absence.Status{M, M, M, M, L}, 4, 5, "0.8", true},
		{"3 of 4 is below", []absence.Status{M, M, M, O}, 3, 4, "0.75", false},
		{"2 of 3, shown rounded", []absence.Status{M, M, L}, 2, 3, "0.6667", false},
		{"5 of 6", []absence.Status{M, M, M, M, M, O}, 5, 6, "0.8333", true},
		{"pending and not-required checks are not counted", []absence.Status{M, M, M, M, L, P, P, N}, 4, 5, "0.8", true},
		{"nothing due", []absence.Status{P, N}, 0, 0, "0", true},
		{"all late", []absence.Status{L, L}, 0, 2, "0", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checks := append(mk(absence.TaskCallBack, tt.statuses...), mk(absence.TaskInterview, tt.statuses...)...)
			checks = append(checks, mk(absence.TaskFitNote, L, L, L)...) // ignored
			c, err := absence.HR14().Compliance(checks)
			require.NoError(t, err)
			for _, r := range []absence.Rate{c.CallBacks, c.Interviews} {
				assert.Equal(t, tt.met, r.Met)
				assert.Equal(t, tt.counted, r.Counted)
				assert.Equal(t, tt.share, r.Share.String())
				assert.Equal(t, tt.onTarget, r.OnTarget)
				assert.Equal(t, "HR14 §5.3.8", r.Rule.Clause)
				assert.Equal(t, "0.8", r.Target.String())
			}
			assert.Equal(t, absence.TaskCallBack, c.CallBacks.Task)
			assert.Equal(t, absence.TaskInterview, c.Interviews.Task)
		})
	}
}

// OnTarget is exact: 2 of 3 (0.66666…) is below a 0.6667 target although the
// displayed share rounds to 0.6667.
func TestABS6_ComplianceIsExact(t *testing.T) {
	pol := absence.HR14()
	pol.ComplianceTarget = dec("0.6667")
	c, err := pol.Compliance([]absence.Check{{Task: absence.TaskCallBack, Status: absence.Met},
		{Task: absence.TaskCallBack, Status: absence.Met}, {Task: absence.TaskCallBack, Status: absence.Late}})
	require.NoError(t, err)
	assert.Equal(t, "0.6667", c.CallBacks.Share.String())
	assert.False(t, c.CallBacks.OnTarget)
	assert.Contains(t, c.CallBacks.Finding.Text, "2 of 3 call-backs within 24 hours (66.67%): below the 66.67% target")

	pol.ComplianceTarget = dec("1.5")
	_, err = pol.Compliance(nil)
	assert.ErrorIs(t, err, absence.ErrInvalidPolicy)
}

// Without a recorded day of return, the interview is due by the later of the
// end of the absence + 72 hours and the employee's first scheduled day after
// it (Proc 16: "on the day of return to work or within 72 hours"): a
// Monday–Thursday worker off Monday 03-09 to Thursday 03-12 is not overdue
// when the first chance to hold the interview, Monday 03-16, comes after the
// 72 hours (Sunday 03-15).
func TestABS6_InterviewDueWithoutReturnDate(t *testing.T) {
	week := func(mask string) absence.Employee {
		w, err := absence.ParseWeekMask(mask, dec("7.5"))
		require.NoError(t, err)
		e := monFri(t)
		e.Schedule = w
		return e
	}
	monThu := week("MTWT...")
	easter := monFri(t)
	easter.Schedule = easter.Schedule.(absence.WeeklyPattern).BankHolidaysOff(absence.EnglandAndWales())
	lastShift, err := absence.NewRoster([]absence.RosterShift{{Date: d(t, "2026-03-09"), Hours: dec("12")}})
	require.NoError(t, err)
	rostered := monFri(t)
	rostered.Schedule = lastShift

	tests := []struct {
		name        string
		emp         absence.Employee
		period      string
		returned    string // recorded day of return ("" none)
		interviewed string
		asOf        string
		first       string // FirstScheduled
		due         string
		status      absence.Status
	}{
		{"Sunday, 72 hours after: not overdue", monThu, "2026-03-09/2026-03-12", "", "", "2026-03-15", "2026-03-16", "2026-03-16", absence.Pending},
		{"Monday, the first scheduled day: still in time", monThu, "2026-03-09/2026-03-12", "", "", "2026-03-16", "2026-03-16", "2026-03-16", absence.Pending},
		{"held on the Monday: met", monThu, "2026-03-09/2026-03-12", "", "2026-03-16", "2026-03-20", "2026-03-16", "2026-03-16", absence.Met},
		{"none by the Tuesday: overdue", monThu, "2026-03-09/2026-03-12", "", "", "2026-03-17", "2026-03-16", "2026-03-16", absence.Overdue},
		{"a return recorded after the as-of date is not seen", monThu, "2026-03-09/2026-03-12", "2026-03-23", "", "2026-03-16", "2026-03-16", "2026-03-16", absence.Pending},
		{"a recorded return still wins", monThu, "2026-03-09/2026-03-12", "2026-03-23", "2026-03-23", "2026-03-24", "2026-03-16", "2026-03-23", absence.Met},
		// Good Friday 04-03 and Easter Monday 04-06 are days off: the first
		// scheduled day after an absence ending Thursday 04-02 is Tuesday 04-07.
		{"bank holidays off", easter, "2026-03-30/2026-04-02", "", "", "2026-04-07", "2026-04-07", "2026-04-07", absence.Pending},
		// The first scheduled day before the 72 hours are up changes nothing.
		{"72 hours later than the first scheduled day", monFri(t), "2026-03-09/2026-03-11", "", "", "2026-03-14", "2026-03-12", "2026-03-14", absence.Pending},
		// A roster with no shift after the absence: the 72 hours alone.
		{"no scheduled day after the absence", rostered, "2026-03-09/2026-03-12", "", "", "2026-03-16", "", "2026-03-15", absence.Overdue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sick(t, tt.period, absence.Other)
			if tt.returned != "" {
				r.Returned = d(t, tt.returned)
			}
			if tt.interviewed != "" {
				r.Interviewed = d(t, tt.interviewed)
			}
			rw := returnToWork(t, tt.emp, tt.asOf, r)
			assert.Equal(t, tt.due, rw.Interview.Due.String())
			assert.Equal(t, tt.status, rw.Interview.Status)
			if tt.first == "" {
				assert.True(t, rw.FirstScheduled.IsZero())
			} else {
				assert.Equal(t, tt.first, rw.FirstScheduled.String())
			}
			text := rw.Interview.Findings[len(rw.Interview.Findings)-1].Text
			if rw.Returned.IsZero() && tt.due == tt.first {
				assert.Contains(t, text, "no return is recorded, so on the employee's first scheduled day after the absence, "+d(t, tt.first).Weekday().String()+" "+tt.first)
			} else {
				assert.NotContains(t, text, "first scheduled day")
			}
		})
	}
}
