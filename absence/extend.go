package absence

import (
	"slices"
	"sort"
)

// An Extender answers, for one hypothetical record after another, what the
// counted runs of an employee's history would be with that record added: a
// what-if, or a forward calendar asking about every day of a year. Its
// answers are those of
//
//	b.Counted(emp, append(records, r))
//
// for a [Builder] b — the same episodes formed by the same code — but it
// forms again only the spells the new record touches. A spell is a run of
// records with no worked scheduled day between them (ABS-2), and whether two
// neighbouring records share one depends on them and the days between them
// alone, so a new record can only change the spell of the record before it
// and the spell of the record after it (with the spells that share a record
// with them: a record cut by days at work, ABS-20, may lie in several);
// every other spell, and its episode, stays as it was. A new record over
// another (sickness over booked leave, ABS-21) forms them all again. Once a
// record after every record is found to start a spell of its own, a later
// one is known to as well (the worked day between stays between), and the
// last spell is not formed again for it.
//
// An Extender is not safe for concurrent use.
type Extender struct {
	emp     Employee
	records []Record // the employee's records, as given (a copy)
	f       former   // the records in date order
	lf      former   // forms the spells around a new record
	b       Builder  // for the error of overlapping records

	runs     CountedRuns // the counted runs of the records alone
	starts   []int       // starts[s]: the position in f.order where spell s starts; starts[len-1] = len(order)
	spellOf  []int       // spellOf[k]: the spell of the piece at position k
	group    [][2]int    // group[s]: the spells, first and last, that share a record with spell s, directly or through others
	covered  [][2]int    // the days the records' periods hold, as Unix days, in date order, joined where they touch
	firstRun []int       // firstRun[s]: the index in runs.Runs of spell s's first run (len(spells)+1 entries)
	episodes []int       // episodes[s]: the episodes formed before spell s (len(spells)+1 entries)

	local  []Record // scratch: the records of the spells a new record touches, with it
	change Change
	// apart is a day from which a record after every record, with no part
	// day, is known to share no spell with the last one: a worked scheduled
	// day lies between them (ABS-2), and so it does for any later day. -1
	// until a With call finds one.
	apart int
}

// A Change is how the counted runs of an [Extender]'s records change with
// one more record: Runs[From:To] of [Extender.Counted] are replaced by
// Change.Runs, and the episode index of every run after them moves by Shift.
// A record over another (sickness over booked leave, ABS-21) replaces them
// all.
// The result is what [Builder.Counted] returns for the records with the new
// one added.
type Change struct {
	From, To int // the runs replaced: Counted().Runs[From:To]
	// Runs are the counted runs of the spells the new record touches, with
	// it; their Episodes are indexes in the History with the record added.
	Runs CountedRuns
	// Shift is what the new record adds to the index of every later
	// episode: 1 when it forms an episode of its own, -1 when it joins two
	// into one, else 0.
	Shift int
}

// NewExtender validates emp and records as [NewHistory] does, failing with
// the same error, and forms their episodes under pol, ready for
// [Extender.With].
func NewExtender(emp Employee, records []Record, pol Policy) (*Extender, error) {
	if err := pol.Validate(); err != nil {
		return nil, err
	}
	x := &Extender{emp: emp, records: slices.Clone(records), apart: -1}
	x.f.pol, x.lf.pol, x.b.f.pol = pol, pol, pol
	if err := x.f.start(emp, x.records); err != nil {
		return nil, err
	}
	x.spellOf = make([]int, len(x.f.order))
	episodes := x.f.form(&x.runs, 0, func(first, end, episode int) {
		for k := first; k < end; k++ {
			x.spellOf[k] = len(x.starts)
		}
		x.starts = append(x.starts, first)
		x.firstRun = append(x.firstRun, len(x.runs.Runs))
		x.episodes = append(x.episodes, episode)
	})
	x.starts = append(x.starts, len(x.f.order))
	x.firstRun = append(x.firstRun, len(x.runs.Runs))
	x.episodes = append(x.episodes, episodes)
	x.groups()
	for _, i := range x.f.byStart {
		p := x.records[i].Period
		span := [2]int{p.Start.UnixDays(), p.End.UnixDays()}
		if n := len(x.covered); n > 0 && span[0] <= x.covered[n-1][1]+1 {
			x.covered[n-1][1] = max(x.covered[n-1][1], span[1])
		} else {
			x.covered = append(x.covered, span)
		}
	}
	x.f.emp, x.f.records = Employee{}, nil
	return x, nil
}

// groups works out x.group: a record cut into pieces in several spells
// (days at work under a "may be fit" note between them, ABS-20) ties those
// spells together, since a new record next to one of them is formed with
// the whole record.
func (x *Extender) groups() {
	spells := len(x.starts) - 1
	reach := make([]int, spells) // reach[s]: the last spell that a record with a piece in spell s reaches
	for s := range reach {
		reach[s] = s
	}
	if x.f.cut {
		firstSpell := map[int]int{}
		for k, i := range x.f.order {
			s := x.spellOf[k]
			if p, ok := firstSpell[i]; ok {
				reach[p] = max(reach[p], s)
			} else {
				firstSpell[i] = s
			}
		}
	}
	x.group = make([][2]int, spells)
	for s := 0; s < spells; {
		end := reach[s]
		for t := s; t <= end; t++ {
			end = max(end, reach[t])
		}
		for t := s; t <= end; t++ {
			x.group[t] = [2]int{s, end}
		}
		s = end + 1
	}
}

