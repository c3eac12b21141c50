package report_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
)

// An attentionCase is a case and what its summary's "Also needs attention"
// says about one rule: want is in exactly one of its lines when the
// finding is present; when absent (want ""), no line holds a marker.
type attentionCase struct {
	name string
	in   string // a case file
	asOf string // "" for the case's own
	want string // the line's words (wrapping removed); "" when absent
}

// checkAttention evaluates each case, checks its summary as every sample's
// is checked (one screen, British dates, no rule references), and that
// the rule's line, found by its markers, appears once with want, or not
// at all.
func checkAttention(t *testing.T, markers []string, cases []attentionCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := scenario(t, tc.in)
			var asOf absence.Date
			if tc.asOf != "" {
				var err error
				if asOf, err = absence.ParseDate(tc.asOf); err != nil {
					t.Fatal(err)
				}
			}
			r, err := report.Evaluate(&s.Case, asOf)
			if err != nil {
				t.Fatal(err)
			}
			checkSummary(t, tc.name, &s.Case)
			var lines []string
			for _, l := range r.Summary.Attention {
				for _, m := range markers {
					if strings.Contains(l, m) {
						lines = append(lines, l)
						break
					}
				}
			}
			if tc.want == "" {
				if len(lines) > 0 {
					t.Errorf("a line where none is due: %q", lines)
				}
				return
			}
			if len(lines) != 1 || !strings.Contains(lines[0], tc.want) {
				t.Errorf("want one line with %q; the attention lines are:\n%s", tc.want, strings.Join(r.Summary.Attention, "\n"))
			}
			var b strings.Builder
			if err := report.WriteSummary(&b, r); err != nil {
				t.Fatal(err)
			}
			_, block, ok := strings.Cut(b.String(), "\nAlso needs attention\n")
			block, _, _ = strings.Cut(block, "\n\n")
			if flat := strings.Join(strings.Fields(block), " "); !ok || !strings.Contains(flat, tc.want) {
				t.Errorf("the text form's \"Also needs attention\" lacks %q:\n%s", tc.want, b.String())
			}
		})
	}
}

// A planned absence that runs past its expected recovery period, while it
// runs or once it is over, asks whether Occupational Health should review;
// within the period, or long ago, nothing (ABS-15).
func TestABS15_SummaryAttention(t *testing.T) {
	planned := func(period string, days string) string {
		return base + "absences:\n  - period: " + period + "\n    reason: surgery-planned\n    planned: {recoveryDays: " + days + ", advisedBy: occupational-health}\n"
	}
	checkAttention(t, []string{"expected recovery period"}, []attentionCase{
		{"over", planned("2026-02-02/2026-03-20", "42"), "",
			"The planned absence of 2 February – 20 March 2026 ran 5 days beyond its expected recovery period (to 15 March 2026): consider whether Occupational Health should review."},
		{"running", planned("2026-02-02/2026-03-20", "42"), "2026-03-18",
			"The planned absence from 2 February 2026 has run 3 days beyond its expected recovery period (to 15 March 2026)"},
		{"within", planned("2026-02-02/2026-03-20", "60"), "", ""},
		{"not yet past it", planned("2026-02-02/2026-03-20", "42"), "2026-03-15", ""},
		{"long ago", planned("2025-02-03/2025-03-21", "42") + "  - {period: 2026-03-02/2026-03-03, reason: infection}\n", "", ""},
	})
}

// A training course booked on a day of the absence and not recorded as
// cancelled is said once, under "Also needs attention" (not also under
// "What to do next"), with the day while it is ahead; cancelled, nothing
// (ABS-16).
func TestABS16_SummaryAttention(t *testing.T) {
	training := func(booking string) string {
		return base + "absences:\n  - period: 2026-02-02/2026-02-06\n    reason: infection\n    training: [" + booking + "]\n"
	}
	checkAttention(t, []string{"training"}, []attentionCase{
		{"passed", training("{day: 2026-02-04}"), "",
			"A training course on 4 February 2026, a day of the absence, is not recorded as cancelled: the employee cancels the place with the training provider; record the day."},
		{"ahead", training("{day: 2026-02-04}, {day: 2026-02-05}"), "2026-02-03",
			"Training courses on 4 February and 5 February 2026, days of the absence, are not recorded as cancelled: the employee cancels the places with the training provider by Wednesday 4 February 2026; record the day."},
		{"cancelled", training("{day: 2026-02-04, cancelled: 2026-02-02}"), "", ""},
	})
	s := scenario(t, training("{day: 2026-02-04}"))
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range r.Summary.Next {
		if strings.Contains(l, "training") {
			t.Errorf("said twice: %q", l)
		}
	}
}

