package pension_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPEN5_Abatement: reduction = min(unearned, max(0, earnings + unearned −
// pre-retirement earnings)), none from normal pension age.
func TestPEN5_Abatement(t *testing.T) {
	base := pension.Abatement{
		On:                d(t, "2026-06-01"),
		NormalPensionDate: d(t, "2035-01-01"),
		Pension:           dec("10000"),
		Enhancement:       dec("3000"),
		EarlyPayment:      dec("1000"),
		PreRetirement:     dec("30000"),
	}
	cases := []struct {
		name      string
		edit      func(*pension.Abatement)
		reduction string
		pension   string
		finding   string
	}{
		{"earnings + unearned below pre-retirement", func(a *pension.Abatement) { a.Earnings = dec("20000") }, "0.00", "10000.00", "no abatement"},
		{"exactly equal: no excess", func(a *pension.Abatement) { a.Earnings = dec("26000") }, "0.00", "10000.00", "no abatement"},
		{"excess within the unearned portion", func(a *pension.Abatement) { a.Earnings = dec("28000") }, "2000.00", "8000.00", "abated by £2,000.00"},
		{"excess over the unearned portion: capped", func(a *pension.Abatement) { a.Earnings = dec("40000") }, "4000.00", "6000.00", "at most the unearned portion: £4,000.00"},
		{"Tier 1: only the early-payment part is unearned", func(a *pension.Abatement) {
			a.Enhancement = dec("0")
			a.EarlyPayment = dec("1500")
			a.Earnings = dec("40000")
		}, "1500.00", "8500.00", "at most the unearned portion"},
		{"rounded once, half up", func(a *pension.Abatement) { a.Earnings = dec("28000.005") }, "2000.01", "7999.99", "abated"},
		{"at normal pension age: none", func(a *pension.Abatement) {
			a.Earnings = dec("40000")
			a.On = a.NormalPensionDate
		}, "0.00", "10000.00", "reached normal pension age"},
		{"the day before normal pension age: abated", func(a *pension.Abatement) {
			a.Earnings = dec("40000")
			a.On = a.NormalPensionDate.AddDays(-1)
		}, "4000.00", "6000.00", "abat"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := base
			c.edit(&a)
			got, err := pension.Abate(a, pension.HR14())
			require.NoError(t, err)
			assert.Equal(t, c.reduction, got.Reduction.StringFixed(2))
			assert.Equal(t, c.pension, got.Pension.StringFixed(2))
			assert.True(t, hasFinding(got.Findings, "PEN-5", c.finding), texts(got.Findings))
		})
	}
}

func TestPEN5_InvalidAbatement(t *testing.T) {
	ok := pension.Abatement{On: d(t, "2026-06-01"), NormalPensionDate: d(t, "2035-01-01"), Pension: dec("1000"), Enhancement: dec("100")}
	cases := []struct {
		name string
		edit func(*pension.Abatement)
		err  pension.Error
	}{
		{"unearned over the pension", func(a *pension.Abatement) { a.EarlyPayment = dec("901") }, pension.ErrInconsistent},
		{"negative earnings", func(a *pension.Abatement) { a.Earnings = dec("-1") }, pension.ErrNegative},
		{"negative pension", func(a *pension.Abatement) { a.Pension = dec("-1") }, pension.ErrNegative},
		{"no date", func(a *pension.Abatement) { a.On = absence.Date{} }, pension.ErrMissing},
		{"invalid date", func(a *pension.Abatement) { a.On = absence.Date{Year: 2026, Month: 4, Day: 31} }, pension.ErrInvalidDate},
		{"no normal pension date", func(a *pension.Abatement) { a.NormalPensionDate = absence.Date{} }, pension.ErrMissing},
	}
	for _, c := range cases {
		a := ok
		c.edit(&a)
		_, err := pension.Abate(a, pension.HR14())
		assert.ErrorIs(t, err, c.err, c.name)
	}
}

// TestPEN5_FromAnAward: the unearned enhancement comes from the award.
func TestPEN5_FromAnAward(t *testing.T) {
	m := legacyMember(t, pension.Section1995, "1972-06-01", "2020-05-31", years(28))
	m.Legacy.Pay = dec("30000")
	l := assess(t, m).Legacy
	got, err := pension.Abate(pension.Abatement{
		On: d(t, "2021-01-01"), NormalPensionDate: l.NormalPensionDate,
		Pension: l.Awarded.Pension, Enhancement: l.EnhancementPension(),
		Earnings: dec("29000"), PreRetirement: dec("30000"),
	}, pension.HR14())
	require.NoError(t, err)
	assert.Equal(t, "2000.00", got.Reduction.StringFixed(2)) // 29,000 + 3,000 − 30,000
	assert.Equal(t, "11500.00", got.Pension.StringFixed(2))
}
