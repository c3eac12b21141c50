package pension

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// An Award is the outcome of an ill-health retirement assessment: the tier,
// the membership and benefits of each part of the scheme, and the findings
// that explain every step.
type Award struct {
	// Tier is the tier awarded; NoTier when the member does not qualify.
	Tier Tier `json:"tier"`

	// Retires is the first day of retirement (the day after the last day).
	Retires absence.Date `json:"retires"`
	// Age is the member's age in whole years on Retires.
	Age int `json:"age"`

	// Legacy is the 1995 or 2008 Section award; nil when the member has no
	// legacy membership or does not qualify.
	Legacy *LegacyAward `json:"legacy,omitempty"`

	// Scheme2015 is the 2015 Scheme award; nil when the member has no 2015
	// membership or does not qualify.
	Scheme2015 *Award2015 `json:"scheme2015,omitempty"`

	// Findings explain, rule by rule, how the award was reached.
	Findings []absence.Finding `json:"findings"`

	// Basis names the policy applied, its settings changed from the HR14 v16
	// defaults and the library's version ([Policy.Basis]).
	Basis absence.Basis `json:"basis"`
}

// Eligible reports whether the member qualifies for an ill-health pension.
func (a Award) Eligible() bool { return a.Tier != NoTier }

// A LegacyAward is the 1995 or 2008 Section part of an award.
type LegacyAward struct {
	Section Section `json:"section"` // Section1995 or Section2008

	// NormalPensionDate is the day the member reaches the section's normal
	// pension age (60 or 65).
	NormalPensionDate absence.Date `json:"normalPensionDate"`

	// Membership is the membership counted: the membership credited, less any
	// excess over the 40-year limit at 1 April 2008 (1995 Section).
	Membership Membership `json:"membership"`

	// Prospective is the membership the member could have completed to normal
	// pension age: from the first day of retirement to the day before NPA.
	Prospective Membership `json:"prospective"`

	// Enhancement is the membership added for Tier 2: zero for Tier 1.
	Enhancement Membership `json:"enhancement"`

	// Total is Membership + Enhancement: the membership the pension is based
	// on.
	Total Membership `json:"total"`

	// Tier1 is the benefits on Membership alone (before enhancement); nil
	// when no pay was given.
	Tier1 *Benefits `json:"tier1,omitempty"`
	// Awarded is the benefits on Total (after enhancement; the same as Tier1
	// for a Tier 1 award); nil when no pay was given.
	Awarded *Benefits `json:"awarded,omitempty"`
}

// Benefits are the yearly pension and the lump sum of a legacy section.
type Benefits struct {
	// Pension is the pension in pounds a year: pay × membership in years ÷
	// the accrual (80 or 60), rounded once to the penny.
	Pension decimal.Decimal `json:"pension"`
	// LumpSum is the automatic lump sum: 3 × the pension for the 1995
	// Section (worked out from the unrounded pension, then rounded), zero for
	// the 2008 Section.
	LumpSum decimal.Decimal `json:"lumpSum"`
}

// EnhancementPension returns the extra yearly pension that comes from the
// enhancement (Awarded − Tier1): part of the "unearned" portion for
// abatement (PEN-5). Zero when no pay was given.
func (l LegacyAward) EnhancementPension() decimal.Decimal {
	if l.Awarded == nil || l.Tier1 == nil {
		return decimal.Zero
	}
	return l.Awarded.Pension.Sub(l.Tier1.Pension)
}

// An Award2015 is the 2015 Scheme part of an award.
type Award2015 struct {
	// NormalPensionDate is the later of the day the member reaches State
	// Pension age and the 65th birthday.
	NormalPensionDate absence.Date `json:"normalPensionDate"`

	// Assumed is the assumed (prospective) membership: from the first day of
	// retirement to the day before normal pension age.
	Assumed Membership `json:"assumed"`

	// BuiltUp is the pension built up (Tier 1), rounded to the penny.
	BuiltUp decimal.Decimal `json:"builtUp"`

	// Addition is the Tier 2 addition: 1/2 × (final pensionable earnings ÷
	// 54) × Assumed in years, rounded once to the penny; zero for Tier 1.
	Addition decimal.Decimal `json:"addition"`

	// Pension is BuiltUp + Addition, pounds a year.
	Pension decimal.Decimal `json:"pension"`
}

