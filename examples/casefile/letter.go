package casefile

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
)

// A Letter is what a case file gives for its letters that no case holds: the
// host's own details (the letterhead, the employee's name and address, who
// signs, who attends for the Trust, what was discussed, the reasons for a
// decision). Everything the case does hold — the meeting's date, time and
// place, the trigger points and their evidence, the absences relied on, the
// deadlines, the decision — comes from the absences and the events, by
// letters.FromCase, and cannot be given here.
//
// Field names are the letters package's JSON names. The details serve every
// letter of the case (a field a kind does not print is ignored); ByKind
// changes some of them for one kind of letter, e.g. the appeal panel for the
// appeal invitation.
type Letter struct {
	LetterDetails
	// ByKind holds, for a kind of letter, the details that differ from the
	// section's: each field given there (not empty) replaces the section's
	// (a list as a whole). A kind is given at most once.
	ByKind []KindLetter `json:"byKind,omitempty"`
}

// KindLetter is the details of the letter of one kind that differ from the
// letter section's.
type KindLetter struct {
	// Kind is the letter, by its code, e.g. "appeal-invitation". Required.
	Kind letters.Kind `json:"kind,omitempty"`
	LetterDetails
}

// LetterDetails are the host's details of a letter.
type LetterDetails struct {
	// Reference is the host's reference, e.g. "ER/2026/0142"; optional.
	Reference  string             `json:"reference,omitempty"`
	Letterhead letters.Letterhead `json:"letterhead"`
	// To is the employee: name (required), salutation, address lines.
	To letters.Recipient `json:"to"`
	// From is who signs: name and job title (required), department.
	From letters.Signatory `json:"from"`
	// Copies are the people or teams copied in; optional.
	Copies []string `json:"copies,omitempty"`
	// People are who attend (invitations) or attended (outcomes) for the
	// Trust besides the signatory: required to invite to stage 2, the final
	// review hearing, the ill-health retirement meeting and the appeal.
	People []letters.Person `json:"people,omitempty"`
	// Companion is who accompanied the employee (outcome letters); empty:
	// the employee chose not to be accompanied.
	Companion string `json:"companion,omitempty"`
	// Discussed and Support are the points discussed and the support
	// offered or agreed (outcome letters), one sentence each; optional.
	Discussed []string `json:"discussed,omitempty"`
	Support   []string `json:"support,omitempty"`
	// Reasons are the main points and reasons for a decision, one each:
	// required to confirm a dismissal or an appeal that upholds it.
	Reasons []string `json:"reasons,omitempty"`
	// Notice is the notice of termination for a dismissal letter drafted
	// before the termination-letter-sent event is recorded (once it is,
	// the event's notice is used).
	Notice *stages.Notice `json:"notice,omitempty"`
	// Pattern is a recognisable pattern of absence (TRIG-6), when the case
	// records TRIG-6 as making a step due: the manager's judgement, which
	// the absence history cannot supply.
	Pattern *Pattern `json:"pattern,omitempty"`
	// Documents are the host's part of the documents that are not letters
	// of the formal procedure (the OH referral, the pay notices, the
	// Injury Allowance claim form, …); optional.
	Documents *DocumentDetails `json:"documents,omitempty"`
}

// DocumentDetails are what no case holds for the documents that are not
// letters of the formal procedure (letters LET-9 … LET-17). The records
// they are about come from the case.
type DocumentDetails struct {
	// Employee are the employee's details the Injury Allowance claim form
	// and form SSP1's data ask for.
	Employee *letters.EmployeeDetails `json:"employee,omitempty"`
	// Provider names the Occupational Health service; Support and Planned
	// are the support given and planned; Questions the questions when the
	// case's referral records none (oh-referral, oh-referral-employee-copy).
	Provider  string   `json:"provider,omitempty"`
	Support   []string `json:"support,omitempty"`
	Planned   []string `json:"planned,omitempty"`
	Questions []string `json:"questions,omitempty"`
	// Explained is the day the explanation for a late fit note was
	// accepted (pay-released); HRAdvised the day HR advised on suspending
	// pay (pay-suspended).
	Explained absence.Date `json:"explained,omitempty"`
	HRAdvised absence.Date `json:"hrAdvised,omitempty"`
	// Grounds and Review are why self-certification is withdrawn and when
	// the decision is reviewed (self-certification-withdrawn).
	Grounds []string     `json:"grounds,omitempty"`
	Review  absence.Date `json:"review,omitempty"`
	// SickPay, Other and Authoriser are the sick pay entitlement, other
	// information and the divisional authorised signatory
	// (injury-allowance-claim).
	SickPay    []string        `json:"sickPay,omitempty"`
	Other      []string        `json:"other,omitempty"`
	Authoriser *letters.Person `json:"authoriser,omitempty"`
	// Band is the band of the employee's post (redeployment-register).
	Band string `json:"band,omitempty"`
}

