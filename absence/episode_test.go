package absence_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func history(t *testing.T, emp absence.Employee, recs ...absence.Record) absence.History {
	t.Helper()
	h, err := absence.NewHistory(emp, recs, absence.HR14())
	require.NoError(t, err)
	return h
}

func periods(ps []absence.Period) []string {
	out := make([]string, len(ps))
	for i, x := range ps {
		out[i] = x.String()
	}
	return out
}

// Worked example 4: worked 4 of 7.5 hours on Monday, went home, absent Tue–Wed.
func TestABS3_WorkedExample4_HalfOrMoreWorked(t *testing.T) {
	r := sick(t, "2026-09-07/2026-09-09", absence.Other)
	r.PartDay = &absence.PartDay{Worked: dec("4")}
	h := history(t, monFri(t), r)
	require.Len(t, h.Episodes, 1)
	ep := h.Episodes[0]
	assert.Equal(t, "2026-09-08/2026-09-09", ep.Period.String())
	assert.Equal(t, []string{"2026-09-08/2026-09-09"}, periods(ep.Triggers.Counted))
	assert.Equal(t, 2, ep.Triggers.WorkingDays)
	assert.Equal(t, []string{"2026-09-08/2026-09-09"}, periods(ep.Pay.Days))
	require.Len(t, h.PartDays, 1)
	assert.Equal(t, "2026-09-07", h.PartDays[0].Date.String())
	assert.False(t, h.PartDays[0].Sickness)
	assert.True(t, dec("7.5").Equal(h.PartDays[0].Shift), "shift taken from the schedule")
}

// The same as example 4 recorded as two records: the part day alone, then Tue–Wed.
func TestABS3_PartDayAsItsOwnRecord(t *testing.T) {
	pd := sick(t, "2026-09-07", absence.Other)
	pd.PartDay = &absence.PartDay{Worked: dec("4")}
	h := history(t, monFri(t), pd, sick(t, "2026-09-08/2026-09-09", absence.Other))
	require.Len(t, h.Episodes, 1)
	assert.Equal(t, "2026-09-08/2026-09-09", h.Episodes[0].Period.String())
	assert.Equal(t, 2, h.Episodes[0].Triggers.WorkingDays)

	// A part day worked half or more and nothing after it: a note, no episode.
	h = history(t, monFri(t), pd)
	assert.Empty(t, h.Episodes)
	assert.Len(t, h.PartDays, 1)
}

// Worked example 5: worked 3 of 7.5 hours: Monday is day 1 for triggers, Tuesday day 1 for pay.
func TestABS3_WorkedExample5_LessThanHalfWorked(t *testing.T) {
	r := sick(t, "2026-09-07/2026-09-09", absence.Other)
	r.PartDay = &absence.PartDay{Worked: dec("3")}
	h := history(t, monFri(t), r)
	require.Len(t, h.Episodes, 1)
	ep := h.Episodes[0]
	assert.Equal(t, "2026-09-07/2026-09-09", ep.Period.String())
	assert.Equal(t, []string{"2026-09-07/2026-09-09"}, periods(ep.Triggers.Counted))
	assert.Equal(t, 3, ep.Triggers.WorkingDays)
	assert.Equal(t, []string{"2026-09-08/2026-09-09"}, periods(ep.Pay.Days))
	assert.Equal(t, 2, ep.Pay.WorkingDays)
	assert.True(t, h.PartDays[0].Sickness)
}

func TestABS3_ExactlyHalfKnob(t *testing.T) {
	r := sick(t, "2026-09-07/2026-09-09", absence.Other)
	r.PartDay = &absence.PartDay{Worked: dec("3.75")}

	// Default, Proc 5: exactly half is not a sickness day.
	h := history(t, monFri(t), r)
	assert.Equal(t, 2, h.Episodes[0].Triggers.WorkingDays)

	// §4.4 reading: exactly half is a sickness day for triggers, never for pay.
	pol := absence.HR14()
	pol.ExactlyHalf = absence.HalfSickness
	h2, err := absence.NewHistory(monFri(t), []absence.Record{r}, pol)
	require.NoError(t, err)
	assert.Equal(t, 3, h2.Episodes[0].Triggers.WorkingDays)
	assert.Equal(t, 2, h2.Episodes[0].Pay.WorkingDays)
	assert.Contains(t, h2.Episodes[0].Findings[0].Text, "exactly half")
}

