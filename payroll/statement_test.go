package payroll_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// statement works out the sick pay, SSP and statement of one absence from 2
// to 13 June 2025 for a Monday–Friday worker with the given service and
// earlier sick pay.
func statement(t testing.TB, service string, prior payroll.Allowance, edit func(*payroll.StatementInput)) payroll.Statement {
	t.Helper()
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	h := history(t, emp, sick(t, "2025-06-02/2025-06-13"))
	sp, err := pol.SickPay(payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: d(t, service), PriorDays: prior})
	if err != nil {
		t.Fatal(err)
	}
	ssp, err := pol.SSP(payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: emp.Schedule,
		Earnings: []payroll.Earnings{{For: d(t, "2025-06-02"), Total: dec("4000")}}})
	if err != nil {
		t.Fatal(err)
	}
	in := payroll.StatementInput{SickPay: sp, SSP: ssp, DayPay: dec("100")}
	if edit != nil {
		edit(&in)
	}
	st, err := pol.Statement(in)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func weekPay(t testing.TB, week, osp, ssp, paid, topUp, withheld string) payroll.WeekPay {
	return payroll.WeekPay{Week: p(t, week), OSP: dec(osp), SSP: dec(ssp), Paid: dec(paid), TopUp: dec(topUp), Withheld: dec(withheld)}
}

// TestPAY8_StatementFullPay: occupational sick pay includes SSP; the employer
// tops SSP up to full pay.
func TestPAY8_StatementFullPay(t *testing.T) {
	st := statement(t, "2010-01-01", payroll.Allowance{}, nil)
	want := []payroll.WeekPay{
		weekPay(t, "2025-06-01/2025-06-07", "600", "47.50", "600", "552.50", "0"), // Mon–Sat, 3 waiting days
		weekPay(t, "2025-06-08/2025-06-14", "600", "118.75", "600", "481.25", "0"),
	}
	if diff := diff(want, st.Weeks); diff != "" {
		t.Errorf("weeks (-want +got):\n%s", diff)
	}
	if diff := diff(weekPay(t, "2025-06-01/2025-06-14", "1200", "166.25", "1200", "1033.75", "0"), st.Total); diff != "" {
		t.Errorf("total (-want +got):\n%s", diff)
	}
	thu := st.Days[3]
	if diff := diff(payroll.DayPay{Date: d(t, "2025-06-05"), Status: payroll.FullPay, OSP: dec("100"), SSP: dec("23.75"),
		Paid: dec("100"), TopUp: dec("76.25")}, thu); diff != "" {
		t.Errorf("Thursday (-want +got):\n%s", diff)
	}
	if !hasFinding(st.Findings, "PAY-8", "of £1,200.00 paid, £166.25 is SSP and £1,033.75 the employer's top-up") {
		t.Errorf("findings %v", st.Findings)
	}
}

// TestPAY8_StatementSSPFloor: with the occupational allowance used up, SSP is
// still paid: it is the statutory floor.
func TestPAY8_StatementSSPFloor(t *testing.T) {
	st := statement(t, "2010-01-01", payroll.Allowance{Full: 999, Half: 999}, nil)
	if diff := diff(weekPay(t, "2025-06-01/2025-06-14", "0", "166.25", "166.25", "0", "0"), st.Total); diff != "" {
		t.Errorf("total (-want +got):\n%s", diff)
	}
	thu := st.Days[3]
	if diff := diff(payroll.DayPay{Date: d(t, "2025-06-05"), Status: payroll.NilPay, OSP: dec("0"), SSP: dec("23.75"),
		Paid: dec("23.75"), TopUp: dec("0")}, thu); diff != "" {
		t.Errorf("Thursday on nil pay (-want +got):\n%s", diff)
	}
	if !hasFinding(st.Findings, "PAY-8", "On 7 days SSP was more than the occupational sick pay") {
		t.Errorf("findings %v", st.Findings)
	}
}

