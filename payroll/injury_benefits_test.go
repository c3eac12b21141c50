package payroll_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// TestPAY13_BenefitsDeclared: a contributory benefit received is counted,
// shared out over the pay periods by calendar days; another benefit is
// recorded but not counted; a benefit applied for is a step for the
// employee; a refused one counts nothing. Worked example 10 with the £400 a
// month declared on the claim gives its figures.
func TestPAY13_BenefitsDeclared(t *testing.T) {
	pol := hr14(t)
	claim := &payroll.InjuryClaim{Decision: decided(t), Benefits: []payroll.BenefitDeclaration{
		monthlyBenefit(t, "2026-01-01/2026-01-31", "2026-01-20"),
		monthlyBenefit(t, "2026-03-01/2026-03-31", "2026-01-20"),
	}}
	got := allowanceOf(t, pol, we10(t, claim))
	if diff := diff([]decimal.Decimal{dec("475.00"), dec("0"), dec("1725.00")}, allowances(got)); diff != "" {
		t.Errorf("worked example 10 (-want +got):\n%s", diff)
	}
	if !with(got.Findings, "PAY-13", "Benefit 1 (contributory benefit), applied for on 2026-01-05, received: £400.00 for 2026-01-01/2026-01-31, declared on 2026-01-20: counted in the Injury Allowance") {
		t.Errorf("benefit not explained: %v", got.Findings)
	}
	if !strings.Contains(got.Payments[0].Finding.Text, "sick pay £1,250.00 + benefits £400.00 = £1,650.00; Injury Allowance £475.00") {
		t.Errorf("period not explained: %v", got.Payments[0].Finding)
	}

	// Shared out by calendar days: £600 for 2026-01-17/2026-02-15 (30 days,
	// £20 a day) is £300 in January (15 days) and £300 in February.
	claim.Benefits = []payroll.BenefitDeclaration{{Kind: payroll.BenefitContributory, Status: payroll.BenefitReceived,
		Declared: d(t, "2026-01-20"), Period: p(t, "2026-01-17/2026-02-15"), Amount: dec("600")}}
	in := we10(t, claim)
	in.Periods[1].Received = dec("1250.00") // half pay in February too
	got = allowanceOf(t, pol, in)
	if diff := diff([]decimal.Decimal{dec("575.00"), dec("575.00"), dec("2125.00")}, allowances(got)); diff != "" {
		t.Errorf("shared out (-want +got):\n%s", diff)
	}
	if diff := diff([]decimal.Decimal{dec("300"), dec("300"), dec("0")}, []decimal.Decimal{got.Payments[0].Benefits, got.Payments[1].Benefits, got.Payments[2].Benefits}); diff != "" {
		t.Errorf("benefits counted (-want +got):\n%s", diff)
	}

	// Other, applied for, refused: nothing counted.
	claim.Benefits = []payroll.BenefitDeclaration{
		{Kind: payroll.BenefitOther, Status: payroll.BenefitReceived, Declared: d(t, "2026-01-20"), Period: p(t, "2026-01-01/2026-01-31"), Amount: dec("300")},
		{Kind: payroll.BenefitContributory, Status: payroll.BenefitApplied, Applied: d(t, "2026-01-10"), Declared: d(t, "2026-01-12")},
		{Kind: payroll.BenefitContributory, Status: payroll.BenefitRefused, Declared: d(t, "2026-02-12")},
	}
	got = allowanceOf(t, pol, we10(t, claim))
	if !got.Total.Equal(dec("3000.00")) {
		t.Errorf("total %v: nothing should be counted", got.Total)
	}
	for _, want := range []string{
		"Benefit 1 (other benefit), received: £300.00 for 2026-01-01/2026-01-31, declared on 2026-01-20: not a contributory benefit: recorded, not counted",
		"Benefit 2 (contributory benefit), applied for on 2026-01-10, declared on 2026-01-12: the outcome is awaited",
		"Benefit 3 (contributory benefit), declared on 2026-02-12: refused, nothing counted",
	} {
		if !with(got.Findings, "PAY-13", want) {
			t.Errorf("no finding %q in %v", want, got.Findings)
		}
	}
	if !stepFor(got.Steps, payroll.RoleEmployee, "PAY-13", "send payroll the statement of benefit 2") {
		t.Errorf("no step for the benefit applied for: %v", got.Steps)
	}

	// None declared while receiving the allowance: claim them.
	claim.Benefits = nil
	got = allowanceOf(t, pol, we10(t, claim))
	if !with(got.Findings, "PAY-13", "No state benefit is declared") ||
		!stepFor(got.Steps, payroll.RoleEmployee, "PAY-13", "claim the state benefits they may be eligible for") {
		t.Errorf("no prompt to claim benefits: %v %v", got.Findings, got.Steps)
	}
}

