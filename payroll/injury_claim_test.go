package payroll_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// with reports whether fs has a finding of rule id containing text.
func with(fs []absence.Finding, id, text string) bool {
	for _, f := range fs {
		if f.Rule.ID == id && strings.Contains(f.Text, text) {
			return true
		}
	}
	return false
}

// stepFor reports whether steps has one for who, of rule id, containing
// text.
func stepFor(steps []payroll.InjuryStep, who payroll.Role, id, text string) bool {
	for _, s := range steps {
		if s.Who == who && s.Rule.ID == id && strings.Contains(s.What, text) {
			return true
		}
	}
	return false
}

// allowances lists the allowance of each payment.
func allowances(ia payroll.InjuryAllowance) []decimal.Decimal {
	var out []decimal.Decimal
	for _, pay := range ia.Payments {
		out = append(out, pay.Allowance)
	}
	return out
}

// we10 is worked example 10 as a claim: three monthly pay periods (half
// pay, full pay, nil pay) with no benefits on the periods.
func we10(t *testing.T, claim *payroll.InjuryClaim) payroll.InjuryInput {
	t.Helper()
	return payroll.InjuryInput{Start: d(t, "2026-01-01"), Claim: claim, Periods: []payroll.InjuryPeriod{
		{Period: p(t, "2026-01-01/2026-01-31"), Pay: dec("2500.00"), Received: dec("1250.00")},
		{Period: p(t, "2026-02-01/2026-02-28"), Pay: dec("2500.00"), Received: dec("2500.00")},
		{Period: p(t, "2026-03-01/2026-03-31"), Pay: dec("2500.00"), Received: dec("0")},
	}}
}

// decided is a line manager's decision that the absence is attributable,
// with HR advice the day before, payment commencing on the first day.
func decided(t *testing.T) *payroll.InjuryDecision {
	t.Helper()
	return &payroll.InjuryDecision{Attributable: true, By: payroll.RoleLineManager, Decided: d(t, "2026-01-20"),
		HRAdvice: d(t, "2026-01-19"), PaymentFrom: d(t, "2026-01-01")}
}

// monthlyBenefit is a contributory benefit of £400 received for a month.
func monthlyBenefit(t *testing.T, month, declared string) payroll.BenefitDeclaration {
	t.Helper()
	return payroll.BenefitDeclaration{Kind: payroll.BenefitContributory, Status: payroll.BenefitReceived,
		Applied: d(t, "2026-01-05"), Declared: d(t, declared), Period: p(t, month), Amount: dec("400.00")}
}

func allowanceOf(t *testing.T, pol payroll.Policy, in payroll.InjuryInput) payroll.InjuryAllowance {
	t.Helper()
	got, err := pol.InjuryAllowance(in)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestPAY11_IncidentReport: the accident/adverse incident form is completed
// immediately (by the next day, HR14's reading); a later form, or none, is a
// finding, and no form is a step for the line manager.
func TestPAY11_IncidentReport(t *testing.T) {
	tests := []struct {
		name       string
		incident   *payroll.Incident
		reportDays int
		finding    string
		step       bool
	}{
		{"no incident", nil, 1, "No accident or adverse incident is recorded", false},
		{"no form", &payroll.Incident{Date: d(t, "2025-12-31")}, 1, "No accident/adverse incident form is recorded for the incident on 2025-12-31", true},
		{"same day", &payroll.Incident{Date: d(t, "2025-12-31"), Report: "IR-2025-0412", Reported: d(t, "2025-12-31")}, 1,
			"Incident form IR-2025-0412 completed on 2025-12-31 for the incident on 2025-12-31: immediately", false},
		{"next day", &payroll.Incident{Date: d(t, "2025-12-31"), Report: "IR-2025-0412", Reported: d(t, "2026-01-01")}, 1,
			"completed on 2026-01-01 for the incident on 2025-12-31: immediately", false},
		{"next day, same day required", &payroll.Incident{Date: d(t, "2025-12-31"), Report: "IR-2025-0412", Reported: d(t, "2026-01-01")}, 0,
			"completed on 2026-01-01, 1 day after the incident on 2025-12-31: later than §20's \"immediately\" (within 0 days)", false},
		{"a week later", &payroll.Incident{Date: d(t, "2025-12-31"), Report: "IR-2025-0412", Reported: d(t, "2026-01-07")}, 1,
			"7 days after the incident on 2025-12-31: later than §20's \"immediately\" (within 1 day)", false},
		{"day not recorded", &payroll.Incident{Date: d(t, "2025-12-31"), Report: "4412"}, 1,
			"Incident form 4412 for the incident on 2025-12-31 (the day it was completed is not recorded)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pol := hr14(t)
			pol.Injury.ReportDays = tt.reportDays
			got := allowanceOf(t, pol, we10(t, &payroll.InjuryClaim{Incident: tt.incident, Decision: decided(t)}))
			if !with(got.Findings, "PAY-11", tt.finding) {
				t.Errorf("no finding %q in %v", tt.finding, got.Findings)
			}
			if has := stepFor(got.Steps, payroll.RoleLineManager, "PAY-11", "complete the accident/adverse incident form"); has != tt.step {
				t.Errorf("step to complete the form: %v, want %v (%v)", has, tt.step, got.Steps)
			}
		})
	}
}

