package triggers

import (
	"math"
	"slices"
	"sort"

	"github.com/absencerules/hr14/absence"
)

// The engine works on compact integer day numbers (absence.Date.UnixDays) and
// on the counted runs of the episodes' trigger views, never on single days:
// every count over a window is a sum of whole runs plus at most two clipped
// runs measured with Schedule.ScheduledDays (or ScheduledHours). Building it
// is linear in the number of runs, and nothing is allocated per calendar day.

// A span is an inclusive run of days as Unix day numbers.
type span struct{ from, to int }

// A run is one counted run of an episode (TriggerView.Counted).
type run struct {
	from, to int32 // Unix days, inclusive
	ep       int32 // ordinal of its episode in base.eps
}

// An episode is a History episode with at least one counted day (in the view
// of the base: after the meeting when counting after a meeting).
type episode struct {
	index       int   // into History.Episodes
	first, last int32 // its runs are base.runs[first..last]
}

// A base is the counted runs of a history, in date order, and the episodes
// they belong to. It is immutable once built.
type base struct {
	runs []run
	eps  []episode
	memo *dayMemo // a Summariser's memo of the calendar arithmetic; nil: worked out
}

// noClip is a day before every valid date: clipping after it keeps all.
const noClip = math.MinInt32

// newBase returns the counted runs of h's episodes that fall after the day
// after (a Unix day; noClip keeps all). It checks that the runs are valid and
// in date order, as absence.NewHistory builds them.
func newBase(h *absence.History, after int) (*base, error) {
	n := 0
	for _, ep := range h.Episodes {
		n += len(ep.Triggers.Counted)
	}
	b := &base{runs: make([]run, 0, n), eps: make([]episode, 0, len(h.Episodes))}
	prev := noClip
	for i, ep := range h.Episodes {
		for _, p := range ep.Triggers.Counted {
			if err := b.add(p, i, &prev, after); err != nil {
				return nil, err
			}
		}
	}
	return b, nil
}

// reset makes b the counted runs of c (an absence.Builder's), reusing b's
// memory: the same runs newBase finds in the History that absence.NewHistory
// builds from the same input. It takes their Unix days as the Builder gives
// them (c.Days), only checking their order. It writes what push would, run
// by run, into memory grown once.
func (b *base) reset(c absence.CountedRuns) error {
	n := len(c.Days)
	runs, eps := slices.Grow(b.runs[:0], n)[:n], slices.Grow(b.eps[:0], n)[:n]
	prev, e := noClip, -1 // e: the last episode written
	episodes := c.Episodes[:n]
	for k, d := range c.Days {
		if d[0] <= prev || d[1] < d[0] {
			b.runs, b.eps = runs[:k], eps[:e+1]
			return inputErr("history", c.Episodes[k], "Triggers.Counted", ErrHistory, c.Runs[k].String())
		}
		prev = d[1]
		if i := episodes[k]; e < 0 || eps[e].index != i {
			e++
			eps[e] = episode{index: i, first: int32(k)}
		}
		eps[e].last = int32(k)
		runs[k] = run{from: int32(d[0]), to: int32(d[1]), ep: int32(e)}
	}
	b.runs, b.eps = runs, eps[:e+1]
	return nil
}

// add appends p, a counted run of History.Episodes[i], keeping its days
// after the day after; prev is the last day of the run added before it, which
// p must follow.
func (b *base) add(p absence.Period, i int, prev *int, after int) error {
	if !p.IsValid() {
		return inputErr("history", i, "Triggers.Counted", ErrHistory, p.String())
	}
	from, to := p.Start.UnixDays(), p.End.UnixDays()
	if from <= *prev {
		return inputErr("history", i, "Triggers.Counted", ErrHistory, p.String()+" is not after the previous counted day")
	}
	*prev = to
	if to <= after {
		return nil
	}
	b.push(max(from, after+1), to, i)
	return nil
}

// push appends the run from..to of History.Episodes[i].
func (b *base) push(from, to, i int) {
	n := int32(len(b.runs))
	k := len(b.eps) - 1
	if k < 0 || b.eps[k].index != i {
		b.eps = append(b.eps, episode{index: i, first: n, last: n})
		k++
	} else {
		b.eps[k].last = n
	}
	b.runs = append(b.runs, run{from: int32(from), to: int32(to), ep: int32(k)})
}

// firstEnding returns the index of the first run ending on or after day x
// (len(runs) if none).
func (b *base) firstEnding(x int) int {
	return sort.Search(len(b.runs), func(i int) bool { return int(b.runs[i].to) >= x })
}

