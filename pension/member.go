package pension

import (
	"errors"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A Member is what the host records about a scheme member whose ill-health
// retirement is assessed (PEN-1 … PEN-3): dates, membership, pay and the
// scheme medical adviser's decisions. hr14 takes the medical decisions as
// given; it never second-guesses them.
type Member struct {
	// ID is the host's identifier, used in error messages.
	ID string `json:"id,omitempty"`

	// Born is the member's date of birth.
	Born absence.Date `json:"born"`

	// LastDay is the last day of pensionable membership: the member retires on
	// ill-health grounds from the next day. Prospective membership runs from
	// the next day to the day before normal pension age.
	LastDay absence.Date `json:"lastDay"`

	// Medical holds the scheme medical adviser's decisions.
	Medical Medical `json:"medical"`

	// Status is the member's standing in the scheme (PEN-8): Active (the
	// zero value), OptedOut (left the scheme, still working in the NHS) or
	// Deferred (no longer working in the NHS).
	Status Status `json:"status,omitempty"`

	// BenefitsFrom is the first day of the ill-health pension of a member
	// whose membership ended before it (PEN-8): for a member who opted out,
	// the day after their NHS employment ends; for a deferred member, the day
	// NHS Pensions pays the deferred benefits from. Required for those, after
	// LastDay; zero for an active member, whose pension is paid from the day
	// after LastDay.
	BenefitsFrom absence.Date `json:"benefitsFrom,omitempty"`

	// Leaving is why the member leaves NHS employment (PEN-9); zero: not
	// recorded.
	Leaving Leaving `json:"leaving,omitempty"`

	// PreviousEnhancement: the member has already had an ill-health pension
	// that included enhanced membership, so only Tier 1 is available
	// (NHSBSA 17011).
	PreviousEnhancement bool `json:"previousEnhancement,omitempty"`

	// QualifyingService is the member's qualifying service for the 2-year
	// test (PEN-1). Zero: the membership in Legacy and Scheme2015 together,
	// with legacy part-time service at its full length (Legacy.WholeTime when
	// given), since part-time service qualifies by its length, not by its
	// whole-time equivalent.
	QualifyingService Membership `json:"qualifyingService,omitempty"`

	// Legacy is the member's 1995 or 2008 Section membership; nil if none.
	Legacy *LegacyService `json:"legacy,omitempty"`

	// Scheme2015 is the member's 2015 Scheme membership; nil if none. A member
	// with both is a "mixed" member: the legacy benefits are paid as Tier 1 and
	// any Tier 2 addition is on the 2015 benefits only (NHSBSA KA-05129).
	Scheme2015 *Service2015 `json:"scheme2015,omitempty"`
}

// Medical holds the scheme medical adviser's decisions on a member's
// incapacity (PEN-1).
type Medical struct {
	// NHSJob: permanently incapable of efficiently discharging the duties of
	// the member's NHS employment (the Tier 1 condition).
	NHSJob bool `json:"nhsJob"`
	// RegularEmployment: also permanently incapable of regular employment of
	// like duration, taking account of mental and physical capacity, training
	// and experience, whether or not such employment is available (the Tier 2
	// condition). It needs NHSJob: setting it alone is an error
	// ([ErrTier2WithoutTier1]).
	RegularEmployment bool `json:"regularEmployment"`
	// RegularWork: a deferred member is permanently incapable of earning an
	// income by doing regular work (the deferred route's Tier 1 condition,
	// PEN-8). Only for a deferred member, whose NHSJob and
	// RegularEmployment are left false.
	RegularWork bool `json:"regularWork,omitempty"`
}

// LegacyService is a member's membership of the 1995 or 2008 Section.
type LegacyService struct {
	// Section is Section1995 or Section2008.
	Section Section `json:"section"`

	// Membership is the pensionable membership credited, in years and days,
	// with part-time service already counted at its whole-time equivalent (as
	// NHS Pensions records it). At most the section's Limit (45 years).
	Membership Membership `json:"membership"`

	// WholeTime is the same service counted as if it had all been whole-time
	// (its calendar length), for the PartTimeMembership method and the 2-year
	// qualifying test. Zero: never part-time. It cannot be less than
	// Membership.
	WholeTime Membership `json:"wholeTime,omitempty"`

	// FinalFTE is the whole-time equivalent of the employment on the last day,
	// more than 0 and at most 1, for the PartTimeFinalFTE method. Zero:
	// whole-time.
	FinalFTE decimal.Decimal `json:"finalFTE,omitempty"`

	// At2008 is, for the 1995 Section, the membership counted at 1 April 2008
	// (the earlier of that day and the 60th birthday), to which the 40-year
	// limit applies. It is needed only when Membership is over 40 years.
	At2008 Membership `json:"at2008,omitempty"`

	// Pay is the final pensionable pay (1995) or reckonable pay (2008), in
	// pounds a year, from which the pension is worked out. Zero: the benefits
	// are not worked out, only the membership.
	Pay decimal.Decimal `json:"pay,omitempty"`
}

// Service2015 is a member's membership of the 2015 Scheme.
type Service2015 struct {
	// Membership is the 2015 Scheme membership, for qualifying service.
	Membership Membership `json:"membership"`

	// BuiltUp is the pension built up to the last day, revalued, in pounds a
	// year: the Tier 1 pension, which the host's pension records give.
	BuiltUp decimal.Decimal `json:"builtUp"`

	// FinalEarnings is the member's pensionable earnings, in pounds a year, at
	// the last day: the base of the Tier 2 addition. Needed for Tier 2.
	FinalEarnings decimal.Decimal `json:"finalEarnings,omitempty"`

	// StatePension is the day the member reaches State Pension age, which
	// depends on the date of birth; the host supplies it. Normal pension age
	// is this day or the 65th birthday if later.
	StatePension absence.Date `json:"statePension"`
}

// Validate checks the member against the policy p: valid dates in order,
// membership within the limits, known sections, consistent part-time and
// medical records, and the day benefits are paid from and the medical test
// that fit the member's status (PEN-8). Every failure wraps an [Error] in an
// [*InputError].
func (m Member) Validate(p Policy) error {
	bad := func(input, field string, e Error, value string) error {
		return &InputError{Input: input, Index: -1, ID: m.ID, Field: field, Value: value, Err: e}
	}
	switch {
	case m.Born.IsZero():
		return bad("member", "Born", ErrMissing, "")
	case !m.Born.IsValid():
		return bad("member", "Born", ErrInvalidDate, m.Born.String())
	case m.LastDay.IsZero():
		return bad("member", "LastDay", ErrMissing, "")
	case !m.LastDay.IsValid():
		return bad("member", "LastDay", ErrInvalidDate, m.LastDay.String())
	case !m.LastDay.After(m.Born):
		return bad("member", "LastDay", ErrDateOrder, m.LastDay.String()+" is not after the date of birth "+m.Born.String())
	}
	if err := m.validateRoute(p); err != nil {
		return err
	}
	switch {
	case m.Medical.RegularEmployment && !m.Medical.NHSJob:
		return bad("member", "Medical", ErrTier2WithoutTier1, "")
	case m.QualifyingService < 0:
		return bad("member", "QualifyingService", ErrNegative, m.QualifyingService.String())
	case m.QualifyingService > 100*Year:
		return bad("member", "QualifyingService", ErrMembershipLimit, m.QualifyingService.String())
	case m.Legacy == nil && m.Scheme2015 == nil:
		return bad("member", "Legacy", ErrNoMembership, "")
	}
	if l := m.Legacy; l != nil {
		if l.Section != Section1995 && l.Section != Section2008 {
			return bad("legacy", "Section", ErrSection, l.Section.String())
		}
		r := p.rules(l.Section)
		switch {
		case l.Membership < 0:
			return bad("legacy", "Membership", ErrNegative, l.Membership.String())
		case l.Membership > r.Limit:
			return bad("legacy", "Membership", ErrMembershipLimit, l.Membership.String()+" is over "+r.Limit.String())
		case l.WholeTime != 0 && l.WholeTime < l.Membership:
			return bad("legacy", "WholeTime", ErrInconsistent, l.WholeTime.String()+" is less than the membership "+l.Membership.String())
		case l.WholeTime > 100*Year:
			return bad("legacy", "WholeTime", ErrMembershipLimit, l.WholeTime.String())
		case l.FinalFTE.IsNegative() || l.FinalFTE.GreaterThan(decimal.NewFromInt(1)):
			return bad("legacy", "FinalFTE", ErrFTE, l.FinalFTE.String())
		case l.At2008 < 0:
			return bad("legacy", "At2008", ErrNegative, l.At2008.String())
		case l.At2008 > l.Membership:
			return bad("legacy", "At2008", ErrInconsistent, l.At2008.String()+" is more than the membership "+l.Membership.String())
		case l.At2008 != 0 && r.EarlyLimit == 0:
			return bad("legacy", "At2008", ErrInconsistent, "the "+l.Section.String()+" has no 40-year limit")
		case r.EarlyLimit > 0 && l.Membership > r.EarlyLimit && l.At2008 == 0:
			return bad("legacy", "At2008", ErrMissing, "needed when membership ("+l.Membership.String()+") is over "+r.EarlyLimit.String())
		case l.Pay.IsNegative():
			return bad("legacy", "Pay", ErrNegative, l.Pay.String())
		}
	}
	if s := m.Scheme2015; s != nil {
		switch {
		case m.LastDay.Before(p.Scheme2015.From):
			return bad("scheme2015", "", ErrDateOrder, "2015 Scheme membership cannot end on "+m.LastDay.String()+", before the scheme began on "+p.Scheme2015.From.String())
		case s.Membership < 0:
			return bad("scheme2015", "Membership", ErrNegative, s.Membership.String())
		case s.Membership > Between(p.Scheme2015.From, m.LastDay.AddDays(1)):
			return bad("scheme2015", "Membership", ErrMembershipLimit, s.Membership.String()+" is more than the time since the scheme began")
		case s.BuiltUp.IsNegative():
			return bad("scheme2015", "BuiltUp", ErrNegative, s.BuiltUp.String())
		case s.FinalEarnings.IsNegative():
			return bad("scheme2015", "FinalEarnings", ErrNegative, s.FinalEarnings.String())
		}
		if _, err := p.NormalPensionDate(Scheme2015, m.Born, s.StatePension); err != nil {
			var ie *InputError
			if errors.As(err, &ie) {
				ie.ID = m.ID
			}
			return err
		}
	}
	return nil
}