// TestPAY11_Evidence: while the decision is awaited, each item of §20's
// evidence not held is a step (the employee's statement for the employee,
// the rest for the line manager); the accident report is asked for only
// when there was an incident; once decided, evidence missing at the decision
// is a finding.
func TestPAY11_Evidence(t *testing.T) {
	pol := hr14(t)
	claim := &payroll.InjuryClaim{
		Incident: &payroll.Incident{Date: d(t, "2025-12-31"), Report: "IR-2025-0412", Reported: d(t, "2025-12-31")},
		Evidence: []payroll.EvidenceItem{
			{Kind: payroll.EvidenceAccidentReport, Requested: d(t, "2026-01-05"), Received: d(t, "2026-01-06")},
			{Kind: payroll.EvidenceOHReport, Requested: d(t, "2026-01-05")},
			{Kind: payroll.EvidenceAbsenceRecord, Received: d(t, "2026-01-05")},
			{Kind: payroll.EvidenceMedical, Requested: d(t, "2026-01-08")},
		},
	}
	got := allowanceOf(t, pol, we10(t, claim))
	want := "Evidence for the decision (§20): held: the accident report (received 2026-01-06); the absence record (received 2026-01-05). " +
		"Outstanding: the Occupational Health report (requested 2026-01-05); the job description (location, duties, training records) (not yet requested); " +
		"the employee's statement of events (not yet requested); the employee's medical evidence (requested 2026-01-08)"
	if !with(got.Findings, "PAY-11", want) {
		t.Errorf("evidence not listed:\n%v", got.Findings)
	}
	for _, s := range []struct {
		who  payroll.Role
		text string
	}{
		{payroll.RoleLineManager, "obtain the Occupational Health report"},
		{payroll.RoleLineManager, "obtain the job description"},
		{payroll.RoleEmployee, "provide the employee's statement of events"},
		{payroll.RoleEmployee, "provide the employee's medical evidence"},
	} {
		if !stepFor(got.Steps, s.who, "PAY-11", s.text) {
			t.Errorf("no step %s: %q in %v", s.who, s.text, got.Steps)
		}
	}
	if stepFor(got.Steps, payroll.RoleLineManager, "PAY-11", "accident report") || stepFor(got.Steps, payroll.RoleLineManager, "PAY-11", "the absence record") {
		t.Errorf("a step for evidence held: %v", got.Steps)
	}

	// No incident: no accident report asked for.
	claim.Incident = nil
	claim.Evidence = nil
	got = allowanceOf(t, pol, we10(t, claim))
	if stepFor(got.Steps, payroll.RoleLineManager, "PAY-11", "accident report") {
		t.Errorf("accident report asked for without an incident: %v", got.Steps)
	}
	if !stepFor(got.Steps, payroll.RoleLineManager, "PAY-11", "obtain the absence record") {
		t.Errorf("no step for the absence record: %v", got.Steps)
	}

	// A trust that asks for less.
	pol.Injury.Evidence = []payroll.EvidenceKind{payroll.EvidenceOHReport}
	got = allowanceOf(t, pol, we10(t, claim))
	if len(got.Steps) != 2 { // the OH report and the decision (no benefit step while the decision is awaited)
		t.Errorf("steps %v, want the OH report and the decision", got.Steps)
	}

	// Decided with the OH report still outstanding: a finding, not a step.
	pol = hr14(t)
	claim.Evidence = []payroll.EvidenceItem{{Kind: payroll.EvidenceOHReport, Received: d(t, "2026-01-25")}}
	claim.Decision = decided(t)
	got = allowanceOf(t, pol, we10(t, claim))
	if !with(got.Findings, "PAY-11", "The decision on 2026-01-20 was made without the Occupational Health report, the job description") {
		t.Errorf("no finding of evidence missing at the decision: %v", got.Findings)
	}
	for _, s := range got.Steps {
		if s.Rule.ID == "PAY-11" {
			t.Errorf("evidence step after the decision: %v", s)
		}
	}
}

