package payroll

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestSSPDailyRate: weekly rate ÷ qualifying days, truncated to 4 decimal
// places, as GOV.UK's SSP calculator does (alphagov/smart-answers
// statutory_sick_pay_calculator.rb: £123.25 / 6 = £20.5416), including the
// 3- and 7-day patterns where rounding instead would be off by £0.0001.
func TestSSPDailyRate(t *testing.T) {
	for _, tt := range []struct {
		weekly string
		days   int
		want   string
	}{
		{"123.25", 6, "20.5416"},
		{"118.75", 7, "16.9642"},
		{"118.75", 3, "39.5833"},
		{"116.75", 5, "23.35"},
		{"123.25", 4, "30.8125"},
		{"123.25", 1, "123.25"},
	} {
		if got := sspDaily(over(decimal.RequireFromString(tt.weekly), 1), tt.days); !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("£%s ÷ %d = %v, want %s", tt.weekly, tt.days, got, tt.want)
		}
	}
	if got := sspWeek(decimal.RequireFromString("123.2496")); got.String() != "123.25" {
		t.Errorf("week 123.2496 → %v", got)
	}
	if got := sspWeek(decimal.RequireFromString("18.4615")); got.String() != "18.47" {
		t.Errorf("week 18.4615 → %v, want rounded up to 18.47", got)
	}
}

func TestPennyHalfUp(t *testing.T) {
	for in, want := range map[string]string{"1.005": "1.01", "1.004999": "1", "2.675": "2.68", "0.125": "0.13"} {
		if got := penny(decimal.RequireFromString(in)); !got.Equal(decimal.RequireFromString(want)) {
			t.Errorf("penny(%s) = %v, want %s", in, got, want)
		}
	}
}

func TestMoney(t *testing.T) {
	for in, want := range map[string]string{"0": "£0.00", "1234567.891": "£1,234,567.89", "999.995": "£1,000.00", "-12.5": "−£12.50", "100": "£100.00"} {
		if got := money(decimal.RequireFromString(in)); got != want {
			t.Errorf("money(%s) = %q, want %q", in, got, want)
		}
	}
}

// TestRatioRoundsOnce: a figure worked out from a division is rounded once,
// from the exact quotient. 0.01499999999999999997 ÷ 3 is just under half a
// penny: carried to 16 decimal places first it would become 0.005 and round
// up to a penny.
func TestRatioRoundsOnce(t *testing.T) {
	r := over(decimal.RequireFromString("0.01499999999999999997"), 3)
	if got := r.round(2); !got.IsZero() {
		t.Errorf("round(2) = %v, want 0", got)
	}
	if twice := r.approx().Round(2); !twice.Equal(decimal.RequireFromString("0.01")) {
		t.Fatalf("the test no longer shows double rounding: %v", twice)
	}
	// Truncation likewise: just under £18.4615 a day stays £18.4614.
	w := over(decimal.RequireFromString("92.30749999999999999999"), 5)
	if got := sspDaily(w, 1); !got.Equal(decimal.RequireFromString("18.4614")) {
		t.Errorf("daily %v, want 18.4614", got)
	}
	if r.cmp(decimal.RequireFromString("0.005")) >= 0 || !r.less(over(decimal.RequireFromString("0.005"), 1)) {
		t.Error("comparisons are not exact")
	}
	if got := over(decimal.NewFromInt(7), 2).minus(decimal.NewFromInt(1)).round(1); !got.Equal(decimal.RequireFromString("2.5")) {
		t.Errorf("7/2 − 1 = %v", got)
	}
}
