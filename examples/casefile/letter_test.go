package casefile_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
	"github.com/google/go-cmp/cmp"
)

const letterYAML = `letter:
  reference: ER/2026/0142
  letterhead: {organisation: Example Hospitals NHS Trust, lines: [Hospital Road, Exampletown EX1 2AB]}
  to: {name: Alex Morgan, salutation: Alex, address: [12 Station Road, Exampletown]}
  from: {name: Sam Patel, jobTitle: Ward Manager, department: Surgery Division}
  copies: [HR Employee Relations]
  people: [{name: Jordan Lee, role: "Deputy Ward Manager, second manager"}]
  companion: Chris Evans, RCN representative
  discussed: [Your attendance since the stage 1 meeting.]
  support: [A referral to Occupational Health.]
  reasons: [The level of absence cannot be sustained.]
  notice: {weeks: 4, payInLieu: true, lastDay: 2026-08-19}
  pattern:
    point: a recognisable pattern of sickness absence
    evidence: Each absence fell on a Monday.
    activated: 2026-03-02
    absences: [{period: 2026-03-02, workingDays: 1, reason: Other}]
  byKind:
    - kind: appeal-invitation
      from: {name: Morgan Ellis, jobTitle: Associate Director}
      people: [{name: Lee Kim, role: "Head of Nursing, appeal panel member"}]
expect:
  letters:
    - {kind: stage-2-invitation, contains: [Dear Alex], notContains: [TRIG-]}
    - {kind: dismissal, html: true, refused: no decision to dismiss}
`

const letterJSON = `{
  "letter": {
    "reference": "ER/2026/0142",
    "letterhead": {"organisation": "Example Hospitals NHS Trust", "lines": ["Hospital Road", "Exampletown EX1 2AB"]},
    "to": {"name": "Alex Morgan", "salutation": "Alex", "address": ["12 Station Road", "Exampletown"]},
    "from": {"name": "Sam Patel", "jobTitle": "Ward Manager", "department": "Surgery Division"},
    "copies": ["HR Employee Relations"],
    "people": [{"name": "Jordan Lee", "role": "Deputy Ward Manager, second manager"}],
    "companion": "Chris Evans, RCN representative",
    "discussed": ["Your attendance since the stage 1 meeting."],
    "support": ["A referral to Occupational Health."],
    "reasons": ["The level of absence cannot be sustained."],
    "notice": {"weeks": 4, "payInLieu": true, "lastDay": "2026-08-19"},
    "pattern": {"point": "a recognisable pattern of sickness absence", "evidence": "Each absence fell on a Monday.",
                "activated": "2026-03-02", "absences": [{"period": "2026-03-02", "workingDays": 1, "reason": "Other"}]},
    "byKind": [{"kind": "appeal-invitation", "from": {"name": "Morgan Ellis", "jobTitle": "Associate Director"},
                "people": [{"name": "Lee Kim", "role": "Head of Nursing, appeal panel member"}]}]
  },
  "expect": {"letters": [
    {"kind": "stage-2-invitation", "contains": ["Dear Alex"], "notContains": ["TRIG-"]},
    {"kind": "dismissal", "html": true, "refused": "no decision to dismiss"}
  ]}
}`

