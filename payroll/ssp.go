package payroll

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A PayPattern says how often an employee is paid, for average weekly
// earnings.
type PayPattern uint8

// The pay patterns. Text codes are in parentheses.
const (
	PaidWeekly  PayPattern = iota // weekly, fortnightly or four-weekly: the relevant period is 8 weeks ("weekly")
	PaidMonthly                   // monthly ("monthly")
)

func payPatternCodes() []string { return []string{"weekly", "monthly"} }

// String returns "weekly" or "monthly".
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

// Earnings are an employee's gross earnings in the relevant period before a
// period of incapacity for work: the 8 weeks ending with the last payday
// before it. The host works them out from its payroll.
type Earnings struct {
	// For is the first day of the (linked) period of incapacity for work the
	// earnings are for: PIW.Spells[0].Start.
	For      absence.Date    `json:"for"`
	Pattern  PayPattern      `json:"pattern"`            // how often the employee is paid
	Total    decimal.Decimal `json:"total"`              // gross earnings paid in the relevant period, £, at least 0
	Payments int             `json:"payments,omitempty"` // PaidMonthly: the number of monthly payments in it, at least 1
}

// AWE returns the average weekly earnings in £ a week: Total ÷ 8 for weekly
// patterns, Total ÷ Payments × 12 ÷ 52 for monthly pay (FACTS.md), to 16
// decimal places, for the record. [Policy.SSP] compares and multiplies the
// exact quotient, so this figure's last place never changes a result.
//
// It fails with [ErrEarnings] for a negative total, an unknown pattern, or a
// monthly pattern with fewer than 1 payment.
func (e Earnings) AWE() (decimal.Decimal, error) {
	r, err := e.awe()
	if err != nil {
		return decimal.Zero, err
	}
	return r.approx(), nil
}

// awe returns the average weekly earnings as an exact ratio.
func (e Earnings) awe() (ratio, error) {
	if e.Total.IsNegative() {
		return ratio{}, inputErr("earnings", -1, "Total", ErrEarnings, e.Total.String())
	}
	switch e.Pattern {
	case PaidWeekly:
		return over(e.Total, 8), nil
	case PaidMonthly:
		if e.Payments < 1 {
			return ratio{}, inputErr("earnings", -1, "Payments", ErrEarnings, strconv.Itoa(e.Payments))
		}
		return over(e.Total.Mul(decimal.NewFromInt(12)), 52).per(int64(e.Payments)), nil
	default:
		return ratio{}, inputErr("earnings", -1, "Pattern", ErrEarnings, e.Pattern.String())
	}
}

func (e Earnings) formula() string {
	if e.Pattern == PaidMonthly {
		return fmt.Sprintf("%s ÷ %d monthly payments × 12 ÷ 52", money(e.Total), e.Payments)
	}
	return money(e.Total) + " ÷ 8 weeks"
}

// SSPInput is what [Policy.SSP] needs.
type SSPInput struct {
	// Incapacity are the days of incapacity for work, in date order and not
	// overlapping: the pay days of every episode (see [Incapacity]). A part
	// day paid as worked is not a day of incapacity (HR14 Proc 6).
	Incapacity []absence.Period `json:"incapacity"`
	// Schedule is the employee's schedule: the qualifying days are the days
	// they normally work.
	Schedule absence.Schedule `json:"-"`
	// Earnings for each period of incapacity that needs them: before 6 April
	// 2026 for the lower earnings limit, from then for the 80% cap.
	Earnings []Earnings `json:"earnings,omitempty"`
	// EmploymentEnds is the last day of employment; zero while it continues.
	// SSP is not paid after it.
	EmploymentEnds absence.Date `json:"employmentEnds,omitempty"`
}

// Incapacity returns the days of incapacity for work of a history: the pay
// days of its episodes and of its sickness with no shift lost
// (History.NoShiftLost: not an episode, but days of incapacity all the same,
// which a period of incapacity for work counts), in date order.
func Incapacity(h absence.History) []absence.Period {
	var out []absence.Period
	eps, rest := h.Episodes, h.NoShiftLost
	for len(eps) > 0 || len(rest) > 0 {
		if len(rest) == 0 || (len(eps) > 0 && eps[0].Period.Start.Before(rest[0].Period.Start)) {
			out = append(out, eps[0].Pay.Days...)
			eps = eps[1:]
		} else {
			out = append(out, rest[0].Pay.Days...)
			rest = rest[1:]
		}
	}
	return out
}

