package payroll_test

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

func mustDate(s string) absence.Date {
	d, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func mustPeriod(s string) absence.Period {
	p, err := absence.ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

func ExampleTable_At() {
	rates := payroll.EnglandSSPRates()
	for _, day := range []string{"2026-04-05", "2026-04-06", "2027-04-06"} {
		e, err := rates.At(mustDate(day))
		if err != nil {
			fmt.Println(day, err)
			continue
		}
		fmt.Println(day, "£"+e.Value.Weekly.StringFixed(2), "from", e.From)
	}
	// Output:
	// 2026-04-05 £118.75 from 2025-04-06
	// 2026-04-06 £123.25 from 2026-04-06
	// 2027-04-06 payroll: parameter SSPRates: no parameter in force on that date: 2027-04-06
}

// A first-year employee off sick for five months: one month's full pay, two
// months' half pay, then nil pay.
func ExamplePolicy_SickPay() {
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{ID: "E1001", FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	h, err := absence.NewHistory(emp, []absence.Record{{Period: mustPeriod("2026-01-05/2026-05-31"), Reason: absence.Musculoskeletal}}, absence.HR14())
	if err != nil {
		fmt.Println(err)
		return
	}
	sp, err := payroll.HR14().SickPay(payroll.SickPayInput{
		Episode:      h.Episodes[0],
		Schedule:     emp.Schedule,
		ServiceStart: mustDate("2025-06-01"),
		Prior:        []payroll.PaidSpell{{Period: mustPeriod("2025-11-03/2025-11-07"), Status: payroll.FullPay}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range sp.Findings {
		fmt.Println(f)
	}
	// Output:
	// Reckonable service from 2025-06-01 to the first day of absence, 2026-01-05: 0 years completed, so the row during the 1st year applies: 1 month's full pay and 2 months' half pay (NHS Terms and Conditions of Service Handbook (Agenda for Change), Section 14 (England), from 1 July 2023: the deduction also applies to work-related absence) — PAY-8 (AfC Section 14)
	// Months counted as calendar months from the first day of sick pay (the plain reading): full pay 2026-01-05 to 2026-02-04, half pay 2026-02-05 to 2026-04-04 if the absence runs on: 31 calendar days of full pay and 59 calendar days of half pay — PAY-8 (AfC Section 14)
	// Sick pay paid in the 12 months before the absence (2025-01-05/2026-01-04): 5 calendar days of full pay and 0 calendar days of half pay, deducted; available: 26 calendar days of full pay and 59 calendar days of half pay — PAY-8 (AfC 14.7)
	// 2026-01-05/2026-01-30: full pay (26 days) — PAY-8 (AfC Section 14)
	// 2026-01-31/2026-03-30: half pay (59 days) — PAY-8 (AfC Section 14)
	// 2026-03-31/2026-05-31: nil pay (62 days) — PAY-8 (AfC Section 14)
}

// SSP from 6 April 2026: no waiting days, and the weekly rate is the lower of
// the flat rate and 80% of average weekly earnings.
func ExamplePolicy_SSP() {
	office, _ := absence.ParseWeekMask("MTWTFS.", decimal.RequireFromString("7.5"))
	s, err := payroll.HR14().SSP(payroll.SSPInput{
		Incapacity: []absence.Period{mustPeriod("2026-05-04/2026-05-09")},
		Schedule:   office,
		Earnings: []payroll.Earnings{{For: mustDate("2026-05-04"), Pattern: payroll.PaidMonthly,
			Total: decimal.RequireFromString("7500"), Payments: 3}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range s.Weeks {
		fmt.Println(w.Week, w.Paid, "days", "£"+w.Amount.StringFixed(2))
	}
	for _, f := range s.Findings {
		fmt.Println(f)
	}
	// Output:
	// 2026-05-03/2026-05-09 6 days £123.25
	// PIW from 2026-05-04: average weekly earnings £7,500.00 ÷ 3 monthly payments × 12 ÷ 52 = £576.92 — PAY-8 (SSCBA 1992 Part XI)
	// PIW from 2026-05-04: weekly rate £123.25: flat rate, not more than 80% of average weekly earnings £576.92 (GOV.UK SSP rates (alphagov/smart-answers statutory_sick_pay.yml), tax year 2026/27; lower earnings limit abolished (Employment Rights Act 2025 s.10)); daily rate £123.25 ÷ 6 qualifying days = £20.5416 (truncated to 4 decimal places) — PAY-8 (SSCBA 1992 Part XI)
	// Period of incapacity for work from 2026-05-04: 2026-05-04/2026-05-09; no waiting days — PAY-8 (SSCBA 1992 Part XI)
	// SSP: 6 days paid, £123.25 in all (each week's daily rates added up and rounded up to the penny) — PAY-8 (SSCBA 1992 Part XI)
}

// Occupational sick pay includes SSP: the statement shows the SSP within the
// pay and the employer's top-up, week by week.
func ExamplePolicy_Statement() {
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	h, _ := absence.NewHistory(emp, []absence.Record{{Period: mustPeriod("2025-06-02/2025-06-13"), Reason: absence.Infection}}, absence.HR14())
	pol := payroll.HR14()
	sp, err := pol.SickPay(payroll.SickPayInput{Episode: h.Episodes[0], Schedule: office, ServiceStart: mustDate("2015-09-01")})
	if err != nil {
		fmt.Println(err)
		return
	}
	ssp, err := pol.SSP(payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: office,
		Earnings: []payroll.Earnings{{For: mustDate("2025-06-02"), Pattern: payroll.PaidWeekly, Total: decimal.RequireFromString("4000")}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	st, err := pol.Statement(payroll.StatementInput{SickPay: sp, SSP: ssp, DayPay: decimal.RequireFromString("100")})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range st.Weeks {
		fmt.Printf("%s paid £%s: SSP £%s + top-up £%s\n", w.Week, w.Paid.StringFixed(2), w.SSP.StringFixed(2), w.TopUp.StringFixed(2))
	}
	fmt.Println(st.Findings[0])
	// Output:
	// 2025-06-01/2025-06-07 paid £600.00: SSP £47.50 + top-up £552.50
	// 2025-06-08/2025-06-14 paid £600.00: SSP £118.75 + top-up £481.25
	// Occupational sick pay includes SSP: of £1,200.00 paid, £166.25 is SSP and £1,033.75 the employer's top-up (a day's pay £100.00, every-day) — PAY-8 (AfC 14.1)
}

// Worked example 10.
func ExamplePolicy_InjuryAllowance() {
	money := decimal.RequireFromString
	ia, err := payroll.HR14().InjuryAllowance(payroll.InjuryInput{
		Attributable: true,
		Start:        mustDate("2026-01-01"),
		Periods: []payroll.InjuryPeriod{
			{Period: mustPeriod("2026-01-01/2026-01-31"), Pay: money("2500"), Received: money("1250"), Benefits: money("400")},
			{Period: mustPeriod("2026-02-01/2026-02-28"), Pay: money("2500"), Received: money("2500"), Benefits: money("0")},
			{Period: mustPeriod("2026-03-01/2026-03-31"), Pay: money("2500"), Received: money("0"), Benefits: money("400")},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range ia.Payments {
		fmt.Println(p.Finding.Text)
	}
	// Output:
	// 2026-01-01/2026-01-31: 85% × £2,500.00 = £2,125.00; sick pay £1,250.00 + benefits £400.00 = £1,650.00; Injury Allowance £475.00
	// 2026-02-01/2026-02-28: sick pay £2,500.00 is full pay: no Injury Allowance (payable only on reduced or no pay)
	// 2026-03-01/2026-03-31: 85% × £2,500.00 = £2,125.00; sick pay £0.00 + benefits £400.00 = £400.00; Injury Allowance £1,725.00
}

// A six-week phased return: four weeks on normal pay, two more with the
// physician's advice and OH's rationale, the hours not worked drawn from
// annual leave.
func ExamplePolicy_PhasedReturn() {
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	h := decimal.RequireFromString
	pr, err := payroll.HR14().PhasedReturn(payroll.Plan{
		Start: mustDate("2026-03-02"), End: mustDate("2026-04-12"),
		Hours:           []decimal.Decimal{h("15"), h("22.5"), h("22.5"), h("30"), h("30"), h("37.5")},
		PhysicianAdvice: true, OHRationale: true,
		AnnualLeave: h("37.5"), Schedule: office,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range pr.Weeks {
		fmt.Println(w.Finding.Text)
	}
	// Output:
	// Week 1 (2026-03-02/2026-03-08): 15 of 37.5 hours worked, normal pay for all 37.5 hours
	// Week 2 (2026-03-09/2026-03-15): 22.5 of 37.5 hours worked, normal pay for all 37.5 hours
	// Week 3 (2026-03-16/2026-03-22): 22.5 of 37.5 hours worked, normal pay for all 37.5 hours
	// Week 4 (2026-03-23/2026-03-29): 30 of 37.5 hours worked, normal pay for all 37.5 hours
	// Week 5 (2026-03-30/2026-04-05), extension: 30 of 37.5 hours worked, normal pay; 7.5 hours not worked drawn from annual leave (7.5) and lieu time (0)
	// Week 6 (2026-04-06/2026-04-12), extension: 37.5 of 37.5 hours worked, normal pay
}

// Leave during sickness: statutory leave carries over when sickness
// prevented it.
func ExamplePolicy_Leave() {
	l, err := payroll.HR14().Leave(payroll.LeaveInput{
		Year:              mustPeriod("2025-04-01/2026-03-31"),
		ServiceStart:      mustDate("2022-01-01"),
		FTE:               decimal.NewFromInt(1),
		Taken:             decimal.NewFromInt(5),
		Sickness:          []absence.Period{mustPeriod("2025-05-01/2026-03-31")},
		SicknessPrevented: true,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range l.Findings {
		fmt.Println(f)
	}
	// Output:
	// Leave year 2025-04-01/2026-03-31: 27 days of annual leave and 8 public holidays for 3 completed years of service, × FTE 1 = 35 days; 35 days for the 365 days employed (Agenda for Change Section 13 (annual leave and public holidays)) — PAY-9 (HR14 §22.2, Proc 15)
	// Leave accrues during sickness: 335 calendar days of sickness in the year do not reduce it — PAY-9 (HR14 Proc 15)
	// 5 days taken (counted as statutory leave first); 30 days accrued and untaken; statutory leave 20 days (20 days × FTE 1, pro rata) — PAY-9 (HR14 §22.2, Proc 15)
	// Sickness prevented the leave being taken: statutory leave not taken carries over, 20 days − 5 taken = 15 days, to be taken by 2027-09-30 (18 months after the end of the leave year; Working Time Regulations 1998 reg 13 as amended from 1 January 2024 (carry-over codified); HR14 §22.2) — PAY-9 (HR14 §22.2, Proc 15)
}

// How each recorded day is paid.
func ExamplePolicy_Treatments() {
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	h, err := absence.NewHistory(emp, []absence.Record{
		{Period: mustPeriod("2026-01-05/2026-01-16"), Reason: absence.Infection},
		{Period: mustPeriod("2026-02-02/2026-02-03"), Kind: absence.MedicalExclusion},
		{Period: mustPeriod("2026-03-02"), Kind: absence.Unauthorised},
		{Period: mustPeriod("2026-09-07/2026-09-09"), Reason: absence.Other, PartDay: &absence.PartDay{Worked: decimal.NewFromInt(3)}},
	}, absence.HR14())
	if err != nil {
		fmt.Println(err)
		return
	}
	tr, err := payroll.HR14().Treatments(payroll.TreatmentInput{History: h,
		Certification: payroll.Certification{Uncovered: []absence.Period{mustPeriod("2026-01-12/2026-01-16")}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, x := range tr.Days {
		fmt.Printf("%-12s %s\n", x.Treatment, x.Finding)
	}
	// Output:
	// sick-leave   2026-01-05/2026-01-11: sickness absence, paid under the sick pay rules (occupational sick pay including SSP) — PAY-8 (AfC Section 14)
	// withheld     2026-01-12/2026-01-16: sickness not covered by a timely certificate: pay withheld until a certificate is produced and a reasonable explanation is given for the delay — PAY-4 (HR14 Proc 14)
	// normal-pay   2026-02-02/2026-02-03: medical exclusion for infection control: paid as normal, not sick leave; no sick pay allowance used — PAY-7 (HR14 Proc 19)
	// unauthorised 2026-03-02: unauthorised absence, not sickness: no sick pay; the manager may ask payroll to suspend pay after seeking HR advice — PAY-5 (HR14 Proc 2)
	// as-worked    2026-09-07: went home ill after 3 of 7.5 hours, less than half the shift: a sickness day for triggers but paid as worked, nothing on the payroll documents — PAY-1 (HR14 Proc 5, Proc 6)
	// sick-leave   2026-09-08/2026-09-09: sickness absence, paid under the sick pay rules (occupational sick pay including SSP) — PAY-8 (AfC Section 14)
}

func ExamplePolicy_Appointments() {
	two := decimal.NewFromInt(2)
	at := func(date string, inControl bool) payroll.AppointmentHours {
		return payroll.AppointmentHours{Appointment: absence.Appointment{Date: mustDate(date), InControl: inControl}, Hours: two}
	}
	res, err := payroll.HR14().Appointments(absence.HR14(), []payroll.AppointmentHours{
		at("2026-01-10", false), at("2026-03-10", false), at("2026-06-10", false),
		at("2026-09-10", false), at("2026-10-01", true),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range res {
		fmt.Println(a.Outcome, "—", a.Findings[1].Text)
	}
	// Output:
	// paid — 2026-01-10: paid time, nothing to pay back
	// paid — 2026-03-10: paid time, nothing to pay back
	// paid — 2026-06-10: paid time, nothing to pay back
	// time-owing — 2026-09-10: time owing: 2 hours to pay back, unless the manager agrees otherwise
	// time-owing — 2026-10-01: time owing: 2 hours to pay back, unless the manager agrees otherwise
}
