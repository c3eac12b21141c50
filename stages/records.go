package stages

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// The records the duties' events carry (STAGE-11 … STAGE-19). They hold
// categories, dates and references, never clinical text: a Reference is the
// host's pointer to a document it keeps (a referral form, a report, the
// minutes); the library stores it and never prints it in an error, a finding
// or a String.

// A Referral is a referral to Occupational Health (STAGE-11): why, by whom,
// what the employee was told and consented to, and what OH was asked.
type Referral struct {
	// Ground is why the employee was referred; required.
	Ground ReferralGround `json:"ground"`
	// Reason is the absence's reason category, for the grounds
	// absence-reason and early-intervention; optional. Never a diagnosis.
	Reason absence.Reason `json:"reason,omitempty"`
	// Step is the formal step the referral is for, for the ground
	// formal-stage; optional.
	Step Step `json:"step,omitempty"`
	// By is who referred: the line manager (the default), HR Employee
	// Relations or the employee (SAP 1.1).
	By Party `json:"by,omitempty"`
	// Explained: the employee was told why they are referred (App 6 Q1, Q6).
	Explained bool `json:"explained,omitempty"`
	// CopyGiven: the employee was given a copy of the referral, ideally
	// discussed and signed (App 6 Q1, Q6).
	CopyGiven bool `json:"copyGiven,omitempty"`
	// Release is the employee's consent to the release of the report to the
	// manager. Without it the Trust may have to decide on limited
	// information (SAP 1.5).
	Release Consent `json:"release,omitempty"`
	// PreCall is the employee's consent to a call between the manager and the
	// OH adviser before the appointment (OH Plus); not asked means no
	// pre-call. The call covers background only and no question the
	// employee has not consented to.
	PreCall Consent `json:"preCall,omitempty"`
	// Questions are the categories of question the referral asks (App 6 Q3).
	Questions []Question `json:"questions,omitempty"`
	// Reference is the host's reference for the referral form.
	Reference string `json:"reference,omitempty"`
}

// An Appointment is what happened to an Occupational Health appointment
// (STAGE-11).
type Appointment struct {
	// Date is the day of the appointment; required.
	Date absence.Date `json:"date"`
	// Outcome is what happened; required. A booking records the day OH
	// contacted the employee (the event's date) and the day offered.
	Outcome AppointmentOutcome `json:"outcome"`
	// Explained: the employee gave a reasonable explanation for not
	// attending (did-not-attend only). Without one the Trust's disciplinary
	// policy (HR01) could be invoked (§5.4.3): a matter for HR to consider,
	// never an automatic step.
	Explained bool `json:"explained,omitempty"`
	// NoticeHours is how far ahead a cancellation was made, in hours
	// (cancelled only); zero means the day before the appointment day or
	// earlier is not known, and the days between the event and the
	// appointment are used.
	NoticeHours int `json:"noticeHours,omitempty"`
}

// An OHReport is the structured content of an Occupational Health report,
// under the headings of App 6 Q7 that a manager acts on (STAGE-12). The
// medical overview is not held.
type OHReport struct {
	// Fitness is the opinion on capacity for work.
	Fitness Fitness `json:"fitness,omitempty"`
	// Underlying: whether an underlying medical condition links the
	// absences (SAP 1.3, 1.4). Yes puts the case on the continuing-absence
	// route (STAGE-15).
	Underlying Answer `json:"underlyingCondition,omitempty"`
	// EqualityAct: whether the Equality Act 2010 is likely to apply (the
	// medico-legal heading). Yes is an indication of disability the manager
	// decides on (STAGE-14).
	EqualityAct Answer `json:"equalityAct,omitempty"`
	// WorkRelated: whether work caused or worsens the condition (the
	// work-related aspects heading).
	WorkRelated Answer `json:"workRelated,omitempty"`
	// Prognosis is the prognosis category, and PrognosisWeeks its
	// time-frame in weeks (0: none given; at most 520).
	Prognosis      Prognosis `json:"prognosis,omitempty"`
	PrognosisWeeks int       `json:"prognosisWeeks,omitempty"`
	// Recommendations are the adjustments and restrictions recommended.
	// Each becomes a proposed entry of the Tailored Adjustment Plan that the
	// manager must answer (STAGE-12).
	Recommendations []Recommendation `json:"recommendations,omitempty"`
	// Review is the review date OH set, if any (App 6 Q9).
	Review absence.Date `json:"review,omitempty"`
	// Reference is the host's reference for the report.
	Reference string `json:"reference,omitempty"`
}