func TestABS3_SentHomeIsNotSickness(t *testing.T) {
	r := sick(t, "2026-09-07/2026-09-09", absence.Other)
	r.PartDay = &absence.PartDay{Worked: dec("1"), SentHome: true}
	h := history(t, monFri(t), r)
	assert.Equal(t, "2026-09-08/2026-09-09", h.Episodes[0].Period.String())
	assert.Equal(t, 2, h.Episodes[0].Triggers.WorkingDays)
}

func TestABS3_PartDayWorkedBreaksAnEpisode(t *testing.T) {
	// Sick Friday; Monday came in, worked 5 of 7.5 hours; sick Tue–Wed: two episodes.
	pd := sick(t, "2026-09-07/2026-09-09", absence.Other)
	pd.PartDay = &absence.PartDay{Worked: dec("5")}
	h := history(t, monFri(t), sick(t, "2026-09-04", absence.Other), pd)
	require.Len(t, h.Episodes, 2)
	// Less than half worked: Monday is a sickness day, one episode Fri–Wed.
	pd.PartDay = &absence.PartDay{Worked: dec("2")}
	h = history(t, monFri(t), sick(t, "2026-09-04", absence.Other), pd)
	require.Len(t, h.Episodes, 1)
	ep := h.Episodes[0]
	assert.Equal(t, "2026-09-04/2026-09-09", ep.Period.String())
	assert.Equal(t, []string{"2026-09-04/2026-09-09"}, periods(ep.Triggers.Counted))
	assert.Equal(t, 4, ep.Triggers.WorkingDays)
	assert.Equal(t, []string{"2026-09-04/2026-09-04", "2026-09-08/2026-09-09"}, periods(ep.Pay.Days), "Monday is paid as worked")
}

// Worked example 6: two records with only a weekend between them are one episode.
func TestABS2_WorkedExample6_RecordsJoinOverRestDays(t *testing.T) {
	h := history(t, monFri(t), sick(t, "2026-10-01/2026-10-02", absence.Infection), sick(t, "2026-10-05", absence.Infection))
	require.Len(t, h.Episodes, 1)
	ep := h.Episodes[0]
	assert.Equal(t, 5, ep.CalendarDays)
	assert.Equal(t, 5, ep.Triggers.CalendarDays)
	assert.Equal(t, 3, ep.Triggers.WorkingDays)
	assert.Equal(t, []int{0, 1}, ep.Records)
	assert.Equal(t, []string{"2026-10-01/2026-10-05"}, periods(ep.Triggers.Counted))
	assert.False(t, ep.LongTerm)
}

func TestABS2_ScheduledDayBetweenBreaksEpisode(t *testing.T) {
	// Friday worked between Thursday and Monday: two episodes.
	h := history(t, monFri(t), sick(t, "2026-10-01", absence.Infection), sick(t, "2026-10-05", absence.Infection))
	assert.Len(t, h.Episodes, 2)
}

