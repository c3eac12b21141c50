package payroll

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// InjuryInput is what [Policy.InjuryAllowance] needs (PAY-3, §20, AfC
// Section 22).
type InjuryInput struct {
	// Attributable records the employer's decision, on the balance of
	// probability (AfC 22.4), that the injury, disease or other health
	// condition is wholly or mainly attributable to NHS employment. Without
	// it no Injury Allowance is paid.
	Attributable bool `json:"attributable"`
	// Start is the first day of the episode: the allowance runs for at most
	// 12 months from it.
	Start absence.Date `json:"start"`
	// EmploymentEnds is the last day of employment; zero while it continues.
	// The allowance is limited to the employment contract (HR14 §20).
	EmploymentEnds absence.Date `json:"employmentEnds,omitempty"`
	// Periods are the pay periods, in date order, not overlapping.
	Periods []InjuryPeriod `json:"periods"`
}

// An InjuryPeriod is one pay period of an injury-related absence or phased
// return. The host defines pay and which benefits count (FACTS.md:
// UNCONFIRMED) and passes them as amounts for the period.
type InjuryPeriod struct {
	Period absence.Period  `json:"period"` // the pay period, both ends included
	Pay    decimal.Decimal `json:"pay"`    // normal pay for the period, £, more than 0
	// Received is the NHS sick pay paid for the period or, on a phased
	// return, the earnings, in £, at least 0; below Pay means reduced or no
	// pay.
	Received decimal.Decimal `json:"received"`
	Benefits decimal.Decimal `json:"benefits"` // contributory state benefits counted for the period, £, at least 0
	// PhasedReturn: the period is a phased return rather than sickness
	// absence (it changes only the explanation).
	PhasedReturn bool `json:"phasedReturn,omitempty"`
}

// An InjuryPayment is the Injury Allowance of one pay period.
type InjuryPayment struct {
	Period absence.Period `json:"period"` // the pay period
	// Target is the pay topped up to, in £: 85% × Pay, exact.
	Target decimal.Decimal `json:"target"`
	// Shortfall is Target − (Received + Benefits) in £, or zero if that is
	// negative, exact.
	Shortfall decimal.Decimal `json:"shortfall"`
	// Share is the part of the period inside the allowance's months and the
	// employment, by calendar days: days inside ÷ days of the period, 1 for a
	// whole period, 0 for one wholly outside (to 16 decimal places, for the
	// record).
	Share decimal.Decimal `json:"share"`
	// Allowance is Shortfall × days inside ÷ days of the period, worked out
	// exactly and rounded once to the penny, half-up; zero when not payable.
	Allowance decimal.Decimal `json:"allowance"`
	// Finding explains the period's figure, or why there is none (PAY-3).
	Finding absence.Finding `json:"finding"`
}

// InjuryAllowance is the Injury Allowance of an episode, period by period.
type InjuryAllowance struct {
	// Window is the time the allowance can run: Start to 12 months later,
	// cut at the end of the employment.
	Window   absence.Period    `json:"window"`
	Payments []InjuryPayment   `json:"payments"` // one for each pay period, in order
	Total    decimal.Decimal   `json:"total"`    // the payments' allowances added up, £
	Findings []absence.Finding `json:"findings"` // eligibility and the window (PAY-3)
}

