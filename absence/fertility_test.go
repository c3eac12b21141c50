package absence_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ivf is a Monday–Friday worker whose embryo transfer was on Monday 2 March
// 2026 and who learnt on Friday 13 March that it had failed (zero: no end
// recorded).
func ivf(t *testing.T, ended string) absence.Employee {
	t.Helper()
	emp := monFri(t)
	ft := absence.FertilityTreatment{ID: "F1", Transfer: d(t, "2026-03-02")}
	if ended != "" {
		ft.Ended = d(t, ended)
	}
	emp.FertilityTreatments = []absence.FertilityTreatment{ft}
	return emp
}

// history builds a history and checks the Builder agrees.
func historyOf(t *testing.T, emp absence.Employee, pol absence.Policy, recs ...absence.Record) absence.History {
	t.Helper()
	h, err := absence.NewHistory(emp, recs, pol)
	require.NoError(t, err)
	b, err := absence.NewBuilder(pol)
	require.NoError(t, err)
	checkBuilder(t, b, emp, recs)
	return h
}

// Sickness inside the protected period of fertility treatment — from the
// embryo transfer to two weeks beginning with the day the employee learnt
// it failed — is left out of the triggers as pregnancy-related sickness is,
// with the clause in the explanation; outside it sickness counts as usual
// (ABS-24, Proc 21, Equality Act 2010 s18).
func TestABS24_ProtectedPeriodLeavesSicknessOut(t *testing.T) {
	emp := ivf(t, "2026-03-13")
	h := historyOf(t, emp, absence.HR14(),
		sick(t, "2026-02-23/2026-02-27", absence.Other),     // before the transfer: counts
		sick(t, "2026-03-23/2026-04-03", absence.Infection)) // protected to 26 March
	require.Len(t, h.Protected, 1)
	assert.Equal(t, p(t, "2026-03-02/2026-03-26"), h.Protected[0].Period)
	assert.False(t, h.Protected[0].Open)
	assert.Contains(t, h.Protected[0].Finding.Text, "the protected period ends on 2026-03-26, the last of the 14 days beginning with that day (Equality Act 2010 s18(6))")
	require.Len(t, h.Episodes, 2)
	assert.Equal(t, 5, h.Episodes[0].Triggers.WorkingDays)
	ep := h.Episodes[1]
	assert.Equal(t, []absence.Period{p(t, "2026-03-27/2026-04-03")}, ep.Triggers.Counted)
	assert.Equal(t, 6, ep.Triggers.WorkingDays)
	require.Len(t, ep.Triggers.Excluded, 1)
	x := ep.Triggers.Excluded[0]
	assert.Equal(t, absence.CauseFertility, x.Cause)
	assert.Equal(t, p(t, "2026-03-23/2026-03-26"), x.Period)
	assert.Equal(t, "ABS-24", x.Cause.Rule().ID)
	assert.Contains(t, x.String(), "embryo transfer 2026-03-02, failure or end learnt 2026-03-13, protected to 2026-03-26; HR14 Proc 21, Equality Act 2010 s18(6)")
	assert.Contains(t, findingsText(ep.Findings), "2026-03-23/2026-03-26 not counted: sickness in the protected period of fertility treatment, left out as pregnancy-related sickness is (ABS-7) (embryo transfer")
	assert.Equal(t, []absence.Period{p(t, "2026-03-23/2026-04-03")}, ep.Pay.Days, "still sickness for pay")

	// A trust reading Proc 21's "2 weeks after" counts one more day.
	pol := absence.HR14()
	pol.FertilityProtectedDays = 15
	h = historyOf(t, emp, pol, sick(t, "2026-03-23/2026-04-03", absence.Infection))
	assert.Equal(t, []absence.Period{p(t, "2026-03-28/2026-04-03")}, h.Episodes[0].Triggers.Counted)
}

// With no end recorded the pregnancy continues and so does the protected
// period (ABS-24).
func TestABS24_OpenProtectedPeriod(t *testing.T) {
	h := historyOf(t, ivf(t, ""), absence.HR14(), sick(t, "2026-06-01/2026-06-05", absence.Infection))
	assert.True(t, h.Protected[0].Open)
	assert.Empty(t, h.Episodes[0].Triggers.Counted)
	assert.Contains(t, h.Episodes[0].Triggers.Excluded[0].Detail, "no end recorded")
}

