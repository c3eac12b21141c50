package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/absencerules/hr14/letters"
)

// The stage 1 outcome letter of the sample case: the meeting and the
// trigger from the case's events and absences, the names and the points
// discussed from its letter section, dated by its outcome-letter-sent
// event.
func TestLetter_Text(t *testing.T) {
	out, errOut, code := runCmd(t, "letter", wardNurse, "--kind", "stage-1-outcome")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"Example Hospitals NHS Trust\n",
		"Our reference: ER/2026/0117\nThursday 19 March 2026\n",
		"Jo Rivers\n4 Mill Lane\n",
		"Dear Jo\n",
		"Thank you for meeting me on Tuesday 17 March 2026.",
		"You were accompanied by Chris Evans, RCN representative.",
		"- 2 episodes of sickness absence in a rolling 6-month period: reached on Monday 2 March 2026.",
		"- Monday 19 January 2026 to Tuesday 20 January 2026: 2 working days (Infection)",
		"- Your two absences since January and how you are now.",
		"Sam Patel\nWard Manager\nSurgery Division\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("letter lacks %q:\n%s", want, out)
		}
	}
	// Only the trigger that made stage 1 due; never a diagnosis or a rule ID.
	for _, bad := range []string{"gastroenteritis", "TRIG-", "working days of sickness absence", "<no value>"} {
		if strings.Contains(out, bad) {
			t.Errorf("letter contains %q:\n%s", bad, out)
		}
	}
}

// As of a date before the outcome letter was recorded, the letter is dated
// that day; --html writes HTML; --out writes a file readable by its owner
// only and nothing to standard output.
func TestLetter_AsOfHTMLAndOut(t *testing.T) {
	file := filepath.Join(t.TempDir(), "letter.html")
	out, errOut, code := runCmd(t, "letter", "--html", "--as-of", "2026-03-18", "--kind", "stage-1-outcome", "--out", file, wardNurse)
	if code != exitOK || out != "" {
		t.Fatalf("exit %d, stdout %q: %s", code, out, errOut)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	html := string(data)
	for _, want := range []string{"<!DOCTYPE html>", "Wednesday 18 March 2026", "Dear Jo", "Trust&#39;s physiotherapy service"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q:\n%s", want, html)
		}
	}
	if info, err := os.Stat(file); err != nil || info.Mode().Perm()&0o077 != 0 {
		t.Errorf("the letter file is readable by others: %v %v", info.Mode(), err)
	}
}

