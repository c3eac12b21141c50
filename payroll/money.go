package payroll

import "github.com/shopspring/decimal"

// precision is the number of decimal places to which divisions are carried
// before the single rounding step of each reported figure.
const precision = 16

// The constants of the calculations. Functions, not variables, so that no
// package-level state exists.
func one() decimal.Decimal     { return decimal.NewFromInt(1) }
func half() decimal.Decimal    { return decimal.New(5, -1) }
func hundred() decimal.Decimal { return decimal.NewFromInt(100) }

// div returns a ÷ b carried to 16 decimal places. b must not be zero.
func div(a, b decimal.Decimal) decimal.Decimal { return a.DivRound(b, precision) }

// penny rounds an amount of money to the penny, half-up (half away from zero:
// amounts here are never negative). It is the one rounding step of every
// reported amount except SSP.
func penny(d decimal.Decimal) decimal.Decimal { return d.Round(2) }

// sspDaily returns the SSP daily rate: the weekly rate divided by the
// qualifying days in the week, truncated (not rounded) to 4 decimal places:
// £123.25 ÷ 6 = £20.5416 (FACTS.md, HMRC's unrounded daily rates).
func sspDaily(weekly decimal.Decimal, qualifying int) decimal.Decimal {
	q, _ := weekly.QuoRem(decimal.NewFromInt(int64(qualifying)), 4)
	return q
}

// sspWeek rounds a week's SSP up to the next penny (FACTS.md).
func sspWeek(sum decimal.Decimal) decimal.Decimal { return sum.RoundCeil(2) }

// maxDec returns the larger of a and b.
func maxDec(a, b decimal.Decimal) decimal.Decimal {
	if a.GreaterThan(b) {
		return a
	}
	return b
}

// minDec returns the smaller of a and b.
func minDec(a, b decimal.Decimal) decimal.Decimal {
	if a.LessThan(b) {
		return a
	}
	return b
}

// money formats an amount as pounds and pence, e.g. "£1,250.00".
func money(d decimal.Decimal) string {
	s := d.StringFixed(2)
	neg := false
	if s != "" && s[0] == '-' {
		neg, s = true, s[1:]
	}
	whole, frac := s[:len(s)-3], s[len(s)-3:]
	var b []byte
	for i := range len(whole) {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, whole[i])
	}
	out := "£" + string(b) + frac
	if neg {
		out = "−" + out
	}
	return out
}

// exact formats an amount that may have more than 2 decimal places: as money
// if it is a whole number of pence, else to 4 decimal places, truncated.
func exact(d decimal.Decimal) string {
	if d.Equal(d.Round(2)) {
		return money(d)
	}
	return "£" + d.Truncate(4).StringFixed(4) + "…"
}

// days rounds a number of days of leave to 2 decimal places, half-up.
func days(d decimal.Decimal) decimal.Decimal { return d.Round(2) }
