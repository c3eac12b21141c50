package stages

import "github.com/absencerules/hr14/absence"

// HRAdvice is when HR Employee Relations last advised on each topic of
// HRNotified (State.HRNotified is the last advice of any topic), and last
// reviewed the case before a hearing.
type HRAdvice struct {
	// Reviewed is the date of HR's last review that the procedure was
	// followed and it is reasonable to proceed to a hearing (HRReviewed,
	// STAGE-17).
	Reviewed      absence.Date `json:"reviewed,omitempty"`
	Discounting   absence.Date `json:"disabilityDiscounting,omitempty"` // whether absences should be discounted as disability-related (App 10)
	Underlying    absence.Date `json:"underlyingCondition,omitempty"`   // a trigger reached through absences linked to an underlying condition (App 14)
	NonAttendance absence.Date `json:"ohNonAttendance,omitempty"`       // an OH appointment missed without explanation (§5.4.3)
}

// A PlanEntry is one entry of the Tailored Adjustment Plan (STAGE-14) as
// the case's events left it, with where it came from.
type PlanEntry struct {
	Adjustment Adjustment `json:"adjustment"`
	// Proposed is the date the entry was first recorded (the OH report's
	// date for a recommendation).
	Proposed absence.Date `json:"proposed"`
	// Decided is the date of the last decision (agreed, trial, declined);
	// zero while proposed.
	Decided absence.Date `json:"decided,omitempty"`
	// Updated is the date of the last event that changed it.
	Updated absence.Date `json:"updated"`
	// Report is the date of the OH report that recommended it; zero if it
	// did not come from a report.
	Report absence.Date `json:"report,omitempty"`
	// Event is the index in the case of the event that last changed it.
	Event int `json:"event"`
}

// Open reports whether the entry is agreed or on trial and has not ended by
// asOf.
func (e PlanEntry) Open(asOf absence.Date) bool {
	d := e.Adjustment.Decision
	return (d == Agreed || d == OnTrial) && (e.Adjustment.End.IsZero() || !e.Adjustment.End.Before(asOf))
}

// Disability is what the case records of a disability (STAGE-14): no
// diagnosis, only dates and the manager's decision.
type Disability struct {
	// Declared is the date the employee declared a disability; zero if not.
	Declared absence.Date `json:"declared,omitempty"`
	// Indicated is the date an OH report said the Equality Act is likely to
	// apply; zero if none did.
	Indicated absence.Date `json:"indicated,omitempty"`
	// Assessed is the date of the manager's last decision, and Assessment
	// the decision.
	Assessed   absence.Date         `json:"assessed,omitempty"`
	Assessment DisabilityAssessment `json:"assessment"`
}

// Raised reports whether a disability has been declared or indicated and the
// manager has not decided that the definition is not met.
func (d Disability) Raised() bool {
	decidedNo := d.Assessment.Likely == No && !d.Assessed.IsZero()
	return (!d.Declared.IsZero() || !d.Indicated.IsZero()) && !decidedNo
}

// since returns the first date the disability was raised.
func (d Disability) since() absence.Date {
	switch {
	case d.Declared.IsZero():
		return d.Indicated
	case d.Indicated.IsZero() || d.Declared.Before(d.Indicated):
		return d.Declared
	}
	return d.Indicated
}

// ConferenceState is the latest case conference of a case and its request
// (STAGE-13).
type ConferenceState struct {
	Requested   absence.Date `json:"requested,omitempty"`   // last request not yet followed by a conference
	RequestedBy Party        `json:"requestedBy,omitempty"` // who asked
	Held        absence.Date `json:"held,omitempty"`        // the last conference
	// MinutesCopied: the last conference's minutes went to the employee,
	// the manager and HR.
	MinutesCopied bool         `json:"minutesCopied,omitempty"`
	FollowUp      absence.Date `json:"followUp,omitempty"` // a further conference arranged
}

// An OpenAction is an action agreed at a case conference, with the date it
// was agreed and the date it was done.
type OpenAction struct {
	CaseAction
	Agreed absence.Date `json:"agreed"`
	Done   absence.Date `json:"done,omitempty"` // zero while open
}

// Underlying is the continuing-absence route a case takes once Occupational
// Health advises that an underlying medical condition links the absences
// (STAGE-15).
type Underlying struct {
	// Since is the date of the OH report that advised it; zero if never.
	Since absence.Date `json:"since,omitempty"`
	// Ended is the date of a later report that advised there is none; zero
	// while the route applies.
	Ended absence.Date `json:"ended,omitempty"`
	// Pending is the date of a trigger reached through linked absences that
	// did not make the next stage due, and PendingTriggers its triggers;
	// zero once a step opens.
	Pending         absence.Date `json:"pending,omitempty"`
	PendingTriggers []string     `json:"pendingTriggers,omitempty"`
}

// On reports whether the route applies.
func (u Underlying) On() bool { return !u.Since.IsZero() && u.Ended.IsZero() }

// InformalState is the latest informal discussion of attendance (STAGE-16).
type InformalState struct {
	Last   absence.Date `json:"last,omitempty"`   // the date of the discussion; zero if none
	Review absence.Date `json:"review,omitempty"` // the review date set
	Goals  []Goal       `json:"goals,omitempty"`  // the goals set
}

// ReferralProgress is how the last Occupational Health referral is going
// (STAGE-11, App 9).
type ReferralProgress struct {
	// Contacted is the day OH first contacted the employee after the
	// referral (an appointment booked, or attended); zero if not yet.
	Contacted absence.Date `json:"contacted,omitempty"`
	// Consulted is the day of the first consultation attended after it.
	Consulted absence.Date `json:"consulted,omitempty"`
	// Missed is the last appointment missed without a reasonable
	// explanation (§5.4.3); zero if none.
	Missed absence.Date `json:"missed,omitempty"`
}

// The duties' parts of a State, read whether or not they were recorded.

func (s *State) hr() HRAdvice {
	if s.HRAdvice == nil {
		return HRAdvice{}
	}
	return *s.HRAdvice
}

func (s *State) disability() Disability {
	if s.Disability == nil {
		return Disability{}
	}
	return *s.Disability
}

func (s *State) conference() ConferenceState {
	if s.Conference == nil {
		return ConferenceState{}
	}
	return *s.Conference
}

func (s *State) underlying() Underlying {
	if s.Underlying == nil {
		return Underlying{}
	}
	return *s.Underlying
}

func (s *State) informal() InformalState {
	if s.Informal == nil {
		return InformalState{}
	}
	return *s.Informal
}

func (o OH) progress() ReferralProgress {
	if o.Progress == nil {
		return ReferralProgress{}
	}
	return *o.Progress
}
