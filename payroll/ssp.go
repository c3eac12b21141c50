package payroll

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

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
	// 2026 for the lower earnings limit, from then for the 80% cap. A PIW
	// uses the entry whose For is its first day, else the one pay history
	// whose For is zero (see [Earnings]).
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
	// needed them or they were given; zero otherwise.
	AWE decimal.Decimal `json:"awe"`
	// Earnings are how AWE were worked out; nil when not looked up.
	Earnings *AverageEarnings `json:"earnings,omitempty"`
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
	PIWs  []PIW           `json:"piws"`  // the linked periods of incapacity, in order
	Days  []SSPDay        `json:"days"`  // every day of incapacity inside a PIW, in order
	Weeks []SSPWeek       `json:"weeks"` // every week with such a day, in order
	Total decimal.Decimal `json:"total"` // the weeks added up, £
	// Exclusions say where SSP is not payable or stops, why, and when form
	// SSP1 is due, in date order (PAY-8); empty when SSP runs to the end.
	Exclusions []SSPExclusion `json:"exclusions"`
	// Findings explain each PIW, its earnings, rates, exclusions and
	// maximum (PAY-8).
	Findings []absence.Finding `json:"findings"`
	// Basis names the policy applied, its settings changed from the HR14 v16
	// defaults and the library's version ([Policy.Basis]).
	Basis absence.Basis `json:"basis"`
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
// on each day ([Parameters] SSPRules and SSPRates, each entry with its
// source):
//
//   - a period of incapacity for work (PIW) is a run of consecutive days of
//     incapacity, days not worked included, of at least 4 days before 6
//     April 2026 and of any length from then; PIWs no more than 56 days apart
//     link into one (a run before 6 April 2026 too short to be a PIW never
//     links);
//   - before 6 April 2026 average weekly earnings must reach the lower
//     earnings limit in force when the (linked) PIW began, or no period of
//     entitlement arises at all: no waiting days, no SSP, and form SSP1
//     (SSCBA 1992 Sch 11 para 2(c)); this is said first;
//   - SSP is paid for qualifying days, the days the employee normally works
//     (in a week with none, the Wednesday, SSP (General) Regulations 1982
//     reg 5), after 3 waiting days in a linked PIW before 6 April 2026 and
//     none from then; from then the weekly rate is the lower of the flat
//     rate and 80% of average weekly earnings;
//   - the daily rate is the weekly rate ÷ the qualifying days in that SSP
//     week (Sunday to Saturday), truncated to 4 decimal places; each week's
//     SSP is rounded up to the penny;
//   - entitlement ends, with form SSP1 due ([SSPExclusion]), when 28 weeks
//     of SSP have been paid in a linked PIW (SSCBA 1992 s.153(2)(b)), 3
//     years after the linked PIW began (SSP (General) Regulations 1982 reg
//     3(3)), or when the employment ends (s.153(2)(c)); no SSP is paid for
//     the rest of that linked PIW.
//
// Average weekly earnings come from [SSPInput.Earnings], in either of the
// forms [Earnings] describes, and are needed only where they change the pay:
// a PIW with nothing but waiting days and no earnings given is explained as
// such, with a finding that the earnings test could not be applied.
//
// A run of incapacity that includes both 5 and 6 April 2026 is refused with
// [ErrStraddle] unless the policy's [Straddle] knob gives the rule. PIWs on
// either side of that date that link are one PIW, each day under the rules
// in force on it: waiting days served before stay served, none are served
// after, the earnings test applies only to days before (SSP is payable from
// the first qualifying day on or after 6 April 2026, and the low-earnings
// exclusion says until when) and the 80% cap only to days from then. Days
// with no rate or rules in the parameters fail with [ErrNoParameter]; a PIW
// that needs earnings the input lacks fails with [ErrNoEarnings], or with
// [ErrEarnings] when its pay dates cannot give them.
func (p Policy) SSP(in SSPInput) (SSP, error) {
	s, err := p.ssp(in)
	if err == nil {
		s.Basis = p.Basis()
	}
	return s, err
}

