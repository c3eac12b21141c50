package triggers

import (
	"slices"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A Summary is an [Activation] without its lists: the trigger, the day it
// activated and the day it cleared, and the counts of the window ending on
// the activation day against the threshold. It is what a whole-workforce
// report needs of each activation, at a small part of the cost: its fields
// are those of the Activation and of its Evidence, without building the
// evidence's lists of episodes, days and exclusions. For the explanation of
// an activation, use [Monitor.Timeline].
type Summary struct {
	Trigger Trigger      `json:"trigger"`
	Date    absence.Date `json:"date"`
	// Cleared is as in Activation: zero, in TimelineSummaryTo, while still
	// active on the cut-off date.
	Cleared absence.Date `json:"cleared"`
	// Window, Episodes, WorkingDays and Threshold are Evidence.Window,
	// Evidence.Episodes, Evidence.WorkingDays and Evidence.Threshold.Value of
	// the activation.
	Window      absence.Period  `json:"window"`
	Episodes    int             `json:"episodes"`
	WorkingDays int             `json:"workingDays"`
	Threshold   decimal.Decimal `json:"threshold"`
}

// TimelineSummary returns [Monitor.Timeline] without the lists: one
// [Summary] per activation, in the same order (date, then trigger).
func (m *Monitor) TimelineSummary() []Summary { return m.summary(noClip, false) }

// TimelineSummaryTo returns [Monitor.TimelineTo] without the lists. It fails
// only for an invalid date.
func (m *Monitor) TimelineSummaryTo(asOf absence.Date) ([]Summary, error) {
	if !asOf.IsValid() {
		return nil, dateErr("asOf", asOf)
	}
	return m.summary(asOf.UnixDays(), true), nil
}

func (m *Monitor) summary(cut int, cutting bool) []Summary {
	n := 0
	for _, t := range Points() {
		n += len(m.act[t])
	}
	if n == 0 {
		return nil
	}
	return m.appendSummary(make([]Summary, 0, n), cut, cutting)
}

// appendSummary appends the summaries to out.
func (m *Monitor) appendSummary(out []Summary, cut int, cutting bool) []Summary {
	g := newMerge(&m.act)
	b := m.b
	// A Summariser's memo holds the dates and the windows' first days of
	// the days around the counted runs: read here without a call. It may
	// grow meanwhile (b.date and b.windowStart grow it for a day it does not
	// hold); the days it held keep their values.
	var (
		dates  []absence.Date
		base   int
		starts [numTriggers][]int32 // the windows' first days of each trigger, from base; nil if not memoized
	)
	if mm := b.memo; mm != nil {
		dates, base = mm.dates, mm.base
		for t := TRIG1; t <= TRIG4; t++ {
			if k := mm.index(m.months(t)); k >= 0 {
				starts[t] = mm.start[k]
			}
		}
	}
	date := func(d int) absence.Date {
		if i := uint(d - base); i < uint(len(dates)) {
			return dates[i]
		}
		return b.date(d)
	}
	// The runs of the window ending on each activation day, [lo, hi): hi
	// is the first run starting after the day, and the days only grow; lo,
	// the first run ending in the window, only grows for each trigger.
	var hi int
	var lo [numTriggers]int
	n := 0
	for t := TRIG1; t <= TRIG5; t++ {
		n += len(m.act[t])
	}
	out = slices.Grow(out, n) // room for every stretch: written in place below
	for {
		t, s, ok := g.next()
		if !ok || cutting && s.from > cut {
			return out // every stretch left starts later
		}
		d := s.from
		var start, episodes, days int
		if t == TRIG5 {
			start, episodes, days = m.longCounts(d)
		} else {
			for hi < len(b.runs) && int(b.runs[hi].from) <= d {
				hi++
			}
			if i := uint(d - base); i < uint(len(starts[t])) {
				start = int(starts[t][i]) // b.windowStart(d, m.months(t))
			} else {
				start = b.windowStart(d, m.months(t))
			}
			lo[t] = b.firstEndingIn(start, lo[t], hi)
			if l := lo[t]; m.m == &m.dm && hi > l { // countsIn, written out for the working days
				episodes = int(b.runs[hi-1].ep-b.runs[l].ep) + 1
				days = int(m.dm.w.within(l, hi, start, d))
			} else {
				episodes, days = m.countsIn(start, d, l, hi)
			}
		}
		// Every field written in place, without building a Summary to copy
		// (1.4 M instructions of the small bench set). The room may hold an
		// earlier employee's summary: every field is written, and
		// TestTRIG_SummariserEqualsMonitor compares reused room with new.
		out = out[:len(out)+1]
		a := &out[len(out)-1]
		a.Trigger, a.Date, a.Threshold = t, date(d), m.th[t].Value
		a.Cleared = absence.Date{}
		if !cutting || s.to < cut {
			a.Cleared = date(s.to + 1)
		}
		a.Window = absence.Period{Start: date(start), End: a.Date} // the window ends on the activation day
		a.Episodes, a.WorkingDays = episodes, days
	}
}

// countsIn returns the episodes with counted days in s..d and their working
// days (or hours), as evidenceIn finds them, given the runs with a day in it,
// [lo, hi) (base.inWindow).
func (m *Monitor) countsIn(s, d, lo, hi int) (episodes, days int) {
	if hi > lo {
		// The runs of an episode are consecutive, and episodes in date order.
		episodes = int(m.b.runs[hi-1].ep-m.b.runs[lo].ep) + 1
	}
	if m.m == &m.dm { // working days: the prefix sums of the runs in s..d
		days = int(m.dm.w.within(lo, hi, s, d))
	} else {
		for _, r := range m.b.runs[lo:hi] {
			days += int(m.days.count(max(int(r.from), s), min(int(r.to), d)))
		}
	}
	return episodes, days
}

// longCounts returns the first day of the TRIG-5 window ending on day d, and
// the episodes and working days that longEvidence lists in it, choosing them
// by the same longPick.
func (m *Monitor) longCounts(d int) (start, episodes, days int) {
	s := m.b.windowStart(d, m.pol.TRIG5.Months)
	pick := m.longPick(s, d)
	lo, hi := m.b.inWindow(s, d)
	last := int32(-1)
	for _, r := range m.b.runs[lo:hi] {
		if !pick.keep(int(r.ep)) {
			continue
		}
		if r.ep != last {
			episodes, last = episodes+1, r.ep
		}
		days += int(m.days.count(max(int(r.from), s), min(int(r.to), d)))
	}
	return s, episodes, days
}
