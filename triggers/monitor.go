package triggers

import (
	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A Monitor is one employee's absence history prepared for trigger
// evaluation under a policy: the counted runs of every episode as integer day
// numbers, their working days (or hours) as prefix sums, and the stretches of
// days on which each trigger point is active, all computed once by [New] in
// time linear in the number of runs. Its methods answer, for any date, which
// triggers are active and why ([Monitor.Evaluate]), every activation over the
// history ([Monitor.Timeline]), how much room is left ([Monitor.Headroom]) and
// what patterns show ([Monitor.Patterns]).
//
// The semantics (TRIG-1 … TRIG-5 in the package documentation; HR14 SAP 1.2,
// App 11):
//
//   - Only the days of an episode's trigger view count (Triggers.Counted:
//     after the part-day rule ABS-3 and the exclusions of ABS-7). An episode
//     counts in a window if any of its counted days falls in it; working days
//     are the scheduled days of the counted days inside the window
//     (Schedule.ScheduledDays), hours their scheduled hours.
//   - The window of a trigger on day D is absence.RollingWindow(D, months).
//     Evaluating as of D sees only days up to D: an open episode is cut at D.
//   - A trigger is active on D when the window ending D meets its threshold.
//     It activates on the first day of each stretch of active days: for
//     TRIG-1 and TRIG-3 the first counted day of the episode that brings the
//     count to the threshold; for TRIG-2 and TRIG-4 the day of the working
//     day that reaches it (the 7th when the pro-rata threshold is 6.5).
//   - TRIG-5 activates on the day an episode's length reaches 28 calendar
//     days (29 under the "more than 4 weeks" reading) and stays active while
//     that episode has a counted day in the rolling 12 months ending D
//     (App 11: trigger points are "in relation to the 12 month rolling
//     period"). The length is, by default (CountedDays), the calendar days of
//     the episode's counted runs: excluded sickness, leave and other absence
//     inside it add nothing (ABS-7), so it activates on the counted day that
//     brings the count to 28. Under CountedSpan it is the span from the first
//     counted day: the 28th calendar day — or, when that day is not counted,
//     the next counted day, the first day the span seen so far is that long.
//   - TRIG-6 is never activated: see [Monitor.Patterns].
//
// A Monitor is immutable and safe for concurrent use. [Monitor.Since] and
// [Monitor.WithAdjustment] return new Monitors.
type Monitor struct {
	h       absence.History
	pol     Policy
	basis   absence.Basis // pol's, named by every result (zero in a Summariser's)
	adj     Adjustment
	meeting absence.Date // zero: no stage meeting

	full *base      // every counted run
	b    *base      // the runs that count: full, or those after the meeting
	days dayCounter // scheduled days of part of a run of full
	m    meter      // working days or hours of b: &dm or &hm
	dm   dayMeter
	hm   hourMeter
	th   *[numTriggers]Threshold // never changed once set: Monitors and a Summariser's cache share it
	lim  limits
	act  [numTriggers][]span // active stretches of TRIG-1 … TRIG-5

	// reuse: m belongs to a Summariser, which prepares it for one employee
	// after another in the same memory (pres is its scratch). Every other
	// Monitor is immutable once prepared.
	reuse bool
	pres  [3]presence
}

// limits are the thresholds as the sweep compares them, in whole numbers.
type limits struct {
	episodes [2]int   // TRIG-1, TRIG-3
	days     [2]count // TRIG-2, TRIG-4 in working days, rounded up: 6.5 is reached by the 7th day
	length   int      // TRIG-5, in calendar days
	counted  bool     // TRIG-5 measures the counted days (CountedDays), not the counted span
}

// presence is what base.presence returns for a window of months.
type presence struct {
	months int // 0: not yet found
	spans  []span
	eps    []int32
}

// New prepares h for evaluation under pol. The History must have been built
// by absence.NewHistory with pol.Recording (the exclusions and the
// exactly-half reading live there): New fails with [ErrPolicyMismatch]
// otherwise, with [ErrInvalidPolicy] for an invalid policy and [ErrHistory]
// for episodes not in date order.
//
// New is linear in the number of counted runs; it calls the schedule once per
// run, plus a few times per change of a trigger's state.
func New(h absence.History, pol Policy) (*Monitor, error) {
	if err := pol.Validate(); err != nil {
		return nil, err
	}
	return newMonitor(h, pol, pol.Basis())
}

// newMonitor is New for a valid policy whose Basis is known (a Batch works
// it out once for every employee).
func newMonitor(h absence.History, pol Policy, basis absence.Basis) (*Monitor, error) {
	if !h.Policy.Equal(pol.Recording) {
		return nil, inputErr("history", -1, "Policy", ErrPolicyMismatch, "")
	}
	if err := h.Employee.Validate(); err != nil {
		return nil, err
	}
	full, err := newBase(&h, noClip)
	if err != nil {
		return nil, err
	}
	m := &Monitor{h: h, pol: pol, basis: basis, full: full}
	m.days.reset(h.Employee.Schedule, full)
	m.thresholds()
	m.prepare()
	return m, nil
}

// WithAdjustment returns a Monitor like m whose thresholds are raised by a
// (a reasonable adjustment; see [Adjustment]). It fails with [ErrAdjustment]
// if a would lower a threshold.
func (m *Monitor) WithAdjustment(a Adjustment) (*Monitor, error) {
	if err := a.Validate(m.pol); err != nil {
		return nil, err
	}
	n := *m
	n.adj = a
	n.thresholds()
	n.prepare()
	return &n, nil
}

// Since returns a Monitor like m that counts sickness after a formal stage
// meeting held on meeting (SAP 1.3–1.5: the target is not to activate a
// further trigger following the meeting), as the policy's Counting says:
//
//   - CountAfterMeeting (default): only counted days after the meeting date
//     count. An episode running across the meeting counts with its days after
//     it, as a new episode; its TRIG-5 length runs from the day after the
//     meeting.
//   - CountFullWindow: the normal rolling windows, but a trigger is active
//     only on days whose window holds at least one counted day after the
//     meeting, so it activates after the meeting; TRIG-5 only for an episode
//     that reaches its length after the meeting.
//
// The meeting replaces any earlier one: m.Since(stage1).Since(stage2) counts
// from stage 2. Since fails with [ErrInvalidDate] for an invalid date.
func (m *Monitor) Since(meeting absence.Date) (*Monitor, error) {
	if !meeting.IsValid() {
		return nil, dateErr("meeting", meeting)
	}
	n := *m
	n.meeting = meeting
	n.prepare()
	return &n, nil
}

// Meeting returns the stage meeting set by [Monitor.Since]; ok is false if
// there is none.
func (m *Monitor) Meeting() (d absence.Date, ok bool) { return m.meeting, !m.meeting.IsZero() }

// Policy returns the policy m evaluates under.
func (m *Monitor) Policy() Policy { return m.pol }

// Basis names what m's results are worked out under: the policy's ID, its
// settings changed from the HR14 v16 defaults and the library's version
// ([Policy.Basis]). Every Status, Headroom, Activation, WhatIf and Outlook
// of m carries it.
func (m *Monitor) Basis() absence.Basis { return m.basis }

// Adjustment returns the reasonable adjustment in force (zero if none).
func (m *Monitor) Adjustment() Adjustment { return m.adj }

// History returns the history m evaluates. Its slices are shared: do not
// modify them.
func (m *Monitor) History() absence.History { return m.h }

// recycle returns s emptied, to append to, when m reuses its memory (a
// Summariser's Monitor); otherwise nil: a Monitor made by New, Since or
// WithAdjustment shares its slices with the Monitor it was copied from, which
// must not change.
func recycle[T any](m *Monitor, s []T) []T {
	if m.reuse {
		return s[:0]
	}
	return nil
}

// prepare computes the counted runs after any meeting and the active
// stretches, under the thresholds m.th and m.lim.
func (m *Monitor) prepare() {
	p, emp := &m.pol, &m.h.Employee // not copied: a Policy is large
	m.b = m.full
	altAfter := noClip
	if !m.meeting.IsZero() {
		if p.Counting == CountAfterMeeting {
			m.b = m.full.after(m.meeting.UnixDays())
		} else {
			altAfter = m.meeting.UnixDays()
		}
	}
	if !m.reuse {
		m.dm, m.hm, m.pres = dayMeter{}, hourMeter{}, [3]presence{}
	}
	if p.ProRata == ByHours {
		m.hm.w.reset(m.b, decimal.Zero, hoursOf{emp.Schedule})
		m.hm.th = [2]decimal.Decimal{m.th[TRIG2].Value, m.th[TRIG4].Value}
		m.m = &m.hm
	} else {
		m.dm.w.reset(m.b, &m.days)
		m.dm.th = m.lim.days
		m.m = &m.dm
	}

	// TRIG-1 and TRIG-3 are the days that enough episodes' presence in their
	// windows cover; TRIG-5 needs the presence in its window only when an
	// episode is long enough to reach the length.
	for k := range m.pres {
		m.pres[k].months = 0
	}
	if !m.coverRuns() {
		m.act[TRIG1] = coverage(recycle(m, m.act[TRIG1]), m.present(p.TRIG1.Months).spans, m.lim.episodes[0])
		m.act[TRIG3] = coverage(recycle(m, m.act[TRIG3]), m.present(p.TRIG3.Months).spans, m.lim.episodes[1])
	}
	m.act[TRIG2] = m.m.stretches(recycle(m, m.act[TRIG2]), 0, p.TRIG2.Months)
	m.act[TRIG4] = m.m.stretches(recycle(m, m.act[TRIG4]), 1, p.TRIG4.Months)
	m.act[TRIG5] = recycle(m, m.act[TRIG5])
	if m.b.longest() >= m.lim.length { // else no episode is long enough: none reaches the length
		pr := m.present(p.TRIG5.Months)
		m.act[TRIG5] = m.b.long(m.act[TRIG5], m.lim.length, m.lim.counted, pr.spans, pr.eps, altAfter)
	}
	if altAfter != noClip {
		for _, t := range []Trigger{TRIG1, TRIG2, TRIG3, TRIG4} {
			m.act[t] = intersect(nil, m.act[t], m.full.recent(m.months(t), altAfter))
		}
	}
	if !m.reuse {
		m.pres = [3]presence{} // scratch, not kept
	}
}

// coverRuns sets the stretches of TRIG-1 and TRIG-3 straight from the runs
// (see coverRuns), as coverage finds them from the presence, when every
// episode is one run and a Summariser's memo holds the days: the common case
// of a workforce run. It reports whether it did.
func (m *Monitor) coverRuns() bool {
	b := m.b
	if len(b.runs) != len(b.eps) {
		return false
	}
	base, ok := b.memoRuns()
	if !ok {
		return false
	}
	one, three := b.memo.index(m.pol.TRIG1.Months), b.memo.index(m.pol.TRIG3.Months)
	if one < 0 || three < 0 {
		return false
	}
	m.act[TRIG1] = coverRuns(recycle(m, m.act[TRIG1]), b.runs, b.memo.leaves[one], base, m.lim.episodes[0])
	m.act[TRIG3] = coverRuns(recycle(m, m.act[TRIG3]), b.runs, b.memo.leaves[three], base, m.lim.episodes[1])
	return true
}

// present returns the presence of the episodes in the window of the given
// months (base.presence), found once for the triggers that share it in
// m.pres, whose months prepare empties first.
func (m *Monitor) present(months int) *presence {
	for k := range m.pres {
		if pr := &m.pres[k]; pr.months == months || pr.months == 0 {
			if pr.months == 0 {
				pr.months = months
				pr.spans, pr.eps = m.b.presenceOf(months, pr.spans[:0], pr.eps[:0])
			}
			return pr
		}
	}
	panic("unreachable: three windows at most")
}

// months returns the rolling window of t in months.
func (m *Monitor) months(t Trigger) int {
	switch t {
	case TRIG1:
		return m.pol.TRIG1.Months
	case TRIG2:
		return m.pol.TRIG2.Months
	case TRIG3:
		return m.pol.TRIG3.Months
	case TRIG4:
		return m.pol.TRIG4.Months
	case TRIG5:
		return m.pol.TRIG5.Months
	default:
		return m.pol.Patterns.Months
	}
}

// thresholds works out each trigger's threshold after adjustment and pro
// rata, and its limits.
func (m *Monitor) thresholds() {
	p, a, emp := m.pol, m.adj, m.h.Employee
	adjusted := a.describe()
	ep := func(policy, adj int) Threshold {
		t := Threshold{Unit: Episodes, Policy: decimal.NewFromInt(int64(policy)), Value: decimal.NewFromInt(int64(policy))}
		if adj != 0 {
			t.Adjusted, t.Value, t.Adjustment = decimal.NewFromInt(int64(adj)), decimal.NewFromInt(int64(adj)), adjusted
		}
		return t
	}
	days := func(policy, adj decimal.Decimal) Threshold {
		t := Threshold{Unit: WorkingDays, Policy: policy, FTE: emp.FTE}
		full := policy
		if !adj.IsZero() {
			t.Adjusted, t.Adjustment, full = adj, adjusted, adj
		}
		t.Value = full.Mul(emp.FTE)
		if p.ProRata == ByHours {
			t.Unit, t.DayHours = Hours, emp.StandardDayHours
			t.Value = t.Value.Mul(emp.StandardDayHours)
		}
		return t
	}
	m.th = new([numTriggers]Threshold)
	m.th[TRIG1] = ep(p.TRIG1.Episodes, a.TRIG1)
	m.th[TRIG2] = days(p.TRIG2.Days, a.TRIG2)
	m.th[TRIG3] = ep(p.TRIG3.Episodes, a.TRIG3)
	m.th[TRIG4] = days(p.TRIG4.Days, a.TRIG4)
	l := p.TRIG5
	t5 := Threshold{Unit: CalendarDays, Policy: decimal.NewFromInt(int64(l.Days)), Reading: l.Reading, Measure: l.Measure}
	if a.TRIG5 != 0 {
		l.Days = a.TRIG5
		t5.Adjusted, t5.Adjustment = decimal.NewFromInt(int64(a.TRIG5)), adjusted
	}
	t5.Value = decimal.NewFromInt(int64(l.length()))
	m.th[TRIG5] = t5
	m.lim = limits{
		episodes: [2]int{int(m.th[TRIG1].Value.IntPart()), int(m.th[TRIG3].Value.IntPart())},
		days:     [2]count{count(m.th[TRIG2].Value.Ceil().IntPart()), count(m.th[TRIG4].Value.Ceil().IntPart())},
		length:   l.length(),
		counted:  l.Measure == CountedDays,
	}
}
