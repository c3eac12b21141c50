package absence_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var decimalEqual = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// fullRecord sets every field of a Record.
func fullRecord(t *testing.T) absence.Record {
	return absence.Record{
		ID:      "r-17",
		Period:  p(t, "2026-09-07/2026-09-25"),
		Kind:    absence.Sickness,
		Reason:  absence.OccupationalInfection,
		PartDay: &absence.PartDay{Worked: dec("3"), Shift: dec("7.5"), SentHome: true},
		Evidence: absence.Evidence{InfectionControlLink: true, Specimen: absence.SpecimenPositive,
			DisabilityDiscounted: true, OHConfirmedFit: true},
		Reported:    time.Date(2026, 9, 7, 6, 10, 0, 0, time.UTC),
		CalledBack:  time.Date(2026, 9, 7, 15, 0, 0, 0, time.UTC),
		Returned:    d(t, "2026-09-28"),
		Interviewed: d(t, "2026-09-29"),
		Certificates: []absence.Certificate{
			{Kind: absence.SelfCertificate, Covers: p(t, "2026-09-08/2026-09-14"), Received: d(t, "2026-09-15")},
			{Kind: absence.FitNote, Covers: p(t, "2026-09-15/2026-09-25")},
		},
		Diagnosis: "kept for the host",
		Notes:     "also kept",
	}
}

// Records, episodes and checks marshal to JSON and back without losing
// anything, so a host can persist them (issue 10: JSON round trips are
// lossless). Confidential text is kept: the host must be able to store it.
func TestJSON_RecordRoundTripIsLossless(t *testing.T) {
	for _, r := range []absence.Record{fullRecord(t), {Period: p(t, "2026-01-05"), Reason: absence.Other}, {Period: p(t, "2026-01-05"), Kind: absence.Leave}} {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back absence.Record
		require.NoError(t, json.Unmarshal(b, &back))
		if diff := cmp.Diff(r, back, decimalEqual); diff != "" {
			t.Errorf("round trip of %s (-want +got):\n%s", b, diff)
		}
	}
	b, err := json.Marshal(fullRecord(t))
	require.NoError(t, err)
	for _, want := range []string{`"reason":"occupational-infection"`, `"kind":"sickness"`, `"specimen":"positive"`,
		`"kind":"fit-note"`, `"period":"2026-09-07/2026-09-25"`, `"diagnosis":"kept for the host"`} {
		assert.Contains(t, string(b), want)
	}
}

func TestJSON_HistoryResultsRoundTrip(t *testing.T) {
	part := sick(t, "2026-09-07/2026-09-09", absence.Other)
	part.PartDay = &absence.PartDay{Worked: dec("3")}
	noro := sick(t, "2026-10-05/2026-10-06", absence.OccupationalInfection)
	noro.Evidence.InfectionControlLink = true
	h := history(t, monFri(t), part, noro,
		absence.Record{Period: p(t, "2026-10-07/2026-10-08"), Kind: absence.MedicalExclusion},
		sick(t, "2026-10-09/2026-11-20", absence.Stress))
	type results struct {
		Episodes []absence.Episode     `json:"episodes"`
		PartDays []absence.PartDayNote `json:"partDays"`
		Records  []absence.Record      `json:"records"`
		Policy   absence.Policy        `json:"policy"`
	}
	in := results{h.Episodes, h.PartDays, h.Records, h.Policy}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var back results
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(in, back, decimalEqual); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	assert.True(t, in.Policy.Equal(back.Policy))
	assert.Contains(t, string(b), `"cause":"occupational-infection"`)
	assert.Contains(t, string(b), `"cause":"medical-exclusion"`)

	require.Len(t, h.Episodes, 2, "the norovirus, the exclusion and the stress absence are one episode")
	c, err := h.Certification(1, d(t, "2026-12-01"))
	require.NoError(t, err)
	b, err = json.Marshal(c)
	require.NoError(t, err)
	var cback absence.Certification
	require.NoError(t, json.Unmarshal(b, &cback))
	if diff := cmp.Diff(c, cback, decimalEqual); diff != "" {
		t.Errorf("certification round trip (-want +got):\n%s", diff)
	}
}

