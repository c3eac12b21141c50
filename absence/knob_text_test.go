package absence_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPolicy_ReadingsMarshalAsCodes: the policy's readings (ABS-3 exactly
// half, ABS-4 fit-note deadline, ABS-9 stress days) are stored as the codes
// their String methods give, and read back; an unknown code is a typed error
// that leaves the value as it was.
func TestPolicy_ReadingsMarshalAsCodes(t *testing.T) {
	p := absence.HR14()
	p.ExactlyHalf = absence.HalfSickness
	p.FitNoteFrom = absence.CertificateStart
	p.StressDays = absence.OnBusinessDays
	b, err := json.Marshal(p)
	require.NoError(t, err)
	for _, want := range []string{`"exactlyHalf":"half-sickness"`, `"fitNoteFrom":"certificate-start"`, `"stressDays":"business-days"`} {
		assert.Contains(t, string(b), want)
	}
	var q absence.Policy
	require.NoError(t, json.Unmarshal(b, &q))
	assert.True(t, p.Equal(q), "round trip")

	h := absence.HalfSickness
	err = h.UnmarshalText([]byte("half"))
	assert.True(t, errors.Is(err, absence.ErrUnknownCode), "%v", err)
	assert.Equal(t, absence.HalfSickness, h, "unchanged after an unknown code")
	d := absence.OnBusinessDays
	assert.Error(t, d.UnmarshalText([]byte("0")))
	assert.Equal(t, absence.OnBusinessDays, d)
	f := absence.CertificateStart
	assert.Error(t, f.UnmarshalText(nil))
	assert.Equal(t, absence.CertificateStart, f)

	_, err = absence.HalfShift(7).MarshalText()
	assert.True(t, errors.Is(err, absence.ErrUnknownCode), "%v", err)
	_, err = absence.FitNoteStart(7).MarshalText()
	assert.Error(t, err)
	_, err = absence.DayBasis(7).MarshalText()
	assert.Error(t, err)
	assert.False(t, strings.Contains(string(b), `"exactlyHalf":1`))
}
