package pension

import (
	"errors"
	"strconv"
	"time"

	"github.com/absencerules/hr14/absence"
)

// A Policy holds every figure and reading of the ill-health retirement rules
// (PEN-1 … PEN-7). [HR14] returns the NHS Pension Scheme figures HR14 App 12
// relies on; a host changes fields of that value rather than forking code.
//
// The zero Policy is not valid: start from HR14.
type Policy struct {
	// ID names the policy these rules serve, and its version (HR14 v16 by
	// default: its App 12 relies on them). It changes no rule; an Award
	// names it ([Policy.Basis]).
	ID absence.PolicyID `json:"id"`

	// QualifyingService is the least qualifying service for an ill-health
	// pension (PEN-1: 2 years).
	QualifyingService Membership `json:"qualifyingService"`

	// TiersFrom is the first last day of membership to which the Tier 1 /
	// Tier 2 rules apply (1 April 2008, when they replaced the earlier
	// ill-health rules). Earlier retirements are refused ([ErrBeforeTiers]).
	TiersFrom absence.Date `json:"tiersFrom"`

	// Section1995 is the rules of the 1995 Section.
	Section1995 LegacyRules `json:"section1995"`
	// Section2008 is the rules of the 2008 Section.
	Section2008 LegacyRules `json:"section2008"`

	// Scheme2015 is the rules of the 2015 Scheme.
	Scheme2015 Rules2015 `json:"scheme2015"`

	// PartTime says how part-time service reduces a legacy enhancement
	// (PEN-3). UNCONFIRMED: see [PartTimeMethod].
	PartTime PartTimeMethod `json:"partTime"`

	// Reemployment holds the re-employment rules (PEN-4).
	Reemployment ReemploymentRules `json:"reemployment"`

	// SeriousIllHealth holds the exchange rates of the serious ill-health
	// lump sum (PEN-6).
	SeriousIllHealth ExchangeRates `json:"seriousIllHealth"`

	// PurchaseMonths is how long additional contributions must have been paid
	// (or a lump-sum purchase made) before retirement for added years or
	// additional pension to be credited in full: more than this many months
	// (PEN-7: 12).
	PurchaseMonths int `json:"purchaseMonths"`

	// LEL is the National Insurance Lower Earnings Limit, one entry per tax
	// year, in date order (PEN-4). A tax year not in the table is an error,
	// never a guess: add next year's figure when HMRC publishes it.
	LEL []LEL `json:"lel"`

	// OptedOutTier1Only: a member who opted out of the scheme but still
	// works in the NHS gets Tier 1 at most (PEN-8). App 12 lets such a
	// member qualify but does not say whether Tier 2 is open to them; the
	// default (false) assesses them as a current member, UNCONFIRMED.
	OptedOutTier1Only bool `json:"optedOutTier1Only,omitempty"`
}

