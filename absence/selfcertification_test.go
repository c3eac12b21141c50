package absence_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decisions: self-certification withdrawn from Wednesday 2026-02-25 (HR
// advice 02-20), restored from 2026-09-01 (HR advice 08-28).
func withdrawnThenRestored(t *testing.T) absence.Employee {
	emp := monFri(t)
	emp.SelfCertification = []absence.SelfCertificationDecision{
		{From: d(t, "2026-02-25"), Withdrawn: true, HRAdvised: d(t, "2026-02-20")},
		{From: d(t, "2026-09-01"), HRAdvised: d(t, "2026-08-28")},
	}
	return emp
}

// Withdrawal of self-certification is a dated decision (Proc 13, COVERAGE
// #63): only sickness starting on or after it needs a fit note from day 1;
// sickness self-certified before it stays properly certified, and a later
// restoration ends it.
func TestABS4_SelfCertificationWithdrawalIsDated(t *testing.T) {
	emp := withdrawnThenRestored(t)
	selfCertified := func(period, received string) absence.Record {
		r := sick(t, period, absence.Other)
		r.Certificates = []absence.Certificate{selfCert(t, period, received)}
		return r
	}
	recs := []absence.Record{
		selfCertified("2025-03-03/2025-03-07", "2025-03-10"), // last year
		selfCertified("2026-02-23/2026-02-27", "2026-03-02"), // day 1 before the withdrawal, running across it
		selfCertified("2026-03-09/2026-03-13", "2026-03-16"), // while withdrawn
		selfCertified("2026-09-07/2026-09-11", "2026-09-14"), // after the restoration
	}
	h, err := absence.NewHistory(emp, recs, absence.HR14())
	require.NoError(t, err)
	require.Len(t, h.Episodes, 4)
	asOf := d(t, "2026-12-31")
	tests := []struct {
		name      string
		decision  string // Certification.Decision ("" the zero decision)
		selfCert  []string
		fitNotes  []string
		uncovered []string
		finding   string
	}{
		{"last year's self-certified episode is not reached", "", []string{"met"}, nil, nil, ""},
		{"day 1 before the withdrawal", "", []string{"met"}, nil, nil,
			"the right to self-certify was withdrawn from 2026-02-25, after day 1 of this episode (2026-02-23): the withdrawal applies to sickness starting on or after that day, not to this episode"},
		{"sickness starting while withdrawn needs a fit note from day 1",
			"self-certification withdrawn from 2026-02-25 (HR advice 2026-02-20)", nil, []string{"overdue"}, []string{"2026-03-09/2026-03-13"},
			"the Trust withdrew the right to self-certify from 2026-02-25, after HR advice on 2026-02-20: sickness starting on or after that day, as this episode does on 2026-03-09, needs a fit note from day 1"},
		{"restored", "self-certification restored from 2026-09-01 (HR advice 2026-08-28)", []string{"met"}, nil, nil,
			"the right to self-certify was restored from 2026-09-01, on or before day 1 (2026-09-07): days 1–7 may be self-certified"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := h.Certification(i, asOf)
			require.NoError(t, err)
			if tt.decision == "" {
				assert.Equal(t, absence.SelfCertificationDecision{}, c.Decision)
			} else {
				assert.Equal(t, tt.decision, c.Decision.String())
			}
			assert.Equal(t, tt.selfCert, statuses(c.Checks, absence.TaskSelfCertificate))
			assert.Equal(t, tt.fitNotes, statuses(c.Checks, absence.TaskFitNote))
			assert.Equal(t, tt.uncovered, strs(c.Uncovered))
			if tt.finding != "" {
				assert.Contains(t, texts(c.Findings), tt.finding)
			}
		})
	}
}

func texts(fs []absence.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Text
	}
	return out
}

func TestABS4_SelfCertificationOn(t *testing.T) {
	emp := withdrawnThenRestored(t)
	for day, want := range map[string]string{
		"2026-02-24": "",
		"2026-02-25": "self-certification withdrawn from 2026-02-25 (HR advice 2026-02-20)",
		"2026-08-31": "self-certification withdrawn from 2026-02-25 (HR advice 2026-02-20)",
		"2026-09-01": "self-certification restored from 2026-09-01 (HR advice 2026-08-28)",
		"2030-01-01": "self-certification restored from 2026-09-01 (HR advice 2026-08-28)",
	} {
		got, ok := emp.SelfCertificationOn(d(t, day))
		assert.Equal(t, want != "", ok, day)
		if ok {
			assert.Equal(t, want, got.String(), day)
		}
	}
}

// HR advice taken after the withdrawal took effect is accepted and said.
func TestABS4_SelfCertificationAdviceAfterWithdrawal(t *testing.T) {
	emp := monFri(t)
	emp.SelfCertification = []absence.SelfCertificationDecision{{From: d(t, "2026-01-05"), Withdrawn: true, HRAdvised: d(t, "2026-01-07")}}
	c := certification(t, emp, absence.HR14(), "2026-01-20", sick(t, "2026-01-05/2026-01-09", absence.Other))
	assert.Contains(t, texts(c.Findings)[1], "the advice was taken after the withdrawal took effect, where Proc 13 asks for it before")
	assert.Contains(t, texts(c.Findings), "from 2026-01-05 a fit note must cover every day of sickness, received by the manager within 3 calendar days of the first day it must cover (day 1, then the day after the previous fit note ends)")
}

