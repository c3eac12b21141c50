package payroll

import (
	"fmt"
	"slices"

	"github.com/absencerules/hr14/absence"
)

// An Allowance is a number of days of occupational sick pay at full pay and at
// half pay, in the unit of the policy's [MonthRule]: calendar days, or
// scheduled days under WorkingDayMonths.
type Allowance struct {
	Full int `json:"full"` // days at full pay, at least 0
	Half int `json:"half"` // days at half pay, at least 0
}

// A PaidSpell is sick pay already paid before an absence: the days and the
// rate. The 12-month look-back deducts the days of it that fall in the 12
// months before the first day of the absence (AfC 14.7).
type PaidSpell struct {
	Period absence.Period `json:"period"` // the days paid, both ends included
	Status Status         `json:"status"` // FullPay or HalfPay
	// WorkRelated: sick pay for an absence attributable to NHS employment.
	// It is deducted only where the scale in force says so (from 1 July
	// 2023, Scale.CountWorkRelated).
	WorkRelated bool `json:"workRelated,omitempty"`
}

// SickPayInput is what [Policy.SickPay] needs to know about one absence.
type SickPayInput struct {
	// Episode is the absence, from absence.NewHistory: its pay view (the days
	// that are sickness for pay) is what sick pay is paid for. A part day
	// paid as worked is not in it (PAY-1).
	Episode absence.Episode `json:"episode"`
	// Schedule is the employee's schedule (History.Employee.Schedule), used
	// under WorkingDayMonths and to mark scheduled days.
	Schedule absence.Schedule `json:"-"`
	// ServiceStart is the day reckonable NHS service counts from, adjusted by
	// the host for earlier reckonable service. A host that knows only the
	// completed years Y at the first day of absence F passes F.AddMonths(-12*Y).
	ServiceStart absence.Date `json:"serviceStart"`
	// Prior is the sick pay paid before the absence, in any order, not
	// overlapping each other or the absence. Only the days in the 12 months
	// before the first day of absence are deducted; earlier ones may be
	// given and are ignored.
	Prior []PaidSpell `json:"prior,omitempty"`
	// PriorDays are days of sick pay in the look-back that the host has
	// counted itself (e.g. from records it cannot date), in the unit of the
	// month rule; they are deducted on top of Prior's.
	PriorDays Allowance `json:"priorDays"`
	// EmploymentEnds is the last day of employment; zero while it continues.
	// Sick pay ends with the employment (AfC 14.3).
	EmploymentEnds absence.Date `json:"employmentEnds,omitempty"`
	// ReinstateHalfPayFrom is the hook for the half-pay reinstatement
	// provision of Section 14 for long absences awaiting a final review (NHS
	// Terms and Conditions of Service Handbook, Section 14: its terms are
	// UNCONFIRMED here, so hr14 never decides it). When the employer
	// has decided to reinstate half pay, the host gives the first day; nil
	// pay days from then on are paid at half pay and marked Reinstated.
	// Zero: no reinstatement.
	ReinstateHalfPayFrom absence.Date `json:"reinstateHalfPayFrom,omitempty"`
}

// A PayDay is one day of an absence's pay view with its rate of sick pay.
type PayDay struct {
	Date       absence.Date `json:"date"`                 // the day
	Status     Status       `json:"status"`               // full, half or nil pay
	Scheduled  bool         `json:"scheduled"`            // a day the employee was scheduled to work
	Reinstated bool         `json:"reinstated,omitempty"` // half pay by the employer's reinstatement decision
}

// A Run is a run of consecutive days at one rate.
type Run struct {
	Period     absence.Period `json:"period"`               // the days, both ends included
	Status     Status         `json:"status"`               // their rate
	Reinstated bool           `json:"reinstated,omitempty"` // half pay by the employer's reinstatement decision
}

