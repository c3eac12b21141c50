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
	if cap(w.cum) < len(b.runs)+1 {
		w.cum = make([]count, 0, len(b.runs)+1)
	}
	w.cum = append(w.cum[:0], 0)
	sum := count(0)
	for _, r := range b.runs {
		sum += c.count(int(r.from), int(r.to))
		w.cum = append(w.cum, sum)
	}
}

// firstEnding is base.firstEnding, stepping forward from *hint (the answer
// for an earlier x) when x is not before the run there, else searching; it
// leaves the answer in *hint.
func (w *dayWeigher) firstEnding(x int, hint *int) int {
	runs := w.b.runs
	i := *hint
	if i > 0 && int(runs[i-1].to) >= x { // before the hint: search
		lo, hi := 0, i
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if int(runs[mid].to) >= x {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		i = lo
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

// stretches is weigher.stretches: the maximal runs of days on which the
// working days in the rolling window of months ending that day reach t
// (t > 0), appended to out.
func (w *dayWeigher) stretches(out []span, months int, t count) []span {
	var reachAt, tipAt, loAt, upAt int // hints: each sequence of questions is in order
	d, up, ok := w.first(t, false, &reachAt)
	for ok {
		lo := w.upTo(w.b.windowStart(d, months)-1, &loAt)
		f := up - lo
		if f < t {
			d, up, ok = w.first(up+t-f, false, &reachAt)
			continue
		}
		start := d
		for f >= t {
			y, _, _ := w.first(lo+f-t, true, &tipAt) // exists: upTo(d) − lo = f > f − t
			d = w.b.leaves(y, months)
			lo = w.upTo(w.b.windowStart(d, months)-1, &loAt)
			up = w.upTo(d, &upAt)
			f = up - lo
		}
		out = append(out, span{start, d - 1})
		d, up, ok = w.first(up+t-f, false, &reachAt)
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