// TestPAY4_StatementWithheld: pay for uncovered days is withheld.
func TestPAY4_StatementWithheld(t *testing.T) {
	st := statement(t, "2010-01-01", payroll.Allowance{}, func(in *payroll.StatementInput) {
		in.Certification = payroll.Certification{Uncovered: ps(t, "2025-06-09/2025-06-13")}
	})
	if !st.Total.Withheld.Equal(dec("500")) || !st.Weeks[1].Withheld.Equal(dec("500")) || !st.Weeks[0].Withheld.IsZero() {
		t.Errorf("withheld %v (weeks %v, %v), want 500 in week 2", st.Total.Withheld, st.Weeks[0].Withheld, st.Weeks[1].Withheld)
	}
	if !hasFinding(st.Findings, "PAY-4", "£500.00 withheld for 5 days of 12 not covered by a timely certificate") {
		t.Errorf("findings %v", st.Findings)
	}
	for _, day := range st.Days {
		if want := !day.Date.Before(d(t, "2025-06-09")); day.Withheld != want {
			t.Errorf("%v withheld %v, want %v", day.Date, day.Withheld, want)
		}
	}

	// A certificate produced for two of the days releases their pay.
	st = statement(t, "2010-01-01", payroll.Allowance{}, func(in *payroll.StatementInput) {
		in.Certification = payroll.Certification{Uncovered: ps(t, "2025-06-09/2025-06-13"), Produced: ps(t, "2025-06-12/2025-06-13")}
	})
	if diff := diff(weekPay(t, "2025-06-08/2025-06-14", "600", "118.75", "600", "481.25", "300"), st.Weeks[1]); diff != "" {
		t.Errorf("week 2 with two days released (-want +got):\n%s", diff)
	}
}

// TestPAY8_StatementHalfPayScheduledDays: half pay on scheduled days only.
func TestPAY8_StatementHalfPayScheduledDays(t *testing.T) {
	st := statement(t, "2010-01-01", payroll.Allowance{Full: 999}, func(in *payroll.StatementInput) {
		in.PayOn = payroll.ScheduledDaysOnly
	})
	// 10 weekdays at £50; SSP is below half pay every paid day.
	if diff := diff(weekPay(t, "2025-06-01/2025-06-14", "500", "166.25", "500", "333.75", "0"), st.Total); diff != "" {
		t.Errorf("total (-want +got):\n%s", diff)
	}
	if sat := st.Days[5]; !sat.OSP.IsZero() || sat.Date != d(t, "2025-06-07") {
		t.Errorf("Saturday %+v carries pay", sat)
	}
}

func TestPAY8_StatementErrors(t *testing.T) {
	pol := hr14(t)
	if _, err := pol.Statement(payroll.StatementInput{DayPay: dec("-1")}); !errors.Is(err, payroll.ErrAmount) {
		t.Errorf("negative day pay: %v", err)
	}
	if _, err := pol.Statement(payroll.StatementInput{Certification: payroll.Certification{Produced: []absence.Period{{}}}}); !errors.Is(err, payroll.ErrInvalidPeriod) {
		t.Errorf("bad period: %v", err)
	}
	unsorted := payroll.SickPay{Days: []payroll.PayDay{{Date: d(t, "2026-01-06")}, {Date: d(t, "2026-01-05")}}}
	if _, err := pol.Statement(payroll.StatementInput{SickPay: unsorted}); !errors.Is(err, payroll.ErrUnsorted) {
		t.Errorf("unsorted days: %v", err)
	}
	unsortedSSP := payroll.SSP{Days: []payroll.SSPDay{{Date: d(t, "2026-01-05")}, {Date: d(t, "2026-01-05")}}}
	if _, err := pol.Statement(payroll.StatementInput{SSP: unsortedSSP}); !errors.Is(err, payroll.ErrUnsorted) {
		t.Errorf("unsorted SSP days: %v", err)
	}
	if _, err := pol.Statement(payroll.StatementInput{PayOn: 7}); !errors.Is(err, payroll.ErrInvalidPolicy) {
		t.Errorf("unknown day basis: %v", err)
	}
	_ = decimal.Zero
}

// TestPAY8_StatementSSPRoundedUp: on nil pay the employer pays the week's SSP
// rounded up to the penny (£18.4615 → £18.47), never the daily amount
// rounded half-up (£18.46).
func TestPAY8_StatementSSPRoundedUp(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	h := history(t, emp, sick(t, "2026-05-05"))
	sp, err := pol.SickPay(payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: d(t, "2010-01-01"),
		PriorDays: payroll.Allowance{Full: 999, Half: 999}})
	if err != nil {
		t.Fatal(err)
	}
	low := []payroll.Earnings{{For: d(t, "2026-05-05"), Pattern: payroll.PaidMonthly, Total: dec("1500"), Payments: 3}}
	s, err := pol.SSP(payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: emp.Schedule, Earnings: low})
	if err != nil {
		t.Fatal(err)
	}
	st, err := pol.Statement(payroll.StatementInput{SickPay: sp, SSP: s, DayPay: dec("100")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := diff(weekPay(t, "2026-05-03/2026-05-09", "0", "18.47", "18.47", "0", "0"), st.Total); diff != "" {
		t.Errorf("total (-want +got):\n%s", diff)
	}
}
