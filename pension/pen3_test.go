package pension_test

import (
	"testing"

	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPEN3_WorkedExamples is the table of App 12's four Tier 2 examples
// (PEN-3). "Age 48" is the age on the first day of retirement: the
// last day of membership is the day before the 48th birthday.
func TestPEN3_WorkedExamples(t *testing.T) {
	cases := []struct {
		name        string
		section     pension.Section
		born, last  string
		actual      pension.Membership
		prospective pension.Membership
		enhancement pension.Membership
		total       pension.Membership
		age         int
	}{
		{"1995 age 48, 28 years: 2/3 of 12", pension.Section1995, "1972-06-01", "2020-05-31", years(28), years(12), years(8), years(36), 48},
		{"1995 age 55, 30 years, on or before 31 March 2016: 4-year minimum", pension.Section1995, "1960-04-01", "2015-03-31", years(30), years(5), years(4), years(34), 55},
		{"2008 age 56, 10 years: 2/3 of 9", pension.Section2008, "1967-09-15", "2023-09-14", years(10), years(9), years(6), years(16), 56},
		{"2008 age 41, 3 years: 2/3 of 24", pension.Section2008, "1983-01-01", "2023-12-31", years(3), years(24), years(16), years(19), 41},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := assess(t, legacyMember(t, c.section, c.born, c.last, c.actual))
			require.Equal(t, pension.Tier2, a.Tier, texts(a.Findings))
			require.NotNil(t, a.Legacy)
			assert.Equal(t, c.age, a.Age)
			assert.Equal(t, c.actual, a.Legacy.Membership)
			assert.Equal(t, c.prospective, a.Legacy.Prospective, "prospective")
			assert.Equal(t, c.enhancement, a.Legacy.Enhancement, "enhancement %s", a.Legacy.Enhancement)
			assert.Equal(t, c.total, a.Legacy.Total, "total")
			assert.Nil(t, a.Scheme2015)
		})
	}
}

