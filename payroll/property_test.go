package payroll_test

import (
	"math/rand"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// TestPAY_MoneyTotalsAddUp: over random absences, every money total is the
// sum of its parts to the penny: a statement's weeks (paid = SSP + top-up)
// and total, and an Injury Allowance's payments.
func TestPAY_MoneyTotalsAddUp(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	pol := hr14(t)
	pol.Straddle = payroll.StraddleByDay
	emp := employee(t, "MTWTF..")
	for range 200 {
		first := d(t, "2024-04-08").AddDays(r.Intn(1000))
		h := history(t, emp, absence.Record{Period: absence.Period{Start: first, End: first.AddDays(r.Intn(200))}, Reason: absence.Other})
		if len(h.Episodes) == 0 {
			continue // sickness on a weekend alone is no episode (ABS-2, §4.4)
		}
		sp, err := pol.SickPay(payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: first.AddDays(-r.Intn(3000)),
			PriorDays: payroll.Allowance{Full: r.Intn(200), Half: r.Intn(200)}})
		if err != nil {
			t.Fatal(err)
		}
		s, err := pol.SSP(payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: emp.Schedule,
			Earnings: []payroll.Earnings{{For: first, Pattern: payroll.PaidMonthly, Total: decimal.New(int64(r.Intn(1500000)), -2), Payments: 1 + r.Intn(3)}}})
		if err != nil {
			typed(t, err, payroll.ErrNoParameter)
			continue
		}
		st, err := pol.Statement(payroll.StatementInput{SickPay: sp, SSP: s, DayPay: decimal.New(int64(r.Intn(30000)), -2),
			PayOn: payroll.DayBasis(r.Intn(2))})
		if err != nil {
			t.Fatal(err)
		}
		checkStatement(t, st)

		var periods []payroll.InjuryPeriod
		for m := range 1 + r.Intn(15) {
			start := absence.Date{Year: first.Year, Month: first.Month, Day: 1}.AddMonths(m)
			pay := decimal.New(int64(100000+r.Intn(500000)), -2)
			periods = append(periods, payroll.InjuryPeriod{Period: absence.Period{Start: start, End: start.AddMonths(1).AddDays(-1)},
				Pay: pay, Received: pay.Mul(decimal.New(int64(r.Intn(3)), -1).Mul(decimal.NewFromInt(5))), Benefits: decimal.New(int64(r.Intn(60000)), -2)})
		}
		ia, err := pol.InjuryAllowance(payroll.InjuryInput{Attributable: true, Start: first, Periods: periods})
		if err != nil {
			t.Fatal(err)
		}
		sum := decimal.Zero
		for _, pay := range ia.Payments {
			if !pay.Allowance.Equal(pay.Allowance.Round(2)) || pay.Allowance.IsNegative() {
				t.Fatalf("allowance %v", pay.Allowance)
			}
			sum = sum.Add(pay.Allowance)
		}
		if !sum.Equal(ia.Total) {
			t.Fatalf("Injury Allowance total %v, payments add up to %v", ia.Total, sum)
		}
	}
}
