package stages

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
)

// A Suspension is a medical suspension from duty started or ended
// (STAGE-23, §4.6): the manager, after seeking Occupational Health advice,
// may enforce a period of absence until an accurate medical opinion can be
// obtained. The days themselves are an absence record of kind
// medical-suspension, which counts as sickness unless Occupational Health
// confirms the employee was fit at the time (ABS-7).
type Suspension struct {
	// Ended: the suspension ends (false: it starts).
	Ended bool `json:"ended,omitempty"`
	// OHAdvice is the day Occupational Health advice was sought, on or
	// before the suspension; a start only. Zero: the case's last referral
	// to, or report from, Occupational Health on or before the day; a
	// suspension with neither is refused.
	OHAdvice  absence.Date `json:"ohAdvice,omitempty"`
	Reference string       `json:"reference,omitempty"`
}

// SuspensionState is the latest medical suspension of a case (STAGE-23).
type SuspensionState struct {
	Started  absence.Date `json:"started"`
	OHAdvice absence.Date `json:"ohAdvice"`        // the day OH advice was sought
	Ended    absence.Date `json:"ended,omitempty"` // zero while suspended
}

// On reports whether the employee is suspended.
func (s SuspensionState) On() bool { return !s.Started.IsZero() && s.Ended.IsZero() }

// An Overtime record is the manager's decision on withholding overtime
// after an absence (STAGE-24, §5.3.6): it may be appropriate, considering
// the employee's welfare, and HR's advice is taken before it is done.
type Overtime struct {
	// Withheld: overtime is withheld (false: the manager decided not to).
	Withheld bool `json:"withheld,omitempty"`
	// HRAdvice is the day HR advised, on or before the decision; required
	// to withhold overtime.
	HRAdvice absence.Date `json:"hrAdvice,omitempty"`
	// Until is the last day overtime is withheld; zero: until the decision
	// is reviewed.
	Until absence.Date `json:"until,omitempty"`
	// Welfare: the employee's welfare was considered in the decision.
	Welfare   bool   `json:"welfare,omitempty"`
	Reference string `json:"reference,omitempty"`
}

// OvertimeState is the latest decision on withholding overtime (STAGE-24).
type OvertimeState struct {
	Decided  absence.Date `json:"decided"`
	Withheld bool         `json:"withheld,omitempty"`
	HRAdvice absence.Date `json:"hrAdvice,omitempty"`
	Until    absence.Date `json:"until,omitempty"`
	Welfare  bool         `json:"welfare,omitempty"`
}

// suspension handles SuspensionRecorded (STAGE-23).
func (t *tx) suspension() error {
	e, n := t.e, &t.n
	if n.Dismissed {
		return t.reject(ErrClosed, ruleSuspension, "a dismissal decision stands")
	}
	var cur SuspensionState
	if n.Suspension != nil {
		cur = *n.Suspension
	}
	if e.Suspension.Ended {
		if !cur.On() {
			return t.reject(ErrNotDue, ruleSuspension, "the employee is not suspended")
		}
		cur.Ended = e.Date
		n.Suspension = &cur
		t.note(ruleSuspension, "the medical suspension of %s ended on %s: record on the absence whether Occupational Health confirmed the employee was fit at the time (then it is not sickness, ABS-7)", cur.Started, e.Date)
		return nil
	}
	if cur.On() {
		return t.reject(ErrNotDue, ruleSuspension, "the employee has been suspended since %s", cur.Started)
	}
	advice, how := e.Suspension.OHAdvice, ""
	if advice.IsZero() {
		for _, d := range []absence.Date{n.OH.Referred, n.OH.Reported} {
			if !d.IsZero() && !d.After(e.Date) && d.After(advice) {
				advice = d
			}
		}
		how = " (the last Occupational Health event on the case)"
	}
	if advice.IsZero() {
		return t.reject(ErrRequirement, ruleSuspension, "a medical suspension is enforced after seeking Occupational Health advice; none is recorded (suspension.ohAdvice, or an OH referral on the case)")
	}
	n.Suspension = &SuspensionState{Started: e.Date, OHAdvice: advice}
	t.note(ruleSuspension, "suspended from duty for medical reasons on %s, after seeking Occupational Health advice on %s%s, until an accurate medical opinion can be obtained; it counts as sickness absence unless Occupational Health confirms the employee was fit at the time", e.Date, advice, how)
	return nil
}

// overtime handles OvertimeDecided (STAGE-24).
func (t *tx) overtime() error {
	e, n := t.e, &t.n
	o := e.Overtime
	if n.Dismissed {
		return t.reject(ErrClosed, ruleOvertime, "a dismissal decision stands")
	}
	if o.Withheld && o.HRAdvice.IsZero() {
		return t.reject(ErrRequirement, ruleOvertime, "before overtime is withheld, advice is taken from HR; none is recorded (overtime.hrAdvice)")
	}
	n.Overtime = &OvertimeState{Decided: e.Date, Withheld: o.Withheld, HRAdvice: o.HRAdvice, Until: o.Until, Welfare: o.Welfare}
	if !o.Withheld {
		t.note(ruleOvertime, "the manager decided on %s not to withhold overtime after the absence", e.Date)
		return nil
	}
	until := "until the decision is reviewed"
	if !o.Until.IsZero() {
		until = "until " + o.Until.String()
	}
	t.note(ruleOvertime, "overtime withheld from %s %s, on HR advice of %s; the week without additional hours after short-term sickness applies in any case (ABS-6, Proc 16)", e.Date, until, o.HRAdvice)
	if !o.Welfare {
		t.note(ruleOvertime, "the decision does not record that the employee's welfare was considered, as §5.3.6 asks")
	}
	return nil
}

// suspensionSteps lists what a medical suspension needs (STAGE-23): the
// medical opinion it waits for, then its end.
func (n *nexts) suspensionSteps() {
	if n.s.Suspension == nil || !n.s.Suspension.On() {
		return
	}
	sp := *n.s.Suspension
	if r := n.s.OH.Reported; !r.IsZero() && !r.Before(sp.Started) {
		n.add(Action{Who: PartyLineManager, Kind: SuspensionRecorded, Soon: true, Rule: ruleSuspension,
			What: fmt.Sprintf("end the medical suspension of %s now that Occupational Health's opinion of %s is in, and record on the absence whether it confirms the employee was fit at the time (then it is not sickness, ABS-7)", sp.Started, r)})
		return
	}
	n.add(Action{Who: PartyLineManager, Kind: OHReportReceived, Soon: true, Rule: ruleSuspension,
		What: fmt.Sprintf("obtain an accurate medical opinion from Occupational Health: the medical suspension of %s lasts until one is obtained", sp.Started)})
}

// overtimeSteps lists what a decision to withhold overtime needs
// (STAGE-24): the employee's welfare considered, and a review when no end
// was set.
func (n *nexts) overtimeSteps() {
	o := n.s.Overtime
	if o == nil || !o.Withheld {
		return
	}
	if !o.Welfare {
		n.add(Action{Who: PartyLineManager, Kind: OvertimeDecided, Rule: ruleOvertime,
			What: fmt.Sprintf("consider the employee's welfare in the decision of %s to withhold overtime, and record it", o.Decided)})
	}
	if o.Until.IsZero() {
		n.add(Action{Who: PartyLineManager, Kind: OvertimeDecided, Optional: true, Rule: ruleOvertime,
			What: fmt.Sprintf("review the decision of %s to withhold overtime, which sets no end", o.Decided)})
	}
}
