package triggers

import (
	"github.com/absencerules/hr14/absence"
)

// A Lapse says whether the stage set at a formal meeting has lapsed as of a
// date. HR14 sets no date after which a stage lapses, so by default it never
// does; a trust may set Policy.LapseMonths, and then the stage lapses when
// that many months pass after the meeting with no trigger activated (counted
// as [Monitor.Since] counts).
type Lapse struct {
	Meeting absence.Date `json:"meeting"` // the stage meeting of Monitor.Since
	AsOf    absence.Date `json:"asOf"`    // the day asked about
	// Months is the policy's LapseMonths: 0 means the stage never lapses.
	Months int `json:"months"`
	// On is the day the stage lapses if no trigger activates before it: the
	// day after the meeting's Months-month anniversary (Meeting.AddMonths
	// (Months) + 1 day). Zero when Months is 0.
	On absence.Date `json:"on"`
	// Lapsed: Months is set, AsOf is on or after On, and no trigger activated
	// after the meeting and before On.
	Lapsed bool `json:"lapsed"`
	// Activated: a trigger activated after the meeting, on or before AsOf (and
	// before On); Activation is the first such.
	Activated  bool       `json:"activated"`
	Activation Activation `json:"activation"` // zero unless Activated
}

// Lapse reports whether the stage set at the meeting of [Monitor.Since] has
// lapsed as of asOf. It fails with [ErrNoMeeting] on a Monitor without a
// meeting and [ErrInvalidDate] for an invalid date.
func (m *Monitor) Lapse(asOf absence.Date) (Lapse, error) {
	if m.meeting.IsZero() {
		return Lapse{}, inputErr("monitor", -1, "Meeting", ErrNoMeeting, "")
	}
	if !asOf.IsValid() {
		return Lapse{}, dateErr("asOf", asOf)
	}
	l := Lapse{Meeting: m.meeting, AsOf: asOf, Months: m.pol.LapseMonths}
	cut := asOf.UnixDays()
	if l.Months > 0 {
		l.On = m.meeting.AddMonths(l.Months).AddDays(1)
		cut = min(cut, l.On.UnixDays()-1)
	}
	if acts := m.timeline(cut, true); len(acts) > 0 {
		l.Activated, l.Activation = true, acts[0]
	}
	l.Lapsed = l.Months > 0 && !asOf.Before(l.On) && !l.Activated
	return l, nil
}

// String explains the lapse decision.
func (l Lapse) String() string {
	at := "the stage meeting of " + l.Meeting.String()
	switch {
	case l.Activated:
		return l.Activation.Trigger.String() + " activated on " + l.Activation.Date.String() + ", after " + at +
			": the stage has not lapsed"
	case l.Months == 0:
		return "No trigger has activated since " + at + " (as of " + l.AsOf.String() +
			"); HR14 sets no date after which a stage lapses, so it remains in force"
	case l.Lapsed:
		return "No trigger activated in the " + months(l.Months) + " after " + at +
			": the stage lapsed on " + l.On.String() + " (" + citeLapse + ")"
	}
	return "No trigger has activated since " + at + " (as of " + l.AsOf.String() + "); the stage lapses on " +
		l.On.String() + " if none activates before then (" + citeLapse + ")"
}
