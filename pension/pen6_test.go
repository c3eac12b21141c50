package pension_test

import (
	"testing"

	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPEN6_Exchange: £12 per £1 of pension up to the maximum permitted lump
// sum, £5 per £1 beyond.
func TestPEN6_Exchange(t *testing.T) {
	cases := []struct {
		name, pension, maximum string
		full, lower, amount    string
	}{
		{"all within the maximum", "1000", "20000", "1000.00", "0.00", "12000.00"},
		{"exactly the maximum", "5000", "60000", "5000.00", "0.00", "60000.00"},
		{"half over the maximum", "10000", "60000", "5000.00", "5000.00", "85000.00"},
		// 50,000 + 5 × (10,000 − 4,166.666…) = 79,166.666… → 79,166.67
		{"a maximum that is not a whole multiple", "10000", "50000", "4166.67", "5833.33", "79166.67"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := pension.Exchange(pension.SeriousIllHealth{Pension: dec(c.pension), MaximumLumpSum: dec(c.maximum)}, pension.HR14())
			require.NoError(t, err)
			assert.Equal(t, c.full, got.AtFullRate.StringFixed(2))
			assert.Equal(t, c.lower, got.AtLowerRate.StringFixed(2))
			assert.Equal(t, c.amount, got.Amount.StringFixed(2))
			assert.True(t, got.AtFullRate.Add(got.AtLowerRate).Equal(dec(c.pension)))
			assert.Equal(t, "PEN-6", got.Findings[0].Rule.ID)
		})
	}
	p := pension.HR14()
	p.SeriousIllHealth.Beyond = 0
	got, err := pension.Exchange(pension.SeriousIllHealth{Pension: dec("10000"), MaximumLumpSum: dec("60000")}, p)
	require.NoError(t, err)
	assert.Equal(t, "60000.00", got.Amount.StringFixed(2), "the rates are parameters")

	_, err = pension.Exchange(pension.SeriousIllHealth{Pension: dec("10000")}, pension.HR14())
	assert.ErrorIs(t, err, pension.ErrMissing, "the maximum is the host's, never assumed")
	_, err = pension.Exchange(pension.SeriousIllHealth{MaximumLumpSum: dec("10000")}, pension.HR14())
	assert.ErrorIs(t, err, pension.ErrMissing)
	_, err = pension.Exchange(pension.SeriousIllHealth{Pension: dec("-1"), MaximumLumpSum: dec("10000")}, pension.HR14())
	assert.ErrorIs(t, err, pension.ErrNegative)
}