// TestPAY11_InvalidRecords: an incomplete or inconsistent incident or
// evidence record is refused, and the error never quotes the reference
// field's text.
func TestPAY11_InvalidRecords(t *testing.T) {
	pol := hr14(t)
	const health = "fractured wrist, on morphine"
	tests := []struct {
		name  string
		claim payroll.InjuryClaim
		field string
		want  error
	}{
		{"words in the reference", payroll.InjuryClaim{Incident: &payroll.Incident{Date: d(t, "2025-12-31"), Report: health}}, "Claim.Incident.Report", payroll.ErrReference},
		{"a word with no digit", payroll.InjuryClaim{Incident: &payroll.Incident{Date: d(t, "2025-12-31"), Report: "depression"}}, "Claim.Incident.Report", payroll.ErrReference},
		{"no incident date", payroll.InjuryClaim{Incident: &payroll.Incident{Report: "IR-1"}}, "Claim.Incident.Date", payroll.ErrRequired},
		{"form before the incident", payroll.InjuryClaim{Incident: &payroll.Incident{Date: d(t, "2025-12-31"), Report: "IR-1", Reported: d(t, "2025-12-30")}},
			"Claim.Incident.Reported", payroll.ErrDateOrder},
		{"no kind", payroll.InjuryClaim{Evidence: []payroll.EvidenceItem{{Received: d(t, "2026-01-02")}}}, "Claim.Evidence[0].Kind", payroll.ErrRequired},
		{"received before requested", payroll.InjuryClaim{Evidence: []payroll.EvidenceItem{{Kind: payroll.EvidenceOHReport,
			Requested: d(t, "2026-01-05"), Received: d(t, "2026-01-04")}}}, "Claim.Evidence[0].Received", payroll.ErrDateOrder},
		{"invalid date", payroll.InjuryClaim{Evidence: []payroll.EvidenceItem{{Kind: payroll.EvidenceOHReport,
			Requested: absence.Date{Year: 2026, Month: 2, Day: 30}}}}, "Claim.Evidence[0].Requested", payroll.ErrInvalidDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claim := tt.claim
			_, err := pol.InjuryAllowance(we10(t, &claim))
			var ie *payroll.InputError
			if !errors.Is(err, tt.want) || !errors.As(err, &ie) || ie.Field != tt.field {
				t.Fatalf("error %v, want %v on %s", err, tt.want, tt.field)
			}
			if strings.Contains(err.Error(), health) || strings.Contains(err.Error(), "depression") {
				t.Errorf("the error quotes the reference field: %v", err)
			}
		})
	}
}

