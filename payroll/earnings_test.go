package payroll_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// paydays returns payments of amount on each date.
func paydays(t testing.TB, amount string, dates ...string) []payroll.Payment {
	t.Helper()
	out := make([]payroll.Payment, len(dates))
	for i, s := range dates {
		out[i] = payroll.Payment{Date: d(t, s), Amount: dec(amount)}
	}
	return out
}

// fridays returns n weekly paydays of amount, the last on last.
func fridays(t testing.TB, amount, last string, n int) []payroll.Payment {
	t.Helper()
	out := make([]payroll.Payment, n)
	for i := range n {
		out[i] = payroll.Payment{Date: d(t, last).AddDays(-7 * (n - 1 - i)), Amount: dec(amount)}
	}
	return out
}

// TestPAY8_AverageWeeklyEarnings: the relevant period and its arithmetic
// from pay dates and amounts for every case GOV.UK's calculator and HMRC's
// manual handle (SSP (General) Regulations 1982 reg 19; SPM170200 …
// SPM170700).
func TestPAY8_AverageWeeklyEarnings(t *testing.T) {
	bonus := earnings{Paid: fridays(t, "500", "2025-05-30", 9)}.with(t, "2025-05-14", "400")
	bonus.Paid = append(bonus.Paid, payroll.Payment{Date: d(t, "2025-06-01"), Amount: dec("999"), Extra: true})
	for i := range bonus.Paid {
		bonus.Paid[i].Extra = bonus.Paid[i].Date.Weekday() != time.Friday
	}
	tests := []struct {
		name   string
		e      payroll.Earnings
		start  string
		basis  payroll.AWEBasis
		period string // "" for none
		months int
		days   int
		weekly string
	}{
		{"weekly: the 8 weeks to the last payday", payroll.Earnings{Pattern: payroll.PaidWeekly, Paid: fridays(t, "500", "2025-05-30", 10)},
			"2025-06-02", payroll.AWERelevant, "2025-04-05/2025-05-30", 0, 56, "500"},
		{"a payday on the first day of the PIW is not before it", payroll.Earnings{Paid: fridays(t, "500", "2025-06-06", 11)},
			"2025-06-06", payroll.AWERelevant, "2025-04-05/2025-05-30", 0, 56, "500"},
		{"four-weekly", payroll.Earnings{Paid: paydays(t, "2000", "2025-03-07", "2025-04-04", "2025-05-02", "2025-05-30")},
			"2025-06-02", payroll.AWERelevant, "2025-04-05/2025-05-30", 0, 56, "500"},
		{"monthly, last working day: 2 calendar months (29 odd days of May round up)",
			payroll.Earnings{Pattern: payroll.PaidMonthly, Paid: paydays(t, "2000", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-30")},
			"2025-06-02", payroll.AWERelevant, "2025-04-01/2025-05-30", 2, 0, "461.5384615384615385"},
		{"monthly on the 15th: whole months from the day after a payday",
			payroll.Earnings{Pattern: payroll.PaidMonthly, Paid: paydays(t, "2600", "2025-01-15", "2025-02-15", "2025-03-15", "2025-04-15")},
			"2025-05-12", payroll.AWERelevant, "2025-02-16/2025-04-15", 2, 0, "600"},
		{"irregular: HMRC SPM170700's example (£1,500 over 10 March to 4 May 2012)",
			earnings{Pattern: payroll.PaidIrregularly, Paid: paydays(t, "0", "2012-03-09", "2012-05-04")}.with(t, "2012-04-13", "1500"),
			"2012-05-12", payroll.AWERelevant, "2012-03-10/2012-05-04", 0, 56, "187.5"},
		{"irregular, not whole weeks: ÷ days × 7", payroll.Earnings{Pattern: payroll.PaidIrregularly,
			Paid: paydays(t, "200", "2018-01-31", "2018-02-20", "2018-03-31")}, "2018-04-02", payroll.AWERelevant,
			"2018-02-01/2018-03-31", 0, 59, "47.4576271186440678"},
		{"a bonus in the period counts, one after it does not, and neither ends it", bonus,
			"2025-06-02", payroll.AWERelevant, "2025-04-05/2025-05-30", 0, 56, "550"},
		{"paid for less than 8 weeks: every payment since the start ÷ its days × 7",
			payroll.Earnings{Paid: fridays(t, "300", "2025-05-30", 3), Since: d(t, "2025-05-12")},
			"2025-06-02", payroll.AWEShort, "2025-05-12/2025-05-30", 0, 19, "331.5789473684210526"},
		{"monthly paid for less than 8 weeks: by the day too",
			payroll.Earnings{Pattern: payroll.PaidMonthly, Paid: paydays(t, "3100", "2025-05-31"), Since: d(t, "2025-05-01")},
			"2025-06-02", payroll.AWEShort, "2025-05-01/2025-05-31", 0, 31, "700"},
		{"sick before the first payday: a month's contractual pay × 12 ÷ 52",
			payroll.Earnings{Pattern: payroll.PaidMonthly, Since: d(t, "2025-05-19"), Contract: &payroll.ContractPay{Amount: dec("2600"), Per: payroll.PerMonth}},
			"2025-06-02", payroll.AWEContract, "", 1, 0, "600"},
		{"sick before the first payday: a week's", payroll.Earnings{Paid: paydays(t, "300", "2025-06-06"),
			Contract: &payroll.ContractPay{Amount: dec("300"), Per: payroll.PerWeek}}, "2025-06-02", payroll.AWEContract, "", 0, 0, "300"},
		{"sick before the first payday: a year's ÷ 52", payroll.Earnings{Contract: &payroll.ContractPay{Amount: dec("26000"), Per: payroll.PerYear}},
			"2025-06-02", payroll.AWEContract, "", 0, 0, "500"},
		{"sick before the first payday: GOV.UK's pay for a number of days", payroll.Earnings{
			Contract: &payroll.ContractPay{Amount: dec("2000"), Per: payroll.PerDays, Days: 30}},
			"2025-06-02", payroll.AWEContract, "", 0, 30, "466.6666666666666667"},
		{"the summary form is as before", payroll.Earnings{Pattern: payroll.PaidMonthly, Total: dec("2600"), Payments: 2},
			"2025-06-02", payroll.AWESummary, "", 2, 0, "300"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.e.Average(d(t, tt.start))
			if err != nil {
				t.Fatal(err)
			}
			var period *absence.Period
			if tt.period != "" {
				v := p(t, tt.period)
				period = &v
			}
			if got.Basis != tt.basis || diff(period, got.Period) != "" || got.Months != tt.months || got.Days != tt.days ||
				!got.Weekly.Equal(dec(tt.weekly)) || got.Text == "" {
				t.Errorf("got %+v (period %v); want %v, %v, %d months, %d days, £%s", got, got.Period, tt.basis, tt.period, tt.months, tt.days, tt.weekly)
			}
			if tt.basis == payroll.AWERelevant || tt.basis == payroll.AWEShort {
				sum := dec("0")
				for _, pay := range tt.e.Paid {
					if got.Period.Contains(pay.Date) {
						sum = sum.Add(pay.Amount)
					}
				}
				if !sum.Equal(got.Total) {
					t.Errorf("total %v, payments in the period add up to %v", got.Total, sum)
				}
			}
		})
	}
}

// with adds a payment of amount on date, in date order.
func (e earnings) with(t testing.TB, date, amount string) payroll.Earnings {
	t.Helper()
	out := payroll.Earnings(e)
	out.Paid = append([]payroll.Payment(nil), e.Paid...)
	pay := payroll.Payment{Date: d(t, date), Amount: dec(amount)}
	for i, q := range out.Paid {
		if q.Date.After(pay.Date) {
			out.Paid = append(out.Paid[:i], append([]payroll.Payment{pay}, out.Paid[i:]...)...)
			return out
		}
	}
	out.Paid = append(out.Paid, pay)
	return out
}

// TestPAY8_AverageWeeklyEarningsErrors: earnings that cannot give AWE are
// refused with ErrEarnings naming the field.
func TestPAY8_AverageWeeklyEarningsErrors(t *testing.T) {
	tests := []struct {
		name  string
		e     payroll.Earnings
		field string
	}{
		{"short history without Since", payroll.Earnings{Paid: fridays(t, "300", "2025-05-30", 3)}, "Since"},
		{"Since after the last payday", payroll.Earnings{Paid: fridays(t, "300", "2025-05-30", 1), Since: d(t, "2025-06-01")}, "Paid[0].Date"},
		{"no payday before the PIW, no contractual pay", payroll.Earnings{Paid: paydays(t, "300", "2025-06-06")}, "Contract"},
		{"a total and pay dates", payroll.Earnings{Total: dec("1"), Paid: paydays(t, "300", "2025-05-30")}, "Total"},
		{"out of date order", payroll.Earnings{Paid: paydays(t, "300", "2025-05-30", "2025-05-23")}, "Paid[1].Date"},
		{"a negative payment", payroll.Earnings{Paid: paydays(t, "-1", "2025-05-30")}, "Paid[0].Amount"},
		{"irregular pay as a total", payroll.Earnings{Pattern: payroll.PaidIrregularly, Total: dec("100")}, "Paid"},
		{"contract days missing", payroll.Earnings{Contract: &payroll.ContractPay{Amount: dec("1"), Per: payroll.PerDays}}, "Contract.Days"},
		{"contract days with a week", payroll.Earnings{Contract: &payroll.ContractPay{Amount: dec("1"), Days: 3}}, "Contract.Days"},
		{"a negative contract", payroll.Earnings{Contract: &payroll.ContractPay{Amount: dec("-1")}}, "Contract.Amount"},
		{"an unknown pattern", payroll.Earnings{Pattern: 9, Total: dec("1")}, "Pattern"},
		{"Since with a total", payroll.Earnings{Total: dec("1"), Since: d(t, "2025-01-01")}, "Since"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.e.Average(d(t, "2025-06-02"))
			var ie *payroll.InputError
			classified := errors.Is(err, payroll.ErrEarnings) || errors.Is(err, payroll.ErrInvalidDate)
			if !errors.As(err, &ie) || ie.Field != tt.field || !classified {
				t.Errorf("error %v, want ErrEarnings on %s", err, tt.field)
			}
		})
	}
	if _, err := (payroll.Earnings{Paid: fridays(t, "300", "2025-05-30", 10)}).AWE(); !errors.Is(err, payroll.ErrEarnings) {
		t.Errorf("AWE of pay dates without For: %v, want ErrEarnings", err)
	}
}