// A Recommendation is one adjustment or restriction an OH report recommends.
type Recommendation struct {
	// ID names the plan entry the recommendation becomes, and that an
	// AdjustmentRecorded event answers. Empty: "<report date>/<n>", n
	// counted from 1 in the report, e.g. "2026-05-12/1".
	ID   string         `json:"id,omitempty"`
	Kind AdjustmentKind `json:"kind"` // required
}

// An Adjustment is one entry of the Tailored Adjustment Plan (STAGE-14): a
// reasonable adjustment (App 3), a temporary arrangement for a return to
// work (§22.1), raised trigger thresholds or absences discounted as
// disability-related. An AdjustmentRecorded event with an ID already in the
// plan updates that entry (a decision, a review, an end).
type Adjustment struct {
	// ID names the entry; required, at most 64 characters.
	ID string `json:"id"`
	// Kind is what the adjustment changes; required on the first record of
	// an entry, and then unchanged.
	Kind AdjustmentKind `json:"kind,omitempty"`
	// ProposedBy is who proposed it: Occupational Health, the line manager,
	// the employee or HR Employee Relations.
	ProposedBy Party `json:"proposedBy,omitempty"`
	// Decision is where it stands; Proposed until decided.
	Decision AdjustmentDecision `json:"decision,omitempty"`
	// Factor is the App 3 reasonableness factor relied on to decline it.
	// A declined entry without one is a next step: the reason must be
	// documented (App 6 Q7).
	Factor Factor `json:"factor,omitempty"`
	// Start, Review and End are when it starts, when it is next reviewed
	// and when it ends (zero: not set).
	Start  absence.Date `json:"start,omitempty"`
	Review absence.Date `json:"review,omitempty"`
	End    absence.Date `json:"end,omitempty"`
	// Thresholds are the raised trigger thresholds (kind
	// trigger-thresholds only; required there).
	Thresholds *triggers.Adjustment `json:"thresholds,omitempty"`
	// Absences are the absences discounted as disability-related (kind
	// discount-absences only; required there).
	Absences []absence.Period `json:"absences,omitempty"`
	// Reference is the host's reference for the agreement.
	Reference string `json:"reference,omitempty"`
}

// A DisabilityAssessment is the manager's decision on whether the Equality
// Act definition of disability is likely to be met (STAGE-14, App 3), with
// the dates of the advice taken. No diagnosis is held.
type DisabilityAssessment struct {
	Likely   Answer       `json:"likely"`             // yes, no or unclear; required
	HRAdvice absence.Date `json:"hrAdvice,omitempty"` // when HR advised; zero: none recorded
	OHAdvice absence.Date `json:"ohAdvice,omitempty"` // when Occupational Health advised; zero: none recorded
}

// A Conference is a case conference (STAGE-13, App 8): its request, or the
// meeting itself.
type Conference struct {
	// RequestedBy is who asked for it: the line manager, HR, the employee
	// or Occupational Health. CaseConferenceRequested only; required there.
	RequestedBy Party `json:"requestedBy,omitempty"`
	// PreMeeting is the optional pre-meeting of OH, HR and the manager.
	PreMeeting *PreMeeting `json:"preMeeting,omitempty"`
	// Attendees are who attended: line manager, HR, OH, the employee, their
	// representative.
	Attendees []Party `json:"attendees,omitempty"`
	// Actions are the actions agreed, each with an owner and a date; open
	// actions are next steps.
	Actions []CaseAction `json:"actions,omitempty"`
	// MinutesCopied: the minutes were copied to the employee, the manager
	// and HR.
	MinutesCopied bool `json:"minutesCopied,omitempty"`
	// FollowUp is the date of a further conference OH arranged, if any.
	FollowUp absence.Date `json:"followUp,omitempty"`
	// Reference is the host's reference for the minutes.
	Reference string `json:"reference,omitempty"`
}

