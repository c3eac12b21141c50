package payroll

import (
	"fmt"
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A PayPattern says how often an employee is paid, for average weekly
// earnings.
type PayPattern uint8

// The pay patterns. Text codes are in parentheses.
const (
	// PaidWeekly: weekly, fortnightly or four-weekly ("weekly"). With a
	// total alone the relevant period is 8 weeks; with pay dates, its days.
	PaidWeekly PayPattern = iota
	// PaidMonthly: once a calendar month ("monthly"): earnings ÷ calendar
	// months × 12 ÷ 52.
	PaidMonthly
	// PaidIrregularly: at no fixed interval ("irregular"): earnings ÷ the
	// days of the relevant period × 7. Needs pay dates ([Earnings.Paid]).
	PaidIrregularly
)

func payPatternCodes() []string { return []string{"weekly", "monthly", "irregular"} }

// String returns "weekly", "monthly" or "irregular".
func (pp PayPattern) String() string { return enumString("PayPattern", payPatternCodes(), uint8(pp)) }

// MarshalText implements encoding.TextMarshaler.
func (pp PayPattern) MarshalText() ([]byte, error) {
	return enumText("pay pattern", payPatternCodes(), uint8(pp))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (pp *PayPattern) UnmarshalText(b []byte) error {
	v, err := enumParse("pay pattern", payPatternCodes(), b)
	if err == nil {
		*pp = PayPattern(v)
	}
	return err
}

// A Payment is one payment of gross earnings: the day it was paid and how
// much. A payment made early or late (a bank holiday, Christmas) is given on
// its contractual payday, as HMRC treats it (SPM170900).
type Payment struct {
	Date   absence.Date    `json:"date"`   // the payday
	Amount decimal.Decimal `json:"amount"` // £, gross, at least 0 (0: a payday with nothing due)
	// Extra marks a payment that is not made on a normal payday (a bonus,
	// arrears): it counts in the earnings of the relevant period it is paid
	// in, but does not mark where a relevant period ends.
	Extra bool `json:"extra,omitempty"`
}

// A ContractPeriod is the period of work a contractual amount of pay is
// for.
type ContractPeriod uint8

// The contract periods. Text codes are in parentheses.
const (
	PerWeek  ContractPeriod = iota // a week's work ("week"): AWE = the amount
	PerMonth                       // a calendar month's work ("month"): × 12 ÷ 52
	PerYear                        // a year's work ("year"): ÷ 52
	PerDays                        // ContractPay.Days days ("days"): ÷ days × 7
)

func contractPeriodCodes() []string { return []string{"week", "month", "year", "days"} }

// String returns "week", "month", "year" or "days".
func (cp ContractPeriod) String() string {
	return enumString("ContractPeriod", contractPeriodCodes(), uint8(cp))
}

// MarshalText implements encoding.TextMarshaler.
func (cp ContractPeriod) MarshalText() ([]byte, error) {
	return enumText("contract period", contractPeriodCodes(), uint8(cp))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (cp *ContractPeriod) UnmarshalText(b []byte) error {
	v, err := enumParse("contract period", contractPeriodCodes(), b)
	if err == nil {
		*cp = ContractPeriod(v)
	}
	return err
}

// ContractPay is the gross pay the contract of service entitles the
// employee to for a period of work. It gives the average weekly earnings of
// a new employee who falls sick before the first payday (SSP (General)
// Regulations 1982 reg 19(8), HMRC SPM170500).
type ContractPay struct {
	Amount decimal.Decimal `json:"amount"`         // £, gross, at least 0
	Per    ContractPeriod  `json:"per"`            // the period of work Amount is for
	Days   int             `json:"days,omitempty"` // Per PerDays: the days Amount is for, at least 1
}

// Earnings are an employee's earnings before a period of incapacity for
// work (PIW), for average weekly earnings (AWE). They come in one of two
// forms.
//
// The summary form: the host has worked out the relevant period itself and
// gives Total (and, for monthly pay, Payments). AWE = Total ÷ 8 weekly,
// Total ÷ Payments × 12 ÷ 52 monthly.
//
// The pay-dates form: the host gives the payments themselves (Paid), and
// Since or Contract where the history is short, and [Earnings.Average]
// finds the relevant period for each PIW as GOV.UK and HMRC do (SSP
// (General) Regulations 1982 reg 19; HMRC Statutory Payments Manual
// SPM170200 … SPM170700):
//
//   - the relevant period ends with the last normal payday before the first
//     day of the PIW and starts the day after the last normal payday at
//     least 8 weeks before that one; the earnings are every payment made in
//     it;
//   - paid monthly: earnings ÷ the calendar months in the period (odd days
//     rounded: more than half of the month they start in counts as a month,
//     SPM170400) × 12 ÷ 52;
//   - otherwise (weekly, fortnightly, four-weekly, irregular): earnings ÷
//     the days in the period × 7, which is earnings ÷ 8 for 8 whole weeks
//     (SPM170700);
//   - paid for less than 8 weeks (no payday 8 weeks before the last): every
//     payment up to the last payday ÷ the days from Since to it × 7
//     (reg 19(7), SPM170600);
//   - sick before the first payday: the contractual pay of Contract
//     (reg 19(8), SPM170500).
//
// In the pay-dates form For may be zero: the entry then serves every PIW
// that has no entry of its own, so one pay history covers a whole
// history of absence.
type Earnings struct {
	// For is the first day of the (linked) period of incapacity for work the
	// earnings are for: PIW.Spells[0].Start. Zero (pay-dates form only):
	// every PIW without an entry of its own.
	For     absence.Date `json:"for,omitempty"`
	Pattern PayPattern   `json:"pattern"` // how often the employee is paid

	// The summary form.
	Total    decimal.Decimal `json:"total"`              // gross earnings paid in the relevant period, £, at least 0
	Payments int             `json:"payments,omitempty"` // PaidMonthly: the number of monthly payments in it, at least 1

	// The pay-dates form.
	//
	// Paid are the payments of earnings, in date order; those on or after
	// the first day of a PIW are ignored for it.
	Paid []Payment `json:"paid,omitempty"`
	// Since is the first day the earnings paid cover (the first day of
	// employment, or of the first pay period): needed when the payments do
	// not reach back to a payday 8 weeks before the last one.
	Since absence.Date `json:"since,omitempty"`
	// Contract is the contractual pay, for a PIW that begins before the
	// first payday.
	Contract *ContractPay `json:"contract,omitempty"`
}

// An AWEBasis says how average weekly earnings were worked out.
type AWEBasis uint8

// The bases. Text codes are in parentheses.
const (
	AWESummary  AWEBasis = iota // the host's total for the relevant period ("summary")
	AWERelevant                 // the 8-week relevant period from the pay dates, reg 19(3) ("relevant-period")
	AWEShort                    // paid for less than 8 weeks, reg 19(7) ("short")
	AWEContract                 // sick before the first payday: the contractual pay, reg 19(8) ("contract")
)

func aweBasisCodes() []string { return []string{"summary", "relevant-period", "short", "contract"} }

// String returns the basis's code.
func (b AWEBasis) String() string { return enumString("AWEBasis", aweBasisCodes(), uint8(b)) }

// MarshalText implements encoding.TextMarshaler.
func (b AWEBasis) MarshalText() ([]byte, error) {
	return enumText("AWE basis", aweBasisCodes(), uint8(b))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (b *AWEBasis) UnmarshalText(v []byte) error {
	n, err := enumParse("AWE basis", aweBasisCodes(), v)
	if err == nil {
		*b = AWEBasis(n)
	}
	return err
}

// AverageEarnings are the average weekly earnings of one period of
// incapacity for work and how they were worked out, for the record and for
// a dispute.
type AverageEarnings struct {
	Basis AWEBasis `json:"basis"`
	// Period is the relevant period (AWERelevant, AWEShort); nil otherwise.
	Period *absence.Period `json:"period,omitempty"`
	// Total is the earnings divided: paid in Period, the host's total, or
	// the contractual amount, £.
	Total decimal.Decimal `json:"total"`
	// Months is the divisor of monthly pay: calendar months, rounded as
	// HMRC does; Days the divisor of pay by the day; zero when not used.
	Months int `json:"months,omitempty"`
	Days   int `json:"days,omitempty"`
	// Weekly is the average weekly earnings, £ a week, to 16 decimal places
	// for the record: the rules compare and multiply the exact quotient.
	Weekly decimal.Decimal `json:"weekly"`
	// Text is the working, e.g. "£4,000.00 paid 2018-02-01/2018-03-31 ÷ 2
	// calendar months × 12 ÷ 52 = £923.08".
	Text string `json:"text"`
}

// AWE returns the average weekly earnings in £ a week for the PIW starting
// on For, to 16 decimal places, for the record. [Policy.SSP] compares and
// multiplies the exact quotient, so this figure's last place never changes
// a result.
//
// It fails with [ErrEarnings] for invalid earnings, or the pay-dates form
// with no For (use [Earnings.Average] with the first day of the PIW).
func (e Earnings) AWE() (decimal.Decimal, error) {
	if e.For.IsZero() && e.datesForm() {
		return decimal.Zero, inputErr("earnings", -1, "For", ErrEarnings, "needed for the pay-dates form")
	}
	a, err := e.Average(e.For)
	return a.Weekly, err
}

// Average returns the average weekly earnings for the PIW whose first day
// is start, with their working (see [Earnings]). The summary form ignores
// start.
//
// It fails with [ErrEarnings] for a negative amount, an unknown pattern, a
// monthly summary without payments, an irregular pattern without pay dates,
// payments out of date order, or pay dates that do not reach a payday 8
// weeks before the last without Since, or no payday before start without
// Contract.
func (e Earnings) Average(start absence.Date) (AverageEarnings, error) {
	_, a, err := e.average(start)
	return a, err
}

// datesForm reports whether e gives pay dates or contractual pay.
func (e Earnings) datesForm() bool { return len(e.Paid) > 0 || e.Contract != nil }

// average returns the exact average weekly earnings and their working.
func (e Earnings) average(start absence.Date) (ratio, AverageEarnings, error) {
	if err := e.validate(); err != nil {
		return ratio{}, AverageEarnings{}, err
	}
	if !e.datesForm() {
		return e.summary()
	}
	if !start.IsValid() {
		return ratio{}, AverageEarnings{}, inputErr("earnings", -1, "For", ErrInvalidDate, start.String())
	}
	last, ok := e.lastPayday(start, start)
	if !ok {
		return e.contract(start)
	}
	if prior, ok := e.lastPayday(last.AddDays(-55), start); ok {
		return e.relevant(absence.Period{Start: prior.AddDays(1), End: last}, AWERelevant)
	}
	if e.Since.IsZero() {
		return ratio{}, AverageEarnings{}, inputErr("earnings", -1, "Since", ErrEarnings,
			"the pay dates do not reach a payday 8 weeks before "+last.String()+": give the first day the earnings cover")
	}
	if e.Since.After(last) {
		return ratio{}, AverageEarnings{}, inputErr("earnings", -1, "Since", ErrEarnings, e.Since.String()+" is after the last payday "+last.String())
	}
	return e.relevant(absence.Period{Start: e.Since, End: last}, AWEShort)
}

// lastPayday returns the last normal payday before limit that is also
// before start.
func (e Earnings) lastPayday(limit, start absence.Date) (absence.Date, bool) {
	for i := len(e.Paid) - 1; i >= 0; i-- {
		p := e.Paid[i]
		if !p.Extra && p.Date.Before(limit) && p.Date.Before(start) {
			return p.Date, true
		}
	}
	return absence.Date{}, false
}

// summary works out the summary form.
func (e Earnings) summary() (ratio, AverageEarnings, error) {
	a := AverageEarnings{Basis: AWESummary, Total: e.Total}
	var r ratio
	switch e.Pattern {
	case PaidWeekly:
		r = over(e.Total, 8)
		a.Days = 56
		a.Text = money(e.Total) + " ÷ 8 weeks"
	case PaidMonthly:
		r = over(e.Total.Mul(decimal.NewFromInt(12)), 52).per(int64(e.Payments))
		a.Months = e.Payments
		a.Text = fmt.Sprintf("%s ÷ %d monthly payments × 12 ÷ 52", money(e.Total), e.Payments)
	default: // validate refused the others
		return ratio{}, a, inputErr("earnings", -1, "Pattern", ErrEarnings, e.Pattern.String())
	}
	a.Weekly = r.approx()
	a.Text += " = " + money(a.Weekly)
	return r, a, nil
}

// relevant works out AWE over a relevant period from the payments in it.
func (e Earnings) relevant(p absence.Period, basis AWEBasis) (ratio, AverageEarnings, error) {
	total := decimal.Zero
	for _, pay := range e.Paid {
		if p.Contains(pay.Date) {
			total = total.Add(pay.Amount)
		}
	}
	a := AverageEarnings{Basis: basis, Period: &p, Total: total}
	var r ratio
	if e.Pattern == PaidMonthly && basis == AWERelevant {
		a.Months = calendarMonths(p)
		r = over(total.Mul(decimal.NewFromInt(12)), 52).per(int64(a.Months))
		a.Text = fmt.Sprintf("%s paid %s ÷ %s × 12 ÷ 52", money(total), p, plural(a.Months, "calendar month"))
	} else {
		a.Days = p.Days()
		r = over(total.Mul(decimal.NewFromInt(7)), int64(a.Days))
		a.Text = fmt.Sprintf("%s paid %s ÷ %s × 7", money(total), p, plural(a.Days, "day"))
	}
	if basis == AWEShort {
		a.Text += " (paid for less than 8 weeks: every payment since " + e.Since.String() + ")"
	}
	a.Weekly = r.approx()
	a.Text += " = " + money(a.Weekly)
	return r, a, nil
}

// contract works out AWE from the contractual pay: sick before the first
// payday.
func (e Earnings) contract(start absence.Date) (ratio, AverageEarnings, error) {
	c := e.Contract
	if c == nil {
		return ratio{}, AverageEarnings{}, inputErr("earnings", -1, "Contract", ErrEarnings,
			"no payday before "+start.String()+": give the contractual pay")
	}
	a := AverageEarnings{Basis: AWEContract, Total: c.Amount}
	var r ratio
	switch c.Per {
	case PerWeek:
		r = over(c.Amount, 1)
		a.Text = money(c.Amount) + " a week under the contract"
	case PerMonth:
		r = over(c.Amount.Mul(decimal.NewFromInt(12)), 52)
		a.Months = 1
		a.Text = money(c.Amount) + " a month under the contract × 12 ÷ 52"
	case PerYear:
		r = over(c.Amount, 52)
		a.Text = money(c.Amount) + " a year under the contract ÷ 52"
	default: // PerDays; validate refused the others
		r = over(c.Amount.Mul(decimal.NewFromInt(7)), int64(c.Days))
		a.Days = c.Days
		a.Text = fmt.Sprintf("%s for %s under the contract ÷ %d × 7", money(c.Amount), plural(c.Days, "day"), c.Days)
	}
	a.Text += " (sick before the first payday) = " + money(r.approx())
	a.Weekly = r.approx()
	return r, a, nil
}

// calendarMonths returns the number of calendar months in p rounded to the
// nearest whole month as HMRC does (SPM170400): whole months counted from
// p.Start, then the odd days left count as a month when they are more than
// half the month they begin (16 or more days of a 30- or 31-day month, 15 or
// more of February). A relevant period of at least 8 weeks always has at
// least 1.
func calendarMonths(p absence.Period) int {
	end := p.End.AddDays(1) // the day after the period
	m := 0
	for !p.Start.AddMonths(m + 1).After(end) {
		m++
	}
	from := p.Start.AddMonths(m)
	if odd, month := end.DaysSince(from), p.Start.AddMonths(m+1).DaysSince(from); 2*odd > month {
		m++
	}
	return max(m, 1)
}

// validate checks the earnings on their own, for either form.
func (e Earnings) validate() error {
	const input = "earnings"
	if e.Pattern > PaidIrregularly {
		return inputErr(input, -1, "Pattern", ErrEarnings, e.Pattern.String())
	}
	if !e.datesForm() {
		switch {
		case e.Total.IsNegative():
			return inputErr(input, -1, "Total", ErrEarnings, e.Total.String())
		case e.Pattern == PaidMonthly && e.Payments < 1:
			return inputErr(input, -1, "Payments", ErrEarnings, strconv.Itoa(e.Payments))
		case e.Pattern == PaidIrregularly:
			return inputErr(input, -1, "Paid", ErrEarnings, "irregular pay needs the pay dates")
		case !e.Since.IsZero():
			return inputErr(input, -1, "Since", ErrEarnings, "only with pay dates")
		}
		return nil
	}
	switch {
	case !e.Total.IsZero() || e.Payments != 0:
		return inputErr(input, -1, "Total", ErrEarnings, "give either a total or pay dates, not both")
	case !e.Since.IsZero() && !e.Since.IsValid():
		return inputErr(input, -1, "Since", ErrInvalidDate, e.Since.String())
	}
	for i, p := range e.Paid {
		field := fmt.Sprintf("Paid[%d]", i)
		switch {
		case !p.Date.IsValid():
			return inputErr(input, -1, field+".Date", ErrInvalidDate, p.Date.String())
		case i > 0 && p.Date.Before(e.Paid[i-1].Date):
			return inputErr(input, -1, field+".Date", ErrEarnings, "not in date order: "+p.Date.String())
		case p.Amount.IsNegative():
			return inputErr(input, -1, field+".Amount", ErrEarnings, p.Amount.String())
		case !e.Since.IsZero() && p.Date.Before(e.Since):
			return inputErr(input, -1, field+".Date", ErrEarnings, p.Date.String()+" is before Since "+e.Since.String())
		}
	}
	if c := e.Contract; c != nil {
		switch {
		case c.Amount.IsNegative():
			return inputErr(input, -1, "Contract.Amount", ErrEarnings, c.Amount.String())
		case c.Per > PerDays:
			return inputErr(input, -1, "Contract.Per", ErrEarnings, c.Per.String())
		case c.Per == PerDays && c.Days < 1, c.Per != PerDays && c.Days != 0:
			return inputErr(input, -1, "Contract.Days", ErrEarnings, strconv.Itoa(c.Days))
		}
	}
	return nil
}
