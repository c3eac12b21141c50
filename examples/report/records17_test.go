package report_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/pension"
)

// stage1Events are a stage 1 review: a trigger, the invitation, the meeting
// and its outcome letter.
const stage1Events = `events:
  - {kind: trigger-activated, date: 2026-01-12, triggers: [TRIG-1]}
  - {kind: invitation-sent, date: 2026-01-13, step: stage-1, slot: {date: 2026-01-21}}
  - {kind: meeting-held, date: 2026-01-21, step: stage-1}
  - {kind: outcome-letter-sent, date: 2026-01-23, step: stage-1}
`

// illHealthDismissal ends with a dismissal at the ill-health retirement
// meeting (SAP 1.5.2) and the application sent on form AW33E.
const illHealthDismissal = stage1Events + `  - {kind: ill-health-retirement-pursued, date: 2026-02-02}
  - {kind: hr-er-review, date: 2026-02-02}
  - {kind: oh-report-received, date: 2026-02-05}
  - {kind: ill-health-retirement-application, date: 2026-02-05, application: {step: sent}}
  - {kind: invitation-sent, date: 2026-02-06, step: ill-health-retirement, slot: {date: 2026-02-20}}
  - kind: meeting-held
    date: 2026-02-20
    step: ill-health-retirement
    panel:
      members:
        - {role: senior-manager, band: 8b, chair: true}
        - {role: hr, band: "7"}
        - {role: line-manager, band: "6", presenting: true}
  - {kind: decision-dismiss, date: 2026-02-20, grounds: capability-ill-health}
`

const member = `pension:
  born: 1978-06-01
  lastDay: 2026-03-31
  medical: {nhsJob: true}
  legacy: {section: "1995", membership: 28y, pay: 30000.00}
`