// A PreMeeting is the meeting of Occupational Health, HR and the manager
// before a case conference: no clinical detail is discussed without the
// employee's consent (App 8).
type PreMeeting struct {
	Date absence.Date `json:"date"` // required
	// Clinical: clinical details were discussed, which needs Consent.
	Clinical bool `json:"clinical,omitempty"`
	// Consent: the employee consented to clinical details being discussed.
	Consent bool `json:"consent,omitempty"`
}

// A CaseAction is an action agreed at a case conference.
type CaseAction struct {
	ID    string       `json:"id"`    // required, unique in the case, at most 64 characters
	Kind  ActionKind   `json:"kind"`  // required
	Owner Party        `json:"owner"` // who must act; required
	By    absence.Date `json:"by"`    // the date agreed; required
}

// A Deliberation is what a stage 3 panel recorded of its decision
// (STAGE-18): the matters SAP 1.5 lists, the alternatives to dismissal, the
// notes of the hearing, and the outcome, minutes and action plan kept on
// file (SAP 1.5.1). Several DeliberationRecorded events add to it; a later
// entry for the same matter or alternative replaces the earlier one.
type Deliberation struct {
	// Matters are the matters considered, each with a reference to the
	// evidence.
	Matters []Consideration `json:"matters,omitempty"`
	// Alternatives are the alternatives to dismissal considered, each with
	// what came of it.
	Alternatives []AlternativeConsidered `json:"alternatives,omitempty"`
	// Notes says how the notes of the hearing were kept.
	Notes *HearingNotes `json:"notes,omitempty"`
	// ReliesOn is the last day of sickness absence the hearing relies on;
	// the updated Occupational Health opinion must be dated after it
	// (STAGE-17). Zero: the last trigger date of the step.
	ReliesOn absence.Date `json:"reliesOn,omitempty"`
	// Outcome, Minutes and ActionPlan are the host's references for the
	// stage 3 outcome, the minutes and the action plans kept on file
	// (SAP 1.5.1).
	Outcome    string `json:"outcome,omitempty"`
	Minutes    string `json:"minutes,omitempty"`
	ActionPlan string `json:"actionPlan,omitempty"`
}

// A Consideration is one matter a panel considered, with a reference to the
// evidence (a page of the bundle, a document).
type Consideration struct {
	Matter   Matter `json:"matter"`   // required
	Evidence string `json:"evidence"` // required: the reference to the evidence
}

// An AlternativeConsidered is one alternative to dismissal a panel
// considered, and what came of it.
type AlternativeConsidered struct {
	Alternative Alternative        `json:"alternative"` // required
	Outcome     AlternativeOutcome `json:"outcome"`     // required: adopted, or why not taken
	Reference   string             `json:"reference,omitempty"`
}

// HearingNotes say how the notes of a hearing were kept (Conduct of Stage 3):
// by a note taker or on the panel's recorder. A covert recording is not
// permitted and is refused.
type HearingNotes struct {
	Kind NotesKind `json:"kind"` // required
	// OwnRecordingAgreed: the panel agreed beforehand that the employee
	// may make their own recording.
	OwnRecordingAgreed bool   `json:"ownRecordingAgreed,omitempty"`
	Reference          string `json:"reference,omitempty"`
}

// A DeliberationOverride lets a panel dismiss without the full record of its
// deliberation (STAGE-18), with its reason. The items missing are kept in the
// findings.
type DeliberationOverride struct {
	Reason    OverrideReason `json:"reason"` // required
	Reference string         `json:"reference,omitempty"`
}

// An Informal record is an informal discussion of attendance (STAGE-16): the
// goals set and the date they are reviewed.
type Informal struct {
	Goals     []Goal       `json:"goals"`  // at least one
	Review    absence.Date `json:"review"` // required, after the discussion
	Reference string       `json:"reference,omitempty"`
}

// A Delegation is the Chief Executive's written permission for a manager
// other than the authorised one to preside over the final review hearing
// (STAGE-19, App 13).
type Delegation struct {
	Permitted absence.Date `json:"permitted"` // the date of the written permission; required
	Reference string       `json:"reference,omitempty"`
}

