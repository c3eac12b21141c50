package absence_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/absencerules/hr14/absence"
)

// Proc 19: "Failure by the employee to provide a sample or production of a
// negative sample will result in the period of absence being counted
// towards the triggers". By default that holds whatever else is recorded: a
// documented infection-control link with a negative specimen, or with a
// sample asked for and not provided, counts (ABS-7, COVERAGE #82).
func TestABS7_NegativeSampleCountsWhateverElseIsRecorded(t *testing.T) {
	noro := sick(t, "2026-01-12/2026-01-13", absence.OccupationalInfection)
	for _, tt := range []struct {
		name     string
		evidence absence.Evidence
		counts   bool
	}{
		{"link, no sample result", absence.Evidence{InfectionControlLink: true}, false},
		{"link, negative specimen", absence.Evidence{InfectionControlLink: true, Specimen: absence.SpecimenNegative}, true},
		{"link, sample not provided", absence.Evidence{InfectionControlLink: true, Specimen: absence.SpecimenNotProvided}, true},
		{"link, positive specimen", absence.Evidence{InfectionControlLink: true, Specimen: absence.SpecimenPositive}, false},
		{"negative specimen", absence.Evidence{Specimen: absence.SpecimenNegative}, true},
		{"sample not provided", absence.Evidence{Specimen: absence.SpecimenNotProvided}, true},
		{"positive specimen", absence.Evidence{Specimen: absence.SpecimenPositive}, false},
		{"nothing", absence.Evidence{}, true},
		// The sample says nothing about an agreed disability discount.
		{"negative specimen, disability", absence.Evidence{InfectionControlLink: true, Specimen: absence.SpecimenNegative, DisabilityDiscounted: true}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			noro.Evidence = tt.evidence
			h := history(t, monFri(t), noro)
			require.Len(t, h.Episodes, 1)
			ep := h.Episodes[0]
			assert.Equal(t, tt.counts, ep.Triggers.Counts())
			assert.Equal(t, 2, ep.Pay.WorkingDays, "sickness for pay either way")
			if tt.counts {
				assert.Equal(t, 2, ep.Triggers.WorkingDays)
				assert.Empty(t, ep.Triggers.Excluded)
			}
		})
	}
}
