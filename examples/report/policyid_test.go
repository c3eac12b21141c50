package report_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
)

// The report names the policy it applied (in full and short), the knobs
// that differ from the defaults and the library's version; the JSON keeps
// them; the explanations of the triggers end with the same policy and the
// library settings that differ.
func TestReport_NamesThePolicy(t *testing.T) {
	s := scenario(t, base+`policy:
  id: {reference: ATT-3, title: Attendance Policy, version: "3", trust: Example Hospitals NHS Trust, effective: 2025-04-01}
  counting: full-window
  excludePregnancy: true
absences:
  - {period: 2026-01-06/2026-01-07, reason: infection}
  - {period: 2026-03-02, reason: musculoskeletal}
`)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	want := report.Policy{Name: "ATT-3 v3", Knobs: []string{"counting=full-window"}, Library: absence.LibraryVersion,
		ID: absence.PolicyID{Reference: "ATT-3", Title: "Attendance Policy", Version: "3", Trust: "Example Hospitals NHS Trust", Effective: absence.Date{Year: 2025, Month: 4, Day: 1}}}
	if got := r.Policy; got.Name != want.Name || strings.Join(got.Knobs, " ") != "counting=full-window" || got.ID != want.ID || got.Library != want.Library {
		t.Errorf("policy %+v\nwant   %+v", got, want)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"policy":{"name":"ATT-3 v3","knobs":["counting=full-window"],"id":{"reference":"ATT-3","title":"Attendance Policy","version":"3","trust":"Example Hospitals NHS Trust","effective":"2025-04-01"},"library":"`+absence.LibraryVersion+`"}`) {
		t.Errorf("JSON: %s", b)
	}
	if len(r.Triggers.Activations) == 0 {
		t.Fatal("no activation")
	}
	for _, a := range r.Triggers.Activations {
		if !strings.HasSuffix(a.Explanation, "Worked out under ATT-3 v3 Attendance Policy, Example Hospitals NHS Trust, in effect from 1 April 2025, with these settings changed from the HR14 v16 defaults: counting=full-window (hr14 library "+absence.LibraryVersion+").\n") {
			t.Errorf("explanation: %s", a.Explanation)
		}
	}
	var text strings.Builder
	if err := report.WriteText(&text, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "ATT-3 v3 Attendance Policy, Example Hospitals NHS Trust, in effect from 1 April 2025") {
		t.Errorf("text:\n%s", text.String())
	}
}

// The case's policy.id reaches its letters and its chronology: every
// letter and the chronology name the trust's policy, not HR14 v16 by
// default.
func TestLettersNameTheCasePolicy(t *testing.T) {
	data, err := os.ReadFile("../hr14/testdata/cases/ward-nurse.yaml")
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Replace(string(data), "policy:\n  name: HR14\n",
		"policy:\n  name: HR14\n  id: {reference: ATT-3, title: Attendance Policy, version: \"3\", trust: Example Hospitals NHS Trust, effective: 2025-04-01}\n", 1)
	if in == string(data) {
		t.Fatal("the sample's policy section has changed")
	}
	s, err := casefile.Decode("ward-nurse.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	const want = "ATT-3 v3 Attendance Policy, Example Hospitals NHS Trust, in effect from 1 April 2025"
	l, err := report.Letter(&s.Case, absence.Date{}, letters.Stage1Outcome)
	if err != nil {
		t.Fatal(err)
	}
	if l.PolicyName() != want {
		t.Errorf("letter: %q", l.PolicyName())
	}
	ch, err := report.Chronology(&s.Case, absence.Date{}, report.ChronologyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ch.PolicyName() != want {
		t.Errorf("chronology: %q", ch.PolicyName())
	}
	// Without policy.id, HR14 v16.
	d, err := casefile.Decode("ward-nurse.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if l, err := report.Letter(&d.Case, absence.Date{}, letters.Stage1Outcome); err != nil || l.PolicyName() != absence.HR14v16().String() {
		t.Errorf("default: %q, %v", l.PolicyName(), err)
	}
}
