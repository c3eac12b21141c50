package casefile_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/letters"
	"github.com/google/go-cmp/cmp"
)

// FuzzDecode: the decoder never panics; every error is a *casefile.Error;
// and whatever it accepts survives a round trip through JSON.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte(sampleJSON))
	f.Add([]byte("asOf: 2026-01-01\n---\nasOf: 2026-01-02\n"))
	f.Add([]byte("a: &a {b: *a}\n"))
	f.Add([]byte("expect: {rejected: x}\nabsences: [{<<: {period: 2026-01-01}}]\n"))
	f.Add([]byte("{\"asOf\": \"2026-02-30\"}"))
	f.Add([]byte(letterYAML))
	f.Add([]byte(letterJSON))
	f.Add([]byte("letter: {to: {name: x}, notice: {weeks: 1}, pattern: {point: p, absences: [{period: 2026-01-01}]}}\nexpect: {letters: [{kind: dismissal}, {contains: [a]}]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		all, err := casefile.DecodeAll("fuzz.yaml", data)
		if err != nil {
			var ce *casefile.Error
			if !errors.As(err, &ce) {
				t.Fatalf("not a *casefile.Error: %T %v", err, err)
			}
			return
		}
		for _, s := range all {
			out, err := json.Marshal(s)
			if err != nil {
				t.Fatalf("accepted but cannot be marshalled: %v", err)
			}
			back, err := casefile.Decode("again.json", out)
			if err != nil {
				t.Fatalf("accepted, marshalled, then refused: %v\n%s", err, out)
			}
			if diff := cmp.Diff(s, back, cmpOpts); diff != "" {
				t.Fatalf("round trip (-first +second):\n%s", diff)
			}
			_, _ = s.Inputs()
			for _, k := range letters.Kinds() {
				_ = s.Letter.Base(k, s.AsOf)
			}
		}
	})
}
