package pension_test

import (
	"encoding/json"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/shopspring/decimal"
)

// Fuzz targets for the inputs FuzzAssess, FuzzParseMembership and
// FuzzConvertTier2 do not reach: the text codes, a policy read from JSON,
// and the inputs of Requalify, Pensionable, Abate, Exchange and
// CreditPurchase. Each must never panic, and every failure must be a typed
// *InputError.

// day returns a date from a fuzzed number of days after 1 January 1970.
func day(n int32) absence.Date { return absence.FromUnixDays(int(n)) }

// optional returns the zero Date for 0, else day(n).
func optional(n int32) absence.Date {
	if n == 0 {
		return absence.Date{}
	}
	return day(n)
}

// FuzzUnmarshalTextCodes: a section, tier, knob, purchase, credit or
// membership code either parses and marshals back to itself (a membership:
// to a code that parses the same), or is refused with a typed error.
func FuzzUnmarshalTextCodes(f *testing.F) {
	for _, s := range []string{"1995", "2008", "2015", "none", "tier1", "tier2", "tier3", "", "3y121d", "-0d", "1995 ",
		"membership", "final-fte", "substitute-pension", "exceeding-lel", "added-years", "additional-pension",
		"additional-pension-lump-sum", "full", "void", "paid"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(u interface{ UnmarshalText([]byte) error }, m func() ([]byte, error)) {
			if err := u.UnmarshalText([]byte(s)); err != nil {
				typed(t, err)
				return
			}
			if b, err := m(); err != nil || string(b) != s {
				t.Fatalf("%q → %q, %v", s, b, err)
			}
		}
		var (
			pt pension.PartTimeMethod
			rq pension.RequalifyStart
			pk pension.PurchaseKind
			cr pension.Credit
		)
		// The marshal funcs read the value after UnmarshalText has set it.
		check(&pt, func() ([]byte, error) { return pt.MarshalText() })
		check(&rq, func() ([]byte, error) { return rq.MarshalText() })
		check(&pk, func() ([]byte, error) { return pk.MarshalText() })
		check(&cr, func() ([]byte, error) { return cr.MarshalText() })
		var sec pension.Section
		if err := sec.UnmarshalText([]byte(s)); err != nil {
			typed(t, err)
		} else if b, err := sec.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("section %q → %q, %v", s, b, err)
		}
		var tier pension.Tier
		if err := tier.UnmarshalText([]byte(s)); err != nil {
			typed(t, err)
		} else if b, err := tier.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("tier %q → %q, %v", s, b, err)
		}
		var m pension.Membership
		if err := m.UnmarshalText([]byte(s)); err != nil {
			typed(t, err)
			return
		}
		b, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back pension.Membership
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Fatalf("membership %q → %v → %q → %v, %v", s, m, b, back, err)
		}
	})
}

// FuzzPolicyJSON: JSON read over the HR14 policy (a host's overrides)
// either fails to decode, fails Validate with a typed error, or works:
// Assess and ConvertTier2 with it never panic and fail only with typed
// errors.
//
// The seeds are small patches, not a whole policy: Go's fuzzer stalls on
// seeds of a few kilobytes.
func FuzzPolicyJSON(f *testing.F) {
	for _, s := range []string{
		`{}`,
		`{"qualifyingService":"0d","tiersFrom":"1900-01-01","partTime":"final-fte"}`,
		`{"section1995":{"normalPensionAge":120,"enhancement":{"num":1000,"den":1000},"minimum":"100y","limit":"100y","earlyLimit":"0d"}}`,
		`{"section2008":{"normalPensionAge":16,"enhancement":{"num":2,"den":0}}}`,
		`{"scheme2015":{"from":"2015-04-01","minimumPensionAge":16,"enhancement":{"num":1,"den":1},"accrual":1}}`,
		`{"lel":[{"validFrom":"2025-04-06","weekly":"125","annual":"6500","source":"s"},{"validFrom":"2025-04-06","weekly":"1","annual":"1","source":"s"}]}`,
		`{"reemployment":{"nhsMonths":1200,"requalifyMonths":1,"requalifyFrom":"exceeding-lel"},"seriousIllHealth":{"upToMaximum":1000,"beyond":0},"purchaseMonths":0}`,
	} {
		f.Add([]byte(s))
	}
	members := []pension.Member{
		{Born: mustDate("1960-04-01"), LastDay: mustDate("2015-03-31"), Medical: pension.Medical{NHSJob: true, RegularEmployment: true},
			Legacy: &pension.LegacyService{Section: pension.Section1995, Membership: 30 * pension.Year, WholeTime: 32 * pension.Year, Pay: decimal.NewFromInt(30000)}},
		{Born: mustDate("1977-03-10"), LastDay: mustDate("2024-03-09"), Medical: pension.Medical{NHSJob: true, RegularEmployment: true},
			Legacy:     &pension.LegacyService{Section: pension.Section2008, Membership: 10 * pension.Year, FinalFTE: decimal.RequireFromString("0.6")},
			Scheme2015: &pension.Service2015{Membership: 8 * pension.Year, BuiltUp: decimal.NewFromInt(4800), FinalEarnings: decimal.NewFromInt(36000), StatePension: mustDate("2044-03-10")}},
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := pension.HR14()
		if err := json.Unmarshal(data, &p); err != nil {
			return // not a policy
		}
		if err := p.Validate(); err != nil {
			typed(t, err)
			return
		}
		for _, m := range members {
			if _, err := pension.Assess(m, p); err != nil {
				typed(t, err)
			}
		}
		r := pension.Reemployment{Tier: pension.Tier2, NHSStart: mustDate("2025-05-01"), PayDay: 8,
			Earnings: []pension.Earning{{Paid: mustDate("2025-06-30"), Amount: decimal.NewFromInt(7000)}}}
		if _, err := pension.ConvertTier2(r, p); err != nil {
			typed(t, err)
		}
	})
}