// LegacyRules are the ill-health rules of the 1995 or 2008 Section.
type LegacyRules struct {
	// NormalPensionAge is the age, in years, at which the section's benefits
	// are payable unreduced (1995: 60; 2008: 65). Prospective membership runs
	// to the day before this birthday.
	NormalPensionAge int `json:"normalPensionAge"`

	// Enhancement is the part of the prospective membership added for Tier 2
	// (PEN-3: 2/3).
	Enhancement Fraction `json:"enhancement"`

	// Minimum is the least Tier 2 enhancement (1995: 4 years), never more than
	// the membership the member could have reached by normal pension age.
	// Zero: no minimum (2008).
	Minimum Membership `json:"minimum,omitempty"`
	// MinimumUntil: the minimum applies only when membership ended on or
	// before this day (1995: 31 March 2016).
	MinimumUntil absence.Date `json:"minimumUntil,omitempty"`

	// EarlyLimit caps the membership counted at the earlier of normal pension
	// age and EarlyLimitDate (1995: 40 years at the earlier of 60 and 1 April
	// 2008). Zero: no such limit (2008).
	EarlyLimit Membership `json:"earlyLimit,omitempty"`
	// EarlyLimitDate is the day EarlyLimit applies at, unless normal pension
	// age comes first (1995: 1 April 2008). Needed when EarlyLimit is set.
	EarlyLimitDate absence.Date `json:"earlyLimitDate,omitempty"`

	// Limit caps total membership, enhancement included (45 years).
	Limit Membership `json:"limit"`

	// Accrual is the pension accrual denominator: the pension is pay × years
	// ÷ Accrual (1995: 80; 2008: 60).
	Accrual int `json:"accrual"`
	// LumpSum is the automatic lump sum as a multiple of the pension (1995:
	// 3; 2008: 0, none).
	LumpSum int `json:"lumpSum"`

	// RejoinUnderTier1: NHS re-employment of a Tier 1 pensioner is
	// pensionable only if they are under this age, in years, on the day they
	// return (1995: 50; 2008: 75).
	RejoinUnderTier1 int `json:"rejoinUnderTier1"`
	// RejoinUnderTier2 is the same age for a Tier 2 pensioner (1995: 49;
	// 2008: 75).
	RejoinUnderTier2 int `json:"rejoinUnderTier2"`
	// RejoinLimit: re-employment is pensionable only while the member has less
	// than this membership (2008: 45 years). Zero: no such test (1995).
	RejoinLimit Membership `json:"rejoinLimit,omitempty"`
	// RejoinBarsCommuted: a member who exchanged their pension for a serious
	// ill-health lump sum cannot rejoin (2008: true).
	RejoinBarsCommuted bool `json:"rejoinBarsCommuted,omitempty"`
}

// Rules2015 are the ill-health rules of the 2015 Scheme.
type Rules2015 struct {
	// From is the day the 2015 Scheme began (1 April 2015); 2015 membership
	// cannot end earlier.
	From absence.Date `json:"from"`
	// MinimumPensionAge: normal pension age is State Pension age or this age
	// if later (65).
	MinimumPensionAge int `json:"minimumPensionAge"`
	// Enhancement is the part of the assumed (prospective) membership on which
	// the Tier 2 addition is paid (1/2).
	Enhancement Fraction `json:"enhancement"`
	// Accrual is the accrual denominator of the Tier 2 addition: final
	// pensionable earnings ÷ Accrual a year (54).
	Accrual int `json:"accrual"`
}

// ReemploymentRules are the rules for a pensioner who works again (PEN-4).
type ReemploymentRules struct {
	// NHSMonths: a Tier 2 pension becomes Tier 1 after this many months of
	// NHS re-employment, whatever the earnings (12).
	NHSMonths int `json:"nhsMonths"`
	// RequalifyMonths: to regain Tier 2 once, employment must end within this
	// many months of the start RequalifyFrom names (12).
	RequalifyMonths int `json:"requalifyMonths"`
	// RequalifyFrom says where those months start. UNCONFIRMED: see
	// [RequalifyStart].
	RequalifyFrom RequalifyStart `json:"requalifyFrom"`
}

// ExchangeRates are the rates at which the whole pension is exchanged for a
// serious ill-health lump sum (PEN-6).
type ExchangeRates struct {
	// UpToMaximum: pounds of lump sum for each pound of pension, up to the
	// pension that gives the maximum permitted lump sum (12).
	UpToMaximum int `json:"upToMaximum"`
	// Beyond: pounds of lump sum for each pound of the remaining pension (5).
	Beyond int `json:"beyond"`
}

// PartTimeMethod is how part-time service reduces a legacy Tier 2
// enhancement. App 12 says only that the extra membership "will be reduced to
// take account of" part-time work; the exact method is UNCONFIRMED.
type PartTimeMethod uint8