// Assess decides a member's ill-health retirement under policy p: whether
// they qualify (PEN-1), the tier, and for each part of the scheme the
// membership and benefits before and after any Tier 2 enhancement (PEN-2,
// PEN-3). A member who does not qualify gets an Award with NoTier and the
// findings that say why; invalid input gives an error wrapping an [Error].
//
// The steps, each explained by a finding:
//
//  0. For a member who opted out or a deferred member, the route (PEN-8):
//     the pension is paid from Member.BenefitsFrom.
//  1. Normal pension age of the member's current scheme (the 2015 Scheme for
//     a mixed member): retiring on or after it is not ill-health retirement.
//     Then the reason for leaving (PEN-9): dismissal for another reason, or
//     leaving for another reason, refuses the claim (not for a deferred
//     member).
//  2. At least Policy.QualifyingService (2 years) of qualifying service (of
//     deferred membership for a deferred member).
//  3. The medical adviser's decisions: the Tier 1 condition alone gives Tier
//     1; with the Tier 2 condition, Tier 2 (Tier 1 if an enhancement was
//     already had, or for a member who opted out with
//     Policy.OptedOutTier1Only). A deferred member is assessed on regular
//     work alone, for Tier 1.
//  4. Legacy membership counted (the 1995 40-year limit at 1 April 2008).
//  5. Tier 2, legacy-only member: 2/3 of the prospective membership to
//     normal pension age; for the 1995 Section, when membership ended on or
//     before 31 March 2016, at least the lesser of 4 years and the
//     prospective membership; then reduced for part-time service
//     (Policy.PartTime); then limited so the total is at most 45 years.
//  6. Tier 2, 2015 Scheme member: the addition 1/2 × (final pensionable
//     earnings ÷ 54) × assumed years; a mixed member's legacy benefits stay
//     at Tier 1.
//  7. Benefits from pay: 1/80 and 3× lump sum (1995), 1/60 (2008).
func Assess(m Member, p Policy) (Award, error) {
	a, err := assess(m, p)
	if err == nil {
		a.Basis = p.Basis()
	}
	return a, err
}