// TestPAY13_SharedOutExactly: a benefit shared out over pay periods in
// thirds is counted exactly and each allowance is rounded once: £100 for 3
// days (1 in January, 2 in February) leaves £2,550 − £33.33… = £2,516.67 and
// £2,550 − £66.66… = £2,483.33, which add up to £5,000.00 exactly.
func TestPAY13_SharedOutExactly(t *testing.T) {
	claim := &payroll.InjuryClaim{Decision: decided(t), Benefits: []payroll.BenefitDeclaration{{Kind: payroll.BenefitContributory,
		Status: payroll.BenefitReceived, Declared: d(t, "2026-01-20"), Period: p(t, "2026-01-31/2026-02-02"), Amount: dec("100")}}}
	in := payroll.InjuryInput{Start: d(t, "2026-01-01"), Claim: claim, Periods: []payroll.InjuryPeriod{
		{Period: p(t, "2026-01-01/2026-01-31"), Pay: dec("3000"), Received: dec("0")},
		{Period: p(t, "2026-02-01/2026-02-28"), Pay: dec("3000"), Received: dec("0")},
	}}
	got := allowanceOf(t, hr14(t), in)
	if diff := diff([]decimal.Decimal{dec("2516.67"), dec("2483.33")}, allowances(got)); diff != "" {
		t.Errorf("allowances (-want +got):\n%s", diff)
	}
	if !got.Total.Equal(dec("5000.00")) {
		t.Errorf("total %v", got.Total)
	}
	if b := got.Payments[0].Benefits; b.String() != "33.3333333333333333" {
		t.Errorf("January's benefit %v, want 33.33… to 16 places", b)
	}
}

// TestPAY13_InvalidDeclarations: a declaration needs its kind, status and
// the day it was declared; only a benefit received has a period and an
// amount; benefits received are not given twice.
func TestPAY13_InvalidDeclarations(t *testing.T) {
	pol := hr14(t)
	ok := monthlyBenefit(t, "2026-01-01/2026-01-31", "2026-01-20")
	tests := []struct {
		name   string
		change func(*payroll.BenefitDeclaration)
		field  string
		want   error
	}{
		{"no kind", func(b *payroll.BenefitDeclaration) { b.Kind = 0 }, "Claim.Benefits[0].Kind", payroll.ErrRequired},
		{"no status", func(b *payroll.BenefitDeclaration) { b.Status = 0 }, "Claim.Benefits[0].Status", payroll.ErrRequired},
		{"not declared", func(b *payroll.BenefitDeclaration) { b.Declared = absence.Date{} }, "Claim.Benefits[0].Declared", payroll.ErrRequired},
		{"declared before applied", func(b *payroll.BenefitDeclaration) { b.Declared = d(t, "2026-01-04") }, "Claim.Benefits[0].Declared", payroll.ErrDateOrder},
		{"received without a period", func(b *payroll.BenefitDeclaration) { b.Period = absence.Period{} }, "Claim.Benefits[0].Period", payroll.ErrRequired},
		{"received nothing", func(b *payroll.BenefitDeclaration) { b.Amount = decimal.Zero }, "Claim.Benefits[0].Amount", payroll.ErrAmount},
		{"applied with an amount", func(b *payroll.BenefitDeclaration) { b.Status = payroll.BenefitApplied; b.Period = absence.Period{} },
			"Claim.Benefits[0].Amount", payroll.ErrContradiction},
		{"refused with a period", func(b *payroll.BenefitDeclaration) { b.Status = payroll.BenefitRefused; b.Amount = decimal.Zero },
			"Claim.Benefits[0].Period", payroll.ErrContradiction},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := ok
			tt.change(&b)
			_, err := pol.InjuryAllowance(we10(t, &payroll.InjuryClaim{Decision: decided(t), Benefits: []payroll.BenefitDeclaration{b}}))
			var ie *payroll.InputError
			if !errors.Is(err, tt.want) || !errors.As(err, &ie) || ie.Field != tt.field {
				t.Errorf("error %v, want %v on %s", err, tt.want, tt.field)
			}
		})
	}
	in := we10(t, &payroll.InjuryClaim{Decision: decided(t), Benefits: []payroll.BenefitDeclaration{ok}})
	in.Periods[2].Benefits = dec("400")
	if _, err := pol.InjuryAllowance(in); !errors.Is(err, payroll.ErrContradiction) {
		t.Errorf("benefits on the periods and on the claim: %v", err)
	}
}

