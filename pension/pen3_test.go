package pension_test

import (
	"testing"

	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPEN3_WorkedExamples is the table of App 12's four Tier 2 examples
// (RULES.md PEN-3). "Age 48" is the age on the first day of retirement: the
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
