package absence_test

import (
	"errors"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reportedAt is a record's report at 07:00 on day s.
func reportedAt(t testing.TB, s string) time.Time {
	t.Helper()
	v := d(t, s)
	return time.Date(v.Year, v.Month, v.Day, 7, 0, 0, 0, time.UTC)
}

// leave is a leave record for period.
func leave(t testing.TB, period string) absence.Record {
	t.Helper()
	return absence.Record{Period: p(t, period), Kind: absence.Leave}
}

// onLeave builds the history of a Monday–Friday worker with two weeks'
// leave booked 6–17 July 2026 and sickness 13–15 July, reported at reported
// ("" for no report).
func onLeave(t *testing.T, pol absence.Policy, reported string, certs ...absence.Certificate) absence.History {
	t.Helper()
	s := sick(t, "2026-07-13/2026-07-15", absence.Infection)
	if reported != "" {
		s.Reported = reportedAt(t, reported)
	}
	s.Certificates = certs
	h, err := absence.NewHistory(monFri(t), []absence.Record{leave(t, "2026-07-06/2026-07-17"), s}, pol)
	require.NoError(t, err)
	b, err := absence.NewBuilder(pol)
	require.NoError(t, err)
	checkBuilder(t, b, monFri(t), h.Records)
	return h
}

// Sickness reported on its first day replaces the booked leave on its days:
// an episode that counts like any other, the leave re-credited, the rest of
// the leave still leave (ABS-21, Proc 15).
func TestABS21_ReportedSicknessReplacesLeave(t *testing.T) {
	h := onLeave(t, absence.HR14(), "2026-07-13")
	require.Len(t, h.Episodes, 1)
	ep := h.Episodes[0]
	assert.Equal(t, p(t, "2026-07-13/2026-07-15"), ep.Period)
	assert.Equal(t, 3, ep.Triggers.WorkingDays)
	assert.Equal(t, []absence.Period{p(t, "2026-07-13/2026-07-15")}, ep.Pay.Days)
	require.Len(t, h.SicknessOnLeave, 1)
	x := h.SicknessOnLeave[0]
	assert.Equal(t, 1, x.Sickness)
	assert.Equal(t, 0, x.Leave)
	assert.Equal(t, []absence.Period{p(t, "2026-07-13/2026-07-15")}, x.Replaced)
	assert.Empty(t, x.Kept)
	assert.Contains(t, findingsText(x.Findings), "sickness replaces the leave on these days")
	assert.Contains(t, findingsText(ep.Findings), "sickness replaces the leave")
	kept, ok := h.Kept(0)
	require.True(t, ok)
	assert.Equal(t, []absence.Period{p(t, "2026-07-06/2026-07-12"), p(t, "2026-07-16/2026-07-17")}, kept)
	rc := h.Recredit(absence.EnglandAndWales())
	assert.Equal(t, 3, rc.Days)
	assert.True(t, rc.Hours.Equal(dec("22.5")))
	assert.Contains(t, findingsText(rc.Findings), "3 scheduled days of booked leave replaced by sickness on 2026-07-13/2026-07-15: re-credited")
}

// Sickness during leave not reported on its first day stays leave: no
// episode, nothing re-credited, and a finding that says why (ABS-21).
func TestABS21_NotReportedStaysLeave(t *testing.T) {
	for _, reported := range []string{"", "2026-07-14"} {
		h := onLeave(t, absence.HR14(), reported)
		assert.Empty(t, h.Episodes, "reported %q", reported)
		require.Len(t, h.SicknessOnLeave, 1)
		x := h.SicknessOnLeave[0]
		assert.Empty(t, x.Replaced)
		assert.Equal(t, []absence.Period{p(t, "2026-07-13/2026-07-15")}, x.Kept)
		text := findingsText(x.Findings)
		assert.Contains(t, text, "the days stay annual leave and are not re-credited: the sickness was not reported on or before its first day, 2026-07-13, as the Trust requires")
		assert.Contains(t, text, "may still ask to take the statutory part of the leave at another time")
		assert.Equal(t, 0, h.Recredit(absence.EnglandAndWales()).Days)
		kept, _ := h.Kept(1)
		assert.Empty(t, kept, "the sickness record's days all stay leave")
		kept, _ = h.Kept(0)
		assert.Equal(t, []absence.Period{p(t, "2026-07-06/2026-07-17")}, kept)
	}
}

// Under the fit-note reading only the days a fit note covers replace the
// leave, whatever the length of the sickness (ABS-21, Policy.SicknessOnLeave).
func TestABS21_FitNoteReading(t *testing.T) {
	pol := absence.HR14()
	pol.SicknessOnLeave = absence.OnLeaveFitNote
	note := absence.Certificate{Kind: absence.FitNote, Covers: p(t, "2026-07-13/2026-07-14"), Received: d(t, "2026-07-16")}
	h := onLeave(t, pol, "2026-07-13", note)
	require.Len(t, h.Episodes, 1)
	assert.Equal(t, p(t, "2026-07-13/2026-07-14"), h.Episodes[0].Period)
	x := h.SicknessOnLeave[0]
	assert.Equal(t, []absence.Period{p(t, "2026-07-13/2026-07-14")}, x.Replaced)
	assert.Equal(t, []absence.Period{p(t, "2026-07-15")}, x.Kept)
	assert.Contains(t, findingsText(x.Findings), "no fit note received covers them")
	// A note not received yet replaces nothing; nor does a self-certificate.
	note.Received = absence.Date{}
	h = onLeave(t, pol, "2026-07-13", note, absence.Certificate{Kind: absence.SelfCertificate, Covers: p(t, "2026-07-13/2026-07-15"), Received: d(t, "2026-07-16")})
	assert.Empty(t, h.Episodes)
	// The default reading needs no note.
	h = onLeave(t, absence.HR14(), "2026-07-13")
	assert.Equal(t, p(t, "2026-07-13/2026-07-15"), h.Episodes[0].Period)
}

// A bank holiday spent sick during booked leave gives no day in lieu and is
// not re-credited (ABS-21 keeps Proc 15's rule, ABS-8).
func TestABS21_BankHolidayNotRecredited(t *testing.T) {
	w, err := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	require.NoError(t, err)
	emp := absence.Employee{ID: "e2", FTE: dec("1"), StandardDayHours: dec("7.5"), Schedule: w} // bank holidays are ordinary days
	s := sick(t, "2026-05-25/2026-05-27", absence.Infection)                                    // Monday 25 May 2026 is the Spring bank holiday
	s.Reported = reportedAt(t, "2026-05-25")
	h, err := absence.NewHistory(emp, []absence.Record{leave(t, "2026-05-25/2026-05-29"), s}, absence.HR14())
	require.NoError(t, err)
	rc := h.Recredit(absence.EnglandAndWales())
	assert.Equal(t, 2, rc.Days)
	require.Len(t, rc.BankHolidays, 1)
	assert.Equal(t, d(t, "2026-05-25"), rc.BankHolidays[0].Date)
	assert.Contains(t, findingsText(rc.Findings), "no additional day off in lieu, and it is not re-credited")
	bh, err := h.BankHolidays(0, absence.EnglandAndWales())
	require.NoError(t, err)
	require.Len(t, bh.Holidays, 1)
	assert.Contains(t, findingsText(bh.Findings), "no additional day off in lieu")
}

// Sickness that starts before the leave and runs into it replaces the leave
// from its first day on leave; the leave after it stays leave (ABS-21).
func TestABS21_SicknessRunsIntoLeave(t *testing.T) {
	s := sick(t, "2026-07-02/2026-07-08", absence.Musculoskeletal)
	s.Reported = reportedAt(t, "2026-07-02")
	h, err := absence.NewHistory(monFri(t), []absence.Record{s, leave(t, "2026-07-06/2026-07-10")}, absence.HR14())
	require.NoError(t, err)
	require.Len(t, h.Episodes, 1)
	assert.Equal(t, p(t, "2026-07-02/2026-07-08"), h.Episodes[0].Period)
	assert.Equal(t, []absence.Period{p(t, "2026-07-06/2026-07-08")}, h.SicknessOnLeave[0].Replaced)
	kept, _ := h.Kept(1)
	assert.Equal(t, []absence.Period{p(t, "2026-07-09/2026-07-10")}, kept)
}

// Proc 13 names sickness during annual leave as a ground for withdrawing
// self-certification: a finding for HR, never a decision; it says so when
// the right is already withdrawn (ABS-21, ABS-4).
func TestABS21_WithdrawalGroundIsAFinding(t *testing.T) {
	h := onLeave(t, absence.HR14(), "2026-07-13")
	text := findingsText(h.SicknessOnLeave[0].Findings)
	assert.Contains(t, text, "Proc 13 names sickness during annual leave among the examples of grounds")
	assert.Contains(t, text, "for HR to consider; nothing is decided here")
	assert.Empty(t, h.Employee.SelfCertification, "no decision is made")
	c, err := h.Certification(0, d(t, "2026-07-31"))
	require.NoError(t, err)
	assert.False(t, c.Decision.Withdrawn)

	emp := monFri(t)
	emp.SelfCertification = []absence.SelfCertificationDecision{{From: d(t, "2026-07-01"), Withdrawn: true, HRAdvised: d(t, "2026-06-25")}}
	s := sick(t, "2026-07-13/2026-07-15", absence.Infection)
	s.Reported = reportedAt(t, "2026-07-13")
	h, err = absence.NewHistory(emp, []absence.Record{leave(t, "2026-07-06/2026-07-17"), s}, absence.HR14())
	require.NoError(t, err)
	assert.Contains(t, findingsText(h.SicknessOnLeave[0].Findings), "it is already withdrawn (self-certification withdrawn from 2026-07-01")
}

// Only sickness may overlap booked leave; not on a part day's first day,
// and two leave records or leave and other absence may not overlap (ABS-21,
// ABS-2).
func TestABS21_OverlapsRefused(t *testing.T) {
	part := sick(t, "2026-07-13/2026-07-15", absence.Infection)
	part.PartDay = &absence.PartDay{Worked: dec("2")}
	excl := absence.Record{Period: p(t, "2026-07-13/2026-07-14"), Kind: absence.MedicalExclusion}
	susp := absence.Record{Period: p(t, "2026-07-13/2026-07-14"), Kind: absence.MedicalSuspension, Reason: absence.Infection}
	for _, tc := range []struct {
		name string
		recs []absence.Record
		err  error
		want string
	}{
		{"leave over leave", []absence.Record{leave(t, "2026-07-06/2026-07-17"), leave(t, "2026-07-15/2026-07-20")}, absence.ErrOverlap, ""},
		{"the same leave twice", []absence.Record{leave(t, "2026-07-06/2026-07-17"), leave(t, "2026-07-06/2026-07-17")}, absence.ErrDuplicate, ""},
		{"medical exclusion over leave", []absence.Record{leave(t, "2026-07-06/2026-07-17"), excl}, absence.ErrOverlap, ""},
		{"medical suspension over leave", []absence.Record{susp, leave(t, "2026-07-06/2026-07-17")}, absence.ErrOverlap, ""},
		{"a part day on leave", []absence.Record{leave(t, "2026-07-06/2026-07-17"), part}, absence.ErrOverlap, "a part day is a shift worked in part"},
		{"two sickness records over one leave, overlapping", []absence.Record{leave(t, "2026-07-06/2026-07-17"), sick(t, "2026-07-07/2026-07-09", absence.Other), sick(t, "2026-07-09/2026-07-10", absence.Other)}, absence.ErrOverlap, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := absence.NewHistory(monFri(t), tc.recs, absence.HR14())
			require.ErrorIs(t, err, tc.err)
			var ie *absence.InputError
			require.True(t, errors.As(err, &ie))
			assert.Contains(t, ie.Want, tc.want)
		})
	}
	// Two sickness records over one booked leave are fine.
	h, err := absence.NewHistory(monFri(t), []absence.Record{leave(t, "2026-07-06/2026-07-17"),
		sick(t, "2026-07-07/2026-07-08", absence.Other), sick(t, "2026-07-14/2026-07-15", absence.Other)}, absence.HR14())
	require.NoError(t, err)
	assert.Len(t, h.SicknessOnLeave, 2)
}
