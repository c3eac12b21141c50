package payroll_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// injuryYear is 12 monthly pay periods on half pay from 2026-01-01.
func injuryYear(b *testing.B) []payroll.InjuryPeriod {
	b.Helper()
	var out []payroll.InjuryPeriod
	start := d(b, "2026-01-01")
	for range 12 {
		end := start.AddMonths(1).AddDays(-1)
		out = append(out, payroll.InjuryPeriod{Period: absence.Period{Start: start, End: end}, Pay: dec("2500"), Received: dec("1250"), Benefits: dec("0")})
		start = end.AddDays(1)
	}
	return out
}

// A year of Injury Allowance: the figures alone, and as a claim with
// evidence, a decision, 52 weekly benefits declared and every period paid.
func BenchmarkInjuryAllowance(b *testing.B) {
	pol := payroll.HR14()
	b.Run("Figures", func(b *testing.B) {
		in := payroll.InjuryInput{Attributable: true, Start: d(b, "2026-01-01"), Periods: injuryYear(b)}
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := pol.InjuryAllowance(in); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Claim", func(b *testing.B) {
		periods := injuryYear(b)
		for i := range periods {
			periods[i].PaidOn = periods[i].Period.End
		}
		claim := &payroll.InjuryClaim{
			Incident: &payroll.Incident{Date: d(b, "2025-12-31"), Report: "IR-2025-0412", Reported: d(b, "2025-12-31")},
			Evidence: []payroll.EvidenceItem{{Kind: payroll.EvidenceAccidentReport, Received: d(b, "2026-01-05")},
				{Kind: payroll.EvidenceOHReport, Received: d(b, "2026-01-05")}, {Kind: payroll.EvidenceStatement, Received: d(b, "2026-01-05")}},
			Decision: &payroll.InjuryDecision{Attributable: true, By: payroll.RoleLineManager, Decided: d(b, "2026-01-10"),
				HRAdvice: d(b, "2026-01-09"), PaymentFrom: d(b, "2026-01-01")},
		}
		week := d(b, "2026-01-01")
		for range 52 {
			claim.Benefits = append(claim.Benefits, payroll.BenefitDeclaration{Kind: payroll.BenefitContributory, Status: payroll.BenefitReceived,
				Declared: week.AddDays(20), Period: absence.Period{Start: week, End: week.AddDays(6)}, Amount: dec("91.15")})
			week = week.AddDays(7)
		}
		in := payroll.InjuryInput{Start: d(b, "2026-01-01"), Periods: periods, Claim: claim}
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := pol.InjuryAllowance(in); err != nil {
				b.Fatal(err)
			}
		}
	})
}
