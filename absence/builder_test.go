package absence_test

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// countedOf returns what a Builder should give for h: the counted runs of
// its episodes, in order, with their episode indexes.
func countedOf(h absence.History) absence.CountedRuns {
	var c absence.CountedRuns
	for k, ep := range h.Episodes {
		for _, p := range ep.Triggers.Counted {
			c.Runs = append(c.Runs, p)
			c.Episodes = append(c.Episodes, k)
			c.Days = append(c.Days, [2]int{p.Start.UnixDays(), p.End.UnixDays()})
		}
	}
	return c
}

// checkBuilder asserts that b gives the counted runs of NewHistory's
// episodes for the same input, or the same error.
func checkBuilder(t *testing.T, b *absence.Builder, emp absence.Employee, recs []absence.Record) {
	t.Helper()
	h, herr := absence.NewHistory(emp, recs, b.Policy())
	got, err := b.Counted(emp, recs)
	if herr != nil || err != nil {
		var want, have *absence.InputError
		if !errors.As(herr, &want) || !errors.As(err, &have) || *want != *have || err.Error() != herr.Error() {
			t.Fatalf("Builder error %v, NewHistory error %v", err, herr)
		}
		return
	}
	if d := cmp.Diff(countedOf(h), got, cmpopts.EquateEmpty()); d != "" {
		t.Fatalf("Builder and NewHistory differ (-NewHistory +Builder):\n%s", d)
	}
}

// A Builder forms the same counted runs as NewHistory, and refuses the same
// input with the same error, for random employees and records (the fuzz
// decoders' inputs: every kind, reason, evidence, part day and overlap), one
// Builder after another input of any size reusing its memory.
func TestBuilderEqualsNewHistory(t *testing.T) {
	half := absence.HR14()
	half.ExactlyHalf = absence.HalfSickness
	link := absence.HR14()
	link.Exclude.NegativeSample = absence.LinkPrevails
	fitNote := absence.HR14()
	fitNote.SicknessOnLeave = absence.OnLeaveFitNote
	fitNote.Exclude.Fertility = absence.PregnancyReasonOnly
	var builders []*absence.Builder
	for _, pol := range []absence.Policy{absence.HR14(), half, link, fitNote} {
		b, err := absence.NewBuilder(pol)
		if err != nil {
			t.Fatal(err)
		}
		builders = append(builders, b)
	}
	r := rand.New(rand.NewPCG(3, 14))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		fte := byte(r.Uint32()) // fuzzEmployee's FTE is tenths mod 12, bank holidays off in the high bit
		for fte%12 == 0 || fte%12 > 10 {
			fte++
		}
		emp := withFertility(fuzzEmployee(byte(r.Uint32()), fte), byte(r.Uint32())&^0x40)
		checkBuilder(t, builders[r.IntN(len(builders))], emp, fuzzRecords(validishSpec(r, r.IntN(30))))
	}
}

// validishSpec returns n records for fuzzRecords that are mostly valid: most
// gaps leave room between records (a few overlap; sickness after leave
// often overlaps its last days, ABS-21), most records are sickness with a
// reason (some leave, other kinds and evidence), a few are part days, carry
// a certificate or a "may be fit" note (ABS-20), half were reported.
func validishSpec(r *rand.Rand, n int) []byte {
	pick := func(percent int, likely, other byte) byte {
		if r.IntN(100) < percent {
			return likely
		}
		return other
	}
	spec := make([]byte, 0, 8*n)
	overLeave := false // the record before is leave: sickness over it (ABS-21)
	for range n {
		gap := pick(92, 4+byte(r.IntN(36)), byte(r.Uint32()))
		length := pick(70, byte(r.IntN(5)), byte(r.IntN(45)))
		// fuzzRecords reads the kind as the byte mod 6 and evidence from its
		// high bits: find the byte with both.
		want, evidence := pick(80, 0, 1+byte(r.IntN(4))), pick(70, 0, byte(r.Uint32())&0xf8)
		if overLeave && r.IntN(2) == 0 {
			gap, want = byte(r.IntN(3)), 0 // its last 1 to 3 days
		}
		overLeave = want == 4
		if evidence&0x30 == 0x30 { // no such specimen result
			evidence &^= 0x20
		}
		kind := evidence
		for (kind)%6 != want {
			kind++
		}
		reason := pick(95, 1+byte(r.IntN(12)), byte(r.Uint32()))
		if reason == 9 { // cosmetic surgery not required is refused as sickness
			reason = 12
		}
		part := pick(96, 0, byte(r.Uint32())|1)
		if want != 0 { // a part day is sickness only
			part = pick(95, 0, part)
		}
		cert := pick(90, 0, byte(r.Uint32())&0x1f|byte(r.IntN(2))<<5) // a known kind
		note := pick(92, 0, byte(r.Uint32())|1)                       // a "may be fit" note (ABS-20)
		report := pick(50, 0, byte(r.Uint32())|1)                     // a report, on the first day or not (ABS-21)
		spec = append(spec, gap, length, kind, reason, part, cert, note, report)
	}
	return spec
}

func TestNewBuilderInvalidPolicy(t *testing.T) {
	pol := absence.HR14()
	pol.LongTermDays = 0
	if _, err := absence.NewBuilder(pol); !errors.Is(err, absence.ErrInvalidPolicy) {
		t.Fatalf("got %v, want ErrInvalidPolicy", err)
	}
}
