package absence

import (
	"slices"

	"github.com/shopspring/decimal"
)

// A former does the work that [NewHistory] and a [Builder] share, so that
// both form the same episodes by the same code: it validates an employee's
// records, puts them in date order, cuts them into pieces (the days a record
// holds once days at work under a "may be fit" note, ABS-20, and sickness
// over booked leave, ABS-21, have taken their share, split where a
// protected period of fertility treatment starts or ends, ABS-24), groups
// the pieces into spells (ABS-2) and works out, spell by spell, the facts
// of the episode (ABS-1, ABS-3, ABS-7): its
// days in the trigger and pay views and its exclusions, as values, with no
// text. NewHistory explains those facts; a Builder keeps only the counted
// runs.
//
// Its slices are scratch, reused from one spell and one employee to the
// next: whoever keeps a fact copies it.
type former struct {
	emp     Employee
	records []Record
	pol     Policy
	// counting: only the trigger view's runs are wanted (a Builder), so
	// spell skips the pay view, the bounds and the other exclusions, which
	// add nothing to those runs or to what the spell forms.
	counting bool

	// The pieces of the records in date order, by position: a piece is a
	// run of days of one record that stands after the days another record
	// or the record's own evidence takes from it (sickness during booked
	// leave, ABS-21; days at work, ABS-20), cut at the ends of protected
	// periods (ABS-24). Most records are one piece, their whole period.
	order  []int             // the record of each piece
	flags  []pieceFlags      // what else is known of the piece
	worked []bool            // a part day whose first day counts as worked (ABS-3)
	shifts []decimal.Decimal // the shift of a part day; zero otherwise
	days   [][2]int          // the piece's first and last day as Unix days
	sched  DayCounter        // the employee's scheduled days, for the gaps between pieces
	cut    bool              // some record is more than one piece, or less than its period

	byStart []int    // scratch: record indexes in date order
	recDays [][2]int // scratch: each record's first and last day as Unix days, by record index
	pairs   [][2]int // the sickness and leave records that overlap (ABS-21), as record indexes
	guard   [][2]int // the protected periods that exclude sickness (ABS-24), as Unix days, in date order
	cuts    [][2]int // scratch: the days taken from one record, as Unix days
	spans   [][2]int // scratch: runs of days, as Unix days
	work    [][2]int // scratch: the days at work of a sickness record
	pieces  []piece  // scratch: the pieces before they are put in date order
	recs    []int    // scratch: the distinct records of a spell (recordsOf)

	// The facts of the current spell, set by spell.
	trig     []Period    // the runs of days that count towards triggers (TriggerView.Counted)
	trigDays [][2]int    // trig as Unix days, first and last
	pay      []Period    // the runs of sickness days for pay (PayView.Days)
	excluded []Exclusion // the days that do not count, in date order (TriggerView.Excluded)
	other    []Exclusion // scratch: the records of the spell that are not sickness
	bounds   Period      // first to last sickness day in either view; zero if none
	sick     bool        // bounds is set: the spell has a sickness day
	lost     bool        // a sickness day of the spell is a scheduled day: a shift was lost (§4.4)
}

// A spellKind is what a spell of records forms.
type spellKind uint8

const (
	noSickness  spellKind = iota // no sickness day in either view: leave, exclusions, a part day worked
	noShiftLost                  // sickness, but only on days with no scheduled shift: not an episode (§4.4, ABS-2)
	anEpisode                    // an episode (ABS-2)
)