// ssp is SSP without its Basis.
func (p Policy) ssp(in SSPInput) (SSP, error) {
	if err := p.Validate(); err != nil {
		return SSP{}, err
	}
	if err := in.validate(); err != nil {
		return SSP{}, err
	}
	out := SSP{Exclusions: []SSPExclusion{}}
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
	text := fmt.Sprintf("SSP: %s paid, %s in all (each week's daily rates added up and rounded up to the penny)",
		plural(paid, "day"), money(out.Total))
	for _, x := range out.Exclusions {
		text += fmt.Sprintf("; no SSP from %s (%s): form SSP1 due by %s", x.From, x.Reason.words(), x.Due)
	}
	out.Findings = append(out.Findings, find("PAY-8", clauseSSP, "%s", text))
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
	rules   SSPRules     // the rules in force on its first day
	limit   absence.Date // the last day of the period of entitlement under the year limit
	spell   int          // the run of incapacity being worked out
	waiting []string     // the waiting days served
	units   int          // the part of the maximum paid, in weekUnits a week
	awe     ratio        // the exact average weekly earnings, once looked up
	aweDone bool         // AWE looked up (into awe, and w.AWE for the record)
	aweErr  error        // why AWE could not be looked up, returned when a rule needs them
	tested  bool         // the earnings test applies to the PIW (it began before 6 April 2026)
	lel     decimal.Decimal
	low     bool         // AWE below the lower earnings limit: no entitlement under the test
	lowLast absence.Date // the last day the low-earnings exclusion covers
	lowOver bool         // a day after it is not under the test
	// what ended the entitlement, once something has
	stopped  bool
	stopNote string
	lastPaid absence.Date // the last day paid
	full     absence.Date // the day the maximum was reached
	notice   absence.Date // the first day of the notice week of SSP (SSP1 for a foreseen end)
	noticeIn int          // the run it falls in
	// the rates explained, so that each is explained once
	lastQ      int
	lastWeekly decimal.Decimal
	explained  map[string]bool
}