// assess is Assess without the Award's Basis.
func assess(m Member, p Policy) (Award, error) {
	if err := p.Validate(); err != nil {
		return Award{}, err
	}
	if err := m.Validate(p); err != nil {
		return Award{}, err
	}
	var why explanation
	a := Award{Retires: m.LastDay.AddDays(1)}
	if m.Status != Active {
		a.Retires = m.BenefitsFrom
	}
	a.Age = ageOn(m.Born, a.Retires)
	route(m, p, &why)

	// 1. Normal pension age of the current scheme.
	current := Scheme2015
	if m.Scheme2015 == nil {
		current = m.Legacy.Section
	}
	var state absence.Date
	if m.Scheme2015 != nil {
		state = m.Scheme2015.StatePension
	}
	npa, _ := p.NormalPensionDate(current, m.Born, state) // validated above
	if !a.Retires.Before(npa) {
		why.add(ruleQualifying(), fmt.Sprintf("retiring on %s at age %d, on or after %s normal pension age (%s): an ordinary retirement, not an ill-health pension",
			a.Retires, a.Age, current, npa))
		a.Findings = why
		return a, nil
	}
	if refused := leavingRefuses(m, &why); refused {
		a.Findings = why
		return a, nil
	}

	// 2. Qualifying service.
	q := m.QualifyingService
	qFrom := "as recorded"
	if q == 0 {
		qFrom = "the scheme membership"
		if l := m.Legacy; l != nil {
			q += l.Membership
			if l.WholeTime > l.Membership {
				// Part-time service counts at its full length for
				// qualifying service, not at its whole-time equivalent.
				q += l.WholeTime - l.Membership
				qFrom = "the scheme membership, part-time service at its full length"
			}
		}
		if m.Scheme2015 != nil {
			q += m.Scheme2015.Membership
		}
	}
	service := "qualifying service"
	if m.Status == Deferred {
		service = "deferred membership"
	}
	if q < p.QualifyingService {
		why.add(ruleQualifying(), fmt.Sprintf("%s %s (%s) is less than the %s needed: no ill-health pension", service, q, qFrom, p.QualifyingService))
		a.Findings = why
		return a, nil
	}
	why.add(ruleQualifying(), fmt.Sprintf("%s %s (%s): at least the %s needed", service, q, qFrom, p.QualifyingService))

	// 3. Medical decisions.
	switch {
	case m.Status == Deferred && !m.Medical.RegularWork:
		why.add(ruleRoute(), "the scheme medical adviser did not accept that the former member is permanently incapable of earning an income by doing regular work: no early payment on ill-health grounds")
		a.Findings = why
		return a, nil
	case m.Status == Deferred:
		a.Tier = Tier1
		why.add(ruleRoute(), "the scheme medical adviser accepted that the former member is permanently incapable of earning an income by doing regular work: Tier 1, the deferred benefits paid early without actuarial reduction (Tier 2 is only for a scheme member)")
	case !m.Medical.NHSJob:
		why.add(ruleQualifying(), "the scheme medical adviser did not accept that the member is permanently incapable of efficiently discharging the duties of their NHS employment: no ill-health pension")
		a.Findings = why
		return a, nil
	case !m.Medical.RegularEmployment:
		a.Tier = Tier1
		why.add(ruleTier1(), "the scheme medical adviser accepted permanent incapacity for the NHS employment but not for regular employment of like duration: Tier 1, the benefits earned to date without actuarial reduction")
	case m.PreviousEnhancement:
		a.Tier = Tier1
		why.add(ruleTier2(), "the Tier 2 condition is met, but the member has already had an ill-health pension with enhanced membership: Tier 1 only (NHSBSA 17011)")
	case m.Status == OptedOut && p.OptedOutTier1Only:
		a.Tier = Tier1
		why.add(ruleRoute(), "the Tier 2 condition is met, but the member opted out of the scheme: Tier 1 only (Policy.OptedOutTier1Only; UNCONFIRMED reading)")
	default:
		a.Tier = Tier2
		why.add(ruleTier2(), "the scheme medical adviser accepted permanent incapacity for the NHS employment and for regular employment of like duration: Tier 2, the benefits earned to date enhanced by part of the prospective membership to normal pension age")
		if m.Status == OptedOut {
			why.add(ruleRoute(), fmt.Sprintf("the member opted out of the scheme: the prospective membership is counted from %s, the day the pension is paid from, as for a current member (UNCONFIRMED reading; Policy.OptedOutTier1Only gives Tier 1 only)", a.Retires))
		}
	}

	if l := m.Legacy; l != nil {
		enhance := a.Tier == Tier2
		if enhance && m.Scheme2015 != nil {
			enhance = false
			why.add(ruleMixed(), fmt.Sprintf("the member also has 2015 Scheme membership: the %s benefits are paid as Tier 1 and the Tier 2 addition is on the 2015 Scheme benefits only", l.Section))
		}
		a.Legacy = assessLegacy(m, p, a.Retires, enhance, &why)
	}
	if s := m.Scheme2015; s != nil {
		award, err := assess2015(m, p, a.Retires, a.Tier == Tier2, &why)
		if err != nil {
			return Award{}, err
		}
		a.Scheme2015 = award
	}
	leavingNote(m, &why)
	a.Findings = why
	return a, nil
}