// The part-time methods. Text codes are in parentheses.
const (
	// PartTimeMembership multiplies the enhancement by the member's credited
	// membership ÷ the same service counted as if whole-time
	// (Legacy.WholeTime). The default, UNCONFIRMED ("membership").
	PartTimeMembership PartTimeMethod = iota
	// PartTimeFinalFTE multiplies the enhancement by the whole-time
	// equivalent of the employment on the last day (Legacy.FinalFTE)
	// ("final-fte").
	PartTimeFinalFTE
)

// String returns "membership" or "final-fte".
func (m PartTimeMethod) String() string {
	switch m {
	case PartTimeMembership:
		return "membership"
	case PartTimeFinalFTE:
		return "final-fte"
	}
	return "PartTimeMethod(" + strconv.Itoa(int(m)) + ")"
}

// RequalifyStart is where the window to regain Tier 2 starts (PEN-4). HR14
// App 12 says employment must end "within 12 months of the substitute Tier 1
// pension"; NHSBSA's member guidance on re-employment after an ill-health
// pension says "within a year of exceeding the LEL".
type RequalifyStart uint8

// The readings. Text codes are in parentheses.
const (
	// FromSubstitutePension: the window starts on the day the substitute Tier
	// 1 pension became payable (HR14 App 12). The default
	// ("substitute-pension").
	FromSubstitutePension RequalifyStart = iota
	// FromExceedingLEL: the window starts on the day earnings first exceeded
	// the LEL (NHSBSA) ("exceeding-lel").
	FromExceedingLEL
)

// String returns "substitute-pension" or "exceeding-lel".
func (r RequalifyStart) String() string {
	switch r {
	case FromSubstitutePension:
		return "substitute-pension"
	case FromExceedingLEL:
		return "exceeding-lel"
	}
	return "RequalifyStart(" + strconv.Itoa(int(r)) + ")"
}

// HR14 returns the NHS Pension Scheme ill-health rules HR14 v16 App 12 relies
// on (England and Wales): 2 years' qualifying service; 1995 Section 2/3 of
// prospective membership to 60 with a 4-year minimum for membership ending on
// or before 31 March 2016, 40 years at 1 April 2008 and 45 years overall;
// 2008 Section 2/3 to 65 and 45 years; 2015 Scheme 1/2 to State Pension age
// (65 at the earliest) at 1/54; part-time reduction by membership proportion;
// Tier 2 to Tier 1 after 12 months' NHS re-employment; 12:1 and 5:1 exchange;
// purchases credited after more than 12 months; the LEL for 2024/25 to
// 2026/27.
func HR14() Policy {
	return Policy{
		ID:                absence.HR14v16(),
		QualifyingService: 2 * Year,
		TiersFrom:         date(2008, time.April, 1),
		Section1995: LegacyRules{
			NormalPensionAge: 60,
			Enhancement:      Fraction{2, 3},
			Minimum:          4 * Year,
			MinimumUntil:     date(2016, time.March, 31),
			EarlyLimit:       40 * Year,
			EarlyLimitDate:   date(2008, time.April, 1),
			Limit:            45 * Year,
			Accrual:          80,
			LumpSum:          3,
			RejoinUnderTier1: 50,
			RejoinUnderTier2: 49,
		},
		Section2008: LegacyRules{
			NormalPensionAge:   65,
			Enhancement:        Fraction{2, 3},
			Limit:              45 * Year,
			Accrual:            60,
			RejoinUnderTier1:   75,
			RejoinUnderTier2:   75,
			RejoinLimit:        45 * Year,
			RejoinBarsCommuted: true,
		},
		Scheme2015: Rules2015{
			From:              date(2015, time.April, 1),
			MinimumPensionAge: 65,
			Enhancement:       Fraction{1, 2},
			Accrual:           54,
		},
		PartTime: PartTimeMembership,
		Reemployment: ReemploymentRules{
			NHSMonths:       12,
			RequalifyMonths: 12,
			RequalifyFrom:   FromSubstitutePension,
		},
		SeriousIllHealth: ExchangeRates{UpToMaximum: 12, Beyond: 5},
		PurchaseMonths:   12,
		LEL:              lelTable(),
	}
}

