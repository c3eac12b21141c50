package triggers

import (
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// Headroom is, as of a date, how far each trigger point is from activating
// and, for those active, when they clear if there is no more sickness: what
// a manager tells the employee at the return-to-work interview (SAP 1.1:
// "employees will be made aware of trigger points … at their Return to Work
// interviews").
type Headroom struct {
	AsOf     absence.Date `json:"asOf"`     // the day evaluated; nothing after it is seen
	Meeting  absence.Date `json:"meeting"`  // the stage meeting counted from; zero if none
	Counting Counting     `json:"counting"` // how sickness after the meeting counts
	Rooms    []Room       `json:"rooms"`    // TRIG-1 … TRIG-5, in order
	// Basis names the policy applied, its changed settings and the
	// library's version ([Monitor.Basis]).
	Basis absence.Basis `json:"basis"`
}

// A Room is one trigger's headroom as of a date.
type Room struct {
	Trigger Trigger        `json:"trigger"` // TRIG-1 … TRIG-5
	Rule    absence.Rule   `json:"rule"`    // the rule ID and clause (Policy.Rule)
	Active  bool           `json:"active"`  // active as of AsOf
	Window  absence.Period `json:"window"`  // the rolling window ending AsOf
	Months  int            `json:"months"`  // the window's length in months
	Meeting absence.Date   `json:"meeting"` // the stage meeting counted from; zero if none
	// Count is what the window ending AsOf holds, in the threshold's unit:
	// episodes, working days, hours, or for TRIG-5 the length so far of an
	// episode still open on AsOf (0 if none is), by the policy's measure: its
	// counted calendar days by default.
	Count     decimal.Decimal `json:"count"`
	Threshold Threshold       `json:"threshold"` // after adjustment and pro rata
	// Left is how much more, in the threshold's unit, would activate the
	// trigger if nothing left the window first: 1 episode means the next
	// episode activates it. Zero when active, or when Pending.
	Left decimal.Decimal `json:"left"`
	// Pending (TRIG-1 … TRIG-4): counting the full window after a stage
	// meeting, the window already meets the threshold but holds no counted
	// day after the meeting, so any sickness after the meeting activates the
	// trigger. For TRIG-5 it is never set: an open episode that reached the
	// length on or before the meeting does not activate TRIG-5 however long it
	// lasts (Count is at least the threshold, Left is zero).
	Pending bool `json:"pending,omitempty"`
	// Leaving lists each counted episode and the day it leaves the window
	// (absence.LeavesWindow of its last counted day), in date order. For
	// TRIG-5, the long episodes that keep it active.
	Leaving []Leaving `json:"leaving"`
	// Clear is, when Active, the first day the trigger is no longer active if
	// there is no more sickness after AsOf; zero otherwise.
	Clear absence.Date `json:"clear"`
}

// Leaving is the day an episode's counted days have all left a window.
type Leaving struct {
	Episode int            `json:"episode"` // index in History.Episodes
	Days    absence.Period `json:"days"`    // its counted days in the window
	Leaves  absence.Date   `json:"leaves"`  // first day the window no longer holds any of them
}

// Headroom returns the headroom of TRIG-1 … TRIG-5 as of asOf, seeing only
// days up to it. It fails only for an invalid date ([ErrInvalidDate]).
func (m *Monitor) Headroom(asOf absence.Date) (Headroom, error) {
	if !asOf.IsValid() {
		return Headroom{}, dateErr("asOf", asOf)
	}
	hr := Headroom{AsOf: asOf, Meeting: m.meeting, Counting: m.pol.Counting, Rooms: make([]Room, 0, 5), Basis: m.basis}
	d := asOf.UnixDays()
	var cache windowCache
	for _, t := range Points() {
		hr.Rooms = append(hr.Rooms, m.room(t, d, &cache))
	}
	return hr, nil
}

func (m *Monitor) room(t Trigger, d int, cache *windowCache) Room {
	ev := m.evidenceIn(t, d, cache)
	months := m.months(t)
	r := Room{Trigger: t, Rule: m.pol.Rule(t), Window: ev.Window, Months: months, Meeting: m.meeting,
		Threshold: ev.Threshold, Left: decimal.Zero}
	if s, ok := stretchAt(m.act[t], d); ok && s.to >= d {
		r.Active = true
	}
	for _, c := range ev.Counted {
		last := c.Days[len(c.Days)-1].End
		r.Leaving = append(r.Leaving, Leaving{Episode: c.Episode, Days: absence.Period{Start: c.Days[0].Start, End: last},
			Leaves: absence.LeavesWindow(last, months)})
	}
	th := ev.Threshold.Value
	switch t {
	case TRIG1, TRIG3:
		r.Count = decimal.NewFromInt(int64(ev.Episodes))
	case TRIG5:
		r.Count = decimal.Zero
		if k, ok := m.openEpisode(d); ok {
			r.Count = decimal.NewFromInt(int64(m.b.lengthOf(k, d, m.lim.counted)))
		}
	default:
		r.Count = m.m.in(ev.Window.Start.UnixDays(), d)
		if ev.Threshold.Unit == WorkingDays {
			th = th.Ceil() // whole days: 6.5 is reached by the 7th
		}
	}
	if r.Active {
		r.Clear = date(m.clear(t, d, r))
		return r
	}
	if t == TRIG5 {
		r.Leaving = nil // the longest episode shown in the evidence does not keep anything active
	}
	if r.Count.Cmp(th) >= 0 {
		r.Pending = t != TRIG5
		return r
	}
	r.Left = th.Sub(r.Count)
	return r
}

// openEpisode returns the ordinal of the episode whose counted days include
// d, if any.
func (m *Monitor) openEpisode(d int) (int, bool) {
	b := m.b
	i := b.firstEnding(d)
	if i == len(b.runs) || int(b.runs[i].from) > d {
		return 0, false
	}
	return int(b.runs[i].ep), true
}

// clear returns the first day after d on which active trigger t is no
// longer active if nothing is counted after d.
func (m *Monitor) clear(t Trigger, d int, r Room) int {
	var day int
	switch t {
	case TRIG1, TRIG3:
		// Episodes leave in the order of their last counted days, which is
		// date order; the one that takes the count below the threshold is
		// the (n − N + 1)-th.
		n, th := len(r.Leaving), int(r.Threshold.Value.IntPart())
		day = r.Leaving[n-th].Leaves.UnixDays()
	case TRIG2:
		day = m.m.clear(0, r.Months, d)
	case TRIG4:
		day = m.m.clear(1, r.Months, d)
	case TRIG5:
		for _, l := range r.Leaving {
			day = max(day, l.Leaves.UnixDays())
		}
		return day
	default:
		// TRIG-6 has no room
	}
	if !m.meeting.IsZero() && m.pol.Counting == CountFullWindow {
		// Also no longer active once the last day after the meeting leaves.
		if last, ok := m.full.latest(d); ok {
			day = min(day, leaves(last, r.Months))
		}
	}
	return day
}

// String returns one line per trigger (see [Room.String]).
func (h Headroom) String() string {
	var b strings.Builder
	for i, r := range h.Rooms {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(r.String())
	}
	return b.String()
}

// String says, in words fit for a return-to-work interview, how far the
// trigger is from activating, or when it clears, e.g.
//
//	TRIG-1 is active: 2 episodes in the 6 months 2025-09-04 to 2026-03-03, against the threshold of 2. With no more sickness the employee is clear of TRIG-1 on 2026-07-07. 6–7 Jan leaves the window on 2026-07-07. 2 Mar leaves the window on 2026-09-02. — TRIG-1 (HR14 SAP 1.2)
//	TRIG-3: 2 episodes in the 12 months 2025-03-04 to 2026-03-03, against the threshold of 4; 2 more episodes would activate it. 6–7 Jan leaves the window on 2027-01-07. 2 Mar leaves the window on 2027-03-02. — TRIG-3 (HR14 SAP 1.2)
func (r Room) String() string {
	var b strings.Builder
	b.WriteString(r.Trigger.String())
	if r.Active {
		b.WriteString(" is active: ")
	} else {
		b.WriteString(": ")
	}
	unit := r.Threshold.Unit
	w := " in the " + months(r.Months) + " " + r.Window.Start.String() + " to " + r.Window.End.String()
	th := narrative{ev: Evidence{Threshold: r.Threshold}}.threshold()
	switch {
	case r.Trigger == TRIG5 && r.Active:
		b.WriteString("an episode of " + th + " has sickness" + w)
	case r.Trigger == TRIG5 && r.Count.IsZero():
		b.WriteString("no episode is open on " + r.Window.End.String() + " (the threshold is " + th + ")")
	case r.Trigger == TRIG5 && r.Threshold.Measure == CountedDays:
		b.WriteString("the episode open on " + r.Window.End.String() + " has " + thatCount(r.Count.String()) +
			" (the threshold is " + th + ")")
	case r.Trigger == TRIG5:
		b.WriteString("the episode open on " + r.Window.End.String() + " has lasted " + CalendarDays.of(r.Count.String()) +
			" (the threshold is " + th + ")")
	default:
		b.WriteString(unit.of(r.Count.String()) + w + ", against the threshold of " + th)
	}
	switch {
	case r.Active:
		b.WriteString(". With no more sickness the employee is clear of " + r.Trigger.String() + " on " + r.Clear.String())
	case r.Pending:
		b.WriteString("; the threshold is met but no sickness falls after the stage meeting of " + r.Meeting.String() +
			": any sickness after the meeting would activate it")
	case r.Trigger == TRIG5 && r.Count.Cmp(r.Threshold.Value) >= 0:
		b.WriteString("; it reached the threshold on or before the stage meeting of " + r.Meeting.String() +
			", and counting the full window only an episode reaching it after the meeting activates TRIG-5")
	case r.Trigger == TRIG5 && r.Count.IsZero():
		b.WriteString("; an episode of " + CalendarDays.of(r.Left.String()) + " would activate it")
	case r.Trigger == TRIG5:
		b.WriteString("; " + more(r.Left, unit) + " of it would activate it")
	default:
		b.WriteString("; " + more(r.Left, unit) + " would activate it")
	}
	if !r.Active || r.Trigger != TRIG5 {
		for i, l := range r.Leaving {
			if i == 0 {
				b.WriteString(".")
			}
			b.WriteString(" " + short(l.Days, r.Months > 12) + " leaves the window on " + l.Leaves.String() + ".")
		}
	}
	b.WriteString(" — " + r.Rule.String())
	return b.String()
}

// more writes "1 more episode", "3 more working days", "7.5 more hours".
func more(n decimal.Decimal, u Unit) string {
	s := u.of(n.String())
	i := strings.IndexByte(s, ' ')
	return s[:i] + " more" + s[i:]
}