// assessLegacy works out the 1995 or 2008 Section membership and benefits.
func assessLegacy(m Member, p Policy, retires absence.Date, enhance bool, why *explanation) *LegacyAward {
	l := m.Legacy
	r := p.rules(l.Section)
	out := &LegacyAward{
		Section:           l.Section,
		NormalPensionDate: birthday(m.Born, r.NormalPensionAge),
		Membership:        l.Membership,
	}
	out.Prospective = Between(retires, out.NormalPensionDate)

	// The 40-year limit at the earlier of normal pension age and 1 April 2008.
	if r.EarlyLimit > 0 && l.At2008 > r.EarlyLimit {
		excess := l.At2008 - r.EarlyLimit
		out.Membership -= excess
		limitDate := r.EarlyLimitDate
		if out.NormalPensionDate.Before(limitDate) {
			limitDate = out.NormalPensionDate
		}
		why.add(ruleLimits(), fmt.Sprintf("%s membership at %s was %s, over the %s limit: %s is not counted, leaving %s",
			l.Section, limitDate, l.At2008, r.EarlyLimit, excess, out.Membership))
	}

	if !enhance {
		out.Total = out.Membership
		why.add(ruleTier1(), fmt.Sprintf("%s: Tier 1 on the membership of %s, no enhancement", l.Section, out.Total))
		legacyBenefits(out, l, r, why)
		return out
	}

	why.add(ruleTier2(), fmt.Sprintf("%s prospective membership from %s to the day before normal pension age %d (%s): %s",
		l.Section, retires, r.NormalPensionAge, out.NormalPensionDate, out.Prospective))
	e := r.Enhancement.Of(out.Prospective)
	why.add(ruleTier2(), fmt.Sprintf("enhancement %s of %s = %s", r.Enhancement, out.Prospective, e))

	if r.Minimum > 0 {
		if m.LastDay.After(r.MinimumUntil) {
			why.add(ruleMinimum(), fmt.Sprintf("membership ended on %s, after %s: no minimum enhancement", m.LastDay, r.MinimumUntil))
		} else {
			minimum := min(r.Minimum, out.Prospective)
			capped := ""
			if minimum < r.Minimum {
				capped = fmt.Sprintf(" (the %s minimum, limited to the membership that could have been reached by normal pension age)", r.Minimum)
			}
			if minimum > e {
				why.add(ruleMinimum(), fmt.Sprintf("membership ended on %s, on or before %s: the minimum enhancement is %s%s, more than %s: enhancement %s",
					m.LastDay, r.MinimumUntil, minimum, capped, e, minimum))
				e = minimum
			} else {
				why.add(ruleMinimum(), fmt.Sprintf("membership ended on %s, on or before %s: the minimum enhancement %s%s is not more than %s",
					m.LastDay, r.MinimumUntil, minimum, capped, e))
			}
		}
	}

	e = partTime(e, l, p.PartTime, why)

	if room := r.Limit - out.Membership; e > room {
		why.add(ruleLimits(), fmt.Sprintf("total membership is limited to %s: enhancement %s reduced to %s", r.Limit, e, room))
		e = room
	}
	out.Enhancement = e
	out.Total = out.Membership + e
	why.add(ruleTier2(), fmt.Sprintf("%s total membership %s (%s actual + %s enhancement)", l.Section, out.Total, out.Membership, e))
	legacyBenefits(out, l, r, why)
	return out
}

// partTime reduces an enhancement for part-time service by the policy's
// method, rounding down to a whole day.
func partTime(e Membership, l *LegacyService, method PartTimeMethod, why *explanation) Membership {
	switch method {
	case PartTimeMembership:
		if l.WholeTime == 0 || l.WholeTime == l.Membership || e == 0 {
			return e
		}
		reduced := Membership(int(e) * int(l.Membership) / int(l.WholeTime))
		why.add(rulePartTime(), fmt.Sprintf("part-time service: enhancement %s × %s credited ÷ %s whole-time = %s (method %q, unconfirmed)",
			e, l.Membership, l.WholeTime, reduced, method))
		return reduced
	case PartTimeFinalFTE:
		one := decimal.NewFromInt(1)
		if l.FinalFTE.IsZero() || l.FinalFTE.Equal(one) || e == 0 {
			return e
		}
		reduced := Membership(decimal.NewFromInt(int64(e)).Mul(l.FinalFTE).Floor().IntPart())
		why.add(rulePartTime(), fmt.Sprintf("part-time service: enhancement %s × final FTE %s = %s (method %q, unconfirmed)",
			e, l.FinalFTE, reduced, method))
		return reduced
	}
	return e
}