// SickPay is the occupational sick pay of one absence (PAY-8, AfC Section 14).
type SickPay struct {
	FirstDay     absence.Date `json:"firstDay"`     // the first day of sick pay
	ServiceYears int          `json:"serviceYears"` // completed years of reckonable service on FirstDay
	Band         Band         `json:"band"`         // the row of the scale applied
	Source       string       `json:"source"`       // the scale's source
	Months       MonthRule    `json:"months"`       // how months became days
	// Entitlement is the scale's allowance, in the month rule's unit.
	Entitlement Allowance `json:"entitlement"`
	// LookBack is the 12 months before FirstDay (AfC 14.7): FirstDay − 12
	// months to the day before FirstDay, both ends included.
	LookBack absence.Period `json:"lookBack"`
	// Used is the sick pay already paid in LookBack (earlier sick pay given
	// plus SickPayInput.PriorDays), full and half separately.
	Used Allowance `json:"used"`
	// Available is Entitlement − Used, each at least 0: what was left at the
	// start of the absence.
	Available Allowance `json:"available"`
	// Remaining is what is left of Available after the absence.
	Remaining Allowance `json:"remaining"`
	// Days are the pay days of the absence, in date order, up to the end of
	// the employment, each with its rate.
	Days []PayDay `json:"days"`
	// Runs are Days grouped into runs of consecutive days at one rate.
	Runs []Run `json:"runs"`
	// Findings explain the row, the month rule, the look-back and each run
	// (PAY-8, and PAY-1 for a part day before the absence).
	Findings []absence.Finding `json:"findings"`
	// Basis names the policy applied, its settings changed from the HR14 v16
	// defaults and the library's version ([Policy.Basis]).
	Basis absence.Basis `json:"basis"`
}

