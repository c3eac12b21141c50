package absence_test

import (
	"fmt"
	"testing"

	"github.com/absencerules/hr14/absence"
)

// benchRecords returns n one- to three-day sickness records, one every 11
// days, like a heavy-absence employee of the bench data set.
func benchRecords(b *testing.B, n int) []absence.Record {
	b.Helper()
	start := d(b, "2023-01-02")
	recs := make([]absence.Record, n)
	for i := range recs {
		first := start.AddDays(11 * i)
		recs[i] = absence.Record{Period: absence.Period{Start: first, End: first.AddDays(i % 3)}, Reason: absence.Infection}
	}
	return recs
}

func BenchmarkNewHistory(b *testing.B) {
	emp := monFri(b)
	for _, n := range []int{10, 100, 1000} {
		recs := benchRecords(b, n)
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := absence.NewHistory(emp, recs, absence.HR14()); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "records/s")
		})
	}
}

// BenchmarkBuilder is the whole-workforce path: the counted runs of the
// same histories as BenchmarkNewHistory, by one Builder reusing its memory.
func BenchmarkBuilder(b *testing.B) {
	emp := monFri(b)
	bld, err := absence.NewBuilder(absence.HR14())
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10, 100, 1000} {
		recs := benchRecords(b, n)
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := bld.Counted(emp, recs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "records/s")
		})
	}
}
