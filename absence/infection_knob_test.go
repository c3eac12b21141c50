package absence_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/absencerules/hr14/absence"
)

// ABS-7, Proc 19: the knob Exclude.NegativeSample = LinkPrevails lets a
// documented link exclude the absence whatever the sample; the explanation
// says which evidence decided, either way.
func TestABS7_NegativeSampleKnob(t *testing.T) {
	noro := sick(t, "2026-01-12/2026-01-13", absence.OccupationalInfection)
	noro.Evidence = absence.Evidence{InfectionControlLink: true, Specimen: absence.SpecimenNegative}
	link := absence.HR14()
	link.Exclude.NegativeSample = absence.LinkPrevails

	h, err := absence.NewHistory(monFri(t), []absence.Record{noro}, link)
	require.NoError(t, err)
	ep := h.Episodes[0]
	assert.False(t, ep.Triggers.Counts())
	require.Len(t, ep.Triggers.Excluded, 1)
	assert.Equal(t, "2026-01-12/2026-01-13 not counted: occupationally acquired infection (link documented at the time by Infection Control or Occupational Health, which prevails over the negative specimen under this policy's reading of Proc 19) — ABS-7 (HR14 Proc 19)",
		ep.Triggers.Excluded[0].String())

	// Without a link a negative or missing sample counts under either reading.
	for _, s := range []absence.Specimen{absence.SpecimenNegative, absence.SpecimenNotProvided, absence.SpecimenNone} {
		noro.Evidence = absence.Evidence{Specimen: s}
		h, err = absence.NewHistory(monFri(t), []absence.Record{noro}, link)
		require.NoError(t, err)
		assert.True(t, h.Episodes[0].Triggers.Counts(), s.String())
	}

	// Under the default the finding says why it counts.
	noro.Evidence = absence.Evidence{InfectionControlLink: true, Specimen: absence.SpecimenNotProvided}
	h = history(t, monFri(t), noro)
	assert.Contains(t, findingTexts(h.Episodes[0].Findings),
		"2026-01-12/2026-01-13: occupationally acquired infection, counted towards triggers: a sample asked for and not provided makes the absence count whatever else is recorded, the documented infection-control link included (Proc 19: failure to provide a sample or a negative sample \"will result in the period of absence being counted towards the triggers\") — ABS-7 (HR14 Proc 19)")
	noro.Evidence = absence.Evidence{}
	h = history(t, monFri(t), noro)
	assert.Contains(t, findingTexts(h.Episodes[0].Findings),
		"2026-01-12/2026-01-13: occupationally acquired infection, counted towards triggers: no link documented at the time by Infection Control or Occupational Health and no positive specimen confirmed by the GP (Proc 19) — ABS-7 (HR14 Proc 19)")
	noro.Evidence = absence.Evidence{InfectionControlLink: true}
	h = history(t, monFri(t), noro)
	for _, f := range h.Episodes[0].Findings {
		assert.NotContains(t, f.Text, "counted towards triggers", "excluded: no counting finding")
	}

	// The knob marshals as its code.
	b, err := json.Marshal(link)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"negativeSample":"link-prevails"`)
	var back absence.Policy
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(link))
	r := absence.LinkPrevails
	assert.True(t, errors.Is(r.UnmarshalText([]byte("link")), absence.ErrUnknownCode))
	assert.Equal(t, absence.LinkPrevails, r)
	bad := absence.HR14()
	bad.Exclude.NegativeSample = 9
	assert.True(t, errors.Is(bad.Validate(), absence.ErrInvalidPolicy))
	_, err = absence.SampleReading(9).MarshalText()
	assert.Error(t, err)
}

func findingTexts(fs []absence.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.String()
	}
	return out
}
