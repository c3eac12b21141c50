package absence_test

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAddMonthsClampsToMonthEnd(t *testing.T) {
	tests := []struct {
		from   string
		months int
		want   string
	}{
		{"2026-08-31", -6, "2026-02-28"}, // the package Conventions
		{"2024-08-31", -6, "2024-02-29"}, // leap year (bench edge employee 1)
		{"2028-08-31", -6, "2028-02-29"}, // 2028 is a leap year
		{"2028-02-29", 12, "2029-02-28"},
		{"2028-02-29", -12, "2027-02-28"},
		{"2024-02-29", -12, "2023-02-28"},
		{"2026-01-31", 1, "2026-02-28"},
		{"2026-03-31", -1, "2026-02-28"},
		{"2026-05-31", -1, "2026-04-30"},
		{"2026-07-15", -6, "2026-01-15"},
		{"2026-01-15", -1, "2025-12-15"},
		{"2026-12-31", 1, "2027-01-31"},
		{"2026-03-02", 0, "2026-03-02"},
		{"2000-02-29", 12, "2001-02-28"},
		{"1900-01-31", 1, "1900-02-28"}, // 1900 is not a leap year
		{"2026-06-30", -120, "2016-06-30"},
	}
	for _, tt := range tests {
		got := d(t, tt.from).AddMonths(tt.months)
		assert.Equal(t, tt.want, got.String(), "%s %+d months", tt.from, tt.months)
	}
}

func TestUnixDaysAgreesWithTimePackage(t *testing.T) {
	// Every day from 1600 to 2400 against the standard library.
	start := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
	for day := 0; day < 292_000; day += 1 {
		tm := start.AddDate(0, 0, day)
		want := absence.Date{Year: tm.Year(), Month: tm.Month(), Day: tm.Day()}
		n := int(tm.Unix() / 86400)
		if got := want.UnixDays(); got != n {
			t.Fatalf("%v.UnixDays() = %d, want %d", want, got, n)
		}
		if got := absence.FromUnixDays(n); got != want {
			t.Fatalf("FromUnixDays(%d) = %v, want %v", n, got, want)
		}
		if got := want.Weekday(); got != tm.Weekday() {
			t.Fatalf("%v.Weekday() = %v, want %v", want, got, tm.Weekday())
		}
	}
}