// InjuryAllowance works out the Injury Allowance of an episode (PAY-3): for
// each pay period on reduced or no pay (sickness absence or a phased
// return),
//
//	IA = max(0, 85% × pay − (sick pay or reduced earnings + counted benefits))
//
// only for the part of the period within 12 months of the episode's first
// day and the employment, rounded to the penny, half-up. On full pay there is
// none. Worked example 10: pay £2,500.00, half pay £1,250.00 and a
// benefit of £400.00 give £475.00.
//
// It fails with [ErrAmount] for pay that is not positive or negative
// amounts, [ErrUnsorted] for overlapping or unsorted periods and
// [ErrNoParameter] for an episode before Injury Allowance existed (31 March
// 2013).
func (p Policy) InjuryAllowance(in InjuryInput) (InjuryAllowance, error) {
	const input = "injury allowance"
	if err := p.Validate(); err != nil {
		return InjuryAllowance{}, err
	}
	switch {
	case !in.Start.IsValid():
		return InjuryAllowance{}, inputErr(input, -1, "Start", ErrInvalidDate, in.Start.String())
	case !in.EmploymentEnds.IsZero() && !in.EmploymentEnds.IsValid():
		return InjuryAllowance{}, inputErr(input, -1, "EmploymentEnds", ErrInvalidDate, in.EmploymentEnds.String())
	}
	periods := make([]absence.Period, len(in.Periods))
	for i, ip := range in.Periods {
		periods[i] = ip.Period
		field := fmt.Sprintf("Periods[%d]", i)
		switch {
		case !ip.Pay.IsPositive():
			return InjuryAllowance{}, inputErr(input, i, field+".Pay", ErrAmount, ip.Pay.String())
		case ip.Received.IsNegative():
			return InjuryAllowance{}, inputErr(input, i, field+".Received", ErrAmount, ip.Received.String())
		case ip.Benefits.IsNegative():
			return InjuryAllowance{}, inputErr(input, i, field+".Benefits", ErrAmount, ip.Benefits.String())
		}
	}
	if err := checkPeriods(input, "Periods", periods); err != nil {
		return InjuryAllowance{}, err
	}
	terms, err := p.Parameters.InjuryAllowance.At(in.Start)
	if err != nil {
		return InjuryAllowance{}, err
	}
	t := terms.Value
	out := InjuryAllowance{Window: absence.Period{Start: in.Start, End: in.Start.AddMonths(t.Months).AddDays(-1)}, Total: decimal.Zero}
	cut := fmt.Sprintf("%d months from %s", t.Months, in.Start)
	if !in.EmploymentEnds.IsZero() && in.EmploymentEnds.Before(out.Window.End) {
		out.Window.End = in.EmploymentEnds
		cut = "the end of the employment on " + in.EmploymentEnds.String()
	}
	pct := t.Rate.Mul(hundred()).String() + "%"
	if !in.Attributable {
		out.Findings = append(out.Findings, find("PAY-3", clauseInjury,
			"The employer has not decided that the condition is wholly or mainly attributable to NHS employment: no Injury Allowance"))
	} else {
		out.Findings = append(out.Findings, find("PAY-3", clauseInjury,
			"Wholly or mainly attributable to NHS employment (the employer's decision): Injury Allowance tops up to %s of pay from %s until %s (%s)",
			pct, out.Window.Start, out.Window.End, terms.Source))
	}
	for _, ip := range in.Periods {
		pay := InjuryPayment{Period: ip.Period, Target: t.Rate.Mul(ip.Pay), Shortfall: decimal.Zero, Share: decimal.Zero, Allowance: decimal.Zero}
		income := ip.Received.Add(ip.Benefits)
		pay.Shortfall = maxDec(decimal.Zero, pay.Target.Sub(income))
		inside := 0
		if r, ok := ip.Period.Intersect(out.Window); ok {
			inside = r.Days()
		}
		share := over(decimal.NewFromInt(int64(inside)), int64(ip.Period.Days()))
		pay.Share = share.approx()
		what := "sick pay"
		if ip.PhasedReturn {
			what = "earnings on the phased return"
		}
		switch {
		case !in.Attributable:
			pay.Finding = find("PAY-3", clauseInjury, "%s: not attributable to NHS employment: no Injury Allowance", ip.Period)
		case !ip.Received.LessThan(ip.Pay):
			pay.Finding = find("PAY-3", clauseInjury, "%s: %s %s is full pay: no Injury Allowance (payable only on reduced or no pay)",
				ip.Period, what, money(ip.Received))
		case inside == 0:
			pay.Finding = find("PAY-3", clauseInjury, "%s: outside %s, the time the allowance can run (from the first day of the episode until %s): no Injury Allowance",
				ip.Period, out.Window, cut)
		default:
			pay.Allowance = share.times(pay.Shortfall).round(2)
			text := fmt.Sprintf("%s: %s × %s = %s; %s %s + benefits %s = %s; Injury Allowance %s",
				ip.Period, pct, money(ip.Pay), money(pay.Target), what, money(ip.Received), money(ip.Benefits),
				money(income), money(pay.Shortfall))
			if inside < ip.Period.Days() {
				text += fmt.Sprintf(" × %d of %d days inside %s (from the first day of the episode until %s) = %s",
					inside, ip.Period.Days(), out.Window, cut, money(pay.Allowance))
			}
			pay.Finding = find("PAY-3", clauseInjury, "%s", text)
		}
		out.Total = out.Total.Add(pay.Allowance)
		out.Payments = append(out.Payments, pay)
	}
	return out, nil
}
