package pension

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// An Earning is pay from re-employment with any employer, NHS or not, in
// pounds, counted in the tax year of the day it was paid.
type Earning struct {
	Paid   absence.Date    `json:"paid"`   // the day paid, which decides the tax year
	Amount decimal.Decimal `json:"amount"` // gross pay in £, at least 0
}

// A Reemployment is an ill-health pensioner's return to work, for the test
// that replaces a Tier 2 pension with Tier 1 (PEN-4).
type Reemployment struct {
	// Tier is the tier of the pension in payment.
	Tier Tier `json:"tier"`

	// Commuted: the whole pension was exchanged for a serious ill-health lump
	// sum (PEN-6), so there is no pension to replace.
	Commuted bool `json:"commuted,omitempty"`

	// NHSStart is the first day of re-employment in the NHS; zero: none.
	NHSStart absence.Date `json:"nhsStart,omitempty"`
	// NHSEnd is the last day of that re-employment; zero: continuing. It
	// needs NHSStart and is not before it.
	NHSEnd absence.Date `json:"nhsEnd,omitempty"`

	// Earnings are all re-employment earnings, in any order.
	Earnings []Earning `json:"earnings,omitempty"`

	// PayDates are the pension payment dates, in strictly rising date
	// order. One of PayDates and PayDay is needed; PayDates wins.
	PayDates []absence.Date `json:"payDates,omitempty"`
	// PayDay is the day of the month the pension is paid when PayDates is
	// empty: 1–31, in a shorter month its last day.
	PayDay int `json:"payDay,omitempty"`
}

// A Conversion says whether and from when a Tier 2 pension is replaced by a
// Tier 1 pension because of re-employment (PEN-4).
type Conversion struct {
	// Converts reports whether the pension is replaced by Tier 1.
	Converts bool `json:"converts"`

	// From is the first pension payment date after the earlier of Exceeded
	// and Anniversary: the day the substitute Tier 1 pension is payable from.
	// Zero when Converts is false.
	From absence.Date `json:"from,omitempty"`

	// Exceeded is the day re-employment earnings first went over the LEL in a
	// tax year (the payment that took the tax year's total over it); zero if
	// never, or not before the anniversary.
	Exceeded absence.Date `json:"exceeded,omitempty"`

	// Anniversary is the first anniversary of NHS re-entry, when the member
	// was still re-employed on it; zero otherwise. From then on the member has
	// been re-employed in the NHS for more than 12 months.
	Anniversary absence.Date `json:"anniversary,omitempty"`

	// Findings explain the decision.
	Findings []absence.Finding `json:"findings"`
}

