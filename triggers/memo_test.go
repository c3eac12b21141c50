package triggers

import (
	"math/rand/v2"
	"testing"
)

// The memo answers what it memoizes: for days near each other and far apart
// (beyond its range), in any order, for every window length of the policy.
func TestDayMemo(t *testing.T) {
	p := HR14()
	p.TRIG2.Months, p.TRIG5.Months = 3, 1 // windows of 6, 3, 12 and 1 months: four, not memoized
	if newDayMemo(p) != nil {
		t.Fatal("a memo of four window lengths")
	}
	p.TRIG3.Months, p.TRIG4.Months = 6, 6 // 6, 3, 6, 6, 1
	memo := newDayMemo(p)
	b := &base{memo: memo}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		d := 19000 + r.IntN(4000) // 2022 to 2033
		if i%100 == 0 {
			d = -700000 + r.IntN(2900000) // year 53 to 9900
		}
		for _, months := range memo.months {
			if got, want := b.windowStart(d, months), windowStart(d, months); got != want {
				t.Fatalf("windowStart(%d, %d) = %d, want %d", d, months, got, want)
			}
			if got, want := b.leaves(d, months), leaves(d, months); got != want {
				t.Fatalf("leaves(%d, %d) = %d, want %d", d, months, got, want)
			}
		}
		if got, want := b.period(d, d+1), period(d, d+1); got != want {
			t.Fatalf("period(%d) = %v, want %v", d, got, want)
		}
	}
	if b.windowStart(19000, 2) != windowStart(19000, 2) {
		t.Fatal("a window length the memo does not hold")
	}
	if len(memo.dates) > maxMemoDays || len(memo.start[0]) != len(memo.dates) {
		t.Fatalf("memo of %d days", len(memo.dates))
	}
}