// The narrower reading leaves out only sickness recorded as
// pregnancy-related; with the pregnancy exclusion off nothing is left out;
// each says so (ABS-24, Policy.Exclude.Fertility, Policy.Exclude.Pregnancy).
func TestABS24_Readings(t *testing.T) {
	emp := ivf(t, "2026-03-13")
	narrow := absence.HR14()
	narrow.Exclude.Fertility = absence.PregnancyReasonOnly
	h := historyOf(t, emp, narrow, sick(t, "2026-03-09/2026-03-10", absence.Infection), sick(t, "2026-03-16/2026-03-17", absence.PregnancyRelated))
	require.Len(t, h.Episodes, 2)
	assert.Equal(t, 2, h.Episodes[0].Triggers.WorkingDays, "inside the period, not recorded as pregnancy-related: counts")
	assert.Equal(t, absence.CausePregnancy, h.Episodes[1].Triggers.Excluded[0].Cause)
	assert.Contains(t, findingsText(h.Episodes[0].Findings), "only sickness recorded as pregnancy-related is left out")

	off := absence.HR14()
	off.Exclude.Pregnancy = false
	h = historyOf(t, emp, off, sick(t, "2026-03-09/2026-03-10", absence.Infection))
	assert.Equal(t, 2, h.Episodes[0].Triggers.WorkingDays)
	assert.Contains(t, findingsText(h.Episodes[0].Findings), "this policy does not exclude pregnancy-related sickness")
}

// A fertility treatment needs the day of transfer, in order, and an end not
// before it; errors name the field and never quote an ID that is a sentence
// (ABS-24).
func TestABS24_TreatmentsValidated(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ts    []absence.FertilityTreatment
		err   error
		field string
	}{
		{"no transfer", []absence.FertilityTreatment{{Ended: d(t, "2026-03-13")}}, absence.ErrFertility, "FertilityTreatments[0].Transfer"},
		{"ended before the transfer", []absence.FertilityTreatment{{Transfer: d(t, "2026-03-13"), Ended: d(t, "2026-03-02")}}, absence.ErrReversedPeriod, "FertilityTreatments[0].Ended"},
		{"out of order", []absence.FertilityTreatment{{Transfer: d(t, "2026-06-01")}, {Transfer: d(t, "2026-03-02")}}, absence.ErrUnsorted, "FertilityTreatments[1].Transfer"},
		{"a day that does not exist", []absence.FertilityTreatment{{Transfer: absence.Date{Year: 2026, Month: 2, Day: 30}}}, absence.ErrInvalidDate, "FertilityTreatments[0].Transfer"},
		{"a year typed wrong", []absence.FertilityTreatment{{Transfer: d(t, "2026-03-02"), Ended: absence.Date{Year: 9999, Month: 12, Day: 31}}}, absence.ErrDateRange, "FertilityTreatments[0].Ended"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			emp := monFri(t)
			for i := range tc.ts {
				tc.ts[i].ID = "second cycle after miscarriage"
			}
			emp.FertilityTreatments = tc.ts
			_, err := absence.NewHistory(emp, nil, absence.HR14())
			require.ErrorIs(t, err, tc.err)
			var ie *absence.InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tc.field, ie.Field)
			assert.NotContains(t, err.Error(), "miscarriage")
		})
	}
}

// Appointments for fertility treatment are medical appointments (ABS-7);
// extra ones beyond the allowance are agreed between the manager and the
// employee, and the agreement is said (ABS-24, Proc 21).
func TestABS24_FertilityAppointments(t *testing.T) {
	apps := []absence.Appointment{
		{Date: d(t, "2026-01-12"), Fertility: true}, {Date: d(t, "2026-01-19"), Fertility: true},
		{Date: d(t, "2026-01-26"), Fertility: true}, {Date: d(t, "2026-02-02"), Fertility: true},
		{Date: d(t, "2026-02-09"), Fertility: true, Agreed: absence.AgreedAnnualLeave},
		{Date: d(t, "2026-02-16")},
	}
	got, err := absence.HR14().Appointments(apps)
	require.NoError(t, err)
	for i, want := range []absence.Treatment{absence.NoPayback, absence.NoPayback, absence.NoPayback, absence.BeyondAllowance, absence.BeyondAllowance, absence.BeyondAllowance} {
		assert.Equal(t, want, got[i].Treatment, "appointment %d", i+1)
	}
	assert.Equal(t, "ABS-24", got[0].Finding.Rule.ID)
	assert.Contains(t, got[0].Finding.Text, "appointment for fertility treatment, treated as any other medical appointment")
	assert.Contains(t, got[3].Finding.Text, "the manager and the employee agree how the time is taken or repaid: record the agreement")
	assert.Contains(t, got[4].Finding.Text, "agreed the time is taken as annual leave")
	assert.Equal(t, "ABS-7", got[5].Finding.Rule.ID)
	assert.Contains(t, got[5].Finding.Text, "the manager decides how the time is taken")

	b, err := json.Marshal(apps[4])
	require.NoError(t, err)
	assert.JSONEq(t, `{"date":"2026-02-09","fertility":true,"agreed":"annual-leave"}`, string(b))
	var back absence.Appointment
	err = json.Unmarshal([]byte(`{"date":"2026-02-09","agreed":"she cried all day"}`), &back)
	require.ErrorIs(t, err, absence.ErrUnknownCode)
	assert.NotContains(t, err.Error(), "cried")
	_, err = absence.HR14().Appointments([]absence.Appointment{{Date: d(t, "2026-02-09"), Agreed: 9}})
	require.ErrorIs(t, err, absence.ErrUnknownCode)
}