// TestPAY12_AwaitingDecision: a claim without a decision pays nothing, says
// so first, and asks the line manager to decide; Attributable set on such a
// claim contradicts it.
func TestPAY12_AwaitingDecision(t *testing.T) {
	pol := hr14(t)
	got := allowanceOf(t, pol, we10(t, &payroll.InjuryClaim{}))
	if !got.Total.IsZero() {
		t.Errorf("total %v while the decision is awaited", got.Total)
	}
	if f := got.Findings[0]; f.Rule.ID != "PAY-12" || !strings.Contains(f.Text, "The claim awaits the line manager's decision") {
		t.Errorf("summary %v", f)
	}
	if f := got.Payments[0].Finding; !strings.Contains(f.Text, "the decision on the claim is awaited: no Injury Allowance yet") {
		t.Errorf("period %v", f)
	}
	if !stepFor(got.Steps, payroll.RoleLineManager, "PAY-12", "decide, with HR advice, whether the absence is wholly or mainly attributable") {
		t.Errorf("no step to decide: %v", got.Steps)
	}
	in := we10(t, &payroll.InjuryClaim{})
	in.Attributable = true
	if _, err := pol.InjuryAllowance(in); !errors.Is(err, payroll.ErrContradiction) {
		t.Errorf("Attributable without a decision: %v", err)
	}
}

// TestPAY12_Decision: the decision records who decided (a role), when, and
// HR's advice; §20 gives it to the line manager with HR advice, and any
// other record is a finding, never a refusal. An attributable decision pays
// worked example 10's pay periods with no benefit: £875.00 (85% of
// £2,500.00 less half pay), none on full pay, £2,125.00 on nil pay.
func TestPAY12_Decision(t *testing.T) {
	pol := hr14(t)
	claim := &payroll.InjuryClaim{Decision: decided(t)}
	got := allowanceOf(t, pol, we10(t, claim))
	if diff := diff([]decimal.Decimal{dec("875.00"), dec("0"), dec("2125.00")}, allowances(got)); diff != "" {
		t.Errorf("allowances (-want +got):\n%s", diff)
	}
	for _, want := range []string{
		"Decided on 2026-01-20 by the line manager, on the balance of probability: wholly or mainly attributable to NHS employment",
		"HR advised on 2026-01-19",
		"Payment of Injury Allowance commences on 2026-01-01, the first day of the episode (App 4)",
	} {
		if !with(got.Findings, "PAY-12", want) {
			t.Errorf("no finding %q in %v", want, got.Findings)
		}
	}
	if f := got.Findings[0]; f.Rule.ID != "PAY-3" || !strings.Contains(f.Text, "(decided on 2026-01-20 by the line manager): Injury Allowance tops up to 85% of pay from 2026-01-01 until 2026-12-31") {
		t.Errorf("summary %v", f)
	}

	tests := []struct {
		name    string
		change  func(*payroll.InjuryDecision)
		finding string
	}{
		{"decided by HR", func(d *payroll.InjuryDecision) { d.By = payroll.RoleHR },
			"The decision was made by HR: §20 gives it to the line manager, with advice and support from HR"},
		{"no HR advice", func(d *payroll.InjuryDecision) { d.HRAdvice = absence.Date{} },
			"No HR advice is recorded for the decision"},
		{"HR advice after the decision", func(d *payroll.InjuryDecision) { d.HRAdvice = d.Decided.AddDays(3) },
			"HR advised on 2026-01-23, after the decision on 2026-01-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dc := decided(t)
			tt.change(dc)
			got := allowanceOf(t, pol, we10(t, &payroll.InjuryClaim{Decision: dc}))
			if !with(got.Findings, "PAY-12", tt.finding) {
				t.Errorf("no finding %q in %v", tt.finding, got.Findings)
			}
			if !got.Total.Equal(dec("3000.00")) {
				t.Errorf("total %v: a finding must not change the figure", got.Total)
			}
		})
	}
}

// TestPAY12_NotAttributable: a decision that the absence is not
// attributable pays nothing, and contradicts Attributable or a payment date.
func TestPAY12_NotAttributable(t *testing.T) {
	pol := hr14(t)
	dc := &payroll.InjuryDecision{By: payroll.RoleLineManager, Decided: d(t, "2026-01-20"), HRAdvice: d(t, "2026-01-19")}
	got := allowanceOf(t, pol, we10(t, &payroll.InjuryClaim{Decision: dc}))
	if !got.Total.IsZero() {
		t.Errorf("total %v", got.Total)
	}
	if f := got.Findings[0]; !strings.Contains(f.Text, "On 2026-01-20 the line manager decided that the absence is not wholly or mainly attributable") {
		t.Errorf("summary %v", f)
	}
	in := we10(t, &payroll.InjuryClaim{Decision: dc})
	in.Attributable = true
	if _, err := pol.InjuryAllowance(in); !errors.Is(err, payroll.ErrContradiction) {
		t.Errorf("Attributable against the decision: %v", err)
	}
	dc.PaymentFrom = d(t, "2026-01-01")
	if _, err := pol.InjuryAllowance(we10(t, &payroll.InjuryClaim{Decision: dc})); !errors.Is(err, payroll.ErrContradiction) {
		t.Errorf("payment date on a refusal: %v", err)
	}
}

