package payroll_test

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// Average weekly earnings from the pay dates themselves: a monthly-paid
// employee paid on the last working day, off sick from Monday 2 June 2025.
// The relevant period ends with the last payday before that day and starts
// the day after the last payday at least 8 weeks before it.
func ExampleEarnings_Average() {
	pay := func(date, amount string) payroll.Payment {
		return payroll.Payment{Date: mustDate(date), Amount: decimal.RequireFromString(amount)}
	}
	e := payroll.Earnings{Pattern: payroll.PaidMonthly, Paid: []payroll.Payment{
		pay("2025-03-31", "2000"), pay("2025-04-30", "2000"), pay("2025-05-30", "2150"),
	}}
	a, err := e.Average(mustDate("2025-06-02"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Basis, a.Period, a.Months, "months")
	fmt.Println(a.Text)
	// Output:
	// relevant-period 2025-04-01/2025-05-30 2 months
	// £4,150.00 paid 2025-04-01/2025-05-30 ÷ 2 calendar months × 12 ÷ 52 = £478.85
}

// Before 6 April 2026, earnings below the lower earnings limit mean no SSP
// at all: the first thing said is why, and form SSP1 is due within 7 days.
func ExamplePolicy_SSP_lowEarnings() {
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	s, err := payroll.HR14().SSP(payroll.SSPInput{
		Incapacity: []absence.Period{mustPeriod("2025-06-05/2025-06-08")},
		Schedule:   office,
		Earnings: []payroll.Earnings{{For: mustDate("2025-06-05"), Pattern: payroll.PaidWeekly,
			Total: decimal.RequireFromString("960")}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	x := s.Exclusions[0]
	fmt.Println(x.Reason, "from", x.From, "SSP1 due", x.Due)
	fmt.Println(s.Findings[0])
	// Output:
	// low-earnings from 2025-06-05 SSP1 due 2025-06-12
	// No SSP for the period of incapacity for work from 2025-06-05: average weekly earnings £120.00 are below the lower earnings limit of £125.00 a week, so no entitlement arises (no waiting days are served). Form SSP1 due by 2025-06-12, giving: reason: average weekly earnings below the lower earnings limit; first day of sickness 2025-06-05; no SSP paid — PAY-8 (SSCBA 1992 Sch 11 para 2(c); SSP (General) Regulations 1982 reg 15)
}
