package payroll_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The pay policy names HR14 v16 and keeps its name through a JSON round
// trip; a policy without a name or version is refused.
func TestPolicy_IDRoundTrip(t *testing.T) {
	p := payroll.HR14()
	assert.Equal(t, absence.HR14v16(), p.ID)
	assert.Nil(t, p.Knobs())
	p.ID.Version = "17"
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var q payroll.Policy
	require.NoError(t, json.Unmarshal(b, &q))
	assert.Equal(t, p.ID, q.ID)
	assert.Nil(t, q.Knobs(), "the tables survive the round trip")
	require.NoError(t, q.Validate())

	q.ID = absence.PolicyID{}
	err = q.Validate()
	require.ErrorIs(t, err, payroll.ErrInvalidPolicy)
	var ie *payroll.InputError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "ID", ie.Field)
}

// A policy with changed knobs lists exactly those knobs, in the order of
// the fields.
func TestPolicy_KnobsListExactlyTheChanges(t *testing.T) {
	p := payroll.HR14()
	p.Months = payroll.ThirtyDayMonths
	p.Straddle = payroll.StraddleByDay
	p.PhasedWeeks = 6
	p.Injury.WindowFrom = payroll.FromPaymentStart
	var got []string
	for _, k := range p.Knobs() {
		got = append(got, k.String())
	}
	assert.Equal(t, []string{"months=30-days", "straddle=by-day", "phasedWeeks=6", "injury.windowFrom=payment-start"}, got)
}

// Sick pay, SSP, the statement and Injury Allowance name the policy they
// applied, its changed knobs and the library.
func TestResultsNameThePolicy(t *testing.T) {
	pol := payroll.HR14()
	pol.Months = payroll.ThirtyDayMonths
	want := pol.Basis()
	require.Equal(t, []absence.Knob{{Name: "months", Value: "30-days"}}, want.Knobs)
	emp := employee(t, "MTWTF..")
	h := history(t, emp, sick(t, "2026-01-05/2026-01-09"), sick(t, "2026-02-02/2026-02-03"))
	sps, err := pol.SickPays(h, d(t, "2020-01-01"), nil, absence.Date{})
	require.NoError(t, err)
	for _, sp := range sps {
		assert.Equal(t, want, sp.Basis)
	}
	sp, err := pol.SickPay(payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: d(t, "2020-01-01")})
	require.NoError(t, err)
	assert.Equal(t, want, sp.Basis)
	ssp, err := pol.SSP(payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: emp.Schedule,
		Earnings: []payroll.Earnings{{For: d(t, "2026-01-05"), Total: dec("4000")}, {For: d(t, "2026-02-02"), Total: dec("4000")}}})
	require.NoError(t, err)
	assert.Equal(t, want, ssp.Basis)
	st, err := pol.Statement(payroll.StatementInput{SickPay: sp, SSP: ssp, DayPay: dec("100")})
	require.NoError(t, err)
	assert.Equal(t, want, st.Basis)
	ia, err := pol.InjuryAllowance(payroll.InjuryInput{Attributable: true, Start: d(t, "2026-01-01"),
		Periods: []payroll.InjuryPeriod{{Period: p(t, "2026-01-01/2026-01-31"), Pay: dec("2500"), Received: dec("1250"), Benefits: dec("0")}}})
	require.NoError(t, err)
	assert.Equal(t, want, ia.Basis)

	b, err := json.Marshal(sp)
	require.NoError(t, err)
	var back payroll.SickPay
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, want, back.Basis)
}
