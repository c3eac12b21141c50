package letters_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/absencerules/hr14/letters"
)

// TestLetter_JSON: a letter travels as JSON (to a service rendering it)
// and comes back the same.
func TestLetter_JSON(t *testing.T) {
	for _, k := range letters.Kinds() {
		l := letters.Sample(k)
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		var back letters.Letter
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		if !reflect.DeepEqual(back, l) {
			t.Errorf("%s: round trip differs:\n%s", k, b)
		}
	}
}
