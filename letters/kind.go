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
}

// Kinds returns every letter, in the order of the procedure.
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
