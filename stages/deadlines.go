package stages

import "github.com/absencerules/hr14/absence"

// Deadlines are the dates that govern one formal step (STAGE-1 … STAGE-5,
// STAGE-9), worked out from what has happened so far. A date the step has not
// reached yet (no invitation, no hearing) is zero. Letters quote them; see
// also [State.NextSteps].
type Deadlines struct {
	// Soon: the stage 1 meeting is due as soon as practicable after the
	// trigger point of SoonFrom (an absence of 28 calendar days or more;
	// SAP 1.3 NB).
	Soon     bool         `json:"soon,omitempty"`
	SoonFrom absence.Date `json:"soonFrom,omitempty"`
	// EarliestMeeting: a stage 1 or 2 meeting is on or after this date
	// (notice letter + 7 calendar days). Zero when notice was waived or no
	// notice period runs (after a non-attendance).
	EarliestMeeting absence.Date `json:"earliestMeeting,omitempty"`
	// LatestRearranged: a stage 1 or 2 meeting re-arranged at the employee's
	// request is on or before this date (original + 7 calendar days).
	LatestRearranged absence.Date `json:"latestRearranged,omitempty"`
	// ManagementCase and EmployeeCase: the cases for the final review hearing
	// are submitted by these dates (hearing − 14 and − 5 calendar days).
	ManagementCase absence.Date `json:"managementCase,omitempty"`
	EmployeeCase   absence.Date `json:"employeeCase,omitempty"`
	// AppealResponse: the management response reaches the appeal chair by
	// this date (appeal hearing − 5 business days).
	AppealResponse absence.Date `json:"appealResponse,omitempty"`
	// DecisionLetter: the decision of a hearing, ill-health retirement meeting
	// or appeal that has been held is confirmed in writing by this date
	// (+ 5 business days).
	DecisionLetter absence.Date `json:"decisionLetter,omitempty"`
	// Appeal: after a termination letter, an appeal reaches the Director of
	// HR by this date (letter + 21 calendar days).
	Appeal absence.Date `json:"appeal,omitempty"`
}

// Deadlines returns the deadlines of m under p.
func (m Meeting) Deadlines(p Policy) Deadlines {
	var d Deadlines
	if m.Step == StepStage1 && m.Soon {
		d.Soon, d.SoonFrom = true, m.Due
	}
	arranged := !m.Invited.IsZero()
	switch m.Step {
	case StepStage1, StepStage2:
		if arranged {
			if !m.NoticeFrom.IsZero() && (!m.NoticeWaived || !p.waivable(m.Step)) {
				d.EarliestMeeting = p.EarliestMeeting(m.NoticeFrom)
			}
			d.LatestRearranged = p.LatestRearranged(m.Original)
		}
	case StepStage3:
		if arranged {
			d.ManagementCase = p.ManagementCaseBy(m.Slot.Date)
			d.EmployeeCase = p.EmployeeCaseBy(m.Slot.Date)
		}
	case StepAppeal:
		if arranged {
			d.AppealResponse = p.AppealResponseBy(m.Slot.Date)
		}
	default:
		// no notice or case deadlines for the other steps
	}
	if !m.Held.IsZero() {
		switch m.Step {
		case StepStage3, StepIllHealth:
			d.DecisionLetter = p.DecisionLetterBy(m.Held)
		case StepAppeal:
			d.DecisionLetter = p.AppealDecisionBy(m.Held)
		default:
			// review meetings have no decision letter deadline
		}
	}
	if m.Decision == DecisionDismiss && !m.Letter.IsZero() {
		d.Appeal = p.AppealBy(m.Letter)
	}
	return d
}
