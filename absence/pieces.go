package absence

import "slices"

// A piece is a run of days of one record, before it takes its position in
// a former.
type piece struct {
	record int
	days   [2]int // first and last, as Unix days
	first  bool   // starts on the record's first day
	prot   bool   // sickness inside a protected period (ABS-24)
}

// overlaps checks f.byStart, the records in date order, for overlaps. Two
// records of one employee may not overlap (ABS-2: ErrOverlap, or
// ErrDuplicate for the same period and kind), except a sickness record
// over booked leave (ABS-21), which f.pairs lists; not, though, on the first
// day of a part day, which was worked in part. It reports whether a pair
// was found.
//
// Records that may not overlap one another are in date order and disjoint,
// so only the last of them can overlap a later record: one comparison with
// the last leave record and one with the last other record suffice.
func (f *former) overlaps() (bool, error) {
	f.pairs = f.pairs[:0]
	disjoint := true // each record starts after the one before ends: none overlap (most employees)
	for k := 1; k < len(f.byStart) && disjoint; k++ {
		disjoint = f.recDays[f.byStart[k]][0] > f.recDays[f.byStart[k-1]][1]
	}
	if disjoint {
		return false, nil
	}
	lastLeave, lastOther := -1, -1 // record indexes
	for _, i := range f.byStart {
		b := &f.records[i]
		same, cross := &lastOther, lastLeave
		if b.Kind == Leave {
			same, cross = &lastLeave, lastOther
		}
		if a := *same; a >= 0 && !b.Period.Start.After(f.records[a].Period.End) {
			return false, f.overlapErr(i, a, "")
		}
		if a := cross; a >= 0 && !b.Period.Start.After(f.records[a].Period.End) {
			s, l := i, a
			if b.Kind == Leave {
				s, l = a, i
			}
			sick, leave := &f.records[s], &f.records[l]
			switch {
			case sick.Kind != Sickness:
				return false, f.overlapErr(i, a, "")
			case sick.PartDay != nil && leave.Period.Contains(sick.Period.Start):
				return false, f.overlapErr(i, a, "a part day is a shift worked in part, not a day of leave")
			}
			f.pairs = append(f.pairs, [2]int{s, l})
		}
		if *same < 0 || b.Period.End.After(f.records[*same].Period.End) {
			*same = i
		}
	}
	return len(f.pairs) > 0, nil
}

// overlapErr is the error for record b overlapping the earlier record a.
func (f *former) overlapErr(b, a int, want string) error {
	rb, ra := &f.records[b], &f.records[a]
	code := ErrOverlap
	if ra.Period == rb.Period && ra.Kind == rb.Kind {
		code = ErrDuplicate
	}
	e := inputErr("record", b, rb.ID, "Period", code, rb.Period.String()+" and "+ra.Period.String())
	e.Other, e.Want = a, want
	return e
}

// pieceFlags are what a former knows of a piece besides its record and
// days.
type pieceFlags uint8

const (
	firstPiece     pieceFlags = 1 << iota // starts on its record's first day (and carries its part day)
	protectedPiece                        // sickness inside a protected period of fertility treatment (ABS-24)
)

// push appends a piece at the next position.
func (f *former) push(record int, days [2]int, first, prot bool) {
	var fl pieceFlags
	if first {
		fl |= firstPiece
	}
	if prot {
		fl |= protectedPiece
	}
	f.order = append(f.order, record)
	f.days = append(f.days, days)
	f.flags = append(f.flags, fl)
}