// fitNoteCase is scenario 20's absence with employer's decision.
func fitNoteCase(employer string) string {
	in := base + `absences:
  - id: A1
    period: 2026-03-02/2026-04-03
    reason: musculoskeletal
    reportedFit: 2026-04-06
    certificates:
      - {kind: self, covers: 2026-03-02/2026-03-08, received: 2026-03-09}
      - {kind: fit-note, covers: 2026-03-09/2026-03-15, received: 2026-03-10, fitness: not-fit, issuer: gp}
      - kind: fit-note
        covers: 2026-03-16/2026-04-03
        received: 2026-03-16
        fitness: may-be-fit
        advice: [phased-return, amended-duties]
        issuer: physiotherapist
`
	if employer != "" {
		in += "        employer: " + employer + "\n"
	}
	return strings.Replace(in, "asOf: 2026-03-31", "asOf: 2026-04-10", 1)
}

// Days at work on a "may be fit" note with the changes made are not
// sickness: said, because they change what is counted; a decision still
// to record is asked for; changes that could not be made change nothing
// (ABS-20).
func TestABS20_SummaryAttention(t *testing.T) {
	checkAttention(t, []string{`"may be fit"`}, []attentionCase{
		{"changes made", fitNoteCase("{made: true, from: 2026-03-18, decided: 2026-03-17}"), "",
			`The employee was at work on 18 March – 3 April 2026 with the changes a "may be fit" note advised: those days are not sickness, do not count towards the trigger points and are paid as work.`},
		{"no decision", fitNoteCase(""), "",
			`Record now whether the changes a "may be fit" note advises can be made, after discussing them with the employee (absence of 2 March – 3 April 2026); until then its days count as sickness.`},
		{"changes not made", fitNoteCase("{made: false, decided: 2026-03-17}"), "", ""},
		{"at work a year before", fitNoteCase("{made: true, from: 2026-03-18, decided: 2026-03-17}"), "2027-04-10", ""},
	})
}

// onLeaveCase is scenario 21: sickness over booked leave, reported as
// given.
func onLeaveCase(leave, reported string) string {
	in := base + `absences:
  - {id: L1, period: ` + leave + `, kind: leave}
  - id: A2
    period: 2026-07-27/2026-07-29
    reason: infection
`
	if reported != "" {
		in += "    reported: " + reported + "\n"
	}
	return strings.Replace(in, "asOf: 2026-03-31", "asOf: 2026-08-14", 1)
}

// Sickness during booked leave, reported as required, gives the days of
// leave to re-credit; not reported, the days stay leave and the employee
// may ask to take it later; sickness beside leave, nothing (ABS-21).
func TestABS21_SummaryAttention(t *testing.T) {
	checkAttention(t, []string{"booked leave"}, []attentionCase{
		{"reported", onLeaveCase("2026-07-20/2026-07-31", "2026-07-27T06:30:00+01:00"), "",
			"Sickness during booked leave on 27–29 July 2026: re-credit 3 days of annual leave."},
		{"not reported", onLeaveCase("2026-07-20/2026-07-31", ""), "",
			"Sickness during booked leave on 27–29 July 2026 was not reported or certified as the Trust requires, so it stays leave (the employee may ask to take the statutory leave later: decide with HR advice)."},
		{"partly", onLeaveCase("2026-07-20/2026-07-28", "2026-07-27T06:30:00+01:00"), "",
			"Sickness during booked leave on 27–28 July 2026: re-credit 2 days of annual leave."},
		{"beside the leave", onLeaveCase("2026-07-20/2026-07-24", ""), "", ""},
		{"more than a year ago", onLeaveCase("2026-07-20/2026-07-31", "2026-07-27T06:30:00+01:00"), "2027-08-14", ""},
	})
}

