package stages

import "github.com/absencerules/hr14/absence"

// A State is where a case stands after its events: the stage in effect, every
// formal meeting or hearing so far with its details, and the facts the
// procedure depends on (OH advice, HR Employee Relations, the redeployment
// register, ill-health retirement, a terminal diagnosis).
//
// The zero State is a case with no events. A State is a value: [State.Apply]
// returns a new one and never changes the receiver's slices, so states can be
// kept and compared freely. It marshals to JSON losslessly, so a host can
// store it and carry on applying events to it later.
type State struct {
	// Stage is the formal stage in effect (STAGE-1, STAGE-2, STAGE-4).
	Stage Stage `json:"stage"`
	// Since is the date Stage took effect: the date of the meeting (or of the
	// decision taken in the employee's absence), of the decision not to
	// dismiss, or of the appeal that overturned a dismissal. With the
	// counting-from-meeting policy, only sickness after Since counts towards
	// the next trigger. Zero before the first formal stage; after a lapse
	// (Policy.LapseMonths) it keeps the date of the stage that lapsed.
	Since absence.Date `json:"since,omitempty"`
	// Returned: Stage 2 is in effect because a stage 3 panel did not dismiss
	// or an appeal overturned the dismissal (STAGE-4).
	Returned bool `json:"returned,omitempty"`

	// Meetings are the formal steps opened so far, oldest first. The last one
	// is under way unless it has concluded (see [Meeting.Concluded]).
	Meetings []Meeting `json:"meetings,omitempty"`

	// Dismissed: a panel decided to dismiss and no appeal has overturned it.
	Dismissed bool `json:"dismissed,omitempty"`
	// Final: an appeal upheld the dismissal; the case is closed.
	Final bool `json:"final,omitempty"`
	// AnnualLeavePayable: employment ends by the ill-health retirement route,
	// so accrued but untaken annual leave for the current leave year is paid
	// (STAGE-6, SAP 1.5.2).
	AnnualLeavePayable bool `json:"annualLeavePayable,omitempty"`

	OH OH `json:"oh"` // the latest Occupational Health events
	// HRNotified is the date HR Employee Relations was last notified.
	HRNotified absence.Date `json:"hrNotified,omitempty"`
	// Redeployment is the latest stay on the redeployment register.
	Redeployment Register `json:"redeployment"`
	// IllHealthRetirement is the date the employee was recorded as pursuing
	// ill-health retirement; zero if not.
	IllHealthRetirement absence.Date `json:"illHealthRetirement,omitempty"`
	// TerminalDiagnosis is the date a terminal diagnosis was recorded; zero
	// if none (STAGE-10).
	TerminalDiagnosis absence.Date `json:"terminalDiagnosis,omitempty"`

	// The duties' records (STAGE-11 … STAGE-19, ABS-12). Each is nil (or
	// empty) until an event records it, so a case without them marshals as
	// it always has.

	// HRAdvice is when HR Employee Relations last advised on each topic and
	// last reviewed the case before a hearing.
	HRAdvice *HRAdvice `json:"hrAdvice,omitempty"`
	// Plan is the Tailored Adjustment Plan, entries in the order they were
	// first recorded (STAGE-14).
	Plan []PlanEntry `json:"plan,omitempty"`
	// Disability is the employee's declared or indicated disability and the
	// manager's decision on it (STAGE-14).
	Disability *Disability `json:"disability,omitempty"`
	// Conference is the latest case conference and its request (STAGE-13).
	Conference *ConferenceState `json:"conference,omitempty"`
	// Actions are the actions agreed at case conferences, open or done
	// (STAGE-13).
	Actions []OpenAction `json:"actions,omitempty"`
	// Underlying is the continuing-absence route taken on OH advice of an
	// underlying condition (STAGE-15).
	Underlying *Underlying `json:"underlying,omitempty"`
	// Informal is the latest informal discussion of attendance (STAGE-16).
	Informal *InformalState `json:"informal,omitempty"`
	// Contact are the contact frequencies agreed with the employee, oldest
	// first (ABS-12); absence.History.ContactWith takes them.
	Contact []absence.ContactAgreement `json:"contact,omitempty"`

	// The records of issue 17 (STAGE-21 … STAGE-24; the redeployment
	// register's are in Redeployment). Each is nil until an event records
	// it.

	// Application is the ill-health retirement application to NHS Pensions
	// (STAGE-21).
	Application *ApplicationState `json:"application,omitempty"`
	// Resignation is the employee's resignation (STAGE-22); from it the
	// case is closed to every event but the application's.
	Resignation *ResignationState `json:"resignation,omitempty"`
	// Suspension is the latest medical suspension (STAGE-23).
	Suspension *SuspensionState `json:"suspension,omitempty"`
	// Overtime is the latest decision on withholding overtime (STAGE-24).
	Overtime *OvertimeState `json:"overtime,omitempty"`

	// Events is the number of events applied; the next event's index.
	Events int `json:"events"`
	// Last is the date of the last event applied.
	Last absence.Date `json:"last,omitempty"`
	// Findings explain what the events did, in order, and record lateness
	// the procedure tolerates (a late employee case, a late letter).
	Findings []absence.Finding `json:"findings,omitempty"`
	// Basis names the policy the events were applied under, its settings
	// changed from the HR14 v16 defaults and the library's version: that of
	// the last [State.Apply], or of [Replay]. Nil before any event. The
	// next steps and deadlines worked out from the State apply it.
	Basis *absence.Basis `json:"basis,omitempty"`
}

