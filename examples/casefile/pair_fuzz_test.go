package casefile_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/google/go-cmp/cmp"
)

// FuzzDecodePair: DecodePair never panics; every error is a
// *casefile.Error whose path, in the {old, new} form, names its side; and
// what it accepts is what Decode accepts for each case alone.
func FuzzDecodePair(f *testing.F) {
	f.Add([]byte(sample + "---\n" + sample))
	f.Add([]byte(`{"old": ` + sampleJSON + `, "new": ` + sampleJSON + `}`))
	f.Add([]byte(`{"old": {"asOf": "2026-02-30"}, "new": {}}`))
	f.Add([]byte("old: &a {asOf: 2026-01-01}\nnew: *a\n"))
	f.Add([]byte("whatIf: {months: 3, absences: [{period: 2026-01-01}]}\n---\nasOf: 2026-01-01\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		old, new, err := casefile.DecodePair("fuzz.json", data)
		if err != nil {
			var ce *casefile.Error
			if !errors.As(err, &ce) {
				t.Fatalf("not a *casefile.Error: %T %v", err, err)
			}
			return
		}
		for _, s := range []casefile.Scenario{old, new} {
			out, err := json.Marshal(s)
			if err != nil {
				t.Fatalf("accepted but cannot be marshalled: %v", err)
			}
			back, err := casefile.Decode("again.json", out)
			if err != nil {
				t.Fatalf("accepted, marshalled, then refused alone: %v\n%s", err, out)
			}
			if diff := cmp.Diff(s, back, cmpOpts); diff != "" {
				t.Fatalf("round trip (-pair +alone):\n%s", diff)
			}
			if _, err := s.Inputs(); err != nil {
				var ce *casefile.Error
				if errors.As(err, &ce) && ce.Path != "" && strings.HasPrefix(strings.TrimLeft(string(data), " \t\r\n"), "{\"old\"") &&
					!strings.HasPrefix(ce.Path, "old") && !strings.HasPrefix(ce.Path, "new") {
					t.Fatalf("an error in a side without the side's path: %v", err)
				}
			}
		}
	})
}
