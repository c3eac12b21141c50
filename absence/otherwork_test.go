package absence_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Days off sick that fall in declared other work that no fit note covers
// get a neutral finding for HR, naming the Local Counter Fraud Specialist
// as someone HR may involve, never a conclusion (ABS-22, §5.4.7, Proc 14).
func TestABS22_SicknessInDeclaredWorkIsAFinding(t *testing.T) {
	emp := monFri(t)
	emp.OtherWork = []absence.OtherWork{
		{ID: "W1", Period: p(t, "2026-05-01/2026-06-30"), Declared: d(t, "2026-04-20")},
		{ID: "W2", Period: p(t, "2026-05-01/2026-06-30"), Declared: d(t, "2026-04-20"), FitNoteCovers: true},
		{ID: "W3", Period: p(t, "2026-09-01/2026-09-30"), Declared: d(t, "2026-08-20")},
	}
	h, err := absence.NewHistory(emp, []absence.Record{sick(t, "2026-05-04/2026-05-08", absence.Musculoskeletal),
		sick(t, "2026-06-29/2026-07-03", absence.Infection)}, absence.HR14())
	require.NoError(t, err)
	require.Len(t, h.OtherWork, 1, "W2 is covered by a fit note, W3 has no sickness in it")
	o := h.OtherWork[0]
	assert.Equal(t, 0, o.Work)
	assert.Equal(t, []absence.Period{p(t, "2026-05-04/2026-05-08"), p(t, "2026-06-29/2026-06-30")}, o.Days)
	assert.Equal(t, "ABS-22", o.Finding.Rule.ID)
	text := o.Finding.Text
	for _, want := range []string{"declared on 2026-04-20 (declaration 1 \"W1\", 2026-05-01/2026-06-30)",
		"For HR to consider", "Local Counter Fraud Specialist", "is not a finding of misconduct"} {
		assert.Contains(t, text, want)
	}
	for _, never := range []string{"fraudulent", "dishonest", "guilty", "gross misconduct", "disciplinary action"} {
		assert.NotContains(t, strings.ToLower(text), never)
	}
}

// A declaration made after the first day off sick in it says so, neutrally;
// sickness that stayed leave (ABS-21) is not sickness and gets none
// (ABS-22).
func TestABS22_DeclaredAfterAndLeave(t *testing.T) {
	emp := monFri(t)
	emp.OtherWork = []absence.OtherWork{{Period: p(t, "2026-07-01/2026-07-31"), Declared: d(t, "2026-07-10")}}
	h, err := absence.NewHistory(emp, []absence.Record{sick(t, "2026-07-06/2026-07-07", absence.Other)}, absence.HR14())
	require.NoError(t, err)
	require.Len(t, h.OtherWork, 1)
	assert.Contains(t, h.OtherWork[0].Finding.Text, "declared on 2026-07-10, after the first of these days")

	h, err = absence.NewHistory(emp, []absence.Record{leave(t, "2026-07-13/2026-07-24"), sick(t, "2026-07-14/2026-07-15", absence.Other)}, absence.HR14())
	require.NoError(t, err)
	assert.Empty(t, h.OtherWork, "not reported: the days stayed leave")
}

// A declaration is refused without the day it was declared or with bad
// dates; the error never quotes an ID that is a sentence (ABS-22).
func TestABS22_DeclarationValidated(t *testing.T) {
	for _, tc := range []struct {
		name  string
		w     absence.OtherWork
		err   error
		field string
	}{
		{"no day declared", absence.OtherWork{Period: p(t, "2026-05-01/2026-05-31")}, absence.ErrOtherWork, "OtherWork[0].Declared"},
		{"reversed", absence.OtherWork{Period: absence.Period{Start: d(t, "2026-05-31"), End: d(t, "2026-05-01")}, Declared: d(t, "2026-04-01")}, absence.ErrReversedPeriod, "OtherWork[0].Period"},
		{"declared on a day that does not exist", absence.OtherWork{Period: p(t, "2026-05-01/2026-05-31"), Declared: absence.Date{Year: 2026, Month: 2, Day: 30}}, absence.ErrInvalidDate, "OtherWork[0].Declared"},
		{"a year typed wrong", absence.OtherWork{Period: absence.Period{Start: d(t, "2026-05-01"), End: absence.Date{Year: 9999, Month: 12, Day: 31}}, Declared: d(t, "2026-04-01")}, absence.ErrDateRange, "OtherWork[0].Period"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			emp := monFri(t)
			tc.w.ID = "works nights at the care home"
			emp.OtherWork = []absence.OtherWork{tc.w}
			_, err := absence.NewHistory(emp, nil, absence.HR14())
			require.ErrorIs(t, err, tc.err)
			var ie *absence.InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tc.field, ie.Field)
			assert.NotContains(t, err.Error(), "care home")
		})
	}
}
