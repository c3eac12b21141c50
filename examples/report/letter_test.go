package report_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
)

// invited is worked example 1 with the stage 1 invitation recorded and the
// host's details in its letter section.
const invited = base + `absences:
  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection}
  - {id: A2, period: 2026-03-02, reason: musculoskeletal, diagnosis: sciatica}
events:
  - {kind: trigger-activated, date: 2026-03-02, triggers: [TRIG-1]}
  - {kind: invitation-sent, date: 2026-03-05, step: stage-1, slot: {date: 2026-03-16, time: "10:00", place: "Ward 6 office, Royal & General"}}
letter:
  to: {name: Alex Morgan, salutation: Alex, address: [12 Station Road, Exampletown, EX2 3CD]}
  from: {name: Sam Patel, jobTitle: Ward Manager, phone: 01234 567890}
`

// Letter writes the letter from the case and its letter section (LET-1).
func TestLetter_FromTheCase(t *testing.T) {
	s := scenario(t, invited)
	l, err := report.Letter(&s.Case, absence.Date{}, letters.Stage1Invitation)
	if err != nil {
		t.Fatal(err)
	}
	if l.Date.String() != "2026-03-05" || l.Meeting.Date.String() != "2026-03-16" || l.To.Name != "Alex Morgan" ||
		len(l.Basis.Triggers) != 1 || l.Basis.Triggers[0].ID != "TRIG-1" || len(l.Basis.Absences) != 2 || l.Deadlines.Rearranged.String() != "2026-03-23" {
		t.Errorf("letter: %+v", l)
	}
	// The case's own errors come first: an invalid as-of date.
	if _, err := report.Letter(&s.Case, absence.Date{Year: 2026, Month: 2, Day: 30}, letters.Stage1Invitation); err == nil {
		t.Error("no error for an invalid as-of date")
	}
}

// Each problem is placed in the file: the letter section's field, or the
// event giving the slot, or the events for a step the case does not hold.
func TestLetter_Errors(t *testing.T) {
	for _, c := range []struct {
		name, in string
		kind     letters.Kind
		want     []string
		class    error
	}{
		{"no letter section", strings.Split(invited, "letter:")[0], letters.Stage1Invitation, []string{
			"case.yaml:1:1: letter: the case file has no letter section",
			"letter.to.name: required data missing for the stage-1-invitation letter",
		}, letters.ErrMissing},
		{"no signatory's job title", strings.Replace(invited, ", jobTitle: Ward Manager", "", 1), letters.Stage1Invitation, []string{
			"case.yaml:16:3: letter.from.jobTitle: required data missing for the stage-1-invitation letter",
		}, letters.ErrMissing},
		{"a control character", strings.Replace(invited, "salutation: Alex", `salutation: "Al\tex"`, 1), letters.Stage1Invitation, []string{
			"letter.to.salutation: invalid letter data for the stage-1-invitation letter: contains a control character",
		}, letters.ErrInvalid},
		{"no time in the slot", strings.Replace(invited, `time: "10:00", `, "", 1), letters.Stage1Invitation, []string{
			"case.yaml:13:62: event 2, slot.time: required data missing for the stage-1-invitation letter",
		}, letters.ErrMissing},
		{"a byKind entry's field", invited + "  byKind:\n    - {kind: stage-1-invitation, copies: [\"HR\\tER\"]}\n", letters.Stage1Invitation, []string{
			"case.yaml:18:43: letter, byKind entry 1, copy 1: invalid letter data for the stage-1-invitation letter",
		}, letters.ErrInvalid},
		{"no such step", invited, letters.Stage2Outcome, []string{
			"case.yaml:11:1: events: the case does not support the stage-2-outcome letter: the case has no stage 2 sickness review meeting",
		}, letters.ErrCase},
		{"no decision to dismiss", invited, letters.Dismissal, []string{"no decision to dismiss"}, letters.ErrCase},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := scenario(t, c.in)
			_, err := report.Letter(&s.Case, absence.Date{}, c.kind)
			if err == nil {
				t.Fatal("no error")
			}
			for _, want := range c.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error lacks %q:\n%v", want, err)
				}
			}
			var ce *casefile.Error
			if !errors.Is(err, c.class) || !errors.As(err, &ce) || !errors.Is(err, casefile.ErrInvalid) {
				t.Errorf("error classes: %v", err)
			}
			for _, private := range []string{"sciatica", "Alex", "Ward 6", "<no value>"} {
				if strings.Contains(err.Error(), private) {
					t.Errorf("the error quotes %q: %v", private, err)
				}
			}
		})
	}
}

