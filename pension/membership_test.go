package pension_test

import (
	"errors"
	"math"
	"testing"

	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMembershipString(t *testing.T) {
	cases := map[pension.Membership]string{
		0:                         "0 days",
		pension.Day:               "1 day",
		pension.Year:              "1 year",
		pension.YearsDays(1, 1):   "1 year 1 day",
		pension.YearsDays(3, 121): "3 years 121 days",
		years(28):                 "28 years",
		-pension.YearsDays(2, 5):  "-2 years 5 days",
	}
	for m, want := range cases {
		assert.Equal(t, want, m.String())
	}
}

func TestBetweenCountsAnniversaries(t *testing.T) {
	cases := []struct {
		from, to string
		want     pension.Membership
	}{
		{"2020-06-01", "2032-06-01", years(12)},                  // three leap days inside: still 12 years
		{"2020-06-02", "2032-06-01", pension.YearsDays(11, 365)}, // 2031-06-02..2032-05-31 holds 29 Feb 2032
		{"2015-04-01", "2020-04-01", years(5)},
		{"2016-04-02", "2018-06-01", pension.YearsDays(2, 60)},
		{"2024-02-29", "2025-02-28", years(1)}, // anniversary of 29 Feb is 28 Feb
		{"2024-02-29", "2024-03-01", pension.Day},
		{"2020-01-01", "2020-01-01", 0},
		{"2020-01-02", "2020-01-01", 0},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, pension.Between(d(t, c.from), d(t, c.to)), "%s..%s", c.from, c.to)
	}
	assert.Equal(t, years(12), pension.Span(d(t, "2020-06-01"), d(t, "2032-05-31")))
	assert.Equal(t, pension.Day, pension.Span(d(t, "2020-06-01"), d(t, "2020-06-01")))
}

// TestFractionRoundsDown: a fraction of membership never credits a part day.
func TestFractionRoundsDown(t *testing.T) {
	two3 := pension.Fraction{Num: 2, Den: 3}
	assert.Equal(t, years(8), two3.Of(years(12)))
	assert.Equal(t, pension.YearsDays(6, 243), two3.Of(years(10))) // 6 2/3 years: 243⅓ days → 243
	assert.Equal(t, pension.YearsDays(3, 121), two3.Of(years(5)))
	assert.Equal(t, pension.Membership(0), two3.Of(pension.Day))
	assert.Equal(t, pension.Membership(1), pension.Fraction{Num: 1, Den: 2}.Of(3*pension.Day))
	assert.Equal(t, "2/3", two3.String())
	assert.Equal(t, pension.Membership(-2), two3.Of(-2*pension.Day), "rounded down, towards the past")
	assert.Equal(t, pension.Membership(0), pension.Fraction{}.Of(years(3)), "no denominator: no panic")
	huge := pension.Membership(math.MaxInt) // MaxInt % 3 == 1 on 32- and 64-bit
	assert.Equal(t, huge/3*2, two3.Of(huge), "no overflow")
}

func TestParseMembership(t *testing.T) {
	good := map[string]pension.Membership{
		"28y":      years(28),
		"3y121d":   pension.YearsDays(3, 121),
		"3y 121d":  pension.YearsDays(3, 121),
		"121d":     121,
		"0d":       0,
		"1y400d":   pension.YearsDays(2, 35),
		"-2y5d":    -pension.YearsDays(2, 5),
		" 4y":      years(4),
		"0y0d":     0,
		"1000y":    years(1000),
		"99999d":   99999,
		"0001y01d": pension.YearsDays(1, 1),
	}
	for s, want := range good {
		got, err := pension.ParseMembership(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, got, s)
	}
	for _, s := range []string{"", "y", "d", "12", "3d2y", "3y2", "3 years", "3y 2d ", "+3y", "--3y", "1001y", "1234567d", "3y-2d"} {
		_, err := pension.ParseMembership(s)
		require.Error(t, err, s)
		var ie *pension.InputError
		require.True(t, errors.As(err, &ie), s)
		assert.True(t, errors.Is(err, pension.ErrSyntax) || errors.Is(err, pension.ErrMembershipLimit), "%q: %v", s, err)
	}
}

func TestMembershipText(t *testing.T) {
	for _, m := range []pension.Membership{0, 1, 364, pension.Year, pension.YearsDays(3, 121), years(45), -pension.YearsDays(2, 5), -3} {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back pension.Membership
		require.NoError(t, back.UnmarshalText(b), string(b))
		assert.Equal(t, m, back, string(b))
	}
	b, _ := pension.YearsDays(3, 121).MarshalText()
	assert.Equal(t, "3y121d", string(b))
}
