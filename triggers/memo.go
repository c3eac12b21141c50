package triggers

import "github.com/absencerules/hr14/absence"

// A dayMemo remembers, for a Summariser, the calendar arithmetic of each day
// it meets: the date, and for each of the policy's window lengths the first
// day of the rolling window ending on it (absence.RollingWindow) and the
// first day whose window no longer holds it (absence.LeavesWindow). The
// sweep asks these for every counted run and every window, and a workforce's
// absences fall on a few thousand distinct days, so each is worked out once
// per Summariser instead of tens of times per employee. The values are the
// absence package's; only the layout is the memo's.
type dayMemo struct {
	months []int               // the distinct window lengths of the policy, at most 3
	slot   [maxMonths + 1]int8 // slot[m] is the index of m in months, plus 1; 0 if not there
	base   int                 // Unix day of ent[0]
	ent    []memoEntry         // ent[d-base]
}

type memoEntry struct {
	date   absence.Date
	start  [3]int32 // windowStart(d, months[k])
	leaves [3]int32 // leaves(d, months[k])
	ok     bool
}

// maxMemoDays bounds a memo (about 180 years, 4 MiB): days outside it are
// worked out each time.
const maxMemoDays = 1 << 16

func newDayMemo(p Policy) *dayMemo {
	t := &dayMemo{}
	for _, m := range []int{p.TRIG1.Months, p.TRIG2.Months, p.TRIG3.Months, p.TRIG4.Months, p.TRIG5.Months} {
		if t.index(m) < 0 {
			t.months = append(t.months, m)
		}
	}
	if len(t.months) > 3 { // a policy of four or more window lengths: not memoized
		return nil
	}
	for k, m := range t.months {
		if m >= 0 && m <= maxMonths {
			t.slot[m] = int8(k + 1)
		}
	}
	return t
}

// index returns the index of a window length in t.months, or -1.
func (t *dayMemo) index(months int) int {
	if months >= 0 && months <= maxMonths && t.slot[months] > 0 {
		return int(t.slot[months]) - 1
	}
	for k, m := range t.months {
		if m == months {
			return k
		}
	}
	return -1
}

// known returns the entry of Unix day d if it has been worked out, else nil
// (then fill works it out): small enough to be inlined in the sweep's
// questions, which the memo answers nearly always.
func (t *dayMemo) known(d int) *memoEntry {
	if i := uint(d - t.base); i < uint(len(t.ent)) {
		if e := &t.ent[i]; e.ok {
			return e
		}
	}
	return nil
}

// fill returns the entry of Unix day d, worked out and the memo grown to
// hold it if need be; nil if the memo would get too large.
func (t *dayMemo) fill(d int) *memoEntry {
	i := d - t.base
	if i < 0 || i >= len(t.ent) {
		if !t.grow(d) {
			return nil
		}
		i = d - t.base
	}
	e := &t.ent[i]
	if !e.ok {
		e.date = date(d)
		for k, m := range t.months {
			e.start[k] = int32(windowStart(d, m))
			e.leaves[k] = int32(leaves(d, m))
		}
		e.ok = true
	}
	return e
}

// grow widens the memo to hold d, by at least a year on that side; it
// reports false if the memo would get too large.
func (t *dayMemo) grow(d int) bool {
	if len(t.ent) == 0 {
		t.base, t.ent = d-366, make([]memoEntry, 2*366)
		return true
	}
	lo, hi := t.base, t.base+len(t.ent)
	if d < lo {
		lo = min(d, lo-len(t.ent), lo-366)
	} else {
		hi = max(d+1, hi+len(t.ent), hi+366)
	}
	if hi-lo > maxMemoDays {
		return false
	}
	ent := make([]memoEntry, hi-lo)
	copy(ent[t.base-lo:], t.ent)
	t.base, t.ent = lo, ent
	return true
}

// The calendar arithmetic of the engine: from the memo when the base has
// one (a Summariser's), else worked out.

// windowStart returns the first day of the rolling window of months ending
// on day d.
func (b *base) windowStart(d, months int) int {
	if t := b.memo; t != nil {
		if k := t.index(months); k >= 0 {
			e := t.known(d)
			if e == nil {
				e = t.fill(d)
			}
			if e != nil {
				return int(e.start[k])
			}
		}
	}
	return windowStart(d, months)
}

// leaves returns the first day whose rolling window of months no longer
// holds day d.
func (b *base) leaves(d, months int) int {
	if t := b.memo; t != nil {
		if k := t.index(months); k >= 0 {
			e := t.known(d)
			if e == nil {
				e = t.fill(d)
			}
			if e != nil {
				return int(e.leaves[k])
			}
		}
	}
	return leaves(d, months)
}

// date returns the date of Unix day d.
func (b *base) date(d int) absence.Date {
	if t := b.memo; t != nil {
		e := t.known(d)
		if e == nil {
			e = t.fill(d)
		}
		if e != nil {
			return e.date
		}
	}
	return date(d)
}

// period returns the period of Unix days from..to.
func (b *base) period(from, to int) absence.Period {
	return absence.Period{Start: b.date(from), End: b.date(to)}
}