// TestPAY8_PayHistoryServesEveryPIW: one pay history (no For) gives each
// PIW the relevant period before its own first day; an entry for a PIW
// still wins.
func TestPAY8_PayHistoryServesEveryPIW(t *testing.T) {
	history := payroll.Earnings{Pattern: payroll.PaidMonthly,
		Paid: paydays(t, "2600", "2026-03-31", "2026-04-30", "2026-05-29", "2026-06-30", "2026-07-31", "2026-08-28", "2026-09-30")}
	history.Paid[5].Amount = dec("520") // a month of unpaid leave: £3,120 over August and September
	in := payroll.SSPInput{Incapacity: ps(t, "2026-06-08", "2026-10-05", "2026-12-07"), Schedule: week(t, "MTWTF.."),
		Earnings: []payroll.Earnings{history, {For: d(t, "2026-12-07"), Pattern: payroll.PaidMonthly, Total: dec("5200"), Payments: 2}}}
	got, err := hr14(t).SSP(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.PIWs) != 3 {
		t.Fatalf("%d PIWs, want 3", len(got.PIWs))
	}
	want := []struct {
		period string
		weekly string
	}{
		{"2026-04-01/2026-05-29", "600"}, // £5,200 ÷ 2 × 12 ÷ 52
		{"2026-08-01/2026-09-30", "360"}, // £3,120 ÷ 2 × 12 ÷ 52
		{"", "600"},                      // its own entry
	}
	for i, w := range want {
		e := got.PIWs[i].Earnings
		if e == nil || !e.Weekly.Equal(dec(w.weekly)) || (w.period != "" && (e.Period == nil || *e.Period != p(t, w.period))) {
			t.Errorf("PIW %d: earnings %+v, want %s a week over %s", i+1, e, w.weekly, w.period)
		}
	}
	// 80% of £360 = £288 is more than the flat rate: £24.65 a day; the cap
	// needs earnings, which the history gives.
	if diff := diff(map[string]string{"2026-06-08": "24.6500", "2026-10-05": "24.6500", "2026-12-07": "24.6500"}, paidDays(got)); diff != "" {
		t.Errorf("paid days (-want +got):\n%s", diff)
	}
	// Two histories are ambiguous.
	in.Earnings = []payroll.Earnings{history, history}
	if _, err := hr14(t).SSP(in); !errors.Is(err, payroll.ErrEarnings) {
		t.Errorf("two pay histories: %v, want ErrEarnings", err)
	}
}

