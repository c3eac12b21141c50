package absence_test

import (
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dates(hs []absence.Holiday) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Date.String()
	}
	return out
}

func TestEnglandAndWalesTable(t *testing.T) {
	ew := absence.EnglandAndWales()
	// GOV.UK's published dates (gov.uk/bank-holidays), year by year.
	want := map[int][]string{
		2022: {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"},
		2023: {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"},
		2024: {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"},
		2025: {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"},
		2026: {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"},
		2027: {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"},
		2028: {"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"},
	}
	for y, w := range want {
		assert.Equal(t, w, dates(ew.Holidays(y)), "year %d", y)
	}
	// One-offs that a rule engine alone would miss.
	h, ok := ew.Holiday(d(t, "2022-09-19"))
	require.True(t, ok)
	assert.Contains(t, h.Name, "State Funeral")
	assert.True(t, ew.IsHoliday(d(t, "2023-05-08")))
	// The Boxing Day substitute of 2026.
	assert.True(t, ew.IsHoliday(d(t, "2026-12-28")))
	assert.False(t, ew.IsHoliday(d(t, "2026-12-26")))
}

func TestEnglandAndWalesRulesMatchTableWithoutOneOffs(t *testing.T) {
	ew := absence.EnglandAndWales()
	for y := 2024; y <= 2028; y++ { // 2022 and 2023 have one-offs
		assert.Equal(t, dates(ew.Holidays(y)), dates(absence.EnglandAndWalesRules(y)), "year %d", y)
	}
	// Generated years outside the table.
	assert.Equal(t, []string{"2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"},
		dates(ew.Holidays(2029)))
	// 2021: Christmas on Saturday, Boxing Day on Sunday → 27 and 28 December.
	assert.Equal(t, []string{"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"},
		dates(ew.Holidays(2021)))
	// 2033: New Year on Saturday → Monday 3 January; Christmas on Sunday →
	// Boxing Day Monday 26, Christmas substitute Tuesday 27.
	h33 := dates(ew.Holidays(2033))
	assert.Equal(t, "2033-01-03", h33[0])
	assert.Equal(t, []string{"2033-12-26", "2033-12-27"}, h33[len(h33)-2:])
}

func TestCalendarIsAValue(t *testing.T) {
	ew := absence.EnglandAndWales()
	extra := ew.With(absence.Holiday{Date: d(t, "2030-06-10"), Name: "Example one-off"})
	assert.True(t, extra.IsHoliday(d(t, "2030-06-10")))
	assert.False(t, ew.IsHoliday(d(t, "2030-06-10")), "With must not change the receiver")
	assert.Len(t, extra.Holidays(2030), 9, "a one-off keeps the generated days of its year")

	fewer := ew.Without(d(t, "2026-08-31"))
	assert.False(t, fewer.IsHoliday(d(t, "2026-08-31")))
	assert.True(t, ew.IsHoliday(d(t, "2026-08-31")))

	replaced, err := ew.WithYear(2026, []absence.Holiday{{Date: d(t, "2026-07-01"), Name: "Only day"}})
	require.NoError(t, err)
	assert.Equal(t, []string{"2026-07-01"}, dates(replaced.Holidays(2026)))
	_, err = ew.WithYear(2026, []absence.Holiday{{Date: d(t, "2027-07-01")}})
	assert.ErrorIs(t, err, absence.ErrInvalidDate)

	own, err := absence.NewCalendar("test", []absence.Holiday{{Date: d(t, "2026-03-17"), Name: "St Patrick's Day"}})
	require.NoError(t, err)
	assert.True(t, own.IsHoliday(d(t, "2026-03-17")))
	assert.Empty(t, own.Holidays(2027), "an explicit calendar generates nothing")
	_, err = absence.NewCalendar("dup", []absence.Holiday{{Date: d(t, "2026-03-17")}, {Date: d(t, "2026-03-17")}})
	assert.ErrorIs(t, err, absence.ErrUnsorted)

	var zero absence.Calendar
	assert.False(t, zero.IsHoliday(d(t, "2026-12-25")))
}

func TestBusinessDaysAcrossChristmas2026(t *testing.T) {
	ew := absence.EnglandAndWales()
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-12-23", 1, "2026-12-24"},  // Wed → Thu
		{"2026-12-24", 1, "2026-12-29"},  // Thu → Tue: Fri 25 and Mon 28 are holidays
		{"2026-12-24", 5, "2027-01-05"},  // 29, 30, 31, 4, 5 (1 January is a holiday)
		{"2026-12-31", 1, "2027-01-04"},  // Thu → Mon
		{"2027-01-04", -1, "2026-12-31"}, // backwards
		{"2026-12-29", -1, "2026-12-24"},
		{"2026-07-20", 5, "2026-07-27"},  // worked example 9: decision letter
		{"2026-09-09", -5, "2026-09-02"}, // worked example 9: appeal response
		{"2026-08-28", 1, "2026-09-01"},  // Fri → Tue over the late-August bank holiday
		{"2026-12-26", 0, "2026-12-26"},
		{"2026-12-26", 1, "2026-12-29"}, // from a Saturday
	}
	for _, tt := range tests {
		got := ew.AddBusinessDays(d(t, tt.from), tt.n)
		assert.Equal(t, tt.want, got.String(), "%s %+d business days", tt.from, tt.n)
	}
}

func TestBusinessDaysCount(t *testing.T) {
	ew := absence.EnglandAndWales()
	// 24 Dec 2026 (Thu) to 31 Dec (Thu): Thu 24, [Fri 25 holiday], [Mon 28 holiday], Tue 29, Wed 30, Thu 31.
	assert.Equal(t, 4, ew.BusinessDays(p(t, "2026-12-24/2026-12-31")))
	assert.Equal(t, 5, absence.Calendar{}.BusinessDays(p(t, "2026-12-21/2026-12-27")))
	assert.True(t, ew.IsBusinessDay(d(t, "2026-12-24")))
	assert.False(t, ew.IsBusinessDay(d(t, "2026-12-26")))
	assert.Equal(t, time.Monday, d(t, "2026-12-28").Weekday())
}