// FuzzRequalify: arbitrary requests never panic; Tier 2 is regained only if
// every condition holds.
func FuzzRequalify(f *testing.F) {
	f.Add(int32(25568), int32(20551), int32(20543), int32(20915), true, false, false)
	f.Add(int32(25568), int32(20551), int32(0), int32(20916), true, false, true)
	f.Add(int32(0), int32(-1), int32(30000), int32(0), false, true, true)
	f.Fuzz(func(t *testing.T, npa, substituted, exceeded, ended int32, medical, regained, fromLEL bool) {
		q := pension.Requalification{NormalPensionDate: optional(npa), Substituted: optional(substituted), Exceeded: optional(exceeded),
			EmploymentEnded: optional(ended), MedicalAccepted: medical, RegainedBefore: regained}
		p := pension.HR14()
		if fromLEL {
			p.Reemployment.RequalifyFrom = pension.FromExceedingLEL
		}
		got, err := pension.Requalify(q, p)
		if err != nil {
			typed(t, err)
			return
		}
		if got.Met && (!medical || regained || q.EmploymentEnded.IsZero() || !q.EmploymentEnded.Before(q.NormalPensionDate)) {
			t.Fatalf("regained against a condition: %+v", q)
		}
		if len(got.Findings) == 0 {
			t.Fatal("no findings")
		}
	})
}

// FuzzPensionable: arbitrary returns to NHS work never panic; a pensionable
// return is always under the section's age for the tier.
func FuzzPensionable(f *testing.F) {
	f.Add(uint8(1), uint8(1), int32(2000), int32(20000), int32(3650), false)
	f.Add(uint8(2), uint8(2), int32(-3000), int32(24000), int32(16425), true)
	f.Add(uint8(3), uint8(0), int32(0), int32(0), int32(-1), false)
	p := pension.HR14()
	f.Fuzz(func(t *testing.T, section, tier uint8, born, returned, membership int32, commuted bool) {
		r := pension.Rejoin{Section: pension.Section(section % 4), Tier: pension.Tier(tier % 4), Born: optional(born), Returned: optional(returned),
			Membership: pension.Membership(membership), Commuted: commuted}
		got, err := pension.Pensionable(r, p)
		if err != nil {
			typed(t, err)
			return
		}
		rules := p.Section1995
		if r.Section == pension.Section2008 {
			rules = p.Section2008
		}
		under := rules.RejoinUnderTier1
		if r.Tier == pension.Tier2 {
			under = rules.RejoinUnderTier2
		}
		if got.Met && !r.Returned.Before(r.Born.AddMonths(12*under)) {
			t.Fatalf("pensionable at or over %d: %+v", under, r)
		}
		if got.Met && r.Section == pension.Section2008 && (commuted || r.Membership >= rules.RejoinLimit) {
			t.Fatalf("2008 Section pensionable against a condition: %+v", r)
		}
	})
}

