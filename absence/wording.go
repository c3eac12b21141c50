package absence

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// plural writes n with its unit, e.g. "1 hour", "3 hours", "1 calendar day".
func plural(n int, unit string) string {
	s := strconv.Itoa(n) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}

// hours writes h with its unit, e.g. "1 hour", "7.5 hours".
func hours(h decimal.Decimal) string {
	if cmpInt(h, 1) == 0 {
		return h.String() + " hour"
	}
	return h.String() + " hours"
}
