package pension_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// decEqual compares decimals by value, so 1.50 equals 1.5.
var decEqual = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// diff is cmp.Diff with the decimal comparer.
func diff(want, got any, opts ...cmp.Option) string {
	return cmp.Diff(want, got, append([]cmp.Option{decEqual}, opts...)...)
}

// d parses a date in a test, failing the test on a typo.
func d(t testing.TB, s string) absence.Date {
	t.Helper()
	v, err := absence.ParseDate(s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return v
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func years(n int) pension.Membership { return pension.Membership(n) * pension.Year }

// tier2 is the scheme medical adviser accepting both conditions.
var tier2 = pension.Medical{NHSJob: true, RegularEmployment: true}

// tier1 is the medical adviser accepting the NHS-job condition only.
var tier1 = pension.Medical{NHSJob: true}

// legacyMember is a whole-time legacy-only member born on born whose
// membership ends on lastDay.
func legacyMember(t testing.TB, s pension.Section, born, lastDay string, membership pension.Membership) pension.Member {
	t.Helper()
	return pension.Member{
		ID:      "M1",
		Born:    d(t, born),
		LastDay: d(t, lastDay),
		Medical: tier2,
		Legacy:  &pension.LegacyService{Section: s, Membership: membership},
	}
}

// assess runs Assess with the HR14 policy, failing the test on an error.
func assess(t testing.TB, m pension.Member) pension.Award {
	t.Helper()
	a, err := pension.Assess(m, pension.HR14())
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return a
}

// hasFinding reports whether a finding of rule id contains text.
func hasFinding(fs []absence.Finding, id, text string) bool {
	for _, f := range fs {
		if f.Rule.ID == id && strings.Contains(f.Text, text) {
			return true
		}
	}
	return false
}

// texts returns the findings as strings, for failure messages.
func texts(fs []absence.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.String())
	}
	return out
}

// mixedMember has 20 years of 1995 Section membership and 8 years of 2015
// Scheme membership, leaving at 47 with Tier 2.
func mixedMember(t testing.TB) pension.Member {
	t.Helper()
	return pension.Member{
		ID:      "M1",
		Born:    d(t, "1977-03-10"),
		LastDay: d(t, "2024-03-09"),
		Medical: tier2,
		Legacy:  &pension.LegacyService{Section: pension.Section1995, Membership: years(20), Pay: dec("36000")},
		Scheme2015: &pension.Service2015{
			Membership:    years(8),
			BuiltUp:       dec("4800.00"),
			FinalEarnings: dec("36000"),
			StatePension:  d(t, "2044-03-10"), // State Pension age 67
		},
	}
}

// scheme2015Member is a 2015-only member aged 44 on retirement on
// 2024-03-10, State Pension age 67 (2047-03-10), final pensionable earnings
// £36,000, £5,000 a year built up.
func scheme2015Member(t testing.TB) pension.Member {
	t.Helper()
	return pension.Member{
		ID:      "M1",
		Born:    d(t, "1980-03-10"),
		LastDay: d(t, "2024-03-09"),
		Medical: tier2,
		Scheme2015: &pension.Service2015{
			Membership:    years(8),
			BuiltUp:       dec("5000"),
			FinalEarnings: dec("36000"),
			StatePension:  d(t, "2047-03-10"),
		},
	}
}
