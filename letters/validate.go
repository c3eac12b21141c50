package letters

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// Validate checks that l has everything its Kind needs, so that no letter is
// rendered with a blank or a wrong fact. It returns nil, or every problem
// found, each a *FieldError wrapping ErrMissing or ErrInvalid (errors.Join;
// errors.As finds the first).
//
// Every letter needs a valid Kind and Date, the recipient's name and the
// signatory's name and job title; every letter (not a form) the signatory's
// telephone or email, for "please contact me"; a letter that goes by post
// ([Kind.Posted]) the recipient's address; free text must be one line with
// no control characters (LET-18). Then, by kind:
//
//	kind                  meeting                        basis          other
//	stage-1-invitation    date ≥ letter, time, place     review         Deadlines.Rearranged
//	stage-2-invitation    date ≥ letter, time, place,    review, Since  Deadlines.Rearranged
//	                      people (the second manager)
//	stage-3-invitation    date ≥ letter, time, place,    hearing        Deadlines.ManagementCase, EmployeeCase
//	                      people (the panel)                            (before the hearing), Decision (after)
//	ill-health-...        date ≥ letter, time, place,    ill health     Deadlines.Decision
//	                      people
//	stage-1/2-outcome     date held ≤ letter             review (2: Since)
//	dismissal             date held ≤ letter             by Step        Outcome.Decided, Grounds, Reasons,
//	                                                                    Notice.Weeks and LastDay; Deadlines.Appeal;
//	                                                                    after a final review hearing, Considered and
//	                                                                    Alternatives unless Override
//	not-dismissed         date held ≤ letter             by Step        Outcome.Decided
//	appeal-invitation     date ≥ letter, time, place,    by Appeal.Step Appeal.Lodged, Hearing;
//	                      people (the appeal panel)                     Deadlines.AppealResponse, Decision
//	appeal-...-upheld     date held ≤ letter             by Appeal.Step Appeal.Lodged, Hearing; Outcome.Decided, Reasons
//	appeal-...-overturned date held ≤ letter             by Appeal.Step Appeal.Lodged, Hearing; Outcome.Decided
//
// A review basis is trigger points or long-term absence ongoing; a hearing
// basis may also be the redeployment register; both need the absences relied
// on (except the register). An ill-health basis needs Basis.IllHealth. Each
// trigger needs its ID (TRIG-1 … TRIG-6, once each), Point, Evidence and an
// activation date on or before the letter and after Basis.Since.
func (l Letter) Validate() error {
	c := &checker{k: l.Kind}
	if !l.Kind.IsValid() {
		c.add("Kind", l.Kind.Code(), ErrInvalid)
		return c.err()
	}
	c.date("Date", l.Date, true)
	c.text("Reference", l.Reference, false)
	c.text("Letterhead.Organisation", l.Letterhead.Organisation, false)
	c.lines("Letterhead.Lines", l.Letterhead.Lines, 0)
	c.text("To.Name", l.To.Name, true)
	c.text("To.Salutation", l.To.Salutation, false)
	c.lines("To.Address", l.To.Address, 0)
	c.text("From.Name", l.From.Name, true)
	c.text("From.JobTitle", l.From.JobTitle, true)
	c.text("From.Department", l.From.Department, false)
	c.lines("Copies", l.Copies, 0)
	c.lines("Outcome.Discussed", l.Outcome.Discussed, 0)
	c.lines("Outcome.Support", l.Outcome.Support, 0)
	c.lines("Outcome.Considered", l.Outcome.Considered, 0)
	c.lines("Outcome.Alternatives", l.Outcome.Alternatives, 0)
	for i, d := range l.Outcome.Interviews {
		c.date("Outcome.Interviews["+strconv.Itoa(i)+"]", d, true)
	}
	c.text("From.Phone", l.From.Phone, false)
	c.text("From.Email", l.From.Email, false)
	if l.Policy != nil && !l.Policy.IsZero() && l.Policy.Validate() != nil {
		c.add("Policy", "a reference or a title, and a version", ErrInvalid)
	}
	if e := l.Employee; e != nil {
		for _, f := range []struct{ name, v string }{{"Number", e.Number}, {"JobTitle", e.JobTitle}, {"Band", e.Band},
			{"Directorate", e.Directorate}, {"Division", e.Division}, {"NINumber", e.NINumber}} {
			c.text("Employee."+f.name, f.v, false)
		}
		c.date("Employee.DateOfBirth", e.DateOfBirth, false)
	}
	if !l.Kind.Form() && l.From.Phone == "" && l.From.Email == "" {
		c.add("From.Phone", "the letter says please contact me: give the signatory's telephone or email", ErrMissing)
	}
	if l.Kind.Posted() && len(l.To.Address) == 0 {
		c.add("To.Address", "the letter goes by post", ErrMissing)
	}
	if !l.Kind.Formal() {
		l.checkDocument(c)
		return c.err()
	}
	l.checkMeeting(c)
	l.checkKind(c)
	return c.err()
}

