package triggers_test

import (
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// fiveYears returns a part-time Mon–Fri worker (FTE 0.8, bank holidays off)
// with five years of absence: about eight sickness records a year of 1 to 5
// days (some joining over a weekend, some excluded), a long-term absence,
// and annual leave; the as-of date is the day after the last record.
func fiveYears(b *testing.B) (absence.Employee, []absence.Record, absence.Date) {
	b.Helper()
	w, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{ID: "five", FTE: decimal.RequireFromString("0.8"), StandardDayHours: decimal.RequireFromString("7.5"),
		Schedule: w.BankHolidaysOff(absence.EnglandAndWales())}
	r := rand.New(rand.NewPCG(5, 19))
	day := absence.Date{Year: 2021, Month: 4, Day: 6}
	end := day.AddMonths(60)
	var recs []absence.Record
	for day.Before(end) {
		rec := absence.Record{Period: absence.Period{Start: day, End: day.AddDays(r.IntN(5))}, Reason: absence.Infection}
		switch k := r.IntN(20); {
		case k == 0:
			rec.Period.End = day.AddDays(30 + r.IntN(30)) // long term
			rec.Reason = absence.Musculoskeletal
		case k < 3:
			rec.Kind, rec.Reason = absence.Leave, absence.ReasonUnknown
			rec.Period.End = day.AddDays(4 + r.IntN(10))
		case k < 4:
			rec.Reason, rec.Evidence.InfectionControlLink = absence.OccupationalInfection, true
		}
		recs = append(recs, rec)
		day = rec.Period.End.AddDays(3 + r.IntN(50))
	}
	return emp, recs, recs[len(recs)-1].Period.End.AddDays(1)
}

// BenchmarkWhatIf is the what-if of one employee with five years' history,
// from the records: the history and its Monitor built, the what-if of a
// five-day absence starting the next day, and the forward calendar of the
// next 12 months (issue 19: under 1 ms).
func BenchmarkWhatIf(b *testing.B) {
	emp, recs, asOf := fiveYears(b)
	pol := triggers.HR14()
	b.ReportMetric(float64(len(recs)), "records")
	b.ReportAllocs()
	for range b.N {
		h, err := absence.NewHistory(emp, recs, pol.Recording)
		if err != nil {
			b.Fatal(err)
		}
		m, err := triggers.New(h, pol)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := m.WhatIf(absence.Record{Period: absence.Period{Start: asOf.AddDays(1), End: asOf.AddDays(5)}, Reason: absence.Other}); err != nil {
			b.Fatal(err)
		}
		if _, err := m.Outlook(asOf, 12); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOutlook is the forward calendar alone, from a Monitor.
func BenchmarkOutlook(b *testing.B) {
	emp, recs, asOf := fiveYears(b)
	h, err := absence.NewHistory(emp, recs, absence.HR14())
	if err != nil {
		b.Fatal(err)
	}
	m, err := triggers.New(h, triggers.HR14())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for range b.N {
		if _, err := m.Outlook(asOf, 12); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOutlookByRebuilding is the forward calendar the obvious way, for
// comparison: for each working day of the next 12 months, the history built
// again with one more day of sickness and its timeline evaluated
// (Monitor.With, TimelineTo), as the property test does for its samples.
func BenchmarkOutlookByRebuilding(b *testing.B) {
	emp, recs, asOf := fiveYears(b)
	h, err := absence.NewHistory(emp, recs, absence.HR14())
	if err != nil {
		b.Fatal(err)
	}
	m, err := triggers.New(h, triggers.HR14())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for range b.N {
		for d := asOf.AddDays(1); !d.After(asOf.AddMonths(12)); d = d.AddDays(1) {
			if _, ok := emp.Schedule.ShiftOn(d); !ok {
				continue
			}
			w, err := m.With(absence.Record{Period: absence.Day(d), Reason: absence.Other})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := w.TimelineTo(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