// TestPAY12_PaymentCommences: App 4's day payment commences is separate from
// the first day of absence: nothing is paid before it. By default the 12
// months still run from the first day of the episode; knob
// Policy.Injury.WindowFrom = FromPaymentStart counts them from the day
// payment commences.
func TestPAY12_PaymentCommences(t *testing.T) {
	var periods []payroll.InjuryPeriod
	for _, m := range []string{"2026-01-01/2026-01-31", "2026-02-01/2026-02-28", "2027-01-01/2027-01-31", "2027-02-01/2027-02-28"} {
		periods = append(periods, payroll.InjuryPeriod{Period: p(t, m), Pay: dec("3100"), Received: dec("0")})
	}
	dc := &payroll.InjuryDecision{Attributable: true, By: payroll.RoleLineManager, Decided: d(t, "2026-02-10"),
		HRAdvice: d(t, "2026-02-09"), PaymentFrom: d(t, "2026-02-01")}
	in := payroll.InjuryInput{Start: d(t, "2026-01-15"), Periods: periods, Claim: &payroll.InjuryClaim{Decision: dc}}

	tests := []struct {
		from   payroll.WindowStart
		window string
		want   []decimal.Decimal
	}{
		// 85% of £3,100 = £2,635: none in January (before commencement),
		// all of February, to 14 January 2027 (14/31 = £1,190.00), none after.
		{payroll.FromEpisodeStart, "2026-02-01/2027-01-14", []decimal.Decimal{dec("0"), dec("2635.00"), dec("1190.00"), dec("0")}},
		// 12 months from 1 February 2026: all of January 2027, none after.
		{payroll.FromPaymentStart, "2026-02-01/2027-01-31", []decimal.Decimal{dec("0"), dec("2635.00"), dec("2635.00"), dec("0")}},
	}
	for _, tt := range tests {
		t.Run(tt.from.String(), func(t *testing.T) {
			pol := hr14(t)
			pol.Injury.WindowFrom = tt.from
			got := allowanceOf(t, pol, in)
			if got.Window != p(t, tt.window) {
				t.Errorf("window %v, want %s", got.Window, tt.window)
			}
			if diff := diff(tt.want, allowances(got)); diff != "" {
				t.Errorf("allowances (-want +got):\n%s", diff)
			}
			if f := got.Payments[0].Finding; !strings.Contains(f.Text, "outside "+tt.window+", the time the allowance can run (from the day payment commences") {
				t.Errorf("January not explained: %v", f)
			}
			if !with(got.Findings, "PAY-12", "Payment of Injury Allowance commences on 2026-02-01, 17 days after the first day of the episode on 2026-01-15 (App 4)") {
				t.Errorf("commencement not explained: %v", got.Findings)
			}
		})
	}

	// Not recorded: from the first day of the episode, with a step.
	dc.PaymentFrom = absence.Date{}
	got := allowanceOf(t, hr14(t), in)
	if got.Window != p(t, "2026-01-15/2027-01-14") {
		t.Errorf("window %v without a commencement date", got.Window)
	}
	if !stepFor(got.Steps, payroll.RoleLineManager, "PAY-12", "record the day payment of Injury Allowance commences (App 4)") {
		t.Errorf("no step to record the commencement: %v", got.Steps)
	}
	if !with(got.Findings, "PAY-12", "The day payment of Injury Allowance commences is not recorded (App 4): the allowance is worked out from the first day of the episode, 2026-01-15") {
		t.Errorf("no finding: %v", got.Findings)
	}

	// Before the first day of the episode: refused.
	dc.PaymentFrom = d(t, "2026-01-14")
	if _, err := hr14(t).InjuryAllowance(in); !errors.Is(err, payroll.ErrDateOrder) {
		t.Errorf("payment before the episode: %v", err)
	}

	// Commencing after the 12 months: nothing, and the summary says so.
	dc.PaymentFrom = d(t, "2027-02-01")
	got = allowanceOf(t, hr14(t), in)
	if !got.Window.IsZero() || !got.Total.IsZero() {
		t.Errorf("window %v, total %v after the 12 months", got.Window, got.Total)
	}
	if f := got.Findings[0]; !strings.Contains(f.Text, "no day is left in which Injury Allowance can run (until 12 months from 2026-01-15)") {
		t.Errorf("summary %v", f)
	}
}

