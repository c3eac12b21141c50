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
type field uint16

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
)

// allowed lists, for each kind, the fields it may carry and those it must.
var allowed = [numKinds]struct{ may, must field }{
	TriggerActivated:           {fTriggers, fTriggers},
	LongTermOngoing:            {},
	InvitationSent:             {fStep | fSlot | fOverride, fStep | fSlot},
	NoticeWaived:               {fStep, fStep},
	MeetingRearranged:          {fStep | fSlot | fRearrangement, fStep | fSlot | fRearrangement},
	MeetingHeld:                {fStep | fPanel | fAttendance | fOverride, fStep},
	MeetingNotAttended:         {fStep | fExplained, fStep},
	OHReferralMade:             {},
	OHReportReceived:           {fSpecialist, 0},
	OHFailed:                   {fFailure, fFailure},
	OutcomeLetterSent:          {fStep, fStep},
	HRNotified:                 {},
	CaseSubmitted:              {fSide | fOverride, fSide},
	HearingHeld:                {fPanel | fAttendance | fOverride, fPanel},
	Dismissed:                  {fGrounds | fOverride, fGrounds},
	NotDismissed:               {},
	TerminationLetterSent:      {fNotice | fOverride, 0},
	AppealLodged:               {},
	AppealResponseSubmitted:    {},
	DismissalUpheld:            {fPanel | fAttendance | fOverride, fPanel},
	DismissalOverturned:        {fPanel | fAttendance, fPanel},
	RedeploymentStarted:        {},
	RedeploymentEnded:          {fRedeployed, 0},
	IllHealthRetirementPursued: {},
	TerminalDiagnosisRecorded:  {},
}

var fieldNames = [...]string{"Step", "Slot", "Triggers", "Rearrangement", "Explained", "Panel",
	"Attendance", "Side", "Grounds", "Specialist", "Failure", "Redeployed", "Notice", "Override"}

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
	if e.Panel != nil {
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
