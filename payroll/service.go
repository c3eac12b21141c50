package payroll

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// CompletedYears returns the whole years of service from start to on: the
// number of anniversaries of start on or before on (an anniversary of 29
// February falls on 28 February in other years). It is 0 when on is before
// the first anniversary, or before start.
//
// Service that starts on 2 March 2021 has completed 5 years on 2 March 2026
// and 4 years on 1 March 2026.
func CompletedYears(start, on absence.Date) int {
	if on.Before(start) {
		return 0
	}
	y := on.Year - start.Year
	if start.AddMonths(12 * y).After(on) {
		y--
	}
	return y
}

// ordinal writes 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, 21st.
func ordinal(n int) string {
	s := strconv.Itoa(n)
	if n%100 >= 11 && n%100 <= 13 {
		return s + "th"
	}
	switch n % 10 {
	case 1:
		return s + "st"
	case 2:
		return s + "nd"
	case 3:
		return s + "rd"
	}
	return s + "th"
}

// yearsText describes the service a band covers, e.g. "during the 1st year",
// "during the 4th and 5th years", "after completing 5 years".
func yearsText(bands []Band, i int) string {
	from := bands[i].Years + 1
	if i+1 == len(bands) {
		if bands[i].Years == 0 {
			return "from the start of service"
		}
		return "after completing " + plural(bands[i].Years, "year")
	}
	to := bands[i+1].Years
	switch to {
	case from:
		return "during the " + ordinal(from) + " year"
	case from + 1:
		return "during the " + ordinal(from) + " and " + ordinal(to) + " years"
	}
	return "during the " + ordinal(from) + " to " + ordinal(to) + " years"
}
