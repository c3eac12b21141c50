package letters

import (
	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// A Meeting is the meeting or hearing a letter is about: the one it invites
// to, or the one whose outcome it confirms.
type Meeting struct {
	// Step is the formal step. Zero means the letter Kind's own step
	// ([Kind.Step]); Dismissal and NotDismissed also take
	// stages.StepIllHealth for the ill-health retirement meeting.
	Step stages.Step `json:"step,omitempty"`
	// Date is the day of the meeting: the day arranged (invitations) or the
	// day it was held (outcomes, decisions).
	Date absence.Date `json:"date"`
	// Time is the time of day as it should be printed, e.g. "10:00".
	Time string `json:"time,omitempty"`
	// Place is where the meeting is held, e.g. "Ward 6 office, Royal Stoke".
	Place string `json:"place,omitempty"`
	// People are who attend (invitations) or attended (outcomes) for the
	// Trust besides the signatory: the second manager, the panel, the HR
	// representative, the presenting manager.
	People []Person `json:"people,omitempty"`
	// Companion is who accompanied the employee (outcome letters): a trade
	// union or staff side representative, or a work colleague. Empty: the
	// employee chose not to be accompanied.
	Companion string `json:"companion,omitempty"`
	// Attendance says who attended a hearing for the employee (decisions):
	// in person, only their representative, or no one (the hearing went
	// ahead in their absence).
	Attendance stages.Attendance `json:"attendance,omitempty"`
	// InAbsence: a stage 1 or 2 meeting the employee did not attend twice
	// without a reasonable explanation was decided on the information
	// available (STAGE-9); outcome letters only.
	InAbsence bool `json:"inAbsence,omitempty"`
	// Rearranged: the meeting was moved; the invitation gives the new date.
	Rearranged bool `json:"rearranged,omitempty"`
}

// Deadlines are the dates a letter quotes, each worked out by the stages
// package from the case ([FromCase] takes them from there; a host filling a
// letter by hand calls the stages.Policy method named on each field).
type Deadlines struct {
	// Rearranged is the latest date to which a stage 1 or 2 meeting can be
	// moved if the date is unacceptable to the employee
	// (stages.Policy.LatestRearranged: original + 7 days).
	Rearranged absence.Date `json:"rearranged,omitempty"`
	// ManagementCase is the date by which the management case reaches the
	// employee and the panel (stages.Policy.ManagementCaseBy: hearing − 14
	// days); EmployeeCase the date by which the employee's own case, if any,
	// reaches the chair (EmployeeCaseBy: hearing − 5 days).
	ManagementCase absence.Date `json:"managementCase,omitempty"` // hearing − 14 days
	EmployeeCase   absence.Date `json:"employeeCase,omitempty"`   // hearing − 5 days
	// AppealResponse is the date by which the management response to an
	// appeal reaches the appeal chair (stages.Policy.AppealResponseBy:
	// 5 business days before the appeal hearing).
	AppealResponse absence.Date `json:"appealResponse,omitempty"`
	// Decision is the date by which the decision of a hearing, ill-health
	// retirement meeting or appeal will be confirmed in writing
	// (stages.Policy.DecisionLetterBy, AppealDecisionBy: 5 business days).
	Decision absence.Date `json:"decision,omitempty"`
	// Appeal is the last date for an appeal against dismissal to reach the
	// Director of HR (stages.Policy.AppealBy: the letter's date + 21 days).
	Appeal absence.Date `json:"appeal,omitempty"`
}

// Outcome is what a meeting or hearing decided, for outcome letters and
// decisions.
type Outcome struct {
	// Decided is the date of the decision of a hearing or appeal; the
	// improvement target after a return to stage 2 runs from it.
	Decided absence.Date `json:"decided,omitempty"`
	// Discussed are the points discussed at the meeting, one sentence each
	// (the manager's summary: level of absence, impact, Occupational Health
	// advice, agreed actions); optional.
	Discussed []string `json:"discussed,omitempty"`
	// Support are the support and reasonable adjustments offered or agreed,
	// one each; optional.
	Support []string `json:"support,omitempty"`
	// Reasons are the main points and the reasons for a decision, one each:
	// required to confirm a dismissal or an appeal that upholds it.
	Reasons []string `json:"reasons,omitempty"`
	// Considered are the matters the panel considered in reaching its
	// decision (SAP 1.5), one each, e.g. "your absence record"; and
	// Alternatives the alternatives to dismissal it considered, each with
	// what came of it, e.g. "redeployment to another post: no suitable
	// alternative post was found" (STAGE-18). Dismissal and not-dismissed
	// letters; [FromCase] takes them from the deliberation recorded.
	Considered   []string `json:"considered,omitempty"`
	Alternatives []string `json:"alternatives,omitempty"`
	// Override is the code of the panel's reason for deciding without the
	// full record of its deliberation (stages.DeliberationOverride, e.g.
	// "recorded-in-minutes"); only then may a dismissal letter after a
	// final review hearing leave out the matters and alternatives. It is
	// not printed.
	Override string `json:"override,omitempty"`
	// Interviews are the return-to-work interviews before the meeting at
	// which the trigger points were explained (ABS-11), and
	// InterviewsChecked says that they were looked for: the stage 1 and 2
	// outcome letters then say "despite our discussions at your
	// return-to-work interviews" only when there were some, and that there
	// is no record otherwise (SAP 1.3). [FromCase] sets both from the
	// absence records; a letter filled by hand says neither unless set.
	Interviews        []absence.Date `json:"interviews,omitempty"`
	InterviewsChecked bool           `json:"interviewsChecked,omitempty"`
	// Grounds are the grounds of a dismissal: capability due to ill health,
	// or some other substantial reason (Conduct of Stage 3).
	Grounds stages.Grounds `json:"grounds,omitempty"`
	// Notice is the notice of termination under the contract of employment,
	// possibly paid in lieu, and the last day of employment.
	Notice stages.Notice `json:"notice"`
	// AnnualLeave: accrued but untaken annual leave for the current leave
	// year is paid (the ill-health retirement route, SAP 1.5.2).
	AnnualLeave bool `json:"annualLeave,omitempty"`
}

// Appeal is the dismissal an appeal is against, for the appeal letters.
type Appeal struct {
	// Lodged is the date the appeal was made.
	Lodged absence.Date `json:"lodged"`
	// Hearing is the date of the final review hearing (or ill-health
	// retirement meeting) that decided the dismissal, and Step which of the
	// two it was (zero: the final review hearing).
	Hearing absence.Date `json:"hearing"`        // required
	Step    stages.Step  `json:"step,omitempty"` // zero: the final review hearing
	// Letter is the date of the termination letter; optional.
	Letter absence.Date `json:"letter,omitempty"`
}

// DecidedAt returns the step that decided the dismissal: Step, or the final
// review hearing when Step is zero.
func (a Appeal) DecidedAt() stages.Step {
	if a.Step == stages.StepNone {
		return stages.StepStage3
	}
	return a.Step
}