// FuzzAbate: arbitrary abatement tests never panic; the reduction is never
// negative, never more than the unearned portion, nothing from normal
// pension age, and the pension after it adds up to the penny.
func FuzzAbate(f *testing.F) {
	f.Add(int32(20605), int32(23742), int64(1000000), int64(300000), int64(100000), int64(2800000), int64(3000000))
	f.Add(int32(23742), int32(23742), int64(1000000), int64(300000), int64(100000), int64(4000000), int64(3000000))
	f.Add(int32(0), int32(-5), int64(-1), int64(5), int64(-7), int64(0), int64(1))
	p := pension.HR14()
	f.Fuzz(func(t *testing.T, on, npa int32, pen, enh, early, earnings, pre int64) {
		a := pension.Abatement{On: optional(on), NormalPensionDate: optional(npa), Pension: decimal.New(pen, -3),
			Enhancement: decimal.New(enh, -3), EarlyPayment: decimal.New(early, -3), Earnings: decimal.New(earnings, -3), PreRetirement: decimal.New(pre, -3)}
		got, err := pension.Abate(a, p)
		if err != nil {
			typed(t, err)
			return
		}
		switch {
		case got.Reduction.IsNegative(), got.Reduction.GreaterThan(got.Unearned), !got.Reduction.Equal(got.Reduction.Round(2)):
			t.Fatalf("reduction %v, unearned %v", got.Reduction, got.Unearned)
		case !a.On.Before(a.NormalPensionDate) && !got.Reduction.IsZero():
			t.Fatalf("abated by %v at normal pension age", got.Reduction)
		case !got.Pension.Equal(a.Pension.Round(2).Sub(got.Reduction)), got.Pension.IsNegative():
			t.Fatalf("pension %v ≠ %v − %v", got.Pension, a.Pension.Round(2), got.Reduction)
		}
	})
}

// FuzzExchange: arbitrary lump-sum requests never panic; the two parts of
// the pension add up to it to the penny and the lump sum is between 5 and 12
// times the pension.
func FuzzExchange(f *testing.F) {
	f.Add(int64(1000000), int64(6000000))
	f.Add(int64(1000001), int64(5000000))
	f.Add(int64(1), int64(1))
	f.Add(int64(-1), int64(0))
	p := pension.HR14()
	f.Fuzz(func(t *testing.T, pen, maximum int64) {
		s := pension.SeriousIllHealth{Pension: decimal.New(pen, -3), MaximumLumpSum: decimal.New(maximum, -3)}
		got, err := pension.Exchange(s, p)
		if err != nil {
			typed(t, err)
			return
		}
		penny := decimal.New(1, -2)
		low := s.Pension.Mul(decimal.NewFromInt(5)).Sub(penny)
		high := s.Pension.Mul(decimal.NewFromInt(12)).Add(penny)
		switch {
		case !got.AtFullRate.Add(got.AtLowerRate).Equal(s.Pension.Round(2)):
			t.Fatalf("%v + %v ≠ %v", got.AtFullRate, got.AtLowerRate, s.Pension.Round(2))
		case got.AtFullRate.IsNegative(), got.AtLowerRate.IsNegative():
			t.Fatalf("parts %v, %v", got.AtFullRate, got.AtLowerRate)
		case got.Amount.LessThan(low), got.Amount.GreaterThan(high), !got.Amount.Equal(got.Amount.Round(2)):
			t.Fatalf("lump sum %v for a pension of %v", got.Amount, s.Pension)
		}
	})
}

// FuzzCreditPurchase: arbitrary purchases never panic; a purchase is
// credited in full only after more than 12 months.
func FuzzCreditPurchase(f *testing.F) {
	f.Add(uint8(1), int32(14700), int32(20423), int32(20485), int32(21915))
	f.Add(uint8(2), int32(20098), int32(20463), int32(0), int32(0))
	f.Add(uint8(3), int32(20269), int32(20423), int32(0), int32(0))
	f.Add(uint8(0), int32(0), int32(-1), int32(5), int32(5))
	p := pension.HR14()
	f.Fuzz(func(t *testing.T, kind uint8, started, applied, retires, npa int32) {
		pu := pension.Purchase{Kind: pension.PurchaseKind(kind % 5), Started: optional(started), Applied: optional(applied),
			Retires: optional(retires), NormalPensionDate: optional(npa)}
		got, err := pension.CreditPurchase(pu, p)
		if err != nil {
			typed(t, err)
			return
		}
		if got.Credit == pension.CreditFull && !pu.Applied.After(pu.Started.AddMonths(p.PurchaseMonths)) {
			t.Fatalf("credited in full within %d months: %+v", p.PurchaseMonths, pu)
		}
		if got.Credit < pension.CreditFull || got.Credit > pension.CreditPaid {
			t.Fatalf("credit %v", got.Credit)
		}
	})
}
