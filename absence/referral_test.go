package absence_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referralCheck returns the TaskReferral check of the episode's Referral.
func referral(t *testing.T, emp absence.Employee, pol absence.Policy, f absence.ReferralFacts, asOf string, recs ...absence.Record) absence.Referral {
	t.Helper()
	h, err := absence.NewHistory(emp, recs, pol)
	require.NoError(t, err)
	require.Len(t, h.Episodes, 1)
	r, err := h.Referral(0, f, d(t, asOf))
	require.NoError(t, err)
	require.NotEmpty(t, r.Checks)
	require.Equal(t, absence.TaskReferral, r.Checks[0].Task)
	require.NotEmpty(t, r.Findings)
	return r
}

func facts(t testing.TB, referred, surgeryKnown string) absence.ReferralFacts {
	var f absence.ReferralFacts
	if referred != "" {
		f.Referred = d(t, referred)
	}
	if surgeryKnown != "" {
		f.SurgeryKnown = d(t, surgeryKnown)
	}
	return f
}

func TestABS9_ReferralByReason(t *testing.T) {
	asap := absence.HR14()
	asap.AsSoonAsDays = 2
	tests := []struct {
		name   string
		pol    absence.Policy
		recs   []absence.Record
		facts  absence.ReferralFacts
		asOf   string
		due    string
		status absence.Status
		clause string
	}{
		{"musculoskeletal: within 1 week of the start", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-20", absence.Musculoskeletal)},
			facts(t, "2026-03-09", ""), "2026-03-31", "2026-03-09", absence.Met, "HR14 §5.6.5, App 9"},
		{"musculoskeletal: 8 days is late", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-20", absence.Musculoskeletal)},
			facts(t, "2026-03-10", ""), "2026-03-31", "2026-03-09", absence.Late, "HR14 §5.6.5, App 9"},
		{"musculoskeletal: a one-day absence is referred too", absence.HR14(), []absence.Record{sick(t, "2026-03-02", absence.Musculoskeletal)},
			facts(t, "", ""), "2026-03-10", "2026-03-09", absence.Overdue, "HR14 §5.6.5, App 9"},
		{"musculoskeletal identified in a later record: 1 week from then", absence.HR14(),
			[]absence.Record{sick(t, "2026-03-02/2026-03-06", absence.Other), sick(t, "2026-03-09/2026-03-20", absence.Musculoskeletal)},
			facts(t, "", ""), "2026-03-16", "2026-03-16", absence.Pending, "HR14 §5.6.5, App 9"},
		{"mental health: the day identified", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-06", absence.MentalHealth)},
			facts(t, "2026-03-02", ""), "2026-03-31", "2026-03-02", absence.Met, "HR14 §5.6.5"},
		{"mental health: the day after is late", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-06", absence.MentalHealth)},
			facts(t, "2026-03-03", ""), "2026-03-31", "2026-03-02", absence.Late, "HR14 §5.6.5"},
		{"mental health: as-soon-as knob", asap, []absence.Record{sick(t, "2026-03-02/2026-03-06", absence.MentalHealth)},
			facts(t, "2026-03-03", ""), "2026-03-31", "2026-03-04", absence.Met, "HR14 §5.6.5"},
		{"planned surgery: the day the date was known, before the absence", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-20", absence.SurgeryPlanned)},
			facts(t, "2026-02-10", "2026-02-10"), "2026-03-31", "2026-02-10", absence.Met, "HR14 App 9"},
		{"planned surgery: referred the day after", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-20", absence.SurgeryPlanned)},
			facts(t, "2026-02-11", "2026-02-10"), "2026-03-31", "2026-02-10", absence.Late, "HR14 App 9"},
		{"planned surgery, date learned unknown: the first day of absence", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-20", absence.SurgeryPlanned)},
			facts(t, "2026-03-02", ""), "2026-03-31", "2026-03-02", absence.Met, "HR14 App 9"},
		{"emergency surgery: when the manager knew it had happened", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-20", absence.SurgeryEmergency)},
			facts(t, "", "2026-03-04"), "2026-03-05", "2026-03-04", absence.Overdue, "HR14 App 9"},
		{"medically required cosmetic surgery is surgery", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-20", absence.CosmeticSurgeryRequired)},
			facts(t, "", "2026-02-01"), "2026-02-01", "2026-02-01", absence.Pending, "HR14 App 9"},
		{"other reason: on the 28th day of continuous absence", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-29", absence.Infection)},
			facts(t, "2026-03-29", ""), "2026-04-30", "2026-03-29", absence.Met, "HR14 §5.6.6"},
		{"other reason: the 29th day is late", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-04-10", absence.WorkRelated)},
			facts(t, "2026-03-30", ""), "2026-04-30", "2026-03-29", absence.Late, "HR14 §5.6.6"},
		{"other reason, still absent on day 20: pending", absence.HR14(), []absence.Record{sick(t, "2026-03-02/2026-03-21", absence.Other)},
			facts(t, "", ""), "2026-03-21", "2026-03-29", absence.Pending, "HR14 §5.6.6"},
		{"several reasons: the earliest binds", absence.HR14(),
			[]absence.Record{sick(t, "2026-03-02/2026-03-06", absence.Infection), sick(t, "2026-03-09/2026-04-10", absence.MentalHealth)},
			facts(t, "", ""), "2026-03-09", "2026-03-09", absence.Pending, "HR14 §5.6.5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := referral(t, monFri(t), tt.pol, tt.facts, tt.asOf, tt.recs...)
			ck := r.Checks[0]
			assert.Equal(t, tt.due, ck.Due.String())
			assert.Equal(t, tt.status, ck.Status)
			assert.Equal(t, tt.clause, ck.Rule.Clause)
			assert.Equal(t, "ABS-9", ck.Rule.ID)
		})
	}
}