// TestPAY12_DisputeGoesToGrievance: a disagreement with the decision is a
// finding pointing to the Grievance and Disputes Policy (HR03); it changes
// no figure. A disagreement dated before the decision is refused.
func TestPAY12_DisputeGoesToGrievance(t *testing.T) {
	pol := hr14(t)
	dc := &payroll.InjuryDecision{By: payroll.RoleLineManager, Decided: d(t, "2026-01-20"), HRAdvice: d(t, "2026-01-19"),
		Disputed: d(t, "2026-01-27")}
	got := allowanceOf(t, pol, we10(t, &payroll.InjuryClaim{Decision: dc}))
	if !with(got.Findings, "PAY-12", "The employee disagreed with the decision on 2026-01-27: a disagreement about Injury Allowance is dealt with under the trust's Grievance and Disputes Policy (HR03)") {
		t.Errorf("no grievance finding: %v", got.Findings)
	}
	dc.Disputed = d(t, "2026-01-19")
	if _, err := pol.InjuryAllowance(we10(t, &payroll.InjuryClaim{Decision: dc})); !errors.Is(err, payroll.ErrDateOrder) {
		t.Errorf("disputed before the decision: %v", err)
	}
}

// TestPAY12_InvalidDecision: a decision needs who decided and when.
func TestPAY12_InvalidDecision(t *testing.T) {
	pol := hr14(t)
	for _, tt := range []struct {
		name  string
		dc    payroll.InjuryDecision
		field string
	}{
		{"no role", payroll.InjuryDecision{Decided: d(t, "2026-01-20")}, "Claim.Decision.By"},
		{"no date", payroll.InjuryDecision{By: payroll.RoleLineManager}, "Claim.Decision.Decided"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dc := tt.dc
			_, err := pol.InjuryAllowance(we10(t, &payroll.InjuryClaim{Decision: &dc}))
			var ie *payroll.InputError
			if !errors.Is(err, payroll.ErrRequired) || !errors.As(err, &ie) || ie.Field != tt.field {
				t.Errorf("error %v, want %v on %s", err, payroll.ErrRequired, tt.field)
			}
		})
	}
}

// TestPAY12_PaidOnlyAfterAnAttributableDecision: a pay period recorded as
// paid before the decision, or without an attributable one, is refused.
func TestPAY12_PaidOnlyAfterAnAttributableDecision(t *testing.T) {
	pol := hr14(t)
	in := we10(t, &payroll.InjuryClaim{Decision: decided(t)})
	in.Periods[0].PaidOn = d(t, "2026-01-19")
	if _, err := pol.InjuryAllowance(in); !errors.Is(err, payroll.ErrDateOrder) {
		t.Errorf("paid before the decision: %v", err)
	}
	in = we10(t, &payroll.InjuryClaim{})
	in.Periods[0].PaidOn = d(t, "2026-01-28")
	if _, err := pol.InjuryAllowance(in); !errors.Is(err, payroll.ErrContradiction) {
		t.Errorf("paid while the decision is awaited: %v", err)
	}
	legacy := payroll.InjuryInput{Start: d(t, "2026-01-01"), Periods: []payroll.InjuryPeriod{
		{Period: p(t, "2026-01-01/2026-01-31"), Pay: dec("1"), PaidOn: d(t, "2026-01-28")}}}
	if _, err := pol.InjuryAllowance(legacy); !errors.Is(err, payroll.ErrContradiction) {
		t.Errorf("paid without Attributable: %v", err)
	}
}

