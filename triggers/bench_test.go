package triggers_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// benchHistory returns a Mon–Fri worker (bank holidays off) with n sickness
// records of 1 to 5 days, 10 to 50 days apart, some of them part days and
// some excluded.
func benchHistory(b *testing.B, n int) absence.History {
	b.Helper()
	w, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{ID: "b", FTE: decimal.RequireFromString("0.8"), StandardDayHours: decimal.RequireFromString("7.5"),
		Schedule: w.BankHolidaysOff(absence.EnglandAndWales())}
	r := rand.New(rand.NewPCG(uint64(n), 1))
	day := absence.Date{Year: 2000, Month: 1, Day: 3}
	recs := make([]absence.Record, 0, n)
	for range n {
		rec := absence.Record{Period: absence.Period{Start: day, End: day.AddDays(r.IntN(5))}, Reason: absence.Infection}
		if r.IntN(10) == 0 {
			rec.Reason, rec.Evidence.InfectionControlLink = absence.OccupationalInfection, true
		}
		recs = append(recs, rec)
		day = rec.Period.End.AddDays(10 + r.IntN(40))
	}
	h, err := absence.NewHistory(emp, recs, absence.HR14())
	if err != nil {
		b.Fatal(err)
	}
	return h
}

func perRecord(b *testing.B, n int) {
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkEvaluate is the whole per-employee cost from a History: prepare
// the Monitor (every trigger's active stretches over the whole history) and
// evaluate as of the last record, evidence included. It should be linear in
// the records.
func BenchmarkEvaluate(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		h := benchHistory(b, n)
		asOf := h.Records[len(h.Records)-1].Period.End
		b.Run(fmt.Sprint("records=", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				m, err := triggers.New(h, triggers.HR14())
				if err != nil {
					b.Fatal(err)
				}
				if _, err := m.Evaluate(asOf); err != nil {
					b.Fatal(err)
				}
			}
			perRecord(b, n)
		})
	}
}

// BenchmarkNew is New alone: the engine the batch path reuses.
func BenchmarkNew(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		h := benchHistory(b, n)
		b.Run(fmt.Sprint("records=", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := triggers.New(h, triggers.HR14()); err != nil {
					b.Fatal(err)
				}
			}
			perRecord(b, n)
		})
	}
}

// BenchmarkTimeline is every activation with its evidence, from a prepared
// Monitor.
func BenchmarkTimeline(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		m, err := triggers.New(benchHistory(b, n), triggers.HR14())
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint("records=", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				_ = m.Timeline()
			}
			perRecord(b, n)
		})
	}
}

// BenchmarkLongAbsence shows that the cost does not grow with the length of
// an absence: one record of 1, 10 or 100 years allocates the same.
func BenchmarkLongAbsence(b *testing.B) {
	w, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: w}
	for _, years := range []int{1, 10, 100} {
		start := absence.Date{Year: 1950, Month: 1, Day: 2}
		rec := absence.Record{Period: absence.Period{Start: start, End: start.AddMonths(12 * years)}, Reason: absence.Other}
		h, err := absence.NewHistory(emp, []absence.Record{rec}, absence.HR14())
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint("years=", years), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				m, err := triggers.New(h, triggers.HR14())
				if err != nil {
					b.Fatal(err)
				}
				if _, err := m.Evaluate(rec.Period.End); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTimelineSummary is the whole-workforce cost of one employee the
// general way: absence.NewHistory, New and TimelineSummary.
func BenchmarkTimelineSummary(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		h := benchHistory(b, n)
		b.Run(fmt.Sprint("records=", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				h2, err := absence.NewHistory(h.Employee, h.Records, absence.HR14())
				if err != nil {
					b.Fatal(err)
				}
				m, err := triggers.New(h2, triggers.HR14())
				if err != nil {
					b.Fatal(err)
				}
				_ = m.TimelineSummary()
			}
			perRecord(b, n)
		})
	}
}

// BenchmarkSummariser is the same through a Summariser reused from one
// employee to the next: no allocation once warm.
func BenchmarkSummariser(b *testing.B) {
	s, err := triggers.NewSummariser(triggers.HR14())
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10, 100, 1000} {
		h := benchHistory(b, n)
		b.Run(fmt.Sprint("records=", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := s.TimelineSummary(h.Employee, h.Records); err != nil {
					b.Fatal(err)
				}
			}
			perRecord(b, n)
		})
	}
}

// BenchmarkComparer is the activations of one employee under two policies
// (HR14 against "3 episodes in 12 months") through a Comparer, the
// episodes formed once, and, for comparison, through two Summarisers.
func BenchmarkComparer(b *testing.B) {
	other := triggers.HR14()
	other.TRIG1 = triggers.EpisodeLimit{Months: 12, Episodes: 3}
	c, err := triggers.NewComparer(triggers.HR14(), other)
	if err != nil {
		b.Fatal(err)
	}
	sa, _ := triggers.NewSummariser(triggers.HR14())
	sb, _ := triggers.NewSummariser(other)
	h := benchHistory(b, 100)
	b.Run("comparer", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, _, err := c.Activations(h.Employee, h.Records); err != nil {
				b.Fatal(err)
			}
		}
		perRecord(b, 100)
	})
	b.Run("two-summarisers", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, err := sa.Activations(h.Employee, h.Records); err != nil {
				b.Fatal(err)
			}
			if _, err := sb.Activations(h.Employee, h.Records); err != nil {
				b.Fatal(err)
			}
		}
		perRecord(b, 100)
	})
}
