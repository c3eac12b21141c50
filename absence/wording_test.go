package absence_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Findings are pasted into letters: a count of one takes the singular
// ("1 calendar day", never "1 calendar days").
func TestABS1_FindingsUseTheSingularForOne(t *testing.T) {
	tests := []struct {
		name   string
		period string
		want   string
	}{
		{"one day", "2026-03-02", "1 calendar day: short term (fewer than 28 calendar days) — ABS-1 (HR14 §4.1, §4.2)"},
		{"two days", "2026-03-02/2026-03-03", "2 calendar days: short term (fewer than 28 calendar days) — ABS-1 (HR14 §4.1, §4.2)"},
		{"27 days", "2026-06-01/2026-06-27", "27 calendar days: short term (fewer than 28 calendar days) — ABS-1 (HR14 §4.1, §4.2)"},
		{"28 days", "2026-06-01/2026-06-28", "28 calendar days: long term (28 or more calendar days) — ABS-1 (HR14 §4.1, §4.2)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := history(t, monFri(t), sick(t, tt.period, absence.Other))
			require.Len(t, h.Episodes, 1)
			fs := h.Episodes[0].Findings
			assert.Equal(t, tt.want, fs[len(fs)-1].String())
		})
	}

	// A trust counting long term from 1 day.
	pol := absence.HR14()
	pol.LongTermDays = 1
	h, err := absence.NewHistory(monFri(t), []absence.Record{sick(t, "2026-03-02", absence.Other)}, pol)
	require.NoError(t, err)
	assert.Equal(t, "1 calendar day: long term (1 or more calendar days)", h.Episodes[0].Findings[0].Text)
}

// No finding, check or description of the recording checks says "1 … days",
// "1 … hours" or "1 … months", whatever the numbers.
func TestABS_NoPluralAfterOne(t *testing.T) {
	pol := absence.HR14()
	pol.SelfCertificateDays, pol.FitNoteDays, pol.AppointmentMonths = 1, 1, 1
	pol.CallBackHours, pol.InterviewHours, pol.ContactDays, pol.MSKReferralDays = 1, 24, 1, 1
	pol.StressContactDays, pol.OHProvider.CancelHours, pol.NoAdditionalHoursDays, pol.ReportHours = 1, 1, 1, 1
	emp := monFri(t)
	short := sick(t, "2026-03-02", absence.Musculoskeletal)
	short.PartDay = &absence.PartDay{Worked: dec("1"), Shift: dec("1.5")} // more than half of a 1.5-hour shift
	long := sick(t, "2026-03-09/2026-03-20", absence.Stress)
	long.Certificates = []absence.Certificate{{Kind: absence.FitNote, Covers: p(t, "2026-03-10/2026-03-20"), Received: d(t, "2026-03-13")}}
	h, err := absence.NewHistory(emp, []absence.Record{short, long}, pol)
	require.NoError(t, err)

	var texts []string
	add := func(fs []absence.Finding) {
		for _, f := range fs {
			texts = append(texts, f.Text)
		}
	}
	addChecks := func(cs ...absence.Check) {
		for _, c := range cs {
			texts = append(texts, c.What, c.String())
			add(c.Findings)
		}
	}
	asOf := d(t, "2026-04-30")
	texts = append(texts, short.String(), long.String())
	for i, ep := range h.Episodes {
		add(ep.Findings)
		c, err := h.Certification(i, asOf)
		require.NoError(t, err)
		add(c.Findings)
		addChecks(c.Checks...)
		rw, err := h.ReturnToWork(i, asOf)
		require.NoError(t, err)
		add(rw.Findings)
		addChecks(rw.Interview)
		ref, err := h.Referral(i, absence.ReferralFacts{}, asOf)
		require.NoError(t, err)
		add(ref.Findings)
		addChecks(ref.Checks...)
		ct, err := h.Contact(i, []absence.Date{ep.Period.Start}, asOf)
		require.NoError(t, err)
		add(ct.Findings)
		addChecks(ct.Checks...)
		bh, err := h.BankHolidays(i, absence.EnglandAndWales())
		require.NoError(t, err)
		add(bh.Findings)
	}
	apps, err := pol.Appointments([]absence.Appointment{{Date: d(t, "2026-03-02")}, {Date: d(t, "2026-03-03")}})
	require.NoError(t, err)
	for _, a := range apps {
		texts = append(texts, a.Finding.Text)
	}
	comp, err := pol.Compliance(nil)
	require.NoError(t, err)
	texts = append(texts, comp.CallBacks.Finding.Text, comp.Interviews.Finding.Text)

	for _, s := range texts {
		for _, bad := range []string{" 1 calendar days", " 1 days", " 1 hours", " 1 months", " 1 appointments", "(1 calendar days", "(1 days", "days 1–1 "} {
			assert.NotContains(t, " "+s, bad, "in %q", s)
		}
		assert.False(t, strings.HasPrefix(s, "1 calendar days"), s)
	}
}