// piw works out the days of one linked PIW.
func (c *sspCalc) piw(w *PIW) error {
	st := &piwState{w: w, start: w.Spells[0].Start, explained: map[string]bool{}}
	rules, err := c.p.Parameters.SSPRules.At(st.start)
	if err != nil {
		return err
	}
	st.rules = rules.Value
	st.limit = st.start.AddDays(-1).AddMonths(12 * st.rules.LimitYears)
	mark, xmark := len(c.out.Findings), len(c.out.Exclusions)
	if err := c.earnings(st); err != nil {
		return err
	}
	for i, spell := range w.Spells {
		st.spell = i
		for d := range spell.All() {
			day, err := c.day(st, d)
			if err != nil {
				return err
			}
			c.out.Days = append(c.out.Days, day)
		}
	}
	if st.low {
		x := SSPExclusion{Reason: ExcludedLowEarnings, PIW: st.start, From: st.start, Weeks: decimal.Zero,
			AWE: w.AWE, LEL: st.lel, Due: st.start.AddDays(st.rules.NoticeDays)}
		if st.lowOver {
			x.Until = st.lowLast
		}
		x.text(st.rules)
		c.out.Exclusions = slices.Insert(c.out.Exclusions, xmark, x)
		c.out.Findings = slices.Insert(c.out.Findings, mark, x.Finding)
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
	if st.tested && !st.aweDone {
		text += "; no earnings given, so the earnings test was not applied (it changes no pay here)"
	}
	c.out.Findings = append(c.out.Findings, find("PAY-8", clauseSSP, "%s", text))
	return nil
}

// earnings looks up the PIW's average weekly earnings when the input gives
// them, explains them and applies the earnings test. Earnings that are
// missing, or whose pay dates cannot give them, fail only when a rule needs
// them.
func (c *sspCalc) earnings(st *piwState) error {
	if st.rules.EarningsTest {
		at, err := c.p.Parameters.SSPRates.At(st.start)
		if err != nil {
			return err
		}
		st.lel = at.Value.LEL
		st.tested = st.lel.IsPositive()
	}
	e, i, ok := c.in.earnings(st.start)
	if !ok {
		st.aweErr = inputErr("SSP", -1, "Earnings", ErrNoEarnings, "for the period of incapacity from "+st.start.String())
		return nil
	}
	r, a, err := e.average(st.start)
	if err != nil {
		var ie *InputError
		if !asInput(err, &ie) || ie.Err != ErrEarnings {
			return err
		}
		st.aweErr = inputErr("SSP", i, fmt.Sprintf("Earnings[%d].%s", i, ie.Field), ErrEarnings, ie.Value)
		return nil
	}
	st.awe, st.aweDone = r, true
	st.w.AWE, st.w.Earnings = a.Weekly, &a
	c.out.Findings = append(c.out.Findings, find("PAY-8", clauseSSP,
		"PIW from %s: average weekly earnings %s", st.start, a.Text))
	if !st.tested {
		return nil
	}
	st.low = r.cmp(st.lel) < 0
	if !st.low {
		c.out.Findings = append(c.out.Findings, find("PAY-8", clauseSSP,
			"PIW from %s: average weekly earnings %s reach the lower earnings limit of %s a week in force on %s",
			st.start, exact(a.Weekly), money(st.lel), st.start))
	}
	return nil
}

// stop ends the entitlement of the PIW from day d for a reason: the rest of
// the PIW has no SSP, and form SSP1 is due.
func (c *sspCalc) stop(st *piwState, reason ExclusionReason, d, ended absence.Date, r SSPRules, note string) {
	st.stopped, st.stopNote = true, note
	var noticeFrom absence.Date
	if reason == ExcludedMaximum && !st.notice.IsZero() && st.noticeIn == st.spell && d == st.full.AddDays(1) {
		noticeFrom = st.notice
	}
	x := exclusion(st, reason, d, ended, noticeFrom, r)
	x.text(r)
	c.out.Exclusions = append(c.out.Exclusions, x)
	c.out.Findings = append(c.out.Findings, x.Finding)
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
	day.Qualifying = c.isQualifying(d)
	if st.low {
		if r.EarningsTest {
			st.lowLast = d
			day.Note = fmt.Sprintf("no entitlement: average weekly earnings %s below the lower earnings limit %s", exact(st.w.AWE), money(st.lel))
			return day, nil
		}
		st.lowOver = true
	}
	if st.stopped {
		day.Note = st.stopNote
		return day, nil
	}
	ends := c.in.EmploymentEnds
	switch most := r.MaxWeeks * weekUnits; {
	case !ends.IsZero() && d.After(ends):
		ended := ends
		if st.start.After(ends) {
			ended = absence.Date{}
		}
		c.stop(st, ExcludedEmploymentEnded, d, ended, r, "after the employment ended on "+ends.String())
	case d.After(st.limit):
		c.stop(st, ExcludedThreeYears, d, st.limit, r,
			fmt.Sprintf("the period of entitlement ended %s after it began, on %s", plural(st.rules.LimitYears, "year"), st.limit))
	case st.units >= most:
		c.stop(st, ExcludedMaximum, d, st.full, r, fmt.Sprintf("the %d-week maximum has been paid", r.MaxWeeks))
	}
	if st.stopped {
		day.Note = st.stopNote
		return day, nil
	}
	if !day.Qualifying {
		day.Note = "not a qualifying day"
		return day, nil
	}
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
	if (st.tested && r.EarningsTest || r.AWECap.IsPositive()) && !st.aweDone {
		return day, st.aweErr
	}
	awe := st.w.AWE
	weekly := over(rate.Value.Weekly, 1)
	capped := r.AWECap.IsPositive() && st.awe.times(r.AWECap).cmp(rate.Value.Weekly) < 0
	if capped {
		weekly = st.awe.times(r.AWECap)
	}
	q := c.qualifying(weekOf(d))
	per := weekUnits / q
	if st.notice.IsZero() && st.units >= (r.NoticeWeek-1)*weekUnits {
		st.notice, st.noticeIn = d, st.spell
	}
	day.Paid, day.Weekly, day.Daily = true, weekly.approx(), sspDaily(weekly, q)
	day.Amount = day.Daily
	most := r.MaxWeeks * weekUnits
	if left := most - st.units; left < per {
		day.Amount = over(day.Daily.Mul(decimal.NewFromInt(int64(left))), int64(per)).truncate(4)
		day.Note = fmt.Sprintf("the part of a day left under the %d-week maximum", r.MaxWeeks)
		per = left
	}
	st.units += per
	st.lastPaid = d
	if st.units >= most {
		st.full = d
	}
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

// earnings returns the earnings for the PIW starting on start, and their
// index: the entry for it, else the pay history (the entry with no For).
func (in SSPInput) earnings(start absence.Date) (Earnings, int, bool) {
	history := -1
	for i, e := range in.Earnings {
		if e.For == start {
			return e, i, true
		}
		if e.For.IsZero() && history < 0 {
			history = i
		}
	}
	if history < 0 {
		return Earnings{}, -1, false
	}
	return in.Earnings[history], history, true
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
		switch {
		case e.For.IsZero() && !e.datesForm():
			return inputErr(input, i, field+".For", ErrInvalidDate, "needed for a total")
		case !e.For.IsZero() && !e.For.IsValid():
			return inputErr(input, i, field+".For", ErrInvalidDate, e.For.String())
		}
		if err := e.validate(); err != nil {
			var ie *InputError
			if asInput(err, &ie) {
				return inputErr(input, i, field+"."+ie.Field, ie.Err, ie.Value)
			}
			return err
		}
		for j := range i {
			if in.Earnings[j].For == e.For {
				what := "given twice for " + e.For.String()
				if e.For.IsZero() {
					what = "two pay histories (no For)"
				}
				return inputErr(input, i, field+".For", ErrEarnings, what)
			}
		}
	}
	return nil
}