func TestABS2_LeaveInsideDoesNotBreak(t *testing.T) {
	leave := absence.Record{Period: p(t, "2026-10-07/2026-10-08"), Kind: absence.Leave}
	h := history(t, monFri(t),
		sick(t, "2026-10-05/2026-10-06", absence.Musculoskeletal), leave, sick(t, "2026-10-09", absence.Musculoskeletal))
	require.Len(t, h.Episodes, 1)
	ep := h.Episodes[0]
	assert.Equal(t, "2026-10-05/2026-10-09", ep.Period.String())
	assert.Equal(t, 3, ep.Triggers.WorkingDays, "leave days are not working days lost")
	assert.Equal(t, []string{"2026-10-05/2026-10-06", "2026-10-09/2026-10-09"}, periods(ep.Triggers.Counted))
	assert.Equal(t, "2026-10-05/2026-10-09", ep.Triggers.Span.String(), "ABS-1: the span runs from the first to the last counted day")
	assert.Equal(t, 5, ep.Triggers.CalendarDays, "leave inside the episode is in its calendar length")
	require.Len(t, ep.Triggers.Excluded, 1)
	assert.Equal(t, absence.CauseLeave, ep.Triggers.Excluded[0].Cause)

	// Leave after the last sickness day is not part of the episode.
	h = history(t, monFri(t), sick(t, "2026-10-05/2026-10-06", absence.Musculoskeletal), leave)
	assert.Equal(t, "2026-10-05/2026-10-06", h.Episodes[0].Period.String())
	assert.Equal(t, []int{0}, h.Episodes[0].Records)
	assert.Empty(t, h.Episodes[0].Triggers.Excluded)

	// Leave alone is no episode.
	h = history(t, monFri(t), leave)
	assert.Empty(t, h.Episodes)
}

func TestABS1_ShortAndLongTerm(t *testing.T) {
	h := history(t, monFri(t), sick(t, "2026-06-01/2026-06-27", absence.Other), sick(t, "2026-09-01/2026-09-28", absence.Other))
	assert.Equal(t, 27, h.Episodes[0].CalendarDays)
	assert.False(t, h.Episodes[0].LongTerm)
	assert.Equal(t, 28, h.Episodes[1].CalendarDays)
	assert.True(t, h.Episodes[1].LongTerm)
}

// Worked example 7 (the episode part): norovirus with a documented link is
// excluded; with a negative specimen it counts.
func TestABS7_WorkedExample7_OccupationalInfection(t *testing.T) {
	noro := sick(t, "2026-01-12/2026-01-13", absence.OccupationalInfection)
	noro.Evidence.InfectionControlLink = true
	cold := sick(t, "2026-03-10", absence.Infection)
	h := history(t, monFri(t), noro, cold)
	require.Len(t, h.Episodes, 2)
	assert.False(t, h.Episodes[0].Triggers.Counts())
	assert.Equal(t, 0, h.Episodes[0].Triggers.WorkingDays)
	require.Len(t, h.Episodes[0].Triggers.Excluded, 1)
	assert.Equal(t, absence.CauseOccupationalInfection, h.Episodes[0].Triggers.Excluded[0].Cause)
	assert.Equal(t, 2, h.Episodes[0].Pay.WorkingDays, "still sickness for pay")
	assert.True(t, h.Episodes[1].Triggers.Counts())

	noro.Evidence = absence.Evidence{Specimen: absence.SpecimenNegative}
	h = history(t, monFri(t), noro, cold)
	assert.True(t, h.Episodes[0].Triggers.Counts())
	noro.Evidence = absence.Evidence{} // no sample
	h = history(t, monFri(t), noro, cold)
	assert.True(t, h.Episodes[0].Triggers.Counts())
	noro.Evidence = absence.Evidence{Specimen: absence.SpecimenPositive}
	h = history(t, monFri(t), noro, cold)
	assert.False(t, h.Episodes[0].Triggers.Counts())
	assert.Contains(t, h.Episodes[0].Triggers.Excluded[0].Detail, "positive specimen")

	// A link on an infection not thought occupational changes nothing.
	flu := sick(t, "2026-01-12/2026-01-13", absence.Infection)
	flu.Evidence.InfectionControlLink = true
	h = history(t, monFri(t), flu)
	assert.True(t, h.Episodes[0].Triggers.Counts())
}

