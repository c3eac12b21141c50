package pension_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPEN1_QualifyingService: at least 2 years' qualifying service.
func TestPEN1_QualifyingService(t *testing.T) {
	cases := []struct {
		name       string
		membership pension.Membership
		qualifying pension.Membership
		want       pension.Tier
	}{
		{"one day short", pension.YearsDays(1, 364), 0, pension.NoTier},
		{"exactly 2 years", years(2), 0, pension.Tier2},
		{"qualifying service recorded separately counts", years(1), years(2), pension.Tier2},
		{"recorded qualifying service short", years(5), pension.YearsDays(1, 200), pension.NoTier},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := legacyMember(t, pension.Section2008, "1980-01-01", "2024-12-31", c.membership)
			m.QualifyingService = c.qualifying
			a := assess(t, m)
			assert.Equal(t, c.want, a.Tier, texts(a.Findings))
			assert.Equal(t, "PEN-1", a.Findings[0].Rule.ID)
			if c.want == pension.NoTier {
				assert.Nil(t, a.Legacy)
				assert.Contains(t, a.Findings[0].Text, "less than the 2 years needed")
			}
		})
	}
}

// TestPEN1_PartTimeQualifyingService: part-time service qualifies by its
// length, not its whole-time equivalent: 3 years at half time (1 year 183
// days credited) passes the 2-year test.
func TestPEN1_PartTimeQualifyingService(t *testing.T) {
	cases := []struct {
		name      string
		credited  pension.Membership
		wholeTime pension.Membership
		want      pension.Tier
		finding   string
	}{
		{"3 years at half time", pension.YearsDays(1, 183), years(3), pension.Tier2, "qualifying service 3 years (the scheme membership, part-time service at its full length)"},
		{"1 year 364 days at half time", pension.YearsDays(0, 364), pension.YearsDays(1, 364), pension.NoTier, "qualifying service 1 year 364 days"},
		{"whole time", years(2), 0, pension.Tier2, "qualifying service 2 years (the scheme membership)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := legacyMember(t, pension.Section2008, "1980-01-01", "2024-12-31", c.credited)
			m.Legacy.WholeTime = c.wholeTime
			a := assess(t, m)
			assert.Equal(t, c.want, a.Tier, texts(a.Findings))
			assert.True(t, hasFinding(a.Findings, "PEN-1", c.finding), texts(a.Findings))
		})
	}
}

// TestPEN1_QualifyingAcrossSchemes: legacy and 2015 membership count together.
func TestPEN1_QualifyingAcrossSchemes(t *testing.T) {
	m := mixedMember(t)
	m.Legacy.Membership = years(1)
	m.Scheme2015.Membership = years(1)
	a := assess(t, m)
	assert.Equal(t, pension.Tier2, a.Tier, texts(a.Findings))
	m.Scheme2015.Membership = pension.YearsDays(0, 364)
	assert.Equal(t, pension.NoTier, assess(t, m).Tier)
}

// TestPEN1_MedicalDecisions: the tier follows the medical adviser's
// decisions.
func TestPEN1_MedicalDecisions(t *testing.T) {
	cases := []struct {
		name     string
		medical  pension.Medical
		previous bool
		want     pension.Tier
	}{
		{"neither condition", pension.Medical{}, false, pension.NoTier},
		{"NHS job only", tier1, false, pension.Tier1},
		{"both", tier2, false, pension.Tier2},
		{"both, but an enhancement already had", tier2, true, pension.Tier1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := legacyMember(t, pension.Section1995, "1972-06-01", "2020-05-31", years(28))
			m.Medical = c.medical
			m.PreviousEnhancement = c.previous
			a := assess(t, m)
			assert.Equal(t, c.want, a.Tier, texts(a.Findings))
			assert.Equal(t, c.want != pension.NoTier, a.Eligible())
			if c.want == pension.Tier1 {
				assert.Equal(t, pension.Membership(0), a.Legacy.Enhancement)
			}
		})
	}
}

// TestPEN1_Tier2WithoutTier1 is inconsistent input, not a Tier 2 award.
func TestPEN1_Tier2WithoutTier1(t *testing.T) {
	m := legacyMember(t, pension.Section1995, "1972-06-01", "2020-05-31", years(28))
	m.Medical = pension.Medical{RegularEmployment: true}
	_, err := pension.Assess(m, pension.HR14())
	require.ErrorIs(t, err, pension.ErrTier2WithoutTier1)
	var ie *pension.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "M1", ie.ID)
	assert.Equal(t, "Medical", ie.Field)
}

// TestPEN1_BeforeNormalPensionAge: retiring on or after normal pension age is
// not ill-health retirement.
func TestPEN1_BeforeNormalPensionAge(t *testing.T) {
	// 60th birthday 2020-06-01.
	ok := assess(t, legacyMember(t, pension.Section1995, "1960-06-01", "2020-05-30", years(30)))
	assert.Equal(t, pension.Tier2, ok.Tier)
	assert.Equal(t, pension.Day, ok.Legacy.Prospective)
	assert.Equal(t, pension.Membership(0), ok.Legacy.Enhancement, "after 31 March 2016: 2/3 of 1 day, rounded down")
	before2016 := assess(t, legacyMember(t, pension.Section1995, "1955-04-01", "2015-03-30", years(30)))
	assert.Equal(t, pension.Day, before2016.Legacy.Enhancement, "the minimum is capped at the one day reachable by 60")
	at := assess(t, legacyMember(t, pension.Section1995, "1960-06-01", "2020-05-31", years(30)))
	assert.Equal(t, pension.NoTier, at.Tier)
	assert.Contains(t, at.Findings[0].Text, "not an ill-health pension")
}

