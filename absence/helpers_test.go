package absence_test

import (
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
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

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// monFri is a full-time Monday–Friday worker, 7.5-hour days, as in the
// worked examples.
func monFri(t testing.TB) absence.Employee {
	t.Helper()
	w, err := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	if err != nil {
		t.Fatal(err)
	}
	return absence.Employee{ID: "e1", FTE: dec("1"), StandardDayHours: dec("7.5"), Schedule: w}
}

func sick(t testing.TB, period string, reason absence.Reason) absence.Record {
	t.Helper()
	return absence.Record{Period: p(t, period), Reason: reason}
}

var _ = time.Monday
