package main

import (
	"math"
	"strconv"
)

// The statistics of the equality report (WDES Metric 3's relative
// likelihood). The rates are exact decimals; the relative likelihood and
// its interval, descriptive figures about groups rather than decisions
// about anyone, are computed in floating point from exact counts. Each
// figure is rounded once, to 2 decimals, when it is written.

// z95 is the standard normal quantile of a two-sided 95% interval, as such
// intervals are conventionally computed (1.96).
const z95 = 1.96

// minShown is the smallest count a report shows: smaller ones are
// suppressed as "*" (NHS statistical disclosure control), so that no row
// lets anyone recognise an employee.
const minShown = 10

// A likelihood is the relative likelihood of a group against the
// reference group (the ratio of their rates) with its 95% confidence
// interval, by the log method (Katz et al. 1978):
//
//	RL = (a / n₁) / (b / n₂)
//	exp(ln RL ± 1.96 × √(1/a − 1/n₁ + 1/b − 1/n₂))
//
// where a of n₁ employees of the group and b of n₂ of the reference group
// activated the trigger point. ok is false when it does not exist (no
// activation in either group).
type likelihood struct {
	rl, lo, hi float64
	ok         bool
}

func relativeLikelihood(a, n1, b, n2 int64) likelihood {
	if a <= 0 || b <= 0 || n1 <= 0 || n2 <= 0 {
		return likelihood{}
	}
	fa, f1, fb, f2 := float64(a), float64(n1), float64(b), float64(n2)
	rl := (fa / f1) / (fb / f2)
	se := math.Sqrt(1/fa - 1/f1 + 1/fb - 1/f2)
	return likelihood{rl: rl, lo: math.Exp(math.Log(rl) - z95*se), hi: math.Exp(math.Log(rl) + z95*se), ok: true}
}

// percent returns 100 × a / n with 2 decimals, rounded half up from the
// exact quotient (0 ≤ a, n < 2⁴⁰); "" when n is 0.
func percent(a, n int64) string { return string(appendPercent(nil, a, n)) }

// appendPercent appends percent(a, n) to b, in integers: the hundredths
// of a per cent are 10000 × a / n rounded half up.
func appendPercent(b []byte, a, n int64) []byte {
	if n <= 0 {
		return b
	}
	q := (20000*a + n) / (2 * n)
	b = strconv.AppendInt(b, q/100, 10)
	return append(b, '.', byte('0'+q/10%10), byte('0'+q%10))
}

// fixed returns x with 2 decimals.
func fixed(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

// shownCount returns n, or "*" when it is under minShown.
func shownCount(n int64) string {
	if n < minShown {
		return "*"
	}
	return strconv.FormatInt(n, 10)
}
