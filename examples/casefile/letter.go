package casefile

import (
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
// Field names are the letters package's JSON names. One letter section
// serves every letter of the case; a field a kind does not print is ignored.
type Letter struct {
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
// the case records for the letter, when it records one). A nil section gives
// a letter with only its kind and date.
func (l *Letter) Base(k letters.Kind, date absence.Date) letters.Letter {
	out := letters.Letter{Kind: k, Date: date}
	if l == nil {
		return out
	}
	out.Reference = l.Reference
	out.Letterhead = l.Letterhead
	out.To = l.To
	out.From = l.From
	out.Copies = l.Copies
	out.Meeting.People = l.People
	out.Meeting.Companion = l.Companion
	out.Outcome.Discussed = l.Discussed
	out.Outcome.Support = l.Support
	out.Outcome.Reasons = l.Reasons
	if l.Notice != nil {
		out.Outcome.Notice = *l.Notice
	}
	if p := l.Pattern; p != nil {
		out.Basis.Triggers = []letters.Trigger{{ID: "TRIG-6", Point: p.Point, Evidence: p.Evidence, Activated: p.Activated}}
		out.Basis.Absences = p.Absences
	}
	return out
}