func TestABS7_MedicalExclusionAfterSymptoms(t *testing.T) {
	noro := sick(t, "2026-01-12/2026-01-13", absence.OccupationalInfection)
	excl := absence.Record{Period: p(t, "2026-01-14/2026-01-15"), Kind: absence.MedicalExclusion}
	h := history(t, monFri(t), noro, excl)
	require.Len(t, h.Episodes, 1)
	ep := h.Episodes[0]
	assert.Equal(t, "2026-01-12/2026-01-13", ep.Period.String(), "exclusion days are not sickness")
	assert.Equal(t, 2, ep.Triggers.WorkingDays)
	assert.Equal(t, 2, ep.Pay.WorkingDays)
	h = history(t, monFri(t), excl)
	assert.Empty(t, h.Episodes, "a medical exclusion alone is not sickness")
}

func TestABS7_DisabilityPregnancyAndSuspension(t *testing.T) {
	dis := sick(t, "2026-02-02/2026-02-03", absence.Musculoskeletal)
	dis.Evidence.DisabilityDiscounted = true
	preg := sick(t, "2026-03-02/2026-03-03", absence.PregnancyRelated)
	fit := absence.Record{Period: p(t, "2026-04-06/2026-04-07"), Kind: absence.MedicalSuspension, Reason: absence.MentalHealth, Evidence: absence.Evidence{OHConfirmedFit: true}}
	unfit := absence.Record{Period: p(t, "2026-05-04/2026-05-05"), Kind: absence.MedicalSuspension, Reason: absence.MentalHealth}
	h := history(t, monFri(t), dis, preg, fit, unfit)
	require.Len(t, h.Episodes, 3, "a suspension OH found fit is no sickness at all")
	assert.Equal(t, absence.CauseDisability, h.Episodes[0].Triggers.Excluded[0].Cause)
	assert.Equal(t, absence.CausePregnancy, h.Episodes[1].Triggers.Excluded[0].Cause)
	assert.Equal(t, 2, h.Episodes[2].Triggers.WorkingDays, "suspension counts as sickness unless OH found the employee fit")

	pol := absence.HR14()
	pol.Exclude.Pregnancy = false
	pol.Exclude.Disability = false
	h, err := absence.NewHistory(monFri(t), []absence.Record{dis, preg}, pol)
	require.NoError(t, err)
	assert.Equal(t, 2, h.Episodes[0].Triggers.WorkingDays)
	assert.Equal(t, 2, h.Episodes[1].Triggers.WorkingDays)
}

func TestABS7_CosmeticSurgeryNotRequiredIsNotSickness(t *testing.T) {
	r := sick(t, "2026-02-02/2026-02-06", absence.CosmeticSurgeryNotRequired)
	_, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
	require.ErrorIs(t, err, absence.ErrNotSickness)
	assert.Contains(t, err.Error(), "annual leave")
	// As leave it is fine; medically required cosmetic surgery is sickness.
	r.Kind = absence.Leave
	h := history(t, monFri(t), r)
	assert.Empty(t, h.Episodes)
	h = history(t, monFri(t), sick(t, "2026-02-02/2026-02-06", absence.CosmeticSurgeryRequired))
	assert.Equal(t, 5, h.Episodes[0].Triggers.WorkingDays)
}

