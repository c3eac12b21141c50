package casefile_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/google/go-cmp/cmp"
)

const sample = `name: Sample
asOf: 2026-03-16
policy: {counting: full-window, exactlyHalf: half-sickness}
employee:
  id: E1
  fte: 0.6
  standardDayHours: 7.5
  schedule: {week: MTW...., hours: 7.5, bankHolidaysOff: true}
absences:
  - id: A1
    period: 2026-01-06/2026-01-07
    reason: infection
    diagnosis: a confidential diagnosis
    partDay: {worked: 3}
    certificates:
      - {kind: self, covers: 2026-01-06/2026-01-07, received: 2026-01-08}
  - {id: A2, period: 2026-03-02, reason: musculoskeletal, referred: 2026-03-03, contacts: [2026-03-02]}
events:
  - {kind: trigger-activated, date: 2026-03-02, triggers: [TRIG-1]}
  - {kind: invitation-sent, date: 2026-03-05, step: stage-1, slot: {date: 2026-03-16, time: "10:00"}}
pay:
  serviceStart: 2020-04-01
  dayPay: 120.00
expect:
  triggers:
    activated: [{trigger: TRIG-1, on: 2026-03-02}]
`

const sampleJSON = `{
	"name": "Sample",
	"asOf": "2026-03-16",
	"policy": {"counting": "full-window", "exactlyHalf": "half-sickness"},
	"employee": {
		"id": "E1", "fte": 0.6, "standardDayHours": "7.5",
		"schedule": {"week": "MTW....", "hours": 7.5, "bankHolidaysOff": true}
	},
	"absences": [
		{"id": "A1", "period": "2026-01-06/2026-01-07", "reason": "infection",
		 "diagnosis": "a confidential diagnosis", "partDay": {"worked": 3},
		 "certificates": [{"kind": "self", "covers": "2026-01-06/2026-01-07", "received": "2026-01-08"}]},
		{"id": "A2", "period": "2026-03-02", "reason": "musculoskeletal", "referred": "2026-03-03", "contacts": ["2026-03-02"]}
	],
	"events": [
		{"kind": "trigger-activated", "date": "2026-03-02", "triggers": ["TRIG-1"]},
		{"kind": "invitation-sent", "date": "2026-03-05", "step": "stage-1", "slot": {"date": "2026-03-16", "time": "10:00"}}
	],
	"pay": {"serviceStart": "2020-04-01", "dayPay": "120.00"},
	"expect": {"triggers": {"activated": [{"trigger": "TRIG-1", "on": "2026-03-02"}]}}
}`

func TestDecode_YAMLAndJSONAgree(t *testing.T) {
	y, err := casefile.Decode("case.yaml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	j, err := casefile.Decode("case.json", []byte(sampleJSON))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(y, j, cmpOpts); diff != "" {
		t.Errorf("YAML and JSON differ (-yaml +json):\n%s", diff)
	}
	if y.Absences[0].Diagnosis.Text() != "a confidential diagnosis" || y.Absences[1].Referred.String() != "2026-03-03" {
		t.Errorf("absences: %+v", y.Absences)
	}
	if len(y.Expect) != 1 || y.Expect[0].Triggers == nil {
		t.Errorf("a single expect mapping is one expectation: %+v", y.Expect)
	}
	if p := y.Pos("absences[1].referred"); p != (casefile.Pos{Line: 17, Column: 59}) {
		t.Errorf("position of absences[1].referred: %+v", p)
	}
	if p := j.Pos("events[1].slot.time"); p.Line != 17 {
		t.Errorf("JSON position of events[1].slot.time: %+v", p)
	}
	if p := y.Pos("absences[0].nothing.here"); p != (casefile.Pos{Line: 10, Column: 5}) {
		t.Errorf("an unknown path takes its nearest known field: %+v", p)
	}
}