// OH records the latest Occupational Health events of a case.
type OH struct {
	Referred absence.Date `json:"referred,omitempty"` // last referral
	Reported absence.Date `json:"reported,omitempty"` // last advice received
	// Specialist: the last advice came from another specialist.
	Specialist bool         `json:"specialist,omitempty"`
	Failed     absence.Date `json:"failed,omitempty"`  // last failure to attend or consent
	Failure    OHFailure    `json:"failure,omitempty"` // how the employee failed to attend or consent, with Failed

	// Referral is the record of the last referral; nil when it was recorded
	// without one (STAGE-11).
	Referral *Referral `json:"referral,omitempty"`
	// Progress is how the last referral is going: OH's contact, the
	// consultation, a missed appointment (STAGE-11, App 9); nil until an
	// appointment is recorded.
	Progress *ReferralProgress `json:"progress,omitempty"`
	// Report is the content of the last report; nil when it was recorded
	// without one (STAGE-12).
	Report *OHReport `json:"report,omitempty"`
}

// A Register is a stay on the redeployment register (STAGE-7, §5.6.3).
type Register struct {
	Start absence.Date `json:"start,omitempty"` // first day on the register; zero if never
	End   absence.Date `json:"end,omitempty"`   // zero while on the register
	// Redeployed: the employee left the register for a suitable post.
	Redeployed bool `json:"redeployed,omitempty"`

	// The register in full (STAGE-20).

	// Band is the employee's band when placed on the register; BandUnknown
	// if not recorded.
	Band Band `json:"band,omitempty"`
	// Informed are the dates the employee was given information on the
	// redeployment process; empty if none is recorded.
	Informed []absence.Date `json:"informed,omitempty"`
	// Posts are the posts considered, in the order first recorded.
	Posts []PostEntry `json:"posts,omitempty"`
	// Transfer is the internal transfer to a post the employee was
	// successful at interview for; nil if none.
	Transfer *Transfer `json:"transfer,omitempty"`
}

// A Transfer is an internal transfer from the redeployment register to a
// suitable post (STAGE-20, §5.6.3): pay follows the new post's terms and
// conditions, and Protection of Pay does not apply (App 3).
type Transfer struct {
	Post    string       `json:"post"`             // the post's ID
	Band    Band         `json:"band,omitempty"`   // the post's band
	Decided absence.Date `json:"decided"`          // the date the successful interview was recorded
	Starts  absence.Date `json:"starts,omitempty"` // the first day in the post; zero if not recorded
}

// On reports whether the employee is on the register.
func (r Register) On() bool { return !r.Start.IsZero() && r.End.IsZero() }

