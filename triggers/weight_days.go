package triggers

// A dayWeigher is the weigher of working days (pro rata by days, the
// default and the whole-workforce path): weigher's code on plain integers.
// A generic method call is not inlined, and the sweep of TRIG-2 and TRIG-4
// makes millions of them in a workforce run, so the working days have this
// copy of upTo, first, stretches and clear, with the same doc comments'
// guarantees; the hours keep the generic weigher. Its searches step forward
// from hints where the sweep's questions come in order.
// TestDayWeigherEqualsWeigher checks that both answer alike.
type dayWeigher struct {
	b   *base
	cum []count // cum[i] is the working days of runs[:i]
	c   *dayCounter
}

// reset makes w the weigher of b, counting every run once, reusing the
// memory of w.cum.
func (w *dayWeigher) reset(b *base, c *dayCounter) {
	w.b, w.c = b, c
	n := len(b.runs)
	if cap(w.cum) < n+1 {
		w.cum = make([]count, n+1)
	}
	cum := w.cum[:n+1]
	cum[0] = 0
	if p, ok := c.holds(b); ok {
		// c.count of each run, without a call per run.
		for i, r := range b.runs {
			cum[i+1] = cum[i] + count(p[int(r.to)+1-c.base]-p[int(r.from)-c.base])
		}
	} else {
		for i, r := range b.runs {
			cum[i+1] = cum[i] + c.count(int(r.from), int(r.to))
		}
	}
	w.cum = cum
}

// firstEnding is base.firstEnding, stepping forward from *hint (the answer
// for an earlier x) when x is not before the run there, else searching; it
// leaves the answer in *hint.
func (w *dayWeigher) firstEnding(x int, hint *int) int {
	runs := w.b.runs
	i := *hint
	if i > 0 && int(runs[i-1].to) >= x { // before the hint: search
		i = w.b.firstEndingIn(x, 0, i)
	}
	for i < len(runs) && int(runs[i].to) < x {
		i++
	}
	*hint = i
	return i
}

// upTo returns the working days of the counted days on or before day x; hint
// is as in firstEnding.
func (w *dayWeigher) upTo(x int, hint *int) count {
	runs := w.b.runs
	i := w.firstEnding(x, hint)
	if i == len(runs) || int(runs[i].from) > x {
		return w.cum[i]
	}
	if int(runs[i].to) == x {
		return w.cum[i+1]
	}
	return w.cum[i] + w.c.count(int(runs[i].from), x)
}

// in returns the working days of the counted days in s..d.
func (w *dayWeigher) in(s, d int) count {
	lo, hi := w.b.inWindow(s, d)
	return w.within(lo, hi, s, d)
}

// within returns the working days in s..d of runs[lo:hi], the runs with a
// day in s..d (base.inWindow): the whole runs' sum, less the days of the
// first before s and of the last after d.
func (w *dayWeigher) within(lo, hi, s, d int) count {
	if hi <= lo {
		return 0
	}
	n := w.cum[hi] - w.cum[lo]
	if f := int(w.b.runs[lo].from); f < s {
		n -= w.c.count(f, s-1)
	}
	if t := int(w.b.runs[hi-1].to); t > d {
		n -= w.c.count(d+1, t)
	}
	return n
}

// first is weigher.first: the first day y with upTo(y) ≥ t (or > t when
// strict), and upTo(y); ok is false if there is none. The caller guarantees
// that no day before the first run qualifies. The answer is at run *hint or
// after it (a sequence of searches with non-decreasing t), and *hint is left
// at its run.
func (w *dayWeigher) first(t count, strict bool, hint *int) (y int, at count, ok bool) {
	if strict {
		t++ // whole days: more than t is at least t + 1
	}
	runs := w.b.runs
	i := *hint
	for i < len(runs) && w.cum[i+1] < t {
		i++
	}
	*hint = i
	if i == len(runs) {
		return 0, 0, false
	}
	from := int(runs[i].from)
	lo, hi := from, int(runs[i].to) // reached at hi
	at = w.cum[i+1]
	base := w.cum[i]
	for lo < hi {
		mid := lo + (hi-lo)/2
		if v := base + w.c.count(from, mid); v >= t {
			hi, at = mid, v
		} else {
			lo = mid + 1
		}
	}
	return lo, at, true
}

