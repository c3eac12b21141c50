package report_test

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/summary")

// The manager's summary of each sample case is what its golden file holds
// (go test ./examples/report -run TestSummary_Golden -update rewrites them;
// read the diff before committing).
func TestSummary_Golden(t *testing.T) {
	files, err := filepath.Glob("../hr14/testdata/cases/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample cases: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		t.Run(name, func(t *testing.T) {
			got := summaryOf(t, f)
			golden := filepath.Join("testdata", "summary", name+".txt")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("the summary of %s differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

// Every sample's summary fits one screen, comes first in the text form,
// and keeps to one date style and one person: British dates in words, no
// ISO date or period, about "the employee", never "you", and no rule or
// clause reference (those are in the detail).
func TestSummary_OneScreenPlainEnglish(t *testing.T) {
	files, _ := filepath.Glob("../hr14/testdata/cases/*.yaml")
	scenarios, _ := filepath.Glob("../hr14/testdata/scenarios/*.yaml")
	for _, f := range append(files, scenarios...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := casefile.DecodeAll(filepath.Base(f), data)
		if err != nil {
			t.Fatal(err)
		}
		for _, doc := range docs {
			checkSummary(t, f, &doc.Case)
		}
	}
}

// checkSummary checks the summary of one case.
func checkSummary(t *testing.T, f string, c *casefile.Case) {
	t.Helper()
	r, err := report.Evaluate(c, absence.Date{})
	if err != nil {
		return // a scenario of a refused case
	}
	var sb strings.Builder
	if err := report.WriteSummary(&sb, r); err != nil {
		t.Fatal(err)
	}
	{
		s := sb.String()
		if n := strings.Count(s, "\n"); n > 50 {
			t.Errorf("%s: the summary takes %d lines, more than a screen:\n%s", f, n, s)
		}
		for _, bad := range []*regexp.Regexp{
			regexp.MustCompile(`\d{4}-\d{2}-\d{2}`),
			regexp.MustCompile(`(?i)\byou(r)?\b`),
			regexp.MustCompile(`\b(?:A|S|P|L)[A-Z]{2,4}-\d+`), /* a rule ID other than a trigger's */
			regexp.MustCompile(`HR14 (SAP|Proc|App|§)`),
		} {
			_, body, _ := strings.Cut(s, c.Name) // the case's name is the host's text
			if m := bad.FindString(body); m != "" {
				t.Errorf("%s: the summary contains %q:\n%s", f, m, s)
			}
		}
		var text strings.Builder
		if err := report.WriteText(&text, r); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(text.String(), s) || !strings.Contains(text.String(), "\nDETAIL, for the file or a bundle") {
			t.Errorf("%s: the text form does not start with the summary", f)
		}
	}
}

// The summary is in the JSON report too, as its parts.
func TestSummary_InTheReport(t *testing.T) {
	r := evaluateFile(t, "../hr14/testdata/cases/ward-nurse.yaml")
	if r.Summary == nil || len(r.Summary.Happening) == 0 || len(r.Summary.Next) == 0 || r.Summary.Policy == "" {
		t.Fatalf("%+v", r.Summary)
	}
	if got := report.Summarise(r); got.Title != r.Summary.Title {
		t.Errorf("Summarise: %q, report: %q", got.Title, r.Summary.Title)
	}
}

// Why sick pay changes between episodes: the step of the scale at 5 years
// of service, with the day the employee reached it, in the detail and in
// the summary.
func TestSummary_SaysWhySickPayChanges(t *testing.T) {
	s := scenario(t, base+`absences:
  - {period: 2026-03-02/2026-03-06, reason: infection}
  - {period: 2026-09-07/2026-09-11, reason: infection}
pay: {serviceStart: 2021-04-06}
`)
	r, err := report.Evaluate(&s.Case, absence.Date{Year: 2026, Month: 9, Day: 30})
	if err != nil {
		t.Fatal(err)
	}
	sp := r.Pay.SickPay[1]
	if !strings.Contains(sp.StepUp, "rose on 2026-04-06, when the employee completed 5 years of reckonable NHS service: from 5 months' full pay and 5 months' half pay to 6 months' full pay and 6 months' half pay") ||
		!strings.Contains(sp.Change, "the row of the scale rose on 2026-04-06") {
		t.Errorf("change %q\nstep up %q", sp.Change, sp.StepUp)
	}
	var b strings.Builder
	if err := report.WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(b.String()), " ")
	for _, want := range []string{
		"The sick pay allowance rose on 6 April 2026, when the employee completed 5 years of reckonable NHS service",
		"why the figures changed: Available at the start:",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("lacks %q:\n%s", want, b.String())
		}
	}
	if r.Pay.SickPay[0].Change != "" {
		t.Errorf("the first episode has nothing before it: %q", r.Pay.SickPay[0].Change)
	}
}

func evaluateFile(t *testing.T, path string) *report.Report {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := casefile.Decode(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func summaryOf(t *testing.T, path string) string {
	t.Helper()
	var b strings.Builder
	if err := report.WriteSummary(&b, evaluateFile(t, path)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
