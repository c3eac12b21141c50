package stages

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/absencerules/hr14/absence"
)

// An Event is one dated fact of a case: what happened (Kind), on which date,
// and the details that kind takes. A case is an append-only list of events in
// date order; events on the same date keep the order in which they were
// appended.
//
// Each kind takes only its own fields (listed on the fields below); any other
// non-zero field makes the event invalid, so a stored event always means one
// thing. Events marshal to JSON with the field names shown and dates as
// "YYYY-MM-DD".
type Event struct {
	// ID is the host's identifier for the event, quoted in errors.
	ID   string       `json:"id,omitempty"`
	Kind Kind         `json:"kind"` // what happened; required
	Date absence.Date `json:"date"` // the day it happened; required, on or after the previous event

	// Step is the formal step the event belongs to. Required by
	// InvitationSent, NoticeWaived, MeetingRearranged, MeetingHeld,
	// MeetingNotAttended and OutcomeLetterSent.
	Step Step `json:"step,omitempty"`
	// Slot is the date, time and place of the meeting or hearing. Required by
	// InvitationSent and MeetingRearranged.
	Slot *Slot `json:"slot,omitempty"`
	// Triggers are the trigger points activated, as rule IDs "TRIG-1" …
	// "TRIG-6". Required by TriggerActivated. "TRIG-5" (an episode of 28
	// calendar days or more) makes a stage 1 meeting due as soon as
	// practicable.
	Triggers []string `json:"triggers,omitempty"`
	// Rearrangement is why a meeting was moved. Required by MeetingRearranged.
	Rearrangement Rearrangement `json:"rearrangement,omitempty"`
	// Explained: the employee gave a reasonable explanation, or submitted
	// mitigation, before the meeting or hearing. MeetingNotAttended only.
	Explained bool `json:"explained,omitempty"`
	// Panel is who heard the step. MeetingHeld (required at stage 2 and for
	// the ill-health retirement meeting, optional at stage 1), HearingHeld,
	// DismissalUpheld and DismissalOverturned (required).
	Panel *Panel `json:"panel,omitempty"`
	// Attendance says who attended for the employee. HearingHeld,
	// MeetingHeld (ill-health retirement meeting only), DismissalUpheld and
	// DismissalOverturned.
	Attendance Attendance `json:"attendance,omitempty"`
	// Side says whose case was submitted. Required by CaseSubmitted.
	Side Side `json:"side,omitempty"`
	// Grounds are the grounds of a dismissal. Required by Dismissed.
	Grounds Grounds `json:"grounds,omitempty"`
	// Specialist: the advice came from a specialist other than Occupational
	// Health. OHReportReceived only.
	Specialist bool `json:"specialist,omitempty"`
	// Failure says how the employee failed to let OH advise. Required by
	// OHFailed.
	Failure OHFailure `json:"failure,omitempty"`
	// Redeployed: a suitable post was found. RedeploymentEnded only.
	Redeployed bool `json:"redeployed,omitempty"`
	// Notice gives the notice of termination. TerminationLetterSent only,
	// optional.
	Notice *Notice `json:"notice,omitempty"`
	// Override explicitly authorises a step towards dismissal after a
	// terminal diagnosis (STAGE-10). InvitationSent, MeetingHeld,
	// CaseSubmitted, HearingHeld, Dismissed, TerminationLetterSent and
	// DismissalUpheld.
	Override bool `json:"terminalDiagnosisOverride,omitempty"`

	// The duties' records (STAGE-11 … STAGE-19, ABS-12).

	// Linked: the trigger was reached through absences the manager linked to
	// the underlying medical condition Occupational Health advised of
	// (STAGE-15). TriggerActivated only.
	Linked bool `json:"linked,omitempty"`
	// Topic is what HR Employee Relations was asked to advise on.
	// HRNotified only, optional.
	Topic HRTopic `json:"topic,omitempty"`
	// Referral is the referral's record (STAGE-11). OHReferralMade only,
	// optional.
	Referral *Referral `json:"referral,omitempty"`
	// Appointment is what happened to an OH appointment (STAGE-11).
	// Required by OHAppointment.
	Appointment *Appointment `json:"appointment,omitempty"`
	// Report is the OH report's content (STAGE-12). OHReportReceived only,
	// optional.
	Report *OHReport `json:"report,omitempty"`
	// Adjustment is an entry of the Tailored Adjustment Plan (STAGE-14).
	// Required by AdjustmentRecorded.
	Adjustment *Adjustment `json:"adjustment,omitempty"`
	// Disability is the manager's decision on disability (STAGE-14).
	// Required by DisabilityAssessed.
	Disability *DisabilityAssessment `json:"disability,omitempty"`
	// Conference is a case conference or its request (STAGE-13). Required
	// by CaseConferenceRequested and CaseConferenceHeld.
	Conference *Conference `json:"conference,omitempty"`
	// ActionID names the case conference action done. Required by
	// ActionCompleted.
	ActionID string `json:"actionId,omitempty"`
	// Deliberation is what the stage 3 panel recorded (STAGE-18). Required
	// by DeliberationRecorded; optional on Dismissed and NotDismissed.
	Deliberation *Deliberation `json:"deliberation,omitempty"`
	// DeliberationOverride lets the panel dismiss without the full record of
	// its deliberation, with its reason (STAGE-18). Dismissed only.
	DeliberationOverride *DeliberationOverride `json:"deliberationOverride,omitempty"`
	// Informal is an informal discussion's goals and review date
	// (STAGE-16). Required by InformalDiscussion.
	Informal *Informal `json:"informal,omitempty"`
	// ContactDays is the agreed frequency of contact during absence, in
	// days, 1 to 366 (ABS-12). Required by ContactAgreed.
	ContactDays int `json:"contactDays,omitempty"`
	// Reference is the host's reference for the record (HRNotified,
	// HRReviewed, DisabilityDeclared, ActionCompleted, ContactAgreed,
	// RedeploymentInformed); it is never printed.
	Reference string `json:"reference,omitempty"`

	// The records of issue 17 (STAGE-20 … STAGE-24).

	// Redeployment is the employee's current band and the host's reference
	// for the placement on the redeployment register (STAGE-20).
	// RedeploymentStarted only, optional; without a band the band of a
	// post cannot be checked.
	Redeployment *Redeployment `json:"redeployment,omitempty"`
	// Post is a post considered on the redeployment register and what came
	// of it (STAGE-20). Required by RedeploymentPost.
	Post *Post `json:"post,omitempty"`
	// Application is a step of the ill-health retirement application
	// (STAGE-21). Required by RetirementApplication.
	Application *Application `json:"application,omitempty"`
	// Resignation says whether notice was waived and the last day of
	// employment (STAGE-22). Resigned only, optional.
	Resignation *Resignation `json:"resignation,omitempty"`
	// Suspension is a medical suspension started or ended (STAGE-23).
	// Required by SuspensionRecorded.
	Suspension *Suspension `json:"suspension,omitempty"`
	// Overtime is the decision on withholding overtime after an absence
	// (STAGE-24). Required by OvertimeDecided.
	Overtime *Overtime `json:"overtime,omitempty"`
}

