package pension_test

import (
	"testing"

	"github.com/absencerules/hr14/pension"
)

func BenchmarkAssess(b *testing.B) {
	m := legacyMember(b, pension.Section1995, "1960-04-01", "2015-03-31", years(30))
	m.Legacy.Pay = dec("30000")
	m.Legacy.WholeTime = years(32)
	p := pension.HR14()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := pension.Assess(m, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAssessMixed(b *testing.B) {
	m := mixedMember(b)
	p := pension.HR14()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := pension.Assess(m, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkConvertTier2(b *testing.B) {
	r := pension.Reemployment{Tier: pension.Tier2, NHSStart: d(b, "2025-01-15"), Earnings: monthly(b, "2025-02-15", 15, 24, "300"), PayDay: 15}
	p := pension.HR14()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := pension.ConvertTier2(r, p); err != nil {
			b.Fatal(err)
		}
	}
}