// firstEndingIn returns the index of the first run ending on or after day
// x, given that it is in lo..hi.
func (b *base) firstEndingIn(x, lo, hi int) int {
	runs := b.runs
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(runs[mid].to) >= x {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// inWindow returns the index range [lo, hi) of the runs with a day in s..d.
func (b *base) inWindow(s, d int) (lo, hi int) {
	// Two binary searches, inlined: the evidence of every activation asks
	// this.
	runs := b.runs
	lo = b.firstEndingIn(s, 0, len(runs))
	a, z := lo, len(runs)
	for a < z {
		mid := int(uint(a+z) >> 1)
		if int(runs[mid].from) > d {
			z = mid
		} else {
			a = mid + 1
		}
	}
	return lo, a
}

// latest returns the last counted day on or before d, if any.
func (b *base) latest(d int) (int, bool) {
	i := b.firstEnding(d)
	if i < len(b.runs) && int(b.runs[i].from) <= d {
		return d, true
	}
	if i == 0 {
		return 0, false
	}
	return int(b.runs[i-1].to), true
}

// spanOf returns episode k's counted span cut at day d: first counted day to
// last counted day on or before d; ok is false if it has none by d.
func (b *base) spanOf(k int, d int) (span, bool) {
	e := b.eps[k]
	first := int(b.runs[e.first].from)
	if first > d {
		return span{}, false
	}
	last := int(b.runs[e.last].to)
	if last > d {
		last = d
		// d may fall in a gap between two runs of the episode.
		for r := int(e.last); r >= int(e.first); r-- {
			if int(b.runs[r].from) <= d {
				last = min(d, int(b.runs[r].to))
				break
			}
		}
	}
	return span{first, last}, true
}

// presence returns, for every episode in order, the days on which its
// counted days are in the rolling window of the given months: for each run
// from its first day to the day before it leaves the window, merged within the
// episode. Starts and ends are both in increasing order across the result,
// and an episode's spans never overlap, so the number of spans covering a day
// is the number of episodes in the window ending that day. ep[i] is the
// episode ordinal of spans[i]. It appends to spans and ep.
func (b *base) presence(months int, spans []span, ep []int32) ([]span, []int32) {
	for i, r := range b.runs {
		s := span{int(r.from), b.leaves(int(r.to), months) - 1}
		if i > 0 && b.runs[i-1].ep == r.ep && s.from <= spans[len(spans)-1].to+1 {
			spans[len(spans)-1].to = s.to
			continue
		}
		spans = append(spans, s)
		ep = append(ep, r.ep)
	}
	return spans, ep
}

// memoRuns returns the first Unix day a Summariser's memo holds (its
// columns' index 0), once it holds the last day of every run; ok is false
// without a memo, or if it cannot hold them. The memo holds every window's
// leaving day of a day: once it holds the last days of the first and the
// last run (b.leaves grows it to them), it holds those of every run
// between, to be read from the columns (dayMemo.leaves) without a call.
func (b *base) memoRuns() (base int, ok bool) {
	t := b.memo
	if t == nil || len(b.runs) == 0 || len(t.months) == 0 {
		return 0, false
	}
	first, last := int(b.runs[0].to), int(b.runs[len(b.runs)-1].to)
	b.leaves(first, t.months[0])
	b.leaves(last, t.months[0])
	if _, ok := t.at(first); !ok {
		return 0, false
	}
	if _, ok := t.at(last); !ok {
		return 0, false
	}
	return t.base, true
}

// presenceOf is presence, reading a Summariser's memo without a call when
// it can.
func (b *base) presenceOf(months int, spans []span, eps []int32) ([]span, []int32) {
	if base, ok := b.memoRuns(); ok {
		if slot := b.memo.index(months); slot >= 0 {
			spans, eps = slices.Grow(spans, len(b.runs)), slices.Grow(eps, len(b.runs))
			return b.presentIn(spans, eps, b.memo.leaves[slot], base)
		}
	}
	return b.presence(months, spans, eps)
}

// longest returns the longest calendar extent of an episode, from its first
// counted day to its last (0 if none), which bounds its TRIG-5 length (see
// long).
func (b *base) longest() int {
	longest := 0
	if len(b.runs) == len(b.eps) { // every episode one run
		for _, r := range b.runs {
			longest = max(longest, int(r.to)-int(r.from)+1)
		}
		return longest
	}
	for _, e := range b.eps {
		longest = max(longest, int(b.runs[e.last].to)-int(b.runs[e.first].from)+1)
	}
	return longest
}

// presentIn is presence for a window whose leaving days, a memo's column
// from Unix day base, hold the last day of every run, appending to
// spans and eps, which have room for a span a run: written in place, with no
// call, so that the loop's values stay in registers.
func (b *base) presentIn(spans []span, eps []int32, leaving []int32, base int) ([]span, []int32) {
	n := len(spans)
	out, ep := spans[n:n+len(b.runs)], eps[n:n+len(b.runs)]
	if len(b.runs) == len(b.eps) {
		// Every episode is one run (as nearly always): nothing to merge.
		for i, r := range b.runs {
			out[i] = span{int(r.from), int(leaving[int(r.to)-base]) - 1}
			ep[i] = r.ep
		}
		return spans[:n+len(b.runs)], eps[:n+len(b.runs)]
	}
	k := 0
	for i, r := range b.runs {
		from := int(r.from)
		leaves := int(leaving[int(r.to)-base]) // b.leaves(r.to, months)
		if i > 0 && b.runs[i-1].ep == r.ep && from <= out[k-1].to+1 {
			out[k-1].to = leaves - 1
			continue
		}
		out[k], ep[k] = span{from, leaves - 1}, r.ep
		k++
	}
	return spans[:n+k], eps[:n+k]
}

// coverage returns the maximal runs of days covered by at least n of spans,
// whose starts and ends are each in increasing order (as presence returns
// them). A day is covered by at least n spans exactly when, for some j, it
// lies in [spans[j+n-1].from, spans[j].to], so the result is the union of
// those intervals, which are themselves in order: linear time. It appends to
// out.
func coverage(out, spans []span, n int) []span {
	if len(spans) < n || n < 1 {
		return out // fewer spans than n cover no day
	}
	// At most one stretch for each j: room made once, then written in place
	// by a loop with no call, so that its values stay in registers.
	k := len(out)
	out = slices.Grow(out, len(spans)-n+1)
	return out[:k+covered(out[k:k+len(spans)-n+1], spans, n)]
}

// covered is coverage's loop: it writes the stretches to out, which has
// room for them, and returns how many.
func covered(out, spans []span, n int) int {
	k := 0
	for j, end := range spans[:len(out)] {
		s := span{spans[j+n-1].from, end.to}
		if s.to < s.from {
			continue
		}
		if k > 0 && s.from <= out[k-1].to+1 { // as appendUnion joins them
			out[k-1].to = max(out[k-1].to, s.to)
			continue
		}
		out[k] = s
		k++
	}
	return k
}

// coverRuns is coverage(out, spans, n) for the spans presence finds when
// every episode is one run, reading the leaving days from a Summariser's
// memo (leaving is the window's column, from Unix day base: memoRuns), without making
// the spans: span j is then runs[j].from to the day before runs[j].to
// leaves the window, so stretch j runs from runs[j+n-1].from to that day.
func coverRuns(out []span, runs []run, leaving []int32, base, n int) []span {
	if len(runs) < n || n < 1 {
		return out // fewer spans than n cover no day
	}
	k := len(out)
	out = slices.Grow(out, len(runs)-n+1)
	return out[:k+coveredRuns(out[k:k+len(runs)-n+1], runs, leaving, base, n)]
}

// coveredRuns is coverRuns's loop, as covered is coverage's.
func coveredRuns(out []span, runs []run, leaving []int32, base, n int) int {
	k := 0
	for j, r := range runs[:len(out)] {
		s := span{int(runs[j+n-1].from), int(leaving[int(r.to)-base]) - 1}
		if s.to < s.from {
			continue
		}
		if k > 0 && s.from <= out[k-1].to+1 { // as appendUnion joins them
			out[k-1].to = max(out[k-1].to, s.to)
			continue
		}
		out[k] = s
		k++
	}
	return k
}

// appendUnion adds s, which starts no earlier than the last span of out, to
// out, joining it to that span when they overlap or touch.
func appendUnion(out []span, s span) []span {
	if k := len(out) - 1; k >= 0 && s.from <= out[k].to+1 {
		out[k].to = max(out[k].to, s.to)
		return out
	}
	return append(out, s)
}

// intersect returns the days in both a and b, each a sorted list of disjoint
// spans, as a sorted list of disjoint spans (joined where they touch),
// appended to out.
func intersect(out, a, b []span) []span {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		s := span{max(a[i].from, b[j].from), min(a[i].to, b[j].to)}
		if s.from <= s.to {
			out = appendUnion(out, s)
		}
		if a[i].to < b[j].to {
			i++
		} else {
			j++
		}
	}
	return out
}

// long returns the TRIG-5 stretches: for each episode whose length reaches
// length calendar days (see reach), from the day it does so while the
// episode has a counted day in the rolling window of the TRIG-5 months, given
// by spans and eps as presence returns them. Only episodes reaching the length
// after the day after count (noClip: all). counted selects the measure of
// the length (CountedDays, else CountedSpan). It appends to out.
func (b *base) long(out []span, length int, counted bool, spans []span, eps []int32, after int) []span {
	for i, s := range spans {
		// An episode's length, either measure, is at most its extent: one
		// shorter than length never reaches it.
		if e := b.eps[eps[i]]; int(b.runs[e.last].to)-int(b.runs[e.first].from)+1 < length {
			continue
		}
		reach, ok := b.reach(int(eps[i]), length, counted)
		if !ok || reach <= after || s.to < reach {
			continue
		}
		out = appendUnion(out, span{max(s.from, reach), s.to})
	}
	return out
}

// reach returns the day on which episode k's length, seen up to that day,
// first reaches length calendar days. ok is false if it never does.
//
// Measured in counted days (counted), it is the counted day that brings the
// calendar days of the episode's counted runs to length: excluded days and
// leave inside the episode add nothing (ABS-7). Measured as the counted span,
// it is the episode's length-th calendar day if that day is counted, otherwise
// the first counted day after it (the day may fall in an excluded stretch or
// in leave inside the episode; until sickness resumes nobody can know the
// episode goes on).
func (b *base) reach(k, length int, counted bool) (int, bool) {
	e := b.eps[k]
	if counted {
		left := length
		for _, r := range b.runs[e.first : e.last+1] {
			n := int(r.to) - int(r.from) + 1
			if n >= left {
				return int(r.from) + left - 1, true
			}
			left -= n
		}
		return 0, false
	}
	day := int(b.runs[e.first].from) + length - 1
	for _, r := range b.runs[e.first : e.last+1] {
		if int(r.to) >= day {
			return max(day, int(r.from)), true
		}
	}
	return 0, false
}

// countedDays returns the calendar days of episode k's counted runs on or
// before day d.
func (b *base) countedDays(k, d int) int {
	e := b.eps[k]
	n := 0
	for _, r := range b.runs[e.first : e.last+1] {
		if int(r.from) > d {
			break
		}
		n += min(int(r.to), d) - int(r.from) + 1
	}
	return n
}

// lengthOf returns episode k's TRIG-5 length seen up to day d: its counted
// days (counted) or its counted span; 0 if it has no counted day by d.
func (b *base) lengthOf(k, d int, counted bool) int {
	if counted {
		return b.countedDays(k, d)
	}
	sp, ok := b.spanOf(k, d)
	if !ok {
		return 0
	}
	return sp.to - sp.from + 1
}

// window returns the first day of the rolling window of the given months
// ending on day d (absence.RollingWindow).
func windowStart(d, months int) int {
	return absence.RollingWindow(absence.FromUnixDays(d), months).Start.UnixDays()
}

// leaves returns the first day whose rolling window of the given months no
// longer holds day d (absence.LeavesWindow).
func leaves(d, months int) int {
	return absence.LeavesWindow(absence.FromUnixDays(d), months).UnixDays()
}

func date(d int) absence.Date { return absence.FromUnixDays(d) }

func period(from, to int) absence.Period { return absence.Period{Start: date(from), End: date(to)} }

// stretchAt returns the last of spans starting on or before d, if any.
func stretchAt(spans []span, d int) (span, bool) {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].from > d })
	if i == 0 {
		return span{}, false
	}
	return spans[i-1], true
}

// after returns a copy of b keeping only the counted days after day d.
func (b *base) after(d int) *base {
	c := &base{runs: make([]run, 0, len(b.runs)), memo: b.memo}
	for _, e := range b.eps {
		first := len(c.runs)
		for _, r := range b.runs[e.first : e.last+1] {
			if int(r.to) <= d {
				continue
			}
			r.from = int32(max(int(r.from), d+1))
			r.ep = int32(len(c.eps))
			c.runs = append(c.runs, r)
		}
		if len(c.runs) > first {
			c.eps = append(c.eps, episode{index: e.index, first: int32(first), last: int32(len(c.runs) - 1)})
		}
	}
	return c
}

// recent returns the days on which the rolling window of the given months
// holds a counted day after day d: for each run, from its first day after d
// to the day before it leaves the window.
func (b *base) recent(months, d int) []span {
	var out []span
	for _, r := range b.runs[b.firstEnding(d+1):] {
		out = appendUnion(out, span{max(int(r.from), d+1), b.leaves(int(r.to), months) - 1})
	}
	return out
}
