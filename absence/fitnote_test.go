package absence_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mayBeFit returns a "may be fit" fit note for covers, received on its
// first day, signed by a GP, with the employer's decision dec (nil: none).
func mayBeFit(t testing.TB, covers string, dec *absence.AdviceDecision, advice ...absence.Advice) absence.Certificate {
	t.Helper()
	c := p(t, covers)
	return absence.Certificate{Kind: absence.FitNote, Covers: c, Received: c.Start, Fitness: absence.MayBeFitForWork,
		Advice: advice, Issuer: absence.GP, Employer: dec}
}

// fitNoteCase is a Monday–Friday worker off from Monday 2 March 2026 to
// Friday 27 March: self-certified for days 1–7, a "not fit" note for 9–15
// March, then a "may be fit" note for 16–29 March (phased return, altered
// hours) with the employer's decision dec.
func fitNoteCase(t *testing.T, dec *absence.AdviceDecision) absence.History {
	t.Helper()
	r := sick(t, "2026-03-02/2026-03-27", absence.Musculoskeletal)
	r.Certificates = []absence.Certificate{
		{Kind: absence.SelfCertificate, Covers: p(t, "2026-03-02/2026-03-08"), Received: d(t, "2026-03-09")},
		{Kind: absence.FitNote, Covers: p(t, "2026-03-09/2026-03-15"), Received: d(t, "2026-03-09"), Issuer: absence.HospitalDoctor},
		mayBeFit(t, "2026-03-16/2026-03-29", dec, absence.PhasedReturn, absence.AlteredHours),
	}
	h, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
	require.NoError(t, err)
	return h
}

// adviceCheck returns the check of the decision on a fit note's advice.
func adviceCheck(t *testing.T, c absence.Certification) absence.Check {
	t.Helper()
	for _, ck := range c.Checks {
		if ck.Task == absence.TaskFitNoteAdvice {
			return ck
		}
	}
	t.Fatalf("no fit-note-advice check in %v", c.Checks)
	return absence.Check{}
}

// When the employer makes the changes a "may be fit" note advises, the
// employee is at work from the day they start: those days are not sickness
// (no trigger days, no sick pay), the episode ends before them, and the
// decision is a met duty (ABS-20, App 2).
func TestABS20_ChangesMadeMeansAtWork(t *testing.T) {
	h := fitNoteCase(t, &absence.AdviceDecision{Made: true, From: d(t, "2026-03-16"), Decided: d(t, "2026-03-13")})
	require.Len(t, h.Episodes, 1)
	ep := h.Episodes[0]
	assert.Equal(t, p(t, "2026-03-02/2026-03-15"), ep.Period)
	assert.Equal(t, 10, ep.Triggers.WorkingDays, "two weeks of Monday to Friday, not four")
	assert.Equal(t, []absence.Period{p(t, "2026-03-02/2026-03-15")}, ep.Pay.Days)
	require.Len(t, h.AtWork, 1)
	assert.Equal(t, p(t, "2026-03-16/2026-03-27"), h.AtWork[0].Period)
	assert.Equal(t, "ABS-20", h.AtWork[0].Finding.Rule.ID)
	assert.Contains(t, h.AtWork[0].Finding.Text, "not sickness")
	assert.Contains(t, findingsText(ep.Findings), "at work with the changes")

	c, err := h.Certification(0, d(t, "2026-04-30"))
	require.NoError(t, err)
	ck := adviceCheck(t, c)
	assert.Equal(t, absence.Met, ck.Status)
	assert.Equal(t, d(t, "2026-03-13"), ck.Done)
	assert.Contains(t, ck.Findings[0].Text, "a phased return to work and altered hours")
	assert.Contains(t, ck.Findings[0].Text, "at work, not on sick leave")
	assert.Empty(t, c.Uncovered)
}

// When the employer cannot make the changes, the note counts as "not fit"
// for the days it covers, with no new note needed: the days stay sickness
// and are covered (ABS-20, App 2).
func TestABS20_CannotMakeChangesCountsAsNotFit(t *testing.T) {
	h := fitNoteCase(t, &absence.AdviceDecision{Made: false, Decided: d(t, "2026-03-17")})
	require.Len(t, h.Episodes, 1)
	assert.Equal(t, p(t, "2026-03-02/2026-03-27"), h.Episodes[0].Period)
	assert.Equal(t, 20, h.Episodes[0].Triggers.WorkingDays)
	assert.Empty(t, h.AtWork)
	c, err := h.Certification(0, d(t, "2026-04-30"))
	require.NoError(t, err)
	assert.Empty(t, c.Uncovered, "no new note is needed")
	ck := adviceCheck(t, c)
	assert.Equal(t, absence.Met, ck.Status)
	assert.Contains(t, ck.Findings[0].Text, "counts as not fit for work")
	assert.Contains(t, ck.Findings[0].Text, "no new note is needed")
}

