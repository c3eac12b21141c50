package report_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
)

// echoRecordingCase is a valid case with the recording fields of issue 17
// (ABS-20 … ABS-24); each of echoRecordingFields replaces one of its values
// with free text.
const echoRecordingCase = `name: Echo recording
asOf: 2026-08-14
policy: {sicknessOnLeave: fit-note, fertility: protected-period}
employee:
  id: E1
  fte: 1
  standardDayHours: 7.5
  schedule: {week: MTWTF..}
  otherWork: [{id: W1, period: 2026-05-01/2026-06-30, declared: 2026-04-20}]
  fertilityTreatments: [{id: F1, transfer: 2026-03-02, ended: 2026-03-13}]
appointments: [{date: 2026-01-19, fertility: true, agreed: annual-leave}]
absences:
  - id: A1
    period: 2026-03-09/2026-03-27
    reason: musculoskeletal
    expectedReturn: 2026-03-30
    reportedFit: 2026-03-28
    certificates:
      - {kind: fit-note, covers: 2026-03-16/2026-03-29, received: 2026-03-16, fitness: may-be-fit, advice: [phased-return], issuer: gp, employer: {made: true, from: 2026-03-18, decided: 2026-03-17}}
  - {id: L1, period: 2026-07-20/2026-07-31, kind: leave}
  - {id: A2, period: 2026-07-27/2026-07-29, reason: infection, reported: "2026-07-27T06:30:00+01:00"}
`

// echoRecordingFields are the new places free text may be typed by
// mistake. X marks the value.
var echoRecordingFields = map[string][2]string{
	"fitness":           {"fitness: may-be-fit", "fitness: X"},
	"advice":            {"advice: [phased-return]", "advice: [X]"},
	"issuer":            {"issuer: gp", "issuer: X"},
	"employer decided":  {"decided: 2026-03-17", "decided: X"},
	"employer from":     {"from: 2026-03-18", "from: X"},
	"expected return":   {"expectedReturn: 2026-03-30", "expectedReturn: X"},
	"reported fit":      {"reportedFit: 2026-03-28", "reportedFit: X"},
	"declared":          {"declared: 2026-04-20", "declared: X"},
	"other work period": {"period: 2026-05-01/2026-06-30", "period: X"},
	"transfer":          {"transfer: 2026-03-02", "transfer: X"},
	"ended":             {"ended: 2026-03-13", "ended: X"},
	"agreed":            {"agreed: annual-leave", "agreed: X"},
	"sicknessOnLeave":   {"sicknessOnLeave: fit-note", "sicknessOnLeave: X"},
	"fertility knob":    {"fertility: protected-period", "fertility: X"},
	// An ID is not refused, but an error about its input names it.
	"other work ID": {"{id: W1, period: 2026-05-01/2026-06-30, declared: 2026-04-20}", "{id: X, period: 2026-05-01/2026-06-30}"},
	"fertility ID":  {"{id: F1, transfer: 2026-03-02, ended: 2026-03-13}", "{id: X, ended: 2026-03-13}"},
	"record ID":     {"id: A1\n    period: 2026-03-09/2026-03-27", "id: X\n    period: 2026-03-09/2026-03-27\n    expectedReturn: 2026-03-09"},
}

// FuzzNoHealthTextInRecordingErrors: whatever free text is typed into the
// fields of issue 17 (fit notes, notification, other work, fertility
// treatment, appointments, their knobs), no error of decoding or evaluation
// contains it.
func FuzzNoHealthTextInRecordingErrors(f *testing.F) {
	for _, s := range []string{"miscarriage at 12 weeks", "IVF failed again", "works nights at the care home", "2026-01-01"} {
		f.Add(s, uint8(0))
	}
	names := make([]string, 0, len(echoRecordingFields))
	for n := range echoRecordingFields {
		names = append(names, n)
	}
	slices.Sort(names)
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		text = "said " + strings.ToValidUTF8(text, "?") + " at work"
		quoted, _ := json.Marshal(text)
		name := names[int(which)%len(names)]
		edit := echoRecordingFields[name]
		in := strings.Replace(echoRecordingCase, edit[0], strings.Replace(edit[1], "X", string(quoted), 1), 1)
		for _, m := range recordingErrors(in) {
			var back string
			_ = json.Unmarshal(quoted, &back)
			if strings.Contains(m, back) || strings.Contains(m, "said ") {
				t.Fatalf("%s: the error quotes the text typed in:\n%s", name, m)
			}
		}
	})
}

// recordingErrors decodes and evaluates a case, returning the messages of
// the errors (and the error's path).
func recordingErrors(in string) []string {
	s, err := casefile.Decode("case.yaml", []byte(in))
	if err == nil {
		_, err = report.Evaluate(&s.Case, s.AsOf)
	}
	if err == nil {
		return nil
	}
	msgs := []string{err.Error()}
	var ce *casefile.Error
	if errors.As(err, &ce) {
		msgs = append(msgs, ce.Path)
	}
	return msgs
}

// TestNoHealthTextInRecordingErrors_EveryField runs every new field once
// with a health detail: each is refused, and the error never quotes it.
func TestNoHealthTextInRecordingErrors_EveryField(t *testing.T) {
	s, err := casefile.Decode("case.yaml", []byte(echoRecordingCase))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := report.Evaluate(&s.Case, s.AsOf); err != nil {
		t.Fatalf("the case itself: %v", err)
	}
	for name, edit := range echoRecordingFields {
		if !strings.Contains(echoRecordingCase, edit[0]) {
			t.Fatalf("%s: the case lacks %q", name, edit[0])
		}
		in := strings.Replace(echoRecordingCase, edit[0], strings.Replace(edit[1], "X", `"miscarriage at 12 weeks"`, 1), 1)
		msgs := recordingErrors(in)
		if len(msgs) == 0 {
			t.Errorf("%s: accepted", name)
			continue
		}
		for _, m := range msgs {
			if strings.Contains(m, "miscarriage") {
				t.Errorf("%s: %v", name, m)
			}
		}
	}
}