// TestEarningsJSON: the pay-dates form reads and writes its codes.
func TestEarningsJSON(t *testing.T) {
	const src = `{"pattern":"irregular","total":"0","paid":[{"date":"2025-05-30","amount":"120.50"},{"date":"2025-05-31","amount":"10","extra":true}],` +
		`"since":"2025-05-01","contract":{"amount":"2000","per":"days","days":30}}`
	var e payroll.Earnings
	if err := json.Unmarshal([]byte(src), &e); err != nil {
		t.Fatal(err)
	}
	want := payroll.Earnings{Pattern: payroll.PaidIrregularly, Total: dec("0"),
		Paid:  []payroll.Payment{{Date: d(t, "2025-05-30"), Amount: dec("120.50")}, {Date: d(t, "2025-05-31"), Amount: dec("10"), Extra: true}},
		Since: d(t, "2025-05-01"), Contract: &payroll.ContractPay{Amount: dec("2000"), Per: payroll.PerDays, Days: 30}}
	if diff := diff(want, e); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var back payroll.Earnings
	if err := json.Unmarshal(b, &back); err != nil || diff(e, back) != "" {
		t.Errorf("round trip: %s, %v", b, err)
	}
	if err := json.Unmarshal([]byte(`{"contract":{"per":"fortnight"}}`), &e); !errors.Is(err, payroll.ErrInvalidPolicy) {
		t.Errorf("unknown contract period: %v", err)
	}
}

// earnings lets a test table build Earnings with a payment added.
type earnings payroll.Earnings
