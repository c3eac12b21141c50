package payroll

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestSSPDailyRate: weekly rate ÷ qualifying days, truncated to 4 decimal
// places (FACTS.md: £123.25 / 6 = £20.5416), including the 3- and 7-day
// patterns where rounding instead would be off by £0.0001.
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
		if got := sspDaily(decimal.RequireFromString(tt.weekly), tt.days); !got.Equal(decimal.RequireFromString(tt.want)) {
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