// TestPEN1_InvalidInput: inconsistent input is a typed error naming the field.
func TestPEN1_InvalidInput(t *testing.T) {
	base := func() pension.Member {
		m := legacyMember(t, pension.Section1995, "1972-06-01", "2020-05-31", years(28))
		m.Legacy.Pay = dec("30000")
		return m
	}
	cases := []struct {
		name  string
		edit  func(*pension.Member)
		err   pension.Error
		field string
	}{
		{"no date of birth", func(m *pension.Member) { m.Born = pension.Member{}.Born }, pension.ErrMissing, "Born"},
		{"invalid date of birth", func(m *pension.Member) { m.Born.Day = 31; m.Born.Month = 2 }, pension.ErrInvalidDate, "Born"},
		{"no last day", func(m *pension.Member) { m.LastDay = pension.Member{}.LastDay }, pension.ErrMissing, "LastDay"},
		{"last day before birth", func(m *pension.Member) { m.LastDay = d(t, "1970-01-01") }, pension.ErrDateOrder, "LastDay"},
		{"before the tiers began", func(m *pension.Member) { m.LastDay = d(t, "2008-03-31") }, pension.ErrBeforeTiers, "LastDay"},
		{"Tier 2 without Tier 1", func(m *pension.Member) { m.Medical.NHSJob = false }, pension.ErrTier2WithoutTier1, "Medical"},
		{"negative qualifying service", func(m *pension.Member) { m.QualifyingService = -1 }, pension.ErrNegative, "QualifyingService"},
		{"no membership", func(m *pension.Member) { m.Legacy = nil }, pension.ErrNoMembership, "Legacy"},
		{"unknown section", func(m *pension.Member) { m.Legacy.Section = 9 }, pension.ErrSection, "Section"},
		{"2015 as a legacy section", func(m *pension.Member) { m.Legacy.Section = pension.Scheme2015 }, pension.ErrSection, "Section"},
		{"negative membership", func(m *pension.Member) { m.Legacy.Membership = -pension.Day }, pension.ErrNegative, "Membership"},
		{"over the 45-year limit", func(m *pension.Member) {
			m.Legacy.Membership = years(45) + pension.Day
			m.Legacy.At2008 = years(30)
		}, pension.ErrMembershipLimit, "Membership"},
		{"whole-time less than credited", func(m *pension.Member) { m.Legacy.WholeTime = years(27) }, pension.ErrInconsistent, "WholeTime"},
		{"FTE over 1", func(m *pension.Member) { m.Legacy.FinalFTE = dec("1.01") }, pension.ErrFTE, "FinalFTE"},
		{"negative FTE", func(m *pension.Member) { m.Legacy.FinalFTE = dec("-0.5") }, pension.ErrFTE, "FinalFTE"},
		{"over 40 years without the 2008 figure", func(m *pension.Member) { m.Legacy.Membership = years(41) }, pension.ErrMissing, "At2008"},
		{"2008 figure over membership", func(m *pension.Member) { m.Legacy.At2008 = years(29) }, pension.ErrInconsistent, "At2008"},
		{"2008 figure for the 2008 Section", func(m *pension.Member) {
			m.Legacy.Section = pension.Section2008
			m.Legacy.At2008 = years(10)
		}, pension.ErrInconsistent, "At2008"},
		{"negative pay", func(m *pension.Member) { m.Legacy.Pay = dec("-1") }, pension.ErrNegative, "Pay"},
		{"2015 membership ending before 2015", func(m *pension.Member) {
			m.LastDay = d(t, "2014-05-31")
			m.Scheme2015 = &pension.Service2015{StatePension: d(t, "2039-06-01")}
		}, pension.ErrDateOrder, ""},
		{"no State Pension date", func(m *pension.Member) { m.Scheme2015 = &pension.Service2015{Membership: years(1)} }, pension.ErrMissing, "StatePension"},
		{"State Pension date before birth", func(m *pension.Member) {
			m.Scheme2015 = &pension.Service2015{StatePension: d(t, "1950-01-01")}
		}, pension.ErrDateOrder, "StatePension"},
		{"2015 membership longer than the scheme", func(m *pension.Member) {
			m.Scheme2015 = &pension.Service2015{Membership: years(6), StatePension: d(t, "2039-06-01")}
		}, pension.ErrMembershipLimit, "Membership"},
		{"negative built-up pension", func(m *pension.Member) {
			m.Scheme2015 = &pension.Service2015{BuiltUp: dec("-1"), StatePension: d(t, "2039-06-01")}
		}, pension.ErrNegative, "BuiltUp"},
		{"Tier 2 without final earnings", func(m *pension.Member) {
			m.Scheme2015 = &pension.Service2015{Membership: years(4), BuiltUp: dec("1000"), StatePension: d(t, "2039-06-01")}
		}, pension.ErrMissing, "FinalEarnings"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := base()
			c.edit(&m)
			_, err := pension.Assess(m, pension.HR14())
			require.Error(t, err)
			assert.ErrorIs(t, err, c.err)
			var ie *pension.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, c.field, ie.Field)
			assert.Equal(t, "M1", ie.ID)
			assert.True(t, strings.HasPrefix(err.Error(), "pension: "), err.Error())
		})
	}
}

// TestPEN1_InvalidPolicy: Assess refuses a policy that does not validate.
func TestPEN1_InvalidPolicy(t *testing.T) {
	p := pension.HR14()
	p.Section1995.Enhancement = pension.Fraction{Num: 3, Den: 2}
	_, err := pension.Assess(legacyMember(t, pension.Section1995, "1972-06-01", "2020-05-31", years(28)), p)
	assert.True(t, errors.Is(err, pension.ErrInvalidPolicy), "%v", err)
}