func date(y int, m time.Month, d int) absence.Date { return absence.Date{Year: y, Month: m, Day: d} }

// Validate checks that p is usable, returning an error wrapping
// [ErrInvalidPolicy] that names the field at fault.
func (p Policy) Validate() error {
	bad := func(field, value string) error { return inputErr("policy", field, ErrInvalidPolicy, value) }
	if err := p.ID.Validate(); err != nil {
		e := inputErr("policy", "ID", ErrInvalidPolicy, "")
		var ae *absence.InputError
		if errors.As(err, &ae) {
			e.Field, e.Want = ae.Field, ae.Want
		}
		return e
	}
	switch {
	case p.QualifyingService < 0 || p.QualifyingService > 100*Year:
		return bad("QualifyingService", p.QualifyingService.String())
	case !p.TiersFrom.IsValid():
		return bad("TiersFrom", p.TiersFrom.String())
	case p.PartTime > PartTimeFinalFTE:
		return bad("PartTime", p.PartTime.String())
	case p.Reemployment.NHSMonths < 1 || p.Reemployment.NHSMonths > 1200:
		return bad("Reemployment.NHSMonths", strconv.Itoa(p.Reemployment.NHSMonths))
	case p.Reemployment.RequalifyMonths < 1 || p.Reemployment.RequalifyMonths > 1200:
		return bad("Reemployment.RequalifyMonths", strconv.Itoa(p.Reemployment.RequalifyMonths))
	case p.Reemployment.RequalifyFrom > FromExceedingLEL:
		return bad("Reemployment.RequalifyFrom", p.Reemployment.RequalifyFrom.String())
	case p.SeriousIllHealth.UpToMaximum < 1 || p.SeriousIllHealth.UpToMaximum > 1000:
		return bad("SeriousIllHealth.UpToMaximum", strconv.Itoa(p.SeriousIllHealth.UpToMaximum))
	case p.SeriousIllHealth.Beyond < 0 || p.SeriousIllHealth.Beyond > p.SeriousIllHealth.UpToMaximum:
		return bad("SeriousIllHealth.Beyond", strconv.Itoa(p.SeriousIllHealth.Beyond))
	case p.PurchaseMonths < 0 || p.PurchaseMonths > 1200:
		return bad("PurchaseMonths", strconv.Itoa(p.PurchaseMonths))
	}
	for _, s := range []struct {
		name string
		r    LegacyRules
	}{{"Section1995", p.Section1995}, {"Section2008", p.Section2008}} {
		if err := s.r.validate(s.name); err != nil {
			return err
		}
	}
	s := p.Scheme2015
	switch {
	case !s.From.IsValid():
		return bad("Scheme2015.From", s.From.String())
	case !validAge(s.MinimumPensionAge):
		return bad("Scheme2015.MinimumPensionAge", strconv.Itoa(s.MinimumPensionAge))
	case !s.Enhancement.proper():
		return bad("Scheme2015.Enhancement", s.Enhancement.String())
	case s.Accrual < 1 || s.Accrual > 1000:
		return bad("Scheme2015.Accrual", strconv.Itoa(s.Accrual))
	}
	return validateLEL(p.LEL)
}

