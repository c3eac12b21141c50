package pension_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/shopspring/decimal"
)

// typed fails the test unless err is an *InputError wrapping a pension.Error.
func typed(t *testing.T, err error) {
	t.Helper()
	var ie *pension.InputError
	var class pension.Error
	if !errors.As(err, &ie) || !errors.As(err, &class) {
		t.Fatalf("untyped error %T: %v", err, err)
	}
}

// FuzzAssess feeds arbitrary members to Assess: it must never panic, every
// failure must be a typed input error, and every award must keep the limits.
func FuzzAssess(f *testing.F) {
	f.Add(int32(-6000), int32(18412), uint8(1), int32(10220), int32(0), int32(0), int32(0), true, true, false, int32(0), int32(0), int64(3000000))
	f.Add(int32(-3600), int32(16525), uint8(1), int32(10950), int32(0), int32(12000), int32(0), true, true, false, int32(0), int32(0), int64(0))
	f.Add(int32(-2000), int32(19700), uint8(2), int32(1095), int32(0), int32(0), int32(0), true, false, true, int32(2000), int32(27000), int64(-5))
	f.Add(int32(0), int32(0), uint8(9), int32(-1), int32(20000), int32(1), int32(-3), false, true, true, int32(99999), int32(-1), int64(1))
	f.Add(int32(-9000), int32(18000), uint8(1), int32(15000), int32(14900), int32(0), int32(400), true, true, true, int32(1000), int32(26000), int64(4200000))
	p := pension.HR14()
	f.Fuzz(func(t *testing.T, born, last int32, section uint8, membership, at2008, wholeTime, qualifying int32,
		nhsJob, regular, has2015 bool, m2015, spa int32, pay int64) {
		m := pension.Member{
			Born:              absence.FromUnixDays(int(born)),
			LastDay:           absence.FromUnixDays(int(last)),
			Medical:           pension.Medical{NHSJob: nhsJob, RegularEmployment: regular},
			QualifyingService: pension.Membership(qualifying),
		}
		if section != 0 {
			m.Legacy = &pension.LegacyService{
				Section:    pension.Section(section % 4),
				Membership: pension.Membership(membership),
				At2008:     pension.Membership(at2008),
				WholeTime:  pension.Membership(wholeTime),
				Pay:        decimal.New(pay, -2),
			}
		}
		if has2015 {
			m.Scheme2015 = &pension.Service2015{
				Membership:    pension.Membership(m2015),
				BuiltUp:       decimal.New(pay/40, -2),
				FinalEarnings: decimal.New(pay, -2),
				StatePension:  absence.FromUnixDays(int(spa)),
			}
		}
		a, err := pension.Assess(m, p)
		if err != nil {
			typed(t, err)
			return
		}
		if a.Tier > pension.Tier2 || (a.Tier == pension.NoTier) != (a.Legacy == nil && a.Scheme2015 == nil) {
			t.Fatalf("tier %v with legacy %v and 2015 %v", a.Tier, a.Legacy, a.Scheme2015)
		}
		if len(a.Findings) == 0 {
			t.Fatal("no findings")
		}
		if l := a.Legacy; l != nil {
			limit := p.Section1995.Limit
			if l.Section == pension.Section2008 {
				limit = p.Section2008.Limit
			}
			switch {
			case l.Enhancement < 0 || l.Enhancement > l.Prospective:
				t.Fatalf("enhancement %v outside 0..%v", l.Enhancement, l.Prospective)
			case l.Total != l.Membership+l.Enhancement || l.Total > limit:
				t.Fatalf("total %v = %v + %v over %v", l.Total, l.Membership, l.Enhancement, limit)
			case a.Tier != pension.Tier2 && l.Enhancement != 0:
				t.Fatalf("%v with an enhancement", a.Tier)
			case m.Scheme2015 != nil && l.Enhancement != 0:
				t.Fatal("a mixed member's legacy benefits were enhanced")
			case l.Awarded != nil && l.Awarded.Pension.LessThan(l.Tier1.Pension):
				t.Fatal("Tier 2 pays less than Tier 1")
			}
		}
		if s := a.Scheme2015; s != nil {
			if !s.Pension.Equal(s.BuiltUp.Add(s.Addition)) || s.Addition.IsNegative() {
				t.Fatalf("2015 pension %v ≠ %v + %v", s.Pension, s.BuiltUp, s.Addition)
			}
		}
	})
}

// FuzzParseMembership: any text either parses to a membership that
// round-trips through MarshalText, or gives a typed error.
func FuzzParseMembership(f *testing.F) {
	for _, s := range []string{"28y", "3y121d", "3y 121d", "0d", "-2y5d", "", "y", "1y400d", "999999y", "12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := pension.ParseMembership(s)
		if err != nil {
			typed(t, err)
			return
		}
		b, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		back, err := pension.ParseMembership(string(b))
		if err != nil || back != m {
			t.Fatalf("%q → %v → %q → %v, %v", s, m, b, back, err)
		}
	})
}

// FuzzConvertTier2: arbitrary re-employment never panics; a conversion is
// always from a payment date after its trigger.
func FuzzConvertTier2(f *testing.F) {
	f.Add(uint8(2), int32(20100), int32(0), int32(20200), int64(70000000), int32(20300), int64(1), uint8(8))
	f.Add(uint8(2), int32(0), int32(0), int32(20300), int64(650000), int32(20301), int64(1), uint8(31))
	f.Add(uint8(1), int32(20100), int32(20000), int32(-5), int64(-1), int32(0), int64(0), uint8(0))
	p := pension.HR14()
	f.Fuzz(func(t *testing.T, tier uint8, start, end, paid1 int32, amount1 int64, paid2 int32, amount2 int64, payDay uint8) {
		r := pension.Reemployment{Tier: pension.Tier(tier % 4), PayDay: int(payDay)}
		if start != 0 {
			r.NHSStart = absence.FromUnixDays(int(start))
		}
		if end != 0 {
			r.NHSEnd = absence.FromUnixDays(int(end))
		}
		r.Earnings = []pension.Earning{
			{Paid: absence.FromUnixDays(int(paid1)), Amount: decimal.New(amount1, -2)},
			{Paid: absence.FromUnixDays(int(paid2)), Amount: decimal.New(amount2, -2)},
		}
		c, err := pension.ConvertTier2(r, p)
		if err != nil {
			typed(t, err)
			return
		}
		if !c.Converts {
			if !c.From.IsZero() {
				t.Fatal("a date without a conversion")
			}
			return
		}
		trigger := c.Exceeded
		if trigger.IsZero() || !c.Anniversary.IsZero() && c.Anniversary.Before(trigger) {
			trigger = c.Anniversary
		}
		// The next monthly payment is in the trigger's month or the next one.
		if after := (absence.Date{Year: trigger.Year, Month: trigger.Month, Day: 1}).AddMonths(2); !c.From.After(trigger) || !c.From.Before(after) {
			t.Fatalf("converted from %v for a trigger on %v", c.From, trigger)
		}
	})
}
