package absence_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// closing builds the history of one sickness record and its Closing as of
// asOf.
func closing(t *testing.T, r absence.Record, asOf string) absence.Closing {
	t.Helper()
	h, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
	require.NoError(t, err)
	c, err := h.Closing(0, d(t, asOf))
	require.NoError(t, err)
	return c
}

// An absence recorded past the day the employee reported fit gets a
// finding: Proc 12 closes it on the day before (ABS-23).
func TestABS23_RecordedPastReportedFit(t *testing.T) {
	r := sick(t, "2026-03-02/2026-03-08", absence.Infection) // Monday to Sunday
	r.ID = "A1"
	r.ReportedFit = d(t, "2026-03-06") // fit on Friday
	c := closing(t, r, "2026-03-20")
	assert.Equal(t, d(t, "2026-03-06"), c.ReportedFit)
	assert.Equal(t, []absence.Period{p(t, "2026-03-06/2026-03-08")}, c.PastFit)
	assert.True(t, c.NotClosed.IsZero())
	text := findingsText(c.Findings)
	assert.Contains(t, text, `record 1 "A1" is recorded to 2026-03-08, but the employee reported fit on 2026-03-06, which closes the absence on 2026-03-05 (Proc 12): 3 days recorded past it (2026-03-06/2026-03-08)`)
	assert.Equal(t, "ABS-23", c.Findings[0].Rule.ID)
	// Closed on the day before: nothing to say.
	r.Period = p(t, "2026-03-02/2026-03-05")
	c = closing(t, r, "2026-03-20")
	assert.Empty(t, c.Findings)
	assert.Empty(t, c.PastFit)
}

// An absence that ends on rest days with no day reported fit gets a
// finding: the rest days may have been added because it was not closed
// (ABS-23, Proc 12); not while it may still be running.
func TestABS23_EndsOnRestDaysWithoutReportedFit(t *testing.T) {
	r := sick(t, "2026-03-02/2026-03-08", absence.Infection) // ends on Saturday and Sunday
	c := closing(t, r, "2026-03-20")
	assert.Equal(t, p(t, "2026-03-07/2026-03-08"), c.NotClosed)
	text := findingsText(c.Findings)
	assert.Contains(t, text, "the absence ends on 2 days with no scheduled shift (2026-03-07/2026-03-08) and no day the employee reported fit is recorded")
	assert.Contains(t, text, "may have been added because the absence was not closed")
	assert.Empty(t, closing(t, r, "2026-03-08").Findings, "as of its last day it may still be running")
	assert.True(t, closing(t, r, "2026-03-08").NotClosed.IsZero())
	r.ReportedFit = d(t, "2026-03-09")
	c = closing(t, r, "2026-03-20")
	assert.Empty(t, c.Findings, "reported fit on Monday: the weekend was sickness")
	assert.True(t, c.NotClosed.IsZero())
	r = sick(t, "2026-03-02/2026-03-06", absence.Infection) // ends on Friday
	assert.Empty(t, closing(t, r, "2026-03-20").Findings)
}

// The expected return date given at notification plans contact and
// referral, and a finding says when the employee is still absent on it
// (ABS-23, Proc 9).
func TestABS23_ExpectedReturn(t *testing.T) {
	r := sick(t, "2026-03-02/2026-04-10", absence.Other)
	r.ExpectedReturn = d(t, "2026-04-06")
	c := closing(t, r, "2026-03-05")
	assert.Equal(t, d(t, "2026-04-06"), c.ExpectedReturn)
	text := findingsText(c.Findings)
	assert.Contains(t, text, "the employee expected to return on 2026-04-06 (Proc 9): an absence of 35 calendar days, long term (28 or more)")
	assert.Contains(t, text, "an Occupational Health referral by day 28, 2026-03-29 (ABS-9)")
	assert.NotContains(t, text, "still absent")
	assert.False(t, c.StillAbsent)
	late := closing(t, r, "2026-04-07")
	assert.True(t, late.StillAbsent)
	assert.Contains(t, findingsText(late.Findings), "still absent on 2026-04-06, the return date the employee expected")

	// Still running, recorded up to the as-of date: the referral at 4
	// weeks is planned from the expected return.
	r.Period = p(t, "2026-03-02/2026-03-05")
	h, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
	require.NoError(t, err)
	ref, err := h.Referral(0, absence.ReferralFacts{Calendar: absence.EnglandAndWales()}, d(t, "2026-03-05"))
	require.NoError(t, err)
	assert.Contains(t, findingsText(ref.Findings), "the employee expected to return on 2026-04-06 (when reporting the absence, ABS-23): plan the referral")

	short := sick(t, "2026-03-02/2026-03-04", absence.Other)
	short.ExpectedReturn = d(t, "2026-04-06")
	h, err = absence.NewHistory(monFri(t), []absence.Record{short}, absence.HR14())
	require.NoError(t, err)
	con, err := h.Contact(0, nil, d(t, "2026-03-03"))
	require.NoError(t, err)
	assert.Contains(t, findingsText(con.Findings), "which would make it long term")
}

// The dates are refused when they do not exist, are out of range, or are
// not after the first day absent (ABS-23).
func TestABS23_DatesValidated(t *testing.T) {
	for _, tc := range []struct {
		name  string
		set   func(r *absence.Record)
		err   error
		field string
	}{
		{"expected return on the first day", func(r *absence.Record) { r.ExpectedReturn = d(t, "2026-03-02") }, absence.ErrReversedPeriod, "ExpectedReturn"},
		{"reported fit before the first day", func(r *absence.Record) { r.ReportedFit = d(t, "2026-03-01") }, absence.ErrReversedPeriod, "ReportedFit"},
		{"reported fit on a day that does not exist", func(r *absence.Record) { r.ReportedFit = absence.Date{Year: 2026, Month: 2, Day: 30} }, absence.ErrInvalidDate, "ReportedFit"},
		{"expected return in 9999", func(r *absence.Record) { r.ExpectedReturn = absence.Date{Year: 9999, Month: 12, Day: 31} }, absence.ErrDateRange, "ExpectedReturn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := sick(t, "2026-03-02/2026-03-06", absence.Other)
			tc.set(&r)
			_, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
			require.ErrorIs(t, err, tc.err)
			var ie *absence.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tc.field, ie.Field)
		})
	}
}