// start validates emp and records, puts the records in date order and cuts
// them into pieces, under f.pol, which the caller has validated. It fails
// as NewHistory documents.
func (f *former) start(emp Employee, records []Record) error {
	if err := emp.Validate(); err != nil {
		return err
	}
	f.emp, f.records = emp, records
	f.byStart = slices.Grow(f.byStart[:0], len(records))
	f.recDays = slices.Grow(f.recDays[:0], len(records))
	sorted, disjoint, cut, parts := true, true, false, false
	prev := [2]int{} // the days of the record before
	for i := range records {
		r := &records[i]
		d, err := r.validate(i, emp.Schedule)
		if err != nil {
			return err
		}
		if i > 0 {
			sorted = sorted && d[0] >= prev[0]
			disjoint = disjoint && d[0] > prev[1]
		}
		if !cut && len(r.Certificates) > 0 {
			cut = r.hasAtWork()
		}
		parts = parts || r.PartDay != nil
		f.byStart = append(f.byStart, i)
		f.recDays = append(f.recDays, d)
		prev = d
	}
	if !sorted { // a host's records usually come in date order
		slices.SortStableFunc(f.byStart, func(a, b int) int { return f.recDays[a][0] - f.recDays[b][0] })
	}
	pairs := false
	f.pairs = f.pairs[:0]     // as overlaps leaves it when it finds none
	if !sorted || !disjoint { // else each record starts after the one before ends: none overlap (most employees)
		var err error
		if pairs, err = f.overlaps(); err != nil {
			return err
		}
	}
	f.guard = f.guard[:0]
	if len(emp.FertilityTreatments) > 0 {
		f.guard = f.protectedDays(f.guard)
	}
	cut = cut || pairs || len(f.guard) > 0
	f.cut = cut
	if !cut { // most employees: each record is one piece, set in place
		n := len(records)
		f.order, f.flags, f.days = slices.Grow(f.order[:0], n)[:n], slices.Grow(f.flags[:0], n)[:n], slices.Grow(f.days[:0], n)[:n]
		f.worked, f.shifts = slices.Grow(f.worked[:0], n)[:n], slices.Grow(f.shifts[:0], n)[:n]
		if sorted { // in date order: position k is record k
			copy(f.days, f.recDays)
			for k := range n {
				f.order[k], f.flags[k] = k, firstPiece
			}
		} else {
			for k, i := range f.byStart {
				f.order[k], f.flags[k], f.days[k] = i, firstPiece, f.recDays[i]
			}
		}
		clear(f.worked) // partDay's zero values, for the records without a part day
		clear(f.shifts)
		for k, i := range f.order {
			if !parts {
				break
			}
			if records[i].PartDay != nil {
				f.worked[k], f.shifts[k] = f.partDay(i, &records[i], true)
			}
		}
		if n > 0 { // the dates of the first and last day, without converting the days back
			f.sched.Reset(emp.Schedule, records[f.byStart[0]].Period.Start, records[f.byStart[n-1]].Period.End)
		}
		return nil
	}
	f.order, f.flags, f.days = f.order[:0], f.flags[:0], f.days[:0]
	f.cutAll()
	f.worked, f.shifts = f.worked[:0], f.shifts[:0]
	for k, i := range f.order {
		w, s := f.partDay(i, &records[i], f.flags[k]&firstPiece != 0)
		f.worked, f.shifts = append(f.worked, w), append(f.shifts, s)
	}
	if n := len(f.days); n > 0 { // pieces do not overlap: the last in date order ends last
		f.sched.Reset(emp.Schedule, FromUnixDays(f.days[0][0]), FromUnixDays(f.days[n-1][1]))
	}
	return nil
}

// partDay returns the part-day facts of a piece of record i: whether its
// first day counts as worked, and the shift (ABS-3). Only a record's first
// piece has a part day.
func (f *former) partDay(i int, r *Record, first bool) (worked bool, shift decimal.Decimal) {
	if r.PartDay != nil && first {
		shift, _ = r.partDayShift(i, f.emp.Schedule) // validated in start
		worked = f.pol.halfWorked(*r.PartDay, shift)
	}
	return worked, shift
}

// spellEnd returns the end (exclusive, a position in order) of the spell
// that starts at position first: the pieces up to the next one that follows
// a worked scheduled day, or that starts with a part day worked (ABS-2,
// ABS-3).
func (f *former) spellEnd(first int) int {
	k := first + 1
	for ; k < len(f.order); k++ {
		// The gap runs from the day after the previous piece to the day
		// before this one (none when they touch).
		if f.worked[k] || f.sched.Days(f.days[k-1][1]+1, f.days[k][0]-1) > 0 {
			break
		}
	}
	return k
}

