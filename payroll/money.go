package payroll

import "github.com/shopspring/decimal"

// precision is the number of decimal places of the quotients this package
// reports for explanation only (an average weekly earnings figure, a share of
// a pay period). No reported amount is rounded from them: amounts are worked
// out from exact ratios and rounded once.
const precision = 16

// The constants of the calculations. Functions, not variables, so that no
// package-level state exists.
func one() decimal.Decimal     { return decimal.NewFromInt(1) }
func half() decimal.Decimal    { return decimal.New(5, -1) }
func hundred() decimal.Decimal { return decimal.NewFromInt(100) }

// A ratio is an exact quotient num ÷ den (den > 0), kept unevaluated so that
// every figure worked out from a division is rounded once, from the exact
// value: decimal division would otherwise round at some precision first and
// a second rounding could be off by a penny.
type ratio struct{ num, den decimal.Decimal }

// over returns the exact ratio num ÷ den; den must be more than 0.
func over(num decimal.Decimal, den int64) ratio { return ratio{num, decimal.NewFromInt(den)} }

// times returns r × d.
func (r ratio) times(d decimal.Decimal) ratio { return ratio{r.num.Mul(d), r.den} }

// per returns r ÷ n; n must be more than 0.
func (r ratio) per(n int64) ratio { return ratio{r.num, r.den.Mul(decimal.NewFromInt(n))} }

// minus returns r − d.
func (r ratio) minus(d decimal.Decimal) ratio { return ratio{r.num.Sub(d.Mul(r.den)), r.den} }

// cmp compares r with d: −1, 0 or +1.
func (r ratio) cmp(d decimal.Decimal) int { return r.num.Cmp(d.Mul(r.den)) }

// less reports whether r < s.
func (r ratio) less(s ratio) bool { return r.num.Mul(s.den).LessThan(s.num.Mul(r.den)) }

// round returns r rounded to places decimal places, half away from zero
// (half-up for the non-negative figures here): the one rounding step.
func (r ratio) round(places int32) decimal.Decimal { return r.num.DivRound(r.den, places) }

// truncate returns r truncated (towards zero) to places decimal places.
func (r ratio) truncate(places int32) decimal.Decimal {
	q, _ := r.num.QuoRem(r.den, places)
	return q
}

// approx returns r to 16 decimal places, for explanations and reported
// intermediate figures only.
func (r ratio) approx() decimal.Decimal { return r.round(precision) }

// penny rounds an amount of money to the penny, half-up (half away from zero:
// amounts here are never negative). It is the one rounding step of every
// reported amount except SSP.
func penny(d decimal.Decimal) decimal.Decimal { return d.Round(2) }

// sspDaily returns the SSP daily rate: the weekly rate divided by the
// qualifying days in the week, truncated (not rounded) to 4 decimal places:
// £123.25 ÷ 6 = £20.5416 (HMRC's unrounded daily rates, as GOV.UK's SSP
// calculator applies them: alphagov/smart-answers
// statutory_sick_pay_calculator.rb).
func sspDaily(weekly ratio, qualifying int) decimal.Decimal {
	return weekly.per(int64(qualifying)).truncate(4)
}

// sspWeek rounds a week's SSP up to the next penny, as GOV.UK's SSP
// calculator does.
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
