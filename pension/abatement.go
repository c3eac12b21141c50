package pension

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// An Abatement is an ill-health pensioner's re-employment earnings set
// against their pension (PEN-5). Amounts are pounds a year, all over the same
// period.
type Abatement struct {
	// On is the day the test is for (e.g. the start of the pay period).
	On absence.Date `json:"on"`
	// NormalPensionDate is the day the member reaches normal pension age:
	// from then on there is no abatement.
	NormalPensionDate absence.Date `json:"normalPensionDate"`

	// Pension is the pre-commutation pension in payment.
	Pension decimal.Decimal `json:"pension"`

	// The "unearned" portion of the pension is Enhancement + EarlyPayment,
	// at most Pension.
	//
	// Enhancement is the extra pension from enhanced membership (Tier 2:
	// LegacyAward.EnhancementPension, or Award2015.Addition); zero for Tier 1.
	Enhancement decimal.Decimal `json:"enhancement"`
	// EarlyPayment is the difference between the pre-commutation pension for
	// actual membership and that pension after actuarial reduction for
	// payment before normal pension age; the host supplies it, since the
	// actuarial factors are the scheme's.
	EarlyPayment decimal.Decimal `json:"earlyPayment"`

	// Earnings are the re-employment earnings, pounds a year, at least 0.
	Earnings decimal.Decimal `json:"earnings"`
	// PreRetirement is the earnings before retirement, pounds a year, at
	// least 0.
	PreRetirement decimal.Decimal `json:"preRetirement"`
}

// Abated is the outcome of an abatement test.
type Abated struct {
	// Unearned is the unearned portion of the pension (Enhancement +
	// EarlyPayment).
	Unearned decimal.Decimal `json:"unearned"`
	// Reduction is the amount the pension is reduced by: the amount by which
	// Earnings + Unearned exceed PreRetirement, at most Unearned; zero on or
	// after normal pension age. Rounded once to the penny.
	Reduction decimal.Decimal `json:"reduction"`
	// Pension is the pension after the reduction.
	Pension decimal.Decimal `json:"pension"`
	// Findings explain the result.
	Findings []absence.Finding `json:"findings"`
}

// Abate applies abatement (PEN-5): where re-employment earnings plus the
// unearned portion of the ill-health pension exceed the earnings before
// retirement, the pension is reduced by the excess, but never by more than the
// unearned portion:
//
//	reduction = min(unearned, max(0, earnings + unearned − pre-retirement earnings))
//
// Abatement ends at normal pension age, or when earnings fall low enough that
// there is no excess.
func Abate(a Abatement, p Policy) (Abated, error) {
	if err := p.Validate(); err != nil {
		return Abated{}, err
	}
	bad := func(field string, e Error, value string) error { return inputErr("abatement", field, e, value) }
	if err := firstErr(checkDate("abatement", "On", a.On), checkDate("abatement", "NormalPensionDate", a.NormalPensionDate)); err != nil {
		return Abated{}, err
	}
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"Pension", a.Pension}, {"Enhancement", a.Enhancement}, {"EarlyPayment", a.EarlyPayment},
		{"Earnings", a.Earnings}, {"PreRetirement", a.PreRetirement}} {
		if f.v.IsNegative() {
			return Abated{}, bad(f.name, ErrNegative, f.v.String())
		}
	}
	unearned := a.Enhancement.Add(a.EarlyPayment)
	if unearned.GreaterThan(a.Pension) {
		return Abated{}, bad("Enhancement", ErrInconsistent, "the unearned portion "+unearned.String()+" is more than the pension "+a.Pension.String())
	}
	out := Abated{Unearned: unearned.Round(2), Reduction: decimal.Zero}
	var why explanation
	if !a.On.Before(a.NormalPensionDate) {
		why.add(ruleAbatement(), fmt.Sprintf("on %s the member has reached normal pension age (%s): no abatement", a.On, a.NormalPensionDate))
	} else {
		excess := a.Earnings.Add(unearned).Sub(a.PreRetirement)
		reduction := decimal.Min(unearned, decimal.Max(decimal.Zero, excess))
		out.Reduction = reduction.Round(2)
		switch {
		case !excess.IsPositive():
			why.add(ruleAbatement(), fmt.Sprintf("earnings %s + unearned portion %s = %s, not more than the earnings before retirement of %s: no abatement",
				pounds(a.Earnings), pounds(unearned), pounds(a.Earnings.Add(unearned)), pounds(a.PreRetirement)))
		case excess.GreaterThan(unearned):
			why.add(ruleAbatement(), fmt.Sprintf("earnings %s + unearned portion %s exceed the earnings before retirement of %s by %s; abatement is at most the unearned portion: %s",
				pounds(a.Earnings), pounds(unearned), pounds(a.PreRetirement), pounds(excess), pounds(out.Reduction)))
		default:
			why.add(ruleAbatement(), fmt.Sprintf("earnings %s + unearned portion %s exceed the earnings before retirement of %s by %s: the pension is abated by %s",
				pounds(a.Earnings), pounds(unearned), pounds(a.PreRetirement), pounds(excess), pounds(out.Reduction)))
		}
	}
	out.Pension = a.Pension.Round(2).Sub(out.Reduction)
	why.add(ruleAbatement(), fmt.Sprintf("pension after abatement: %s a year", pounds(out.Pension)))
	out.Findings = why
	return out, nil
}