// Letter expectations in a test file: the text must contain and must not
// contain what is given, in text or HTML; a refusal can be expected.
func TestVerify_Letters(t *testing.T) {
	pass := scenario(t, invited+`expect:
  letters:
    - kind: stage-1-invitation
      contains: ["Dear Alex", "Date: Monday 16 March 2026", "- 2 episodes of sickness absence in a rolling 6-month period: reached on Monday 2 March 2026.", "no later than Monday 23 March 2026", "(Musculoskeletal)"]
      notContains: [TRIG-1, sciatica, "12-month"]
    - {kind: stage-1-invitation, html: true, contains: ["Ward 6 office, Royal &amp; General", "<!DOCTYPE html>"], notContains: ["Royal & General"]}
    - {kind: stage-1-outcome, refused: has not been held}
`)
	for _, o := range report.Verify(pass) {
		if !o.Passed() {
			t.Errorf("%s: %v %v", o.Label, o.Err, o.Mismatches)
		}
	}
	// Deliberately wrong: each failure says what was wanted and got.
	fail := scenario(t, invited+`expect:
  letters:
    - {kind: stage-1-invitation, contains: ["Dear Alex", "Monday 17 March 2026"], notContains: ["Dear Alex"]}
    - {kind: stage-1-invitation, html: true, contains: ["Royal & General"]}
    - {kind: stage-1-invitation, refused: no invitation}
    - {kind: stage-1-outcome, refused: no decision}
    - {kind: stage-2-invitation}
    - {contains: [x]}
`)
	outs := report.Verify(fail)
	if len(outs) != 1 || outs[0].Passed() {
		t.Fatalf("outcomes: %+v", outs)
	}
	var got []string
	for _, m := range outs[0].Mismatches {
		got = append(got, m.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		`letters[0].contains[1]: want "Monday 17 March 2026", got not in the letter (the stage-1-invitation letter (text); see it with: hr14 letter --kind stage-1-invitation --as-of 2026-03-31 case.yaml)`,
		`letters[0].notContains[0]: want no "Dear Alex", got "Dear Alex" (the stage-1-invitation letter (text)`,
		`letters[1].contains[0]: want "Royal & General", got not in the letter (the stage-1-invitation letter (html); see it with: hr14 letter --html --kind stage-1-invitation`,
		`letters[2].refused: want no invitation, got a letter (the stage-1-invitation letter (text) must be refused with an error containing the text wanted)`,
		`letters[3].refused: want no decision, got case.yaml:11:1: events: the case does not support the stage-1-outcome letter: the stage 1 sickness review meeting has not been held (the error does not contain the text wanted)`,
		`letters[4]: want the stage-2-invitation letter (text), got case.yaml:11:1: events: the case does not support the stage-2-invitation letter: the case has no stage 2 sickness review meeting (the letter could not be written)`,
		`letters[5].kind: want a letter, e.g. stage-1-invitation, got (none) (required)`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("mismatches lack:\n%s\n\ngot:\n%s", want, all)
		}
	}
	if len(got) != 7 {
		t.Errorf("%d mismatches, want 7:\n%s", len(got), all)
	}
}

// A recognisable pattern (TRIG-6) is the manager's judgement: its wording
// and absences come from the letter section, and are asked for there.
func TestLetter_Pattern(t *testing.T) {
	const in = base + `absences:
  - {id: A1, period: 2026-01-05, reason: other}
  - {id: A2, period: 2026-02-09, reason: other}
events:
  - {kind: trigger-activated, date: 2026-03-10, triggers: [TRIG-6]}
  - {kind: invitation-sent, date: 2026-03-11, step: stage-1, slot: {date: 2026-03-20, time: "10:00", place: Office}}
letter:
  to: {name: Alex Morgan, address: [12 Station Road, Exampletown, EX2 3CD]}
  from: {name: Sam Patel, jobTitle: Ward Manager, phone: 01234 567890}
  pattern:
    point: a recognisable pattern of sickness absence
    evidence: Both absences fell on a Monday.
    absences: [{period: 2026-01-05, workingDays: 1, reason: Other}, {period: 2026-02-09, workingDays: 1, reason: Other}]
`
	l, err := report.Letter(&scenario(t, in).Case, absence.Date{}, letters.Stage1Invitation)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Basis.Triggers) != 1 || l.Basis.Triggers[0].Evidence != "Both absences fell on a Monday." || l.Basis.Triggers[0].Activated.String() != "2026-03-10" || len(l.Basis.Absences) != 2 {
		t.Errorf("basis: %+v", l.Basis)
	}
	for _, c := range []struct{ cut, want string }{
		{"  pattern:", "case.yaml:14:1: letter.pattern: required data missing for the stage-1-invitation letter: a recognisable pattern"},
		{"    absences:", "case.yaml:17:3: letter.pattern.absences: required data missing for the stage-1-invitation letter"},
	} {
		cut, _, ok := strings.Cut(in, c.cut)
		if !ok {
			t.Fatalf("no %q", c.cut)
		}
		if _, err := report.Letter(&scenario(t, cut).Case, absence.Date{}, letters.Stage1Invitation); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("without %q: %v", c.cut, err)
		}
	}
}