func TestParseDate(t *testing.T) {
	good := []string{"2026-03-02", "2028-02-29", "1900-01-01", "2200-12-31"}
	for _, s := range good {
		v, err := absence.ParseDate(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, v.String())
		assert.True(t, v.IsValid())
	}
	bad := []string{"", "2026-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "26-01-05", "2026-01-05T00:00:00Z", "2026/01/05", " 2026-01-05", "2026-04-31"}
	for _, s := range bad {
		_, err := absence.ParseDate(s)
		require.Error(t, err, s)
		assert.True(t, errors.Is(err, absence.ErrInvalidDate), s)
		var ie *absence.InputError
		assert.True(t, errors.As(err, &ie), s)
	}
	// Outside the years hr14 accepts: a typo, or "no end date".
	for _, s := range []string{"0001-01-06", "1899-12-31", "2201-01-01", "9999-12-31"} {
		_, err := absence.ParseDate(s)
		require.ErrorIs(t, err, absence.ErrDateRange, s)
		assert.Equal(t, "absence: date: date outside the years 1900 to 2200: "+s, err.Error())
	}
	assert.Equal(t, "date outside the years "+strconv.Itoa(absence.EarliestYear)+" to "+strconv.Itoa(absence.LatestYear), absence.ErrDateRange.Error())
}

// TestParseDate_NeverEchoesText: a rejected text is quoted only when it has
// the shape of a date; anything else (a health detail typed into a date
// field) is described, never quoted.
func TestParseDate_NeverEchoesText(t *testing.T) {
	for s, want := range map[string]string{
		"chemo at Christie last week": `absence: date: not a valid calendar date; expected a date that exists, written YYYY-MM-DD (e.g. 2026-03-02)`,
		"2026-02-30":                  `absence: date: not a valid calendar date: "2026-02-30"; expected a date that exists, written YYYY-MM-DD (e.g. 2026-03-02)`,
		"06/01/2026":                  `absence: date: not a valid calendar date: "06/01/2026"; expected a date that exists, written YYYY-MM-DD (e.g. 2026-03-02)`,
		"flu":                         `absence: date: not a valid calendar date; expected a date that exists, written YYYY-MM-DD (e.g. 2026-03-02)`,
	} {
		_, err := absence.ParseDate(s)
		require.ErrorIs(t, err, absence.ErrInvalidDate)
		assert.Equal(t, want, err.Error())
	}
}

func TestNewDateRejectsRollover(t *testing.T) {
	_, err := absence.NewDate(2026, time.February, 30)
	assert.ErrorIs(t, err, absence.ErrInvalidDate)
	v, err := absence.NewDate(2028, time.February, 29)
	require.NoError(t, err)
	assert.Equal(t, "2028-02-29", v.String())
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		When  absence.Date `json:"when"`
		Maybe absence.Date `json:"maybe"`
	}
	in := doc{When: d(t, "2026-03-16")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"when":"2026-03-16","maybe":""}`, string(b))
	var out doc
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)
	assert.Error(t, json.Unmarshal([]byte(`{"when":"2026-02-30"}`), &out))
}

func TestDateArithmetic(t *testing.T) {
	a := d(t, "2026-02-27")
	assert.Equal(t, "2026-03-02", a.AddDays(3).String())
	assert.Equal(t, "2026-02-24", a.AddDays(-3).String())
	assert.Equal(t, 3, d(t, "2026-03-02").DaysSince(a))
	assert.Equal(t, -3, a.DaysSince(d(t, "2026-03-02")))
	assert.True(t, a.Before(d(t, "2026-03-02")))
	assert.True(t, d(t, "2027-01-01").After(d(t, "2026-12-31")))
	assert.Equal(t, 0, a.Compare(d(t, "2026-02-27")))
	assert.Equal(t, time.Friday, a.Weekday())
	assert.Equal(t, "Monday 16 March 2026", d(t, "2026-03-16").LongDate())
	assert.True(t, absence.Date{}.IsZero())
	assert.False(t, absence.Date{}.IsValid())
}

func TestDateStringMatchesPrintf(t *testing.T) {
	for _, v := range []absence.Date{{}, {Year: 2026, Month: 3, Day: 2}, {Year: 1, Month: 1, Day: 1}, {Year: 9999, Month: 12, Day: 31}, {Year: 10000, Month: 1, Day: 1}, {Year: -5, Month: 1, Day: 1}, {Year: 2026, Month: 13, Day: 40}} {
		want := fmt.Sprintf("%04d-%02d-%02d", v.Year, int(v.Month), v.Day)
		assert.Equal(t, want, v.String())
	}
}

// next is AddDays(1), over month and year ends and leap days.
func TestDateNext(t *testing.T) {
	day := absence.Date{Year: 1999, Month: time.January, Day: 1}
	for range 3 * 366 * 3 {
		require.Equal(t, day.AddDays(1), absence.NextDay(day), "%v", day)
		day = day.AddDays(1)
	}
}

// Before, After and Compare order dates field by field: as their day
// numbers for valid dates, and lexicographically (year, month, day) for any.
func TestDateOrder(t *testing.T) {
	lex := func(a, b absence.Date) int {
		for _, c := range [][2]int{{a.Year, b.Year}, {int(a.Month), int(b.Month)}, {a.Day, b.Day}} {
			if c[0] != c[1] {
				if c[0] < c[1] {
					return -1
				}
				return 1
			}
		}
		return 0
	}
	day := absence.Date{Year: 2023, Month: time.December, Day: 25}
	dates := []absence.Date{{}, {Year: 2024, Month: 13, Day: 0}, {Year: 2024, Month: 2, Day: 99}, {Year: -1, Month: 1, Day: 1}}
	for i := range 500 {
		dates = append(dates, day.AddDays(i*7%400))
	}
	for _, a := range dates {
		for _, b := range dates {
			want := lex(a, b)
			if a.IsValid() && b.IsValid() && want != cmp.Compare(a.UnixDays(), b.UnixDays()) {
				t.Fatalf("%v %v: day numbers disagree", a, b)
			}
			require.Equal(t, want, a.Compare(b), "%v %v", a, b)
			require.Equal(t, want < 0, a.Before(b), "%v %v", a, b)
			require.Equal(t, want > 0, a.After(b), "%v %v", a, b)
		}
	}
}

// The table of UnixDays gives what the civil-days algorithm gives, for
// every month of the years 1900 to 2200 and days before, in and past it.
func TestUnixDaysTableEqualsCivil(t *testing.T) {
	for y := absence.EarliestYear - 2; y <= absence.LatestYear+2; y++ {
		for m := time.Month(0); m <= 13; m++ {
			for d := -3; d <= 34; d++ {
				date := absence.Date{Year: y, Month: m, Day: d}
				if got, want := date.UnixDays(), absence.CivilDays(date); got != want {
					t.Fatalf("%d-%d-%d: %d, want %d", y, m, d, got, want)
				}
			}
		}
	}
}
