package main

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// percent is 100 × a / n to 2 decimals rounded half up from the exact
// quotient, as decimal's DivRound gives it, halves included.
func TestPercentEqualsDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := [][2]int64{{1, 8}, {1, 16}, {3, 16}, {1, 80000}, {5, 800000}, {0, 7}, {7, 7}, {1 << 39, 1<<39 + 1}}
	for range 100000 {
		n := 1 + r.Int64N(1<<uint(1+r.IntN(38)))
		cases = append(cases, [2]int64{r.Int64N(n + 1), n})
	}
	for _, c := range cases {
		want := decimal.NewFromInt(100*c[0]).DivRound(decimal.NewFromInt(c[1]), 2).StringFixed(2)
		if got := percent(c[0], c[1]); got != want {
			t.Fatalf("percent(%d, %d) = %s, want %s", c[0], c[1], got, want)
		}
	}
	if percent(3, 0) != "" {
		t.Error("no base: empty")
	}
}