// nth returns the day of the k-th working day counted (k ≥ 1, at most the
// working days of all the runs): the first day y with upTo(y) = k. It steps
// forward from run *hint, as first does, and leaves *hint at the answer's
// run. In a run all of whose days are scheduled (as many working days as
// calendar days) the k-th is worked out, not searched; otherwise the answer
// is searched among the run's days from the earliest it can be (a run gains
// at most one working day a day).
func (w *dayWeigher) nth(k count, hint *int) int {
	runs, cum := w.b.runs, w.cum
	i := *hint
	for cum[i+1] < k {
		i++
	}
	*hint = i
	from, to := int(runs[i].from), int(runs[i].to)
	n := int(k - cum[i]) // the n-th working day of run i, n ≥ 1
	lo := from + n - 1
	if int(cum[i+1]-cum[i]) == to-from+1 {
		return lo
	}
	return w.c.reach(from, lo, to, n)
}

// upToFrom is upTo for a sequence of days x that never decreases: it steps
// forward from run *hint (which it leaves at the run it stops at), and in a
// run all of whose days are scheduled the days from its first to x are all
// working days, so they are counted without the schedule.
func (w *dayWeigher) upToFrom(x int, hint *int) count {
	runs := w.b.runs
	i := *hint
	for i < len(runs) && int(runs[i].to) < x {
		i++
	}
	*hint = i
	if i == len(runs) || int(runs[i].from) > x {
		return w.cum[i]
	}
	from, to := int(runs[i].from), int(runs[i].to)
	if x == to {
		return w.cum[i+1]
	}
	if int(w.cum[i+1]-w.cum[i]) == to-from+1 {
		return w.cum[i] + count(x-from+1)
	}
	return w.cum[i] + w.c.count(from, x)
}

// stretches is weigher.stretches: the maximal runs of days on which the
// working days in the rolling window of months ending that day reach t
// (t > 0), appended to out. It is the same sweep, on the indexes of the
// working days counted: the k-th counted working day is nth(k), and the
// window ending day d holds the working days lo+1 … up, where up = upTo(d)
// and lo = upTo(windowStart(d) − 1), since upTo(nth(k)) = k.
//
//   - A stretch can only begin on a working day k ≥ t. The window ending on
//     nth(k) holds k − lo of them; when that is less than t, no day before
//     the (lo + t)-th can be active (lo only grows), so that is the next to
//     try.
//   - Active on d, the window stays at t or more until the working day
//     up − t + 1 leaves it; on that day d the window is worked out again.
//     When it is below t the stretch ends the day before, and the next
//     stretch can begin at the (lo + t)-th working day at the earliest.
//
// Every search is a step forward from where the last of its kind ended (the
// working days asked for, and the days measured, never decrease), so a
// sweep is linear in the runs plus the stretches and their steps. A history
// with fewer than t working days in all has no stretch, found without
// looking at a run. The window days come from the memo's columns for months
// (memoView) when it holds them.
func (w *dayWeigher) stretches(out []span, months int, t count) []span {
	total := w.cum[len(w.cum)-1]
	if total < t {
		return out
	}
	v := w.b.view(months)
	windowStart := func(d int) int {
		if s, ok := v.windowStart(d); ok {
			return s
		}
		return w.b.windowStart(d, months)
	}
	var reachAt, tipAt, loAt, upAt int // cursors: each sequence of questions is in order
	for k := t; k <= total; {
		d := w.nth(k, &reachAt)
		lo := w.upToFrom(windowStart(d)-1, &loAt)
		if k-lo < t {
			k = lo + t
			continue
		}
		start, up := d, k
		for up-lo >= t {
			j := up - t + 1
			y := w.nth(j, &tipAt)
			var ok bool
			if d, ok = v.leave(y); !ok {
				d = w.b.leaves(y, months)
			}
			if s := windowStart(d); s == y+1 {
				// The window ending d begins the day after the j-th working
				// day (as it mostly does: it left the window that day), so
				// it holds those after it: upTo(y) = j.
				lo = j
			} else {
				lo = w.upToFrom(s-1, &loAt)
			}
			up = w.upToFrom(d, &upAt)
		}
		out = append(out, span{start, d - 1})
		k = lo + t
	}
	return out
}

// clear is weigher.clear: the first day after d on which the window no
// longer reaches t if nothing is counted after d.
func (w *dayWeigher) clear(months int, t count, d int) int {
	var h, tip int
	y, _, _ := w.first(w.upTo(d, &h)-t, true, &tip)
	return w.b.leaves(y, months)
}
