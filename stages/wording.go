package stages

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// plural writes n with its unit, e.g. "1 day", "14 days", "5 business days".
func plural(n int, unit string) string {
	s := strconv.Itoa(n) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}

// daysNotice writes a notice period, e.g. "7 days' notice", "1 day's notice".
func daysNotice(n int) string {
	if n == 1 {
		return "1 day's notice"
	}
	return strconv.Itoa(n) + " days' notice"
}

// idText gives a host's identifier for a next step or a record summary, or
// "(not shown)" when it does not look like an identifier
// ([absence.QuoteID]): text of any other shape may be a health detail typed
// into the wrong field.
func idText(id string) string {
	if absence.QuoteID(id) == "" {
		return "(not shown)"
	}
	return id
}
