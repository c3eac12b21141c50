package stages

import (
	"slices"

	"github.com/absencerules/hr14/absence"
)

// An Activation is a trigger point reached on a date: the first date a
// threshold was met (TRIG rules), with the trigger IDs that fired then.
type Activation struct {
	Date     absence.Date `json:"date"`     // the first date the threshold was met
	Triggers []string     `json:"triggers"` // "TRIG-1" … "TRIG-6"
}

// A Monitor watches an employee's sickness for a case: it is the glue between
// this package and the trigger evaluation (package triggers, or a host's own).
// Implementations must be pure functions of the absence history they hold.
type Monitor interface {
	// After returns the first trigger activation dated after `after` and on
	// or before asOf, or ok = false if there is none. When after is not zero
	// it is the date the stage in effect took effect (a formal stage meeting,
	// a decision not to dismiss, an overturned dismissal), and the trigger
	// rules after a formal stage apply: by default only sickness after that
	// date counts (TRIG-7, counting after a formal stage meeting); the full
	// window alternative counts normal rolling windows but needs a
	// contributing day after it. That choice belongs to the Monitor.
	After(after, asOf absence.Date) (a Activation, ok bool, err error)
	// Ongoing returns the long-term episode (28 calendar days or more) in
	// progress on asOf, if any: the long-term absence route of App 1 and
	// App 14, which the manager may take instead of waiting for a trigger.
	Ongoing(asOf absence.Date) (episode absence.Period, ok bool, err error)
}

// Progress returns the event a case needs as of asOf to record a trigger
// activated after the stage in effect took effect, with ok = false when there
// is none: a step is already under way, the case is closed or employment is
// ending, or no trigger has activated.
//
// The event is dated on the activation date; if the case already holds a
// later event (the trigger was noticed late), it is dated on the last
// event's date, the earliest date the case can record it, and its triggers
// are those of the activation.
//
// On the continuing-absence route (STAGE-15) with a [LinkedMonitor], a
// trigger reached through absences linked to the underlying condition is
// returned marked Linked (applying it notes it without making a stage due),
// once; after that only a trigger the other absences reach by themselves is
// returned.
//
// Long-term ongoing absence never progresses a case by itself: whether to
// record LongTermOngoing is the manager's judgement (App 14, "reasonable
// timeframes for recovery"); [State.NextSteps] reports it.
func Progress(s State, p Policy, m Monitor, asOf absence.Date) (Event, bool, error) {
	if err := p.Validate(); err != nil {
		return Event{}, false, err
	}
	if err := sameLapse(p, m); err != nil {
		return Event{}, false, err
	}
	if _, under := s.Current(); under || s.Dismissed || s.Final {
		return Event{}, false, nil
	}
	a, linked, ok, err := firstActivation(s, p, m, asOf)
	if err != nil || !ok {
		return Event{}, false, err
	}
	d := a.Date
	if d.Before(s.Last) {
		d = s.Last
	}
	if s.Stage > NoStage && !d.After(s.Since) {
		return Event{}, false, nil
	}
	return Event{Kind: TriggerActivated, Date: d, Triggers: slices.Clone(a.Triggers), Linked: linked}, true, nil
}
