package pension

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A SeriousIllHealth is a request to exchange the whole ill-health pension
// for a one-off lump sum because the member is not expected to live more than
// a year (PEN-6). The medical decision is the scheme's; the host records it
// by asking.
type SeriousIllHealth struct {
	// Pension is the whole ill-health pension, pounds a year.
	Pension decimal.Decimal `json:"pension"`
	// MaximumLumpSum is the maximum permitted lump sum, in pounds, which
	// depends on the member's remaining lump-sum allowances (the lifetime
	// allowance was abolished from 6 April 2024): the host supplies it.
	MaximumLumpSum decimal.Decimal `json:"maximumLumpSum"`
}

// A LumpSum is the result of exchanging a pension for a serious ill-health
// lump sum.
type LumpSum struct {
	// AtFullRate is the pension exchanged at the full rate (£12 per £1), up
	// to the pension that gives the maximum permitted lump sum, pounds a
	// year, rounded to the penny.
	AtFullRate decimal.Decimal `json:"atFullRate"`
	// AtLowerRate is the rest of the pension (£5 per £1), pounds a year:
	// AtFullRate + AtLowerRate is the pension rounded to the penny.
	AtLowerRate decimal.Decimal `json:"atLowerRate"`
	// Amount is the lump sum, rounded once to the penny.
	Amount decimal.Decimal `json:"amount"`
	// Findings explain the result.
	Findings []absence.Finding `json:"findings"`
}

// Exchange works out the serious ill-health lump sum (PEN-6): the pension up
// to the level that gives the maximum permitted lump sum is exchanged at £12
// for each £1 of pension, the rest at £5 for each £1. Dependants' pensions are
// not affected.
func Exchange(s SeriousIllHealth, p Policy) (LumpSum, error) {
	if err := p.Validate(); err != nil {
		return LumpSum{}, err
	}
	switch {
	case s.Pension.IsNegative():
		return LumpSum{}, inputErr("seriousIllHealth", "Pension", ErrNegative, s.Pension.String())
	case s.MaximumLumpSum.IsNegative():
		return LumpSum{}, inputErr("seriousIllHealth", "MaximumLumpSum", ErrNegative, s.MaximumLumpSum.String())
	case !s.Pension.IsPositive():
		return LumpSum{}, inputErr("seriousIllHealth", "Pension", ErrMissing, s.Pension.String())
	case !s.MaximumLumpSum.IsPositive():
		return LumpSum{}, inputErr("seriousIllHealth", "MaximumLumpSum", ErrMissing, "the host must supply the maximum permitted lump sum, got "+s.MaximumLumpSum.String())
	}
	full := decimal.NewFromInt(int64(p.SeriousIllHealth.UpToMaximum))
	lower := decimal.NewFromInt(int64(p.SeriousIllHealth.Beyond))
	var out LumpSum
	var why explanation
	if whole := s.Pension.Mul(full); !whole.GreaterThan(s.MaximumLumpSum) {
		out.AtFullRate = s.Pension.Round(2)
		out.AtLowerRate = decimal.Zero
		out.Amount = whole.Round(2)
		why.add(ruleSeriousIllHealth(), fmt.Sprintf("%s a year × %d = %s, within the maximum permitted lump sum of %s: the whole pension is exchanged at %d:1",
			pounds(s.Pension), p.SeriousIllHealth.UpToMaximum, pounds(out.Amount), pounds(s.MaximumLumpSum), p.SeriousIllHealth.UpToMaximum))
	} else {
		// maximum + lower × (pension − maximum ÷ full), exactly:
		// (full × maximum + lower × (full × pension − maximum)) ÷ full.
		num := full.Mul(s.MaximumLumpSum).Add(lower.Mul(whole.Sub(s.MaximumLumpSum)))
		out.AtFullRate = penny(s.MaximumLumpSum, p.SeriousIllHealth.UpToMaximum)
		out.AtLowerRate = s.Pension.Round(2).Sub(out.AtFullRate)
		out.Amount = penny(num, p.SeriousIllHealth.UpToMaximum)
		why.add(ruleSeriousIllHealth(), fmt.Sprintf("%s of pension gives the maximum permitted lump sum of %s at %d:1; the other %s is exchanged at %d:1: lump sum %s",
			pounds(out.AtFullRate), pounds(s.MaximumLumpSum), p.SeriousIllHealth.UpToMaximum, pounds(out.AtLowerRate), p.SeriousIllHealth.Beyond, pounds(out.Amount)))
	}
	why.add(ruleSeriousIllHealth(), "dependants' pensions are paid in full")
	out.Findings = why
	return out, nil
}
