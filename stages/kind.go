package stages

// A Kind says what happened in an [Event]. Each kind's text code, used in
// JSON, follows "Code" in its comment; codes are stable.
//
// The zero Kind is not a valid kind.
type Kind uint8

// The kinds of event.
const (
	// TriggerActivated: a trigger point was reached on the event's date
	// (Triggers says which). It makes the next formal stage due (SAP 1.2–1.5).
	// Code "trigger-activated".
	TriggerActivated Kind = iota + 1
	// LongTermOngoing: the manager records that the employee's long-term
	// absence is ongoing and the case moves to the next stage on that ground
	// rather than a trigger (App 1 letters, App 14). Code "long-term-absence-ongoing".
	LongTermOngoing
	// InvitationSent: the written invitation to a formal meeting or hearing
	// (Step) was sent on the event's date, for the Slot given.
	// Code "invitation-sent".
	InvitationSent
	// NoticeWaived: the employee asked to waive the 7 days' notice of a stage 1
	// meeting (SAP 1.3; stage 1 only). Code "notice-waived".
	NoticeWaived
	// MeetingRearranged: the meeting or hearing (Step) was moved to the Slot
	// given, for the Rearrangement reason. Code "meeting-rearranged".
	MeetingRearranged
	// MeetingHeld: a stage 1 or stage 2 review meeting, or the ill-health
	// retirement formal meeting (Step), took place on the event's date.
	// Code "meeting-held".
	MeetingHeld
	// MeetingNotAttended: the employee did not attend the meeting or hearing
	// (Step) arranged for the event's date; Explained says whether a
	// reasonable explanation (or, for a hearing, mitigation) was given
	// beforehand (STAGE-9). Code "meeting-not-attended".
	MeetingNotAttended
	// OHReferralMade: the employee was referred to Occupational Health.
	// Code "oh-referral-made".
	OHReferralMade
	// OHReportReceived: Occupational Health (or, with Specialist, another
	// specialist) gave its advice. Code "oh-report-received".
	OHReportReceived
	// OHFailed: the employee failed to attend Occupational Health or another
	// specialist appointment, or to consent to the release of the advice
	// (Failure says which; SAP 1.5). Code "oh-failed".
	OHFailed
	// OutcomeLetterSent: the outcome of a meeting, hearing or appeal (Step)
	// was confirmed in writing. A dismissal is confirmed by
	// TerminationLetterSent instead. Code "outcome-letter-sent".
	OutcomeLetterSent
	// HRNotified: HR Employee Relations was notified of, or asked to advise
	// on, the case (SAP 1.4, SAP 1.5). Code "hr-er-notified".
	HRNotified
	// CaseSubmitted: the management case or the employee's case (Side) for the
	// stage 3 final review hearing was submitted. Code "case-submitted".
	CaseSubmitted
	// HearingHeld: the stage 3 final review hearing took place.
	// Code "hearing-held".
	HearingHeld
	// Dismissed: the panel decided to terminate employment, on the Grounds
	// given (capability due to ill health, or SOSR). Code "decision-dismiss".
	Dismissed
	// NotDismissed: the panel decided that dismissal is not justified; the
	// employee returns to stage 2 with all its triggers (STAGE-4).
	// Code "decision-not-dismiss".
	NotDismissed
	// TerminationLetterSent: the decision to dismiss, its reasons, the notice
	// and the right of appeal were confirmed in writing. Its date starts the
	// 21-day appeal window. Code "termination-letter-sent".
	TerminationLetterSent
	// AppealLodged: the employee appealed in writing to the Director of HR.
	// Code "appeal-lodged".
	AppealLodged
	// AppealResponseSubmitted: the management side submitted its written
	// response to the appeal to the chair of the appeal panel.
	// Code "appeal-response-submitted".
	AppealResponseSubmitted
	// DismissalUpheld: the appeal was heard and the panel upheld the original
	// decision: the dismissal stands and the employee's appeal fails.
	// Code "appeal-dismissal-upheld".
	DismissalUpheld
	// DismissalOverturned: the appeal was heard and the panel overturned the
	// original decision: the employee's appeal succeeds (SAP 1.5.1 calls this
	// "an appeal against dismissal is upheld") and the employee returns to
	// stage 2 (STAGE-4). Code "appeal-dismissal-overturned".
	DismissalOverturned
	// RedeploymentStarted: the employee was placed on the redeployment
	// register (§5.6.3). Code "redeployment-register-start".
	RedeploymentStarted
	// RedeploymentEnded: the employee left the redeployment register;
	// Redeployed says whether a suitable post was found. Without one, the
	// next stage is a stage 3 hearing (§5.6.3). Code "redeployment-register-end".
	RedeploymentEnded
	// IllHealthRetirementPursued: the employee is pursuing ill-health
	// retirement, so a formal meeting replaces the final review hearing
	// (SAP 1.5.2). Code "ill-health-retirement-pursued".
	IllHealthRetirementPursued
	// TerminalDiagnosisRecorded: the employee has a terminal diagnosis. No
	// diagnosis text is held. From then on every step towards dismissal needs
	// an explicit override (SAP 1.5.3). Code "terminal-diagnosis-recorded".
	TerminalDiagnosisRecorded
	// OHAppointment: an Occupational Health appointment was booked, attended,
	// missed or cancelled (Appointment says which; STAGE-11, §5.4.3, App 9).
	// Code "oh-appointment".
	OHAppointment
	// AdjustmentRecorded: an entry of the Tailored Adjustment Plan was
	// proposed, decided, reviewed or ended (Adjustment; STAGE-14, App 3); it
	// also answers an Occupational Health recommendation (STAGE-12).
	// Code "adjustment-recorded".
	AdjustmentRecorded
	// DisabilityDeclared: the employee declared a disability (§18, App 3). No
	// diagnosis is held. Code "disability-declared".
	DisabilityDeclared
	// DisabilityAssessed: the manager decided, with the dates of HR and OH
	// advice, whether the Equality Act definition of disability is likely to
	// be met (Disability; STAGE-14, App 3). Code "disability-assessed".
	DisabilityAssessed
	// CaseConferenceRequested: a case conference was requested
	// (Conference.RequestedBy; STAGE-13, App 8). Code "case-conference-requested".
	CaseConferenceRequested
	// CaseConferenceHeld: a case conference took place (Conference: the
	// pre-meeting, who attended, the actions with owners and dates; STAGE-13,
	// App 8). Code "case-conference-held".
	CaseConferenceHeld
	// ActionCompleted: an action agreed at a case conference (ActionID) was
	// done (STAGE-13). Code "action-completed".
	ActionCompleted
	// HRReviewed: HR Employee Relations reviewed the case with the presenting
	// manager and found that the procedure was followed and that it is
	// reasonable to proceed to the hearing (STAGE-17, SAP 1.5).
	// Code "hr-er-review".
	HRReviewed
	// DeliberationRecorded: the panel recorded what it considered at the
	// final review hearing: the matters of SAP 1.5, the alternatives to
	// dismissal, the notes of the hearing, the outcome, minutes and action
	// plan (Deliberation; STAGE-18). Code "deliberation-recorded".
	DeliberationRecorded
	// InformalDiscussion: the manager discussed the employee's attendance
	// informally, setting goals and a review date (Informal; STAGE-16,
	// Proc 3, App 6 Q8). Code "informal-discussion".
	InformalDiscussion
	// ContactAgreed: the manager and the employee agreed how often they keep
	// in touch during absence (ContactDays; ABS-12, §5.3.2, Proc 8, App 14).
	// Code "contact-agreed".
	ContactAgreed

	// The records of issue 17 (STAGE-20 … STAGE-24).

	// RedeploymentInformed: the employee on the redeployment register was
	// given information on the Trust's redeployment process (STAGE-20,
	// §5.6.3). Code "redeployment-information-given".
	RedeploymentInformed
	// RedeploymentPost: a post was considered for the employee on the
	// redeployment register, matched, interviewed for, taken up or not
	// (Post; STAGE-20, §5.6.3, App 3). Code "redeployment-post".
	RedeploymentPost
	// RetirementApplication: a step of the employee's application to NHS
	// Pensions for ill-health retirement: the App 14 points explained, the
	// form given, the application sent, the decision, form AW8, an appeal
	// (Application; STAGE-21, App 12, App 14).
	// Code "ill-health-retirement-application".
	RetirementApplication
	// Resigned: the employee resigned; after an ill-health retirement
	// application was accepted, notice may be waived (Resignation;
	// STAGE-22, App 14). Code "resignation".
	Resigned
	// SuspensionRecorded: the manager suspended the employee from duty for
	// medical reasons after seeking Occupational Health advice, or ended
	// the suspension (Suspension; STAGE-23, §4.6). Code "medical-suspension".
	SuspensionRecorded
	// OvertimeDecided: the manager decided, with HR advice, whether to
	// withhold overtime after an absence (Overtime; STAGE-24, §5.3.6).
	// Code "overtime-decision".
	OvertimeDecided

	numKinds
)

