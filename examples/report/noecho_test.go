package report_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
)

// echoCase is a valid case; each of echoFields replaces one of its values
// with free text.
const echoCase = `name: Echo
asOf: 2026-06-22
policy: {counting: full-window}
employee: {id: E1, fte: 0.8, standardDayHours: 7.5, schedule: {week: MT.TF.., hours: 7.5}}
absences:
  - id: A1
    period: 2026-03-02/2026-03-03
    reason: musculoskeletal
    returned: 2026-03-05
    reported: 2026-03-02T06:00:00Z
    certificates: [{kind: self, covers: 2026-03-02/2026-03-03, received: 2026-03-05}]
  - {id: A2, period: 2026-06-08/2026-06-19, reason: stress}
events:
  - {kind: trigger-activated, date: 2026-03-02, triggers: [TRIG-1]}
  - {kind: invitation-sent, date: 2026-03-09, step: stage-1, slot: {date: 2026-03-17, time: "14:00"}}
pay: {serviceStart: 2019-09-02, dayPay: 140.50, payOn: every-day}
pension: {born: 1970-01-01, lastDay: 2026-06-30, medical: {nhsJob: true}, legacy: {section: "1995", membership: 10y}}
letter: {to: {name: Jo}, from: {name: Sam, jobTitle: Manager}}
`

// echoFields are the places free text may be typed by mistake: codes,
// dates, numbers, times, identifiers and field names. X marks the value.
var echoFields = map[string][2]string{
	"reason":           {"reason: musculoskeletal", "reason: X"},
	"kind":             {"reason: stress}", "reason: stress, kind: X}"},
	"period":           {"period: 2026-03-02/2026-03-03", "period: X"},
	"returned":         {"returned: 2026-03-05", "returned: X"},
	"reported":         {"reported: 2026-03-02T06:00:00Z", "reported: X"},
	"certificate kind": {"kind: self", "kind: X"},
	"fte":              {"fte: 0.8", "fte: X"},
	"dayPay":           {"dayPay: 140.50", "dayPay: X"},
	"payOn":            {"payOn: every-day", "payOn: X"},
	"asOf":             {"asOf: 2026-06-22", "asOf: X"},
	"counting":         {"counting: full-window", "counting: X"},
	"week":             {"week: MT.TF..", "week: X"},
	"event kind":       {"kind: trigger-activated", "kind: X"},
	"step":             {"step: stage-1", "step: X"},
	"slot time":        {`time: "14:00"`, "time: X"},
	"trigger":          {"triggers: [TRIG-1]", "triggers: [X]"},
	"section":          {`section: "1995"`, "section: X"},
	"membership":       {"membership: 10y", "membership: X"},
	"field name":       {"reason: stress}", "reason: stress, X: 1}"},
	// An ID is not refused, but an error about its record names it.
	"record ID": {"id: A2, period: 2026-06-08/2026-06-19", "id: X, period: 2026-03-03/2026-03-04"},
	"event ID":  {"{kind: invitation-sent, date: 2026-03-09", "{id: X, kind: invitation-sent, date: 2026-03-01"},
}

// FuzzNoHealthTextInErrors: whatever free text is typed into a code, date,
// number, time, ID or field-name field, the error (from decoding, the
// evaluation or a letter) never contains it.
func FuzzNoHealthTextInErrors(f *testing.F) {
	for _, s := range []string{"miscarriage at 12 weeks", "chemo at Christie last week", "HIV", "2026-01-01"} {
		f.Add(s, uint8(0))
	}
	names := make([]string, 0, len(echoFields))
	for n := range echoFields {
		names = append(names, n)
	}
	slices.Sort(names)
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		text = "said " + strings.ToValidUTF8(text, "?") + " at work" // a sentence, never a code
		quoted, _ := json.Marshal(text)
		name := names[int(which)%len(names)]
		edit := echoFields[name]
		in := strings.Replace(echoCase, edit[0], strings.Replace(edit[1], "X", string(quoted), 1), 1)
		var msgs []string
		s, err := casefile.Decode("case.yaml", []byte(in))
		if err == nil {
			_, err = report.Evaluate(&s.Case, s.AsOf)
			for _, k := range []letters.Kind{letters.Stage1Invitation, letters.Dismissal} {
				if _, lerr := report.Letter(&s.Case, s.AsOf, k); lerr != nil {
					msgs = append(msgs, lerr.Error())
				}
			}
		}
		if err != nil {
			msgs = append(msgs, err.Error())
			var ce *casefile.Error
			if errors.As(err, &ce) {
				msgs = append(msgs, ce.Path)
			}
		}
		// The text as the decoder reads it back (JSON and YAML escapes).
		var back string
		_ = json.Unmarshal(quoted, &back)
		for _, m := range msgs {
			if strings.Contains(m, back) || strings.Contains(m, "said ") {
				t.Fatalf("%s: the error quotes the text typed in:\n%s", name, m)
			}
		}
	})
}

// TestNoHealthTextInErrors_EveryField runs every field once with a health
// detail, and checks each is refused (or, for an ID, named by position).
func TestNoHealthTextInErrors_EveryField(t *testing.T) {
	for name, edit := range echoFields {
		if !strings.Contains(echoCase, edit[0]) {
			t.Fatalf("%s: the case lacks %q", name, edit[0])
		}
		in := strings.Replace(echoCase, edit[0], strings.Replace(edit[1], "X", `"miscarriage at 12 weeks"`, 1), 1)
		s, err := casefile.Decode("case.yaml", []byte(in))
		if err == nil {
			_, err = report.Evaluate(&s.Case, s.AsOf)
		}
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if strings.Contains(err.Error(), "miscarriage") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