func TestABS9_OtherReasonShorterThan4Weeks(t *testing.T) {
	r := referral(t, monFri(t), absence.HR14(), absence.ReferralFacts{}, "2026-04-30", sick(t, "2026-03-02/2026-03-28", absence.Infection))
	assert.Equal(t, absence.NotRequired, r.Checks[0].Status, "27 days, over")
	assert.Contains(t, r.Findings[0].Text, "the absence ended on 2026-03-28, before that")
}

func TestABS9_StressReferralAfter5WorkingDays(t *testing.T) {
	monTue, err := absence.ParseWeekMask("MT.....", dec("7.5"))
	require.NoError(t, err)
	partTime := monFri(t)
	partTime.Schedule = monTue
	business := absence.HR14()
	business.StressDays = absence.OnBusinessDays
	ew := absence.ReferralFacts{Calendar: absence.EnglandAndWales()}
	tests := []struct {
		name   string
		emp    absence.Employee
		pol    absence.Policy
		period string
		asOf   string
		due    string
		status absence.Status
	}{
		// From Mon 03-02, the 5th working day after it is Mon 03-09.
		{"still absent on the 5th working day after the start", monFri(t), absence.HR14(), "2026-03-02/2026-03-09", "2026-03-20", "2026-03-09", absence.Overdue},
		{"back on the 5th working day: returned within 5 working days", monFri(t), absence.HR14(), "2026-03-02/2026-03-06", "2026-03-20", "", absence.NotRequired},
		{"still absent, not yet the 5th day", monFri(t), absence.HR14(), "2026-03-02/2026-03-05", "2026-03-05", "2026-03-09", absence.Pending},
		{"a Monday–Tuesday worker: 5 of their working days", partTime, absence.HR14(), "2026-03-02/2026-03-17", "2026-03-17", "2026-03-17", absence.Pending},
		{"a Monday–Tuesday worker back on the 17th", partTime, absence.HR14(), "2026-03-02/2026-03-16", "2026-03-31", "", absence.NotRequired},
		// From Wed 04-01 over Easter: scheduled days count Good Friday and Easter Monday, business days do not.
		{"over Easter, scheduled days", monFri(t), absence.HR14(), "2026-04-01/2026-04-08", "2026-04-30", "2026-04-08", absence.Overdue},
		{"over Easter, business days", monFri(t), business, "2026-04-01/2026-04-08", "2026-04-30", "", absence.NotRequired},
		{"over Easter, business days, still absent on 04-10", monFri(t), business, "2026-04-01/2026-04-10", "2026-04-30", "2026-04-10", absence.Overdue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := referral(t, tt.emp, tt.pol, ew, tt.asOf, sick(t, tt.period, absence.Stress))
			ck := r.Checks[0]
			assert.Equal(t, tt.status, ck.Status)
			if tt.due != "" {
				assert.Equal(t, tt.due, ck.Due.String())
				assert.Equal(t, "HR14 App 9", ck.Rule.Clause)
			}
			require.Len(t, r.Checks, 2)
			assert.Equal(t, absence.TaskStressContact, r.Checks[1].Task)
		})
	}
}

func TestABS9_StressContactWithin1Week(t *testing.T) {
	tests := []struct {
		contacted, asOf string
		status          absence.Status
	}{
		{"2026-03-09", "2026-03-20", absence.Met},
		{"2026-03-10", "2026-03-20", absence.Late},
		{"", "2026-03-09", absence.Pending},
		{"", "2026-03-10", absence.Overdue},
	}
	for _, tt := range tests {
		f := absence.ReferralFacts{}
		if tt.contacted != "" {
			f.Contacted = d(t, tt.contacted)
		}
		r := referral(t, monFri(t), absence.HR14(), f, tt.asOf, sick(t, "2026-03-02/2026-03-20", absence.Stress))
		require.Len(t, r.Checks, 2)
		ck := r.Checks[1]
		assert.Equal(t, "2026-03-09", ck.Due.String())
		assert.Equal(t, tt.status, ck.Status, "contacted %q as of %s", tt.contacted, tt.asOf)
	}
}