func TestValidationErrors(t *testing.T) {
	emp := monFri(t)
	partDay := func(worked, shift string) absence.Record {
		r := sick(t, "2026-09-07/2026-09-08", absence.Other)
		r.PartDay = &absence.PartDay{Worked: dec(worked)}
		if shift != "" {
			r.PartDay.Shift = dec(shift)
		}
		return r
	}
	tests := []struct {
		name    string
		emp     absence.Employee
		records []absence.Record
		want    absence.Error
		index   int
		field   string // the field named in the error
	}{
		{"reversed", emp, []absence.Record{{ID: "r1", Period: absence.Period{Start: d(t, "2026-01-07"), End: d(t, "2026-01-06")}, Reason: absence.Other}}, absence.ErrReversedPeriod, 0, "Period"},
		{"invalid date", emp, []absence.Record{{Period: absence.Period{Start: absence.Date{Year: 2026, Month: 2, Day: 30}, End: d(t, "2026-03-01")}, Reason: absence.Other}}, absence.ErrInvalidDate, 0, "Period.Start"},
		{"overlap", emp, []absence.Record{sick(t, "2026-01-05/2026-01-08", absence.Other), sick(t, "2026-01-08/2026-01-09", absence.Other)}, absence.ErrOverlap, 1, "Period"},
		{"duplicate", emp, []absence.Record{sick(t, "2026-01-05/2026-01-08", absence.Other), sick(t, "2026-01-05/2026-01-08", absence.Other)}, absence.ErrDuplicate, 1, "Period"},
		{"missing reason", emp, []absence.Record{{Period: p(t, "2026-01-05")}}, absence.ErrUnknownReason, 0, "Reason"},
		{"bad reason", emp, []absence.Record{{Period: p(t, "2026-01-05"), Reason: 99}}, absence.ErrUnknownReason, 0, "Reason"},
		{"bad kind", emp, []absence.Record{{Period: p(t, "2026-01-05"), Kind: 9, Reason: absence.Other}}, absence.ErrUnknownKind, 0, "Kind"},
		{"part day hours over shift", emp, []absence.Record{partDay("8", "")}, absence.ErrPartDayHours, 0, "PartDay.Worked"},
		{"part day whole shift", emp, []absence.Record{partDay("7.5", "")}, absence.ErrPartDayHours, 0, "PartDay.Worked"},
		{"part day negative", emp, []absence.Record{partDay("-1", "")}, absence.ErrPartDayHours, 0, "PartDay.Worked"},
		{"part day bad shift", emp, []absence.Record{partDay("1", "30")}, absence.ErrHours, 0, "PartDay.Shift"},
		{"part day on day off", emp, []absence.Record{{Period: p(t, "2026-09-05"), Reason: absence.Other, PartDay: &absence.PartDay{Worked: dec("1")}}}, absence.ErrPartDayNotScheduled, 0, "PartDay"},
		{"part day on leave", emp, []absence.Record{{Period: p(t, "2026-09-07"), Kind: absence.Leave, PartDay: &absence.PartDay{Worked: dec("1")}}}, absence.ErrPartDayNotSickness, 0, "PartDay"},
		{"FTE zero", absence.Employee{FTE: dec("0"), StandardDayHours: dec("7.5"), Schedule: emp.Schedule}, nil, absence.ErrFTE, -1, "FTE"},
		{"FTE above 1", absence.Employee{FTE: dec("1.01"), StandardDayHours: dec("7.5"), Schedule: emp.Schedule}, nil, absence.ErrFTE, -1, "FTE"},
		{"no schedule", absence.Employee{FTE: dec("1"), StandardDayHours: dec("7.5")}, nil, absence.ErrNoSchedule, -1, "Schedule"},
		{"no day hours", absence.Employee{FTE: dec("1"), Schedule: emp.Schedule}, nil, absence.ErrHours, -1, "StandardDayHours"},
		{"returned before end", emp, []absence.Record{{Period: p(t, "2026-01-05/2026-01-06"), Reason: absence.Other, Returned: d(t, "2026-01-06")}}, absence.ErrReversedPeriod, 0, "Returned"},
		{"bad certificate", emp, []absence.Record{{Period: p(t, "2026-01-05/2026-01-16"), Reason: absence.Other, Certificates: []absence.Certificate{{Kind: absence.FitNote, Covers: absence.Period{Start: d(t, "2026-01-16"), End: d(t, "2026-01-12")}}}}}, absence.ErrReversedPeriod, 0, "Certificates[0].Covers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := absence.NewHistory(tt.emp, tt.records, absence.HR14())
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			var ie *absence.InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tt.index, ie.Index)
			assert.Equal(t, tt.field, ie.Field)
			assert.Contains(t, err.Error(), absence.FieldText(tt.field), "the message names the field")
			if tt.index >= 0 && tt.records[tt.index].ID != "" {
				assert.Equal(t, tt.records[tt.index].ID, ie.ID)
			}
		})
	}
}

