package payroll

import "github.com/shopspring/decimal"

// The arithmetic of ratios that Injury Allowance needs when benefits are
// shared out over pay periods by calendar days: sums and differences of
// quotients with different denominators, still exact, so that each amount
// is rounded once.

// plus returns r + s.
func (r ratio) plus(s ratio) ratio {
	if r.den.Equal(s.den) {
		return ratio{r.num.Add(s.num), r.den}
	}
	return ratio{r.num.Mul(s.den).Add(s.num.Mul(r.den)), r.den.Mul(s.den)}
}

// sub returns r − s.
func (r ratio) sub(s ratio) ratio { return r.plus(ratio{s.num.Neg(), s.den}) }

// mul returns r × s.
func (r ratio) mul(s ratio) ratio { return ratio{r.num.Mul(s.num), r.den.Mul(s.den)} }

// atLeastZero returns r, or 0 if r is negative.
func (r ratio) atLeastZero() ratio {
	if r.num.IsNegative() {
		return ratio{decimal.Zero, r.den}
	}
	return r
}

// value returns r as a decimal: exactly when its denominator is 1 (no
// benefit was shared out), else to 16 decimal places, for the record.
func (r ratio) value() decimal.Decimal {
	if r.den.Equal(one()) {
		return r.num
	}
	return r.approx()
}