// TestPEN3_WorkedExamplesAward: App 12's four Tier 2 examples as whole
// awards, with pay of £30,000: normal pension date, membership, prospective
// membership, enhancement, total, and the benefits before and after the
// enhancement (1995: 1/80 and 3× lump sum; 2008: 1/60, no lump sum).
func TestPEN3_WorkedExamplesAward(t *testing.T) {
	benefits := func(p, l string) *pension.Benefits { return &pension.Benefits{Pension: dec(p), LumpSum: dec(l)} }
	cases := []struct {
		name       string
		section    pension.Section
		born, last string
		actual     pension.Membership
		want       pension.LegacyAward
	}{
		{"1995 age 48, 28 years", pension.Section1995, "1972-06-01", "2020-05-31", years(28), pension.LegacyAward{
			Section: pension.Section1995, NormalPensionDate: d(t, "2032-06-01"), Membership: years(28), Prospective: years(12),
			Enhancement: years(8), Total: years(36), Tier1: benefits("10500", "31500"), Awarded: benefits("13500", "40500")}},
		{"1995 age 55, 30 years, 4-year minimum", pension.Section1995, "1960-04-01", "2015-03-31", years(30), pension.LegacyAward{
			Section: pension.Section1995, NormalPensionDate: d(t, "2020-04-01"), Membership: years(30), Prospective: years(5),
			Enhancement: years(4), Total: years(34), Tier1: benefits("11250", "33750"), Awarded: benefits("12750", "38250")}},
		{"2008 age 56, 10 years", pension.Section2008, "1967-09-15", "2023-09-14", years(10), pension.LegacyAward{
			Section: pension.Section2008, NormalPensionDate: d(t, "2032-09-15"), Membership: years(10), Prospective: years(9),
			Enhancement: years(6), Total: years(16), Tier1: benefits("5000", "0"), Awarded: benefits("8000", "0")}},
		{"2008 age 41, 3 years", pension.Section2008, "1983-01-01", "2023-12-31", years(3), pension.LegacyAward{
			Section: pension.Section2008, NormalPensionDate: d(t, "2048-01-01"), Membership: years(3), Prospective: years(24),
			Enhancement: years(16), Total: years(19), Tier1: benefits("1500", "0"), Awarded: benefits("9500", "0")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := legacyMember(t, c.section, c.born, c.last, c.actual)
			m.Legacy.Pay = dec("30000")
			a := assess(t, m)
			if a.Tier != pension.Tier2 || a.Legacy == nil {
				t.Fatalf("tier %v, legacy %v: %q", a.Tier, a.Legacy, texts(a.Findings))
			}
			if diff := diff(c.want, *a.Legacy); diff != "" {
				t.Errorf("award (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPEN3_WorkedExampleBenefits: example 1 with pay of £30,000: the pension
// and lump sum before and after the enhancement.
func TestPEN3_WorkedExampleBenefits(t *testing.T) {
	m := legacyMember(t, pension.Section1995, "1972-06-01", "2020-05-31", years(28))
	m.Legacy.Pay = dec("30000")
	l := assess(t, m).Legacy
	assert.Equal(t, "10500.00", l.Tier1.Pension.StringFixed(2))
	assert.Equal(t, "31500.00", l.Tier1.LumpSum.StringFixed(2))
	assert.Equal(t, "13500.00", l.Awarded.Pension.StringFixed(2)) // 36/80 × 30,000
	assert.Equal(t, "40500.00", l.Awarded.LumpSum.StringFixed(2))
	assert.Equal(t, "3000.00", l.EnhancementPension().StringFixed(2))
}

// TestPEN3_1995Minimum: the 4-year minimum applies only to membership ending
// on or before 31 March 2016, and never exceeds the membership reachable by
// 60.
func TestPEN3_1995Minimum(t *testing.T) {
	cases := []struct {
		name        string
		born, last  string
		prospective pension.Membership
		enhancement pension.Membership
		finding     string
	}{
		// App 12 example 2, and the same member leaving a year after the cut-off.
		{"age 55, ends 2015-03-31: 4-year minimum", "1960-04-01", "2015-03-31", years(5), years(4), "the minimum enhancement is 4 years, more than 3 years 121 days"},
		{"age 55, ends 2016-04-01: no minimum", "1961-04-02", "2016-04-01", years(5), pension.YearsDays(3, 121), "after 2016-03-31: no minimum"},
		// NHSBSA 17011: at 57 only 3 years could be reached by 60.
		{"age 57, ends 2015-05-31: minimum capped at 3 years", "1958-06-01", "2015-05-31", years(3), years(3), "limited to the membership that could have been reached"},
		{"age 57, ends 2016-05-31: 2/3 of 3 years", "1959-06-01", "2016-05-31", years(3), years(2), "no minimum"},
		// The same member either side of the cut-off: 31 March 2016 is the last day with a minimum.
		{"age 57, ends on 2016-03-31: capped minimum", "1958-06-01", "2016-03-31", pension.YearsDays(2, 61), pension.YearsDays(2, 61), "on or before 2016-03-31"},
		{"age 57, ends on 2016-04-01: none", "1958-06-01", "2016-04-01", pension.YearsDays(2, 60), pension.YearsDays(1, 161), "after 2016-03-31"},
		// 2/3 above the minimum: the minimum changes nothing.
		{"age 48, ends 2015-03-31: 2/3 of 12 exceeds the minimum", "1967-04-01", "2015-03-31", years(12), years(8), "is not more than 8 years"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := assess(t, legacyMember(t, pension.Section1995, c.born, c.last, years(20)))
			l := a.Legacy
			assert.Equal(t, c.prospective, l.Prospective, "prospective %s", l.Prospective)
			assert.Equal(t, c.enhancement, l.Enhancement, "enhancement %s", l.Enhancement)
			assert.Equal(t, years(20)+c.enhancement, l.Total)
			assert.True(t, hasFinding(a.Findings, "PEN-3", c.finding), "no finding with %q in %q", c.finding, texts(a.Findings))
		})
	}
}

// TestPEN3_2008NoMinimum: the 2008 Section has no minimum enhancement, even
// for membership ending before April 2016.
func TestPEN3_2008NoMinimum(t *testing.T) {
	a := assess(t, legacyMember(t, pension.Section2008, "1953-01-01", "2014-12-31", years(10)))
	assert.Equal(t, years(3), a.Legacy.Prospective)
	assert.Equal(t, years(2), a.Legacy.Enhancement)
}

// TestPEN3_MembershipLimits: the 1995 Section's 40 years at 1 April 2008 and
// the 45-year limit on the total.
func TestPEN3_MembershipLimits(t *testing.T) {
	t.Run("40 years at 1 April 2008: the excess is not counted", func(t *testing.T) {
		m := legacyMember(t, pension.Section1995, "1960-06-01", "2018-05-31", years(42))
		m.Legacy.At2008 = years(41)
		m.Legacy.Pay = dec("40000")
		a := assess(t, m)
		l := a.Legacy
		assert.Equal(t, years(41), l.Membership)
		assert.Equal(t, years(2), l.Prospective)
		assert.Equal(t, pension.YearsDays(1, 121), l.Enhancement) // 2/3 of 2 years = 486⅔ days → 486
		assert.Equal(t, pension.YearsDays(42, 121), l.Total)
		assert.Equal(t, "20500.00", l.Tier1.Pension.StringFixed(2)) // 41/80 × 40,000
		assert.True(t, hasFinding(a.Findings, "PEN-3", "1 year is not counted"), texts(a.Findings))
	})
	t.Run("at most 40 years at 1 April 2008: all counted", func(t *testing.T) {
		m := legacyMember(t, pension.Section1995, "1960-06-01", "2018-05-31", years(42))
		m.Legacy.At2008 = years(40)
		assert.Equal(t, years(42), assess(t, m).Legacy.Membership)
	})
	t.Run("1995: the total is at most 45 years", func(t *testing.T) {
		m := legacyMember(t, pension.Section1995, "1959-06-01", "2018-05-31", pension.YearsDays(44, 300))
		m.Legacy.At2008 = years(35)
		a := assess(t, m)
		assert.Equal(t, years(1), a.Legacy.Prospective)
		assert.Equal(t, 65*pension.Day, a.Legacy.Enhancement, "2/3 of a year (243 days) limited to the 65 days left")
		assert.Equal(t, years(45), a.Legacy.Total)
	})
	t.Run("2008: the total is at most 45 years", func(t *testing.T) {
		a := assess(t, legacyMember(t, pension.Section2008, "1955-01-01", "2016-12-31", years(44)))
		assert.Equal(t, years(3), a.Legacy.Prospective)
		assert.Equal(t, years(1), a.Legacy.Enhancement)
		assert.Equal(t, years(45), a.Legacy.Total)
	})
	t.Run("already at 45 years: no enhancement", func(t *testing.T) {
		a := assess(t, legacyMember(t, pension.Section2008, "1955-01-01", "2016-12-31", years(45)))
		assert.Equal(t, pension.Membership(0), a.Legacy.Enhancement)
		assert.Equal(t, years(45), a.Legacy.Total)
	})
}

// TestPEN3_PartTime: part-time service reduces the enhancement by the
// policy's method, rounding down to a whole day.
func TestPEN3_PartTime(t *testing.T) {
	part := func(p pension.Policy, wholeTime pension.Membership, fte string) pension.LegacyAward {
		m := legacyMember(t, pension.Section1995, "1972-06-01", "2020-05-31", years(20))
		m.Legacy.WholeTime = wholeTime
		if fte != "" {
			m.Legacy.FinalFTE = dec(fte)
		}
		a, err := pension.Assess(m, p)
		require.NoError(t, err)
		return *a.Legacy
	}
	hr14 := pension.HR14()
	// Default: 8 years × 20 credited ÷ 25 whole-time = 6 years 146 days.
	l := part(hr14, years(25), "0.6")
	assert.Equal(t, pension.YearsDays(6, 146), l.Enhancement)
	assert.Equal(t, pension.YearsDays(26, 146), l.Total)
	// Never part-time: no reduction.
	assert.Equal(t, years(8), part(hr14, 0, "").Enhancement)
	assert.Equal(t, years(8), part(hr14, years(20), "").Enhancement)
	// Rounded down: 8 years × 20 ÷ 21 = 2780.95… days → 2780.
	assert.Equal(t, pension.Membership(2780), part(hr14, years(21), "").Enhancement)

	// The final-FTE method: 8 years × 0.6 = 4 years 292 days.
	fte := pension.HR14()
	fte.PartTime = pension.PartTimeFinalFTE
	assert.Equal(t, pension.YearsDays(4, 292), part(fte, years(25), "0.6").Enhancement)
	assert.Equal(t, years(8), part(fte, years(25), "").Enhancement, "zero FTE means whole-time")
	assert.Equal(t, years(8), part(fte, years(25), "1").Enhancement)
}

// TestPEN3_PartTimeAfterMinimum: the minimum is found first, then reduced
// for part-time service ("any extra membership they get will be reduced").
func TestPEN3_PartTimeAfterMinimum(t *testing.T) {
	m := legacyMember(t, pension.Section1995, "1960-04-01", "2015-03-31", years(15))
	m.Legacy.WholeTime = years(30)
	a := assess(t, m)
	assert.Equal(t, years(2), a.Legacy.Enhancement) // 4 years × 15/30
}

// TestPEN3_Scheme2015Formula: the Tier 2 addition is 1/2 × (final pensionable
// earnings ÷ 54) × assumed years to normal pension age.
func TestPEN3_Scheme2015Formula(t *testing.T) {
	a := assess(t, scheme2015Member(t))
	require.Equal(t, pension.Tier2, a.Tier)
	s := a.Scheme2015
	require.NotNil(t, s)
	assert.Equal(t, d(t, "2047-03-10"), s.NormalPensionDate, "State Pension age 67, after 65")
	assert.Equal(t, years(23), s.Assumed)
	// 0.5 × 36,000 / 54 × 23 = 7,666.666… → 7,666.67
	assert.Equal(t, "7666.67", s.Addition.StringFixed(2))
	assert.Equal(t, "5000.00", s.BuiltUp.StringFixed(2))
	assert.Equal(t, "12666.67", s.Pension.StringFixed(2))
	assert.Nil(t, a.Legacy)
	last := a.Findings[len(a.Findings)-1]
	assert.Equal(t, "PEN-3", last.Rule.ID)
	assert.Contains(t, last.Rule.Clause, "unconfirmed")

	t.Run("years and days", func(t *testing.T) {
		m := scheme2015Member(t)
		m.LastDay = d(t, "2024-07-31") // assumed 2024-08-01 .. 2047-03-09: 22 years 221 days
		s := assess(t, m).Scheme2015
		assert.Equal(t, pension.YearsDays(22, 221), s.Assumed)
		// 36,000 × 8251 days ÷ (2 × 54 × 365) = 7,535.159… → 7,535.16
		assert.Equal(t, "7535.16", s.Addition.StringFixed(2))
	})
	t.Run("State Pension age before 65: 65 applies", func(t *testing.T) {
		m := scheme2015Member(t)
		m.Scheme2015.StatePension = d(t, "2044-03-10") // 64
		s := assess(t, m).Scheme2015
		assert.Equal(t, d(t, "2045-03-10"), s.NormalPensionDate)
		assert.Equal(t, years(21), s.Assumed)
	})
	t.Run("the fraction is a parameter", func(t *testing.T) {
		p := pension.HR14()
		p.Scheme2015.Enhancement = pension.Fraction{Num: 1, Den: 1}
		a, err := pension.Assess(scheme2015Member(t), p)
		require.NoError(t, err)
		assert.Equal(t, "15333.33", a.Scheme2015.Addition.StringFixed(2))
	})
}

// TestPEN3_Mixed: a member with legacy and 2015 membership gets the legacy
// benefits as Tier 1 and the Tier 2 addition on the 2015 benefits only.
func TestPEN3_Mixed(t *testing.T) {
	a := assess(t, mixedMember(t))
	require.Equal(t, pension.Tier2, a.Tier)
	l, s := a.Legacy, a.Scheme2015
	require.NotNil(t, l)
	require.NotNil(t, s)
	assert.Equal(t, pension.Membership(0), l.Enhancement, "legacy benefits are Tier 1")
	assert.Equal(t, years(20), l.Total)
	assert.Equal(t, "9000.00", l.Awarded.Pension.StringFixed(2)) // 20/80 × 36,000
	assert.Equal(t, *l.Tier1, *l.Awarded)
	assert.Equal(t, years(20), s.Assumed) // to 67 on 2044-03-10
	// 0.5 × 36,000 / 54 × 20 = 6,666.666… → 6,666.67
	assert.Equal(t, "6666.67", s.Addition.StringFixed(2))
	assert.Equal(t, "11466.67", s.Pension.StringFixed(2))
	var mixed bool
	for _, f := range a.Findings {
		mixed = mixed || f.Rule.Clause == "NHSBSA KA-05129"
	}
	assert.True(t, mixed, texts(a.Findings))

	t.Run("past the legacy normal pension age, under the 2015 one", func(t *testing.T) {
		m := mixedMember(t)
		m.Born = d(t, "1962-03-10") // 62 on retirement; 2015 NPA at 67 in 2029
		m.Scheme2015.StatePension = d(t, "2029-03-10")
		a := assess(t, m)
		assert.Equal(t, pension.Tier2, a.Tier)
		assert.Equal(t, pension.Membership(0), a.Legacy.Prospective)
		assert.Equal(t, years(5), a.Scheme2015.Assumed)
	})
}

// TestPEN3_Invariants: for any valid whole-time legacy member, the
// enhancement is never more than the prospective membership, Tier 2 never
// pays less than Tier 1, and the total never passes 45 years.
func TestPEN3_Invariants(t *testing.T) {
	p := pension.HR14()
	for i := 0; i < 2000; i++ {
		// A deterministic spread of ages, lengths and leaving dates.
		born := d(t, "1950-01-01").AddDays(i * 97 % 15000)
		last := d(t, "2008-04-01").AddDays(i * 131 % 6500)
		if !last.After(born.AddMonths(12 * 18)) {
			continue
		}
		s := pension.Section1995
		if i%2 == 1 {
			s = pension.Section2008
		}
		m := pension.Member{Born: born, LastDay: last, Medical: tier2,
			Legacy: &pension.LegacyService{Section: s, Membership: pension.Membership(i * 53 % int(years(40))), Pay: dec("31234.56")}}
		if i%3 == 0 {
			m.Legacy.WholeTime = m.Legacy.Membership + pension.Membership(i%4000)
		}
		a, err := pension.Assess(m, p)
		require.NoError(t, err)
		if !a.Eligible() {
			continue
		}
		l := a.Legacy
		require.LessOrEqual(t, l.Enhancement, l.Prospective, "%+v", m)
		require.GreaterOrEqual(t, l.Enhancement, pension.Membership(0))
		require.LessOrEqual(t, l.Total, years(45))
		require.Equal(t, l.Membership+l.Enhancement, l.Total)
		require.True(t, l.Awarded.Pension.GreaterThanOrEqual(l.Tier1.Pension))
		if m.Legacy.WholeTime == 0 && l.Total < years(45) {
			require.GreaterOrEqual(t, l.Enhancement, pension.Fraction{Num: 2, Den: 3}.Of(l.Prospective))
		}
	}
}
