package absence_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// govukEW are England & Wales bank holidays as GOV.UK publishes them
// (bank-holidays.json of alphagov/calendars and alphagov/frontend, the
// newest published version of each year), month-day by year: facts copied
// from the data, so the test needs no file.
var govukEW = map[int]string{
	2012: "01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26",
	2013: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
	2014: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
	2015: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
	2016: "01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27",
	2017: "01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
	2018: "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
	2019: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
	2020: "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
	2021: "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
	2022: "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
	2023: "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
	2024: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
	2025: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
	2026: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
	2027: "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
	2028: "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
}

// earlierEW are the years before GOV.UK's data with a one-off: the standing
// days with the one-off added or moved.
var earlierEW = map[int]string{
	1995: "01-02 04-14 04-17 05-08 05-29 08-28 12-25 12-26",       // early May moved to 8 May (VE Day, 50 years)
	1999: "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28 12-31", // 31 December (the millennium)
	2002: "01-01 03-29 04-01 05-06 06-03 06-04 08-26 12-25 12-26", // 3 June (Golden Jubilee), spring moved to 4 June
	2011: "01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27", // 29 April (the royal wedding)
}

func monthDays(hs []absence.Holiday) string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Date.String()[5:]
	}
	return strings.Join(out, " ")
}

// TestConventions_BankHolidaysEveryPublishedYear: the library's England &
// Wales calendar holds every year GOV.UK publishes, one-offs and moved days
// included, and the earlier one-offs; years outside them are the rules'.
func TestConventions_BankHolidaysEveryPublishedYear(t *testing.T) {
	ew := absence.EnglandAndWales()
	for _, table := range []map[int]string{govukEW, earlierEW} {
		for y, want := range table {
			assert.Equal(t, want, monthDays(ew.Holidays(y)), "year %d", y)
		}
	}
	named := map[string]string{
		"1995-05-08": "VE day", "1999-12-31": "Millennium", "2002-06-03": "Golden Jubilee", "2002-06-04": "Spring",
		"2011-04-29": "Royal wedding", "2012-06-04": "Spring", "2012-06-05": "Diamond Jubilee", "2020-05-08": "VE day",
		"2016-12-27": "Christmas Day (substitute day)", "2015-12-28": "Boxing Day (substitute day)",
	}
	for day, name := range named {
		h, ok := ew.Holiday(d(t, day))
		require.True(t, ok, day)
		assert.Contains(t, h.Name, name, day)
	}
	for _, day := range []string{"1995-05-01", "2002-05-27", "2012-05-28", "2020-05-04"} {
		assert.False(t, ew.IsHoliday(d(t, day)), "%s: the holiday was moved", day)
	}
	// Where no one-off intervened, the data and the rules agree.
	for y, want := range govukEW {
		if y != 2012 && y != 2020 && y != 2022 && y != 2023 {
			assert.Equal(t, want, monthDays(absence.EnglandAndWalesRules(y)), "rules for %d", y)
		}
	}
	for _, y := range []int{1996, 2000, 2010, 2029, 2040} {
		assert.Equal(t, monthDays(absence.EnglandAndWalesRules(y)), monthDays(ew.Holidays(y)), "year %d is generated", y)
	}
	// After the table the host adds one-offs.
	oneOff := ew.With(absence.Holiday{Date: d(t, "2029-06-04"), Name: "a one-off"})
	assert.Len(t, oneOff.Holidays(2029), 9)
	assert.Len(t, ew.Holidays(2029), 8)
}

// The whole-workforce fast path counts the published years: a Monday–Friday
// worker with bank holidays off is scheduled 3 days in the week of the
// Diamond Jubilee (4 and 5 June 2012 off) and 4 in the week of VE Day 2020.
func TestConventions_DayCounterCountsPublishedYears(t *testing.T) {
	w := monFri(t).Schedule.(absence.WeeklyPattern).BankHolidaysOff(absence.EnglandAndWales())
	var c absence.DayCounter
	c.Reset(w, d(t, "2010-01-01"), d(t, "2021-12-31"))
	for week, want := range map[string]int{
		"2012-05-28/2012-06-03": 5, "2012-06-04/2012-06-10": 3,
		"2020-05-04/2020-05-10": 4, "2011-04-25/2011-05-01": 3, "1999-12-27/2000-01-03": 2,
	} {
		p := p(t, week)
		assert.Equal(t, want, c.Days(p.Start.UnixDays(), p.End.UnixDays()), week)
		assert.Equal(t, want, w.ScheduledDays(p), week)
	}
	assert.Equal(t, 4, absence.EnglandAndWales().BusinessDays(p(t, "2020-05-04/2020-05-10")), "business days")
}
