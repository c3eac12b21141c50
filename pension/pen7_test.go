package pension_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPEN7_Purchases: credited in full after more than 12 months, void
// (refunded) within 12 months.
func TestPEN7_Purchases(t *testing.T) {
	cases := []struct {
		name string
		p    pension.Purchase
		want pension.Credit
	}{
		{"additional pension, applied exactly 12 months on: void", pension.Purchase{Kind: pension.AdditionalPension, Started: d(t, "2025-01-10"), Applied: d(t, "2026-01-10")}, pension.CreditVoid},
		{"additional pension, a day more: full", pension.Purchase{Kind: pension.AdditionalPension, Started: d(t, "2025-01-10"), Applied: d(t, "2026-01-11")}, pension.CreditFull},
		{"lump-sum purchase within 12 months: void", pension.Purchase{Kind: pension.AdditionalPensionLumpSum, Started: d(t, "2025-06-30"), Applied: d(t, "2025-12-01")}, pension.CreditVoid},
		{"lump-sum purchase more than 12 months before: full", pension.Purchase{Kind: pension.AdditionalPensionLumpSum, Started: d(t, "2020-06-30"), Applied: d(t, "2025-12-01")}, pension.CreditFull},
		{"added years, under normal pension age: full", pension.Purchase{Kind: pension.AddedYears, Started: d(t, "2010-04-01"), Applied: d(t, "2025-12-01"),
			Retires: d(t, "2026-02-01"), NormalPensionDate: d(t, "2030-01-01")}, pension.CreditFull},
		{"added years, at normal pension age: not in full", pension.Purchase{Kind: pension.AddedYears, Started: d(t, "2010-04-01"), Applied: d(t, "2025-12-01"),
			Retires: d(t, "2026-02-01"), NormalPensionDate: d(t, "2026-02-01")}, pension.CreditPaid},
		{"added years within 12 months: void", pension.Purchase{Kind: pension.AddedYears, Started: d(t, "2025-04-01"), Applied: d(t, "2025-12-01"),
			Retires: d(t, "2026-02-01"), NormalPensionDate: d(t, "2030-01-01")}, pension.CreditVoid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := pension.CreditPurchase(c.p, pension.HR14())
			require.NoError(t, err)
			assert.Equal(t, c.want, got.Credit, texts(got.Findings))
			assert.Equal(t, "PEN-7", got.Findings[0].Rule.ID)
		})
	}
	// The months are a parameter.
	p := pension.HR14()
	p.PurchaseMonths = 6
	got, err := pension.CreditPurchase(pension.Purchase{Kind: pension.AdditionalPension, Started: d(t, "2025-01-10"), Applied: d(t, "2025-07-11")}, p)
	require.NoError(t, err)
	assert.Equal(t, pension.CreditFull, got.Credit)
}

func TestPEN7_InvalidPurchase(t *testing.T) {
	cases := []struct {
		name string
		p    pension.Purchase
		err  pension.Error
	}{
		{"no kind", pension.Purchase{Started: d(t, "2025-01-10"), Applied: d(t, "2026-01-11")}, pension.ErrKind},
		{"applied before starting", pension.Purchase{Kind: pension.AdditionalPension, Started: d(t, "2025-01-10"), Applied: d(t, "2025-01-09")}, pension.ErrDateOrder},
		{"no start", pension.Purchase{Kind: pension.AdditionalPension, Applied: d(t, "2025-01-09")}, pension.ErrMissing},
		{"invalid start", pension.Purchase{Kind: pension.AdditionalPension, Started: absence.Date{Year: 2025, Month: 13, Day: 1}, Applied: d(t, "2025-01-09")}, pension.ErrInvalidDate},
		{"added years without normal pension age", pension.Purchase{Kind: pension.AddedYears, Started: d(t, "2020-01-10"), Applied: d(t, "2025-01-09"), Retires: d(t, "2025-02-01")}, pension.ErrMissing},
		{"added years without retirement", pension.Purchase{Kind: pension.AddedYears, Started: d(t, "2020-01-10"), Applied: d(t, "2025-01-09"), NormalPensionDate: absence.Date{Year: 2030, Month: 1, Day: 1}}, pension.ErrMissing},
	}
	for _, c := range cases {
		_, err := pension.CreditPurchase(c.p, pension.HR14())
		assert.ErrorIs(t, err, c.err, c.name)
	}
}