// apply puts the host's details into the sections of a document's base.
func (d *DocumentDetails) apply(l *letters.Letter) {
	if d == nil {
		return
	}
	l.Employee = d.Employee
	switch l.Kind {
	case letters.OHReferral, letters.OHReferralCopy:
		l.Referral = &letters.ReferralForm{Provider: d.Provider, Support: d.Support, Planned: d.Planned, Questions: d.Questions}
	case letters.PayReleased, letters.PaySuspended:
		l.Pay = &letters.PayNotice{Explained: d.Explained, HRAdvised: d.HRAdvised}
	case letters.SelfCertificationWithdrawn:
		l.SelfCertification = &letters.SelfCertificationNotice{Grounds: d.Grounds, Review: d.Review}
	case letters.InjuryAllowanceClaim:
		l.Injury = &letters.InjuryClaimForm{SickPay: d.SickPay, Other: d.Other}
		if d.Authoriser != nil {
			l.Injury.Authoriser = *d.Authoriser
		}
	case letters.RedeploymentRegister:
		l.Register = &letters.RegisterInfo{Band: d.Band}
	default: // the letters of the formal procedure, and documents with nothing of the host's
	}
}

// A Pattern is the manager's account of a recognisable pattern of absence
// (TRIG-6) for a letter.
type Pattern struct {
	// Point is the trigger point as the letter names it, e.g. "a
	// recognisable pattern of sickness absence".
	Point string `json:"point"`
	// Evidence says in a sentence or two what the pattern is.
	Evidence string `json:"evidence"`
	// Activated is the day the pattern was identified; zero: the day the
	// step became due.
	Activated absence.Date `json:"activated,omitempty"`
	// Absences are the absences the pattern relies on, when no other
	// trigger of the step counted any.
	Absences []letters.Absence `json:"absences,omitempty"`
}

// Base returns what the letter section gives as the base of a letter of kind
// k for letters.FromCase, dated date (FromCase replaces the date with the one
// the case records for the letter, when it records one): the section's
// details with those its ByKind entry for k gives instead. A nil section
// gives a letter with only its kind and date.
func (l *Letter) Base(k letters.Kind, date absence.Date) letters.Letter {
	out := letters.Letter{Kind: k, Date: date}
	if l == nil {
		return out
	}
	d := l.LetterDetails
	if i, ok := l.byKind(k); ok {
		d = d.with(l.ByKind[i].LetterDetails)
	}
	out.Reference = d.Reference
	out.Letterhead = d.Letterhead
	out.To = d.To
	out.From = d.From
	out.Copies = d.Copies
	out.Meeting.People = d.People
	out.Meeting.Companion = d.Companion
	out.Outcome.Discussed = d.Discussed
	out.Outcome.Support = d.Support
	out.Outcome.Reasons = d.Reasons
	if d.Notice != nil {
		out.Outcome.Notice = *d.Notice
	}
	if p := d.Pattern; p != nil {
		out.Basis.Triggers = []letters.Trigger{{ID: "TRIG-6", Point: p.Point, Evidence: p.Evidence, Activated: p.Activated}}
		out.Basis.Absences = p.Absences
	}
	d.Documents.apply(&out)
	return out
}

// Path returns the case-file path of the letter section's field name (its
// JSON name, e.g. "people") as used for a letter of kind k:
// "letter.byKind[i].people" when the ByKind entry for k gives it, else
// "letter.people".
func (l *Letter) Path(k letters.Kind, name string) string {
	if l != nil {
		if i, ok := l.byKind(k); ok && given(l.ByKind[i].LetterDetails, name) {
			return fmt.Sprintf("letter.byKind[%d].%s", i, name)
		}
	}
	return "letter." + name
}

// byKind returns the index of the first ByKind entry for k.
func (l *Letter) byKind(k letters.Kind) (int, bool) {
	for i, e := range l.ByKind {
		if e.Kind == k {
			return i, true
		}
	}
	return 0, false
}

// with returns d with each field that o gives instead.
func (d LetterDetails) with(o LetterDetails) LetterDetails {
	pick(&d.Reference, o.Reference, given(o, "reference"))
	pick(&d.Letterhead, o.Letterhead, given(o, "letterhead"))
	pick(&d.To, o.To, given(o, "to"))
	pick(&d.From, o.From, given(o, "from"))
	pick(&d.Copies, o.Copies, given(o, "copies"))
	pick(&d.People, o.People, given(o, "people"))
	pick(&d.Companion, o.Companion, given(o, "companion"))
	pick(&d.Discussed, o.Discussed, given(o, "discussed"))
	pick(&d.Support, o.Support, given(o, "support"))
	pick(&d.Reasons, o.Reasons, given(o, "reasons"))
	pick(&d.Notice, o.Notice, given(o, "notice"))
	pick(&d.Pattern, o.Pattern, given(o, "pattern"))
	pick(&d.Documents, o.Documents, given(o, "documents"))
	return d
}

func pick[T any](dst *T, v T, ok bool) {
	if ok {
		*dst = v
	}
}

// given reports whether d gives the field name (its JSON name): a value
// that is not empty.
func given(d LetterDetails, name string) bool {
	switch name {
	case "reference":
		return d.Reference != ""
	case "letterhead":
		return d.Letterhead.Organisation != "" || len(d.Letterhead.Lines) > 0
	case "to":
		return d.To.Name != "" || d.To.Salutation != "" || len(d.To.Address) > 0
	case "from":
		return d.From != letters.Signatory{}
	case "copies":
		return len(d.Copies) > 0
	case "people":
		return len(d.People) > 0
	case "companion":
		return d.Companion != ""
	case "discussed":
		return len(d.Discussed) > 0
	case "support":
		return len(d.Support) > 0
	case "reasons":
		return len(d.Reasons) > 0
	case "notice":
		return d.Notice != nil
	case "pattern":
		return d.Pattern != nil
	case "documents":
		return d.Documents != nil
	default:
		return false
	}
}