// With no decision recorded, the duty to decide is pending (App 2 sets no
// deadline), and the days off are sickness covered by the note (ABS-20).
func TestABS20_NoDecisionIsPending(t *testing.T) {
	h := fitNoteCase(t, nil)
	c, err := h.Certification(0, d(t, "2026-03-20"))
	require.NoError(t, err)
	ck := adviceCheck(t, c)
	assert.Equal(t, absence.Pending, ck.Status)
	assert.True(t, ck.Due.IsZero())
	assert.Contains(t, ck.Findings[0].Text, "no decision recorded as of 2026-03-20")
	assert.Empty(t, c.Uncovered)
	// A decision recorded after the as-of date is not seen yet.
	h = fitNoteCase(t, &absence.AdviceDecision{Made: false, Decided: d(t, "2026-03-25")})
	c, err = h.Certification(0, d(t, "2026-03-20"))
	require.NoError(t, err)
	assert.Equal(t, absence.Pending, adviceCheck(t, c).Status)
}

// Days at work between two stretches of one record break it into two
// episodes: at work is a scheduled shift worked (ABS-20, ABS-2).
func TestABS20_AtWorkBreaksTheEpisode(t *testing.T) {
	r := sick(t, "2026-03-02/2026-03-31", absence.Stress)
	r.Certificates = []absence.Certificate{mayBeFit(t, "2026-03-09/2026-03-13",
		&absence.AdviceDecision{Made: true, From: d(t, "2026-03-09"), Decided: d(t, "2026-03-06")}, absence.AmendedDuties)}
	h, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
	require.NoError(t, err)
	require.Len(t, h.Episodes, 2)
	assert.Equal(t, p(t, "2026-03-02/2026-03-08"), h.Episodes[0].Period)
	assert.Equal(t, p(t, "2026-03-14/2026-03-31"), h.Episodes[1].Period)
	assert.Equal(t, []int{0}, h.Episodes[1].Records)
	b, err := absence.NewBuilder(absence.HR14())
	require.NoError(t, err)
	checkBuilder(t, b, monFri(t), []absence.Record{r})
	// At work on the weekend only (no shift) does not break it.
	r.Certificates[0] = mayBeFit(t, "2026-03-07/2026-03-08", &absence.AdviceDecision{Made: true, From: d(t, "2026-03-07"), Decided: d(t, "2026-03-06")})
	h, err = absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
	require.NoError(t, err)
	require.Len(t, h.Episodes, 1)
	assert.Equal(t, 22, h.Episodes[0].Triggers.WorkingDays)
	checkBuilder(t, b, monFri(t), []absence.Record{r})
}

// A note signed by a nurse, occupational therapist, pharmacist or
// physiotherapist before 1 July 2022 gets a finding (SI 2022/630; ABS-20).
func TestABS20_IssuerBeforeJuly2022(t *testing.T) {
	for _, tc := range []struct {
		issuer   absence.Issuer
		received string
		finding  bool
	}{
		{absence.Nurse, "2022-06-30", true},
		{absence.Nurse, "2022-07-01", false},
		{absence.Physiotherapist, "2021-01-11", true},
		{absence.GP, "2021-01-11", false},
		{absence.HospitalDoctor, "2021-01-11", false},
	} {
		r := sick(t, "2021-01-01/2022-12-31", absence.Musculoskeletal)
		r.Certificates = []absence.Certificate{{Kind: absence.FitNote, Covers: p(t, "2021-01-08/2021-01-30"), Received: d(t, tc.received), Issuer: tc.issuer}}
		h, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
		require.NoError(t, err)
		c, err := h.Certification(0, d(t, "2023-01-01"))
		require.NoError(t, err)
		assert.Equal(t, tc.finding, strings.Contains(findingsText(c.Findings), "may certify fit notes only from 2022-07-01"), "%v received %s", tc.issuer, tc.received)
	}
	assert.Equal(t, d(t, "2022-07-01"), absence.Pharmacist.Since())
	assert.True(t, absence.GP.Since().IsZero())
}

