package payroll

import (
	"testing"

	"github.com/absencerules/hr14/absence"
)

// TestPAY8_CalendarMonths: HMRC's rounding of the odd days of a monthly
// relevant period (SPM170400): any month but February, 15 days or fewer
// round down and 16 or more up; February, 14 or fewer down and 15 or more
// up.
func TestPAY8_CalendarMonths(t *testing.T) {
	tests := []struct {
		period string
		want   int
	}{
		{"2018-02-01/2018-03-31", 2}, // whole months
		{"2018-02-01/2018-03-15", 1}, // 15 days of March: down
		{"2018-02-01/2018-03-16", 2}, // 16 days of March: up
		{"2018-03-01/2018-04-15", 1}, // 15 days of April (30): down
		{"2018-03-01/2018-04-16", 2}, // 16 days of April: up
		{"2018-01-01/2018-02-14", 1}, // 14 days of February: down
		{"2018-01-01/2018-02-15", 2}, // 15 days of February: up
		{"2024-01-01/2024-02-14", 1}, // 14 days of a leap February: down
		{"2024-01-01/2024-02-15", 2}, // 15 of 29: up
		{"2025-04-01/2025-05-30", 2}, // paid on the last working day: 30 odd days of May
		{"2025-01-16/2025-03-15", 2}, // monthly on the 15th
		{"2025-01-31/2025-03-30", 2}, // from the 31st: 31 January + 2 months is 31 March
		{"2025-02-01/2025-03-28", 2}, // 56 days, the shortest relevant period: 28 odd days of March
	}
	for _, tt := range tests {
		p, err := absence.ParsePeriod(tt.period)
		if err != nil {
			t.Fatal(err)
		}
		if got := calendarMonths(p); got != tt.want {
			t.Errorf("calendarMonths(%s) = %d, want %d", tt.period, got, tt.want)
		}
	}
}
