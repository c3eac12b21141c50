package pension_test

import (
	"encoding/json"
	"testing"

	"github.com/absencerules/hr14/pension"
	"github.com/shopspring/decimal"
)

// roundTrip marshals v to JSON, reads it back into a fresh value of the same
// type and fails the test unless the two are equal (decimals by value).
func roundTrip[T any](t *testing.T, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %T: %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal %T from %s: %v", v, b, err)
	}
	if diff := diff(v, back); diff != "" {
		t.Errorf("%T round trip (-before +after):\n%s", v, diff)
	}
}

// TestJSONRoundTrips: every input and result marshals to JSON and back
// without loss.
func TestJSONRoundTrips(t *testing.T) {
	p := pension.HR14()
	p.PartTime = pension.PartTimeFinalFTE
	p.Reemployment.RequalifyFrom = pension.FromExceedingLEL
	roundTrip(t, p)

	m := legacyMember(t, pension.Section1995, "1960-04-01", "2015-03-31", pension.YearsDays(30, 17))
	m.Legacy.Pay, m.Legacy.WholeTime, m.Legacy.FinalFTE = dec("30000.50"), years(32), dec("0.8")
	roundTrip(t, m)
	roundTrip(t, assess(t, m))
	mixed := mixedMember(t)
	roundTrip(t, mixed)
	roundTrip(t, assess(t, mixed))
	roundTrip(t, assess(t, scheme2015Member(t)))

	r := pension.Reemployment{Tier: pension.Tier2, NHSStart: d(t, "2025-01-15"), Earnings: monthly(t, "2025-02-15", 15, 24, "300"), PayDay: 15}
	roundTrip(t, r)
	roundTrip(t, convert(t, r))

	q, err := pension.Requalify(pension.Requalification{NormalPensionDate: d(t, "2040-01-01"), Substituted: d(t, "2026-04-08"),
		EmploymentEnded: d(t, "2026-12-31"), MedicalAccepted: true}, p)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, q)

	ab, err := pension.Abate(pension.Abatement{On: d(t, "2026-06-01"), NormalPensionDate: d(t, "2035-01-01"), Pension: dec("10000"),
		Enhancement: dec("3000"), EarlyPayment: dec("1000.005"), Earnings: dec("28000"), PreRetirement: dec("30000")}, p)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, ab)

	ls, err := pension.Exchange(pension.SeriousIllHealth{Pension: dec("10000"), MaximumLumpSum: dec("50000")}, p)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, ls)

	c, err := pension.CreditPurchase(pension.Purchase{Kind: pension.AddedYears, Started: d(t, "2010-04-01"), Applied: d(t, "2025-12-01"),
		Retires: d(t, "2026-02-01"), NormalPensionDate: d(t, "2030-01-01")}, p)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, c)
	_ = decimal.Zero
}

// TestTotalsAddUp: every total is the sum of its parts to the penny, over a
// spread of members and amounts: the 2015 pension is built up + addition,
// the two parts of an exchanged pension make the pension, and an abated
// pension is the pension less the reduction.
func TestTotalsAddUp(t *testing.T) {
	p := pension.HR14()
	for i := range 500 {
		m := scheme2015Member(t)
		m.Scheme2015.BuiltUp = decimal.New(int64(i*7919%1000000), -2)
		m.Scheme2015.FinalEarnings = decimal.New(int64(1000+i*104729%9000000), -2)
		m.LastDay = d(t, "2016-01-01").AddDays(i * 13 % 3000)
		m.Scheme2015.Membership = pension.Span(d(t, "2015-04-01"), m.LastDay)
		a, err := pension.Assess(m, p)
		if err != nil {
			t.Fatal(err)
		}
		if s := a.Scheme2015; s != nil && !s.Pension.Equal(s.BuiltUp.Add(s.Addition)) {
			t.Fatalf("2015 pension %v ≠ %v + %v", s.Pension, s.BuiltUp, s.Addition)
		}

		pen := decimal.New(int64(1+i*15485863%100000000), -3)
		ls, err := pension.Exchange(pension.SeriousIllHealth{Pension: pen, MaximumLumpSum: decimal.New(int64(1+i*32452843%500000000), -3)}, p)
		if err != nil {
			t.Fatal(err)
		}
		if !ls.AtFullRate.Add(ls.AtLowerRate).Equal(pen.Round(2)) {
			t.Fatalf("%v + %v ≠ %v", ls.AtFullRate, ls.AtLowerRate, pen.Round(2))
		}

		ab, err := pension.Abate(pension.Abatement{On: d(t, "2026-06-01"), NormalPensionDate: d(t, "2035-01-01"), Pension: pen,
			Enhancement: pen.DivRound(decimal.NewFromInt(3), 3), Earnings: decimal.New(int64(i*49979687%5000000), -2), PreRetirement: decimal.NewFromInt(30000)}, p)
		if err != nil {
			t.Fatal(err)
		}
		if !ab.Pension.Add(ab.Reduction).Equal(pen.Round(2)) {
			t.Fatalf("abated %v + %v ≠ %v", ab.Pension, ab.Reduction, pen.Round(2))
		}
	}
}
