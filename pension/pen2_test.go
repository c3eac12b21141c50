package pension_test

import (
	"testing"

	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPEN2_Tier1EarnedBenefitsOnly: Tier 1 is the benefits earned to date,
// with no enhancement: 1995 1/80 and 3× lump sum, 2008 1/60 and no lump sum.
func TestPEN2_Tier1EarnedBenefitsOnly(t *testing.T) {
	cases := []struct {
		name            string
		section         pension.Section
		membership      pension.Membership
		pay             string
		pension, lump   string
		membershipFinal pension.Membership
	}{
		{"1995: £30,000 × 28 / 80", pension.Section1995, years(28), "30000", "10500.00", "31500.00", years(28)},
		{"1995 with days: £29,999.99 × 20 years 100 days / 80", pension.Section1995, pension.YearsDays(20, 100), "29999.99", "7602.74", "22808.21", pension.YearsDays(20, 100)},
		{"2008: £30,000 × 10 / 60", pension.Section2008, years(10), "30000", "5000.00", "0.00", years(10)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := legacyMember(t, c.section, "1972-06-01", "2020-05-31", c.membership)
			m.Medical = tier1
			m.Legacy.Pay = dec(c.pay)
			a := assess(t, m)
			require.Equal(t, pension.Tier1, a.Tier)
			l := a.Legacy
			assert.Equal(t, pension.Membership(0), l.Enhancement)
			assert.Equal(t, c.membershipFinal, l.Total)
			require.NotNil(t, l.Awarded)
			assert.Equal(t, c.pension, l.Awarded.Pension.StringFixed(2))
			assert.Equal(t, c.lump, l.Awarded.LumpSum.StringFixed(2))
			assert.Equal(t, *l.Tier1, *l.Awarded, "Tier 1: before and after are the same")
			assert.True(t, l.EnhancementPension().IsZero())
			assert.Equal(t, "PEN-2", a.Findings[len(a.Findings)-1].Rule.ID)
		})
	}
}

// TestPEN2_RoundedOnce: each figure is worked out exactly and rounded once,
// half up: the lump sum is 3 × the exact pension, rounded, not 3 × the
// rounded pension (£29,999.99 × 20 years 100 days ÷ 80 = £7,602.737…, so the
// lump sum is £22,808.21, where 3 × £7,602.74 would be £22,808.22).
func TestPEN2_RoundedOnce(t *testing.T) {
	m := legacyMember(t, pension.Section1995, "1972-06-01", "2020-05-31", years(2)+pension.YearsDays(0, 1))
	m.Medical = tier1
	m.Legacy.Pay = dec("1000.005")
	a := assess(t, m)
	// 1000.005 × 731 days ÷ (365 × 80) = 25.0343…; × 3 = 75.1031…
	assert.Equal(t, "25.03", a.Legacy.Awarded.Pension.StringFixed(2))
	assert.Equal(t, "75.10", a.Legacy.Awarded.LumpSum.StringFixed(2))
	m.Legacy.Membership = years(2)
	m.Legacy.Pay = dec("1000.20") // 1000.20 × 2 / 80 = 25.005 → 25.01
	a = assess(t, m)
	assert.Equal(t, "25.01", a.Legacy.Awarded.Pension.StringFixed(2))
}

// TestPEN2_NoPayNoBenefits: without pay only the membership is worked out.
func TestPEN2_NoPayNoBenefits(t *testing.T) {
	a := assess(t, legacyMember(t, pension.Section1995, "1972-06-01", "2020-05-31", years(28)))
	assert.Nil(t, a.Legacy.Tier1)
	assert.Nil(t, a.Legacy.Awarded)
	assert.True(t, a.Legacy.EnhancementPension().IsZero())
}

// TestPEN2_Scheme2015Tier1: the 2015 Tier 1 pension is the pension built up.
func TestPEN2_Scheme2015Tier1(t *testing.T) {
	m := scheme2015Member(t)
	m.Medical = tier1
	m.Scheme2015.FinalEarnings = dec("0") // not needed for Tier 1
	a := assess(t, m)
	require.Equal(t, pension.Tier1, a.Tier)
	assert.Equal(t, "5000.00", a.Scheme2015.Pension.StringFixed(2))
	assert.True(t, a.Scheme2015.Addition.IsZero())
}
