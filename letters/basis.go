package letters

import "github.com/absencerules/hr14/absence"

// Basis is why a formal step is due, as the letter explains it: the trigger
// points that activated (with their evidence), or long-term absence that is
// ongoing, or the end of a stay on the redeployment register, or ill-health
// retirement being pursued; and the absences the case relies on.
//
// A letter names exactly the triggers in Triggers: [FromCase] puts there only
// those that activated and made the step due, never the policy's whole list.
type Basis struct {
	// Since is the date the formal stage the step follows took effect: the
	// stage 1 meeting for stage 2, the stage 2 meeting (or the decision that
	// returned the employee to stage 2) for stage 3. Only sickness after it
	// counted, so every trigger in Triggers activated after it. Zero for
	// stage 1.
	Since absence.Date `json:"since,omitempty"`
	// Triggers are the trigger points that activated and made the step due.
	Triggers []Trigger `json:"triggers,omitempty"`
	// LongTerm is the long-term absence that is ongoing, when the step is due
	// on that ground instead of a trigger (App 1, App 14): from its first day
	// to the last day known.
	LongTerm absence.Period `json:"longTerm"`
	// Redeployment is the stay on the redeployment register that ended with
	// no suitable post, when that made a stage 3 hearing due (§5.6.3).
	Redeployment absence.Period `json:"redeployment"`
	// IllHealth is the date the employee was recorded as pursuing ill-health
	// retirement (SAP 1.5.2); the ill-health retirement letters only.
	IllHealth absence.Date `json:"illHealth,omitempty"`
	// Absences are the absences the step relies on, in date order.
	Absences []Absence `json:"absences,omitempty"`
}

// A Trigger is one trigger point that activated, in words for the employee.
type Trigger struct {
	// ID is the rule ID, "TRIG-1" … "TRIG-6" (package triggers); it is not printed by
	// the default templates.
	ID string `json:"id"`
	// Point is the trigger point as the policy sets it, e.g. "2 episodes of
	// sickness absence in a rolling 6-month period".
	Point string `json:"point"`
	// Activated is the day the trigger point was reached.
	Activated absence.Date `json:"activated"`
	// Evidence says in one or two sentences what reached it, e.g. "You had 2
	// episodes of sickness absence in the 6 months from Wednesday 3 September
	// 2025 to Monday 2 March 2026."
	Evidence string `json:"evidence"`
}

// An Absence is one absence the case relies on: its dates, the working days
// lost and the reason category.
type Absence struct {
	Period absence.Period `json:"period"` // first to last counted day relied on, inclusive
	// WorkingDays is the number of scheduled working days lost that count
	// (after part days and exclusions).
	WorkingDays int `json:"workingDays"`
	// Reason is the reason category, e.g. "Musculoskeletal" (absence.Reason's
	// label). [FromCase] never puts a diagnosis or a note here.
	Reason string `json:"reason"`
}

// Long reports whether the basis is a long absence: long-term absence
// ongoing, or an episode of 28 calendar days or more (TRIG-5). Letters then
// offer to meet at home or by telephone (App 14).
func (b Basis) Long() bool {
	if !b.LongTerm.IsZero() {
		return true
	}
	for _, t := range b.Triggers {
		if t.ID == "TRIG-5" {
			return true
		}
	}
	return false
}