// Paid returns the sick pay of s as PaidSpells, to pass as Prior to the next
// absence's look-back. The host marks work-related spells.
func (s SickPay) Paid() []PaidSpell {
	var out []PaidSpell
	for _, r := range s.Runs {
		if r.Status == NilPay {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Status == r.Status && out[n-1].Period.End.AddDays(1) == r.Period.Start {
			out[n-1].Period.End = r.Period.End
			continue
		}
		out = append(out, PaidSpell{Period: r.Period, Status: r.Status})
	}
	return out
}

// StatusOn returns the rate of sick pay on d; ok is false if d is not a pay
// day of the absence.
func (s SickPay) StatusOn(d absence.Date) (PayDay, bool) {
	i, ok := slices.BinarySearchFunc(s.Days, d, func(p PayDay, d absence.Date) int { return p.Date.Compare(d) })
	if !ok {
		return PayDay{}, false
	}
	return s.Days[i], true
}

// SickPay works out an absence's occupational sick pay under Agenda for
// Change Section 14 (PAY-8): the row of the scale for the reckonable service
// completed on the first day of the absence; its months as days by the
// policy's [MonthRule]; less the sick pay, full and half separately, paid in
// the 12 months before that day (AfC 14.7); then, day by day over the pay
// days of the absence, full pay while the full-pay days last, half pay while
// the half-pay days last, then nil pay. Sick pay ends with the employment
// (AfC 14.3). SSP is part of this pay, not on top of it (AfC 14.1): see
// [Policy.Statement].
//
// It fails with an [*InputError] on an invalid policy or input, an absence
// with no pay days ([ErrNoPayDays]), service starting after the absence
// ([ErrService]), prior sick pay that overlaps the absence or itself
// ([ErrPriorPay]), an absence starting after the employment ended
// ([ErrEmployment]) or a date with no scale ([ErrNoParameter]).
func (p Policy) SickPay(in SickPayInput) (SickPay, error) {
	s, err := p.sickPay(in)
	if err == nil {
		s.Basis = p.Basis()
	}
	return s, err
}

// sickPay is SickPay without its Basis.
func (p Policy) sickPay(in SickPayInput) (SickPay, error) {
	if err := p.Validate(); err != nil {
		return SickPay{}, err
	}
	if err := in.validate(); err != nil {
		return SickPay{}, err
	}
	pay := in.Episode.Pay.Days
	first := pay[0].Start
	entry, err := p.Parameters.SickPayScale.At(first)
	if err != nil {
		return SickPay{}, err
	}
	scale := entry.Value
	years := CompletedYears(in.ServiceStart, first)
	bi := 0
	for i, b := range scale.Bands {
		if b.Years <= years {
			bi = i
		}
	}
	band := scale.Bands[bi]
	s := SickPay{
		FirstDay: first, ServiceYears: years, Band: band, Source: entry.Source, Months: p.Months,
		LookBack: absence.RollingWindow(first.AddDays(-1), scale.LookBackMonths),
	}
	unit := p.unit()
	if ep := in.Episode; ep.Period.Start.Before(first) {
		s.Findings = append(s.Findings, find("PAY-1", clausePartDay,
			"%s: part day, paid as worked and not as sick pay; sick pay starts on %s", ep.Period.Start, first))
	}
	s.Findings = append(s.Findings, find("PAY-8", clauseScale,
		"Reckonable service from %s to the first day of absence, %s: %s completed, so the row %s applies: %s full pay and %s half pay (%s)",
		in.ServiceStart, first, plural(years, "year"), yearsText(scale.Bands, bi),
		monthsOf(band.Full), monthsOf(band.Half), entry.Source))

	s.Entitlement = p.entitlement(band, first, in.Schedule)
	s.Findings = append(s.Findings, find("PAY-8", clauseScale, "%s: %s of full pay and %s of half pay",
		p.monthsText(band, first), plural(s.Entitlement.Full, unit), plural(s.Entitlement.Half, unit)))

	s.Used = in.PriorDays
	for i, ps := range in.Prior {
		r, ok := ps.Period.Intersect(s.LookBack)
		if !ok {
			continue
		}
		if ps.WorkRelated && !scale.CountWorkRelated {
			s.Findings = append(s.Findings, find("PAY-8", clauseLookBack,
				"Prior sick pay %d (%s, %s) was for work-related absence: not deducted under the scale in force on %s",
				i, r, ps.Status, first))
			continue
		}
		n := p.count(r, in.Schedule)
		if ps.Status == FullPay {
			s.Used.Full += n
		} else {
			s.Used.Half += n
		}
	}
	s.Available = Allowance{Full: max(0, s.Entitlement.Full-s.Used.Full), Half: max(0, s.Entitlement.Half-s.Used.Half)}
	s.Findings = append(s.Findings, find("PAY-8", clauseLookBack,
		"Sick pay paid in the %d months before the absence (%s): %s of full pay and %s of half pay, deducted; available: %s of full pay and %s of half pay",
		scale.LookBackMonths, s.LookBack, plural(s.Used.Full, unit), plural(s.Used.Half, unit),
		plural(s.Available.Full, unit), plural(s.Available.Half, unit)))

	left := s.Available
	dropped := 0
	for _, run := range pay {
		for d := range run.All() {
			if !in.EmploymentEnds.IsZero() && d.After(in.EmploymentEnds) {
				dropped++
				continue
			}
			_, scheduled := in.Schedule.ShiftOn(d)
			uses := p.Months != WorkingDayMonths || scheduled
			day := PayDay{Date: d, Scheduled: scheduled}
			switch {
			case left.Full > 0:
				day.Status = FullPay
				if uses {
					left.Full--
				}
			case left.Half > 0:
				day.Status = HalfPay
				if uses {
					left.Half--
				}
			case !in.ReinstateHalfPayFrom.IsZero() && !d.Before(in.ReinstateHalfPayFrom):
				day.Status, day.Reinstated = HalfPay, true
			}
			s.Days = append(s.Days, day)
		}
	}
	s.Remaining = left
	s.Runs = runsOf(s.Days)
	for _, r := range s.Runs {
		text := fmt.Sprintf("%s: %s (%s)", r.Period, r.Status, plural(r.Period.Days(), "day"))
		if r.Reinstated {
			text += ", reinstated by the employer's decision from " + in.ReinstateHalfPayFrom.String() +
				" (Section 14 reinstatement: UNCONFIRMED rule, decided by the host, not by hr14)"
		}
		s.Findings = append(s.Findings, find("PAY-8", clauseScale, "%s", text))
	}
	if dropped > 0 {
		s.Findings = append(s.Findings, find("PAY-8", clauseEmployment,
			"Employment ended on %s: sick pay ends with it; %s of absence after it have no sick pay",
			in.EmploymentEnds, plural(dropped, "day")))
	}
	return s, nil
}

// monthsOf writes "1 month's" or "6 months'".
func monthsOf(n int) string {
	if n == 1 {
		return "1 month's"
	}
	return fmt.Sprintf("%d months'", n)
}

// unit names the unit of the month rule.
func (p Policy) unit() string {
	if p.Months == WorkingDayMonths {
		return "working day"
	}
	return "calendar day"
}

// entitlement converts the band's months into days by the month rule, counted
// from the first day of sick pay.
func (p Policy) entitlement(b Band, first absence.Date, sched absence.Schedule) Allowance {
	fullEnd, halfEnd := first.AddMonths(b.Full), first.AddMonths(b.Full+b.Half)
	switch p.Months {
	case ThirtyDayMonths:
		return Allowance{Full: 30 * b.Full, Half: 30 * b.Half}
	case WorkingDayMonths:
		var a Allowance
		if b.Full > 0 {
			a.Full = sched.ScheduledDays(absence.Period{Start: first, End: fullEnd.AddDays(-1)})
		}
		if b.Half > 0 {
			a.Half = sched.ScheduledDays(absence.Period{Start: fullEnd, End: halfEnd.AddDays(-1)})
		}
		return a
	default: // CalendarMonths
		return Allowance{Full: fullEnd.DaysSince(first), Half: halfEnd.DaysSince(fullEnd)}
	}
}

// monthsText explains the month rule for a band.
func (p Policy) monthsText(b Band, first absence.Date) string {
	fullEnd, halfEnd := first.AddMonths(b.Full), first.AddMonths(b.Full+b.Half)
	switch p.Months {
	case ThirtyDayMonths:
		return "Months counted as 30 calendar days (policy knob)"
	case WorkingDayMonths:
		return fmt.Sprintf("Months counted as the scheduled days of calendar months from %s (policy knob): full pay over %s to %s, half pay over %s to %s",
			first, first, fullEnd.AddDays(-1), fullEnd, halfEnd.AddDays(-1))
	default: // CalendarMonths
		return fmt.Sprintf("Months counted as calendar months from the first day of sick pay (the plain reading): full pay %s to %s, half pay %s to %s if the absence runs on",
			first, fullEnd.AddDays(-1), fullEnd, halfEnd.AddDays(-1))
	}
}

// count returns the days of p in the unit of the month rule.
func (p Policy) count(r absence.Period, sched absence.Schedule) int {
	if p.Months == WorkingDayMonths {
		return sched.ScheduledDays(r)
	}
	return r.Days()
}

// runsOf groups consecutive days with the same rate.
func runsOf(ds []PayDay) []Run {
	var out []Run
	for _, d := range ds {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.Status == d.Status && last.Reinstated == d.Reinstated && last.Period.End.AddDays(1) == d.Date {
				last.Period.End = d.Date
				continue
			}
		}
		out = append(out, Run{Period: absence.Day(d.Date), Status: d.Status, Reinstated: d.Reinstated})
	}
	return out
}