// A fit note's details are refused unless they are as the doctor writes
// them, with an error naming the field (ABS-20).
func TestABS20_FitNoteValidated(t *testing.T) {
	made := func(from string) *absence.AdviceDecision {
		return &absence.AdviceDecision{Made: true, From: d(t, from), Decided: d(t, "2026-03-13")}
	}
	for _, tc := range []struct {
		name  string
		cert  func(c *absence.Certificate)
		part  bool
		field string
		err   error
	}{
		{"assessment on a self-certificate", func(c *absence.Certificate) {
			c.Kind, c.Advice, c.Employer, c.Issuer = absence.SelfCertificate, nil, nil, 0
		}, false, "Certificates[0].Fitness", absence.ErrFitNote},
		{"issuer on a self-certificate", func(c *absence.Certificate) {
			c.Kind, c.Fitness, c.Advice, c.Employer = absence.SelfCertificate, absence.NotFitForWork, nil, nil
		}, false, "Certificates[0].Issuer", absence.ErrFitNote},
		{"advice on a not-fit note", func(c *absence.Certificate) { c.Fitness, c.Employer = absence.NotFitForWork, nil }, false, "Certificates[0].Advice", absence.ErrFitNote},
		{"decision on a not-fit note", func(c *absence.Certificate) { c.Fitness, c.Advice = absence.NotFitForWork, nil }, false, "Certificates[0].Employer", absence.ErrFitNote},
		{"unknown assessment", func(c *absence.Certificate) { c.Fitness = 7 }, false, "Certificates[0].Fitness", absence.ErrFitNote},
		{"unknown issuer", func(c *absence.Certificate) { c.Issuer = 40 }, false, "Certificates[0].Issuer", absence.ErrFitNote},
		{"unknown box", func(c *absence.Certificate) { c.Advice = []absence.Advice{absence.PhasedReturn, 9} }, false, "Certificates[0].Advice[1]", absence.ErrFitNote},
		{"a box twice", func(c *absence.Certificate) { c.Advice = []absence.Advice{absence.AlteredHours, absence.AlteredHours} }, false, "Certificates[0].Advice[1]", absence.ErrFitNote},
		{"decision without its date", func(c *absence.Certificate) { c.Employer.Decided = absence.Date{} }, false, "Certificates[0].Employer.Decided", absence.ErrFitNote},
		{"decision on a day that does not exist", func(c *absence.Certificate) { c.Employer.Decided = absence.Date{Year: 2026, Month: 2, Day: 30} }, false, "Certificates[0].Employer.Decided", absence.ErrInvalidDate},
		{"changes made with no first day", func(c *absence.Certificate) { c.Employer.From = absence.Date{} }, false, "Certificates[0].Employer.From", absence.ErrFitNote},
		{"changes made from a day the note does not cover", func(c *absence.Certificate) { c.Employer = made("2026-03-30") }, false, "Certificates[0].Employer.From", absence.ErrFitNote},
		{"a first day when the changes were not made", func(c *absence.Certificate) { c.Employer.Made = false }, false, "Certificates[0].Employer.From", absence.ErrFitNote},
		{"at work on a part day", func(c *absence.Certificate) {
			c.Covers, c.Received, c.Employer = p(t, "2026-03-02/2026-03-29"), d(t, "2026-03-02"), made("2026-03-02")
		}, true, "Certificates[0].Employer.From", absence.ErrFitNote},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := sick(t, "2026-03-02/2026-03-27", absence.Musculoskeletal)
			r.ID = "r1"
			r.Diagnosis = "SECRET-diagnosis"
			c := mayBeFit(t, "2026-03-16/2026-03-29", made("2026-03-16"), absence.PhasedReturn)
			tc.cert(&c)
			r.Certificates = []absence.Certificate{c}
			if tc.part {
				r.PartDay = &absence.PartDay{Worked: dec("1")}
			}
			_, err := absence.NewHistory(monFri(t), []absence.Record{r}, absence.HR14())
			require.ErrorIs(t, err, tc.err)
			var ie *absence.InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tc.field, ie.Field)
			assert.Equal(t, 0, ie.Index)
			assert.NotContains(t, err.Error(), "SECRET")
		})
	}
}

// The codes of a fit note round-trip through JSON; an unknown code is
// refused with the codes expected, never quoted (ABS-20).
func TestABS20_FitNoteJSON(t *testing.T) {
	c := mayBeFit(t, "2026-03-16/2026-03-29", &absence.AdviceDecision{Made: true, From: d(t, "2026-03-18"), Decided: d(t, "2026-03-17")},
		absence.PhasedReturn, absence.AlteredHours, absence.AmendedDuties, absence.WorkplaceAdaptations)
	c.Issuer = absence.OccupationalTherapist
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"fitness":"may-be-fit","advice":["phased-return","altered-hours","amended-duties","workplace-adaptations"],"issuer":"occupational-therapist","employer":{"made":true,"from":"2026-03-18","decided":"2026-03-17"}`)
	var back absence.Certificate
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, cmp.Equal(c, back))
	plain, err := json.Marshal(absence.Certificate{Kind: absence.FitNote, Covers: p(t, "2026-03-16")})
	require.NoError(t, err)
	assert.NotContains(t, string(plain), "fitness", "a not-fit note without details keeps its old form")
	for _, in := range []string{`{"fitness":"fit as a fiddle"}`, `{"advice":["rest at home"]}`, `{"issuer":"my neighbour"}`} {
		err := json.Unmarshal([]byte(in), &back)
		require.ErrorIs(t, err, absence.ErrFitNote, in)
		assert.NotContains(t, err.Error(), "fiddle")
		assert.NotContains(t, err.Error(), "rest at home")
		assert.NotContains(t, err.Error(), "neighbour")
		assert.Contains(t, err.Error(), "expected one of")
	}
}

// findingsText joins the findings' texts, for assertions.
func findingsText(fs []absence.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
