package absence

import "github.com/shopspring/decimal"

// pow10 are the powers of ten that fit in an int64.
var pow10 = [19]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// cmpInt compares d with the whole number n: -1, 0 or +1 as d < n, d = n or
// d > n. decimal.Decimal.Cmp would rescale one side into a new big.Int (0.8
// against 1 is 8 against 10): cmpInt compares the integer part and the
// fraction of a coefficient of at most 18 digits with an exponent of -18 to
// 0, which is every FTE and hours value a host writes, without allocating,
// and otherwise falls back on Cmp. It runs for every employee validated.
func cmpInt(d decimal.Decimal, n int64) int {
	e := d.Exponent()
	if e > 0 || e < -18 || d.NumDigits() > 18 {
		return d.Cmp(decimal.NewFromInt(n))
	}
	c, p := d.CoefficientInt64(), pow10[-e]
	whole, frac := c/p, c%p // both truncated towards zero
	switch {
	case whole < n:
		return -1
	case whole > n:
		return 1
	case frac < 0:
		return -1
	case frac > 0:
		return 1
	}
	return 0
}

// cmpTwice compares 2a with b: -1, 0 or +1. It is a.Add(a).Cmp(b) without
// allocating when both coefficients, brought to the smaller exponent (-18 to
// 0), have at most 18 digits, as the hours of a part day do; otherwise it is
// exactly that. It runs for every part day (ABS-3: half the shift worked).
func cmpTwice(a, b decimal.Decimal) int {
	ea, eb := a.Exponent(), b.Exponent()
	e := min(ea, eb)
	if ea > 0 || eb > 0 || e < -18 || a.NumDigits()+int(ea-e) > 18 || b.NumDigits()+int(eb-e) > 18 {
		return a.Add(a).Cmp(b)
	}
	ca, cb := a.CoefficientInt64()*pow10[ea-e], b.CoefficientInt64()*pow10[eb-e] // below 10^18 each
	switch twice := 2 * ca; {
	case twice < cb:
		return -1
	case twice > cb:
		return 1
	}
	return 0
}
