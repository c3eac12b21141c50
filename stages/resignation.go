package stages

import (
	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
)

// A Resignation is what the case records of an employee's resignation
// (STAGE-22, App 14).
type Resignation struct {
	// NoticeWaived: the Trust waived the requirement to give notice, which
	// App 14 allows once the ill-health retirement application has been
	// accepted (refused before); it may affect the employee's claim to
	// benefits through the Benefits Agency, which they must be told.
	NoticeWaived bool `json:"noticeWaived,omitempty"`
	// LastDay is the last day of employment, if known; on or after the
	// resignation.
	LastDay   absence.Date `json:"lastDay,omitempty"`
	Reference string       `json:"reference,omitempty"`
}

// ResignationState is the employee's resignation as the case recorded it
// (STAGE-22).
type ResignationState struct {
	Date         absence.Date `json:"date"`
	NoticeWaived bool         `json:"noticeWaived,omitempty"`
	LastDay      absence.Date `json:"lastDay,omitempty"`
	// Accepted is NHS Pensions' decision in force on the day: an accepted
	// ill-health retirement application makes this a leaving because of
	// permanent ill-health (PEN-9).
	Accepted PensionDecision `json:"accepted,omitempty"`
}

// resigned handles Resigned (STAGE-22): the procedure ends; a step under way
// is superseded and the redeployment register ends.
func (t *tx) resigned() error {
	e, n := t.e, &t.n
	if n.Dismissed {
		return t.reject(ErrClosed, ruleResignation, "a dismissal decision stands")
	}
	var r Resignation
	if e.Resignation != nil {
		r = *e.Resignation
	}
	out, on := n.application().Outcome()
	if !out.Accepted() {
		out = PensionUndecided
	}
	if r.NoticeWaived && out == PensionUndecided {
		return t.reject(ErrRequirement, ruleResignation, "notice is waived once NHS Pensions has accepted the application for ill-health retirement; no acceptance is recorded")
	}
	if cur := t.current(); cur != nil {
		cur.Superseded = e.Date
		t.note(ruleResignation, "the %s under way ends with the resignation", cur.Step)
	}
	if n.Redeployment.On() {
		n.Redeployment.End = e.Date
		t.note(ruleResignation, "the redeployment register ends with the resignation")
	}
	n.Resignation = &ResignationState{Date: e.Date, NoticeWaived: r.NoticeWaived, LastDay: r.LastDay, Accepted: out}
	switch {
	case r.NoticeWaived:
		t.note(ruleResignation, "the employee resigned on %s after NHS Pensions accepted the ill-health retirement application on %s (%s), and the requirement to give notice was waived: this may affect their claim to benefits through the Benefits Agency", e.Date, on, out)
	case out.Accepted():
		t.note(ruleResignation, "the employee resigned on %s after NHS Pensions accepted the ill-health retirement application on %s (%s)", e.Date, on, out)
	default:
		t.note(ruleResignation, "the employee resigned on %s; the procedure ends", e.Date)
	}
	return nil
}

// Leaving says why the employment ends as the case records it, in package
// pension's categories for pension.Member.Leaving (PEN-9), with the date of
// the event that says so and the rule (STAGE-22):
//
//   - dismissed at the ill-health retirement meeting (capability due to ill
//     health, SAP 1.5.2): leaving because of permanent ill-health;
//   - dismissed at a final review hearing on the ground of capability due
//     to ill health: dismissed for unsatisfactory attendance due to
//     sickness, which App 12 says does not by itself lead to a pension;
//   - dismissed for some other substantial reason: a dismissal for another
//     reason, which cannot support a claim;
//   - resigned once NHS Pensions had accepted the application: leaving
//     because of permanent ill-health.
//
// Otherwise (no dismissal standing, or a resignation before any
// acceptance) it returns pension.LeavingNotRecorded: the case does not say,
// and nothing is guessed.
func (s State) Leaving() (pension.Leaving, absence.Date, absence.Rule) {
	if r := s.Resignation; r != nil {
		if r.Accepted.Accepted() {
			return pension.LeavingIllHealth, r.Date, ruleLeaving
		}
		return pension.LeavingNotRecorded, absence.Date{}, absence.Rule{}
	}
	if !s.Dismissed {
		return pension.LeavingNotRecorded, absence.Date{}, absence.Rule{}
	}
	for i := len(s.Meetings) - 1; i >= 0; i-- {
		m := s.Meetings[i]
		if m.Decision != DecisionDismiss {
			continue
		}
		switch {
		case m.Grounds == SOSR:
			return pension.LeavingOtherDismissal, m.Decided, ruleLeaving
		case m.Step == StepIllHealth:
			return pension.LeavingIllHealth, m.Decided, ruleLeaving
		default:
			return pension.LeavingAttendance, m.Decided, ruleLeaving
		}
	}
	return pension.LeavingNotRecorded, absence.Date{}, absence.Rule{}
}