// Every code type: each value marshals to its code and back; unknown codes
// and out-of-range values are typed errors, never a silent zero.
func TestJSON_CodesRoundTrip(t *testing.T) {
	check := func(name string, v encoding.TextMarshaler, newV func() encoding.TextUnmarshaler, eq func(encoding.TextUnmarshaler) bool) {
		t.Helper()
		b, err := v.MarshalText()
		require.NoError(t, err, name)
		u := newV()
		require.NoError(t, u.UnmarshalText(b), "%s %q", name, b)
		assert.True(t, eq(u), "%s %q round trip", name, b)
	}
	for _, r := range append(absence.Reasons(), absence.ReasonUnknown) {
		check(r.String(), r, func() encoding.TextUnmarshaler { return new(absence.Reason) },
			func(u encoding.TextUnmarshaler) bool { return *u.(*absence.Reason) == r })
		if r.IsValid() {
			got, err := absence.ParseReason(r.Code())
			require.NoError(t, err)
			assert.Equal(t, r, got)
		}
	}
	assert.Len(t, absence.Reasons(), 12, "the closed taxonomy of issue 2")
	for k := absence.Sickness; k <= absence.Leave; k++ {
		check(k.String(), k, func() encoding.TextUnmarshaler { return new(absence.Kind) },
			func(u encoding.TextUnmarshaler) bool { return *u.(*absence.Kind) == k })
	}
	for s := absence.SpecimenNone; s <= absence.SpecimenNotProvided; s++ {
		check(s.String(), s, func() encoding.TextUnmarshaler { return new(absence.Specimen) },
			func(u encoding.TextUnmarshaler) bool { return *u.(*absence.Specimen) == s })
	}
	for _, k := range []absence.CertificateKind{absence.SelfCertificate, absence.FitNote} {
		check(k.String(), k, func() encoding.TextUnmarshaler { return new(absence.CertificateKind) },
			func(u encoding.TextUnmarshaler) bool { return *u.(*absence.CertificateKind) == k })
	}
	for c := absence.CauseOccupationalInfection; c <= absence.CauseLeave; c++ {
		check(c.String(), c, func() encoding.TextUnmarshaler { return new(absence.Cause) },
			func(u encoding.TextUnmarshaler) bool { return *u.(*absence.Cause) == c })
		assert.NotEmpty(t, c.Rule().ID, c)
	}
	for _, tr := range []absence.Treatment{absence.NoPayback, absence.Payback, absence.BeyondAllowance} {
		check(tr.String(), tr, func() encoding.TextUnmarshaler { return new(absence.Treatment) },
			func(u encoding.TextUnmarshaler) bool { return *u.(*absence.Treatment) == tr })
	}

	// Unknown text and out-of-range values.
	for name, u := range map[string]encoding.TextUnmarshaler{
		"Reason": new(absence.Reason), "Kind": new(absence.Kind), "Specimen": new(absence.Specimen),
		"CertificateKind": new(absence.CertificateKind), "Cause": new(absence.Cause), "Treatment": new(absence.Treatment),
		"Status": new(absence.Status), "Task": new(absence.Task),
	} {
		err := u.UnmarshalText([]byte("no-such-code"))
		var ie *absence.InputError
		assert.True(t, errors.As(err, &ie), name)
	}
	for name, m := range map[string]encoding.TextMarshaler{
		"Reason": absence.Reason(99), "Kind": absence.Kind(99), "Specimen": absence.Specimen(99),
		"CertificateKind": absence.CertificateKind(99), "Treatment": absence.Treatment(99),
	} {
		_, err := m.MarshalText()
		var ie *absence.InputError
		assert.True(t, errors.As(err, &ie), name)
	}
	for _, s := range []string{absence.Reason(99).String(), absence.Reason(99).Code(), absence.Kind(99).String(), absence.Kind(99).Code(),
		absence.Specimen(99).String(), absence.CertificateKind(99).String(), absence.Cause(99).String(), absence.Cause(0).Code(),
		absence.Treatment(0).String(), absence.Task(0).Code(), absence.Status(99).String(),
		absence.HalfShift(9).String(), absence.FitNoteStart(9).String(), absence.DayBasis(9).String()} {
		assert.Contains(t, s, "(", "out-of-range values print their number: %q", s)
	}
	assert.Equal(t, absence.Rule{}, absence.Cause(0).Rule())
	k, err := absence.ParseKind("")
	require.NoError(t, err)
	assert.Equal(t, absence.Sickness, k, "the empty kind is sickness")
	r := absence.Stress
	require.NoError(t, r.UnmarshalText(nil))
	assert.Equal(t, absence.ReasonUnknown, r, "the empty reason is ReasonUnknown")
	for _, s := range []string{absence.HalfWorked.String(), absence.HalfSickness.String(), absence.FirstDayToCover.String(),
		absence.CertificateStart.String(), absence.OnScheduledDays.String(), absence.OnBusinessDays.String()} {
		assert.NotContains(t, s, "(")
	}
}

