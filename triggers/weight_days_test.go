package triggers

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// The working days' own weigher answers exactly as the generic weigher on
// counts: random counted runs (1-day to 60-day runs, episodes of one to
// three runs, gaps of days to months) on weekly patterns with and without
// bank holidays off, with and without the Summariser's memo; every window
// length and threshold, the working days of random windows, the stretches
// and the clear dates.
func TestDayWeigherEqualsWeigher(t *testing.T) {
	h75 := decimal.RequireFromString("7.5")
	masks := []string{"MTWTF..", "M.W.F..", "..WT.SS", "M......", "MTWTFSS"}
	for seed := uint64(1); seed <= 400; seed++ {
		r := rand.New(rand.NewPCG(seed, 31))
		w, err := absence.ParseWeekMask(masks[r.IntN(len(masks))], h75)
		if err != nil {
			t.Fatal(err)
		}
		var sched absence.Schedule = w
		if r.IntN(2) == 0 {
			sched = w.BankHolidaysOff(absence.EnglandAndWales())
		}
		b := &base{}
		if r.IntN(2) == 0 {
			b.memo = newDayMemo(HR14())
		}
		day := absence.Date{Year: 2023, Month: 1, Day: 1}.UnixDays() + r.IntN(30)
		for ep := range 1 + r.IntN(25) {
			for k := range 1 + r.IntN(3) {
				if k > 0 {
					day += 1 + r.IntN(3)
				}
				n := 1 + r.IntN(4)
				if r.IntN(8) == 0 {
					n = 1 + r.IntN(60)
				}
				b.push(day, day+n-1, ep)
				day += n
			}
			day += 2 + r.IntN(90)
		}
		var c dayCounter
		c.reset(sched, b)
		var gen weigher[count]
		gen.reset(b, 0, &c)
		var dw dayWeigher
		dw.reset(b, &c)
		first, last := int(b.runs[0].from)-40, int(b.runs[len(b.runs)-1].to)+400
		what := fmt.Sprint("seed ", seed)
		for range 200 {
			s := first + r.IntN(last-first)
			d := s + r.IntN(400)
			if got, want := dw.in(s, d), gen.in(s, d); got != want {
				t.Fatalf("%s: in(%d, %d) = %d, want %d", what, s, d, got, want)
			}
		}
		for _, months := range []int{1, 3, 6, 12, 24} {
			for _, th := range []count{1, 2, 5, 7, 10, 15, 40} {
				want := gen.stretches(nil, months, th)
				got := dw.stretches(nil, months, th)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Fatalf("%s: stretches(%d months, %d) = %v, want %v", what, months, th, got, want)
				}
				for _, s := range want {
					if g, w := dw.clear(months, th, s.from), gen.clear(months, th, s.from); g != w {
						t.Fatalf("%s: clear(%d, %d, %d) = %d, want %d", what, months, th, s.from, g, w)
					}
				}
			}
		}
	}
}
