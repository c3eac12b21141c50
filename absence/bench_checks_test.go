package absence_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
)

// BenchmarkCertification: a year-long episode with 52 weekly fit notes.
func BenchmarkCertification(b *testing.B) {
	start := d(b, "2026-01-05")
	rec := absence.Record{Period: absence.Period{Start: start, End: start.AddDays(364)}, Reason: absence.MentalHealth}
	for from := start.AddDays(7); !from.After(rec.Period.End); from = from.AddDays(7) {
		rec.Certificates = append(rec.Certificates, absence.Certificate{Kind: absence.FitNote,
			Covers: absence.Period{Start: from, End: from.AddDays(6)}, Received: from.AddDays(2)})
	}
	h, err := absence.NewHistory(monFri(b), []absence.Record{rec}, absence.HR14())
	if err != nil {
		b.Fatal(err)
	}
	asOf := rec.Period.End
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := h.Certification(0, asOf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReferral: a stress episode (scheduled-day search) on a weekly pattern.
func BenchmarkReferral(b *testing.B) {
	h, err := absence.NewHistory(monFri(b), []absence.Record{sick(b, "2026-03-02/2026-04-30", absence.Stress)}, absence.HR14())
	if err != nil {
		b.Fatal(err)
	}
	asOf := d(b, "2026-05-01")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := h.Referral(0, absence.ReferralFacts{}, asOf); err != nil {
			b.Fatal(err)
		}
	}
}
