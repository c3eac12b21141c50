package letters

import (
	"strconv"
	"strings"

	"github.com/absencerules/hr14/stages"
)

// A Kind is one formal letter of the procedure. Its text code (Kind.Code, given
// below as Code "…") is also the name of its template. The zero Kind is not a valid kind.
type Kind uint8

// The letters, in the order of the procedure.
const (
	// Stage1Invitation invites the employee to a stage 1 sickness review
	// meeting (SAP 1.3). Code "stage-1-invitation".
	Stage1Invitation Kind = iota + 1
	// Stage1Outcome confirms what a stage 1 meeting discussed and the
	// improvement target (SAP 1.3). Code "stage-1-outcome".
	Stage1Outcome
	// Stage2Invitation invites the employee to a stage 2 sickness review
	// meeting (SAP 1.4). Code "stage-2-invitation".
	Stage2Invitation
	// Stage2Outcome confirms a stage 2 meeting, the target and that not
	// meeting it may lead to termination (SAP 1.4). Code "stage-2-outcome".
	Stage2Outcome
	// HearingInvitation invites the employee to the stage 3 final review
	// hearing, at which termination of employment is being considered (SAP
	// 1.5, Conduct of Stage 3). Code "stage-3-invitation".
	HearingInvitation
	// IllHealthInvitation invites an employee pursuing ill-health retirement to
	// the formal meeting that replaces the final review hearing (SAP 1.5.2,
	// App 14). Code "ill-health-retirement-invitation".
	IllHealthInvitation
	// Dismissal confirms a decision to terminate employment at the final
	// review hearing or the ill-health retirement meeting: the reasons, the
	// notice and the right of appeal (Conduct of Stage 3, Right of Appeal).
	// Code "dismissal".
	Dismissal
	// NotDismissed confirms that the panel decided dismissal is not justified
	// and the employee returns to stage 2 (SAP 1.5.1). Code "not-dismissed".
	NotDismissed
	// AppealInvitation invites the employee to the hearing of their appeal
	// against dismissal (Conduct of Appeal Hearing). Code "appeal-invitation".
	AppealInvitation
	// AppealUpheld confirms that the appeal panel upheld the original decision:
	// the dismissal stands. Code "appeal-dismissal-upheld".
	AppealUpheld
	// AppealOverturned confirms that the appeal panel overturned the dismissal:
	// the employee returns to stage 2 (SAP 1.5.1). Code "appeal-dismissal-overturned".
	AppealOverturned

	// The documents the policy implies besides the letters of the formal
	// procedure (LET-9 … LET-17).

	// OHReferral is the referral to Occupational Health: why, the absences
	// and their pattern, the support given and planned, the adjustments,
	// the questions asked and the consents (App 6 Q3, App 9, STAGE-11).
	// Code "oh-referral".
	OHReferral
	// OHReferralCopy is the employee's copy of the referral: a letter saying
	// why they are referred, what Occupational Health is asked, and the
	// consent statement to sign (App 6 Q1, Q6; OH Plus). Code
	// "oh-referral-employee-copy".
	OHReferralCopy
	// ReturnToWorkRecord is the record of a return-to-work interview, with
	// the headroom of each trigger point shown to the employee (Proc 16,
	// SAP 1.1, ABS-11). Code "return-to-work-record".
	ReturnToWorkRecord
	// CaseConferenceMinutes are the minutes and actions of an Occupational
	// Health case conference (App 8, STAGE-13). Code
	// "case-conference-minutes".
	CaseConferenceMinutes
	// RedeploymentRegister tells the employee placed on the redeployment
	// register how the Trust's redeployment process works (§5.6.3,
	// STAGE-7). Code "redeployment-register".
	RedeploymentRegister
	// PayWithheld tells the employee that pay is withheld for days without
	// a timely fit note (Proc 14, PAY-4). Code "pay-withheld".
	PayWithheld
	// PayReleased tells the employee that pay withheld is released: the
	// certificate was produced and the delay explained (Proc 14, PAY-4).
	// Code "pay-released".
	PayReleased
	// PaySuspended tells the employee that pay is suspended for
	// unauthorised absence, after HR's advice (Proc 2, PAY-5). Code
	// "pay-suspended".
	PaySuspended
	// SelfCertificationWithdrawn tells the employee that the right to
	// self-certify sickness is withdrawn from a date (Proc 13, ABS-4). Code
	// "self-certification-withdrawn".
	SelfCertificationWithdrawn
	// InjuryAllowanceClaim is the Injury Allowance claim form, with the
	// decision and the day payment commences (App 4, §20, PAY-11 …
	// PAY-13). Code "injury-allowance-claim".
	InjuryAllowanceClaim
	// SSPExclusionNotice tells the employee that Statutory Sick Pay is not
	// payable, or ends, with what form SSP1 asks for (PAY-8). Code
	// "ssp-notice".
	SSPExclusionNotice

	numKinds
)

