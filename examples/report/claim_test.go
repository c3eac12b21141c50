package report_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/pension"
)

// TestWriteText_InjuryClaimAndPensionRoute: the report shows an Injury
// Allowance claim's findings, the overpayment and the steps outstanding
// (PAY-11 … PAY-14), and a deferred member's route and the reason for
// leaving (PEN-8, PEN-9).
func TestWriteText_InjuryClaimAndPensionRoute(t *testing.T) {
	s := scenario(t, base+`pay:
  injury:
    start: 2026-01-06
    periods:
      - {period: 2026-03-01/2026-03-31, pay: 2500, received: 1250, benefits: 0, paidOn: 2026-03-27}
    claim:
      incident: {date: 2026-01-05}
      decision: {attributable: true, by: hr, decided: 2026-02-20, paymentFrom: 2026-03-01, disputed: 2026-03-02}
      benefits:
        - {kind: contributory, status: received, declared: 2026-04-15, period: 2026-03-01/2026-03-31, amount: 400}
pension:
  born: 1980-01-01
  lastDay: 2020-12-31
  status: deferred
  benefitsFrom: 2026-07-01
  leaving: other-dismissal
  medical: {regularWork: true}
  legacy: {section: "2008", membership: 10y, pay: 30000}
`)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	ia := r.Pay.InjuryAllowance
	if ia.Overpaid != "400.00" || ia.Payments[0].Paid != "875.00" || ia.Payments[0].Overpaid != "400.00" {
		t.Errorf("overpayment in the report: %+v", ia)
	}
	if len(ia.Steps) == 0 || ia.Steps[0].Who != payroll.RoleLineManager {
		t.Errorf("steps %+v", ia.Steps)
	}
	if r.Pension.Status != pension.Deferred {
		t.Errorf("status %v", r.Pension.Status)
	}
	var b strings.Builder
	if err := report.WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Injury Allowance (PAY-3), 2026-03-01/2027-01-05: £475.00 in all",
		"Injury Allowance overpaid, to be recovered (PAY-14): £400.00",
		"- The decision was made by HR: §20 gives it to the line manager, with advice and support from HR — PAY-12 (HR14 §20, App 4; AfC 22.4)",
		"- No HR advice is recorded for the decision",
		"Grievance and Disputes Policy (HR03)",
		"No accident/adverse incident form is recorded for the incident on 2026-01-05",
		"next: line manager: complete the accident/adverse incident form for the incident on 2026-01-05 and record its reference — PAY-11",
		"next: payroll: recover the Injury Allowance overpaid, £400.00 — PAY-14 (HR14 §20)",
		"a deferred member (PEN-8)",
		"Tier 1 from 2026-07-01 (age 46)",
		"form AW240",
		"does not affect the deferred-member route — PEN-9",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
}

// TestEvaluate_PlacesClaimErrors: an error in a claim record or a pension
// route is placed at its field in the file, and quotes no reference text.
func TestEvaluate_PlacesClaimErrors(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		class          error
	}{
		{"payment before the episode", base + "pay:\n  injury: {start: 2026-01-01, periods: [], claim: {decision: {attributable: true, by: line-manager, decided: 2026-01-05, paymentFrom: 2025-12-01}}}\n",
			"pay.injury.claim.decision.paymentFrom", payroll.ErrDateOrder},
		{"words for a reference", base + "pay:\n  injury: {start: 2026-01-01, periods: [], claim: {incident: {date: 2026-01-01, report: back injury lifting}}}\n",
			"pay.injury.claim.incident.report", payroll.ErrReference},
		{"deferred member with no day", base + "pension: {born: 1980-01-01, lastDay: 2020-12-31, status: deferred, medical: {regularWork: true}, legacy: {section: \"2008\", membership: 10y}}\n",
			"pension.benefitsFrom", pension.ErrMissing},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := scenario(t, c.in)
			_, err := report.Evaluate(&s.Case, absence.Date{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want %q", err, c.want)
			}
			var ce *casefile.Error
			if !errors.As(err, &ce) || !errors.Is(err, c.class) {
				t.Errorf("not a located %v: %#v", c.class, err)
			}
			if strings.Contains(err.Error(), "lifting") {
				t.Errorf("the error quotes the text: %v", err)
			}
		})
	}
}