// A PIW is a period of incapacity for work: one run of incapacity long
// enough to count, or several linked because no more than 8 weeks separate
// them (SSCBA s.152). SSP's waiting days and 28-week maximum run across the
// whole linked period.
type PIW struct {
	Spells []absence.Period `json:"spells"` // the runs of incapacity, in order
	// AWE is the average weekly earnings used in £ a week, to 16 decimal
	// places for the record (the rules use the exact figure), when a rule
	// needed them; zero otherwise.
	AWE decimal.Decimal `json:"awe"`
}

// An SSPDay is one day of incapacity inside a period of incapacity for work.
type SSPDay struct {
	Date       absence.Date `json:"date"`       // the day
	Qualifying bool         `json:"qualifying"` // a day the employee normally works
	Waiting    bool         `json:"waiting"`    // a waiting day: no SSP
	Paid       bool         `json:"paid"`       // SSP is payable for the day (Amount may still be 0 if AWE are 0)
	// Weekly is the weekly rate applied, £ a week: the flat rate, or 80% of
	// AWE when lower (from 6 April 2026, to 16 decimal places for the
	// record); zero on a day not paid.
	Weekly decimal.Decimal `json:"weekly"`
	// Daily is the exact weekly rate ÷ the qualifying days of the week,
	// truncated to 4 decimal places, £; zero on a day not paid.
	Daily decimal.Decimal `json:"daily"`
	// Amount is what the day adds, £: Daily, or the part of it left under
	// the 28-week maximum (truncated to 4 decimal places); zero on a day not
	// paid. Weeks, not days, are rounded to the penny.
	Amount decimal.Decimal `json:"amount"`
	Note   string          `json:"note,omitempty"` // why a day is not paid, or how its rate was set
}

// An SSPWeek is one SSP week, Sunday to Saturday, with its SSP rounded up to
// the penny.
type SSPWeek struct {
	Week       absence.Period  `json:"week"`       // Sunday to Saturday
	Qualifying int             `json:"qualifying"` // qualifying days in the week
	Paid       int             `json:"paid"`       // days of SSP paid in it
	Amount     decimal.Decimal `json:"amount"`     // the days' amounts added up and rounded up to the penny
}

// SSP is the Statutory Sick Pay of a history of incapacity (PAY-8).
type SSP struct {
	PIWs     []PIW             `json:"piws"`     // the linked periods of incapacity, in order
	Days     []SSPDay          `json:"days"`     // every day of incapacity inside a PIW, in order
	Weeks    []SSPWeek         `json:"weeks"`    // every week with such a day, in order
	Total    decimal.Decimal   `json:"total"`    // the weeks added up, £
	Findings []absence.Finding `json:"findings"` // each PIW, rate, earnings test and maximum (PAY-8)
}

// Day returns the SSP of day d; ok is false if d is not in a PIW.
func (s SSP) Day(d absence.Date) (SSPDay, bool) {
	i, ok := slices.BinarySearchFunc(s.Days, d, func(x SSPDay, d absence.Date) int { return x.Date.Compare(d) })
	if !ok {
		return SSPDay{}, false
	}
	return s.Days[i], true
}

// weekUnits is a week in units that every number of qualifying days (1 to 7)
// divides: a qualifying day uses 420 ÷ q units of the 28-week maximum.
const weekUnits = 420

