package absence_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// applyChange returns the counted runs of base with c applied: what an
// Extender says the counted runs are with the new record.
func applyChange(base absence.CountedRuns, c absence.Change) absence.CountedRuns {
	var out absence.CountedRuns
	out.Runs = append(append(slices.Clone(base.Runs[:c.From]), c.Runs.Runs...), base.Runs[c.To:]...)
	out.Days = append(append(slices.Clone(base.Days[:c.From]), c.Runs.Days...), base.Days[c.To:]...)
	out.Episodes = append(slices.Clone(base.Episodes[:c.From]), c.Runs.Episodes...)
	for _, e := range base.Episodes[c.To:] {
		out.Episodes = append(out.Episodes, e+c.Shift)
	}
	return out
}

// An Extender's answer for one more record is what NewHistory gives for the
// records with it added (through a Builder, which equals NewHistory by
// TestBuilderEqualsNewHistory), or the same error; its own counted runs are
// the Builder's for the records alone. Random employees (weekly patterns,
// rosters, bank holidays off) and records of every kind, reason, part day and
// evidence; new records anywhere, of any kind, overlapping some.
func TestExtenderEqualsBuilder(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 1))
	b, err := absence.NewBuilder(absence.HR14())
	if err != nil {
		t.Fatal(err)
	}
	n := 600
	if testing.Short() {
		n = 100
	}
	for i := range n {
		fte := byte(r.Uint32())
		for fte%12 == 0 || fte%12 > 10 {
			fte++
		}
		emp := withFertility(fuzzEmployee(byte(r.Uint32()), fte), byte(r.Uint32())&^0x40)
		recs := fuzzRecords(validishSpec(r, r.IntN(25)))
		if _, err := absence.NewHistory(emp, recs, absence.HR14()); err != nil {
			continue // the Extender refuses it as NewHistory does: below
		}
		x, err := absence.NewExtender(emp, recs, absence.HR14())
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		alone, _ := b.Counted(emp, recs)
		if d := cmp.Diff(alone, x.Counted(), cmpopts.EquateEmpty()); d != "" {
			t.Fatalf("case %d: Counted differs from the Builder's (-Builder +Extender):\n%s", i, d)
		}
		alone = absence.CountedRuns{Runs: slices.Clone(alone.Runs), Episodes: slices.Clone(alone.Episodes), Days: slices.Clone(alone.Days)}
		for range 20 {
			extra := fuzzRecords(validishSpec(r, 1))[0]
			extra.Period.Start = absence.Date{Year: 2025, Month: 12, Day: 20}.AddDays(r.IntN(400))
			extra.Period.End = extra.Period.Start.AddDays(r.IntN(4))
			if r.IntN(3) == 0 {
				extra.Period.End = extra.Period.Start
			}
			all := append(slices.Clone(recs), extra)
			want, werr := b.Counted(emp, all)
			got, gerr := x.With(extra)
			if werr != nil || gerr != nil {
				var we, ge *absence.InputError
				if !errors.As(werr, &we) || !errors.As(gerr, &ge) || *we != *ge {
					t.Fatalf("case %d, adding %v: Extender error %v, Builder error %v", i, extra, gerr, werr)
				}
				continue
			}
			if d := cmp.Diff(want, applyChange(alone, got), cmpopts.EquateEmpty()); d != "" {
				t.Fatalf("case %d, adding %v: (-Builder +Extender):\n%s", i, extra, d)
			}
			for day := range extra.Period.All() {
				covered := slices.ContainsFunc(recs, func(r absence.Record) bool { return r.Period.Contains(day) })
				if x.Covers(day) != covered {
					t.Fatalf("case %d: Covers(%v) = %v, want %v", i, day, !covered, covered)
				}
			}
		}
	}
}

// Covers is whether a record's period holds the day.
func TestExtenderCovers(t *testing.T) {
	recs := []absence.Record{sick(t, "2026-03-02/2026-03-04", absence.Infection), {Period: p(t, "2026-03-09"), Kind: absence.Leave}}
	x, err := absence.NewExtender(monFri(t), recs, absence.HR14())
	if err != nil {
		t.Fatal(err)
	}
	for day, want := range map[string]bool{"2026-03-01": false, "2026-03-02": true, "2026-03-04": true, "2026-03-05": false, "2026-03-09": true, "2026-03-10": false} {
		if got := x.Covers(d(t, day)); got != want {
			t.Errorf("Covers(%s) = %v, want %v", day, got, want)
		}
	}
}

// NewExtender refuses what NewHistory refuses.
func TestNewExtenderErrors(t *testing.T) {
	recs := []absence.Record{sick(t, "2026-03-02/2026-03-04", absence.Infection), sick(t, "2026-03-04/2026-03-05", absence.Infection)}
	if _, err := absence.NewExtender(monFri(t), recs, absence.HR14()); !errors.Is(err, absence.ErrOverlap) {
		t.Fatalf("got %v, want ErrOverlap", err)
	}
	pol := absence.HR14()
	pol.LongTermDays = 0
	if _, err := absence.NewExtender(monFri(t), nil, pol); !errors.Is(err, absence.ErrInvalidPolicy) {
		t.Fatalf("got %v, want ErrInvalidPolicy", err)
	}
}
