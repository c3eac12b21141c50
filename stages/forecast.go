package stages

import "github.com/absencerules/hr14/absence"

// A Forecast is the formal step a case would make due if its trigger
// evaluation were another one: a what-if, in which the employee's history
// has hypothetical absences added (triggers.Monitor.With, through
// [TriggerMonitor]). See [Forecast].
type Forecast struct {
	// Event is the trigger activation the case would record: what
	// [Progress] finds, dated as Progress dates it.
	Event Event `json:"event"`
	// Meeting is the formal step it would make due ([State.Current] once
	// the event is applied): its step, the date it is due from, and the
	// triggers that make it due.
	Meeting Meeting `json:"meeting"`
	// Steps are the next steps of the case as of the event's date
	// ([State.NextSteps]): who must do what, from and by when, and why.
	Steps []Action `json:"steps"`
}

// ForecastStep returns the formal step the case in state s would make due by
// asOf if m were its trigger evaluation: the event [Progress] finds, applied
// to s (which is not changed), and the next steps as of its date. ok is
// false when Progress finds none: no trigger activates after the stage in
// effect by asOf, a step is already under way, or the case is closed or
// employment is ending. Errors are those of Progress and [State.Apply].
func ForecastStep(s State, p Policy, m Monitor, asOf absence.Date) (f Forecast, ok bool, err error) {
	ev, ok, err := Progress(s, p, m, asOf)
	if err != nil || !ok {
		return Forecast{}, false, err
	}
	next, err := s.Apply(ev, p)
	if err != nil {
		return Forecast{}, false, err
	}
	f.Event = ev
	f.Meeting, _ = next.Current()
	if f.Steps, err = next.NextSteps(ev.Date, p, m); err != nil {
		return Forecast{}, false, err
	}
	return f, true, nil
}