// SSP works out Statutory Sick Pay (PAY-8) with the rules and rates in force
// on each day (FACTS.md):
//
//   - a period of incapacity for work (PIW) is a run of consecutive days of
//     incapacity, days not worked included, of at least 4 days before 6
//     April 2026 and of any length from then; PIWs no more than 56 days apart
//     link into one (a run before 6 April 2026 too short to be a PIW never
//     links);
//   - SSP is paid for qualifying days, the days the employee normally works
//     (in a week with none, the Wednesday, SSP (General) Regulations 1982
//     reg 5), after 3 waiting days in a linked PIW before 6 April 2026 and
//     none from then;
//   - before 6 April 2026 average weekly earnings must reach the lower
//     earnings limit in force when the PIW began; from then the weekly rate
//     is the lower of the flat rate and 80% of average weekly earnings;
//   - the daily rate is the weekly rate ÷ the qualifying days in that SSP
//     week (Sunday to Saturday), truncated to 4 decimal places; each week's
//     SSP is rounded up to the penny; at most 28 weeks are paid in a linked
//     PIW; nothing is paid after the employment ends.
//
// A run of incapacity that includes both 5 and 6 April 2026 is refused with
// [ErrStraddle] unless the policy's [Straddle] knob gives the rule. PIWs on
// either side of that date that link are one PIW, each day under the rules
// in force on it: waiting days served before stay served, none are served
// after, the earnings test applies only to days before and the 80% cap only
// to days from then. Days with
// no rate or rules in the parameters fail with [ErrNoParameter]; a PIW that
// needs earnings the input lacks fails with [ErrNoEarnings].
func (p Policy) SSP(in SSPInput) (SSP, error) {
	if err := p.Validate(); err != nil {
		return SSP{}, err
	}
	if err := in.validate(); err != nil {
		return SSP{}, err
	}
	var out SSP
	piws, err := p.piws(in.Incapacity, &out.Findings)
	if err != nil {
		return SSP{}, err
	}
	c := sspCalc{p: p, in: in, qual: map[absence.Date]int{}, out: &out}
	for i := range piws {
		if err := c.piw(&piws[i]); err != nil {
			return SSP{}, err
		}
	}
	out.PIWs = piws
	out.Total = decimal.Zero
	for _, d := range out.Days {
		start := weekOf(d.Date)
		if n := len(out.Weeks); n == 0 || out.Weeks[n-1].Week.Start != start {
			out.Weeks = append(out.Weeks, SSPWeek{Week: absence.Period{Start: start, End: start.AddDays(6)},
				Qualifying: c.qualifying(start), Amount: decimal.Zero})
		}
		w := &out.Weeks[len(out.Weeks)-1]
		if d.Paid {
			w.Paid++
			w.Amount = w.Amount.Add(d.Amount)
		}
	}
	for i := range out.Weeks {
		out.Weeks[i].Amount = sspWeek(out.Weeks[i].Amount)
		out.Total = out.Total.Add(out.Weeks[i].Amount)
	}
	paid := 0
	for _, d := range out.Days {
		if d.Paid {
			paid++
		}
	}
	out.Findings = append(out.Findings, find("PAY-8", clauseSSP,
		"SSP: %s paid, %s in all (each week's daily rates added up and rounded up to the penny)",
		plural(paid, "day"), money(out.Total)))
	return out, nil
}

// piws forms the periods of incapacity for work from the days of incapacity.
func (p Policy) piws(incapacity []absence.Period, findings *[]absence.Finding) ([]PIW, error) {
	var runs []absence.Period
	for _, r := range incapacity {
		if n := len(runs); n > 0 && runs[n-1].End.AddDays(1) == r.Start {
			runs[n-1].End = r.End
			continue
		}
		runs = append(runs, r)
	}
	rules := p.Parameters.SSPRules
	var piws []PIW
	for _, run := range runs {
		first, err := rules.At(run.Start)
		if err != nil {
			return nil, err
		}
		last, err := rules.At(run.End)
		if err != nil {
			return nil, err
		}
		if first.From != last.From {
			if p.Straddle == StraddleRefuse {
				return nil, inputErr("SSP", -1, "Incapacity", ErrStraddle, run.String())
			}
			*findings = append(*findings, find("PAY-8", clauseSSP,
				"%s runs across %s, when the SSP rules changed: each day follows the rules in force on it (policy knob %q; the transitional rule is the host's choice, UNCONFIRMED)",
				run, last.From, p.Straddle))
		}
		if run.Days() < last.Value.MinPIWDays {
			*findings = append(*findings, find("PAY-8", clauseSSP,
				"%s: %s of incapacity, fewer than %d: not a period of incapacity for work, no SSP (%s)",
				run, plural(run.Days(), "day"), last.Value.MinPIWDays, last.Source))
			continue
		}
		if n := len(piws); n > 0 {
			prev := piws[n-1].Spells[len(piws[n-1].Spells)-1]
			if gap := run.Start.DaysSince(prev.End) - 1; gap <= first.Value.LinkDays {
				piws[n-1].Spells = append(piws[n-1].Spells, run)
				*findings = append(*findings, find("PAY-8", clauseSSP,
					"%s links with the period of incapacity before it (%s): %s apart, at most %d, so waiting days and the %d-week maximum run on",
					run, prev, plural(gap, "day"), first.Value.LinkDays, first.Value.MaxWeeks))
				continue
			}
		}
		piws = append(piws, PIW{Spells: []absence.Period{run}, AWE: decimal.Zero})
	}
	return piws, nil
}

// sspCalc holds the working state of one SSP calculation.
type sspCalc struct {
	p    Policy
	in   SSPInput
	qual map[absence.Date]int // qualifying days by week start
	out  *SSP
}

// weekOf returns the Sunday that starts d's SSP week.
func weekOf(d absence.Date) absence.Date { return d.AddDays(-int(d.Weekday())) }