func TestABS9_ReferralBadInput(t *testing.T) {
	h := history(t, monFri(t), sick(t, "2026-03-02", absence.Infection))
	_, err := h.Referral(1, absence.ReferralFacts{}, d(t, "2026-03-02"))
	assert.ErrorIs(t, err, absence.ErrNoEpisode)
	_, err = h.Referral(0, absence.ReferralFacts{Referred: absence.Date{Year: 2026, Month: 13, Day: 1}}, d(t, "2026-03-02"))
	assert.ErrorIs(t, err, absence.ErrInvalidDate)
	_, err = h.Referral(0, absence.ReferralFacts{}, absence.Date{})
	assert.ErrorIs(t, err, absence.ErrInvalidDate)
}

func TestABS9_Stages(t *testing.T) {
	tests := []struct {
		name     string
		stage    int
		by, done string
		asOf     string
		task     absence.Task
		status   absence.Status
		clause   string
	}{
		{"no stage", 0, "", "", "2026-05-01", absence.TaskReferral, absence.NotRequired, "HR14 SAP 1.3"},
		{"stage 1: only if deemed necessary", 1, "2026-05-10", "", "2026-05-20", absence.TaskReferral, absence.NotRequired, "HR14 SAP 1.3"},
		{"stage 2: required before the meeting", 2, "2026-05-10", "2026-05-01", "2026-05-20", absence.TaskReferral, absence.Met, "HR14 SAP 1.4"},
		{"stage 2: none by the meeting", 2, "2026-05-10", "", "2026-05-11", absence.TaskReferral, absence.Overdue, "HR14 SAP 1.4"},
		{"stage 2: no meeting date yet", 2, "", "", "2026-05-11", absence.TaskReferral, absence.Pending, "HR14 SAP 1.4"},
		{"stage 3: updated opinion", 3, "2026-07-20", "2026-07-21", "2026-07-31", absence.TaskOHOpinion, absence.Late, "HR14 SAP 1.5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var by, done absence.Date
			if tt.by != "" {
				by = d(t, tt.by)
			}
			if tt.done != "" {
				done = d(t, tt.done)
			}
			c, err := absence.StageReferral(tt.stage, by, done, d(t, tt.asOf))
			require.NoError(t, err)
			assert.Equal(t, tt.task, c.Task)
			assert.Equal(t, tt.status, c.Status)
			assert.Equal(t, tt.clause, c.Rule.Clause)
			assert.NotEmpty(t, c.Findings)
		})
	}
	for _, s := range []int{-1, 4} {
		_, err := absence.StageReferral(s, absence.Date{}, absence.Date{}, d(t, "2026-05-01"))
		assert.ErrorIs(t, err, absence.ErrStage)
	}
}

func TestABS9_OHPlusComplexCase(t *testing.T) {
	o := absence.ComplexCase{}.OHPlus()
	assert.False(t, o.Appropriate)
	assert.Empty(t, o.Criteria)
	assert.Len(t, o.Findings, 1)

	o = absence.ComplexCase{NoProgress: true, PanelUnclear: true}.OHPlus()
	assert.True(t, o.Appropriate)
	assert.Equal(t, []string{"no-progress", "panel-unclear"}, o.Criteria)
	assert.Len(t, o.Findings, 2)
	assert.Equal(t, "ABS-9", o.Findings[0].Rule.ID)

	all := absence.ComplexCase{NoProgress: true, WrongAdvice: true, NoInsight: true, ComplexCondition: true, DisputedAdvice: true, PanelUnclear: true}
	assert.Len(t, all.OHPlus().Criteria, 6)
	for _, c := range []absence.ComplexCase{{WrongAdvice: true}, {NoInsight: true}, {ComplexCondition: true}, {DisputedAdvice: true}} {
		assert.True(t, c.OHPlus().Appropriate)
		assert.Len(t, c.OHPlus().Criteria, 1)
	}
}

func TestABS9_OHCancellation48Hours(t *testing.T) {
	appt := at(t, "2026-03-20 10:00")
	tests := []struct {
		name      string
		cancelled string
		asOf      string
		status    absence.Status
		charged   bool
	}{
		{"exactly 48 hours ahead: free", "2026-03-18 10:00", "2026-03-21 00:00", absence.Met, false},
		{"three days ahead: free", "2026-03-17 09:00", "2026-03-21 00:00", absence.Met, false},
		{"47 hours 59 minutes ahead: charged", "2026-03-18 10:01", "2026-03-21 00:00", absence.Late, true},
		{"after the appointment: charged", "2026-03-20 11:00", "2026-03-21 00:00", absence.Late, true},
		{"not cancelled, still free to", "", "2026-03-18 10:00", absence.Pending, false},
		{"not cancelled, too late to cancel free", "", "2026-03-18 10:01", absence.NotRequired, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := absence.HR14().OHCancellation(appt, at(t, tt.cancelled), at(t, tt.asOf))
			require.NoError(t, err)
			assert.Equal(t, tt.status, o.Check.Status)
			assert.Equal(t, tt.charged, o.Charged)
			assert.Equal(t, at(t, "2026-03-18 10:00"), o.Check.DueAt)
			assert.Equal(t, absence.TaskOHCancellation, o.Check.Task)
			assert.NotEmpty(t, o.Check.Findings)
		})
	}
	_, err := absence.HR14().OHCancellation(at(t, ""), at(t, ""), appt)
	assert.ErrorIs(t, err, absence.ErrNoTime)
}
