package pension_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPolicyHR14 pins the NHS figures the HR14 policy carries.
func TestPolicyHR14(t *testing.T) {
	p := pension.HR14()
	require.NoError(t, p.Validate())
	assert.Equal(t, years(2), p.QualifyingService)
	assert.Equal(t, d(t, "2008-04-01"), p.TiersFrom)
	s95, s08, s15 := p.Section1995, p.Section2008, p.Scheme2015
	assert.Equal(t, 60, s95.NormalPensionAge)
	assert.Equal(t, 65, s08.NormalPensionAge)
	assert.Equal(t, pension.Fraction{Num: 2, Den: 3}, s95.Enhancement)
	assert.Equal(t, pension.Fraction{Num: 2, Den: 3}, s08.Enhancement)
	assert.Equal(t, pension.Fraction{Num: 1, Den: 2}, s15.Enhancement)
	assert.Equal(t, years(4), s95.Minimum)
	assert.Equal(t, d(t, "2016-03-31"), s95.MinimumUntil)
	assert.Equal(t, pension.Membership(0), s08.Minimum)
	assert.Equal(t, years(40), s95.EarlyLimit)
	assert.Equal(t, years(45), s95.Limit)
	assert.Equal(t, years(45), s08.Limit)
	assert.Equal(t, 80, s95.Accrual)
	assert.Equal(t, 3, s95.LumpSum)
	assert.Equal(t, 60, s08.Accrual)
	assert.Equal(t, 0, s08.LumpSum)
	assert.Equal(t, 54, s15.Accrual)
	assert.Equal(t, 65, s15.MinimumPensionAge)
	assert.Equal(t, [2]int{50, 49}, [2]int{s95.RejoinUnderTier1, s95.RejoinUnderTier2})
	assert.Equal(t, [2]int{75, 75}, [2]int{s08.RejoinUnderTier1, s08.RejoinUnderTier2})
	assert.Equal(t, 12, p.Reemployment.NHSMonths)
	assert.Equal(t, 12, p.Reemployment.RequalifyMonths)
	assert.Equal(t, pension.ExchangeRates{UpToMaximum: 12, Beyond: 5}, p.SeriousIllHealth)
	assert.Equal(t, 12, p.PurchaseMonths)
	assert.Equal(t, pension.PartTimeMembership, p.PartTime)
	assert.Len(t, p.LEL, 3)
}

// TestPolicyIsData: the figures drive the results; none is a literal in the
// logic.
func TestPolicyIsData(t *testing.T) {
	m := legacyMember(t, pension.Section1995, "1961-04-02", "2016-04-01", years(30)) // after the cut-off
	assert.Equal(t, pension.YearsDays(3, 121), assess(t, m).Legacy.Enhancement)

	p := pension.HR14()
	p.Section1995.MinimumUntil = d(t, "2020-03-31")
	a, err := pension.Assess(m, p)
	require.NoError(t, err)
	assert.Equal(t, years(4), a.Legacy.Enhancement, "a later cut-off")

	p = pension.HR14()
	p.Section1995.NormalPensionAge = 62
	a, err = pension.Assess(m, p)
	require.NoError(t, err)
	assert.Equal(t, years(7), a.Legacy.Prospective)

	p = pension.HR14()
	p.QualifyingService = years(31)
	a, err = pension.Assess(m, p)
	require.NoError(t, err)
	assert.False(t, a.Eligible())

	p = pension.HR14()
	p.Section2008.Limit = years(40)
	a, err = pension.Assess(legacyMember(t, pension.Section2008, "1960-01-01", "2020-12-31", years(38)), p)
	require.NoError(t, err)
	assert.Equal(t, years(40), a.Legacy.Total)
}