// Bounds of the records.
const (
	maxRecordItems = 64  // recommendations, adjustments' absences, actions, questions, …
	maxIDLen       = 64  // identifiers of plan entries and actions
	maxWeeks       = 520 // a prognosis time-frame
	maxNoticeHours = 24 * maxPolicyDays
)

// check is a validation helper: the first problem found, as field and
// detail.
type check struct {
	field, detail string
}

func (c *check) fail(field, detail string) bool {
	if c.field == "" {
		c.field, c.detail = field, detail
	}
	return false
}

// date checks an optional date.
func (c *check) date(field string, d absence.Date) bool {
	if !d.IsZero() && !d.IsValid() {
		return c.fail(field, "not a calendar date")
	}
	return true
}

// need checks a required date.
func (c *check) need(field string, d absence.Date) bool {
	if !d.IsValid() {
		return c.fail(field, "the date is missing or not a calendar date")
	}
	return true
}

func (c *check) id(field, id string) bool {
	switch {
	case id == "":
		return c.fail(field, "required")
	case len(id) > maxIDLen:
		return c.fail(field, "longer than "+strconv.Itoa(maxIDLen)+" characters")
	}
	return true
}

func (c *check) items(field string, n int) bool {
	if n > maxRecordItems {
		return c.fail(field, "more than "+strconv.Itoa(maxRecordItems)+" entries")
	}
	return true
}

func (c *check) party(field string, p Party, allowed ...Party) bool {
	for _, a := range allowed {
		if p == a {
			return true
		}
	}
	return c.fail(field, "not one of the parties this record takes")
}

func (r *Referral) check(c *check) {
	_ = valid(r.Ground, referralGroundCodes[:], false) || c.fail("Referral.Ground", "required: why the employee was referred")
	_ = (r.Reason == absence.ReasonUnknown || r.Reason.IsValid()) || c.fail("Referral.Reason", "unknown reason category")
	_ = valid(r.Step, stepCodes[:], true) || c.fail("Referral.Step", "unknown step")
	_ = c.party("Referral.By", r.By, PartyNone, PartyLineManager, PartyHR, PartyEmployee)
	_ = valid(r.Release, consentCodes[:], true) || c.fail("Referral.Release", "unknown consent")
	_ = valid(r.PreCall, consentCodes[:], true) || c.fail("Referral.PreCall", "unknown consent")
	_ = c.items("Referral.Questions", len(r.Questions))
	for i, q := range r.Questions {
		_ = valid(q, questionCodes[:], false) || c.fail("Referral.Questions["+strconv.Itoa(i)+"]", "unknown question")
	}
}

func (a *Appointment) check(c *check, on absence.Date) {
	_ = c.need("Appointment.Date", a.Date)
	_ = valid(a.Outcome, appointmentCodes[:], false) || c.fail("Appointment.Outcome", "required: booked, attended, did-not-attend or cancelled")
	switch {
	case a.Explained && a.Outcome != AppointmentMissed:
		c.fail("Appointment.Explained", "only a missed appointment takes an explanation")
	case a.NoticeHours != 0 && a.Outcome != AppointmentCancelled:
		c.fail("Appointment.NoticeHours", "only a cancellation takes the notice given")
	case a.NoticeHours < 0 || a.NoticeHours > maxNoticeHours:
		c.fail("Appointment.NoticeHours", "out of range")
	case a.Date.IsValid() && (a.Outcome == AppointmentAttended || a.Outcome == AppointmentMissed) && a.Date.After(on):
		c.fail("Appointment.Date", "an appointment attended or missed is recorded on or after its day")
	case a.Date.IsValid() && (a.Outcome == AppointmentBooked || a.Outcome == AppointmentCancelled) && a.Date.Before(on):
		c.fail("Appointment.Date", "an appointment booked or cancelled is recorded before its day")
	}
}