func TestABS4_SelfCertificationDecisionsValidated(t *testing.T) {
	w := func(from, advice string) absence.SelfCertificationDecision {
		x := absence.SelfCertificationDecision{From: d(t, from), Withdrawn: true}
		if advice != "" {
			x.HRAdvised = d(t, advice)
		}
		return x
	}
	tests := []struct {
		name  string
		ds    []absence.SelfCertificationDecision
		err   error
		field string
	}{
		{"no date", []absence.SelfCertificationDecision{{Withdrawn: true, HRAdvised: d(t, "2026-01-01")}}, absence.ErrInvalidDate, "SelfCertification[0].From"},
		{"not a date", []absence.SelfCertificationDecision{{From: absence.Date{Year: 2026, Month: 2, Day: 30}, Withdrawn: true}}, absence.ErrInvalidDate, "SelfCertification[0].From"},
		{"out of order", []absence.SelfCertificationDecision{w("2026-03-01", "2026-02-01"), {From: d(t, "2026-02-01")}}, absence.ErrUnsorted, "SelfCertification[1].From"},
		{"the same day twice", []absence.SelfCertificationDecision{w("2026-03-01", "2026-02-01"), {From: d(t, "2026-03-01")}}, absence.ErrUnsorted, "SelfCertification[1].From"},
		{"withdrawn without HR advice", []absence.SelfCertificationDecision{w("2026-03-01", "")}, absence.ErrNoHRAdvice, "SelfCertification[0].HRAdvised"},
		{"a bad advice date", []absence.SelfCertificationDecision{{From: d(t, "2026-03-01"), HRAdvised: absence.Date{Year: 2026, Month: 13, Day: 1}}}, absence.ErrInvalidDate, "SelfCertification[0].HRAdvised"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			emp := monFri(t)
			emp.SelfCertification = tt.ds
			_, err := absence.NewHistory(emp, nil, absence.HR14())
			require.ErrorIs(t, err, tt.err)
			var ie *absence.InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tt.field, ie.Field)
		})
	}
	// A restoration needs no HR advice.
	emp := monFri(t)
	emp.SelfCertification = []absence.SelfCertificationDecision{w("2026-03-01", "2026-02-27"), {From: d(t, "2026-06-01")}}
	assert.NoError(t, emp.Validate())
}

// The former flag, which had no date, is refused with an error naming the
// field that replaces it; the decisions round-trip.
func TestABS4_SelfCertificationJSON(t *testing.T) {
	var emp absence.Employee
	err := json.Unmarshal([]byte(`{"id": "e1", "fte": "1", "standardDayHours": "7.5", "selfCertificationWithdrawn": true}`), &emp)
	require.ErrorIs(t, err, absence.ErrFieldReplaced)
	assert.Contains(t, err.Error(), `employee (ID "e1") selfCertificationWithdrawn: field replaced: use "selfCertification"`)
	assert.Empty(t, emp.ID, "nothing decoded on error")

	in := withdrawnThenRestored(t)
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"selfCertification":[{"from":"2026-02-25","withdrawn":true,"hrAdvised":"2026-02-20"},{"from":"2026-09-01","withdrawn":false,"hrAdvised":"2026-08-28"}]`)
	out := absence.Employee{Schedule: in.Schedule}
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in.SelfCertification, out.SelfCertification)
	assert.Equal(t, in.Schedule, out.Schedule, "the schedule, not in JSON, is kept")
	assert.True(t, in.FTE.Equal(out.FTE))
}

// FuzzEmployeeJSON decodes fuzzed JSON as an employee and as a policy:
// never a panic; a decoded employee keeps its schedule and validates with
// typed errors, its decisions survive a round trip, and SelfCertificationOn
// gives a decision that has taken effect.
func FuzzEmployeeJSON(f *testing.F) {
	f.Add([]byte(`{"id":"e1","fte":"1","standardDayHours":"7.5","selfCertification":[{"from":"2026-02-25","withdrawn":true,"hrAdvised":"2026-02-20"},{"from":"2026-09-01"}]}`), uint16(100))
	f.Add([]byte(`{"selfCertificationWithdrawn":true}`), uint16(0))
	f.Add([]byte(`{"ohCancelHours":48,"ohProvider":{"name":"x","cancelHours":-1}}`), uint16(3))
	f.Add([]byte(`{"selfCertification":[{"from":"2026-02-30"}]}`), uint16(7))
	f.Fuzz(func(t *testing.T, data []byte, day uint16) {
		var pol absence.Policy
		if err := json.Unmarshal(data, &pol); err == nil {
			_ = pol.Validate()
		}
		emp := monFri(t)
		sched := emp.Schedule
		err := json.Unmarshal(data, &emp)
		if err != nil {
			return // a JSON error, or a typed one (a bad date, a replaced field)
		}
		if emp.Schedule == nil {
			t.Fatal("the schedule was lost")
		}
		if err := emp.Validate(); err != nil {
			var ie *absence.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		b, err := json.Marshal(emp)
		require.NoError(t, err)
		back := absence.Employee{Schedule: sched}
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		if len(emp.SelfCertification) > 0 || len(back.SelfCertification) > 0 {
			require.Equal(t, emp.SelfCertification, back.SelfCertification)
		}
		on := d(t, "2020-01-01").AddDays(int(day))
		if x, ok := emp.SelfCertificationOn(on); ok && x.From.After(on) {
			t.Fatalf("decision %v not in force on %v", x, on)
		}
	})
}
