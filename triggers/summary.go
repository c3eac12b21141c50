package triggers

import (
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
	m.activations(cut, cutting, func(t Trigger, s span) {
		a := Summary{Trigger: t, Date: m.b.date(s.from), Threshold: m.th[t].Value}
		if !cutting || s.to < cut {
			a.Cleared = m.b.date(s.to + 1)
		}
		var start int
		if t == TRIG5 {
			start, a.Episodes, a.WorkingDays = m.longCounts(s.from)
		} else {
			start, a.Episodes, a.WorkingDays = m.counts(t, s.from)
		}
		a.Window = absence.Period{Start: m.b.date(start), End: a.Date} // the window ends on the activation day
		out = append(out, a)
	})
	return out
}

// counts returns the first day of the window of t ending on day d, the
// episodes with counted days in it and their working days, as evidenceIn
// finds them.
func (m *Monitor) counts(t Trigger, d int) (start, episodes, days int) {
	s := m.b.windowStart(d, m.months(t))
	lo, hi := m.b.inWindow(s, d)
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
	return s, episodes, days
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
