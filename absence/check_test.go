package absence_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPolicyValidateChecks(t *testing.T) {
	require.NoError(t, absence.HR14().Validate())
	tests := []struct {
		field string
		set   func(*absence.Policy)
	}{
		{"SelfCertificateDays", func(p *absence.Policy) { p.SelfCertificateDays = -1 }},
		{"FitNoteDays", func(p *absence.Policy) { p.FitNoteDays = -1 }},
		{"FitNoteFrom", func(p *absence.Policy) { p.FitNoteFrom = 2 }},
		{"ReportHours", func(p *absence.Policy) { p.ReportHours = -1 }},
		{"NightReportHours", func(p *absence.Policy) { p.NightReportHours = -1 }},
		{"CallBackHours", func(p *absence.Policy) { p.CallBackHours = 0 }},
		{"InterviewHours", func(p *absence.Policy) { p.InterviewHours = 36 }},
		{"InterviewHours", func(p *absence.Policy) { p.InterviewHours = -24 }},
		{"NoAdditionalHoursDays", func(p *absence.Policy) { p.NoAdditionalHoursDays = -1 }},
		{"ComplianceTarget", func(p *absence.Policy) { p.ComplianceTarget = dec("0") }},
		{"ComplianceTarget", func(p *absence.Policy) { p.ComplianceTarget = dec("1.01") }},
		{"AppointmentsAllowed", func(p *absence.Policy) { p.AppointmentsAllowed = -1 }},
		{"AppointmentMonths", func(p *absence.Policy) { p.AppointmentMonths = 0 }},
		{"MSKReferralDays", func(p *absence.Policy) { p.MSKReferralDays = -1 }},
		{"AsSoonAsDays", func(p *absence.Policy) { p.AsSoonAsDays = 4000 }},
		{"StressContactDays", func(p *absence.Policy) { p.StressContactDays = -1 }},
		{"StressWorkingDays", func(p *absence.Policy) { p.StressWorkingDays = 0 }},
		{"StressDays", func(p *absence.Policy) { p.StressDays = 9 }},
		{"ReferralDays", func(p *absence.Policy) { p.ReferralDays = 0 }},
		{"OHProvider.CancelHours", func(p *absence.Policy) { p.OHProvider.CancelHours = -1 }},
		{"ContactDays", func(p *absence.Policy) { p.ContactDays = 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			pol := absence.HR14()
			tt.set(&pol)
			err := pol.Validate()
			var ie *absence.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, absence.ErrInvalidPolicy, ie.Err)
			assert.Equal(t, tt.field, ie.Field)
		})
	}
	// Every HR14 number of ABS-4 … ABS-10.
	p := absence.HR14()
	assert.Equal(t, []int{7, 3, 1, 3, 24, 72, 7, 3, 12, 7, 0, 7, 5, 28, 48, 14},
		[]int{p.SelfCertificateDays, p.FitNoteDays, p.ReportHours, p.NightReportHours, p.CallBackHours,
			p.InterviewHours, p.NoAdditionalHoursDays, p.AppointmentsAllowed, p.AppointmentMonths,
			p.MSKReferralDays, p.AsSoonAsDays, p.StressContactDays, p.StressWorkingDays, p.ReferralDays,
			p.OHProvider.CancelHours, p.ContactDays})
	assert.Equal(t, "0.8", p.ComplianceTarget.String())
	assert.Equal(t, absence.FirstDayToCover, p.FitNoteFrom)
	assert.Equal(t, absence.OnScheduledDays, p.StressDays)
}

func TestCheckJSONAndString(t *testing.T) {
	c := absence.Check{Task: absence.TaskInterview, Rule: absence.Rule{ID: "ABS-6", Clause: "HR14 Proc 16"},
		What: "return-to-work interview", Due: d(t, "2026-03-16"), Done: d(t, "2026-03-16"), Status: absence.Met}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"task":"interview"`)
	assert.Contains(t, string(b), `"status":"met"`)
	var back absence.Check
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c.Task, back.Task)
	assert.Equal(t, c.Status, back.Status)
	assert.Equal(t, c.Due, back.Due)
	assert.Equal(t, "return-to-work interview, due by 2026-03-16: met on 2026-03-16 — ABS-6 (HR14 Proc 16)", c.String())
	assert.False(t, c.Timed())

	timed := absence.Check{What: "x", DueAt: time.Date(2026, 3, 16, 7, 0, 0, 0, gmt), Status: absence.Overdue}
	assert.True(t, timed.Timed())
	assert.Equal(t, "x, due by 2026-03-16 07:00 GMT: overdue", timed.String())
	assert.Equal(t, "not required", absence.NotRequired.String())
	assert.True(t, absence.Late.Decided())
	assert.False(t, absence.Pending.Decided())
	_, err = absence.Status(9).MarshalText()
	assert.ErrorIs(t, err, absence.ErrUnknownCode)
	_, err = absence.Task(0).MarshalText()
	assert.ErrorIs(t, err, absence.ErrUnknownCode)
	assert.Equal(t, "manager call-back", absence.TaskCallBack.String())
}