var kindCodes = [numKinds]string{
	"",
	"trigger-activated",
	"long-term-absence-ongoing",
	"invitation-sent",
	"notice-waived",
	"meeting-rearranged",
	"meeting-held",
	"meeting-not-attended",
	"oh-referral-made",
	"oh-report-received",
	"oh-failed",
	"outcome-letter-sent",
	"hr-er-notified",
	"case-submitted",
	"hearing-held",
	"decision-dismiss",
	"decision-not-dismiss",
	"termination-letter-sent",
	"appeal-lodged",
	"appeal-response-submitted",
	"appeal-dismissal-upheld",
	"appeal-dismissal-overturned",
	"redeployment-register-start",
	"redeployment-register-end",
	"ill-health-retirement-pursued",
	"terminal-diagnosis-recorded",
	"oh-appointment",
	"adjustment-recorded",
	"disability-declared",
	"disability-assessed",
	"case-conference-requested",
	"case-conference-held",
	"action-completed",
	"hr-er-review",
	"deliberation-recorded",
	"informal-discussion",
	"contact-agreed",
	"redeployment-information-given",
	"redeployment-post",
	"ill-health-retirement-application",
	"resignation",
	"medical-suspension",
	"overtime-decision",
}

// Kinds returns every valid kind, in code order.
func Kinds() []Kind {
	out := make([]Kind, 0, numKinds-1)
	for k := TriggerActivated; k < numKinds; k++ {
		out = append(out, k)
	}
	return out
}

// IsValid reports whether k is one of the named kinds.
func (k Kind) IsValid() bool { return valid(k, kindCodes[:], false) }

// String returns the kind's code, e.g. "meeting-held".
func (k Kind) String() string {
	if k == 0 {
		return "no kind"
	}
	return codeOf(k, kindCodes[:], "Kind")
}

// MarshalText implements encoding.TextMarshaler with the kind's code.
func (k Kind) MarshalText() ([]byte, error) { return marshalCode(k, kindCodes[:], "Kind") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error { return unmarshalCode(k, b, kindCodes[:], "Kind") }