// qualifying returns the number of qualifying days in the SSP week starting on
// the Sunday given: the scheduled days, or 1 (the Wednesday) if none.
func (c *sspCalc) qualifying(sunday absence.Date) int {
	if q, ok := c.qual[sunday]; ok {
		return q
	}
	q := c.in.Schedule.ScheduledDays(absence.Period{Start: sunday, End: sunday.AddDays(6)})
	if q == 0 {
		q = 1
	}
	c.qual[sunday] = q
	return q
}

// isQualifying reports whether d is a qualifying day.
func (c *sspCalc) isQualifying(d absence.Date) bool {
	if _, ok := c.in.Schedule.ShiftOn(d); ok {
		return true
	}
	sunday := weekOf(d)
	return d.Weekday() == time.Wednesday &&
		c.in.Schedule.ScheduledDays(absence.Period{Start: sunday, End: sunday.AddDays(6)}) == 0
}

// piwState is the running state of one linked PIW.
type piwState struct {
	w       *PIW
	start   absence.Date // the first day of the PIW
	waiting []string     // the waiting days served
	units   int          // the part of the maximum paid, in weekUnits a week
	awe     ratio        // the exact average weekly earnings, once looked up
	aweDone bool         // AWE looked up (into awe, and w.AWE for the record)
	lelDone bool         // the earnings test explained
	maxed   bool         // the maximum explained
	// the rates explained, so that each is explained once
	lastQ      int
	lastWeekly decimal.Decimal
	explained  map[string]bool
}

// piw works out the days of one linked PIW.
func (c *sspCalc) piw(w *PIW) error {
	st := &piwState{w: w, start: w.Spells[0].Start, explained: map[string]bool{}}
	for _, spell := range w.Spells {
		for d := range spell.All() {
			day, err := c.day(st, d)
			if err != nil {
				return err
			}
			c.out.Days = append(c.out.Days, day)
		}
	}
	spells := make([]string, len(w.Spells))
	for i, s := range w.Spells {
		spells[i] = s.String()
	}
	text := fmt.Sprintf("Period of incapacity for work from %s: %s", st.start, strings.Join(spells, ", "))
	if len(st.waiting) > 0 {
		text += "; waiting days (no SSP): " + strings.Join(st.waiting, ", ")
	} else {
		text += "; no waiting days"
	}
	c.out.Findings = append(c.out.Findings, find("PAY-8", clauseSSP, "%s", text))
	return nil
}