// legacyBenefits works out the pension and lump sum before and after the
// enhancement, when pay was given.
func legacyBenefits(out *LegacyAward, l *LegacyService, r LegacyRules, why *explanation) {
	if l.Pay.IsZero() {
		return
	}
	on := func(m Membership) *Benefits {
		// pay × (days ÷ 365) ÷ accrual, exactly, then rounded once.
		num := l.Pay.Mul(decimal.NewFromInt(int64(m)))
		den := int(Year) * r.Accrual
		return &Benefits{
			Pension: penny(num, den),
			LumpSum: penny(num.Mul(decimal.NewFromInt(int64(r.LumpSum))), den),
		}
	}
	out.Tier1 = on(out.Membership)
	out.Awarded = on(out.Total)
	rule := ruleTier1()
	if out.Enhancement > 0 {
		rule = ruleTier2()
	}
	text := fmt.Sprintf("%s pension %s × %s ÷ %d = %s a year", out.Section, pounds(l.Pay), out.Total, r.Accrual, pounds(out.Awarded.Pension))
	if r.LumpSum > 0 {
		text += fmt.Sprintf("; lump sum %d × pension = %s", r.LumpSum, pounds(out.Awarded.LumpSum))
	}
	if out.Enhancement > 0 {
		text += fmt.Sprintf(" (before enhancement, on %s: %s a year", out.Membership, pounds(out.Tier1.Pension))
		if r.LumpSum > 0 {
			text += " and " + pounds(out.Tier1.LumpSum)
		}
		text += ")"
	}
	why.add(rule, text)
}

// assess2015 works out the 2015 Scheme pension and any Tier 2 addition.
func assess2015(m Member, p Policy, retires absence.Date, tier2 bool, why *explanation) (*Award2015, error) {
	s := m.Scheme2015
	r := p.Scheme2015
	npa, _ := p.NormalPensionDate(Scheme2015, m.Born, s.StatePension) // validated
	out := &Award2015{
		NormalPensionDate: npa,
		Assumed:           Between(retires, npa),
		BuiltUp:           s.BuiltUp.Round(2),
		Addition:          decimal.Zero,
	}
	if !tier2 {
		out.Pension = out.BuiltUp
		why.add(ruleTier1(), fmt.Sprintf("2015 Scheme: Tier 1, the pension built up, %s a year", pounds(out.BuiltUp)))
		return out, nil
	}
	if !s.FinalEarnings.IsPositive() {
		return nil, &InputError{Input: "scheme2015", Index: -1, ID: m.ID, Field: "FinalEarnings", Err: ErrMissing, Value: "needed for the Tier 2 addition"}
	}
	why.add(rule2015(), fmt.Sprintf("2015 Scheme normal pension age: the later of State Pension age (%s) and age %d (%s): %s",
		s.StatePension, r.MinimumPensionAge, birthday(m.Born, r.MinimumPensionAge), npa))
	why.add(rule2015(), fmt.Sprintf("2015 Scheme assumed membership from %s to the day before normal pension age: %s", retires, out.Assumed))
	// Num/Den × earnings ÷ accrual × days ÷ 365, exactly, then rounded once.
	num := s.FinalEarnings.Mul(decimal.NewFromInt(int64(r.Enhancement.Num) * int64(out.Assumed)))
	out.Addition = penny(num, r.Enhancement.Den*r.Accrual*int(Year))
	out.Pension = out.BuiltUp.Add(out.Addition)
	why.add(rule2015(), fmt.Sprintf("2015 Scheme Tier 2 addition %s × (%s ÷ %d) × %s = %s a year; with the %s built up, %s a year",
		r.Enhancement, pounds(s.FinalEarnings), r.Accrual, out.Assumed, pounds(out.Addition), pounds(out.BuiltUp), pounds(out.Pension)))
	return out, nil
}
