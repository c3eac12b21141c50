package payroll_test

import (
	"testing"

	"github.com/absencerules/hr14/payroll"
)

// A year's absence: sick pay, SSP and the statement, each on its own.
func BenchmarkYearOfSickness(b *testing.B) {
	pol := payroll.HR14()
	emp := employee(b, "MTWTF..")
	h := history(b, emp, sick(b, "2025-04-07/2026-03-31"))
	spIn := payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: d(b, "2020-01-01")}
	sspIn := payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: emp.Schedule,
		Earnings: []payroll.Earnings{{For: d(b, "2025-04-07"), Total: dec("4000")}}}
	sp, err := pol.SickPay(spIn)
	if err != nil {
		b.Fatal(err)
	}
	ssp, err := pol.SSP(sspIn)
	if err != nil {
		b.Fatal(err)
	}
	stIn := payroll.StatementInput{SickPay: sp, SSP: ssp, DayPay: dec("100")}
	b.Run("SickPay", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := pol.SickPay(spIn); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("SSP", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := pol.SSP(sspIn); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Statement", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := pol.Statement(stIn); err != nil {
				b.Fatal(err)
			}
		}
	})
}