// form forms the episodes of the records f has started on, as a Builder
// does, appending their counted runs to out with episode indexes from first;
// before each spell it calls each (if not nil) with the spell's positions in
// f.order and the index its episode would have. It returns the index after
// the last episode formed.
func (f *former) form(out *CountedRuns, episode int, each func(first, end, episode int)) int {
	for first := 0; first < len(f.order); {
		end := f.spellEnd(first)
		if each != nil {
			each(first, end, episode)
		}
		if f.spell(first, end) == anEpisode {
			out.Runs = append(out.Runs, f.trig...)
			out.Days = append(out.Days, f.trigDays...)
			for range f.trig {
				out.Episodes = append(out.Episodes, episode)
			}
			episode++
		}
		first = end
	}
	return episode
}

// Counted returns the counted runs of the records alone: what
// [Builder.Counted] returns for them. The result belongs to x: do not change
// it.
func (x *Extender) Counted() CountedRuns { return x.runs }

// Covers reports whether one of the records has day d in its period.
func (x *Extender) Covers(d Date) bool {
	return x.overlaps(d.UnixDays(), d.UnixDays())
}

// overlaps reports whether a record's period holds a day from Unix day from
// to Unix day to.
func (x *Extender) overlaps(from, to int) bool {
	k := sort.Search(len(x.covered), func(k int) bool { return x.covered[k][1] >= from })
	return k < len(x.covered) && x.covered[k][0] <= to
}

// whole returns the change r makes by forming every spell again, for a
// record that overlaps another: allowed only for sickness over booked leave
// (ABS-21), which is rare; otherwise the error of the whole input. The
// change replaces every run, so no later run moves (Shift is 0).
func (x *Extender) whole(r Record) (Change, error) {
	runs, err := x.b.Counted(x.emp, append(slices.Clip(x.records), r))
	if err != nil {
		return Change{}, err
	}
	c := &x.change
	c.Runs.Runs = append(c.Runs.Runs[:0], runs.Runs...)
	c.Runs.Episodes = append(c.Runs.Episodes[:0], runs.Episodes...)
	c.Runs.Days = append(c.Runs.Days[:0], runs.Days...)
	c.From, c.To, c.Shift = 0, len(x.runs.Runs), 0
	return *c, nil
}

// firstOf reports whether the piece at position p is the first of record i
// at a position from lo on.
func (f *former) firstOf(p, i, lo int) bool {
	return !f.cut || !slices.Contains(f.order[lo:p], i)
}

// position returns the position in date order at which a record starting on
// Unix day day goes (after the records starting on or before it), and the
// number of records.
func (x *Extender) position(day int) (int, int) {
	n := len(x.f.order)
	return sort.Search(n, func(k int) bool { return x.f.days[k][0] > day }), n
}

// With returns how the counted runs change with r added to the records. It
// fails as Builder.Counted would for the records with r appended: r is
// record len(records), and a record overlapping another is an error. The
// result shares x's memory: it is valid until the next call of With.
func (x *Extender) With(r Record) (Change, error) {
	n := len(x.records)
	days, err := r.validate(n, x.emp.Schedule)
	if err != nil {
		return Change{}, err
	}
	from, to := days[0], days[1]
	if x.overlaps(from, to) {
		// Overlapping records: the error the whole input gives, or, for
		// sickness over booked leave (ABS-21), every spell formed again.
		return x.whole(r)
	}
	k, count := x.position(from)
	// The spells r may touch: the one before it and the one after it.
	lo, hi := 0, 0 // spells lo..hi-1
	last := len(x.starts) - 1
	switch {
	case count == 0:
	case k == count && r.PartDay == nil && x.apart >= 0 && from >= x.apart:
		lo, hi = last, last // after every record and apart from them: no spell touched
	case k == 0:
		lo, hi = 0, 1
	case k == count:
		lo, hi = x.spellOf[k-1], last
	default:
		lo, hi = x.spellOf[k-1], x.spellOf[k]+1
	}
	if lo < hi { // whole records: the spells they share
		lo, hi = x.group[lo][0], x.group[hi-1][1]+1
	}
	x.local = x.local[:0]
	for p := x.starts[lo]; p < x.starts[hi]; p++ {
		if i := x.f.order[p]; !x.f.firstOf(p, i, x.starts[lo]) {
			continue // a piece of a record already taken
		}
		x.local = append(x.local, x.records[x.f.order[p]])
	}
	x.local = append(x.local, r)
	if err := x.lf.start(x.emp, x.local); err != nil {
		return Change{}, err // never: the records are valid and do not overlap
	}
	c := &x.change
	c.Runs.Runs, c.Runs.Episodes, c.Runs.Days = c.Runs.Runs[:0], c.Runs.Episodes[:0], c.Runs.Days[:0]
	// own: a spell starts with r's first piece (r is the last record of
	// local, and it overlaps none).
	mine := slices.Index(x.lf.order, len(x.local)-1)
	first, own := x.episodes[lo], false
	end := x.lf.form(&c.Runs, first, func(p, _, _ int) { own = own || p == mine })
	x.lf.emp, x.lf.records = Employee{}, nil
	if k == count && lo < hi && r.PartDay == nil && own && (x.apart < 0 || from < x.apart) {
		x.apart = from // r starts a spell of its own after the last one
	}
	c.From, c.To, c.Shift = x.firstRun[lo], x.firstRun[hi], (end-first)-(x.episodes[hi]-first)
	return *c, nil
}