// day works out the SSP of one day of incapacity inside a PIW.
func (c *sspCalc) day(st *piwState, d absence.Date) (SSPDay, error) {
	day := SSPDay{Date: d, Weekly: decimal.Zero, Daily: decimal.Zero, Amount: decimal.Zero}
	params := c.p.Parameters
	rules, err := params.SSPRules.At(d)
	if err != nil {
		return day, err
	}
	r := rules.Value
	switch {
	case !c.in.EmploymentEnds.IsZero() && d.After(c.in.EmploymentEnds):
		day.Note = "after the employment ended on " + c.in.EmploymentEnds.String()
		return day, nil
	case !c.isQualifying(d):
		day.Note = "not a qualifying day"
		return day, nil
	}
	day.Qualifying = true
	if len(st.waiting) < r.WaitingDays {
		day.Waiting = true
		st.waiting = append(st.waiting, d.String())
		day.Note = fmt.Sprintf("waiting day %d of %d", len(st.waiting), r.WaitingDays)
		return day, nil
	}
	rate, err := params.SSPRates.At(d)
	if err != nil {
		return day, err
	}
	lel := decimal.Zero
	if r.EarningsTest {
		at, err := params.SSPRates.At(st.start)
		if err != nil {
			return day, err
		}
		lel = at.Value.LEL
	}
	if (lel.IsPositive() || r.AWECap.IsPositive()) && !st.aweDone {
		if st.awe, err = c.awe(st.start); err != nil {
			return day, err
		}
		st.w.AWE, st.aweDone = st.awe.approx(), true
	}
	awe := st.w.AWE
	if lel.IsPositive() {
		below := st.awe.cmp(lel) < 0
		if !st.lelDone {
			st.lelDone = true
			verdict := "reach"
			if below {
				verdict = "are below"
			}
			text := fmt.Sprintf("PIW from %s: average weekly earnings %s %s the lower earnings limit of %s a week in force on %s",
				st.start, exact(awe), verdict, money(lel), st.start)
			if below {
				text += ": no SSP on the days the earnings test applies to"
			}
			c.out.Findings = append(c.out.Findings, find("PAY-8", clauseSSP, "%s", text))
		}
		if below {
			day.Note = fmt.Sprintf("average weekly earnings %s below the lower earnings limit %s", exact(awe), money(lel))
			return day, nil
		}
	}
	most := r.MaxWeeks * weekUnits
	if st.units >= most {
		day.Note = fmt.Sprintf("the %d-week maximum has been paid", r.MaxWeeks)
		if !st.maxed {
			st.maxed = true
			c.out.Findings = append(c.out.Findings, find("PAY-8", clauseSSP,
				"PIW from %s: the %d-week maximum of SSP was reached before %s: no more SSP in this period of incapacity",
				st.start, r.MaxWeeks, d))
		}
		return day, nil
	}
	weekly := over(rate.Value.Weekly, 1)
	capped := r.AWECap.IsPositive() && st.awe.times(r.AWECap).cmp(rate.Value.Weekly) < 0
	if capped {
		weekly = st.awe.times(r.AWECap)
	}
	q := c.qualifying(weekOf(d))
	per := weekUnits / q
	day.Paid, day.Weekly, day.Daily = true, weekly.approx(), sspDaily(weekly, q)
	day.Amount = day.Daily
	if left := most - st.units; left < per {
		day.Amount = over(day.Daily.Mul(decimal.NewFromInt(int64(left))), int64(per)).truncate(4)
		day.Note = fmt.Sprintf("the part of a day left under the %d-week maximum", r.MaxWeeks)
		per = left
	}
	st.units += per
	if q == st.lastQ && day.Weekly.Equal(st.lastWeekly) {
		return day, nil
	}
	st.lastQ, st.lastWeekly = q, day.Weekly
	if key := fmt.Sprint(q, day.Weekly); !st.explained[key] {
		st.explained[key] = true
		how := "flat rate (" + rate.Source + ")"
		switch pct := r.AWECap.Mul(hundred()).String() + "%"; {
		case capped:
			how = fmt.Sprintf("%s of average weekly earnings %s, lower than the flat rate %s", pct, money(awe), money(rate.Value.Weekly))
		case r.AWECap.IsPositive():
			how = fmt.Sprintf("flat rate, not more than %s of average weekly earnings %s (%s)", pct, money(awe), rate.Source)
		}
		c.out.Findings = append(c.out.Findings, find("PAY-8", clauseSSP,
			"PIW from %s: weekly rate %s: %s; daily rate %s ÷ %d qualifying days = £%s (truncated to 4 decimal places)",
			st.start, exact(day.Weekly), how, exact(day.Weekly), q, day.Daily.StringFixed(4)))
	}
	return day, nil
}

// awe returns the average weekly earnings for the PIW starting on start.
func (c *sspCalc) awe(start absence.Date) (ratio, error) {
	for _, e := range c.in.Earnings {
		if e.For != start {
			continue
		}
		v, err := e.awe()
		if err != nil {
			return ratio{}, err
		}
		c.out.Findings = append(c.out.Findings, find("PAY-8", clauseSSP,
			"PIW from %s: average weekly earnings %s = %s", start, e.formula(), money(v.approx())))
		return v, nil
	}
	return ratio{}, inputErr("SSP", -1, "Earnings", ErrNoEarnings, "for the period of incapacity from "+start.String())
}

func (in SSPInput) validate() error {
	const input = "SSP"
	if in.Schedule == nil {
		return inputErr(input, -1, "Schedule", ErrNoSchedule, "")
	}
	if err := checkPeriods(input, "Incapacity", in.Incapacity); err != nil {
		return err
	}
	if !in.EmploymentEnds.IsZero() && !in.EmploymentEnds.IsValid() {
		return inputErr(input, -1, "EmploymentEnds", ErrInvalidDate, in.EmploymentEnds.String())
	}
	for i, e := range in.Earnings {
		field := fmt.Sprintf("Earnings[%d]", i)
		if !e.For.IsValid() {
			return inputErr(input, i, field+".For", ErrInvalidDate, e.For.String())
		}
		if _, err := e.AWE(); err != nil {
			var ie *InputError
			if asInput(err, &ie) {
				return inputErr(input, i, field+"."+ie.Field, ErrEarnings, ie.Value)
			}
			return err
		}
		for j := range i {
			if in.Earnings[j].For == e.For {
				return inputErr(input, i, field+".For", ErrEarnings, "given twice for "+e.For.String())
			}
		}
	}
	return nil
}
