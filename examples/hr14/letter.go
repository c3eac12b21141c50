package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
)

var letterUsage = helpText{
	name:     "letter",
	synopsis: "--kind KIND [--html] [--as-of YYYY-MM-DD] [--out FILE] CASE",
	text: `
Write the formal letter or document KIND for the case file CASE (YAML or JSON; "-" reads
standard input) and print it as plain text, or as HTML with --html.

What the case holds comes from its absences and events: the meeting's date,
time and place (from its invitation-sent event), only the trigger points
recorded as making the step due with their evidence, the absences relied on
(reason categories only, never a diagnosis), the deadlines and the decision.
What no case holds comes from the case file's letter section: the
letterhead, the employee's name and address, who signs, who attends for the
Trust, the points discussed and the reasons for a decision. The letter is
dated as the case records it (the invitation, outcome or termination letter
event), else the as-of date. A letter that lacks a fact is refused with an
error naming the field; nothing is printed.

An invitation needs its invitation-sent event in the case: record it (with
its slot) to draft the letter.

Kinds:
` + kindList() + `
The letter section and the kinds are documented in examples/hr14/CASEFILE.md
("Letters").

Examples:
  hr14 letter --kind stage-1-outcome examples/hr14/testdata/cases/ward-nurse.yaml
  hr14 letter --kind stage-3-invitation --html --out letter.html case.yaml`,
}

// kindList lists the letters by code, with the step each belongs to.
func kindList() string {
	var b strings.Builder
	for _, k := range letters.Kinds() {
		fmt.Fprintf(&b, "  %-34s %s\n", k, kindSummary(k))
	}
	return b.String()
}

func kindSummary(k letters.Kind) string {
	switch k {
	case letters.Stage1Invitation, letters.Stage2Invitation, letters.HearingInvitation,
		letters.IllHealthInvitation, letters.AppealInvitation:
		return "invitation to the " + k.Step().String()
	case letters.Stage1Outcome, letters.Stage2Outcome:
		return "outcome of the " + k.Step().String()
	case letters.Dismissal:
		return "decision to dismiss, with the right of appeal"
	case letters.NotDismissed:
		return "decision not to dismiss: back to stage 2"
	case letters.AppealUpheld:
		return "appeal decision: the dismissal stands"
	case letters.AppealOverturned:
		return "appeal decision: the dismissal is overturned"
	case letters.OHReferral:
		return "referral to Occupational Health (form)"
	case letters.OHReferralCopy:
		return "the employee's copy of the referral, with the consent statement"
	case letters.ReturnToWorkRecord:
		return "return-to-work interview record, with the headroom shown"
	case letters.CaseConferenceMinutes:
		return "case conference minutes and actions"
	case letters.RedeploymentRegister:
		return "information on the redeployment register"
	case letters.PayWithheld:
		return "pay withheld for days without a timely fit note"
	case letters.PayReleased:
		return "pay withheld is released"
	case letters.PaySuspended:
		return "pay suspended for unauthorised absence"
	case letters.SelfCertificationWithdrawn:
		return "withdrawal of self-certification"
	case letters.InjuryAllowanceClaim:
		return "Injury Allowance claim form"
	case letters.SSPExclusionNotice:
		return "SSP ends or is not payable, with form SSP1's data"
	default:
		return ""
	}
}

func kindCodes() string {
	var codes []string
	for _, k := range letters.Kinds() {
		codes = append(codes, k.String())
	}
	return strings.Join(codes, ", ")
}

func cmdLetter(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags(letterUsage)
	kind := fs.String("kind", "", "the letter to write, e.g. stage-2-invitation (required; see Kinds)")
	html := fs.Bool("html", false, "print the letter as HTML (one A4 page layout) instead of plain text")
	asOf := fs.String("as-of", "", "see the case as of this date instead of the case's asOf (and date the letter so)")
	out := fs.String("out", "", "write the letter to this file (created with mode 0600) instead of standard output")
	files, code, ok := fs.parse(args, stdout, stderr)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return usageError(stderr, "letter", "give one case file (got %d)", len(files))
	}
	if *kind == "" {
		return usageError(stderr, "letter", "--kind is required: one of %s", kindCodes())
	}
	var k letters.Kind
	if err := k.UnmarshalText([]byte(*kind)); err != nil {
		return usageError(stderr, "letter", "--kind: not a kind of letter: use one of %s", kindCodes())
	}
	when, err := parseAsOf(*asOf)
	if err != nil {
		return usageError(stderr, "letter", "--as-of: %v", err)
	}
	format := letters.Text
	if *html {
		format = letters.HTML
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "hr14 letter: %s\n", strings.ReplaceAll(err.Error(), "\n", "\nhr14 letter: "))
		return exitFail
	}
	sc, err := readCase(files[0], stdin)
	if err != nil {
		return fail(err)
	}
	l, err := report.Letter(&sc.Case, when, k)
	if err != nil {
		return fail(err)
	}
	r, err := letters.New()
	if err != nil {
		return fail(err)
	}
	var buf bytes.Buffer
	if err := r.Render(&buf, format, l); err != nil {
		return fail(err)
	}
	if err := writePersonal(*out, stdout, buf.Bytes()); err != nil {
		return fail(err)
	}
	return exitOK
}

// writePersonal writes a document that holds personal data (a letter, a
// chronology) to the file out, readable by its owner only, or to stdout
// when out is empty.
func writePersonal(out string, stdout io.Writer, b []byte) error {
	if out != "" {
		return os.WriteFile(out, b, 0o600)
	}
	_, err := stdout.Write(b)
	return err
}
