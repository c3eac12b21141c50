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
	// it no Injury Allowance is paid. With a Claim, leave it out: the
	// claim's decision says (set against the decision, or without one, it
	// is an error wrapping [ErrContradiction]).
	Attributable bool `json:"attributable"`
	// Start is the first day of the episode: the allowance runs for at most
	// 12 months from it.
	Start absence.Date `json:"start"`
	// EmploymentEnds is the last day of employment; zero while it continues.
	// The allowance is limited to the employment contract (HR14 §20).
	EmploymentEnds absence.Date `json:"employmentEnds,omitempty"`
	// Periods are the pay periods, in date order, not overlapping.
	Periods []InjuryPeriod `json:"periods"`
	// Claim is the record of the claim (PAY-11 … PAY-14): the incident, the
	// evidence, the decision and the benefits declared. With it the decision
	// on the claim says whether the allowance is paid, and Attributable is
	// left out (or agrees with it); nil: only the figures, on Attributable.
	Claim *InjuryClaim `json:"claim,omitempty"`
}

// An InjuryPeriod is one pay period of an injury-related absence or phased
// return. The host defines pay and which benefits count (Agenda for Change
// Section 22 leaves both to the employer: UNCONFIRMED here) and passes them
// as amounts for the period.
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
	// PaidOn is the day the period's Injury Allowance was paid, on or after
	// the decision; zero: not paid yet. What was paid then is worked out
	// with the benefits declared by that day (PAY-14).
	PaidOn absence.Date `json:"paidOn,omitempty"`
}

// An InjuryPayment is the Injury Allowance of one pay period.
type InjuryPayment struct {
	Period absence.Period `json:"period"` // the pay period
	// Target is the pay topped up to, in £: 85% × Pay, exact.
	Target decimal.Decimal `json:"target"`
	// Benefits are the benefits counted for the period, in £: the period's
	// Benefits, or the contributory benefits received that the claim
	// declares, each shared out by calendar days (PAY-13); exact, or to 16
	// decimal places when a share is not a whole number of pence.
	Benefits decimal.Decimal `json:"benefits"`
	// Shortfall is Target − (Received + Benefits) in £, or zero if that is
	// negative: exact, or to 16 decimal places as Benefits is.
	Shortfall decimal.Decimal `json:"shortfall"`
	// Share is the part of the period inside the allowance's months and the
	// employment, by calendar days: days inside ÷ days of the period, 1 for a
	// whole period, 0 for one wholly outside (to 16 decimal places, for the
	// record).
	Share decimal.Decimal `json:"share"`
	// Allowance is Shortfall × days inside ÷ days of the period, worked out
	// exactly and rounded once to the penny, half-up; zero when not payable.
	Allowance decimal.Decimal `json:"allowance"`
	// Paid is what was paid on the period's PaidOn day: the allowance worked
	// out the same way with only the benefits declared by then, rounded once
	// to the penny, half-up; zero when not paid yet (PAY-14).
	Paid decimal.Decimal `json:"paid"`
	// Overpaid is Paid − Allowance when that is more than 0, in £ (both
	// already rounded, so it is exact): the overpayment to recover because
	// benefits were declared after the period was paid (PAY-14).
	Overpaid decimal.Decimal `json:"overpaid"`
	// Finding explains the period's figure, or why there is none (PAY-3).
	Finding absence.Finding `json:"finding"`
}