// TestPolicyValidate: every unusable figure is refused, naming the field.
func TestPolicyValidate(t *testing.T) {
	cases := []struct {
		field string
		edit  func(*pension.Policy)
	}{
		{"QualifyingService", func(p *pension.Policy) { p.QualifyingService = -1 }},
		{"TiersFrom", func(p *pension.Policy) { p.TiersFrom = absence.Date{} }},
		{"PartTime", func(p *pension.Policy) { p.PartTime = 9 }},
		{"Reemployment.NHSMonths", func(p *pension.Policy) { p.Reemployment.NHSMonths = 0 }},
		{"Reemployment.RequalifyMonths", func(p *pension.Policy) { p.Reemployment.RequalifyMonths = 0 }},
		{"Reemployment.RequalifyFrom", func(p *pension.Policy) { p.Reemployment.RequalifyFrom = 7 }},
		{"SeriousIllHealth.UpToMaximum", func(p *pension.Policy) { p.SeriousIllHealth.UpToMaximum = 0 }},
		{"SeriousIllHealth.Beyond", func(p *pension.Policy) { p.SeriousIllHealth.Beyond = 13 }},
		{"PurchaseMonths", func(p *pension.Policy) { p.PurchaseMonths = -1 }},
		{"Section1995.NormalPensionAge", func(p *pension.Policy) { p.Section1995.NormalPensionAge = 0 }},
		{"Section1995.Enhancement", func(p *pension.Policy) { p.Section1995.Enhancement = pension.Fraction{Num: 2, Den: 0} }},
		{"Section2008.Enhancement", func(p *pension.Policy) { p.Section2008.Enhancement = pension.Fraction{Num: 0, Den: 3} }},
		{"Section1995.Minimum", func(p *pension.Policy) { p.Section1995.Minimum = -1 }},
		{"Section1995.MinimumUntil", func(p *pension.Policy) { p.Section1995.MinimumUntil = absence.Date{} }},
		{"Section1995.Limit", func(p *pension.Policy) { p.Section1995.Limit = 0 }},
		{"Section1995.EarlyLimit", func(p *pension.Policy) { p.Section1995.EarlyLimit = years(46) }},
		{"Section1995.EarlyLimitDate", func(p *pension.Policy) { p.Section1995.EarlyLimitDate = absence.Date{} }},
		{"Section2008.Accrual", func(p *pension.Policy) { p.Section2008.Accrual = 0 }},
		{"Section1995.LumpSum", func(p *pension.Policy) { p.Section1995.LumpSum = -3 }},
		{"Section1995.RejoinUnderTier1", func(p *pension.Policy) { p.Section1995.RejoinUnderTier1 = 0 }},
		{"Section2008.RejoinUnderTier2", func(p *pension.Policy) { p.Section2008.RejoinUnderTier2 = 200 }},
		{"Section2008.RejoinLimit", func(p *pension.Policy) { p.Section2008.RejoinLimit = -1 }},
		{"Scheme2015.From", func(p *pension.Policy) { p.Scheme2015.From = absence.Date{} }},
		{"Scheme2015.MinimumPensionAge", func(p *pension.Policy) { p.Scheme2015.MinimumPensionAge = 5 }},
		{"Scheme2015.Enhancement", func(p *pension.Policy) { p.Scheme2015.Enhancement = pension.Fraction{Num: 1, Den: 1001} }},
		{"Scheme2015.Accrual", func(p *pension.Policy) { p.Scheme2015.Accrual = 0 }},
		{"LEL.ValidFrom", func(p *pension.Policy) { p.LEL[1].ValidFrom = d(t, "2025-04-05") }},
		{"LEL.ValidFrom", func(p *pension.Policy) { p.LEL[1], p.LEL[2] = p.LEL[2], p.LEL[1] }},
		{"LEL.Weekly", func(p *pension.Policy) { p.LEL[0].Weekly = dec("0") }},
		{"LEL.Annual", func(p *pension.Policy) { p.LEL[0].Annual = dec("-1") }},
	}
	for _, c := range cases {
		t.Run(c.field, func(t *testing.T) {
			p := pension.HR14()
			c.edit(&p)
			err := p.Validate()
			require.ErrorIs(t, err, pension.ErrInvalidPolicy)
			var ie *pension.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, c.field, ie.Field)
		})
	}
	assert.Error(t, pension.Policy{}.Validate(), "the zero Policy is not valid")
}