// spell works out the facts of the records at positions first..end-1 of
// order, a spell with no worked scheduled day between them, into f.trig,
// f.pay, f.excluded and f.bounds, and says what the spell forms: an episode
// when any of it is sickness in either view on a scheduled day (a shift lost,
// §4.4); noShiftLost when its sickness falls only on days with no scheduled
// shift (rest days, days off, bank holidays off); noSickness when it has none
// (only leave, other absence or a part day worked). When f.counting, it
// works out only f.trig and f.trigDays, and says the same.
func (f *former) spell(first, end int) spellKind {
	f.trig, f.trigDays, f.pay, f.excluded, f.other = f.trig[:0], f.trigDays[:0], f.pay[:0], f.excluded[:0], f.other[:0]
	f.bounds, f.sick, f.lost = Period{}, false, false
	lastTrig, lastPay := -2, -2 // position of the last record that added a run
	for k := first; k < end; k++ {
		i := f.order[k]
		r := &f.records[i]
		span := r.Period
		if f.cut { // a piece may hold part of its record
			span = Period{FromUnixDays(f.days[k][0]), FromUnixDays(f.days[k][1])}
		}
		if !r.sickness() {
			if !f.counting {
				f.other = append(f.other, Exclusion{Period: span, Record: i, Cause: notSickness(r)})
			}
			continue
		}
		part := r.PartDay != nil && f.flags[k]&firstPiece != 0
		tStart, pStart, tFirst := span.Start, span.Start, f.days[k][0]
		if part {
			pStart = pStart.AddDays(1)
			if f.worked[k] {
				tStart, tFirst = tStart.AddDays(1), tFirst+1
			}
		}
		// The piece's sickness days in either view are tStart..End: the pay
		// view starts on or after the trigger view's first day.
		if !f.lost {
			f.lost = f.sched.some(tFirst, f.days[k][1])
		}
		if !tStart.After(span.End) {
			seg := Period{tStart, span.End}
			if f.counting {
				f.sick = true // the bounds are not wanted
			} else {
				f.widen(seg)
			}
			if cause, detail, ok := f.pol.excluded(r); ok {
				f.excluded = append(f.excluded, Exclusion{Period: seg, Record: i, Cause: cause, Detail: detail})
			} else if f.flags[k]&protectedPiece != 0 { // the explainer gives the evidence (ABS-24)
				f.excluded = append(f.excluded, Exclusion{Period: seg, Record: i, Cause: CauseFertility})
			} else {
				if join := lastTrig == k-1 && len(f.trig) > 0; join {
					f.trig[len(f.trig)-1].End, f.trigDays[len(f.trig)-1][1] = seg.End, f.days[k][1]
				} else {
					f.trig, f.trigDays = append(f.trig, seg), append(f.trigDays, [2]int{tFirst, f.days[k][1]})
				}
				lastTrig = k
			}
		}
		// The pay view starts on or after the trigger view's first day
		// (pStart ≥ tStart): it widens the bounds no further, and it is not
		// wanted when counting.
		if !f.counting && !pStart.After(span.End) {
			seg := Period{pStart, span.End}
			f.widen(seg)
			f.pay = appendRun(f.pay, seg, lastPay == k-1 && !part)
			lastPay = k
		}
	}
	switch {
	case !f.sick:
		return noSickness
	case !f.lost:
		return noShiftLost
	}
	for _, x := range f.other {
		if p, ok := x.Period.Intersect(f.bounds); ok {
			x.Period = p
			f.excluded = append(f.excluded, x)
		}
	}
	if len(f.excluded) > 1 {
		slices.SortFunc(f.excluded, func(a, b Exclusion) int { return a.Period.Start.Compare(b.Period.Start) })
	}
	return anEpisode
}

// widen extends f.bounds to cover p.
func (f *former) widen(p Period) {
	if !f.sick {
		f.bounds, f.sick = p, true
		return
	}
	if p.Start.Before(f.bounds.Start) {
		f.bounds.Start = p.Start
	}
	if p.End.After(f.bounds.End) {
		f.bounds.End = p.End
	}
}

// appendRun appends p to runs, joining it to the last run when join is true
// (the two records were next to each other with only unrecorded rest days
// between them).
func appendRun(runs []Period, p Period, join bool) []Period {
	if join && len(runs) > 0 {
		runs[len(runs)-1].End = p.End
		return runs
	}
	return append(runs, p)
}