func (r *OHReport) check(c *check) {
	_ = valid(r.Fitness, fitnessCodes[:], true) || c.fail("Report.Fitness", "unknown opinion")
	_ = valid(r.Underlying, answerCodes[:], true) || c.fail("Report.Underlying", "unknown answer")
	_ = valid(r.EqualityAct, answerCodes[:], true) || c.fail("Report.EqualityAct", "unknown answer")
	_ = valid(r.WorkRelated, answerCodes[:], true) || c.fail("Report.WorkRelated", "unknown answer")
	_ = valid(r.Prognosis, prognosisCodes[:], true) || c.fail("Report.Prognosis", "unknown prognosis")
	_ = (r.PrognosisWeeks >= 0 && r.PrognosisWeeks <= maxWeeks) || c.fail("Report.PrognosisWeeks", "out of range (0 to 520)")
	_ = c.date("Report.Review", r.Review)
	_ = c.items("Report.Recommendations", len(r.Recommendations))
	for i, rec := range r.Recommendations {
		f := "Report.Recommendations[" + strconv.Itoa(i) + "]"
		_ = valid(rec.Kind, adjustmentKindCodes[:], false) || c.fail(f+".Kind", "required: the kind of adjustment")
		_ = len(rec.ID) <= maxIDLen || c.fail(f+".ID", "longer than "+strconv.Itoa(maxIDLen)+" characters")
		for j := range i {
			if rec.ID != "" && r.Recommendations[j].ID == rec.ID {
				c.fail(f+".ID", "given twice")
			}
		}
	}
}

func (a *Adjustment) check(c *check) {
	_ = c.id("Adjustment.ID", a.ID)
	_ = valid(a.Kind, adjustmentKindCodes[:], true) || c.fail("Adjustment.Kind", "unknown kind")
	_ = c.party("Adjustment.ProposedBy", a.ProposedBy, PartyNone, PartyOH, PartyLineManager, PartyEmployee, PartyHR)
	_ = valid(a.Decision, adjustmentDecisionCodes[:], true) || c.fail("Adjustment.Decision", "unknown decision")
	_ = valid(a.Factor, factorCodes[:], true) || c.fail("Adjustment.Factor", "unknown factor")
	_ = a.Factor == FactorNone || a.Decision == Declined || c.fail("Adjustment.Factor", "a factor is given only for a declined adjustment")
	_ = c.date("Adjustment.Start", a.Start) && c.date("Adjustment.Review", a.Review) && c.date("Adjustment.End", a.End)
	switch {
	case a.Start.IsValid() && a.Review.IsValid() && a.Review.Before(a.Start):
		c.fail("Adjustment.Review", "before the start")
	case a.Start.IsValid() && a.End.IsValid() && a.End.Before(a.Start):
		c.fail("Adjustment.End", "before the start")
	}
	switch {
	case a.Thresholds != nil && a.Kind != AdjustTriggerThresholds:
		c.fail("Adjustment.Thresholds", "only an adjustment of kind trigger-thresholds takes thresholds")
	case a.Kind == AdjustTriggerThresholds && a.Thresholds == nil:
		c.fail("Adjustment.Thresholds", "required for kind trigger-thresholds")
	case a.Thresholds != nil && (a.Thresholds.TRIG1 < 0 || a.Thresholds.TRIG3 < 0 || a.Thresholds.TRIG5 < 0 ||
		a.Thresholds.TRIG2.IsNegative() || a.Thresholds.TRIG4.IsNegative()):
		c.fail("Adjustment.Thresholds", "a threshold is negative")
	case a.Thresholds != nil && a.Thresholds.IsZero():
		c.fail("Adjustment.Thresholds", "no threshold is raised")
	case len(a.Absences) > 0 && a.Kind != AdjustDiscountAbsences:
		c.fail("Adjustment.Absences", "only an adjustment of kind discount-absences names absences")
	case a.Kind == AdjustDiscountAbsences && len(a.Absences) == 0:
		c.fail("Adjustment.Absences", "required for kind discount-absences: the absences discounted")
	}
	_ = c.items("Adjustment.Absences", len(a.Absences))
	for i, p := range a.Absences {
		_ = p.IsValid() || c.fail("Adjustment.Absences["+strconv.Itoa(i)+"]", "not a valid period")
	}
	if t := a.Thresholds; t != nil {
		_ = c.date("Adjustment.Thresholds.Agreed", t.Agreed)
	}
}