var kindCodes = [numKinds]string{
	"",
	"stage-1-invitation",
	"stage-1-outcome",
	"stage-2-invitation",
	"stage-2-outcome",
	"stage-3-invitation",
	"ill-health-retirement-invitation",
	"dismissal",
	"not-dismissed",
	"appeal-invitation",
	"appeal-dismissal-upheld",
	"appeal-dismissal-overturned",
	"oh-referral",
	"oh-referral-employee-copy",
	"return-to-work-record",
	"case-conference-minutes",
	"redeployment-register",
	"pay-withheld",
	"pay-released",
	"pay-suspended",
	"self-certification-withdrawn",
	"injury-allowance-claim",
	"ssp-notice",
}

// Kinds returns every letter and document, in the order of the procedure
// and then of the documents.
func Kinds() []Kind {
	out := make([]Kind, 0, numKinds-1)
	for k := Stage1Invitation; k < numKinds; k++ {
		out = append(out, k)
	}
	return out
}

// IsValid reports whether k is one of the named letters.
func (k Kind) IsValid() bool { return k > 0 && k < numKinds }

// Code returns the letter's text code, e.g. "stage-1-invitation": the name of
// its template.
func (k Kind) Code() string {
	if k < numKinds {
		return kindCodes[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// String returns the letter's code.
func (k Kind) String() string { return k.Code() }

// MarshalText implements encoding.TextMarshaler with the letter's code.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, &FieldError{Field: "Kind", Detail: k.Code(), Err: ErrInvalid}
	}
	return []byte(k.Code()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i := Stage1Invitation; i < numKinds; i++ {
		if kindCodes[i] == string(b) {
			*k = i
			return nil
		}
	}
	// Never the text: it may be a health detail typed into the field.
	codes := make([]string, 0, numKinds)
	for i := Stage1Invitation; i < numKinds; i++ {
		codes = append(codes, kindCodes[i])
	}
	return &FieldError{Field: "Kind", Detail: "unknown letter; expected one of " + strings.Join(codes, ", "), Err: ErrInvalid}
}

// Step returns the formal step the letter belongs to: the stage 3 final review
// hearing for Dismissal and NotDismissed, whose Meeting.Step may also be the
// ill-health retirement meeting.
func (k Kind) Step() stages.Step {
	switch k {
	case Stage1Invitation, Stage1Outcome:
		return stages.StepStage1
	case Stage2Invitation, Stage2Outcome:
		return stages.StepStage2
	case HearingInvitation, Dismissal, NotDismissed:
		return stages.StepStage3
	case IllHealthInvitation:
		return stages.StepIllHealth
	case AppealInvitation, AppealUpheld, AppealOverturned:
		return stages.StepAppeal
	default:
		return stages.StepNone
	}
}

// Invitation reports whether the letter invites the employee to a meeting or
// hearing (rather than confirming its outcome).
func (k Kind) Invitation() bool {
	switch k {
	case Stage1Invitation, Stage2Invitation, HearingInvitation, IllHealthInvitation, AppealInvitation:
		return true
	default:
		return false
	}
}

// Formal reports whether k is a letter of the formal procedure (LET-1): a
// stage's invitation or outcome, a hearing's decision, an appeal.
func (k Kind) Formal() bool { return k >= Stage1Invitation && k <= AppealOverturned }

// Form reports whether k is a form rather than a letter: the OH referral,
// the return-to-work record, the case conference minutes and the Injury
// Allowance claim form. A form has no salutation; it ends with the
// signatures it needs.
func (k Kind) Form() bool {
	switch k {
	case OHReferral, ReturnToWorkRecord, CaseConferenceMinutes, InjuryAllowanceClaim:
		return true
	default:
		return false
	}
}

// Posted reports whether a letter of kind k goes by post and so needs the
// employee's address (LET-18): the outcomes and decisions, and the notices
// about pay, self-certification and SSP.
func (k Kind) Posted() bool {
	switch k {
	case Stage1Outcome, Stage2Outcome, Dismissal, NotDismissed, AppealUpheld, AppealOverturned,
		PayWithheld, PayReleased, PaySuspended, SelfCertificationWithdrawn, SSPExclusionNotice:
		return true
	default:
		return false
	}
}