// A Slot is when and where a meeting or hearing takes place.
type Slot struct {
	Date absence.Date `json:"date"` // the day it happened; required, on or after the previous event
	// Time is the local time of day, "HH:MM" on the 24-hour clock; optional.
	Time string `json:"time,omitempty"`
	// Place is where the meeting is held; optional. It is never printed in
	// errors.
	Place string `json:"place,omitempty"`
}

// Notice is the notice of termination given in a termination letter: per the
// contract of employment, and it may be paid in lieu (Conduct of Stage 3,
// Termination of Employment).
type Notice struct {
	// Weeks of notice under the contract of employment.
	Weeks int `json:"weeks,omitempty"`
	// PayInLieu: the notice is paid in lieu rather than worked.
	PayInLieu bool `json:"payInLieu,omitempty"`
	// LastDay is the last day of employment, if known.
	LastDay absence.Date `json:"lastDay,omitempty"`
}

// Fields a kind may carry.
type field uint64

const (
	fStep field = 1 << iota
	fSlot
	fTriggers
	fRearrangement
	fExplained
	fPanel
	fAttendance
	fSide
	fGrounds
	fSpecialist
	fFailure
	fRedeployed
	fNotice
	fOverride
	fLinked
	fTopic
	fReferral
	fAppointment
	fReport
	fAdjustment
	fDisability
	fConference
	fActionID
	fDeliberation
	fDeliberationOverride
	fInformal
	fContactDays
	fReference
	fRedeployment
	fPost
	fApplication
	fResignation
	fSuspension
	fOvertime
)