func TestDecode_Errors(t *testing.T) {
	for _, c := range []struct {
		name, edit, want string
		class            error
	}{
		{"unknown field", "fte: 0.6|fet: 0.6", `case.yaml:6:3: employee.fet: unknown field: "fet" in employee; did you mean "fte"?`, casefile.ErrUnknownField},
		{"field in the wrong case", "asOf:|asof:", `case.yaml:2:1: asof: unknown field: "asof" in the case; did you mean "asOf"?`, casefile.ErrUnknownField},
		{"unknown field, no near name", "  id: E1|  zzzzzz: E1", `employee.zzzzzz: unknown field: "zzzzzz" in employee (fields: fertilityTreatments, fte, id, otherWork, schedule, selfCertification, standardDayHours)`, casefile.ErrUnknownField},
		{"bad date", "asOf: 2026-03-16|asOf: 2026-02-29", "case.yaml:2:7: asOf: not a valid calendar date: \"2026-02-29\"; expected a date that exists, written YYYY-MM-DD (e.g. 2026-03-02)", absence.ErrInvalidDate},
		{"reversed period", "2026-01-06/2026-01-07\n    reason|2026-01-07/2026-01-06\n    reason", "case.yaml:11:13: absence 1, period: period ends before it starts: 2026-01-07/2026-01-06", absence.ErrReversedPeriod},
		{"bad decimal", "fte: 0.6|fte: 0,6", `case.yaml:6:8: employee.fte: "0,6" is not a decimal number`, casefile.ErrValue},
		{"money with a pound sign", "dayPay: 120.00|dayPay: £120", `pay.dayPay: "£120" is not a decimal number: write digits with a decimal point, e.g. 2500.00, without £ or commas`, casefile.ErrValue},
		{"unknown code", "reason: musculoskeletal|reason: back", `case.yaml:17:42: absence 2, reason: not one of the codes: use "musculoskeletal", "mental-health",`, absence.ErrUnknownReason},
		{"unknown knob", "counting: full-window|counting: window", `policy.counting: not one of the codes: use "after-meeting", "full-window"`, casefile.ErrValue},
		{"unknown knob of ours", "exactlyHalf: half-sickness|exactlyHalf: half", `policy.exactlyHalf: not one of the codes: use "half-worked", "half-sickness"; did you mean "half-worked"?`, casefile.ErrValue},
		{"unknown TRIG-5 measure", "counting: full-window|trig5Measure: span", `policy.trig5Measure: not one of the codes: use "counted-days", "counted-span"`, casefile.ErrValue},
		{"unknown negative-sample knob", "exactlyHalf: half-sickness|negativeSample: link", `policy.negativeSample: not one of the codes: use "sample-counts", "link-prevails"`, casefile.ErrValue},
		{"list for text", "  id: E1|  id: [E1]", "case.yaml:5:7: employee.id: wrong type of value: expected text, found a list", casefile.ErrType},
		{"mapping for a date", "asOf: 2026-03-16|asOf: {y: 2026}", "asOf: wrong type of value: expected a date (YYYY-MM-DD), found a mapping", casefile.ErrType},
		{"text for a flag", "bankHolidaysOff: true|bankHolidaysOff: yes", "employee.schedule.bankHolidaysOff: wrong type of value: expected true or false, found text", casefile.ErrType},
		{"text for a number", "dayPay: 120.00\n|dayPay: 120.00\n  prior: [{period: 2025-01-01, status: full, workRelated: 1}]\n", "pay, prior sick pay 1, workRelated: wrong type of value: expected true or false, found a whole number", casefile.ErrType},
		{"fraction for a count", "asOf: 2026-03-16|asOf: 2026-03-16\npolicy2: 1", `unknown field: "policy2"`, casefile.ErrUnknownField},
		{"list for a mapping", "employee:\n|employee: []\nx:\n", "case.yaml:4:11: employee: wrong type of value: expected a mapping of fields, found a list", casefile.ErrType},
		{"mapping for a list", "events:\n|events: {}\nx:\n", "events: wrong type of value: expected a list, found a mapping", casefile.ErrType},
		{"repeated field", "  id: E1|  id: E1\n  id: E2", `case.yaml:6:3: employee.id: field given twice: "id" is already given at line 5`, casefile.ErrDuplicateField},
		{"syntax", "name: Sample|name: [Sample", "case.yaml:2: syntax error: a list in [ ] is not closed, or two of its items lack a comma between them", casefile.ErrSyntax},
		{"lapse months out of range", "counting: full-window|lapseMonths: 99999999999999999999", "case.yaml:3:23: policy.lapseMonths: a whole number far too large for this field\n", casefile.ErrValue},
		{"confidential text in a list", "diagnosis: a confidential diagnosis|diagnosis: [a confidential diagnosis]", "absence 1, diagnosis: wrong type of value: expected text, found a list", casefile.ErrType},
	} {
		t.Run(c.name, func(t *testing.T) {
			old, new, _ := strings.Cut(c.edit, "|")
			if !strings.Contains(sample, old) {
				t.Fatalf("sample lacks %q", old)
			}
			in := strings.Replace(sample, old, new, 1)
			_, err := casefile.Decode("case.yaml", []byte(in))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error()+"\n", c.want) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, c.want)
			}
			if !errors.Is(err, c.class) {
				t.Errorf("errors.Is(%v, %v) is false", err, c.class)
			}
			var ce *casefile.Error
			if !errors.As(err, &ce) || ce.File != "case.yaml" {
				t.Errorf("not a *casefile.Error for case.yaml: %#v", err)
			}
			if strings.Contains(err.Error(), "confidential diagnosis") {
				t.Errorf("the error quotes the diagnosis: %v", err)
			}
		})
	}
}

