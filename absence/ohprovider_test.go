package absence_test

import (
	"encoding/json"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The OH Plus criteria and the 48-hour cancellation charge are an OH
// provider's terms of service (seed 000_…, COVERAGE #254, #257), not HR14
// clauses: the findings cite the provider's terms; HR14 is cited only for
// what it says, that employees must attend (§5.4.3).
func TestABS9_OHRulesCiteTheProvidersTerms(t *testing.T) {
	const terms = "OH provider's terms: Optima Health for NHS Blood and Transplant"
	appt := at(t, "2026-03-20 10:00")
	late, err := absence.HR14().OHCancellation(appt, at(t, "2026-03-19 10:00"), at(t, "2026-03-21 00:00"))
	require.NoError(t, err)
	assert.Equal(t, terms, late.Check.Rule.Clause)
	for _, f := range late.Check.Findings {
		assert.Equal(t, terms, f.Rule.Clause, f.Text)
	}
	missed, err := absence.HR14().OHCancellation(appt, at(t, ""), at(t, "2026-03-21 00:00"))
	require.NoError(t, err)
	require.Len(t, missed.Check.Findings, 2)
	assert.Equal(t, terms, missed.Check.Findings[0].Rule.Clause)
	assert.Equal(t, "HR14 §5.4.3", missed.Check.Findings[1].Rule.Clause)
	assert.Contains(t, missed.Check.Findings[1].Text, "may lead to disciplinary action")

	for _, c := range []absence.ComplexCase{{}, {NoProgress: true}} {
		for _, f := range c.OHPlus().Findings {
			assert.Equal(t, "ABS-9", f.Rule.ID)
			assert.Equal(t, terms, f.Rule.Clause, f.Text)
		}
	}
}

// The provider's terms are a value of the policy, chosen per provider.
func TestABS9_OHProviderSelectable(t *testing.T) {
	assert.Equal(t, absence.OptimaHealthOHPlus(), absence.HR14().OHProvider, "HR14's default")
	appt := at(t, "2026-03-20 10:00")
	cancelled, asOf := at(t, "2026-03-19 04:00"), at(t, "2026-03-21 00:00") // 30 hours ahead

	optima, err := absence.HR14().OHCancellation(appt, cancelled, asOf)
	require.NoError(t, err)
	assert.True(t, optima.Charged, "Optima Health: less than 48 hours ahead")

	other := absence.HR14()
	other.OHProvider = absence.OHProvider{Name: "Example OH Ltd", ChargesNonAttendance: true, CancelHours: 24}
	o, err := other.OHCancellation(appt, cancelled, asOf)
	require.NoError(t, err)
	assert.False(t, o.Charged)
	assert.Equal(t, absence.Met, o.Check.Status)
	assert.Equal(t, at(t, "2026-03-19 10:00"), o.Check.DueAt)
	assert.Equal(t, "ABS-9 (OH provider's terms: Example OH Ltd)", o.Check.Rule.String())

	plus, err := other.OHPlus(absence.ComplexCase{NoProgress: true})
	require.NoError(t, err)
	assert.False(t, plus.Appropriate, "this provider offers no OH Plus")
	assert.Equal(t, "the terms of Example OH Ltd offer no OH Plus service for complex cases: a normal referral", plus.Findings[0].Text)
	plus, err = absence.HR14().OHPlus(absence.ComplexCase{NoProgress: true})
	require.NoError(t, err)
	assert.Equal(t, absence.ComplexCase{NoProgress: true}.OHPlus(), plus)

	// Terms not set: nothing charged, attendance still required.
	none := absence.HR14()
	none.OHProvider = absence.OHProvider{}
	o, err = none.OHCancellation(appt, at(t, ""), asOf)
	require.NoError(t, err)
	assert.False(t, o.Charged)
	assert.Equal(t, absence.NotRequired, o.Check.Status)
	assert.True(t, o.Check.DueAt.IsZero())
	assert.Equal(t, "OH provider's terms", o.Check.Rule.Clause)
	assert.Equal(t, "the terms of the OH provider set no charge for an appointment not attended or cancelled late", o.Check.Findings[0].Text)

	bad := absence.HR14()
	bad.OHProvider.CancelHours = -1
	_, err = bad.OHPlus(absence.ComplexCase{})
	assert.ErrorIs(t, err, absence.ErrInvalidPolicy)
}

// In JSON the terms are "ohProvider"; the former "ohCancelHours" is
// refused with an error naming it.
func TestABS9_OHProviderJSON(t *testing.T) {
	b, err := json.Marshal(absence.HR14())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"ohProvider":{"name":"Optima Health for NHS Blood and Transplant","ohPlus":true,"chargesNonAttendance":true,"cancelHours":48}`)
	var back absence.Policy
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(absence.HR14()))

	err = json.Unmarshal([]byte(`{"longTermDays": 28, "ohCancelHours": 24}`), &back)
	require.ErrorIs(t, err, absence.ErrFieldReplaced)
	assert.Contains(t, err.Error(), `policy ohCancelHours: field replaced: use "ohProvider"`)
}