// Dates and periods marshal to the empty text when zero, refuse invalid
// values, and accept what they produce.
func TestJSON_DatesAndPeriods(t *testing.T) {
	_, err := absence.Date{Year: 2026, Month: 2, Day: 30}.MarshalText()
	assert.ErrorIs(t, err, absence.ErrInvalidDate)
	buf := make([]byte, 0, 16)
	buf, err = d(t, "2026-03-02").AppendText(buf)
	require.NoError(t, err)
	buf, err = absence.Date{}.AppendText(buf)
	require.NoError(t, err)
	assert.Equal(t, "2026-03-02", string(buf))

	var per absence.Period
	require.NoError(t, per.UnmarshalText(nil))
	assert.True(t, per.IsZero())
	assert.Error(t, per.UnmarshalText([]byte("2026-03-02/2026-03-01")))
	zb, err := absence.Period{}.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, zb)
	var dd absence.Date
	require.NoError(t, dd.UnmarshalText(nil))
	assert.True(t, dd.IsZero())
	assert.ErrorIs(t, dd.UnmarshalText([]byte("2026-13-01")), absence.ErrInvalidDate)
}

// The results of every recording check decode from their JSON to the same
// value, times and time zones included (offsets survive; RFC 3339).
func TestJSON_CheckResultsRoundTrip(t *testing.T) {
	rec := sick(t, "2026-03-02/2026-04-10", absence.Stress)
	rec.Reported = time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)
	rec.CalledBack = time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	rec.Returned, rec.Interviewed = d(t, "2026-04-13"), d(t, "2026-04-14")
	rec.Certificates = []absence.Certificate{fitNote(t, "2026-03-09/2026-04-10", "2026-03-10")}
	h := history(t, monFri(t), rec)
	asOf := d(t, "2026-04-30")
	pol := absence.HR14()
	shift := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

	cert, err := h.Certification(0, asOf)
	require.NoError(t, err)
	rw, err := h.ReturnToWork(0, asOf)
	require.NoError(t, err)
	ref, err := h.Referral(0, absence.ReferralFacts{Referred: d(t, "2026-03-05")}, asOf)
	require.NoError(t, err)
	ct, err := h.Contact(0, days(t, "2026-03-10", "2026-03-30"), asOf)
	require.NoError(t, err)
	bh, err := h.BankHolidays(0, absence.EnglandAndWales())
	require.NoError(t, err)
	nt, err := h.Notification(0, shift, shift.Add(72*time.Hour))
	require.NoError(t, err)
	comp, err := pol.Compliance([]absence.Check{nt.CallBack, rw.Interview})
	require.NoError(t, err)
	apps, err := pol.Appointments([]absence.Appointment{{ID: "a", Date: d(t, "2026-05-01")}, {Date: d(t, "2026-05-02"), InControl: true}})
	require.NoError(t, err)
	oc, err := pol.OHCancellation(shift, shift.Add(-72*time.Hour), shift)
	require.NoError(t, err)
	plus := absence.ComplexCase{NoProgress: true, PanelUnclear: true}.OHPlus()

	for name, v := range map[string]any{"certification": cert, "return to work": rw, "referral": ref, "contact": ct,
		"bank holidays": bh, "notification": nt, "compliance": comp, "appointments": apps, "OH cancellation": oc, "OH Plus": plus} {
		b, err := json.Marshal(v)
		require.NoError(t, err, name)
		back := reflectNew(v)
		require.NoError(t, json.Unmarshal(b, back), "%s: %s", name, b)
		if d := cmp.Diff(v, deref(back), decimalEqual, cmpopts.EquateEmpty(), cmpopts.EquateApproxTime(0)); d != "" {
			t.Errorf("%s round trip (-want +got):\n%s", name, d)
		}
	}
}

func reflectNew(v any) any { return reflect.New(reflect.TypeOf(v)).Interface() }
func deref(p any) any      { return reflect.ValueOf(p).Elem().Interface() }