// ConvertTier2 decides whether re-employment replaces a Tier 2 pension with a
// Tier 1 pension, and from when (PEN-4): from the next pension payment date
// after re-employment earnings exceed the LEL in a tax year, or after the
// first anniversary of NHS re-entry (12 months' NHS re-employment, whatever
// the earnings), whichever is first. An NHS re-employment that ended before its
// anniversary does not count; a continuing one is taken to go on.
//
// The LEL of each tax year looked at comes from Policy.LEL; a tax year the
// table does not hold is an error ([ErrUnknownTaxYear]), never a guess.
// Earnings paid after the anniversary cannot change the answer and are not
// looked at. A Tier 1 pension, or one exchanged for a lump sum, is not
// converted.
func ConvertTier2(r Reemployment, p Policy) (Conversion, error) {
	if err := p.Validate(); err != nil {
		return Conversion{}, err
	}
	if err := r.validate(); err != nil {
		return Conversion{}, err
	}
	var why explanation
	var c Conversion
	switch {
	case r.Commuted:
		why.add(ruleReemployment(), "the pension was exchanged for a serious ill-health lump sum: there is no pension to replace")
		c.Findings = why
		return c, nil
	case r.Tier == Tier1:
		why.add(ruleReemployment(), "a Tier 1 pension is in payment: re-employment does not change the tier (abatement may apply, PEN-5)")
		c.Findings = why
		return c, nil
	}

	if !r.NHSStart.IsZero() {
		anniversary := r.NHSStart.AddMonths(p.Reemployment.NHSMonths)
		if r.NHSEnd.IsZero() || !r.NHSEnd.Before(anniversary) {
			c.Anniversary = anniversary
			why.add(ruleReemployment(), fmt.Sprintf("NHS re-employment from %s reaches %d months on %s", r.NHSStart, p.Reemployment.NHSMonths, anniversary))
		} else {
			why.add(ruleReemployment(), fmt.Sprintf("NHS re-employment from %s ended on %s, before %d months (%s)", r.NHSStart, r.NHSEnd, p.Reemployment.NHSMonths, anniversary))
		}
	}

	earnings := slices.Clone(r.Earnings)
	slices.SortStableFunc(earnings, func(a, b Earning) int { return a.Paid.Compare(b.Paid) })
	totals := map[TaxYear]decimal.Decimal{}
	for _, e := range earnings {
		if !c.Anniversary.IsZero() && e.Paid.After(c.Anniversary) {
			break
		}
		y := TaxYearOf(e.Paid)
		lel, err := p.LowerEarningsLimit(y)
		if err != nil {
			return Conversion{}, err
		}
		totals[y] = totals[y].Add(e.Amount)
		if totals[y].GreaterThan(lel.Annual) {
			c.Exceeded = e.Paid
			why.add(ruleReemployment(), fmt.Sprintf("re-employment earnings in tax year %s reached %s on %s, more than the Lower Earnings Limit of %s (%s a week; %s)",
				y, pounds(totals[y]), e.Paid, pounds(lel.Annual), pounds(lel.Weekly), lel.Source))
			break
		}
	}
	if c.Exceeded.IsZero() {
		for _, y := range sortedKeys(totals) {
			lel, _ := p.LowerEarningsLimit(y)
			why.add(ruleReemployment(), fmt.Sprintf("re-employment earnings in tax year %s: %s, not more than the Lower Earnings Limit of %s",
				y, pounds(totals[y]), pounds(lel.Annual)))
		}
	}

	// Earnings paid after the anniversary were not looked at, so Exceeded,
	// when set, is never after it: it is the earlier of the two.
	trigger := c.Exceeded
	if trigger.IsZero() {
		trigger = c.Anniversary
	}
	if trigger.IsZero() {
		why.add(ruleReemployment(), "earnings have not gone over the Lower Earnings Limit in a tax year and NHS re-employment has not reached 12 months: Tier 2 continues")
		c.Findings = why
		return c, nil
	}
	from, err := r.nextPayment(trigger)
	if err != nil {
		return Conversion{}, err
	}
	c.Converts, c.From = true, from
	why.add(ruleReemployment(), fmt.Sprintf("the Tier 2 pension is replaced by a Tier 1 pension from the next pension payment date after %s: %s", trigger, from))
	c.Findings = why
	return c, nil
}

