package casefile_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
)

// The policy section names the policy once for every package: HR14 v16
// when it names none, the trust's own policy when it does. The name
// survives a JSON round trip of the case.
func TestPolicies_OneIDForEveryPackage(t *testing.T) {
	d := decode(t, "asOf: 2026-01-01\n")
	p, err := d.Policies()
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != absence.HR14v16() {
		t.Errorf("default: %+v", p.ID)
	}
	s := decode(t, `asOf: 2026-01-01
policy:
  id: {reference: HR14, title: Sickness Absence Management, version: "17", trust: Example Hospitals NHS Trust, effective: 2026-04-01}
  lapseMonths: 12
`)
	p, err = s.Policies()
	if err != nil {
		t.Fatal(err)
	}
	want := absence.PolicyID{Reference: "HR14", Title: "Sickness Absence Management", Version: "17", Trust: "Example Hospitals NHS Trust",
		Effective: absence.Date{Year: 2026, Month: 4, Day: 1}}
	for name, id := range map[string]absence.PolicyID{"Policies": p.ID, "absence": p.Absence.ID, "triggers": p.Triggers.ID,
		"recording": p.Triggers.Recording.ID, "stages": p.Stages.ID, "payroll": p.Payroll.ID, "pension": p.Pension.ID} {
		if id != want {
			t.Errorf("%s: %+v", name, id)
		}
	}
	// The lapse is set once, for both packages that apply it.
	if p.Triggers.LapseMonths != 12 || p.Stages.LapseMonths != 12 {
		t.Errorf("lapse %d %d", p.Triggers.LapseMonths, p.Stages.LapseMonths)
	}
	b, err := json.Marshal(s.Case)
	if err != nil {
		t.Fatal(err)
	}
	back, err := casefile.Decode("case.json", b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Policy.PolicyID() != want {
		t.Errorf("round trip: %+v", back.Policy.PolicyID())
	}
}

// A policy named without a version is refused, at its place in the file,
// without quoting the text.
func TestPolicies_IDErrors(t *testing.T) {
	s := decode(t, "asOf: 2026-01-01\npolicy:\n  id: {title: my own notes about my surgery}\n")
	_, err := s.Policies()
	if err == nil || !errors.Is(err, casefile.ErrInvalid) || !strings.Contains(err.Error(), "policy.id.version") || strings.Contains(err.Error(), "surgery") {
		t.Errorf("%v", err)
	}
}

// Knobs lists only the knobs set to something other than the default: a
// case that writes a default out names no change.
func TestPolicy_KnobsOnlyChanges(t *testing.T) {
	s := decode(t, "asOf: 2026-01-01\npolicy: {counting: after-meeting, lapseMonths: 0, excludePregnancy: true, trig5Reading: more-than}\n")
	if got := strings.Join(s.Policy.Knobs(), " "); got != "trig5Reading=more-than" {
		t.Errorf("knobs %q", got)
	}
}