// Step returns the formal step of the letter's meeting: Meeting.Step, or the
// Kind's own. Its String names it for a letter, e.g. "stage 3 final review
// hearing".
func (l Letter) Step() stages.Step {
	if l.Meeting.Step != stages.StepNone {
		return l.Meeting.Step
	}
	return l.Kind.Step()
}

// Stage returns the stage of the procedure the letter belongs to: 1, 2, or 3
// for the final review hearing, the ill-health retirement meeting that
// replaces it, and the appeal.
func (l Letter) Stage() int {
	switch l.Kind.Step() {
	case stages.StepStage1:
		return 1
	case stages.StepStage2:
		return 2
	default:
		return 3
	}
}

// IllHealth reports whether the letter belongs to the ill-health retirement
// route: the formal meeting, its decision, or an appeal against it.
func (l Letter) IllHealth() bool {
	switch l.Kind {
	case AppealInvitation, AppealUpheld, AppealOverturned:
		return l.Appeal.Step == stages.StepIllHealth
	default:
		return l.Step() == stages.StepIllHealth
	}
}

func (l Letter) checkMeeting(c *checker) {
	m := l.Meeting
	switch st := l.Step(); {
	case st == l.Kind.Step():
	case st == stages.StepIllHealth && (l.Kind == Dismissal || l.Kind == NotDismissed):
	default:
		c.add("Meeting.Step", st.Code()+" is not the step of a "+l.Kind.Code()+" letter", ErrInvalid)
	}
	c.date("Meeting.Date", m.Date, true)
	for i, p := range m.People {
		f := "Meeting.People[" + strconv.Itoa(i) + "]"
		c.text(f+".Name", p.Name, true)
		c.text(f+".Role", p.Role, true)
	}
	c.text("Meeting.Companion", m.Companion, false)
	if m.Attendance > stages.Absent {
		c.add("Meeting.Attendance", m.Attendance.String(), ErrInvalid)
	}
	if l.Kind.Invitation() {
		c.text("Meeting.Time", m.Time, true)
		c.text("Meeting.Place", m.Place, true)
		c.order("Date", l.Date, "Meeting.Date", m.Date, false)
		if l.Kind != Stage1Invitation && len(m.People) == 0 {
			c.add("Meeting.People", "the "+l.Step().String()+" names who will attend for the Trust", ErrMissing)
		}
		return
	}
	c.text("Meeting.Time", m.Time, false)
	c.text("Meeting.Place", m.Place, false)
	c.order("Meeting.Date", m.Date, "Date", l.Date, false)
}

