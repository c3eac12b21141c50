package casefile_test

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/internal/fill"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

// cmpOpts compare decoded cases: decimals by value (JSON writes 1.50 as
// "1.5"), empty lists as none (JSON leaves out an empty list), and not the
// decoder's record of where each field was.
var cmpOpts = cmp.Options{
	cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	cmpopts.EquateEmpty(),
	cmpopts.IgnoreUnexported(casefile.Case{}),
	// A case file gives an absence's period in Absence.Period, which hides
	// Record.Period from JSON.
	cmpopts.IgnoreFields(casefile.Absence{}, "Record.Period"),
}

// Every value of the case-file format — every library type it uses
// included — survives JSON: marshal a random Scenario, decode it with the
// strict decoder, and get the same Scenario back.
func TestScenario_JSONRoundTrip(t *testing.T) {
	f := fill.New(rand.New(rand.NewPCG(1, 2)))
	for i := range 200 {
		var want casefile.Scenario
		f.Value(&want)
		data, err := json.Marshal(want)
		if err != nil {
			t.Fatalf("%d: marshal: %v", i, err)
		}
		got, err := casefile.Decode("random.json", data)
		if err != nil {
			t.Fatalf("%d: decode: %v\n%s", i, err, data)
		}
		if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
			t.Fatalf("%d: round trip (-want +got):\n%s\n%s", i, diff, data)
		}
	}
}