// A Meeting is one formal step of a case: a review meeting, the final review
// hearing, the ill-health retirement meeting or the appeal hearing, from the
// date it became due to its outcome letter. It holds what a letter needs: the
// triggers, the invitation, the date, time and place, who sat, the decision.
type Meeting struct {
	Step  Step  `json:"step"`  // the formal step
	Route Route `json:"route"` // why it became due
	// Due is the date the step became due: the trigger date, the date
	// long-term absence was recorded as ongoing, the end of the redeployment
	// register, the date ill-health retirement was pursued, or the date the
	// appeal was lodged.
	Due absence.Date `json:"due"`
	// Triggers are the trigger points that made the step due (route
	// trigger), with any activated before the invitation was sent.
	Triggers []string `json:"triggers,omitempty"`
	// Soon: an episode of 28 calendar days or more (TRIG-5) made a stage 1
	// meeting due, to be held as soon as practicable (SAP 1.3 NB).
	Soon bool `json:"soon,omitempty"`

	// Invited is the date of the invitation letter; zero until sent.
	Invited absence.Date `json:"invited,omitempty"`
	// Slot is the date, time and place currently arranged.
	Slot Slot `json:"slot"`
	// Original is the date the re-arrangement limit runs from: the date
	// first arranged, or set by the last re-arrangement that was not at the
	// employee's request.
	Original absence.Date `json:"original,omitempty"`
	// NoticeFrom is the date of the letter the notice period runs from; zero
	// when no notice period applies (after a non-attendance).
	NoticeFrom absence.Date `json:"noticeFrom,omitempty"`
	// NoticeWaived: the employee waived notice (stage 1).
	NoticeWaived bool `json:"noticeWaived,omitempty"`
	// Rearranged counts re-arrangements.
	Rearranged int `json:"rearranged,omitempty"`
	// Missed counts non-attendances without a reasonable explanation
	// (STAGE-9).
	Missed int `json:"missed,omitempty"`
	// AwaitingNewDate: the employee did not attend and the meeting must be
	// re-arranged.
	AwaitingNewDate bool `json:"awaitingNewDate,omitempty"`

	// ManagementCase is the date the management case (appeal: the management
	// response) was submitted; EmployeeCase the date of the employee's case.
	ManagementCase absence.Date `json:"managementCase,omitempty"`
	EmployeeCase   absence.Date `json:"employeeCase,omitempty"`

	// Held is the date the meeting or hearing took place, or the date a
	// stage 1 or 2 meeting was decided on the information available after
	// repeated non-attendance (InAbsence).
	Held       absence.Date `json:"held,omitempty"`
	InAbsence  bool         `json:"inAbsence,omitempty"`  // decided on the information available after repeated non-attendance (STAGE-9)
	Attendance Attendance   `json:"attendance,omitempty"` // who attended for the employee
	Panel      *Panel       `json:"panel,omitempty"`      // who heard it; nil if none was recorded

	Decision Decision     `json:"decision,omitempty"` // of a hearing or appeal; Undecided for review meetings
	Decided  absence.Date `json:"decided,omitempty"`  // the date of the decision
	Grounds  Grounds      `json:"grounds,omitempty"`  // of a dismissal
	// Overridden: a step of this meeting went ahead after a terminal
	// diagnosis on an explicit override (STAGE-10).
	Overridden bool `json:"overridden,omitempty"`

	// Letter is the date the outcome (or termination) letter was sent.
	Letter absence.Date `json:"letter,omitempty"`
	// Notice is the notice of termination given in the termination letter.
	Notice *Notice `json:"notice,omitempty"`
	// Superseded is the date the step was overtaken before it was held (the
	// redeployment register ended with no post, so a stage 3 hearing is due).
	Superseded absence.Date `json:"superseded,omitempty"`

	// Deliberation is what the panel recorded of its decision (STAGE-18);
	// nil if nothing.
	Deliberation *Deliberation `json:"deliberation,omitempty"`
	// Override is the panel's reason for dismissing without the full record
	// of its deliberation (STAGE-18); nil if none.
	Override *DeliberationOverride `json:"deliberationOverride,omitempty"`
}

// Concluded reports whether the step is over: a review meeting held (or
// decided in the employee's absence), a hearing or appeal decided, or the
// step superseded. Its outcome letter may still be due.
func (m Meeting) Concluded() bool {
	switch {
	case !m.Superseded.IsZero():
		return true
	case m.Step.hearing():
		return m.Decision != Undecided
	}
	return !m.Held.IsZero()
}

// Current returns the formal step under way, if any.
func (s State) Current() (Meeting, bool) {
	if n := len(s.Meetings); n > 0 && !s.Meetings[n-1].Concluded() {
		return s.Meetings[n-1], true
	}
	return Meeting{}, false
}

// Latest returns the most recent meeting of step st (concluded or not).
func (s State) Latest(st Step) (Meeting, bool) {
	for i := len(s.Meetings) - 1; i >= 0; i-- {
		if s.Meetings[i].Step == st {
			return s.Meetings[i], true
		}
	}
	return Meeting{}, false
}

// Closed reports whether the case is closed: the dismissal was upheld on
// appeal.
func (s State) Closed() bool { return s.Final }