// checkKind checks what only some letters need.
func (l Letter) checkKind(c *checker) {
	d := l.Deadlines
	switch l.Kind {
	case Stage1Invitation, Stage2Invitation:
		l.checkBasis(c)
		if c.date("Deadlines.Rearranged", d.Rearranged, true) {
			c.order("Meeting.Date", l.Meeting.Date, "Deadlines.Rearranged", d.Rearranged, false)
		}
	case Stage1Outcome, Stage2Outcome:
		l.checkBasis(c)
	case HearingInvitation:
		l.checkBasis(c)
		l.checkBefore(c, "Deadlines.ManagementCase", d.ManagementCase)
		l.checkBefore(c, "Deadlines.EmployeeCase", d.EmployeeCase)
		l.checkDecisionBy(c)
	case IllHealthInvitation:
		l.checkBasis(c)
		l.checkDecisionBy(c)
	case Dismissal:
		l.checkBasis(c)
		l.checkDecided(c)
		if g := l.Outcome.Grounds; g != stages.Capability && g != stages.SOSR {
			c.add("Outcome.Grounds", "capability due to ill health, or SOSR", ErrMissing)
		} else if l.IllHealth() && l.Outcome.Grounds != stages.Capability {
			c.add("Outcome.Grounds", "on the ill-health retirement route termination is on the grounds of capability due to ill health (SAP 1.5.2)", ErrInvalid)
		}
		c.lines("Outcome.Reasons", l.Outcome.Reasons, 1)
		if !l.IllHealth() && l.Outcome.Override == "" {
			// SAP 1.5: the matters taken into consideration, and termination
			// only once the other options have been explored (STAGE-18).
			c.lines("Outcome.Considered", l.Outcome.Considered, 1)
			c.lines("Outcome.Alternatives", l.Outcome.Alternatives, 1)
		}
		c.text("Outcome.Override", l.Outcome.Override, false)
		if l.Outcome.Notice.Weeks < 1 {
			c.add("Outcome.Notice.Weeks", "the weeks of notice under the contract of employment", ErrMissing)
		}
		if c.date("Outcome.Notice.LastDay", l.Outcome.Notice.LastDay, true) {
			c.order("Date", l.Date, "Outcome.Notice.LastDay", l.Outcome.Notice.LastDay, false)
		}
		if c.date("Deadlines.Appeal", d.Appeal, true) {
			c.order("Date", l.Date, "Deadlines.Appeal", d.Appeal, true)
		}
	case NotDismissed:
		l.checkBasis(c)
		l.checkDecided(c)
	case AppealInvitation:
		l.checkBasis(c)
		l.checkAppeal(c)
		l.checkBefore(c, "Deadlines.AppealResponse", d.AppealResponse)
		l.checkDecisionBy(c)
	case AppealUpheld, AppealOverturned:
		l.checkBasis(c)
		l.checkAppeal(c)
		l.checkDecided(c)
		if l.Kind == AppealUpheld {
			c.lines("Outcome.Reasons", l.Outcome.Reasons, 1)
		}
	default: // Validate has refused an invalid kind
	}
	if l.Kind != Dismissal && l.Kind != AppealUpheld {
		c.lines("Outcome.Reasons", l.Outcome.Reasons, 0)
	}
}

// checkBefore checks a submission deadline: set, and before the meeting.
func (l Letter) checkBefore(c *checker, field string, d absence.Date) {
	if c.date(field, d, true) {
		c.order(field, d, "Meeting.Date", l.Meeting.Date, true)
	}
}

// checkDecisionBy checks the date the decision will be confirmed by.
func (l Letter) checkDecisionBy(c *checker) {
	if c.date("Deadlines.Decision", l.Deadlines.Decision, true) {
		c.order("Meeting.Date", l.Meeting.Date, "Deadlines.Decision", l.Deadlines.Decision, true)
	}
}

// checkDecided checks the date of a decision: on or after the hearing and
// not after the letter.
func (l Letter) checkDecided(c *checker) {
	if c.date("Outcome.Decided", l.Outcome.Decided, true) {
		c.order("Meeting.Date", l.Meeting.Date, "Outcome.Decided", l.Outcome.Decided, false)
		c.order("Outcome.Decided", l.Outcome.Decided, "Date", l.Date, false)
	}
}

// checkAppeal checks the dismissal an appeal is against.
func (l Letter) checkAppeal(c *checker) {
	a := l.Appeal
	if a.Step != stages.StepNone && a.Step != stages.StepStage3 && a.Step != stages.StepIllHealth {
		c.add("Appeal.Step", a.Step.Code()+": a dismissal is decided at the final review hearing or the ill-health retirement meeting", ErrInvalid)
	}
	if c.date("Appeal.Lodged", a.Lodged, true) {
		c.order("Appeal.Lodged", a.Lodged, "Date", l.Date, false)
	}
	if c.date("Appeal.Hearing", a.Hearing, true) {
		c.order("Appeal.Hearing", a.Hearing, "Appeal.Lodged", a.Lodged, false)
	}
	if c.date("Appeal.Letter", a.Letter, false) {
		c.order("Appeal.Letter", a.Letter, "Appeal.Lodged", a.Lodged, false)
	}
}
