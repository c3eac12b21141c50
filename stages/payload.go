package stages

// Small enums carried by events. Text codes are in parentheses (or follow
// "Code" in a longer comment).

// A Side says whose case for the final review hearing was submitted.
type Side uint8

// The sides.
const (
	SideNone       Side = iota // ("")
	ManagementSide             // the management case: to the employee and the panel at least 14 calendar days before the hearing ("management")
	EmployeeSide               // the employee's case: to the chair at least 5 calendar days before the hearing ("employee")

	numSides
)

var sideCodes = [numSides]string{"", "management", "employee"}

// String returns the side's code.
func (s Side) String() string { return codeOf(s, sideCodes[:], "Side") }

// MarshalText implements encoding.TextMarshaler with the side's code.
func (s Side) MarshalText() ([]byte, error) { return marshalCode(s, sideCodes[:], "Side") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Side) UnmarshalText(b []byte) error { return unmarshalCode(s, b, sideCodes[:], "Side") }

// Grounds are the grounds of a dismissal (Conduct of Stage 3, Termination of
// Employment).
type Grounds uint8

// The grounds.
const (
	GroundsNone Grounds = iota // ("")
	Capability                 // capability due to ill health ("capability-ill-health")
	SOSR                       // some other substantial reason, where applicable ("sosr")

	numGrounds
)

var groundsCodes = [numGrounds]string{"", "capability-ill-health", "sosr"}
var groundsNames = [numGrounds]string{"no grounds", "capability due to ill health", "some other substantial reason (SOSR)"}

// Code returns the grounds' text code.
func (g Grounds) Code() string { return codeOf(g, groundsCodes[:], "Grounds") }

// String describes the grounds for a letter, e.g. "capability due to ill
// health".
func (g Grounds) String() string { return codeOf(g, groundsNames[:], "Grounds") }

// MarshalText implements encoding.TextMarshaler with the grounds' code.
func (g Grounds) MarshalText() ([]byte, error) { return marshalCode(g, groundsCodes[:], "Grounds") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Grounds) UnmarshalText(b []byte) error {
	return unmarshalCode(g, b, groundsCodes[:], "Grounds")
}

// An OHFailure says how the employee failed to let Occupational Health (or a
// specialist) advise: the exception that lets a dismissal proceed without
// that advice (SAP 1.5).
type OHFailure uint8

// The failures.
const (
	FailureNone   OHFailure = iota // ("")
	DidNotAttend                   // failed to attend the OH or specialist appointment ("did-not-attend")
	DidNotConsent                  // failed to consent to the release of the advice ("did-not-consent")

	numFailures
)

var failureCodes = [numFailures]string{"", "did-not-attend", "did-not-consent"}

// String returns the failure's code.
func (f OHFailure) String() string { return codeOf(f, failureCodes[:], "OHFailure") }

// MarshalText implements encoding.TextMarshaler with the failure's code.
func (f OHFailure) MarshalText() ([]byte, error) {
	return marshalCode(f, failureCodes[:], "OHFailure")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *OHFailure) UnmarshalText(b []byte) error {
	return unmarshalCode(f, b, failureCodes[:], "OHFailure")
}

// A Rearrangement says why a meeting or hearing was moved.
type Rearrangement uint8

// The reasons for re-arranging.
const (
	RearrangeNone Rearrangement = iota // ("")
	// AtEmployeeRequest: the date was unacceptable to the employee, who is
	// given another within the next 7 calendar days of the original
	// (stages 1 and 2, SAP 1.3, 1.4). Code "employee-request".
	AtEmployeeRequest
	// AfterNonAttendance: the employee did not attend; another meeting is
	// arranged as soon as possible (STAGE-9). No new notice period runs.
	// Code "non-attendance".
	AfterNonAttendance
	// ByTrust: the Trust moved the meeting; at stages 1 and 2 the new date
	// needs the full notice again unless the employee waived it (stage 1).
	// Code "trust".
	ByTrust

	numRearrangements
)

var rearrangeCodes = [numRearrangements]string{"", "employee-request", "non-attendance", "trust"}

// String returns the reason's code.
func (r Rearrangement) String() string { return codeOf(r, rearrangeCodes[:], "Rearrangement") }

// MarshalText implements encoding.TextMarshaler with the reason's code.
func (r Rearrangement) MarshalText() ([]byte, error) {
	return marshalCode(r, rearrangeCodes[:], "Rearrangement")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Rearrangement) UnmarshalText(b []byte) error {
	return unmarshalCode(r, b, rearrangeCodes[:], "Rearrangement")
}

// Attendance says who attended a hearing for the employee. The zero value,
// Attended, means the employee attended in person.
type Attendance uint8

// The attendances.
const (
	// Attended: the employee attended (with or without a companion).
	// Code "attended".
	Attended Attendance = iota
	// Represented: only the employee's representative attended, which the
	// ill-health retirement meeting allows (SAP 1.5.2); also accepted at a
	// hearing or appeal. Code "represented".
	Represented
	// Absent: no one attended for the employee and no mitigation was
	// submitted beforehand, so the hearing continued and a decision was
	// reached in their absence (Conduct of Stage 3). Code "absent".
	Absent

	numAttendances
)

var attendanceCodes = [numAttendances]string{"attended", "represented", "absent"}

// String returns the attendance's code.
func (a Attendance) String() string { return codeOf(a, attendanceCodes[:], "Attendance") }

// MarshalText implements encoding.TextMarshaler with the attendance's code.
func (a Attendance) MarshalText() ([]byte, error) {
	return marshalCode(a, attendanceCodes[:], "Attendance")
}

// UnmarshalText implements encoding.TextUnmarshaler; the empty text is
// Attended.
func (a *Attendance) UnmarshalText(b []byte) error {
	return unmarshalCode(a, b, attendanceCodes[:], "Attendance")
}

// A Decision is the outcome of a hearing or appeal.
type Decision uint8

// The decisions.
const (
	Undecided          Decision = iota // no decision yet ("")
	DecisionDismiss                    // terminate employment ("dismiss")
	DecisionNotDismiss                 // dismissal not justified: back to stage 2 ("not-dismiss")
	DecisionUpheld                     // appeal: the dismissal is upheld and stands ("dismissal-upheld")
	DecisionOverturned                 // appeal: the dismissal is overturned: back to stage 2 ("dismissal-overturned")
	numDecisions
)

var decisionCodes = [numDecisions]string{"", "dismiss", "not-dismiss", "dismissal-upheld", "dismissal-overturned"}

// String returns the decision's code.
func (d Decision) String() string { return codeOf(d, decisionCodes[:], "Decision") }

// MarshalText implements encoding.TextMarshaler with the decision's code.
func (d Decision) MarshalText() ([]byte, error) {
	return marshalCode(d, decisionCodes[:], "Decision")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Decision) UnmarshalText(b []byte) error {
	return unmarshalCode(d, b, decisionCodes[:], "Decision")
}