// TestPAY3_EmploymentEndedBeforeEpisode: with the employment ended before the
// episode began no day is left: the window is the zero Period (which
// marshals), and nothing is paid.
func TestPAY3_EmploymentEndedBeforeEpisode(t *testing.T) {
	in := payroll.InjuryInput{Attributable: true, Start: d(t, "2026-01-01"), EmploymentEnds: d(t, "2025-12-31"),
		Periods: []payroll.InjuryPeriod{{Period: p(t, "2026-01-01/2026-01-31"), Pay: dec("2500"), Received: dec("0")}}}
	got := allowanceOf(t, hr14(t), in)
	if !got.Window.IsZero() || !got.Total.IsZero() {
		t.Errorf("window %v, total %v", got.Window, got.Total)
	}
	if f := got.Payments[0].Finding; !strings.Contains(f.Text, "outside no days, the time the allowance can run") {
		t.Errorf("period %v", f)
	}
	roundTrip(t, got)
}

// TestPAY11_PAY13_JSONRoundTrip: a claim, its result and the policy's
// readings marshal to JSON and back without loss, with text codes.
func TestPAY11_PAY13_JSONRoundTrip(t *testing.T) {
	claim := &payroll.InjuryClaim{
		Incident: &payroll.Incident{Date: d(t, "2025-12-31"), Report: "IR-2025-0412", Reported: d(t, "2026-01-01")},
		Evidence: []payroll.EvidenceItem{{Kind: payroll.EvidenceSupporting, Requested: d(t, "2026-01-05"), Received: d(t, "2026-01-06")}},
		Decision: decided(t),
		Benefits: []payroll.BenefitDeclaration{monthlyBenefit(t, "2026-01-01/2026-01-31", "2026-02-20"),
			{Kind: payroll.BenefitOther, Status: payroll.BenefitRefused, Declared: d(t, "2026-01-10"), Amount: decimal.Zero}},
	}
	in := we10(t, claim)
	in.Periods[0].PaidOn = d(t, "2026-01-28")
	got := allowanceOf(t, hr14(t), in)
	roundTrip(t, in)
	roundTrip(t, got)
	roundTrip(t, hr14(t))
	b, err := json.Marshal(claim)
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{`"kind":"supporting-evidence"`, `"by":"line-manager"`, `"kind":"contributory"`, `"status":"received"`, `"status":"refused"`} {
		if !strings.Contains(string(b), code) {
			t.Errorf("%s lacks %s", b, code)
		}
	}
	for _, s := range []fmt.Stringer{payroll.EvidenceKind(0), payroll.Role(0), payroll.BenefitKind(0), payroll.BenefitStatus(0), payroll.BenefitApplied, payroll.BenefitOther} {
		if s.String() == "" {
			t.Errorf("%T has no text", s)
		}
	}
	for _, m := range []interface{ MarshalText() ([]byte, error) }{payroll.EvidenceKind(0), payroll.Role(0), payroll.BenefitKind(0), payroll.BenefitStatus(0)} {
		if _, err := m.MarshalText(); !errors.Is(err, payroll.ErrUnknownCode) {
			t.Errorf("%T zero value marshalled: %v", m, err)
		}
	}
}

// TestPAY12_PolicyKnobs: the claim readings of the policy are validated.
func TestPAY12_PolicyKnobs(t *testing.T) {
	for name, change := range map[string]func(*payroll.InjuryRules){
		"evidence kind":  func(r *payroll.InjuryRules) { r.Evidence = []payroll.EvidenceKind{0} },
		"report days":    func(r *payroll.InjuryRules) { r.ReportDays = -1 },
		"window reading": func(r *payroll.InjuryRules) { r.WindowFrom = 9 },
	} {
		pol := payroll.HR14()
		change(&pol.Injury)
		if err := pol.Validate(); !errors.Is(err, payroll.ErrInvalidPolicy) {
			t.Errorf("%s: %v", name, err)
		}
	}
	var w payroll.WindowStart
	if err := w.UnmarshalText([]byte("payment-start")); err != nil || w != payroll.FromPaymentStart {
		t.Errorf("payment-start: %v, %v", w, err)
	}
}