func (d *DisabilityAssessment) check(c *check, on absence.Date) {
	_ = valid(d.Likely, answerCodes[:], false) || c.fail("Disability.Likely", "required: yes, no or unclear")
	_ = c.date("Disability.HRAdvice", d.HRAdvice) && c.date("Disability.OHAdvice", d.OHAdvice)
	_ = !d.HRAdvice.After(on) || c.fail("Disability.HRAdvice", "after the decision")
	_ = !d.OHAdvice.After(on) || c.fail("Disability.OHAdvice", "after the decision")
}

func (f *Conference) check(c *check, k Kind, on absence.Date) {
	requesters := []Party{PartyLineManager, PartyHR, PartyEmployee, PartyOH}
	if k == CaseConferenceRequested {
		_ = c.party("Conference.RequestedBy", f.RequestedBy, requesters...)
		if f.PreMeeting != nil || len(f.Attendees) > 0 || len(f.Actions) > 0 || f.MinutesCopied || !f.FollowUp.IsZero() {
			c.fail("Conference", "a request takes only requestedBy (and a reference)")
		}
		return
	}
	_ = c.party("Conference.RequestedBy", f.RequestedBy, append(requesters, PartyNone)...)
	if pm := f.PreMeeting; pm != nil {
		_ = c.need("Conference.PreMeeting.Date", pm.Date)
		_ = !pm.Date.After(on) || c.fail("Conference.PreMeeting.Date", "after the conference")
	}
	_ = c.items("Conference.Attendees", len(f.Attendees)) && c.items("Conference.Actions", len(f.Actions))
	for i, p := range f.Attendees {
		_ = c.party("Conference.Attendees["+strconv.Itoa(i)+"]", p, PartyLineManager, PartyHR, PartyOH, PartyEmployee, PartyRepresentative)
	}
	for i, a := range f.Actions {
		pre := "Conference.Actions[" + strconv.Itoa(i) + "]"
		_ = c.id(pre+".ID", a.ID)
		_ = valid(a.Kind, actionKindCodes[:], false) || c.fail(pre+".Kind", "required: the kind of action")
		_ = c.party(pre+".Owner", a.Owner, PartyLineManager, PartyHR, PartyOH, PartyEmployee)
		_ = c.need(pre+".By", a.By)
		for j := range i {
			if f.Actions[j].ID == a.ID {
				c.fail(pre+".ID", "given twice")
			}
		}
	}
	_ = c.date("Conference.FollowUp", f.FollowUp)
}

func (d *Deliberation) check(c *check) {
	_ = c.items("Deliberation.Matters", len(d.Matters)) && c.items("Deliberation.Alternatives", len(d.Alternatives))
	for i, m := range d.Matters {
		pre := "Deliberation.Matters[" + strconv.Itoa(i) + "]"
		_ = valid(m.Matter, matterCodes[:], false) || c.fail(pre+".Matter", "required: one of the matters of SAP 1.5")
		_ = m.Evidence != "" || c.fail(pre+".Evidence", "required: the reference to the evidence considered")
	}
	for i, a := range d.Alternatives {
		pre := "Deliberation.Alternatives[" + strconv.Itoa(i) + "]"
		_ = valid(a.Alternative, alternativeCodes[:], false) || c.fail(pre+".Alternative", "required: one of the alternatives of SAP 1.5")
		_ = valid(a.Outcome, alternativeOutcomeCodes[:], false) || c.fail(pre+".Outcome", "required: adopted, or why it was not taken")
	}
	if n := d.Notes; n != nil {
		_ = valid(n.Kind, notesCodes[:], false) || c.fail("Deliberation.Notes.Kind", "required: note-taker or panel-recording")
	}
	_ = c.date("Deliberation.ReliesOn", d.ReliesOn)
}

func (i *Informal) check(c *check, on absence.Date) {
	_ = len(i.Goals) > 0 || c.fail("Informal.Goals", "required: at least one goal")
	_ = c.items("Informal.Goals", len(i.Goals))
	for k, g := range i.Goals {
		_ = valid(g, goalCodes[:], false) || c.fail("Informal.Goals["+strconv.Itoa(k)+"]", "unknown goal")
	}
	_ = c.need("Informal.Review", i.Review) && (i.Review.After(on) || c.fail("Informal.Review", "the review date must be after the discussion"))
}