func TestDecode_Documents(t *testing.T) {
	two := sample + "---\n" + sample
	all, err := casefile.DecodeAll("two.yaml", []byte(two))
	if err != nil || len(all) != 2 {
		t.Fatalf("DecodeAll: %d, %v", len(all), err)
	}
	second := strings.Count(sample, "\n") + 2 // the line after "---"
	if p := all[1].Pos("asOf"); p.Line != second+1 {
		t.Errorf("second document's lines are the file's: %+v", p)
	}
	if _, err := casefile.Decode("two.yaml", []byte(two)); !errors.Is(err, casefile.ErrDocuments) || !strings.Contains(err.Error(), fmt.Sprintf("two.yaml:%d:1:", second)) {
		t.Errorf("Decode of two documents: %v", err)
	}
	for _, empty := range []string{"", "# just a comment\n", "---\n---\n"} {
		if _, err := casefile.Decode("empty.yaml", []byte(empty)); !errors.Is(err, casefile.ErrDocuments) {
			t.Errorf("Decode(%q): %v", empty, err)
		}
	}
	if _, err := casefile.Decode("list.yaml", []byte("- a\n- b\n")); !errors.Is(err, casefile.ErrType) {
		t.Errorf("a list at the top: %v", err)
	}
}

func TestDecode_AnchorsAndMerges(t *testing.T) {
	in := `asOf: 2026-03-16
employee: &emp
  fte: 1
  standardDayHours: 7.5
  schedule: {week: MTWTF..}
absences:
  - &base {period: 2026-01-06, reason: infection}
  - <<: *base
    period: 2026-02-02
  - <<: [*base]
    id: A3
    period: 2026-03-02
`
	s, err := casefile.Decode("a.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Absences) != 3 || s.Absences[1].Reason != absence.Infection || s.Absences[1].Period.Start.String() != "2026-02-02" || s.Absences[2].ID != "A3" {
		t.Errorf("absences: %+v", s.Absences)
	}
	// A merged mapping is checked like any other.
	bad := strings.Replace(in, "reason: infection}", "reason: infection, colour: red}", 1)
	if _, err := casefile.Decode("a.yaml", []byte(bad)); !errors.Is(err, casefile.ErrUnknownField) {
		t.Errorf("unknown field in a merged mapping: %v", err)
	}
}

// A document that expands aliases exponentially ("billion laughs") is
// refused, not expanded; so is one nested too deeply.
func TestDecode_AliasBombAndDepth(t *testing.T) {
	var b strings.Builder
	b.WriteString("asOf: 2026-01-01\nexpect:\n  - &x0 {label: a}\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "  - &x%d {<<: [*x%d, *x%d]}\n", i, i-1, i-1)
	}
	if _, err := casefile.Decode("bomb.yaml", []byte(b.String())); !errors.Is(err, casefile.ErrTooComplex) {
		t.Errorf("alias bomb: %v", err)
	}
	nested := "asOf: 2026-01-01\nevents: " + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n"
	if _, err := casefile.Decode("deep.yaml", []byte(nested)); !errors.Is(err, casefile.ErrType) {
		t.Errorf("nested lists where events are expected: %v", err)
	}
}