// InjuryAllowance is the Injury Allowance of an episode, period by period,
// and, with a claim, where the claim stands.
type InjuryAllowance struct {
	// Window is the time the allowance can run: Start to 12 months later,
	// cut at the end of the employment, and starting no earlier than the day
	// payment commences (Policy.Injury.WindowFrom says which day the 12
	// months count from). The zero Period when no day is left.
	Window   absence.Period  `json:"window"`
	Payments []InjuryPayment `json:"payments"` // one for each pay period, in order
	Total    decimal.Decimal `json:"total"`    // the payments' allowances added up, £
	// Overpaid is the payments' overpayments added up, £: what is to be
	// recovered (PAY-14).
	Overpaid decimal.Decimal `json:"overpaid"`
	// Findings explain eligibility and the window (PAY-3) and, with a claim,
	// the decision (PAY-12), the incident and evidence (PAY-11), the
	// benefits declared (PAY-13) and any overpayment (PAY-14), in that
	// order: the first is the summary.
	Findings []absence.Finding `json:"findings"`
	// Steps are what is outstanding on the claim, who must act and why
	// (PAY-11 … PAY-14); empty without a claim or when nothing is.
	Steps []InjuryStep `json:"steps,omitempty"`
	// Basis names the policy applied, its settings changed from the HR14 v16
	// defaults and the library's version ([Policy.Basis]).
	Basis absence.Basis `json:"basis"`
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
// With a claim (InjuryInput.Claim) the decision on it says whether the
// allowance is paid and from which day (PAY-12); the result also explains
// the incident and the evidence (PAY-11) and the benefits declared (PAY-13),
// works out what was overpaid when benefits were declared after the periods
// they cover were paid (PAY-14), and lists the steps outstanding.
//
// It fails with [ErrAmount] for pay that is not positive or negative
// amounts, [ErrUnsorted] for overlapping or unsorted periods,
// [ErrNoParameter] for an episode before Injury Allowance existed (31 March
// 2013), and with [ErrRequired], [ErrDateOrder], [ErrContradiction],
// [ErrReference] or [ErrInvalidDate] for a claim record that is incomplete
// or inconsistent. No error quotes a reference or any text of the claim.
func (p Policy) InjuryAllowance(in InjuryInput) (InjuryAllowance, error) {
	a, err := p.injuryAllowance(in)
	if err == nil {
		a.Basis = p.Basis()
	}
	return a, err
}

// injuryAllowance is InjuryAllowance without its Basis.
func (p Policy) injuryAllowance(in InjuryInput) (InjuryAllowance, error) {
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
		case !ip.PaidOn.IsZero() && !ip.PaidOn.IsValid():
			return InjuryAllowance{}, inputErr(input, i, field+".PaidOn", ErrInvalidDate, ip.PaidOn.String())
		}
	}
	if err := checkPeriods(input, "Periods", periods); err != nil {
		return InjuryAllowance{}, err
	}
	c := claimOf(in)
	if in.Claim != nil {
		if err := validateClaim(in); err != nil {
			return InjuryAllowance{}, err
		}
	}
	if err := c.checkPaid(in); err != nil {
		return InjuryAllowance{}, err
	}
	terms, err := p.Parameters.InjuryAllowance.At(in.Start)
	if err != nil {
		return InjuryAllowance{}, err
	}
	t := terms.Value

	// The window: 12 months from the first day of the episode (or from the
	// day payment commences), cut at the end of the employment, and paid
	// from the day payment commences.
	from, fromText := in.Start, "the first day of the episode"
	if !c.commences.IsZero() && p.Injury.WindowFrom == FromPaymentStart {
		from, fromText = c.commences, "the day payment commences"
	}
	end := from.AddMonths(t.Months).AddDays(-1)
	cut := fmt.Sprintf("%d months from %s", t.Months, from)
	if !in.EmploymentEnds.IsZero() && in.EmploymentEnds.Before(end) {
		end = in.EmploymentEnds
		cut = "the end of the employment on " + in.EmploymentEnds.String()
	}
	start := from
	if c.commences.After(start) {
		start, fromText = c.commences, "the day payment commences"
	}
	out := InjuryAllowance{Total: decimal.Zero, Overpaid: decimal.Zero}
	if !end.Before(start) {
		out.Window = absence.Period{Start: start, End: end}
	}
	pct := t.Rate.Mul(hundred()).String() + "%"
	out.Findings = append(out.Findings, c.summary(out.Window, pct, terms.Source, cut))

	unit := one() // the denominator of a whole amount, made once
	for _, ip := range in.Periods {
		pay := InjuryPayment{Period: ip.Period, Target: t.Rate.Mul(ip.Pay), Shortfall: decimal.Zero, Share: decimal.Zero,
			Allowance: decimal.Zero, Paid: decimal.Zero, Overpaid: decimal.Zero}
		benefits := c.benefits(ip, absence.Date{}, unit)
		pay.Benefits = benefits.value()
		income := benefits.plus(ratio{ip.Received, unit})
		shortfall := ratio{pay.Target, unit}.sub(income).atLeastZero()
		pay.Shortfall = shortfall.value()
		inside := 0
		if r, ok := ip.Period.Intersect(out.Window); ok && !out.Window.IsZero() {
			inside = r.Days()
		}
		share := over(decimal.NewFromInt(int64(inside)), int64(ip.Period.Days()))
		pay.Share = share.approx()
		what := "sick pay"
		if ip.PhasedReturn {
			what = "earnings on the phased return"
		}
		switch {
		case c.awaited:
			pay.Finding = find("PAY-12", clauseInjuryClaim, "%s: the decision on the claim is awaited: no Injury Allowance yet", ip.Period)
		case !c.attributable:
			pay.Finding = find("PAY-3", clauseInjury, "%s: not attributable to NHS employment: no Injury Allowance", ip.Period)
		case !ip.Received.LessThan(ip.Pay):
			pay.Finding = find("PAY-3", clauseInjury, "%s: %s %s is full pay: no Injury Allowance (payable only on reduced or no pay)",
				ip.Period, what, money(ip.Received))
		case inside == 0:
			pay.Finding = find("PAY-3", clauseInjury, "%s: outside %s, the time the allowance can run (from %s until %s): no Injury Allowance",
				ip.Period, windowText(out.Window), fromText, cut)
		default:
			pay.Allowance = shortfall.mul(share).round(2)
			text := fmt.Sprintf("%s: %s × %s = %s; %s %s + benefits %s = %s; Injury Allowance %s",
				ip.Period, pct, money(ip.Pay), money(pay.Target), what, money(ip.Received), money(pay.Benefits),
				money(income.value()), money(pay.Shortfall))
			if inside < ip.Period.Days() {
				text += fmt.Sprintf(" × %d of %d days inside %s (from %s until %s) = %s",
					inside, ip.Period.Days(), out.Window, fromText, cut, money(pay.Allowance))
			}
			pay.Finding = find("PAY-3", clauseInjury, "%s", text)
			if !ip.PaidOn.IsZero() {
				known := c.benefits(ip, ip.PaidOn, unit)
				paid := ratio{pay.Target, unit}.sub(known.plus(ratio{ip.Received, unit})).atLeastZero()
				pay.Paid = paid.mul(share).round(2)
				pay.Overpaid = maxDec(decimal.Zero, pay.Paid.Sub(pay.Allowance))
			}
		}
		out.Total = out.Total.Add(pay.Allowance)
		out.Overpaid = out.Overpaid.Add(pay.Overpaid)
		out.Payments = append(out.Payments, pay)
	}
	if in.Claim != nil {
		c.review(p, in, &out)
	}
	return out, nil
}

// windowText writes the window, or says there is none.
func windowText(w absence.Period) string {
	if w.IsZero() {
		return "no days"
	}
	return w.String()
}