func (in SickPayInput) validate() error {
	const input = "sick pay"
	if in.Schedule == nil {
		return inputErr(input, -1, "Schedule", ErrNoSchedule, "")
	}
	if err := checkPeriods(input, "Episode.Pay.Days", in.Episode.Pay.Days); err != nil {
		return err
	}
	if len(in.Episode.Pay.Days) == 0 {
		return inputErr(input, -1, "Episode.Pay.Days", ErrNoPayDays, in.Episode.Period.String())
	}
	first := in.Episode.Pay.Days[0].Start
	last := in.Episode.Pay.Days[len(in.Episode.Pay.Days)-1].End
	switch {
	case !in.ServiceStart.IsValid():
		return inputErr(input, -1, "ServiceStart", ErrInvalidDate, in.ServiceStart.String())
	case in.ServiceStart.After(first):
		return inputErr(input, -1, "ServiceStart", ErrService, in.ServiceStart.String()+" is after "+first.String())
	case !in.EmploymentEnds.IsZero() && !in.EmploymentEnds.IsValid():
		return inputErr(input, -1, "EmploymentEnds", ErrInvalidDate, in.EmploymentEnds.String())
	case !in.EmploymentEnds.IsZero() && in.EmploymentEnds.Before(first):
		return inputErr(input, -1, "EmploymentEnds", ErrEmployment, first.String()+" is after "+in.EmploymentEnds.String())
	case !in.ReinstateHalfPayFrom.IsZero() && !in.ReinstateHalfPayFrom.IsValid():
		return inputErr(input, -1, "ReinstateHalfPayFrom", ErrInvalidDate, in.ReinstateHalfPayFrom.String())
	case in.PriorDays.Full < 0 || in.PriorDays.Half < 0:
		return inputErr(input, -1, "PriorDays", ErrPriorPay, fmt.Sprintf("%d full, %d half", in.PriorDays.Full, in.PriorDays.Half))
	}
	absent := absence.Period{Start: first, End: last}
	order := make([]int, len(in.Prior))
	for i, ps := range in.Prior {
		order[i] = i
		field := fmt.Sprintf("Prior[%d]", i)
		switch {
		case !ps.Period.IsValid():
			return inputErr(input, i, field+".Period", ErrInvalidPeriod, ps.Period.String())
		case ps.Status != FullPay && ps.Status != HalfPay:
			return inputErr(input, i, field+".Status", ErrPriorPay, ps.Status.String())
		case !ps.Period.End.Before(first):
			return inputErr(input, i, field+".Period", ErrPriorPay, ps.Period.String()+" is not before the absence "+absent.String())
		}
	}
	slices.SortFunc(order, func(a, b int) int { return in.Prior[a].Period.Start.Compare(in.Prior[b].Period.Start) })
	for k := 1; k < len(order); k++ {
		a, b := in.Prior[order[k-1]].Period, in.Prior[order[k]].Period
		if a.Overlaps(b) {
			return inputErr(input, order[k], fmt.Sprintf("Prior[%d].Period", order[k]), ErrPriorPay, b.String()+" overlaps "+a.String())
		}
	}
	return nil
}