// allowed lists, for each kind, the fields it may carry and those it must.
var allowed = [numKinds]struct{ may, must field }{
	TriggerActivated:           {fTriggers | fLinked, fTriggers},
	LongTermOngoing:            {},
	InvitationSent:             {fStep | fSlot | fOverride, fStep | fSlot},
	NoticeWaived:               {fStep, fStep},
	MeetingRearranged:          {fStep | fSlot | fRearrangement, fStep | fSlot | fRearrangement},
	MeetingHeld:                {fStep | fPanel | fAttendance | fOverride, fStep},
	MeetingNotAttended:         {fStep | fExplained, fStep},
	OHReferralMade:             {fReferral, 0},
	OHReportReceived:           {fSpecialist | fReport, 0},
	OHFailed:                   {fFailure, fFailure},
	OutcomeLetterSent:          {fStep, fStep},
	HRNotified:                 {fTopic | fReference, 0},
	CaseSubmitted:              {fSide | fOverride, fSide},
	HearingHeld:                {fPanel | fAttendance | fOverride, fPanel},
	Dismissed:                  {fGrounds | fOverride | fDeliberation | fDeliberationOverride, fGrounds},
	NotDismissed:               {fDeliberation, 0},
	TerminationLetterSent:      {fNotice | fOverride, 0},
	AppealLodged:               {},
	AppealResponseSubmitted:    {},
	DismissalUpheld:            {fPanel | fAttendance | fOverride, fPanel},
	DismissalOverturned:        {fPanel | fAttendance, fPanel},
	RedeploymentStarted:        {fRedeployment, 0},
	RedeploymentEnded:          {fRedeployed, 0},
	IllHealthRetirementPursued: {},
	TerminalDiagnosisRecorded:  {},
	OHAppointment:              {fAppointment, fAppointment},
	AdjustmentRecorded:         {fAdjustment, fAdjustment},
	DisabilityDeclared:         {fReference, 0},
	DisabilityAssessed:         {fDisability, fDisability},
	CaseConferenceRequested:    {fConference, fConference},
	CaseConferenceHeld:         {fConference, fConference},
	ActionCompleted:            {fActionID | fReference, fActionID},
	HRReviewed:                 {fReference, 0},
	DeliberationRecorded:       {fDeliberation, fDeliberation},
	InformalDiscussion:         {fInformal, fInformal},
	ContactAgreed:              {fContactDays | fReference, fContactDays},
	RedeploymentInformed:       {fReference, 0},
	RedeploymentPost:           {fPost, fPost},
	RetirementApplication:      {fApplication, fApplication},
	Resigned:                   {fResignation, 0},
	SuspensionRecorded:         {fSuspension, fSuspension},
	OvertimeDecided:            {fOvertime, fOvertime},
}

var fieldNames = [...]string{"Step", "Slot", "Triggers", "Rearrangement", "Explained", "Panel",
	"Attendance", "Side", "Grounds", "Specialist", "Failure", "Redeployed", "Notice", "Override",
	"Linked", "Topic", "Referral", "Appointment", "Report", "Adjustment", "Disability", "Conference",
	"ActionID", "Deliberation", "DeliberationOverride", "Informal", "ContactDays", "Reference",
	"Redeployment", "Post", "Application", "Resignation", "Suspension", "Overtime"}