func TestErrorsNeverRevealDiagnosis(t *testing.T) {
	const secret = "Confidential diagnosis: depression"
	bad := []absence.Record{
		{ID: "a", Period: absence.Period{Start: d(t, "2026-01-07"), End: d(t, "2026-01-06")}, Reason: absence.Other, Diagnosis: secret, Notes: secret},
		{ID: "b", Period: p(t, "2026-01-05"), Diagnosis: secret},
		{ID: "c", Period: p(t, "2026-01-05"), Reason: absence.CosmeticSurgeryNotRequired, Diagnosis: secret},
	}
	for _, r := range bad {
		_, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
		require.Error(t, err)
		assert.NotContains(t, err.Error(), "depression")
		assert.NotContains(t, r.String(), "depression")
		assert.NotContains(t, r.GoString(), "depression")
	}
	c := absence.Confidential(secret)
	for _, s := range []string{c.String(), c.GoString()} {
		assert.NotContains(t, s, "depression")
	}
	assert.Equal(t, secret, c.Text())
}

func TestPolicyValidate(t *testing.T) {
	assert.NoError(t, absence.HR14().Validate())
	pol := absence.HR14()
	pol.LongTermDays = 0
	assert.ErrorIs(t, pol.Validate(), absence.ErrInvalidPolicy)
	pol = absence.HR14()
	pol.ExactlyHalf = 7
	assert.ErrorIs(t, pol.Validate(), absence.ErrInvalidPolicy)
	_, err := absence.NewHistory(monFri(t), nil, absence.Policy{})
	assert.ErrorIs(t, err, absence.ErrInvalidPolicy)
}

func TestRecordsInAnyOrder(t *testing.T) {
	a := sick(t, "2026-10-05", absence.Infection)
	b := sick(t, "2026-10-01/2026-10-02", absence.Infection)
	c := sick(t, "2026-11-02", absence.Stress)
	h := history(t, monFri(t), c, a, b)
	require.Len(t, h.Episodes, 2)
	assert.Equal(t, []int{2, 1}, h.Episodes[0].Records)
	assert.Equal(t, []int{0}, h.Episodes[1].Records)
	assert.Equal(t, []absence.Reason{absence.Stress}, h.Episodes[1].Reasons)
}

func TestEpisodeIsDeterministic(t *testing.T) {
	recs := []absence.Record{
		sick(t, "2026-10-01/2026-10-02", absence.Infection),
		{Period: p(t, "2026-10-06/2026-10-07"), Kind: absence.Leave},
		sick(t, "2026-10-05", absence.Infection),
	}
	a := history(t, monFri(t), recs...)
	b := history(t, monFri(t), recs[2], recs[0], recs[1])
	// The same records in another order give the same episodes, apart from
	// the record indexes.
	ignoreIndexes := cmpopts.IgnoreFields(absence.Episode{}, "Records")
	ignoreExclIndex := cmpopts.IgnoreFields(absence.Exclusion{}, "Record")
	if diff := cmp.Diff(a.Episodes, b.Episodes, ignoreIndexes, ignoreExclIndex, cmp.Comparer(func(x, y decimal.Decimal) bool { return x.Equal(y) })); diff != "" {
		t.Errorf("episodes depend on record order (-first +second):\n%s", diff)
	}
}

func TestPolicyEqual(t *testing.T) {
	assert.True(t, absence.HR14().Equal(absence.HR14()), "two HR14 policies are the same rules")
	q := absence.HR14()
	q.ComplianceTarget = dec("0.80")
	assert.True(t, absence.HR14().Equal(q), "0.8 and 0.80 are equal")
	q.ComplianceTarget = dec("0.9")
	assert.False(t, absence.HR14().Equal(q))
	q = absence.HR14()
	q.ExactlyHalf = absence.HalfSickness
	assert.False(t, absence.HR14().Equal(q))
}
