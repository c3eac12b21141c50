package triggers

import (
	"sort"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A Threshold is what a trigger's count is compared with, and how it was
// worked out from the policy: after any reasonable adjustment, then pro rata.
// A count reaches it when count ≥ Value, compared exactly.
type Threshold struct {
	// Value is the threshold applied, in Unit: episodes, working days
	// (10 × FTE, possibly fractional: 6.5 is reached by the 7th day), hours
	// (10 × standard day hours × FTE) or calendar days (28; 29 under the
	// "more than 4 weeks" reading).
	Value decimal.Decimal `json:"value"`
	Unit  Unit            `json:"unit"` // what Value counts
	// Policy is the policy's value before adjustment and pro rata: episodes,
	// full-time working days or calendar days.
	Policy decimal.Decimal `json:"policy"`
	// Adjusted is the raised value of a reasonable adjustment, before pro
	// rata; zero if the threshold is not adjusted.
	Adjusted decimal.Decimal `json:"adjusted"`
	// Adjustment describes the adjustment (when agreed, reference); may be
	// empty even when Adjusted is set.
	Adjustment string `json:"adjustment,omitempty"`
	// FTE is the pro-rata factor of a working-day trigger; zero otherwise.
	FTE decimal.Decimal `json:"fte"`
	// DayHours is the standard day in hours when pro rata is by hours.
	DayHours decimal.Decimal `json:"dayHours"`
	// Reading is the TRIG-5 reading (28 or more, or more than 4 weeks).
	Reading Length `json:"reading"`
	// Measure is, for TRIG-5, how an episode's length is measured: its
	// counted days (the default) or its counted span.
	Measure Measure `json:"measure"`
}

// IsAdjusted reports whether a reasonable adjustment raised the threshold.
func (t Threshold) IsAdjusted() bool { return !t.Adjusted.IsZero() }

// Evidence is what a trigger decision on one day rests on: the window, the
// episodes and days counted in it, those left out and why, and the
// threshold. Everything in it is cut at that day. Checks of triggers with the
// same window may share its slices: treat them as read-only.
type Evidence struct {
	// Window is the rolling window ending on the day: 6 or 12 months for
	// TRIG-1 … TRIG-4, the TRIG-5 window (12 months) for TRIG-5.
	Window absence.Period `json:"window"`
	Months int            `json:"months"` // the window's length in months
	// Counted are the episodes with counted days in the window, in date
	// order. For TRIG-5: the episodes that reach the length (or, when none
	// does, the longest episode in the window).
	Counted []Counted `json:"counted"`
	// Excluded are the days in the window, of any episode, that do not count
	// for triggers and why (ABS-7, and leave or other absence inside an
	// episode).
	Excluded []Excluded `json:"excluded,omitempty"`
	// BeforeMeeting are the counted days in the window on or before the stage
	// meeting, left out when counting only after the meeting.
	BeforeMeeting []Counted `json:"beforeMeeting,omitempty"`
	// Episodes, WorkingDays and Hours total Counted: the count of TRIG-1 and
	// TRIG-3, and the working days (or hours) lost of TRIG-2 and TRIG-4.
	// Hours are worked out only when the policy is pro rata by hours (they
	// are zero otherwise).
	Episodes    int             `json:"episodes"`
	WorkingDays int             `json:"workingDays"`
	Hours       decimal.Decimal `json:"hours"`
	// CalendarDays is, for TRIG-5, the longest length among Counted, cut at
	// the day, by the policy's measure (Threshold.Measure): Counted.CountedDays
	// by default, else the length of Counted.Span.
	CalendarDays int       `json:"calendarDays,omitempty"`
	Threshold    Threshold `json:"threshold"` // after adjustment and pro rata
}

// Counted is one episode's contribution to a window.
type Counted struct {
	Episode int              `json:"episode"` // index in History.Episodes
	Days    []absence.Period `json:"days"`    // its counted days in the window, in order
	// Span is the episode's counted span (first to last counted day) cut at
	// the day, not clipped to the window: the length TRIG-5 measures under
	// the CountedSpan measure.
	Span absence.Period `json:"span"`
	// CountedDays is the calendar days of the episode's counted runs cut at
	// the day, not clipped to the window: the length TRIG-5 measures by
	// default (days inside Span that do not count add nothing).
	CountedDays int              `json:"countedDays"`
	WorkingDays int              `json:"workingDays"` // scheduled days in Days
	Hours       decimal.Decimal  `json:"hours"`       // scheduled hours in Days (pro rata by hours only)
	Reasons     []absence.Reason `json:"reasons"`     // the episode's reasons
}

// Excluded is a run of days in a window that does not count, with the
// episode it belongs to and the absence package's reason.
type Excluded struct {
	Episode int `json:"episode"` // index in History.Episodes
	absence.Exclusion
}

// evidence returns the evidence of t on day d.
func (m *Monitor) evidence(t Trigger, d int) Evidence { return m.evidenceIn(t, d, nil) }

// A windowCache keeps the lists of one window so that triggers sharing it
// (TRIG-1 and TRIG-2, TRIG-3 and TRIG-4 by default) build them once.
type windowCache struct {
	months                 int
	counted, beforeMeeting []Counted
	excluded               []Excluded
}

// evidenceIn is evidence, sharing the lists of an equal window with cache
// when cache is not nil.
func (m *Monitor) evidenceIn(t Trigger, d int, cache *windowCache) Evidence {
	if t == TRIG5 {
		return m.longEvidence(d)
	}
	months := m.months(t)
	s := windowStart(d, months)
	ev := Evidence{Window: period(s, d), Months: months, Threshold: m.th[t], Hours: decimal.Zero}
	if cache != nil && cache.months == months {
		ev.Counted, ev.Excluded, ev.BeforeMeeting = cache.counted, cache.excluded, cache.beforeMeeting
	} else {
		ev.Counted = m.counted(m.b, s, d, nil)
		ev.Excluded = m.excluded(s, d)
		if m.b != m.full && m.meeting.UnixDays() >= s {
			ev.BeforeMeeting = m.counted(m.full, s, min(d, m.meeting.UnixDays()), nil)
		}
		if cache != nil {
			*cache = windowCache{months: months, counted: ev.Counted, excluded: ev.Excluded, beforeMeeting: ev.BeforeMeeting}
		}
	}
	for _, c := range ev.Counted {
		ev.WorkingDays += c.WorkingDays
		ev.Hours = ev.Hours.Add(c.Hours)
	}
	ev.Episodes = len(ev.Counted)
	return ev
}

// counted lists the episodes of b with counted days in s..d; keep, if not
// nil, selects episodes by ordinal.
func (m *Monitor) counted(b *base, s, d int, keep func(k int) bool) []Counted {
	lo, hi := b.inWindow(s, d)
	var out []Counted
	sched := m.h.Employee.Schedule
	hours := m.pol.ProRata == ByHours
	for i := lo; i < hi; i++ {
		r := b.runs[i]
		if keep != nil && !keep(int(r.ep)) {
			continue
		}
		if len(out) == 0 || out[len(out)-1].Episode != b.eps[r.ep].index {
			e := b.eps[r.ep]
			sp, _ := b.spanOf(int(r.ep), d)
			out = append(out, Counted{Episode: e.index, Span: period(sp.from, sp.to), Hours: decimal.Zero,
				CountedDays: b.countedDays(int(r.ep), d), Reasons: m.h.Episodes[e.index].Reasons})
		}
		c := &out[len(out)-1]
		from, to := max(int(r.from), s), min(int(r.to), d)
		c.Days = append(c.Days, period(from, to))
		c.WorkingDays += int(m.days.count(from, to))
		if hours {
			c.Hours = c.Hours.Add(sched.ScheduledHours(period(from, to)))
		}
	}
	return out
}

// excluded lists the days in s..d of any episode that do not count.
func (m *Monitor) excluded(s, d int) []Excluded {
	eps := m.h.Episodes
	w := period(s, d)
	i := sort.Search(len(eps), func(i int) bool { return eps[i].Period.End.UnixDays() >= s })
	var out []Excluded
	for ; i < len(eps) && eps[i].Period.Start.UnixDays() <= d; i++ {
		for _, x := range eps[i].Triggers.Excluded {
			if p, ok := x.Period.Intersect(w); ok {
				x.Period = p
				out = append(out, Excluded{Episode: i, Exclusion: x})
			}
		}
	}
	return out
}

// longEvidence is the TRIG-5 evidence on day d: the episodes with a counted
// day in the TRIG-5 window that have reached the length by d (and, counting
// the full window after a meeting, reached it after the meeting); if none
// has, the longest of them (see longPick).
func (m *Monitor) longEvidence(d int) Evidence {
	months := m.pol.TRIG5.Months
	s := windowStart(d, months)
	ev := Evidence{Window: period(s, d), Months: months, Threshold: m.th[TRIG5], Hours: decimal.Zero}
	pick := m.longPick(s, d)
	ev.Counted = m.counted(m.b, s, d, pick.keep)
	for _, c := range ev.Counted {
		ev.WorkingDays += c.WorkingDays
		ev.Hours = ev.Hours.Add(c.Hours)
		ev.CalendarDays = max(ev.CalendarDays, c.length(m.lim.counted))
	}
	ev.Episodes = len(ev.Counted)
	ev.Excluded = m.excluded(s, d)
	return ev
}

// A longPick is the choice of the episodes in the TRIG-5 evidence of one
// day: those that have reached the length, or, if none has, the longest.
type longPick struct {
	m        *Monitor
	d, after int // the day; reaching the length counts only after the day after
	any      bool
	longest  int // ordinal of the longest episode, when none has reached
}

// longPick chooses the episodes of the TRIG-5 evidence on day d, whose
// window starts on day s.
func (m *Monitor) longPick(s, d int) longPick {
	pk := longPick{m: m, d: d, after: noClip, longest: -1}
	if !m.meeting.IsZero() && m.b == m.full {
		pk.after = m.meeting.UnixDays()
	}
	lo, hi := m.b.inWindow(s, d)
	best, prev := 0, -1
	for i := lo; i < hi; i++ {
		k := int(m.b.runs[i].ep)
		if k == prev {
			continue // the runs of an episode are consecutive: each episode once
		}
		prev = k
		if pk.reached(k) {
			pk.any = true
			return pk
		}
		if n := m.b.lengthOf(k, d, m.lim.counted); n > best {
			pk.longest, best = k, n
		}
	}
	return pk
}

// reached reports whether episode k, seen up to the day, has reached the
// length (after the meeting, when counting the full window).
func (pk longPick) reached(k int) bool {
	lim := pk.m.lim
	if pk.m.b.lengthOf(k, pk.d, lim.counted) < lim.length {
		return false
	}
	on, _ := pk.m.b.reach(k, lim.length, lim.counted)
	return on > pk.after
}

// keep reports whether episode k is in the evidence.
func (pk longPick) keep(k int) bool {
	if pk.any {
		return pk.reached(k)
	}
	return k == pk.longest
}

// length returns c's TRIG-5 length: its counted days (counted) or the length
// of its counted span.
func (c Counted) length(counted bool) int {
	if counted {
		return c.CountedDays
	}
	return c.Span.Days()
}
