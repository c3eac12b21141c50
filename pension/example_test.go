package pension_test

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/shopspring/decimal"
)

func mustDate(s string) absence.Date {
	d, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// App 12's second 1995 Section example: Tier 2 at 55 with 30 years, leaving
// before April 2016, so the 4-year minimum applies.
func ExampleAssess() {
	m := pension.Member{
		ID:      "E1001",
		Born:    mustDate("1960-04-01"),
		LastDay: mustDate("2015-03-31"),
		Medical: pension.Medical{NHSJob: true, RegularEmployment: true},
		Legacy: &pension.LegacyService{
			Section:    pension.Section1995,
			Membership: 30 * pension.Year,
			Pay:        decimal.NewFromInt(30000),
		},
	}
	a, err := pension.Assess(m, pension.HR14())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s at %d: %s + %s = %s\n", a.Tier, a.Age, a.Legacy.Membership, a.Legacy.Enhancement, a.Legacy.Total)
	for _, f := range a.Findings {
		fmt.Println("-", f)
	}
	// Output:
	// Tier 2 at 55: 30 years + 4 years = 34 years
	// - qualifying service 30 years (the scheme membership): at least the 2 years needed — PEN-1 (HR14 App 12, Qualifying conditions)
	// - the scheme medical adviser accepted permanent incapacity for the NHS employment and for regular employment of like duration: Tier 2, the benefits earned to date enhanced by part of the prospective membership to normal pension age — PEN-3 (HR14 App 12, Benefits (Tier 2))
	// - 1995 Section prospective membership from 2015-04-01 to the day before normal pension age 60 (2020-04-01): 5 years — PEN-3 (HR14 App 12, Benefits (Tier 2))
	// - enhancement 2/3 of 5 years = 3 years 121 days — PEN-3 (HR14 App 12, Benefits (Tier 2))
	// - membership ended on 2015-03-31, on or before 2016-03-31: the minimum enhancement is 4 years, more than 3 years 121 days: enhancement 4 years — PEN-3 (HR14 App 12, 1995 section; 1995 reg E2A (SI 2008/654 reg 11); NHSBSA 17011)
	// - 1995 Section total membership 34 years (30 years actual + 4 years enhancement) — PEN-3 (HR14 App 12, Benefits (Tier 2))
	// - 1995 Section pension £30,000.00 × 34 years ÷ 80 = £12,750.00 a year; lump sum 3 × pension = £38,250.00 (before enhancement, on 30 years: £11,250.00 a year and £33,750.00) — PEN-3 (HR14 App 12, Benefits (Tier 2))
}

// A member with 1995 Section and 2015 Scheme membership: the legacy benefits
// are Tier 1, the Tier 2 addition is on the 2015 benefits.
func ExampleAssess_mixed() {
	m := pension.Member{
		Born:    mustDate("1977-03-10"),
		LastDay: mustDate("2024-03-09"),
		Medical: pension.Medical{NHSJob: true, RegularEmployment: true},
		Legacy: &pension.LegacyService{
			Section:    pension.Section1995,
			Membership: 20 * pension.Year,
			Pay:        decimal.NewFromInt(36000),
		},
		Scheme2015: &pension.Service2015{
			Membership:    8 * pension.Year,
			BuiltUp:       decimal.NewFromInt(4800),
			FinalEarnings: decimal.NewFromInt(36000),
			StatePension:  mustDate("2044-03-10"),
		},
	}
	a, _ := pension.Assess(m, pension.HR14())
	fmt.Println(a.Tier)
	fmt.Println("1995 Section:", a.Legacy.Total, "pension", a.Legacy.Awarded.Pension.StringFixed(2))
	fmt.Println("2015 Scheme: built up", a.Scheme2015.BuiltUp.StringFixed(2),
		"+ addition", a.Scheme2015.Addition.StringFixed(2), "=", a.Scheme2015.Pension.StringFixed(2))
	// Output:
	// Tier 2
	// 1995 Section: 20 years pension 9000.00
	// 2015 Scheme: built up 4800.00 + addition 6666.67 = 11466.67
}

// A Tier 2 pensioner takes a job paying £600 a month from May 2025; the
// pension is paid on the 8th of each month.
func ExampleConvertTier2() {
	var earnings []pension.Earning
	for m := 0; m < 12; m++ {
		month := mustDate("2025-05-01").AddMonths(m)
		paid := absence.Date{Year: month.Year, Month: month.Month, Day: absence.DaysIn(month.Year, month.Month)}
		earnings = append(earnings, pension.Earning{Paid: paid, Amount: decimal.NewFromInt(600)})
	}
	c, err := pension.ConvertTier2(pension.Reemployment{Tier: pension.Tier2, Earnings: earnings, PayDay: 8}, pension.HR14())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Tier 1 from", c.From.LongDate())
	for _, f := range c.Findings {
		fmt.Println("-", f)
	}
	// Output:
	// Tier 1 from Wednesday 8 April 2026
	// - re-employment earnings in tax year 2025/26 reached £6,600.00 on 2026-03-31, more than the Lower Earnings Limit of £6,500.00 (£125.00 a week; HMRC rates and thresholds 2025 to 2026) — PEN-4 (HR14 App 12, Re-employment; 2008 reg 2.G.4)
	// - the Tier 2 pension is replaced by a Tier 1 pension from the next pension payment date after 2026-03-31: 2026-04-08 — PEN-4 (HR14 App 12, Re-employment; 2008 reg 2.G.4)
}

func ExampleRequalify() {
	d, _ := pension.Requalify(pension.Requalification{
		NormalPensionDate: mustDate("2040-01-01"),
		Substituted:       mustDate("2026-04-08"),
		EmploymentEnded:   mustDate("2026-12-31"),
		MedicalAccepted:   true,
	}, pension.HR14())
	fmt.Println(d.Met)
	fmt.Println(d.Findings[len(d.Findings)-1].Text)
	// Output:
	// true
	// Tier 2 is regained (once only)
}

func ExamplePensionable() {
	d, _ := pension.Pensionable(pension.Rejoin{
		Section:  pension.Section1995,
		Tier:     pension.Tier2,
		Born:     mustDate("1977-01-20"),
		Returned: mustDate("2026-03-02"),
	}, pension.HR14())
	fmt.Println(d.Met)
	fmt.Println(d.Findings[0].Text)
	// Output:
	// false
	// 1995 Section, Tier 2 pension: aged 49 on return to NHS employment on 2026-03-02; must be under 49: not met
}

func ExampleAbate() {
	a, _ := pension.Abate(pension.Abatement{
		On:                mustDate("2026-06-01"),
		NormalPensionDate: mustDate("2032-06-01"),
		Pension:           decimal.NewFromInt(13500),
		Enhancement:       decimal.NewFromInt(3000),
		Earnings:          decimal.NewFromInt(29000),
		PreRetirement:     decimal.NewFromInt(30000),
	}, pension.HR14())
	fmt.Println(a.Reduction, a.Pension)
	fmt.Println(a.Findings[0].Text)
	// Output:
	// 2000 11500
	// earnings £29,000.00 + unearned portion £3,000.00 exceed the earnings before retirement of £30,000.00 by £2,000.00: the pension is abated by £2,000.00
}

func ExampleExchange() {
	l, _ := pension.Exchange(pension.SeriousIllHealth{
		Pension:        decimal.NewFromInt(10000),
		MaximumLumpSum: decimal.NewFromInt(50000),
	}, pension.HR14())
	fmt.Println(l.Amount.StringFixed(2))
	fmt.Println(l.Findings[0].Text)
	// Output:
	// 79166.67
	// £4,166.67 of pension gives the maximum permitted lump sum of £50,000.00 at 12:1; the other £5,833.33 is exchanged at 5:1: lump sum £79,166.67
}

func ExampleCreditPurchase() {
	c, _ := pension.CreditPurchase(pension.Purchase{
		Kind:    pension.AdditionalPension,
		Started: mustDate("2025-09-01"),
		Applied: mustDate("2026-03-16"),
	}, pension.HR14())
	fmt.Println(c.Credit)
	// Output: void (payments refunded)
}

func ExampleBetween() {
	fmt.Println(pension.Between(mustDate("2020-06-01"), mustDate("2032-06-01")))
	fmt.Println(pension.Fraction{Num: 2, Den: 3}.Of(10 * pension.Year))
	// Output:
	// 12 years
	// 6 years 243 days
}

func ExampleParseMembership() {
	m, _ := pension.ParseMembership("3y121d")
	fmt.Println(m, int(m), "days")
	// Output: 3 years 121 days 1216 days
}
