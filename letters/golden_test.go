package letters_test

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// A golden is one letter built from a case, with the name of its golden
// files.
type golden struct {
	name   string
	letter letters.Letter
}

// goldens are the letters of journeys A and B: every kind at least once.
func goldens(t testing.TB) []golden {
	ma, a := journeyA(t)
	mb, b := journeyB(t)
	dismissed := dismissedA(a)
	heard := func(k stages.Kind) []stages.Event {
		return append(dismissedA(a),
			stages.Event{Kind: k, Date: day("2026-09-09"), Panel: appealPanel()},
			step(stages.OutcomeLetterSent, "2026-09-11", stages.StepAppeal))
	}
	notDismissed := append(append([]stages.Event(nil), a...),
		ev(stages.NotDismissed, "2026-07-20"), step(stages.OutcomeLetterSent, "2026-07-22", stages.StepStage3))
	return []golden{
		{"a-stage-1-invitation", fromCase(t, letters.Stage1Invitation, ma, upTo(a, stages.InvitationSent, stages.StepStage1))},
		{"a-stage-1-outcome", fromCase(t, letters.Stage1Outcome, ma, upTo(a, stages.OutcomeLetterSent, stages.StepStage1))},
		{"a-stage-2-invitation", fromCase(t, letters.Stage2Invitation, ma, upTo(a, stages.InvitationSent, stages.StepStage2))},
		{"a-stage-2-outcome", fromCase(t, letters.Stage2Outcome, ma, upTo(a, stages.OutcomeLetterSent, stages.StepStage2))},
		{"a-stage-3-invitation", fromCase(t, letters.HearingInvitation, ma, upTo(a, stages.InvitationSent, stages.StepStage3))},
		{"a-dismissal", fromCase(t, letters.Dismissal, ma, upTo(dismissed, stages.TerminationLetterSent, stages.StepNone))},
		{"a-not-dismissed", fromCase(t, letters.NotDismissed, ma, notDismissed)},
		{"a-appeal-invitation", fromCase(t, letters.AppealInvitation, ma, dismissed)},
		{"a-appeal-dismissal-upheld", fromCase(t, letters.AppealUpheld, ma, heard(stages.DismissalUpheld))},
		{"a-appeal-dismissal-overturned", fromCase(t, letters.AppealOverturned, ma, heard(stages.DismissalOverturned))},
		{"b-stage-1-invitation", fromCase(t, letters.Stage1Invitation, mb, upTo(b, stages.InvitationSent, stages.StepStage1))},
		{"b-stage-2-invitation", fromCase(t, letters.Stage2Invitation, mb, upTo(b, stages.InvitationSent, stages.StepStage2))},
		{"b-stage-2-outcome", fromCase(t, letters.Stage2Outcome, mb, upTo(b, stages.OutcomeLetterSent, stages.StepStage2))},
		{"b-ill-health-retirement-invitation", fromCase(t, letters.IllHealthInvitation, mb, upTo(b, stages.InvitationSent, stages.StepIllHealth))},
		{"b-dismissal", fromCase(t, letters.Dismissal, mb, b)},
	}
}

// TestGolden renders every golden letter in both formats and compares it with
// testdata/golden; go test ./letters -run Golden -update rewrites them.
func TestGolden(t *testing.T) {
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[letters.Kind]bool{}
	for _, g := range append(goldens(t), documentGoldens(t)...) {
		seen[g.letter.Kind] = true
		for _, f := range []letters.Format{letters.Text, letters.HTML} {
			got, err := r.String(f, g.letter)
			if err != nil {
				t.Fatalf("%s: %v", g.name, err)
			}
			file := filepath.Join("testdata", "golden", g.name+"."+map[letters.Format]string{letters.Text: "txt", letters.HTML: "html"}[f])
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test ./letters -run Golden -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file %s (run with -update to accept):\n%s", g.name, file, firstDiff(got, string(want)))
			}
		}
	}
	for _, k := range letters.Kinds() {
		if !seen[k] {
			t.Errorf("no golden letter of kind %s", k)
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}
