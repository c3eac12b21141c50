package triggers_test

import (
	"encoding"
	"strings"
	"testing"

	"github.com/absencerules/hr14/triggers"
)

// FuzzNoEcho: no error of the package quotes a text it rejected. A sentence
// typed into a code field (a trigger, a reading of the policy) is described
// by the codes expected, never quoted.
func FuzzNoEcho(f *testing.F) {
	f.Add("miscarriage at 12 weeks")
	f.Add("TRIG-1")
	f.Fuzz(func(t *testing.T, s string) {
		s = "said " + s + " at work"
		for name, v := range map[string]encoding.TextUnmarshaler{
			"Trigger": new(triggers.Trigger), "PatternKind": new(triggers.PatternKind), "Length": new(triggers.Length),
			"ProRata": new(triggers.ProRata), "Counting": new(triggers.Counting),
		} {
			err := v.UnmarshalText([]byte(s))
			if err == nil {
				t.Fatalf("%s accepted %q", name, s)
			}
			if strings.Contains(err.Error(), s) || !strings.Contains(err.Error(), "; expected one of ") {
				t.Fatalf("%s: %v", name, err)
			}
		}
	})
}
