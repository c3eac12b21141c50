package pension

import (
	"strconv"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A TaxYear is a UK tax year, named by the calendar year in which it starts:
// TaxYear(2025) is 2025/26, 6 April 2025 to 5 April 2026.
type TaxYear int

// TaxYearOf returns the tax year that holds d.
func TaxYearOf(d absence.Date) TaxYear {
	if d.Month < time.April || d.Month == time.April && d.Day < 6 {
		return TaxYear(d.Year - 1)
	}
	return TaxYear(d.Year)
}

// Start returns 6 April of the tax year.
func (y TaxYear) Start() absence.Date { return date(int(y), time.April, 6) }

// End returns 5 April of the following calendar year.
func (y TaxYear) End() absence.Date { return date(int(y)+1, time.April, 5) }

// String returns e.g. "2025/26".
func (y TaxYear) String() string {
	next := (int(y) + 1) % 100
	s := strconv.Itoa(int(y)) + "/"
	if next < 10 {
		s += "0"
	}
	return s + strconv.Itoa(next)
}

// An LEL is the National Insurance Lower Earnings Limit for one tax year, a
// dated parameter with its source. A Tier 2 pensioner who earns more than the
// annual figure in a tax year has the pension replaced by Tier 1 (PEN-4).
type LEL struct {
	// ValidFrom is the first day of the tax year the figures are for (6
	// April).
	ValidFrom absence.Date    `json:"validFrom"`
	Weekly    decimal.Decimal `json:"weekly"` // pounds a week
	// Annual is the test figure for a tax year's earnings: 52 weeks of the
	// weekly limit (£6,500 for 2025/26).
	Annual decimal.Decimal `json:"annual"`
	Source string          `json:"source"` // where the figures come from
}

// TaxYear returns the tax year the figures are for.
func (l LEL) TaxYear() TaxYear { return TaxYearOf(l.ValidFrom) }

// lelTable returns the LEL figures by tax year, each with its source.
func lelTable() []LEL {
	return []LEL{
		{date(2024, time.April, 6), decimal.NewFromInt(123), decimal.NewFromInt(6396),
			"HMRC rates and thresholds 2024 to 2025 (the NI LEL, which is also the SSP lower earnings limit: GOV.UK SSP rates data)"},
		{date(2025, time.April, 6), decimal.NewFromInt(125), decimal.NewFromInt(6500),
			"HMRC rates and thresholds 2025 to 2026"},
		{date(2026, time.April, 6), decimal.NewFromInt(129), decimal.NewFromInt(6708),
			"2026 to 2027 figure from secondary sources"},
	}
}

func validateLEL(table []LEL) error {
	for i, l := range table {
		bad := func(field, value string) error {
			return &InputError{Input: "policy", Index: i, Field: "LEL." + field, Value: value, Err: ErrInvalidPolicy}
		}
		switch {
		case !l.ValidFrom.IsValid() || l.ValidFrom != l.TaxYear().Start():
			return bad("ValidFrom", l.ValidFrom.String()+" is not 6 April")
		case i > 0 && l.TaxYear() <= table[i-1].TaxYear():
			return bad("ValidFrom", l.ValidFrom.String()+" is not after the entry before")
		case !l.Weekly.IsPositive():
			return bad("Weekly", l.Weekly.String())
		case !l.Annual.IsPositive():
			return bad("Annual", l.Annual.String())
		}
	}
	return nil
}

// LowerEarningsLimit returns the LEL for tax year y, or an error wrapping
// [ErrUnknownTaxYear] if the policy has no figure for it: hr14 never carries
// a figure into a year it was not set for.
func (p Policy) LowerEarningsLimit(y TaxYear) (LEL, error) {
	for _, l := range p.LEL {
		if l.TaxYear() == y {
			return l, nil
		}
	}
	return LEL{}, inputErr("policy", "LEL", ErrUnknownTaxYear, y.String())
}