// checkPeriods checks that periods are valid, in date order and do not
// overlap.
func checkPeriods(input, field string, ps []absence.Period) error {
	for i, p := range ps {
		if !p.IsValid() {
			return inputErr(input, i, field, ErrInvalidPeriod, p.String())
		}
		if i > 0 && !p.Start.After(ps[i-1].End) {
			return inputErr(input, i, field, ErrUnsorted, p.String()+" after "+ps[i-1].String())
		}
	}
	return nil
}

// SickPays works out the occupational sick pay of every episode of a history
// in date order (PAY-8): each episode's 12-month look-back counts the sick pay
// of the episodes before it, as well as prior (sick pay before the history).
// Sick pay for episodes whose reasons include absence.WorkRelated is marked
// work-related for later look-backs.
//
// The result has one SickPay for each episode of h, in the same order; an
// episode with no sickness days for pay (only a part day paid as worked) has
// a SickPay with no days and a finding saying so. Errors are those of
// [Policy.SickPay].
func (p Policy) SickPays(h absence.History, serviceStart absence.Date, prior []PaidSpell, employmentEnds absence.Date) ([]SickPay, error) {
	paid := slices.Clone(prior)
	out := make([]SickPay, 0, len(h.Episodes))
	basis := p.Basis() // once for every episode
	for _, ep := range h.Episodes {
		if len(ep.Pay.Days) == 0 {
			out = append(out, SickPay{Months: p.Months, Basis: basis, Findings: []absence.Finding{find("PAY-1", clausePartDay,
				"%s: no sickness days for pay (a part day paid as worked): no sick pay", ep.Period)}})
			continue
		}
		if !employmentEnds.IsZero() && ep.Pay.Days[0].Start.After(employmentEnds) {
			return nil, inputErr("sick pay", -1, "EmploymentEnds", ErrEmployment,
				ep.Pay.Days[0].Start.String()+" is after "+employmentEnds.String())
		}
		s, err := p.sickPay(SickPayInput{Episode: ep, Schedule: h.Employee.Schedule, ServiceStart: serviceStart,
			Prior: paid, EmploymentEnds: employmentEnds})
		if err != nil {
			return nil, err
		}
		work := slices.Contains(ep.Reasons, absence.WorkRelated)
		for _, ps := range s.Paid() {
			ps.WorkRelated = work
			paid = append(paid, ps)
		}
		s.Basis = basis
		out = append(out, s)
	}
	return out, nil
}