// The dismissal recorded by the case's events feeds the pension
// assessment's reason for leaving when the case file gives none (PEN-9);
// a reason the case file gives is assessed, and a disagreement is shown;
// the application's standing is checked against the member's (STAGE-21).
func TestSTAGE22_ReportFeedsThePension(t *testing.T) {
	s := scenario(t, base+illHealthDismissal+member)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Pension.Leaving != pension.LeavingIllHealth || !r.Pension.Eligible {
		t.Errorf("%+v", r.Pension)
	}
	text := strings.Join(texts(r.Pension.Findings), "\n")
	for _, want := range []string{
		"the reason for leaving assessed is the one the case's events record (2026-02-20): leaving because of permanent ill-health",
		"the member is leaving because of permanent ill-health, as App 12 requires",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
	s = scenario(t, base+illHealthDismissal+strings.Replace(member, "  medical:", "  leaving: other-dismissal\n  status: active\n  medical:", 1))
	r, err = report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	text = strings.Join(texts(r.Pension.Findings), "\n")
	if r.Pension.Leaving != pension.LeavingOtherDismissal || r.Pension.Eligible ||
		!strings.Contains(text, "the case file's reason for leaving (dismissed for a reason other than ill-health capability) differs from the one the case's events record (2026-02-20, leaving because of permanent ill-health): the case file's is assessed") {
		t.Errorf("%+v\n%s", r.Pension, text)
	}
	// A deferred member's route against an application on AW33E.
	deferred := `pension:
  born: 1978-06-01
  lastDay: 2026-03-31
  status: deferred
  benefitsFrom: 2026-06-01
  medical: {regularWork: true}
  legacy: {section: "1995", membership: 28y, pay: 30000.00}
`
	s = scenario(t, base+illHealthDismissal+deferred)
	r, err = report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	text = strings.Join(texts(r.Pension.Findings), "\n")
	if !strings.Contains(text, "the ill-health retirement application on form AW33E records the member as: active member; the pension member assessed: deferred member — STAGE-21") {
		t.Errorf("%s", text)
	}
	// Without events, nothing is taken from the case.
	s = scenario(t, base+member)
	r, err = report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Pension.Leaving != pension.LeavingNotRecorded || strings.Contains(strings.Join(texts(r.Pension.Findings), "\n"), "STAGE-2") {
		t.Errorf("%+v", r.Pension)
	}
}

// The report works out the first month in the new post, its first day from
// the case's transfer when the case file leaves it out, and prints it.
func TestSTAGE20_ReportRedeploymentPay(t *testing.T) {
	in := base + stage1Events + `  - {kind: redeployment-register-start, date: 2026-02-02, redeployment: {band: "5"}}
  - {kind: redeployment-information-given, date: 2026-02-02}
  - {kind: redeployment-post, date: 2026-02-09, post: {id: V-101, band: "4", outcome: matched}}
  - {kind: redeployment-post, date: 2026-02-17, post: {id: V-101, outcome: successful, interview: 2026-02-16, starts: 2026-03-16}}
pay:
  redeployment: {period: 2026-03-01/2026-03-31, previous: 2800.00, new: 2400.00}
`
	s := scenario(t, in)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	rp := r.Pay.Redeployment
	if rp == nil || rp.Total != "2593.55" || rp.Change != "-400.00" || rp.Starts.String() != "2026-03-16" {
		t.Fatalf("%+v", rp)
	}
	var b strings.Builder
	if err := report.WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"first pay period in the new post after redeployment (STAGE-20), 2026-03-01/2026-03-31: £2,593.55",
		"the first day in the new post is the one the case records for the internal transfer to post V-101 (2026-03-16) — STAGE-20",
		"2026-02-17 redeployment-post: redeployment post V-101 (Band 4): successful at interview: internal transfer from 2026-03-16 — STAGE-20",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
	// Without a transfer on the case, the first day is needed.
	s = scenario(t, base+"pay:\n  redeployment: {period: 2026-03-01/2026-03-31, previous: 2800.00, new: 2400.00}\n")
	if _, err := report.Evaluate(&s.Case, absence.Date{}); err == nil || !strings.Contains(err.Error(), "pay.redeployment.starts") {
		t.Errorf("%v", err)
	}
}

// A planned absence's recovery is an episode finding, and a training day
// a recording check (ABS-15, ABS-16).
func TestABS15_ABS16_Report(t *testing.T) {
	in := base + `absences:
  - period: 2026-02-02/2026-03-20
    reason: surgery-planned
    planned: {recoveryDays: 42, advisedBy: occupational-health}
    training: [{day: 2026-02-04}]
`
	s := scenario(t, in)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(texts(r.Episodes[0].Findings), "\n")
	if !strings.Contains(text, "the planned absence from 2026-02-02 ended on 2026-03-20, 5 days beyond the expected recovery period of 42 days (to 2026-03-15, advised by Occupational Health)") {
		t.Errorf("%s", text)
	}
	found := false
	for _, c := range r.Checks {
		if c.Rule == "ABS-16" && c.Status == absence.Overdue && c.Due.String() == "2026-02-04" {
			found = true
		}
	}
	if !found {
		t.Errorf("%+v", r.Checks)
	}
}

func texts(fs []report.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Text + " — " + f.Rule
	}
	return out
}

// After a resignation the report says the procedure has ended, and the
// step it superseded says so (STAGE-22).
func TestSTAGE22_ReportResignation(t *testing.T) {
	in := base + stage1Events + `  - {kind: ill-health-retirement-pursued, date: 2026-02-02}
  - {kind: ill-health-retirement-application, date: 2026-02-09, application: {step: sent}}
  - {kind: ill-health-retirement-application, date: 2026-03-20, application: {step: decision, decision: tier-2}}
  - {kind: resignation, date: 2026-03-23, resignation: {noticeWaived: true}}
`
	s := scenario(t, in)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Procedure.Resigned.String() != "2026-03-23" || r.Procedure.Meetings[1].Superseded.String() != "2026-03-23" {
		t.Fatalf("%+v", r.Procedure)
	}
	var b strings.Builder
	if err := report.WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"The employee resigned on 2026-03-23: the procedure has ended (STAGE-22).",
		"ill-health retirement formal meeting: due from 2026-02-02 (ill-health-retirement): superseded on 2026-03-23",
		"HR Employee Relations: tell the employee, whose notice was waived on resigning on 2026-03-23, that this may affect their claim to benefits through the Benefits Agency",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in\n%s", want, b.String())
		}
	}
}
