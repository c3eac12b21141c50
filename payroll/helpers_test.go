package payroll_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// d parses a date in a test, failing the test on a typo.
func d(t testing.TB, s string) absence.Date {
	t.Helper()
	v, err := absence.ParseDate(s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return v
}

// p parses "start/end" or a single date.
func p(t testing.TB, s string) absence.Period {
	t.Helper()
	v, err := absence.ParsePeriod(s)
	if err != nil {
		t.Fatalf("bad test period %q: %v", s, err)
	}
	return v
}

// ps parses several periods.
func ps(t testing.TB, ss ...string) []absence.Period {
	t.Helper()
	out := make([]absence.Period, len(ss))
	for i, s := range ss {
		out[i] = p(t, s)
	}
	return out
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// decEqual compares decimals by value, so 1.50 equals 1.5.
var decEqual = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// diff is cmp.Diff with the decimal comparer.
func diff(want, got any, opts ...cmp.Option) string {
	return cmp.Diff(want, got, append([]cmp.Option{decEqual}, opts...)...)
}

// week returns a weekly pattern from a Monday-first mask, 7.5-hour days.
func week(t testing.TB, mask string) absence.WeeklyPattern {
	t.Helper()
	w, err := absence.ParseWeekMask(mask, dec("7.5"))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// employee is a full-time worker on the given pattern.
func employee(t testing.TB, mask string) absence.Employee {
	t.Helper()
	return absence.Employee{ID: "e1", FTE: dec("1"), StandardDayHours: dec("7.5"), Schedule: week(t, mask)}
}

// history builds a history of sickness records for a Monday–Friday worker.
func history(t testing.TB, emp absence.Employee, recs ...absence.Record) absence.History {
	t.Helper()
	h, err := absence.NewHistory(emp, recs, absence.HR14())
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func sick(t testing.TB, period string) absence.Record {
	t.Helper()
	return absence.Record{Period: p(t, period), Reason: absence.Infection}
}

// episode returns the single episode of one sickness record.
func episode(t testing.TB, emp absence.Employee, period string) absence.Episode {
	t.Helper()
	h := history(t, emp, sick(t, period))
	if len(h.Episodes) != 1 {
		t.Fatalf("%s: %d episodes", period, len(h.Episodes))
	}
	return h.Episodes[0]
}

func hr14(t testing.TB) payroll.Policy {
	t.Helper()
	pol := payroll.HR14()
	if err := pol.Validate(); err != nil {
		t.Fatal(err)
	}
	return pol
}