// fields returns the fields e carries (non-zero).
func (e *Event) fields() field {
	var f field
	set := func(b bool, x field) {
		if b {
			f |= x
		}
	}
	set(e.Step != StepNone, fStep)
	set(e.Slot != nil, fSlot)
	set(len(e.Triggers) > 0, fTriggers)
	set(e.Rearrangement != RearrangeNone, fRearrangement)
	set(e.Explained, fExplained)
	set(e.Panel != nil, fPanel)
	set(e.Attendance != Attended, fAttendance)
	set(e.Side != SideNone, fSide)
	set(e.Grounds != GroundsNone, fGrounds)
	set(e.Specialist, fSpecialist)
	set(e.Failure != FailureNone, fFailure)
	set(e.Redeployed, fRedeployed)
	set(e.Notice != nil, fNotice)
	set(e.Override, fOverride)
	set(e.Linked, fLinked)
	set(e.Topic != TopicGeneral, fTopic)
	set(e.Referral != nil, fReferral)
	set(e.Appointment != nil, fAppointment)
	set(e.Report != nil, fReport)
	set(e.Adjustment != nil, fAdjustment)
	set(e.Disability != nil, fDisability)
	set(e.Conference != nil, fConference)
	set(e.ActionID != "", fActionID)
	set(e.Deliberation != nil, fDeliberation)
	set(e.DeliberationOverride != nil, fDeliberationOverride)
	set(e.Informal != nil, fInformal)
	set(e.ContactDays != 0, fContactDays)
	set(e.Reference != "", fReference)
	set(e.Redeployment != nil, fRedeployment)
	set(e.Post != nil, fPost)
	set(e.Application != nil, fApplication)
	set(e.Resignation != nil, fResignation)
	set(e.Suspension != nil, fSuspension)
	set(e.Overtime != nil, fOvertime)
	return f
}

// triggerIDs are the trigger points an event may name (SAP 1.2, App 11).
var triggerIDs = [...]string{"TRIG-1", "TRIG-2", "TRIG-3", "TRIG-4", "TRIG-5", "TRIG-6"}

// Validate checks the event on its own, without the case: a valid date, a
// known kind, the fields its kind requires and no others, valid codes, a
// valid slot and panel. It returns an *EventError wrapping ErrInvalidEvent
// (with Index −1) or nil. [State.Apply] calls it before checking the
// procedure.
func (e Event) Validate() error {
	return e.validate(-1)
}

func (e *Event) validate(index int) error {
	bad := func(fieldName, detail string) error {
		return &EventError{Index: index, ID: e.ID, Kind: e.Kind, Date: e.Date, Field: fieldName, Detail: detail, Err: ErrInvalidEvent}
	}
	if !e.Kind.IsValid() {
		return bad("Kind", "unknown kind "+e.Kind.String())
	}
	if !e.Date.IsValid() {
		return bad("Date", "the date is missing or not a calendar date")
	}
	if !e.Date.InRange() {
		return bad("Date", e.Date.String()+" is outside the years 1900 to 2200")
	}
	spec := allowed[e.Kind]
	have := e.fields()
	for i, name := range fieldNames {
		bit := field(1) << i
		switch {
		case have&bit != 0 && spec.may&bit == 0:
			return bad(name, "a "+e.Kind.String()+" event does not take "+name)
		case have&bit == 0 && spec.must&bit != 0:
			return bad(name, "a "+e.Kind.String()+" event needs "+name)
		}
	}
	switch {
	case !valid(e.Step, stepCodes[:], true):
		return bad("Step", "unknown step")
	case e.Step == StepReturnToWork:
		return bad("Step", "the return-to-work interview is not a formal step of a case")
	case !valid(e.Rearrangement, rearrangeCodes[:], true):
		return bad("Rearrangement", "unknown reason")
	case !valid(e.Attendance, attendanceCodes[:], true):
		return bad("Attendance", "unknown attendance")
	case !valid(e.Side, sideCodes[:], true):
		return bad("Side", "unknown side")
	case !valid(e.Grounds, groundsCodes[:], true):
		return bad("Grounds", "unknown grounds")
	case !valid(e.Failure, failureCodes[:], true):
		return bad("Failure", "unknown failure")
	}
	if e.Slot != nil {
		if !e.Slot.Date.IsValid() {
			return bad("Slot.Date", "the meeting date is missing or not a calendar date")
		}
		if e.Slot.Time != "" {
			if _, err := time.Parse("15:04", e.Slot.Time); err != nil {
				return bad("Slot.Time", timeDetail(e.Slot.Time))
			}
		}
	}
	seen := map[string]bool{}
	for _, t := range e.Triggers {
		known := false
		for _, id := range triggerIDs {
			known = known || t == id
		}
		if !known {
			return bad("Triggers", triggerDetail(t))
		}
		if seen[t] {
			return bad("Triggers", t+" is given twice")
		}
		seen[t] = true
	}
	if e.Notice != nil {
		if e.Notice.Weeks < 0 {
			return bad("Notice.Weeks", "negative notice")
		}
		if !e.Notice.LastDay.IsZero() && !e.Notice.LastDay.IsValid() {
			return bad("Notice.LastDay", "not a calendar date")
		}
		if e.Notice.LastDay.IsValid() && e.Notice.LastDay.Before(e.Date) {
			return bad("Notice.LastDay", "the last day of employment is before the letter")
		}
	}
	if err := e.validateRecords(bad); err != nil {
		return err
	}
	if e.Panel != nil {
		if d := e.Panel.Delegation; d != nil && !d.Permitted.IsValid() {
			return bad("Panel.Delegation.Permitted", "the date of the written permission is missing or not a calendar date")
		}
		if !valid(e.Panel.Group, groupCodes[:], true) {
			return bad("Panel.Group", "unknown staff group")
		}
		if len(e.Panel.Members) == 0 {
			return bad("Panel.Members", "a panel needs members")
		}
		for i, m := range e.Panel.Members {
			if !valid(m.Role, roleCodes[:], false) || !valid(m.Band, bandCodes[:], true) {
				return bad(fmt.Sprintf("Panel.Members[%d]", i), "unknown role or band")
			}
		}
	}
	return nil
}