// Sickness in declared other work that no fit note covers is a neutral
// line for HR, with the dates only; covered, or long ago, nothing
// (ABS-22).
func TestABS22_SummaryAttention(t *testing.T) {
	in := func(covers string) string {
		return strings.Replace(base, "asOf: 2026-03-31", "asOf: 2026-10-09", 1) + `  otherWork:
    - {id: W1, period: 2026-05-01/2026-06-30, declared: 2026-04-20` + covers + `}
absences:
  - {id: A1, period: 2026-05-11/2026-05-15, reason: musculoskeletal}
`
	}
	const line = "Days off sick on 11–15 May 2026 fall in other work the employee declared that no fit note is recorded as covering: for HR to consider with the employee (dates only; not a finding of misconduct)."
	checkAttention(t, []string{"other work"}, []attentionCase{
		{"not covered", in(""), "", line},
		{"covered by a fit note", in(", fitNoteCovers: true"), "", ""},
		{"more than a year ago", in(""), "2027-06-01", ""},
	})
	// Neutral: it names no counter-fraud step and no wrongdoing (the
	// detail says HR may involve the Local Counter Fraud Specialist).
	for _, word := range []string{"fraud", "dishonest", "suspect", "breach", "investigat"} {
		if strings.Contains(strings.ToLower(line), word) {
			t.Errorf("the line is not neutral: %q", word)
		}
	}
}

// An absence still running past the date the employee expected to
// return, recorded past the day they reported fit, or ending on days with
// no shift without being closed asks the manager to act; closed on the
// day before the day reported fit, nothing (ABS-23).
func TestABS23_SummaryAttention(t *testing.T) {
	in := func(absences string) string { return base + "absences:\n" + absences }
	checkAttention(t, []string{"expected to return", "reported fit", "close it"}, []attentionCase{
		{"still absent", in("  - {period: 2026-03-02/2026-04-10, reason: infection, expectedReturn: 2026-03-16}\n"), "2026-03-20",
			"The employee expected to return on Monday 16 March 2026 and is still absent: ask for a new expected date and keep in touch."},
		{"recorded past fit", in("  - {period: 2026-03-02/2026-03-08, reason: infection, reportedFit: 2026-03-06}\n"), "",
			"Sickness is recorded to 8 March 2026, but the employee reported fit on 6 March 2026: correct the record's last day to 5 March 2026."},
		{"not closed", in("  - {period: 2026-03-16/2026-03-22, reason: infection}\n"), "",
			"The absence of 16–22 March 2026 ends on days with no scheduled shift (21–22 March) and no day reported fit is recorded: check with the employee and close it on the day before they were fit."},
		{"closed", in("  - {period: 2026-03-02/2026-03-06, reason: infection, expectedReturn: 2026-03-09, reportedFit: 2026-03-09}\n"), "", ""},
		{"back by the expected date", in("  - {period: 2026-03-02/2026-03-06, reason: infection, expectedReturn: 2026-03-16}\n"), "", ""},
	})
}

// fertilityCase is scenario 24: sickness inside the protected period of a
// treatment, and outside it.
func fertilityCase(treatment string) string {
	return strings.Replace(base, "asOf: 2026-03-31", "asOf: 2026-04-10", 1) + `  fertilityTreatments:
    - ` + treatment + `
absences:
  - {id: A1, period: 2026-01-12/2026-01-14, reason: infection}
  - {id: A2, period: 2026-03-09/2026-03-13, reason: other}
  - {id: A3, period: 2026-03-30/2026-03-31, reason: infection}
`
}

// Sickness left out of the trigger points because it falls in a protected
// period is said, with its dates and nothing of why; while the period runs
// on, that later sickness will not count either; sickness outside it,
// nothing (ABS-24).
func TestABS24_SummaryAttention(t *testing.T) {
	checkAttention(t, []string{"protected period"}, []attentionCase{
		{"ended", fertilityCase("{id: F1, transfer: 2026-03-02, ended: 2026-03-13}"), "",
			"Sickness on 9–13 March 2026 falls in a protected period and does not count towards the trigger points (why is in the detail, which is confidential)."},
		{"running on", fertilityCase("{id: F1, transfer: 2026-03-02}"), "",
			"Sickness on 9–13 March and 30–31 March 2026 falls in a protected period and does not count towards the trigger points, nor will sickness while the period lasts"},
		{"sickness before the transfer", fertilityCase("{id: F1, transfer: 2026-04-01}"), "", ""},
		{"reason-only reading", strings.Replace(fertilityCase("{id: F1, transfer: 2026-03-02, ended: 2026-03-13}"), "employee:", "policy: {fertility: pregnancy-reason}\nemployee:", 1), "", ""},
	})
}

