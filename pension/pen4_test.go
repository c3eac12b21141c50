package pension_test

import (
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// monthly returns n payments of amount on day day of each month from the
// month of first (the last day of shorter months).
func monthly(t testing.TB, first string, day, n int, amount string) []pension.Earning {
	t.Helper()
	start := d(t, first)
	var out []pension.Earning
	for i := 0; i < n; i++ {
		m := absence.Date{Year: start.Year, Month: start.Month, Day: 1}.AddMonths(i)
		paid := absence.Date{Year: m.Year, Month: m.Month, Day: min(day, absence.DaysIn(m.Year, m.Month))}
		out = append(out, pension.Earning{Paid: paid, Amount: dec(amount)})
	}
	return out
}

func convert(t testing.TB, r pension.Reemployment) pension.Conversion {
	t.Helper()
	c, err := pension.ConvertTier2(r, pension.HR14())
	require.NoError(t, err)
	return c
}

// TestPEN4_EarningsOverLEL: a Tier 2 pension becomes Tier 1 from the next
// payment date after earnings go over the LEL in a tax year.
func TestPEN4_EarningsOverLEL(t *testing.T) {
	// £600 a month from May 2025: £6,600 on 31 March 2026 > £6,500 (2025/26).
	c := convert(t, pension.Reemployment{Tier: pension.Tier2, Earnings: monthly(t, "2025-05-31", 31, 12, "600"), PayDay: 8})
	assert.True(t, c.Converts, texts(c.Findings))
	assert.Equal(t, d(t, "2026-03-31"), c.Exceeded)
	assert.Equal(t, d(t, "2026-04-08"), c.From)
	assert.True(t, c.Anniversary.IsZero())
	assert.True(t, hasFinding(c.Findings, "PEN-4", "more than the Lower Earnings Limit of £6,500.00"), texts(c.Findings))

	t.Run("exactly the LEL is not more than it", func(t *testing.T) {
		e := []pension.Earning{{Paid: d(t, "2025-06-30"), Amount: dec("6500.00")}}
		assert.False(t, convert(t, pension.Reemployment{Tier: pension.Tier2, Earnings: e, PayDay: 8}).Converts)
		e[0].Amount = dec("6500.01")
		c := convert(t, pension.Reemployment{Tier: pension.Tier2, Earnings: e, PayDay: 8})
		assert.True(t, c.Converts)
		assert.Equal(t, d(t, "2025-07-08"), c.From)
	})
	t.Run("each tax year on its own", func(t *testing.T) {
		e := []pension.Earning{
			{Paid: d(t, "2025-04-06"), Amount: dec("6000")}, // 2025/26
			{Paid: d(t, "2025-04-05"), Amount: dec("6000")}, // 2024/25, given out of order
		}
		c := convert(t, pension.Reemployment{Tier: pension.Tier2, Earnings: e, PayDay: 8})
		assert.False(t, c.Converts, texts(c.Findings))
		assert.True(t, hasFinding(c.Findings, "PEN-4", "tax year 2024/25: £6,000.00, not more than the Lower Earnings Limit of £6,396.00"), texts(c.Findings))
	})
	t.Run("each year's own figure", func(t *testing.T) {
		// £6,600 is over 2025/26's £6,500 but not 2026/27's £6,708.
		e := []pension.Earning{{Paid: d(t, "2026-05-01"), Amount: dec("6600")}}
		assert.False(t, convert(t, pension.Reemployment{Tier: pension.Tier2, Earnings: e, PayDay: 8}).Converts)
	})
}

// TestPEN4_NHSAnniversary: 12 months' NHS re-employment converts the pension
// whatever the earnings, from the first payment date after the anniversary.
func TestPEN4_NHSAnniversary(t *testing.T) {
	r := pension.Reemployment{Tier: pension.Tier2, NHSStart: d(t, "2025-01-15"), Earnings: monthly(t, "2025-02-15", 15, 24, "300"), PayDay: 15}
	c := convert(t, r)
	assert.True(t, c.Converts, texts(c.Findings))
	assert.Equal(t, d(t, "2026-01-15"), c.Anniversary)
	assert.True(t, c.Exceeded.IsZero())
	assert.Equal(t, d(t, "2026-02-15"), c.From, "a payment on the anniversary itself is not after it")

	t.Run("ended the day before the anniversary", func(t *testing.T) {
		r := r
		r.NHSEnd = d(t, "2026-01-14")
		c := convert(t, r)
		assert.False(t, c.Converts, texts(c.Findings))
		assert.True(t, hasFinding(c.Findings, "PEN-4", "Tier 2 continues"))
	})
	t.Run("still employed on the anniversary", func(t *testing.T) {
		r := r
		r.NHSEnd = d(t, "2026-01-15")
		assert.Equal(t, d(t, "2026-02-15"), convert(t, r).From)
	})
	t.Run("whichever is first: earnings before the anniversary", func(t *testing.T) {
		r := r
		r.Earnings = []pension.Earning{{Paid: d(t, "2025-09-30"), Amount: dec("7000")}}
		c := convert(t, r)
		assert.Equal(t, d(t, "2025-09-30"), c.Exceeded)
		assert.Equal(t, d(t, "2025-10-15"), c.From)
	})
	t.Run("whichever is first: the anniversary before earnings", func(t *testing.T) {
		r := r
		r.Earnings = []pension.Earning{{Paid: d(t, "2026-03-01"), Amount: dec("7000")}}
		c := convert(t, r)
		assert.True(t, c.Exceeded.IsZero(), "earnings after the anniversary are not looked at")
		assert.Equal(t, d(t, "2026-02-15"), c.From)
	})
	t.Run("earnings after the anniversary need no LEL", func(t *testing.T) {
		r := r
		r.Earnings = []pension.Earning{{Paid: d(t, "2031-03-01"), Amount: dec("7000")}}
		assert.Equal(t, d(t, "2026-02-15"), convert(t, r).From)
	})
	t.Run("the months are a parameter", func(t *testing.T) {
		p := pension.HR14()
		p.Reemployment.NHSMonths = 6
		c, err := pension.ConvertTier2(r, p)
		require.NoError(t, err)
		assert.Equal(t, d(t, "2025-07-15"), c.Anniversary)
		assert.Equal(t, d(t, "2025-08-15"), c.From)
	})
}

// TestPEN4_NotConverted: a Tier 1 pension, or one exchanged for a lump sum,
// is not converted.
func TestPEN4_NotConverted(t *testing.T) {
	big := []pension.Earning{{Paid: d(t, "2025-06-30"), Amount: dec("20000")}}
	for _, r := range []pension.Reemployment{
		{Tier: pension.Tier1, Earnings: big, PayDay: 8},
		{Tier: pension.Tier2, Commuted: true, Earnings: big, PayDay: 8},
	} {
		c := convert(t, r)
		assert.False(t, c.Converts)
		assert.True(t, c.From.IsZero())
		assert.Len(t, c.Findings, 1)
	}
}

// TestPEN4_UnknownTaxYear: a tax year the LEL table does not hold is an
// error, never a guess.
func TestPEN4_UnknownTaxYear(t *testing.T) {
	for _, paid := range []string{"2024-04-05", "2027-04-06"} {
		_, err := pension.ConvertTier2(pension.Reemployment{Tier: pension.Tier2, PayDay: 8,
			Earnings: []pension.Earning{{Paid: d(t, paid), Amount: dec("1")}}}, pension.HR14())
		assert.ErrorIs(t, err, pension.ErrUnknownTaxYear, paid)
	}
	_, err := pension.HR14().LowerEarningsLimit(2023)
	assert.ErrorIs(t, err, pension.ErrUnknownTaxYear)
	l, err := pension.HR14().LowerEarningsLimit(2025)
	require.NoError(t, err)
	assert.Equal(t, "6500", l.Annual.String())
	assert.Equal(t, "125", l.Weekly.String())
	assert.Equal(t, d(t, "2025-04-06"), l.ValidFrom)
	assert.NotEmpty(t, l.Source)
}

// TestPEN4_PaymentDates: the next pension payment date after the trigger.
func TestPEN4_PaymentDates(t *testing.T) {
	over := func(paid string) []pension.Earning {
		return []pension.Earning{{Paid: d(t, paid), Amount: dec("9000")}}
	}
	// Monthly on the 31st: the last day of shorter months.
	assert.Equal(t, d(t, "2026-02-28"), convert(t, pension.Reemployment{Tier: pension.Tier2, Earnings: over("2026-02-10"), PayDay: 31}).From)
	assert.Equal(t, d(t, "2026-03-31"), convert(t, pension.Reemployment{Tier: pension.Tier2, Earnings: over("2026-02-28"), PayDay: 31}).From)
	assert.Equal(t, d(t, "2026-01-01"), convert(t, pension.Reemployment{Tier: pension.Tier2, Earnings: over("2025-12-31"), PayDay: 1}).From)
	// A host calendar of payment dates.
	dates := []absence.Date{d(t, "2026-01-23"), d(t, "2026-02-25"), d(t, "2026-03-25")}
	r := pension.Reemployment{Tier: pension.Tier2, Earnings: over("2026-01-23"), PayDates: dates}
	assert.Equal(t, d(t, "2026-02-25"), convert(t, r).From)
	r.Earnings = over("2026-03-25")
	_, err := pension.ConvertTier2(r, pension.HR14())
	assert.ErrorIs(t, err, pension.ErrNoPayDate)
}

// TestPEN4_InvalidReemployment: bad input is a typed error.
func TestPEN4_InvalidReemployment(t *testing.T) {
	ok := pension.Reemployment{Tier: pension.Tier2, PayDay: 8}
	cases := []struct {
		name string
		edit func(*pension.Reemployment)
		err  pension.Error
	}{
		{"no tier", func(r *pension.Reemployment) { r.Tier = pension.NoTier }, pension.ErrTier},
		{"no pay day", func(r *pension.Reemployment) { r.PayDay = 0 }, pension.ErrMissing},
		{"pay day 32", func(r *pension.Reemployment) { r.PayDay = 32 }, pension.ErrMissing},
		{"end without start", func(r *pension.Reemployment) { r.NHSEnd = d(t, "2026-01-01") }, pension.ErrMissing},
		{"end before start", func(r *pension.Reemployment) {
			r.NHSStart, r.NHSEnd = d(t, "2026-01-02"), d(t, "2026-01-01")
		}, pension.ErrDateOrder},
		{"invalid start", func(r *pension.Reemployment) { r.NHSStart = absence.Date{Year: 2026, Month: 2, Day: 30} }, pension.ErrInvalidDate},
		{"invalid earning date", func(r *pension.Reemployment) { r.Earnings = []pension.Earning{{Amount: dec("1")}} }, pension.ErrInvalidDate},
		{"negative earning", func(r *pension.Reemployment) {
			r.Earnings = []pension.Earning{{Paid: d(t, "2025-06-01"), Amount: dec("-1")}}
		}, pension.ErrNegative},
		{"pay dates out of order", func(r *pension.Reemployment) {
			r.PayDates = []absence.Date{d(t, "2026-02-01"), d(t, "2026-02-01")}
		}, pension.ErrDateOrder},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := ok
			c.edit(&r)
			_, err := pension.ConvertTier2(r, pension.HR14())
			assert.ErrorIs(t, err, c.err)
			var ie *pension.InputError
			assert.ErrorAs(t, err, &ie)
		})
	}
}