// hasTrigger reports whether the event names trigger id.
func (e *Event) hasTrigger(id string) bool {
	for _, t := range e.Triggers {
		if t == id {
			return true
		}
	}
	return false
}

// timeDetail says a slot's time is not HH:MM, quoting it only when it has
// the shape of a time (never a sentence typed into the field).
func timeDetail(s string) string {
	if len(s) <= 8 && strings.Trim(s, "0123456789:.") == "" {
		return strconv.Quote(s) + " is not a time of day: expected HH:MM, e.g. 14:00"
	}
	return "not a time of day: expected HH:MM, e.g. 14:00"
}

// triggerDetail says a text is not a trigger point, quoting it only when it
// has the shape of a code.
func triggerDetail(s string) string {
	if absence.QuoteID(s) != "" && len(s) <= 10 && strings.HasPrefix(strings.ToUpper(s), triggerIDs[0][:4]) {
		return strconv.Quote(s) + " is not a trigger point: expected TRIG-1 … TRIG-6"
	}
	return "not a trigger point: expected TRIG-1 … TRIG-6"
}

// validateRecords checks the duties' records an event carries.
func (e *Event) validateRecords(bad func(field, detail string) error) error {
	var c check
	_ = valid(e.Topic, topicCodes[:], true) || c.fail("Topic", "unknown topic")
	_ = len(e.Reference) <= maxIDLen || c.fail("Reference", "longer than "+strconv.Itoa(maxIDLen)+" characters")
	_ = len(e.ActionID) <= maxIDLen || c.fail("ActionID", "longer than "+strconv.Itoa(maxIDLen)+" characters")
	_ = (e.ContactDays >= 0 && e.ContactDays <= maxContactDays) || c.fail("ContactDays", "out of range (1 to 366 days)")
	if r := e.Referral; r != nil {
		r.check(&c)
	}
	if a := e.Appointment; a != nil {
		a.check(&c, e.Date)
	}
	if r := e.Report; r != nil {
		r.check(&c)
	}
	if a := e.Adjustment; a != nil {
		a.check(&c)
	}
	if d := e.Disability; d != nil {
		d.check(&c, e.Date)
	}
	if f := e.Conference; f != nil {
		f.check(&c, e.Kind, e.Date)
	}
	if d := e.Deliberation; d != nil {
		d.check(&c)
	}
	if o := e.DeliberationOverride; o != nil {
		_ = valid(o.Reason, overrideCodes[:], false) || c.fail("DeliberationOverride.Reason", "required: why the panel dismisses without the full record")
	}
	if i := e.Informal; i != nil {
		i.check(&c, e.Date)
	}
	e.validateRecords17(&c)
	if c.field != "" {
		return bad(c.field, c.detail)
	}
	return nil
}

// maxContactDays bounds an agreed contact frequency.
const maxContactDays = 366