func TestNormalPensionDate(t *testing.T) {
	p := pension.HR14()
	born := d(t, "1964-02-29")
	npa, err := p.NormalPensionDate(pension.Section1995, born, absence.Date{})
	require.NoError(t, err)
	assert.Equal(t, d(t, "2024-02-29"), npa)
	npa, err = p.NormalPensionDate(pension.Section2008, born, absence.Date{})
	require.NoError(t, err)
	assert.Equal(t, d(t, "2029-02-28"), npa, "29 February birthdays fall on 28 February")
	npa, err = p.NormalPensionDate(pension.Scheme2015, born, d(t, "2031-02-28"))
	require.NoError(t, err)
	assert.Equal(t, d(t, "2031-02-28"), npa)
	_, err = p.NormalPensionDate(pension.Scheme2015, born, absence.Date{})
	assert.ErrorIs(t, err, pension.ErrMissing)
	_, err = p.NormalPensionDate(0, born, absence.Date{})
	assert.ErrorIs(t, err, pension.ErrSection)
	_, err = p.NormalPensionDate(pension.Section1995, absence.Date{}, absence.Date{})
	assert.ErrorIs(t, err, pension.ErrInvalidDate)
}

func TestCodes(t *testing.T) {
	for s := pension.Section1995; s <= pension.Scheme2015; s++ {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back pension.Section
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	_, err := pension.Section(0).MarshalText()
	assert.ErrorIs(t, err, pension.ErrSection)
	var s pension.Section
	assert.ErrorIs(t, s.UnmarshalText([]byte("1997")), pension.ErrSection)
	for tier := pension.NoTier; tier <= pension.Tier2; tier++ {
		b, err := tier.MarshalText()
		require.NoError(t, err)
		var back pension.Tier
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, tier, back)
	}
	var tier pension.Tier
	assert.ErrorIs(t, tier.UnmarshalText([]byte("tier3")), pension.ErrTier)
	assert.Equal(t, "Tier 2", pension.Tier2.String())

	// The knobs and purchase codes.
	type code interface {
		MarshalText() ([]byte, error)
	}
	for _, c := range []struct {
		v    code
		want string
		back func([]byte) (any, error)
	}{
		{pension.PartTimeMembership, "membership", func(b []byte) (any, error) { var v pension.PartTimeMethod; err := v.UnmarshalText(b); return v, err }},
		{pension.PartTimeFinalFTE, "final-fte", func(b []byte) (any, error) { var v pension.PartTimeMethod; err := v.UnmarshalText(b); return v, err }},
		{pension.FromExceedingLEL, "exceeding-lel", func(b []byte) (any, error) { var v pension.RequalifyStart; err := v.UnmarshalText(b); return v, err }},
		{pension.AdditionalPensionLumpSum, "additional-pension-lump-sum", func(b []byte) (any, error) { var v pension.PurchaseKind; err := v.UnmarshalText(b); return v, err }},
		{pension.CreditPaid, "paid", func(b []byte) (any, error) { var v pension.Credit; err := v.UnmarshalText(b); return v, err }},
	} {
		b, err := c.v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, c.want, string(b))
		back, err := c.back(b)
		require.NoError(t, err)
		assert.Equal(t, c.v, back)
	}
	_, err = pension.PurchaseKind(0).MarshalText()
	assert.ErrorIs(t, err, pension.ErrKind)
	_, err = pension.Credit(9).MarshalText()
	assert.ErrorIs(t, err, pension.ErrSyntax)
	_, err = pension.PartTimeMethod(2).MarshalText()
	assert.ErrorIs(t, err, pension.ErrInvalidPolicy)
	var k pension.PurchaseKind
	assert.ErrorIs(t, k.UnmarshalText([]byte("added years")), pension.ErrKind)
	rq := pension.FromExceedingLEL
	assert.ErrorIs(t, rq.UnmarshalText([]byte("lel")), pension.ErrInvalidPolicy)
	assert.Equal(t, pension.FromExceedingLEL, rq, "an unknown code leaves the value unchanged")
	assert.Equal(t, "1995 Section", pension.Section1995.String())
}