func (r LegacyRules) validate(name string) error {
	bad := func(field, value string) error {
		return inputErr("policy", name+"."+field, ErrInvalidPolicy, value)
	}
	switch {
	case !validAge(r.NormalPensionAge):
		return bad("NormalPensionAge", strconv.Itoa(r.NormalPensionAge))
	case !r.Enhancement.proper():
		return bad("Enhancement", r.Enhancement.String())
	case r.Minimum < 0 || r.Minimum > 100*Year:
		return bad("Minimum", r.Minimum.String())
	case r.Minimum > 0 && !r.MinimumUntil.IsValid():
		return bad("MinimumUntil", r.MinimumUntil.String())
	case r.Limit < Year || r.Limit > 100*Year:
		return bad("Limit", r.Limit.String())
	case r.EarlyLimit < 0 || r.EarlyLimit > r.Limit:
		return bad("EarlyLimit", r.EarlyLimit.String())
	case r.EarlyLimit > 0 && !r.EarlyLimitDate.IsValid():
		return bad("EarlyLimitDate", r.EarlyLimitDate.String())
	case r.Accrual < 1 || r.Accrual > 1000:
		return bad("Accrual", strconv.Itoa(r.Accrual))
	case r.LumpSum < 0 || r.LumpSum > 100:
		return bad("LumpSum", strconv.Itoa(r.LumpSum))
	case !validAge(r.RejoinUnderTier1):
		return bad("RejoinUnderTier1", strconv.Itoa(r.RejoinUnderTier1))
	case !validAge(r.RejoinUnderTier2):
		return bad("RejoinUnderTier2", strconv.Itoa(r.RejoinUnderTier2))
	case r.RejoinLimit < 0 || r.RejoinLimit > 100*Year:
		return bad("RejoinLimit", r.RejoinLimit.String())
	}
	return nil
}

func validAge(a int) bool { return a >= 16 && a <= 120 }

// rules returns the rules of a legacy section.
func (p Policy) rules(s Section) LegacyRules {
	if s == Section2008 {
		return p.Section2008
	}
	return p.Section1995
}

// birthday returns the day someone born on born reaches age years. A 29
// February birthday falls on 28 February in other years.
func birthday(born absence.Date, age int) absence.Date { return born.AddMonths(12 * age) }

// ageOn returns the age in whole years on day d of someone born on born.
func ageOn(born, d absence.Date) int {
	n := d.Year - born.Year
	for n > 0 && birthday(born, n).After(d) {
		n--
	}
	return n
}

// NormalPensionDate returns the day a member born on born reaches normal
// pension age in section s: the 60th birthday (1995 Section), the 65th (2008
// Section), or for the 2015 Scheme the later of statePension (the day the
// member reaches State Pension age, which the host supplies) and the 65th
// birthday. statePension is ignored for the legacy sections.
func (p Policy) NormalPensionDate(s Section, born, statePension absence.Date) (absence.Date, error) {
	if !born.IsValid() {
		return absence.Date{}, inputErr("member", "Born", ErrInvalidDate, born.String())
	}
	switch s {
	case Section1995, Section2008:
		return birthday(born, p.rules(s).NormalPensionAge), nil
	case Scheme2015:
		switch {
		case statePension.IsZero():
			return absence.Date{}, inputErr("scheme2015", "StatePension", ErrMissing, "")
		case !statePension.IsValid():
			return absence.Date{}, inputErr("scheme2015", "StatePension", ErrInvalidDate, statePension.String())
		case !statePension.After(born):
			return absence.Date{}, inputErr("scheme2015", "StatePension", ErrDateOrder, statePension.String()+" is not after "+born.String())
		}
		npa := birthday(born, p.Scheme2015.MinimumPensionAge)
		if statePension.After(npa) {
			npa = statePension
		}
		return npa, nil
	}
	return absence.Date{}, inputErr("member", "Section", ErrSection, strconv.Itoa(int(s)))
}

// Knobs lists the settings in which p differs from the library's HR14 v16
// defaults ([HR14]), the LEL table included (a table that differs is one
// setting), by their JSON paths in the order of the fields
// (absence.Differences); nil when p has the default settings. The ID is not
// a setting.
func (p Policy) Knobs() []absence.Knob {
	k, _ := absence.Differences(p, HR14()) // two Policies: the types match
	return k
}

// Basis names what a result worked out under p applied: p's ID, its knobs
// and the library's version. An Award carries it.
func (p Policy) Basis() absence.Basis {
	return absence.Basis{Policy: p.ID, Knobs: p.Knobs(), Library: absence.LibraryVersion}
}