func sortedKeys(m map[TaxYear]decimal.Decimal) []TaxYear {
	keys := make([]TaxYear, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (r Reemployment) validate() error {
	bad := func(field string, index int, e Error, value string) error {
		return &InputError{Input: "reemployment", Index: index, Field: field, Value: value, Err: e}
	}
	switch {
	case r.Tier != Tier1 && r.Tier != Tier2:
		return bad("Tier", -1, ErrTier, r.Tier.String())
	case !r.NHSStart.IsZero() && !r.NHSStart.IsValid():
		return bad("NHSStart", -1, ErrInvalidDate, r.NHSStart.String())
	case !r.NHSEnd.IsZero() && !r.NHSEnd.IsValid():
		return bad("NHSEnd", -1, ErrInvalidDate, r.NHSEnd.String())
	case !r.NHSEnd.IsZero() && r.NHSStart.IsZero():
		return bad("NHSStart", -1, ErrMissing, "NHSEnd is "+r.NHSEnd.String())
	case !r.NHSEnd.IsZero() && r.NHSEnd.Before(r.NHSStart):
		return bad("NHSEnd", -1, ErrDateOrder, r.NHSEnd.String()+" is before "+r.NHSStart.String())
	case len(r.PayDates) == 0 && (r.PayDay < 1 || r.PayDay > 31):
		return bad("PayDay", -1, ErrMissing, "a pay day of 1–31 or pay dates are needed, got "+strconv.Itoa(r.PayDay))
	}
	for i, e := range r.Earnings {
		switch {
		case !e.Paid.IsValid():
			return bad("Earnings.Paid", i, ErrInvalidDate, e.Paid.String())
		case e.Amount.IsNegative():
			return bad("Earnings.Amount", i, ErrNegative, e.Amount.String())
		}
	}
	for i, pd := range r.PayDates {
		switch {
		case !pd.IsValid():
			return bad("PayDates", i, ErrInvalidDate, pd.String())
		case i > 0 && !pd.After(r.PayDates[i-1]):
			return bad("PayDates", i, ErrDateOrder, pd.String()+" is not after "+r.PayDates[i-1].String())
		}
	}
	return nil
}

// nextPayment returns the first pension payment date after d.
func (r Reemployment) nextPayment(d absence.Date) (absence.Date, error) {
	if len(r.PayDates) > 0 {
		i, _ := slices.BinarySearchFunc(r.PayDates, d, func(e, t absence.Date) int {
			return cmp.Compare(e.UnixDays(), t.UnixDays()+1) // first e ≥ d+1
		})
		if i == len(r.PayDates) {
			return absence.Date{}, &InputError{Input: "reemployment", Index: -1, Field: "PayDates", Value: d.String(), Err: ErrNoPayDate}
		}
		return r.PayDates[i], nil
	}
	// The pay day of d's month, or of the next month if that is not after d.
	payDay := func(month absence.Date) absence.Date {
		return absence.Date{Year: month.Year, Month: month.Month, Day: min(r.PayDay, absence.DaysIn(month.Year, month.Month))}
	}
	first := absence.Date{Year: d.Year, Month: d.Month, Day: 1}
	if c := payDay(first); c.After(d) {
		return c, nil
	}
	return payDay(first.AddMonths(1)), nil
}

// A Decision is a yes-or-no answer with the findings behind it.
type Decision struct {
	Met      bool              `json:"met"`      // every condition holds
	Findings []absence.Finding `json:"findings"` // each condition, met or not, and the verdict
}

// A Requalification is a request to regain Tier 2 after re-employment
// replaced it with Tier 1 (PEN-4). Tier 2 can be regained once.
type Requalification struct {
	// NormalPensionDate is the day the member reaches normal pension age
	// (see [Policy.NormalPensionDate]).
	NormalPensionDate absence.Date `json:"normalPensionDate"`
	// Substituted is the day the substitute Tier 1 pension became payable
	// (Conversion.From).
	Substituted absence.Date `json:"substituted"`
	// Exceeded is the day earnings went over the LEL (Conversion.Exceeded);
	// zero if the conversion came from 12 months' NHS re-employment. Used by
	// the FromExceedingLEL reading.
	Exceeded absence.Date `json:"exceeded,omitempty"`
	// EmploymentEnded is the last day of the re-employment; zero if it goes
	// on.
	EmploymentEnded absence.Date `json:"employmentEnded,omitempty"`
	// MedicalAccepted: the scheme medical adviser accepts that the member once
	// again meets the Tier 2 condition.
	MedicalAccepted bool `json:"medicalAccepted"`
	// RegainedBefore: Tier 2 has already been regained once.
	RegainedBefore bool `json:"regainedBefore,omitempty"`
}

// Requalify applies the one-time test to regain Tier 2 (PEN-4): the member
// has not regained it before, is under normal pension age on the last day of
// the re-employment, that employment ended within 12 months of the start the
// policy names (the substitute Tier 1 pension, or under FromExceedingLEL the
// day earnings exceeded the LEL) — that is, its last day is before the first
// anniversary of that start — and the medical adviser accepts the Tier 2
// condition again. Every test is reported, met or not.
func Requalify(q Requalification, p Policy) (Decision, error) {
	if err := p.Validate(); err != nil {
		return Decision{}, err
	}
	bad := func(field string, e Error, value string) error {
		return inputErr("requalification", field, e, value)
	}
	optional := func(field string, d absence.Date) error {
		if d.IsZero() {
			return nil
		}
		return checkDate("requalification", field, d)
	}
	if err := firstErr(
		checkDate("requalification", "NormalPensionDate", q.NormalPensionDate),
		checkDate("requalification", "Substituted", q.Substituted),
		optional("Exceeded", q.Exceeded),
		optional("EmploymentEnded", q.EmploymentEnded),
	); err != nil {
		return Decision{}, err
	}
	if !q.Exceeded.IsZero() && q.Exceeded.After(q.Substituted) {
		return Decision{}, bad("Exceeded", ErrDateOrder, q.Exceeded.String()+" is after the substitute pension began on "+q.Substituted.String())
	}
	var why explanation
	met := true
	test := func(ok bool, yes, no string) {
		if ok {
			why.add(ruleReemployment(), yes)
		} else {
			met = false
			why.add(ruleReemployment(), no)
		}
	}
	test(!q.RegainedBefore, "Tier 2 has not been regained before", "Tier 2 has already been regained once: it cannot be regained again")

	start, from := q.Substituted, "the substitute Tier 1 pension began"
	if p.Reemployment.RequalifyFrom == FromExceedingLEL && !q.Exceeded.IsZero() {
		start, from = q.Exceeded, "earnings exceeded the Lower Earnings Limit"
	}
	limit := start.AddMonths(p.Reemployment.RequalifyMonths)
	if q.EmploymentEnded.IsZero() {
		test(false, "", "the re-employment has not ended")
	} else {
		test(q.EmploymentEnded.Before(q.NormalPensionDate),
			fmt.Sprintf("under normal pension age (%s) when the employment ended on %s", q.NormalPensionDate, q.EmploymentEnded),
			fmt.Sprintf("not under normal pension age (%s) when the employment ended on %s", q.NormalPensionDate, q.EmploymentEnded))
		test(q.EmploymentEnded.Before(limit),
			fmt.Sprintf("the employment ended on %s, within %d months of %s on %s", q.EmploymentEnded, p.Reemployment.RequalifyMonths, from, start),
			fmt.Sprintf("the employment ended on %s, not within %d months of %s on %s (by %s)", q.EmploymentEnded, p.Reemployment.RequalifyMonths, from, start, limit.AddDays(-1)))
	}
	test(q.MedicalAccepted, "the scheme medical adviser accepts that the Tier 2 condition is met again",
		"the scheme medical adviser has not accepted that the Tier 2 condition is met again")
	if met {
		why.add(ruleReemployment(), "Tier 2 is regained (once only)")
	} else {
		why.add(ruleReemployment(), "Tier 2 is not regained")
	}
	return Decision{Met: met, Findings: why}, nil
}

// A Rejoin is an ill-health pensioner's return to NHS employment, for the
// test of whether it is pensionable (PEN-4).
type Rejoin struct {
	Section Section `json:"section"` // Section1995 or Section2008
	Tier    Tier    `json:"tier"`    // the tier of the pension in payment
	// Born is the date of birth.
	Born absence.Date `json:"born"`
	// Returned is the first day of the NHS re-employment, after Born; ages
	// are in whole years on that day.
	Returned absence.Date `json:"returned"`
	// Membership is the scheme membership already accrued (2008: re-employment
	// is pensionable only below 45 years).
	Membership Membership `json:"membership"`
	// Commuted: the pension was exchanged for a serious ill-health lump sum.
	Commuted bool `json:"commuted,omitempty"`
}

// Pensionable decides whether an ill-health pensioner's NHS re-employment is
// pensionable (PEN-4): 1995 Section — under 50 on return for a Tier 1
// pension, under 49 for Tier 2; 2008 Section — under 75, less than 45 years'
// membership, and the pension not exchanged for a serious ill-health lump
// sum. App 12 gives no rule for the 2015 Scheme: it is refused
// ([ErrSection]).
func Pensionable(r Rejoin, p Policy) (Decision, error) {
	if err := p.Validate(); err != nil {
		return Decision{}, err
	}
	bad := func(field string, e Error, value string) error { return inputErr("rejoin", field, e, value) }
	switch {
	case r.Section != Section1995 && r.Section != Section2008:
		return Decision{}, bad("Section", ErrSection, r.Section.String()+": HR14 App 12 gives the rule for the 1995 and 2008 Sections only")
	case r.Tier != Tier1 && r.Tier != Tier2:
		return Decision{}, bad("Tier", ErrTier, r.Tier.String())
	}
	if err := firstErr(checkDate("rejoin", "Born", r.Born), checkDate("rejoin", "Returned", r.Returned)); err != nil {
		return Decision{}, err
	}
	switch {
	case !r.Returned.After(r.Born):
		return Decision{}, bad("Returned", ErrDateOrder, r.Returned.String()+" is not after the date of birth "+r.Born.String())
	case r.Membership < 0:
		return Decision{}, bad("Membership", ErrNegative, r.Membership.String())
	}
	rules := p.rules(r.Section)
	under := rules.RejoinUnderTier1
	if r.Tier == Tier2 {
		under = rules.RejoinUnderTier2
	}
	age := ageOn(r.Born, r.Returned)
	var why explanation
	met := true
	test := func(ok bool, text string) {
		met = met && ok
		verdict := "met"
		if !ok {
			verdict = "not met"
		}
		why.add(ruleReemployment(), text+": "+verdict)
	}
	test(age < under, fmt.Sprintf("%s, %s pension: aged %d on return to NHS employment on %s; must be under %d", r.Section, r.Tier, age, r.Returned, under))
	if rules.RejoinLimit > 0 {
		test(r.Membership < rules.RejoinLimit, fmt.Sprintf("membership %s; must be less than %s", r.Membership, rules.RejoinLimit))
	}
	if rules.RejoinBarsCommuted {
		test(!r.Commuted, "the pension must not have been exchanged for a serious ill-health lump sum")
	}
	verdict := "the re-employment is pensionable"
	if !met {
		verdict = "the re-employment is not pensionable"
	}
	why.add(ruleReemployment(), verdict)
	return Decision{Met: met, Findings: why}, nil
}