// TestPEN4_Requalify: Tier 2 can be regained once, if under normal pension
// age, the employment ended within 12 months of the substitute Tier 1 pension
// and the medical adviser accepts the Tier 2 condition again.
func TestPEN4_Requalify(t *testing.T) {
	base := pension.Requalification{
		NormalPensionDate: d(t, "2040-01-01"),
		Substituted:       d(t, "2026-04-08"),
		Exceeded:          d(t, "2026-03-31"),
		EmploymentEnded:   d(t, "2027-04-07"),
		MedicalAccepted:   true,
	}
	cases := []struct {
		name   string
		edit   func(*pension.Requalification)
		policy func(*pension.Policy)
		met    bool
	}{
		{"all conditions met", func(*pension.Requalification) {}, nil, true},
		{"ended 12 months after the substitute pension", func(q *pension.Requalification) { q.EmploymentEnded = d(t, "2027-04-08") }, nil, false},
		{"already regained once", func(q *pension.Requalification) { q.RegainedBefore = true }, nil, false},
		{"medical adviser does not accept", func(q *pension.Requalification) { q.MedicalAccepted = false }, nil, false},
		{"not under normal pension age", func(q *pension.Requalification) { q.NormalPensionDate = d(t, "2027-04-07") }, nil, false},
		{"employment not ended", func(q *pension.Requalification) { q.EmploymentEnded = absence.Date{} }, nil, false},
		{"ended before the substitute pension", func(q *pension.Requalification) { q.EmploymentEnded = d(t, "2026-04-01") }, nil, true},
		{"from exceeding the LEL: too late", func(*pension.Requalification) {}, func(p *pension.Policy) { p.Reemployment.RequalifyFrom = pension.FromExceedingLEL }, false},
		{"from exceeding the LEL: in time", func(q *pension.Requalification) { q.EmploymentEnded = d(t, "2027-03-30") },
			func(p *pension.Policy) { p.Reemployment.RequalifyFrom = pension.FromExceedingLEL }, true},
		{"from exceeding the LEL, converted by the NHS anniversary", func(q *pension.Requalification) { q.Exceeded = absence.Date{} },
			func(p *pension.Policy) { p.Reemployment.RequalifyFrom = pension.FromExceedingLEL }, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q, p := base, pension.HR14()
			c.edit(&q)
			if c.policy != nil {
				c.policy(&p)
			}
			dec, err := pension.Requalify(q, p)
			require.NoError(t, err)
			assert.Equal(t, c.met, dec.Met, texts(dec.Findings))
			for _, f := range dec.Findings {
				assert.Equal(t, "PEN-4", f.Rule.ID)
			}
		})
	}
	_, err := pension.Requalify(pension.Requalification{NormalPensionDate: d(t, "2040-01-01")}, pension.HR14())
	assert.ErrorIs(t, err, pension.ErrMissing)
	q := base
	q.Exceeded = d(t, "2026-05-01")
	_, err = pension.Requalify(q, pension.HR14())
	assert.ErrorIs(t, err, pension.ErrDateOrder)
}

