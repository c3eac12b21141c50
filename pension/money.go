package pension

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Money: every amount is a decimal.Decimal in pounds. A figure is worked out
// exactly from the inputs and rounded once, to the penny, half up (half away
// from zero, which is the same for the positive amounts here); a total of
// figures already rounded is their exact sum, so an explanation always adds
// up.

// penny returns num ÷ den rounded once to the penny, half up. den must be
// positive.
func penny(num decimal.Decimal, den int) decimal.Decimal {
	return num.DivRound(decimal.NewFromInt(int64(den)), 2)
}

// pounds writes an amount for a letter: "£13,500.00".
func pounds(d decimal.Decimal) string {
	s := d.StringFixed(2)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return sign + "£" + b.String() + "." + frac
}