// The letter section holds the host's details, read strictly like the rest
// of the file; YAML and JSON agree; it becomes the base of a letter.
func TestDecode_LetterSection(t *testing.T) {
	y, err := casefile.Decode("case.yaml", []byte(letterYAML))
	if err != nil {
		t.Fatal(err)
	}
	j, err := casefile.Decode("case.json", []byte(letterJSON))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(y, j, cmpOpts); diff != "" {
		t.Errorf("YAML and JSON differ (-yaml +json):\n%s", diff)
	}
	x := y.Expect[0].Letters
	if len(x) != 2 || x[0].Kind != letters.Stage2Invitation || x[1].Kind != letters.Dismissal || !x[1].HTML || x[1].Refused == "" || x[0].NotContains[0] != "TRIG-" {
		t.Errorf("letter expectations: %+v", x)
	}
	date := day("2026-06-30")
	got := y.Letter.Base(letters.Dismissal, date)
	want := letters.Letter{
		Kind: letters.Dismissal, Date: date, Reference: "ER/2026/0142",
		Letterhead: letters.Letterhead{Organisation: "Example Hospitals NHS Trust", Lines: []string{"Hospital Road", "Exampletown EX1 2AB"}},
		To:         letters.Recipient{Name: "Alex Morgan", Salutation: "Alex", Address: []string{"12 Station Road", "Exampletown"}},
		From:       letters.Signatory{Name: "Sam Patel", JobTitle: "Ward Manager", Department: "Surgery Division"},
		Copies:     []string{"HR Employee Relations"},
		Meeting:    letters.Meeting{People: []letters.Person{{Name: "Jordan Lee", Role: "Deputy Ward Manager, second manager"}}, Companion: "Chris Evans, RCN representative"},
		Outcome: letters.Outcome{
			Discussed: []string{"Your attendance since the stage 1 meeting."}, Support: []string{"A referral to Occupational Health."},
			Reasons: []string{"The level of absence cannot be sustained."},
			Notice:  stages.Notice{Weeks: 4, PayInLieu: true, LastDay: day("2026-08-19")},
		},
		Basis: letters.Basis{
			Triggers: []letters.Trigger{{ID: "TRIG-6", Point: "a recognisable pattern of sickness absence", Evidence: "Each absence fell on a Monday.", Activated: day("2026-03-02")}},
			Absences: []letters.Absence{{Period: absence.Period{Start: day("2026-03-02"), End: day("2026-03-02")}, WorkingDays: 1, Reason: "Other"}},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Base (-want +got):\n%s", diff)
	}
	// The appeal invitation takes the signatory and the people of its
	// byKind entry, and everything else from the section.
	appeal := y.Letter.Base(letters.AppealInvitation, date)
	want.Kind, want.From = letters.AppealInvitation, letters.Signatory{Name: "Morgan Ellis", JobTitle: "Associate Director"}
	want.Meeting.People = []letters.Person{{Name: "Lee Kim", Role: "Head of Nursing, appeal panel member"}}
	if diff := cmp.Diff(want, appeal); diff != "" {
		t.Errorf("Base of the appeal invitation (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		kind       letters.Kind
		name, want string
	}{
		{letters.AppealInvitation, "people", "letter.byKind[0].people"},
		{letters.AppealInvitation, "from", "letter.byKind[0].from"},
		{letters.AppealInvitation, "to", "letter.to"},
		{letters.Dismissal, "people", "letter.people"},
	} {
		if got := y.Letter.Path(c.kind, c.name); got != c.want {
			t.Errorf("Path(%s, %s) = %s, want %s", c.kind, c.name, got, c.want)
		}
	}
	var none *casefile.Letter
	if got := none.Base(letters.Stage1Invitation, date); !cmp.Equal(got, letters.Letter{Kind: letters.Stage1Invitation, Date: date}) {
		t.Errorf("Base of no section: %+v", got)
	}
}

func TestDecode_LetterErrors(t *testing.T) {
	for _, c := range []struct {
		name, edit, want string
		class            error
	}{
		{"unknown field", "jobTitle: Ward Manager|jobtitel: Ward Manager", `case.yaml:5:27: letter.from.jobtitel: unknown field: "jobtitel" in letter.from; did you mean "jobTitle"?`, casefile.ErrUnknownField},
		{"case fact in the letter section", "  reference: ER/2026/0142|  place: Ward 6\n  reference: ER/2026/0142", `letter.place: unknown field: "place" in letter`, casefile.ErrUnknownField},
		{"address as text", "address: [12 Station Road, Exampletown]|address: 12 Station Road", "letter.to.address: wrong type of value: expected a list, found text", casefile.ErrType},
		{"bad date", "lastDay: 2026-08-19|lastDay: 2026-08-32", `letter.notice.lastDay: not a valid calendar date: "2026-08-32"; expected a date that exists, written YYYY-MM-DD`, absence.ErrInvalidDate},
		{"unknown kind", "kind: stage-2-invitation|kind: stage-2-invite", `case.yaml:24:14: expect, letter 1, kind: not one of the codes: use "stage-1-invitation", "stage-1-outcome", "stage-2-invitation", "stage-2-outcome", `, casefile.ErrValue},
		{"html as text", "html: true|html: yes", "expect, letter 2, html: wrong type of value: expected true or false", casefile.ErrType},
		{"byKind within byKind", "    - kind: appeal-invitation\n|    - kind: appeal-invitation\n      byKind: []\n", `case.yaml:20:7: letter, byKind entry 1, byKind: unknown field: "byKind" in letter, byKind entry 1; did you mean "kind"?`, casefile.ErrUnknownField},
	} {
		t.Run(c.name, func(t *testing.T) {
			old, new, _ := strings.Cut(c.edit, "|")
			if !strings.Contains(letterYAML, old) {
				t.Fatalf("letterYAML lacks %q", old)
			}
			_, err := casefile.Decode("case.yaml", []byte(strings.Replace(letterYAML, old, new, 1)))
			if err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, c.class) {
				t.Errorf("error:\n%v\nwant %v containing:\n%s", err, c.class, c.want)
			}
			if err != nil && strings.Contains(err.Error(), "Station Road") {
				t.Errorf("the error quotes the address: %v", err)
			}
		})
	}
}

func day(s string) absence.Date {
	d, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// A byKind entry names a kind, once.
func TestInputs_LetterByKind(t *testing.T) {
	const head = "asOf: 2026-03-16\nemployee: {fte: 1, standardDayHours: 7.5, schedule: {week: MTWTF..}}\nletter:\n  to: {name: A}\n  byKind:\n"
	for _, c := range []struct{ in, want string }{
		{head + "    - {from: {name: B}}\n", "case.yaml:6:7: letter, byKind entry 1, kind: required: the letter these details are for"},
		{head + "    - {kind: dismissal}\n    - {kind: dismissal, reasons: [x]}\n", "case.yaml:7:8: letter, byKind entry 2, kind: dismissal is already given in byKind entry 1"},
		{head + "    - {kind: dismissal}\n    - {kind: not-dismissed}\n", ""},
	} {
		s, err := casefile.Decode("case.yaml", []byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.Inputs()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v", c.in, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, casefile.ErrInvalid)):
			t.Errorf("%q: error %v, want %s", c.in, err, c.want)
		}
	}
}