// TestPEN4_Pensionable: whether NHS re-employment is pensionable.
func TestPEN4_Pensionable(t *testing.T) {
	born := d(t, "1975-06-15")
	at := func(age int) absence.Date { return born.AddMonths(12 * age) }
	cases := []struct {
		name string
		r    pension.Rejoin
		met  bool
	}{
		{"1995 Tier 1 at 49", pension.Rejoin{Section: pension.Section1995, Tier: pension.Tier1, Returned: at(50).AddDays(-1)}, true},
		{"1995 Tier 1 at 50", pension.Rejoin{Section: pension.Section1995, Tier: pension.Tier1, Returned: at(50)}, false},
		{"1995 Tier 2 at 48", pension.Rejoin{Section: pension.Section1995, Tier: pension.Tier2, Returned: at(49).AddDays(-1)}, true},
		{"1995 Tier 2 at 49", pension.Rejoin{Section: pension.Section1995, Tier: pension.Tier2, Returned: at(49)}, false},
		{"1995 commuted is not a 1995 test", pension.Rejoin{Section: pension.Section1995, Tier: pension.Tier1, Returned: at(40), Commuted: true, Membership: years(45)}, true},
		{"2008 Tier 1 at 74", pension.Rejoin{Section: pension.Section2008, Tier: pension.Tier1, Returned: at(75).AddDays(-1), Membership: years(20)}, true},
		{"2008 Tier 1 at 75", pension.Rejoin{Section: pension.Section2008, Tier: pension.Tier1, Returned: at(75), Membership: years(20)}, false},
		{"2008 at 74", pension.Rejoin{Section: pension.Section2008, Tier: pension.Tier2, Returned: at(75).AddDays(-1), Membership: years(20)}, true},
		{"2008 at 75", pension.Rejoin{Section: pension.Section2008, Tier: pension.Tier2, Returned: at(75), Membership: years(20)}, false},
		{"2008 with 45 years", pension.Rejoin{Section: pension.Section2008, Tier: pension.Tier1, Returned: at(60), Membership: years(45)}, false},
		{"2008 one day under 45 years", pension.Rejoin{Section: pension.Section2008, Tier: pension.Tier1, Returned: at(60), Membership: years(45) - 1}, true},
		{"2008 commuted", pension.Rejoin{Section: pension.Section2008, Tier: pension.Tier1, Returned: at(60), Commuted: true}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.r.Born = born
			dec, err := pension.Pensionable(c.r, pension.HR14())
			require.NoError(t, err)
			assert.Equal(t, c.met, dec.Met, texts(dec.Findings))
		})
	}
	_, err := pension.Pensionable(pension.Rejoin{Section: pension.Scheme2015, Tier: pension.Tier1, Born: born, Returned: at(50)}, pension.HR14())
	assert.ErrorIs(t, err, pension.ErrSection)
	_, err = pension.Pensionable(pension.Rejoin{Section: pension.Section1995, Tier: pension.Tier1, Born: born, Returned: at(-1)}, pension.HR14())
	assert.ErrorIs(t, err, pension.ErrDateOrder)
}

func TestTaxYear(t *testing.T) {
	assert.Equal(t, pension.TaxYear(2025), pension.TaxYearOf(d(t, "2026-04-05")))
	assert.Equal(t, pension.TaxYear(2026), pension.TaxYearOf(d(t, "2026-04-06")))
	assert.Equal(t, pension.TaxYear(2025), pension.TaxYearOf(d(t, "2025-12-31")))
	assert.Equal(t, "2025/26", pension.TaxYear(2025).String())
	assert.Equal(t, "2099/00", pension.TaxYear(2099).String())
	assert.Equal(t, "2008/09", pension.TaxYear(2008).String())
	y := pension.TaxYear(2025)
	assert.Equal(t, absence.Date{Year: 2025, Month: time.April, Day: 6}, y.Start())
	assert.Equal(t, absence.Date{Year: 2026, Month: time.April, Day: 5}, y.End())
}
