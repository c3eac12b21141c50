package triggers_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// Proc 19, ABS-7 (COVERAGE #82): worked example 7 with a documented link AND
// a negative specimen, or a sample asked for and not provided: the norovirus
// counts, so the cold on 10 March is the second episode and TRIG-1
// activates.
func TestABS7_NegativeSampleWithLinkActivatesTRIG1(t *testing.T) {
	for _, s := range []absence.Specimen{absence.SpecimenNegative, absence.SpecimenNotProvided} {
		noro := sick(t, "2026-01-12/2026-01-13", absence.OccupationalInfection)
		noro.Evidence = absence.Evidence{InfectionControlLink: true, Specimen: s}
		m := monitor(t, monFri(t), triggers.HR14(), noro, cold(t, "2026-03-10"))
		assert.Equal(t, []string{"TRIG-1 2026-03-10"}, activations(m), s.String())
	}
}
