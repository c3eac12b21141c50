package payroll_test

import (
	"encoding/json"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// fuzzEarnings builds earnings in the pay-dates form from fuzzed bytes: a
// pattern, then 3 bytes a payment (days after the previous one, amount,
// extra), with Since and contractual pay from the first bytes.
func fuzzEarnings(data []byte) payroll.Earnings {
	var e payroll.Earnings
	if len(data) < 3 {
		return e
	}
	e.Pattern = payroll.PayPattern(data[0] % 4) // 3 is unknown
	if data[1]&1 != 0 {
		e.Since = fuzzBase.AddDays(int(data[1] % 64))
	}
	if data[2]&1 != 0 {
		e.Contract = &payroll.ContractPay{Amount: decimal.New(int64(data[2]), 1), Per: payroll.ContractPeriod(data[2] / 2 % 5)}
		if e.Contract.Per == payroll.PerDays || data[2]&0x80 != 0 {
			e.Contract.Days = int(data[2] % 40)
		}
	}
	day := fuzzBase
	for i := 3; i+3 <= len(data) && len(e.Paid) < 40; i += 3 {
		day = day.AddDays(int(data[i] % 45))
		e.Paid = append(e.Paid, payroll.Payment{Date: day, Amount: decimal.New(int64(data[i+1])-5, 1), Extra: data[i+2]%5 == 0})
	}
	return e
}

// checkAverage checks the invariants of average weekly earnings worked out
// for the PIW starting on start.
func checkAverage(t *testing.T, e payroll.Earnings, start absence.Date, a payroll.AverageEarnings) {
	t.Helper()
	if a.Weekly.IsNegative() || a.Total.IsNegative() || a.Text == "" {
		t.Fatalf("average %+v", a)
	}
	// lastNormal returns the last normal payday before limit and start.
	lastNormal := func(limit absence.Date) (absence.Date, bool) {
		var last absence.Date
		for _, p := range e.Paid {
			if !p.Extra && p.Date.Before(limit) && p.Date.Before(start) {
				last = p.Date
			}
		}
		return last, !last.IsZero()
	}
	switch a.Basis {
	case payroll.AWERelevant, payroll.AWEShort:
		if a.Period == nil || (a.Days == 0 && a.Months == 0) {
			t.Fatalf("relevant period %v (%+v)", a.Period, a)
		}
		if last, _ := lastNormal(start); last != a.Period.End {
			t.Fatalf("the period %v does not end on the last payday before %v, %v", a.Period, start, last)
		}
		sum := decimal.Zero
		for _, p := range e.Paid {
			if a.Period.Contains(p.Date) {
				sum = sum.Add(p.Amount)
			}
		}
		if !sum.Equal(a.Total) {
			t.Fatalf("total %v, payments in %v add up to %v", a.Total, a.Period, sum)
		}
		prior, ok := lastNormal(a.Period.End.AddDays(-55))
		if a.Basis == payroll.AWERelevant && (!ok || prior != a.Period.Start.AddDays(-1)) {
			t.Fatalf("relevant period %v does not start after the last payday 8 weeks before its end, %v", a.Period, prior)
		}
		if a.Basis == payroll.AWEShort && (ok || a.Period.Start != e.Since) {
			t.Fatalf("short period %v with Since %v and a payday %v 8 weeks before", a.Period, e.Since, prior)
		}
	case payroll.AWEContract:
		if _, ok := lastNormal(start); ok || e.Contract == nil {
			t.Fatalf("contractual pay used with a payday before %v", start)
		}
	default:
		t.Fatalf("basis %v for the pay-dates form", a.Basis)
	}
}

// FuzzEarnings: average weekly earnings from pay dates never panic, fail
// only with typed errors, and find a relevant period that ends with the
// last payday before the PIW and holds the payments it adds up; SSP over
// the same pay history keeps its invariants.
func FuzzEarnings(f *testing.F) {
	f.Add([]byte{1, 0, 0, 31, 100, 1, 30, 100, 1, 31, 100, 1, 30, 100, 1}, uint8(20))
	f.Add([]byte{0, 1, 0, 7, 50, 1, 7, 50, 1, 7, 50, 0, 7, 50, 1, 7, 50, 1, 7, 50, 1, 7, 50, 1, 7, 50, 1, 7, 50, 1}, uint8(3))
	f.Add([]byte{2, 7, 9, 3, 200, 1, 40, 0, 2, 1, 90, 5}, uint8(200))
	f.Add([]byte{0, 0, 3}, uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, offset uint8) {
		e := fuzzEarnings(data)
		start := fuzzBase.AddDays(int(offset) * 2)
		a, err := e.Average(start)
		if err != nil {
			typed(t, err, payroll.ErrEarnings, payroll.ErrInvalidDate)
		} else if len(e.Paid) > 0 || e.Contract != nil {
			checkAverage(t, e, start, a)
		}
		in := payroll.SSPInput{Incapacity: []absence.Period{{Start: start, End: start.AddDays(int(offset % 30))},
			{Start: start.AddDays(40), End: start.AddDays(45)}}, Earnings: []payroll.Earnings{e}}
		in.Schedule, _ = absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
		pol := payroll.HR14()
		pol.Straddle = payroll.StraddleByDay
		got, err := pol.SSP(in)
		if err != nil {
			typed(t, err, payroll.ErrEarnings, payroll.ErrInvalidDate, payroll.ErrNoEarnings, payroll.ErrNoParameter)
			return
		}
		checkSSP(t, got)
	})
}

// FuzzEarningsJSON: earnings read from JSON (a case file's pay.earnings)
// either fail to decode, or give average weekly earnings or a typed error.
func FuzzEarningsJSON(f *testing.F) {
	for _, s := range []string{
		`{"for":"2025-06-02","pattern":"monthly","total":"4496.00","payments":2}`,
		`{"pattern":"monthly","paid":[{"date":"2025-03-31","amount":"2000"},{"date":"2025-04-30","amount":"2000"},{"date":"2025-05-30","amount":"2000"}]}`,
		`{"pattern":"irregular","paid":[{"date":"2025-05-30","amount":"120.50"},{"date":"2025-05-31","amount":"10","extra":true}],"since":"2025-05-01"}`,
		`{"contract":{"amount":"2000","per":"days","days":30}}`,
		`{"contract":{"amount":"-1","per":"year"},"paid":[]}`,
		`{"pattern":"weekly","total":"1e9","payments":-3}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var e payroll.Earnings
		if err := json.Unmarshal(b, &e); err != nil {
			return
		}
		a, err := e.Average(absence.Date{Year: 2025, Month: 6, Day: 2})
		if err != nil {
			typed(t, err, payroll.ErrEarnings, payroll.ErrInvalidDate)
			return
		}
		if a.Weekly.IsNegative() {
			t.Fatalf("negative AWE %v from %s", a.Weekly, b)
		}
	})
}