// cutAll cuts every record into its pieces and puts them in date order: a
// sickness record less its days at work under a "may be fit" note with the
// changes made (ABS-20) and its days on booked leave that stay leave; a
// leave record less the days sickness replaces (ABS-21).
func (f *former) cutAll() {
	f.pieces = f.pieces[:0]
	for _, i := range f.byStart {
		r := &f.records[i]
		f.cuts = f.cuts[:0]
		if r.Kind == Leave {
			for _, pr := range f.pairs {
				if pr[1] == i {
					f.spans = f.replaced(f.spans[:0], pr[0], i)
					f.work = f.atWorkDays(f.work[:0], pr[0])
					for _, sp := range f.spans {
						f.cuts = minus(f.cuts, sp, f.work)
					}
				}
			}
		} else {
			f.cuts = f.atWorkDays(f.cuts, i)
			for _, pr := range f.pairs {
				if pr[0] == i {
					both, _ := r.Period.Intersect(f.records[pr[1]].Period)
					f.spans = f.replaced(f.spans[:0], i, pr[1])
					f.cuts = minus(f.cuts, unixDays(both), f.spans)
				}
			}
		}
		if len(f.cuts) > 1 {
			slices.SortFunc(f.cuts, func(a, b [2]int) int { return a[0] - b[0] })
		}
		span := unixDays(r.Period)
		f.spans = minus(f.spans[:0], span, f.cuts)
		for _, p := range f.spans {
			if !r.sickness() || len(f.guard) == 0 {
				f.pieces = append(f.pieces, piece{i, p, p[0] == span[0], false})
				continue
			}
			f.split(i, p, span[0])
		}
	}
	slices.SortStableFunc(f.pieces, func(a, b piece) int { return a.days[0] - b.days[0] })
	for _, p := range f.pieces {
		f.push(p.record, p.days, p.first, p.prot)
	}
}

// split appends the days p of sickness record i, whose first day is first,
// to f.pieces, cut where a protected period of fertility treatment starts
// or ends (ABS-24).
func (f *former) split(i int, p [2]int, first int) {
	from := p[0]
	for _, g := range f.guard {
		if g[1] < from {
			continue
		}
		if g[0] > p[1] {
			break
		}
		if g[0] > from {
			f.pieces = append(f.pieces, piece{i, [2]int{from, g[0] - 1}, from == first, false})
			from = g[0]
		}
		to := min(g[1], p[1])
		f.pieces = append(f.pieces, piece{i, [2]int{from, to}, from == first, true})
		from = to + 1
		if from > p[1] {
			return
		}
	}
	f.pieces = append(f.pieces, piece{i, [2]int{from, p[1]}, from == first, false})
}

// atWorkDays appends the days at work of record i (ABS-20) to out, in date
// order.
func (f *former) atWorkDays(out [][2]int, i int) [][2]int {
	r := &f.records[i]
	n := len(out)
	for c := range r.Certificates {
		if p, ok := r.atWork(c); ok {
			out = append(out, unixDays(p))
		}
	}
	if len(out)-n > 1 {
		slices.SortFunc(out[n:], func(a, b [2]int) int { return a[0] - b[0] })
	}
	return out
}

// minus appends to out the days of span that no run of cuts holds, as
// runs in date order. cuts are in order of their first day and may overlap.
func minus(out [][2]int, span [2]int, cuts [][2]int) [][2]int {
	from := span[0]
	for _, c := range cuts {
		if c[1] < from {
			continue
		}
		if c[0] > span[1] {
			break
		}
		if c[0] > from {
			out = append(out, [2]int{from, c[0] - 1})
		}
		from = max(from, c[1]+1)
		if from > span[1] {
			return out
		}
	}
	return append(out, [2]int{from, span[1]})
}

// unixDays returns p's first and last day as Unix days.
func unixDays(p Period) [2]int { return [2]int{p.Start.UnixDays(), p.End.UnixDays()} }

// recordsOf returns the distinct records of the pieces at positions
// first..end-1 that hold a day of f.bounds, the spell's sickness, in the
// order of their first piece: the records that make up its episode. The
// result is scratch.
func (f *former) recordsOf(first, end int) []int {
	f.recs = f.recs[:0]
	lo, hi := f.bounds.Start.UnixDays(), f.bounds.End.UnixDays()
	for k := first; k < end; k++ {
		if i := f.order[k]; f.days[k][1] >= lo && f.days[k][0] <= hi && !slices.Contains(f.recs, i) {
			f.recs = append(f.recs, i)
		}
	}
	return f.recs
}