// A letter missing what the case file's letter section should give is
// refused, naming each field, with exit status 1 and nothing printed.
func TestLetter_MissingData(t *testing.T) {
	data, err := os.ReadFile(wardNurse)
	if err != nil {
		t.Fatal(err)
	}
	before, _, ok := strings.Cut(string(data), "# What no case holds")
	if !ok {
		t.Fatal("the sample case has no letter section")
	}
	dir := t.TempDir()
	bare := filepath.Join(dir, "bare.yaml")
	if err := os.WriteFile(bare, []byte(before), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCmd(t, "letter", "--kind", "stage-1-outcome", bare)
	if code != exitFail || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, want := range []string{
		"the case file has no letter section",
		"letter.to.name: required data missing for the stage-1-outcome letter",
		"letter.from.name:", "letter.from.jobTitle:",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	// A section without the people a stage 2 invitation needs.
	nopeople := filepath.Join(dir, "no-people.yaml")
	if err := os.WriteFile(nopeople, []byte(strings.Replace(stage2Case, "  people: [{name: Jordan Lee, role: Second manager}]\n", "", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = runCmd(t, "letter", "--kind", "stage-2-invitation", nopeople)
	if code != exitFail || !strings.Contains(errOut, "letter.people: required data missing for the stage-2-invitation letter") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	// A slot without a place names the event that gives it.
	noplace := filepath.Join(dir, "no-place.yaml")
	if err := os.WriteFile(noplace, []byte(strings.Replace(stage2Case, ", place: Ward 6 office}}\nletter", "}}\nletter", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = runCmd(t, "letter", "--kind", "stage-2-invitation", noplace)
	if code != exitFail || !strings.Contains(errOut, "no-place.yaml:15:") || !strings.Contains(errOut, "event 6, slot.place: required data missing for the stage-2-invitation letter") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if strings.Contains(errOut, "Jo Rivers") || strings.Contains(errOut, "<no value>") {
		t.Errorf("stderr quotes the case: %s", errOut)
	}
}

// A case that does not hold the step is refused with what is missing.
func TestLetter_CaseWithoutTheStep(t *testing.T) {
	_, errOut, code := runCmd(t, "letter", "--kind", "stage-2-invitation", wardNurse)
	if code != exitFail || !strings.Contains(errOut, "events: the case does not support the stage-2-invitation letter: no invitation to the stage 2 sickness review meeting is recorded") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	_, errOut, code = runCmd(t, "letter", "--kind", "dismissal", wardNurse)
	if code != exitFail || !strings.Contains(errOut, "no decision to dismiss") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

func TestLetter_UsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"letter", wardNurse}, "--kind is required: one of stage-1-invitation, stage-1-outcome,"},
		{[]string{"letter", "--kind", "stage-2-invite", wardNurse}, `--kind: not a kind of letter: use one of stage-1-invitation,`},
		{[]string{"letter", "--kind", "dismissal"}, "give one case file (got 0)"},
		{[]string{"letter", "--kind", "dismissal", wardNurse, wardNurse}, "give one case file (got 2)"},
		{[]string{"letter", "--kind", "dismissal", "--as-of", "2026-02-30", wardNurse}, "--as-of:"},
		{[]string{"letter", "--pdf", wardNurse}, "flag provided but not defined: -pdf"},
	} {
		out, errOut, code := runCmd(t, c.args...)
		if code != exitUsage || out != "" || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, `"hr14 letter -h"`) {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, errOut)
		}
	}
	// The unknown kind's message lists every kind.
	_, errOut, _ := runCmd(t, "letter", "--kind", "x", wardNurse)
	for _, k := range letters.Kinds() {
		if !strings.Contains(errOut, k.String()) {
			t.Errorf("the usage error lacks %s: %s", k, errOut)
		}
	}
}

// --help lists every kind, and the command list has letter.
func TestLetter_Help(t *testing.T) {
	out, _, code := runCmd(t, "letter", "--help")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, k := range letters.Kinds() {
		if !strings.Contains(out, "\n  "+k.String()+" ") {
			t.Errorf("help lacks the kind %s:\n%s", k, out)
		}
	}
	out, _, _ = runCmd(t, "help")
	if !strings.Contains(out, "letter    write a formal letter") {
		t.Errorf("hr14 help lacks letter:\n%s", out)
	}
}

// stage2Case is worked example 8 with the stage 2 invitation recorded.
const stage2Case = `name: Stage 2 invitation
asOf: 2026-06-17
employee: {id: E8, fte: 1, standardDayHours: 7.5, schedule: {week: MTWTF.., bankHolidaysOff: true}}
absences:
  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection}
  - {id: A2, period: 2026-03-02, reason: infection}
  - {id: A3, period: 2026-05-11, reason: infection}
  - {id: A4, period: 2026-06-15/2026-06-16, reason: infection}
events:
  - {kind: trigger-activated, date: 2026-03-02, triggers: [TRIG-1]}
  - {kind: invitation-sent, date: 2026-03-05, step: stage-1, slot: {date: 2026-03-16, time: "10:00", place: Ward 6 office}}
  - {kind: meeting-held, date: 2026-03-16, step: stage-1}
  - {kind: trigger-activated, date: 2026-06-15, triggers: [TRIG-1]}
  - {kind: hr-er-notified, date: 2026-06-16}
  - {kind: invitation-sent, date: 2026-06-17, step: stage-2, slot: {date: 2026-07-01, time: "10:00", place: Ward 6 office}}
letter:
  to: {name: Jo Rivers, address: [12 Station Road, Exampletown, EX2 3CD]}
  from: {name: Sam Patel, jobTitle: Ward Manager, phone: 01234 567890}
  people: [{name: Jordan Lee, role: Second manager}]
`

// The documents that are not letters of the formal procedure come from the
// case's records: the OH referral from the referral event, the
// return-to-work record from the last interview recorded with the headroom
// of that day; the host's part from the letter section's documents.
func TestLetter_Documents(t *testing.T) {
	out, errOut, code := runCmd(t, "letter", "--kind", "return-to-work-record", wardNurse)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Private and Confidential\n", "Return-to-work interview record\n", "Interview held: Thursday 5 March 2026, by the line manager\n",
		"2 episodes of sickness absence in a rolling 6-month period: 2 episodes now; reached; no longer reached from Monday 20 July 2026",
		"The absence of 19 Jan 2026 leaves the 6-month window on 20 Jul 2026.", "Policy: HR14 v16 Sickness Absence Management"} {
		if !strings.Contains(out, want) {
			t.Errorf("record lacks %q:\n%s", want, out)
		}
	}
	out, errOut, code = runCmd(t, "letter", "--kind", "oh-referral", wardNurse)
	if code != exitOK || !strings.Contains(out, "Date of referral: Tuesday 3 March 2026\n") || !strings.Contains(out, "Reason category of the absence: Musculoskeletal.") ||
		strings.Contains(out, "gastroenteritis") {
		t.Errorf("oh-referral: exit %d: %s\n%s", code, errOut, out)
	}
	_, errOut, code = runCmd(t, "letter", "--kind", "case-conference-minutes", wardNurse)
	if code != exitFail || !strings.Contains(errOut, "no case conference held") {
		t.Errorf("minutes of a conference not held: exit %d: %s", code, errOut)
	}
}
