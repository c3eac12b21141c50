package absence_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The default policy names HR14 v16 of UHNM, in effect from 1 September 2022
// (its cover gives the month only); the name survives a JSON round trip.
func TestPolicyID_HR14v16(t *testing.T) {
	p := absence.HR14v16()
	require.NoError(t, p.Validate())
	assert.Equal(t, "HR14 v16", p.Short())
	assert.Equal(t, "HR14 v16 Sickness Absence Management, University Hospitals of North Midlands NHS Trust, in effect from 1 September 2022", p.String())
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"reference":"HR14","title":"Sickness Absence Management","version":"16","trust":"University Hospitals of North Midlands NHS Trust","effective":"2022-09-01"}`, string(b))
	var q absence.PolicyID
	require.NoError(t, json.Unmarshal(b, &q))
	assert.Equal(t, p, q)
	assert.True(t, absence.PolicyID{}.IsZero())
	assert.Equal(t, "", absence.PolicyID{}.String())
	assert.Equal(t, "Attendance Policy v3", absence.PolicyID{Title: "Attendance Policy", Version: "3"}.String())
}

// A policy must be named and versioned; the error never quotes the texts.
func TestPolicyID_Validate(t *testing.T) {
	for _, p := range []absence.PolicyID{
		{},
		{Reference: "HR14"},
		{Reference: "HR14", Version: "16", Effective: absence.Date{Year: 2022, Month: 2, Day: 30}},
		{Reference: "HR14 sick leave after my miscarriage " + string(make([]byte, 200)), Version: "16"},
	} {
		err := p.Validate()
		require.Error(t, err, "%+v", p)
		assert.True(t, errors.Is(err, absence.ErrInvalidPolicy))
		assert.NotContains(t, err.Error(), "miscarriage")
	}
}
