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

// cmpTwice agrees with Add and Cmp: hours with their usual two decimals,
// mixed exponents, negative values, coefficients too long for it.
func TestCmpTwiceEqualsAddCmp(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	random := func(i int) decimal.Decimal {
		switch i % 4 {
		case 0: // hours in hundredths or tenths
			return decimal.New(r.Int64N(2500), -int32(1+r.IntN(2)))
		case 1: // any coefficient, exponent -20 to 2
			return decimal.New(r.Int64()>>r.IntN(63)*int64(1-2*r.IntN(2)), int32(r.IntN(23)-20))
		case 2: // whole hours
			return decimal.NewFromInt(r.Int64N(25))
		default: // more than 18 digits
			return decimal.RequireFromString("98765432109876543210987").Shift(-int32(r.IntN(30)))
		}
	}
	for i := range 200000 {
		a, b := random(i), random(i/4+r.IntN(4))
		if r.IntN(4) == 0 { // exactly half
			b = a.Add(a)
		}
		if got, want := absence.CmpTwice(a, b), a.Add(a).Cmp(b); got != want {
			t.Fatalf("cmpTwice(%v, %v) = %d, want %d", a, b, got, want)
		}
	}
}