// noHealthCase is a case that raises most of issue 17's findings, with
// free text in its confidential diagnosis and notes (q, a YAML scalar) and
// in the IDs of its records, declaration and treatment (id, one).
func noHealthCase(q, id string) string {
	return strings.Replace(base, "asOf: 2026-03-31", "asOf: 2026-08-14", 1) + `  otherWork: [{id: ` + id + `, period: 2026-05-01/2026-06-30, declared: 2026-04-20}]
  fertilityTreatments: [{id: ` + id + `, transfer: 2026-03-02}]
absences:
  - id: ` + id + `
    period: 2026-03-09/2026-03-27
    reason: musculoskeletal
    diagnosis: ` + q + `
    notes: ` + q + `
    expectedReturn: 2026-03-16
    reportedFit: 2026-03-25
    certificates:
      - {kind: fit-note, covers: 2026-03-16/2026-03-29, received: 2026-03-16, fitness: may-be-fit, advice: [phased-return], issuer: gp, employer: {made: true, from: 2026-03-24, decided: 2026-03-23}}
  - {id: L1, period: 2026-07-20/2026-07-31, kind: leave}
  - {id: A2, period: 2026-07-27/2026-08-02, reason: infection, diagnosis: ` + q + `, training: [{day: 2026-07-28}]}
  - {id: A3, period: 2026-05-11/2026-05-15, reason: other, notes: ` + q + `, planned: {recoveryDays: 2}}
`
}

// summaryTexts evaluates a case and returns its summary as text and as
// JSON, and its attention lines; ok is false when the case is refused.
func summaryTexts(t *testing.T, in string) (text, js string, attention []string, ok bool) {
	t.Helper()
	s, err := casefile.Decode("case.yaml", []byte(in))
	if err != nil {
		return "", "", nil, false
	}
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		return "", "", nil, false
	}
	var b strings.Builder
	if err := report.WriteSummary(&b, r); err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(r.Summary)
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), string(j), r.Summary.Attention, true
}

// No free text and no health detail reaches the summary: whatever is
// typed into the confidential diagnosis and notes, or into the IDs of the
// records, declarations and treatments, the summary (text and JSON) never
// holds it, and the lines of issue 17's findings never name a treatment or
// condition (ABS-20 … ABS-24).
func TestSummary_NoHealthText(t *testing.T) {
	const marker = "Xq"
	for _, text := range []string{"miscarriage at 12 weeks", "IVF cycle failed", "works nights at the care home", "chemo at Christie", "A1", "2026-03-09"} {
		q, _ := json.Marshal(marker + " " + text)
		text, js, attention, ok := summaryTexts(t, noHealthCase(string(q), marker+"1"))
		if !ok {
			t.Fatalf("%s: refused", q)
		}
		if len(attention) < 5 {
			t.Fatalf("the case should raise most of issue 17's findings: %q", attention)
		}
		for _, out := range []string{text, js} {
			if strings.Contains(out, marker) {
				t.Errorf("the summary holds free text:\n%s", out)
			}
		}
		for _, l := range attention {
			for _, health := range []string{"fertility", "IVF", "embryo", "pregnan", "miscarriage", "musculoskeletal", "infection", "diagnos"} {
				if strings.Contains(strings.ToLower(l), strings.ToLower(health)) {
					t.Errorf("the line names a health detail (%q): %s", health, l)
				}
			}
		}
	}
}

// FuzzSummaryNoHealthText: whatever text is typed into the diagnosis, the
// notes or an ID, the manager's summary never holds it.
func FuzzSummaryNoHealthText(f *testing.F) {
	for _, s := range []string{"miscarriage at 12 weeks", "IVF failed again", "2026-03-09", "W1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		free := "zqx " + strings.ToValidUTF8(text, "?")
		q, _ := json.Marshal(free)
		out, js, _, ok := summaryTexts(t, noHealthCase(string(q), string(q)))
		if !ok {
			return
		}
		for _, o := range []string{out, js} {
			if strings.Contains(o, "zqx") {
				t.Fatalf("the summary holds the text typed in:\n%s", o)
			}
		}
	})
}