// TestPAY14_LateDeclarationOverpayment: a benefit declared after the pay
// period it covers was paid means the allowance paid was too high; the
// overpayment is what was paid less what is due, each rounded once, and it
// is to be recovered. The wording draws no conclusion of fraud. Worked
// example 10: March was paid £2,125.00 before the £400.00 benefit was
// declared; £1,725.00 was due: £400.00 overpaid.
func TestPAY14_LateDeclarationOverpayment(t *testing.T) {
	claim := &payroll.InjuryClaim{Decision: decided(t), Benefits: []payroll.BenefitDeclaration{
		monthlyBenefit(t, "2026-01-01/2026-01-31", "2026-01-20"),
		monthlyBenefit(t, "2026-03-01/2026-03-31", "2026-04-10"),
	}}
	in := we10(t, claim)
	in.Periods[0].PaidOn = d(t, "2026-01-28")
	in.Periods[1].PaidOn = d(t, "2026-02-25")
	in.Periods[2].PaidOn = d(t, "2026-03-27")
	got := allowanceOf(t, hr14(t), in)
	type row struct{ Allowance, Paid, Overpaid decimal.Decimal }
	var rows []row
	for _, pay := range got.Payments {
		rows = append(rows, row{pay.Allowance, pay.Paid, pay.Overpaid})
	}
	want := []row{{dec("475.00"), dec("475.00"), dec("0")}, {dec("0"), dec("0"), dec("0")}, {dec("1725.00"), dec("2125.00"), dec("400.00")}}
	if diff := diff(want, rows); diff != "" {
		t.Errorf("payments (-want +got):\n%s", diff)
	}
	if !got.Overpaid.Equal(dec("400.00")) {
		t.Errorf("overpaid %v", got.Overpaid)
	}
	if !with(got.Findings, "PAY-14", "2026-03-01/2026-03-31: paid £2,125.00 on 2026-03-27; with benefit 2 (declared on 2026-04-10), declared after that, the allowance is £1,725.00: overpaid £400.00") {
		t.Errorf("period overpayment not explained: %v", got.Findings)
	}
	if !with(got.Findings, "PAY-14", "Injury Allowance overpaid £400.00 in all") || !with(got.Findings, "PAY-14", "for HR to consider, and hr14 draws no conclusion") {
		t.Errorf("overpayment not summarised neutrally: %v", got.Findings)
	}
	if !stepFor(got.Steps, payroll.RolePayroll, "PAY-14", "recover the Injury Allowance overpaid, £400.00") {
		t.Errorf("no step to recover: %v", got.Steps)
	}

	// Declared on the day March was paid: known, nothing overpaid.
	claim.Benefits[1].Declared = d(t, "2026-03-27")
	if got := allowanceOf(t, hr14(t), in); !got.Overpaid.IsZero() {
		t.Errorf("declared on the pay day: overpaid %v", got.Overpaid)
	}
	// Not paid yet: the allowance due takes the benefit; nothing overpaid.
	claim.Benefits[1].Declared = d(t, "2026-04-10")
	in.Periods[2].PaidOn = absence.Date{}
	got = allowanceOf(t, hr14(t), in)
	if !got.Overpaid.IsZero() || !got.Payments[2].Allowance.Equal(dec("1725.00")) || !got.Payments[2].Paid.IsZero() {
		t.Errorf("not yet paid: %+v", got.Payments[2])
	}
	for _, f := range got.Findings {
		if f.Rule.ID == "PAY-14" {
			t.Errorf("overpayment finding without an overpayment: %v", f)
		}
	}
}

// TestPAY14_RoundedOnce: the overpayment is the difference of two amounts
// each rounded once to the penny: paid £2,550.00 without the benefit, due
// £2,516.67 with £33.33… of it: overpaid £33.33.
func TestPAY14_RoundedOnce(t *testing.T) {
	claim := &payroll.InjuryClaim{Decision: decided(t), Benefits: []payroll.BenefitDeclaration{{Kind: payroll.BenefitContributory,
		Status: payroll.BenefitReceived, Declared: d(t, "2026-03-02"), Period: p(t, "2026-01-31/2026-02-02"), Amount: dec("100")}}}
	in := payroll.InjuryInput{Start: d(t, "2026-01-01"), Claim: claim, Periods: []payroll.InjuryPeriod{
		{Period: p(t, "2026-01-01/2026-01-31"), Pay: dec("3000"), Received: dec("0"), PaidOn: d(t, "2026-01-28")},
		{Period: p(t, "2026-02-01/2026-02-28"), Pay: dec("3000"), Received: dec("0"), PaidOn: d(t, "2026-02-25")},
	}}
	got := allowanceOf(t, hr14(t), in)
	var over []decimal.Decimal
	for _, pay := range got.Payments {
		over = append(over, pay.Overpaid)
	}
	if diff := diff([]decimal.Decimal{dec("33.33"), dec("66.67")}, over); diff != "" {
		t.Errorf("overpaid (-want +got):\n%s", diff)
	}
	if !got.Overpaid.Equal(dec("100.00")) {
		t.Errorf("overpaid %v in all, want £100.00", got.Overpaid)
	}
}
