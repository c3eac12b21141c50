package triggers

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The fast paths of a Summariser's sweep equal the general ones: the
// presence read from the memo (presenceOf) equals presence worked out, the
// TRIG-1 and TRIG-3 stretches straight from the runs (coverRuns) equal
// coverage of the presence, and longest is the longest episode's extent.
// Bases of one run an episode and of several, over a few years or over two
// centuries (more than the memo holds), for every threshold up to 5.
func TestPresenceFastPathsEqualGeneral(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 6))
	fast := 0
	for i := range 3000 {
		p := HR14()
		if i%3 == 1 {
			p.TRIG1.Months, p.TRIG2.Months, p.TRIG3.Months, p.TRIG4.Months = 1, 1, 24, 24
		}
		memo := newDayMemo(p)
		b := randomBase(r, i%2 == 0, i%50 == 0)
		b.memo = memo
		plain := &base{runs: b.runs, eps: b.eps} // no memo: everything worked out

		longest := 0
		for _, e := range b.eps {
			longest = max(longest, int(b.runs[e.last].to)-int(b.runs[e.first].from)+1)
		}
		if got := b.longest(); got != longest {
			t.Fatalf("case %d: longest = %d, want %d", i, got, longest)
		}
		for _, months := range memo.months {
			spans, eps := b.presenceOf(months, nil, nil)
			wantSpans, wantEps := plain.presence(months, nil, nil)
			if !slices.Equal(spans, wantSpans) || !slices.Equal(eps, wantEps) {
				t.Fatalf("case %d, %d months: presence %v %v, want %v %v", i, months, spans, eps, wantSpans, wantEps)
			}
			base, ok := b.memoRuns()
			if !ok || len(b.runs) != len(b.eps) {
				continue
			}
			fast++
			for n := 1; n <= 5; n++ {
				got := coverRuns([]span{{-5, -4}}, b.runs, memo.leaves[memo.index(months)], base, n)
				want := coverage([]span{{-5, -4}}, wantSpans, n)
				if !slices.Equal(got, want) {
					t.Fatalf("case %d, %d months, %d episodes: coverRuns %v, want %v", i, months, n, got, want)
				}
			}
		}
	}
	if fast < 1000 {
		t.Fatalf("the fast path was taken %d times", fast)
	}
}

// randomBase returns the counted runs of a few random episodes, one run
// each (single) or up to four, in date order from 2020, or spread over two
// centuries (far).
func randomBase(r *rand.Rand, single, far bool) *base {
	b := &base{}
	day := 18300 + r.IntN(400)
	for i := range r.IntN(12) {
		if far {
			day += r.IntN(9000)
		}
		for k := range 1 + r.IntN(4) {
			if single && k > 0 {
				break
			}
			from := day + 1 + r.IntN(90)
			if k > 0 {
				from = day + 2 + r.IntN(10) // a gap inside the episode
			}
			day = from + r.IntN(40)
			b.push(from, day, i)
		}
	}
	return b
}
