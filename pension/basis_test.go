package pension_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The pension policy names HR14 v16 and keeps its name through a JSON
// round trip; a policy without a name or version is refused.
func TestPolicy_IDRoundTrip(t *testing.T) {
	p := pension.HR14()
	assert.Equal(t, absence.HR14v16(), p.ID)
	assert.Nil(t, p.Knobs())
	p.ID.Trust = "Example Hospitals NHS Trust"
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var q pension.Policy
	require.NoError(t, json.Unmarshal(b, &q))
	assert.Equal(t, p.ID, q.ID)
	assert.Nil(t, q.Knobs())

	q.ID.Version = ""
	err = q.Validate()
	require.ErrorIs(t, err, pension.ErrInvalidPolicy)
	var ie *pension.InputError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "ID.Version", ie.Field)
}

// A policy with changed knobs lists exactly those knobs; an assessment
// names the policy it applied.
func TestPolicy_KnobsAndAward(t *testing.T) {
	p := pension.HR14()
	p.PartTime = pension.PartTimeFinalFTE
	p.OptedOutTier1Only = true
	p.Section1995.NormalPensionAge = 65
	assert.Equal(t, []absence.Knob{
		{Name: "section1995.normalPensionAge", Value: "65"},
		{Name: "partTime", Value: "final-fte"},
		{Name: "optedOutTier1Only", Value: "true"},
	}, p.Knobs())

	a, err := pension.Assess(mixedMember(t), p)
	require.NoError(t, err)
	assert.Equal(t, p.Basis(), a.Basis)
	assert.Equal(t, absence.LibraryVersion, a.Basis.Library)
}
