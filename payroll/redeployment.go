package payroll

import (
	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// clauseRedeployment is the clause of the pay on a new post after
// redeployment: the rule is STAGE-20 of package stages, which records the
// internal transfer.
const clauseRedeployment = "HR14 App 3 (the new role's terms and conditions; Protection of Pay does not apply), §5.6.3"

// RedeploymentPayInput is what [Policy.RedeploymentPay] needs: the pay
// period in which an employee redeployed from the redeployment register
// starts the new post, and the pay of each post for a whole period
// (STAGE-20, App 3). The host gives each post's pay under its own terms
// (band, pay point, hours) for the period.
type RedeploymentPayInput struct {
	// Period is the pay period in which the employee starts the new post
	// (for most NHS staff a calendar month), both ends included.
	Period absence.Period `json:"period"`
	// Starts is the first day in the new post, within Period (the stages
	// package's Transfer.Starts).
	Starts absence.Date `json:"starts"`
	// Previous is the pay of the previous post for a whole Period, in £, at
	// least 0: it pays the days of the period before Starts, and nothing
	// after them (no protection of pay).
	Previous decimal.Decimal `json:"previous"`
	// New is the pay of the new post for a whole Period under its own terms
	// and conditions, in £, more than 0.
	New decimal.Decimal `json:"new"`
}

// RedeploymentPay is the pay of the first pay period in a new post after
// redeployment (STAGE-20, App 3).
type RedeploymentPay struct {
	Period absence.Period `json:"period"`
	// Days is the number of calendar days of the period; PreviousDays those
	// before Starts, in the previous post, and NewDays those from Starts,
	// in the new post.
	Days         int `json:"days"`
	PreviousDays int `json:"previousDays"`
	NewDays      int `json:"newDays"`
	// Previous is the previous post's pay for its days: Previous ×
	// PreviousDays ÷ Days, worked out exactly and rounded once to the
	// penny, half-up; New likewise for the new post's days.
	Previous decimal.Decimal `json:"previous"`
	New      decimal.Decimal `json:"new"`
	// Total is Previous + New, £: the pay of the period.
	Total decimal.Decimal `json:"total"`
	// Change is the new post's pay for a whole period less the previous
	// post's, exact: negative when the new post pays less, which no
	// protection of pay makes up.
	Change decimal.Decimal `json:"change"`
	// Findings explain the figures (STAGE-20): the first is the summary.
	Findings []absence.Finding `json:"findings"`
}

// RedeploymentPay works out the pay of the pay period in which an employee
// redeployed from the redeployment register starts the new post: the
// previous post's pay for the days before the transfer and the new post's,
// under its own terms and conditions, from it, each by calendar days of the
// period and rounded once to the penny, half-up. Protection of Pay does not
// apply (HR14 App 3): after the transfer only the new post's pay is paid,
// whatever the previous one paid. Worked example: a calendar month of 31
// days, the new post from the 16th at £2,400.00 a month after £2,800.00:
// £1,354.84 for 15 days and £1,238.71 for 16, £2,593.55 in all.
//
// Invalid input gives an *InputError wrapping ErrInvalidPeriod,
// ErrInvalidDate or ErrAmount. The policy holds no figure for it: the
// terms are the posts'.
func (p Policy) RedeploymentPay(in RedeploymentPayInput) (RedeploymentPay, error) {
	const input = "redeployment pay"
	per := in.Period
	switch {
	case !per.IsValid():
		return RedeploymentPay{}, inputErr(input, -1, "Period", ErrInvalidPeriod, per.String())
	case !in.Starts.IsValid():
		return RedeploymentPay{}, inputErr(input, -1, "Starts", ErrInvalidDate, in.Starts.String())
	case !per.Contains(in.Starts):
		e := inputErr(input, -1, "Starts", ErrInvalidDate, in.Starts.String())
		e.Want = "a day of the pay period " + per.String()
		return RedeploymentPay{}, e
	case in.Previous.IsNegative():
		return RedeploymentPay{}, inputErr(input, -1, "Previous", ErrAmount, in.Previous.String())
	case !in.New.IsPositive():
		e := inputErr(input, -1, "New", ErrAmount, in.New.String())
		e.Want = "the new post's pay for the period, more than 0"
		return RedeploymentPay{}, e
	}
	days := per.Days()
	before := in.Starts.DaysSince(per.Start)
	after := days - before
	out := RedeploymentPay{
		Period: per, Days: days, PreviousDays: before, NewDays: after,
		Previous: over(in.Previous.Mul(decimal.NewFromInt(int64(before))), int64(days)).round(2),
		New:      over(in.New.Mul(decimal.NewFromInt(int64(after))), int64(days)).round(2),
		Change:   in.New.Sub(in.Previous),
	}
	out.Total = out.Previous.Add(out.New)
	rule := absence.Rule{ID: "STAGE-20", Clause: clauseRedeployment}
	add := func(format string, args ...any) {
		f := find(rule.ID, rule.Clause, format, args...)
		out.Findings = append(out.Findings, f)
	}
	if before == 0 {
		add("the first pay period in the new post, %s, is paid wholly under the new post's own terms and conditions, from %s: %s",
			span(per), in.Starts, money(out.Total))
	} else {
		add("the first pay period in the new post, %s, is paid by calendar days: %s in the previous post at %s a period (%s) and %s from %s in the new post at %s a period under its own terms and conditions (%s): %s",
			span(per), plural(before, "day"), money(in.Previous), money(out.Previous), plural(after, "day"), in.Starts, money(in.New), money(out.New), money(out.Total))
	}
	switch out.Change.Sign() {
	case -1:
		add("Protection of Pay does not apply to an employee redeployed to a post with lower pay (App 3): from %s the employee is paid %s a period less than in the previous post", in.Starts, money(out.Change.Neg()))
	case 1:
		add("the new post pays %s a period more than the previous one, from %s", money(out.Change), in.Starts)
	default:
		add("the new post pays the same as the previous one for a whole period")
	}
	return out, nil
}
