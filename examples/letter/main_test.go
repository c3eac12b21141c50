package main

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/letters"
)

func TestLetterRuns(t *testing.T) {
	for _, f := range []letters.Format{letters.Text, letters.HTML} {
		var b strings.Builder
		if err := run(&b, f); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, want := range []string{"Dear Alex", "Stage 1 sickness review meeting", "2 episodes of sickness absence in a rolling 6-month period",
			"Monday 16 March 2026", "Monday 23 March 2026", "Musculoskeletal"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s output lacks %q:\n%s", f, want, out)
			}
		}
		if strings.Contains(out, "back pain") {
			t.Errorf("%s output prints the diagnosis", f)
		}
	}
}
