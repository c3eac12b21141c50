package absence_test

import (
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// cmpInt agrees with Decimal.Cmp: negative, zero and positive values, every
// exponent it handles and beyond, coefficients of up to 19 digits and more.
func TestCmpIntEqualsCmp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200000 {
		var d decimal.Decimal
		switch i % 4 {
		case 0: // small values near n
			d = decimal.New(r.Int64N(5000)-2500, -int32(r.IntN(4)))
		case 1: // any coefficient, any exponent
			d = decimal.New(r.Int64()>>r.IntN(63)*int64(1-2*r.IntN(2)), int32(r.IntN(45)-22))
		case 2: // exactly n, written with trailing zeros
			d = decimal.New(int64(r.IntN(50)-25)*int64(pow10(r.IntN(10))), -int32(r.IntN(10)))
		default: // more than 18 digits
			d = decimal.RequireFromString("123456789012345678901234567890").Shift(-int32(r.IntN(40)))
		}
		n := r.Int64N(60) - 30
		if got, want := absence.CmpInt(d, n), d.Cmp(decimal.NewFromInt(n)); got != want {
			t.Fatalf("cmpInt(%v, %d) = %d, want %d", d, n, got, want)
		}
	}
}

func pow10(k int) int {
	p := 1
	for range k {
		p *= 10
	}
	return p
}
