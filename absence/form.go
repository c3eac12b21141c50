package absence

import (
	"slices"

	"github.com/shopspring/decimal"
)

// A former does the work that [NewHistory] and a [Builder] share, so that
// both form the same episodes by the same code: it validates an employee's
// records, puts them in date order, cuts them into spells (ABS-2) and works
// out, spell by spell, the facts of the episode (ABS-1, ABS-3, ABS-7): its
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

	order  []int             // record indexes in date order
	worked []bool            // by position in order: a part day whose first day counts as worked (ABS-3)
	shifts []decimal.Decimal // by position in order: the shift of a part day; zero otherwise
	days   [][2]int          // by position in order: the first and last day as Unix days
	sched  DayCounter        // the employee's scheduled days, for the gaps between records

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

// start validates emp and records and puts the records in date order, under
// f.pol, which the caller has validated. It fails as NewHistory documents.
func (f *former) start(emp Employee, records []Record) error {
	if err := emp.Validate(); err != nil {
		return err
	}
	f.emp, f.records = emp, records
	f.order = slices.Grow(f.order[:0], len(records))
	f.worked = slices.Grow(f.worked[:0], len(records))
	f.shifts = slices.Grow(f.shifts[:0], len(records))
	f.days = slices.Grow(f.days[:0], len(records))
	sorted := true
	for i := range records {
		r := &records[i]
		if err := r.validate(i, emp.Schedule); err != nil {
			return err
		}
		if i > 0 && r.Period.Start.Before(records[i-1].Period.Start) {
			sorted = false
		}
		f.order = append(f.order, i)
	}
	if !sorted { // a host's records usually come in date order
		slices.SortStableFunc(f.order, func(a, b int) int {
			return records[a].Period.Start.Compare(records[b].Period.Start)
		})
	}
	for k := 1; k < len(f.order); k++ {
		a, b := &records[f.order[k-1]], &records[f.order[k]]
		if b.Period.Start.After(a.Period.End) {
			continue
		}
		code := ErrOverlap
		if a.Period == b.Period && a.Kind == b.Kind {
			code = ErrDuplicate
		}
		e := inputErr("record", f.order[k], b.ID, "Period", code, b.Period.String()+" and "+a.Period.String())
		e.Other = f.order[k-1]
		return e
	}
	for _, i := range f.order {
		r := &records[i]
		worked, shift := false, decimal.Decimal{}
		if r.PartDay != nil {
			shift, _ = r.partDayShift(i, emp.Schedule) // validated above
			worked = f.pol.halfWorked(*r.PartDay, shift)
		}
		f.worked = append(f.worked, worked)
		f.shifts = append(f.shifts, shift)
		f.days = append(f.days, [2]int{r.Period.Start.UnixDays(), r.Period.End.UnixDays()})
	}
	if n := len(f.order); n > 0 { // without overlaps, the last record in date order ends last
		f.sched.Reset(emp.Schedule, records[f.order[0]].Period.Start, records[f.order[n-1]].Period.End)
	}
	return nil
}

// spellEnd returns the end (exclusive, a position in order) of the spell
// that starts at position first: the records up to the next one that follows
// a worked scheduled day, or that starts with a part day worked (ABS-2,
// ABS-3).
func (f *former) spellEnd(first int) int {
	k := first + 1
	for ; k < len(f.order); k++ {
		// The gap runs from the day after the previous record to the day
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
// (only leave, other absence or a part day worked).
func (f *former) spell(first, end int) spellKind {
	f.trig, f.trigDays, f.pay, f.excluded, f.other = f.trig[:0], f.trigDays[:0], f.pay[:0], f.excluded[:0], f.other[:0]
	f.bounds, f.sick, f.lost = Period{}, false, false
	lastTrig, lastPay := -2, -2 // position of the last record that added a run
	for k := first; k < end; k++ {
		i := f.order[k]
		r := &f.records[i]
		if !r.IsSickness() {
			f.other = append(f.other, Exclusion{Period: r.Period, Record: i, Cause: notSickness(r)})
			continue
		}
		tStart, pStart, tFirst := r.Period.Start, r.Period.Start, f.days[k][0]
		if r.PartDay != nil {
			pStart = pStart.AddDays(1)
			if f.worked[k] {
				tStart, tFirst = tStart.AddDays(1), tFirst+1
			}
		}
		// The record's sickness days in either view are tStart..End: the pay
		// view starts on or after the trigger view's first day.
		if !f.lost {
			f.lost = f.sched.some(tFirst, f.days[k][1])
		}
		if !tStart.After(r.Period.End) {
			seg := Period{tStart, r.Period.End}
			f.widen(seg)
			if cause, detail, ok := f.pol.excluded(r); ok {
				f.excluded = append(f.excluded, Exclusion{Period: seg, Record: i, Cause: cause, Detail: detail})
			} else {
				if join := lastTrig == k-1 && len(f.trig) > 0; join {
					f.trig[len(f.trig)-1].End, f.trigDays[len(f.trig)-1][1] = seg.End, f.days[k][1]
				} else {
					f.trig, f.trigDays = append(f.trig, seg), append(f.trigDays, [2]int{tFirst, f.days[k][1]})
				}
				lastTrig = k
			}
		}
		if !pStart.After(r.Period.End) {
			seg := Period{pStart, r.Period.End}
			f.widen(seg)
			f.pay = appendRun(f.pay, seg, lastPay == k-1 && r.PartDay == nil)
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
