package payroll_test

import (
	"fmt"

	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// An Injury Allowance claim while the decision is awaited: nothing is paid
// yet, and the steps say who must do what.
func ExamplePolicy_InjuryAllowance_awaitingDecision() {
	money := decimal.RequireFromString
	ia, err := payroll.HR14().InjuryAllowance(payroll.InjuryInput{
		Start:   mustDate("2026-01-01"),
		Periods: []payroll.InjuryPeriod{{Period: mustPeriod("2026-01-01/2026-01-31"), Pay: money("2500"), Received: money("1250")}},
		Claim: &payroll.InjuryClaim{
			Incident: &payroll.Incident{Date: mustDate("2025-12-31"), Report: "IR-2025-0412", Reported: mustDate("2025-12-31")},
			Evidence: []payroll.EvidenceItem{
				{Kind: payroll.EvidenceAccidentReport, Received: mustDate("2026-01-05")},
				{Kind: payroll.EvidenceOHReport, Requested: mustDate("2026-01-05")},
				{Kind: payroll.EvidenceJobDescription, Received: mustDate("2026-01-06")},
				{Kind: payroll.EvidenceAbsenceRecord, Received: mustDate("2026-01-06")},
			},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ia.Findings[0].Text)
	for _, s := range ia.Steps {
		fmt.Println(s)
	}
	// Output:
	// The claim awaits the line manager's decision, with HR advice, on whether the absence is wholly or mainly attributable to NHS employment and when payment commences: no Injury Allowance until then
	// line manager: decide, with HR advice, whether the absence is wholly or mainly attributable to NHS employment and, if it is, when payment of Injury Allowance commences — PAY-12 (HR14 §20, App 4; AfC 22.4)
	// line manager: obtain the Occupational Health report for the decision on the claim — PAY-11 (HR14 §20, App 4; AfC 22.5)
	// employee: provide the employee's statement of events for the decision on the claim — PAY-11 (HR14 §20, App 4; AfC 22.5)
}

// Worked example 10 as a claim: March's £400 benefit was declared after
// March was paid, so £400.00 was overpaid and is to be recovered.
func ExamplePolicy_InjuryAllowance_overpayment() {
	money := decimal.RequireFromString
	benefit := func(month, declared string) payroll.BenefitDeclaration {
		return payroll.BenefitDeclaration{Kind: payroll.BenefitContributory, Status: payroll.BenefitReceived,
			Declared: mustDate(declared), Period: mustPeriod(month), Amount: money("400")}
	}
	ia, err := payroll.HR14().InjuryAllowance(payroll.InjuryInput{
		Start: mustDate("2026-01-01"),
		Periods: []payroll.InjuryPeriod{
			{Period: mustPeriod("2026-01-01/2026-01-31"), Pay: money("2500"), Received: money("1250"), PaidOn: mustDate("2026-01-28")},
			{Period: mustPeriod("2026-02-01/2026-02-28"), Pay: money("2500"), Received: money("2500"), PaidOn: mustDate("2026-02-25")},
			{Period: mustPeriod("2026-03-01/2026-03-31"), Pay: money("2500"), Received: money("0"), PaidOn: mustDate("2026-03-27")},
		},
		Claim: &payroll.InjuryClaim{
			Decision: &payroll.InjuryDecision{Attributable: true, By: payroll.RoleLineManager, Decided: mustDate("2026-01-20"),
				HRAdvice: mustDate("2026-01-19"), PaymentFrom: mustDate("2026-01-01")},
			Benefits: []payroll.BenefitDeclaration{benefit("2026-01-01/2026-01-31", "2026-01-20"), benefit("2026-03-01/2026-03-31", "2026-04-10")},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("due", ia.Total, "overpaid", ia.Overpaid)
	for _, f := range ia.Findings {
		if f.Rule.ID == "PAY-14" {
			fmt.Println(f.Text)
		}
	}
	// Output:
	// due 2200 overpaid 400
	// 2026-03-01/2026-03-31: paid £2,125.00 on 2026-03-27; with benefit 2 (declared on 2026-04-10), declared after that, the allowance is £1,725.00: overpaid £400.00
	// Injury Allowance overpaid £400.00 in all, because benefits received were declared after the pay periods they cover had been paid: it is to be recovered. §20 also says the trust treats a failure to declare benefits received as fraud; whether that applies here is for HR to consider, and hr14 draws no conclusion
}
