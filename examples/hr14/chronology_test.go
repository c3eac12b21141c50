package main

import (
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/absencerules/hr14/letters"
)

var updateChronology = flag.Bool("update-chronology", false, "rewrite the golden chronologies in testdata/chronology")

const workedExample8 = "testdata/scenarios/08-stage-progression.yaml"

// TestChronology_Golden: the chronologies of the sample case (text, HTML
// with its timeline, the timeline alone) and of worked example 8 (text,
// and only what the stage 1 meeting relied on) are the golden files in
// testdata/chronology; go test ./examples/hr14 -run Chronology_Golden
// -update-chronology rewrites them.
func TestChronology_Golden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"ward-nurse.txt", []string{wardNurse}},
		{"ward-nurse.html", []string{"--html", wardNurse}},
		{"ward-nurse.svg", []string{"--svg", wardNurse}},
		{"worked-example-8.txt", []string{workedExample8}},
		{"worked-example-8-stage-1.txt", []string{"--relies-on", "stage-1", workedExample8}},
		{"final-review-stage-3.txt", []string{"--relies-on", "stage-3", "testdata/cases/final-review.yaml"}},
	}
	for _, tt := range tests {
		out, errOut, code := runCmd(t, append([]string{"chronology"}, tt.args...)...)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", tt.golden, code, errOut)
		}
		file := filepath.Join("testdata", "chronology", tt.golden)
		if *updateChronology {
			if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run go test ./examples/hr14 -run Chronology_Golden -update-chronology)", err)
		}
		if out != string(want) {
			t.Errorf("%s differs from the golden file (rerun with -update-chronology to accept)", tt.golden)
		}
	}
}

// The sample case's chronology names the policy and the as-of date, lists
// the absences and events with their sources, never a diagnosis, and as
// JSON is the letters.Chronology; its timeline alone is SVG.
func TestChronology_SampleCase(t *testing.T) {
	out, errOut, code := runCmd(t, "chronology", wardNurse)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"Case chronology: Jo Rivers (N-4471)\n",
		"Policy: HR14 v16 Sickness Absence Management, University Hospitals of North Midlands NHS Trust",
		"As of: Monday 22 June 2026\n",
		"Sickness, 19 Jan 2026 to 20 Jan 2026 (Infection); 2 working days counted towards the trigger points; episode 1. Source: record 1 (A1).",
		"Letter sent: invitation to the stage 1 sickness review meeting on 17 Mar 2026 at 14:00 (stage-1-invitation). Source: event 5 (invitation-sent).",
		"The manager contacted the employee during the absence. Source: record 3 (A3).",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("chronology lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "gastroenteritis") || strings.Contains(out, "Ward 6 office") {
		t.Error("the chronology prints free text from the case")
	}
	js, errOut, code := runCmd(t, "chronology", "--json", wardNurse)
	if code != exitOK {
		t.Fatalf("--json: exit %d: %s", code, errOut)
	}
	var c letters.Chronology
	if err := json.Unmarshal([]byte(js), &c); err != nil || len(c.Entries) == 0 || c.Policy.Reference != "HR14" {
		t.Errorf("--json: %v, %d entries", err, len(c.Entries))
	}
	svg, _, _ := runCmd(t, "chronology", "--svg", "--at", "2026-03-17", wardNurse)
	if err := xml.Unmarshal([]byte(svg), new(any)); err != nil || !strings.Contains(svg, "windows at 17 Mar 2026") {
		t.Errorf("--svg: %v", err)
	}
	ranged, _, _ := runCmd(t, "chronology", "--from", "2026-06-01", "--to", "2026-06-30", wardNurse)
	if strings.Contains(ranged, "Jan 2026:") || !strings.Contains(ranged, "Dates: Monday 1 June 2026 to Tuesday 30 June 2026") {
		t.Errorf("--from --to:\n%s", ranged)
	}
}

// Bad command lines are usage errors; a case that lacks what the
// chronology needs fails with its place in the file; --out writes a file
// readable by its owner only.
func TestChronology_Errors(t *testing.T) {
	for _, args := range [][]string{
		{"chronology"},
		{"chronology", "--html", "--svg", wardNurse},
		{"chronology", "--from", "June", wardNurse},
		{"chronology", "--relies-on", "stage-9", wardNurse},
		{"chronology", "--relies-on", "return-to-work", wardNurse},
		{"chronology", "--as-of", "x", wardNurse},
	} {
		if _, _, code := runCmd(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
	_, errOut, code := runCmd(t, "chronology", "--relies-on", "stage-3", wardNurse)
	if code != exitFail || !strings.Contains(errOut, "ward-nurse.yaml") || !strings.Contains(errOut, "no stage 3 final review hearing") {
		t.Errorf("a step the case lacks: exit %d: %s", code, errOut)
	}
	_, errOut, code = runCmd(t, "chronology", "no-such-file.yaml")
	if code != exitFail {
		t.Errorf("missing file: exit %d: %s", code, errOut)
	}
	file := filepath.Join(t.TempDir(), "c.html")
	out, errOut, code := runCmd(t, "chronology", "--html", "--out", file, wardNurse)
	if code != exitOK || out != "" {
		t.Fatalf("--out: exit %d: %s", code, errOut)
	}
	if info, err := os.Stat(file); err != nil || info.Mode().Perm()&0o077 != 0 {
		t.Errorf("--out: %v %v", info, err)
	}
}
