package pension_test

import (
	"encoding"
	"strings"
	"testing"

	"github.com/absencerules/hr14/pension"
)

// FuzzNoEcho: no error of the package quotes a text it rejected: a sentence
// typed into a code or membership field is described, never quoted.
func FuzzNoEcho(f *testing.F) {
	f.Add("miscarriage at 12 weeks")
	f.Add("3y 121d")
	f.Fuzz(func(t *testing.T, s string) {
		s = "said " + s + " at work"
		for name, v := range map[string]encoding.TextUnmarshaler{
			"Section": new(pension.Section), "Tier": new(pension.Tier), "PartTimeMethod": new(pension.PartTimeMethod),
			"RequalifyStart": new(pension.RequalifyStart), "PurchaseKind": new(pension.PurchaseKind), "Credit": new(pension.Credit),
			"Membership": new(pension.Membership),
		} {
			err := v.UnmarshalText([]byte(s))
			if err == nil {
				t.Fatalf("%s accepted %q", name, s)
			}
			if strings.Contains(err.Error(), s) || !strings.Contains(err.Error(), "; expected ") {
				t.Fatalf("%s: %v", name, err)
			}
		}
	})
}
