package absence

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Check is one duty of the recording rules (ABS-4 … ABS-10) with its
// deadline and whether it was met as of a given date: a fit note due within 3
// days, a call-back within 24 hours, a return-to-work interview within 72
// hours, an Occupational Health referral, a fortnightly contact.
//
// There is no clock: every function that returns Checks takes the date (or
// time) "as of" which they are judged, and sees only what was done by then. A
// Done date after asOf is treated as not done yet.
//
// Most deadlines are dates: Due is the last day on which the duty is done in
// time, both for "within N days of X" (X + N) and "on day X" (X). Deadlines in
// hours are date-times: DueAt is the latest instant that is in time, Due is
// its date, and DoneAt is when the duty was done.
type Check struct {
	Task Task   `json:"task"` // the kind of duty, for picking checks out of a list
	Rule Rule   `json:"rule"` // the rule that sets the duty
	What string `json:"what"` // the duty in words, e.g. "fit note from 2026-01-12"

	// Due is the last day on which the duty is in time; zero when the policy
	// sets no deadline (or it cannot be known yet), in which case the check is
	// never overdue.
	Due Date `json:"due"`
	// DueAt is the deadline of a duty measured in hours (ABS-5 and the OH
	// cancellation rule): the latest instant that is in time. Zero for a
	// deadline that is a date.
	DueAt time.Time `json:"dueAt"`
	// Done is the day the duty was done, as of the evaluation date; zero if it
	// was not done by then.
	Done Date `json:"done"`
	// DoneAt is when a duty with a DueAt was done; zero if not done.
	DoneAt time.Time `json:"doneAt"`

	Status   Status    `json:"status"`   // as of the evaluation date
	Findings []Finding `json:"findings"` // why, in words an HR manager can quote
}

// Timed reports whether c has a date-time deadline (DueAt) rather than a date.
func (c Check) Timed() bool { return !c.DueAt.IsZero() }

// String summarises c, e.g. "return-to-work interview, due by 2026-03-19: met
// on 2026-03-18 — ABS-6 (HR14 Proc 16)".
func (c Check) String() string {
	var b strings.Builder
	b.WriteString(c.What)
	switch {
	case c.Timed():
		b.WriteString(", due by ")
		b.WriteString(formatTime(c.DueAt))
	case !c.Due.IsZero():
		b.WriteString(", due by ")
		b.WriteString(c.Due.String())
	}
	b.WriteString(": ")
	b.WriteString(c.Status.String())
	if c.Status == Met || c.Status == Late {
		b.WriteString(" on ")
		if c.Timed() && !c.DoneAt.IsZero() {
			b.WriteString(formatTime(c.DoneAt))
		} else {
			b.WriteString(c.Done.String())
		}
	}
	if c.Rule.ID != "" {
		b.WriteString(" — ")
		b.WriteString(c.Rule.String())
	}
	return b.String()
}

// dateCheck returns a check of a date deadline judged as of asOf. A done date
// after asOf is ignored.
func dateCheck(task Task, rule Rule, what string, due, done, asOf Date) Check {
	if done.After(asOf) {
		done = Date{}
	}
	c := Check{Task: task, Rule: rule, What: what, Due: due, Done: done}
	switch {
	case !done.IsZero() && (due.IsZero() || !done.After(due)):
		c.Status = Met
	case !done.IsZero():
		c.Status = Late
	case due.IsZero() || !asOf.After(due):
		c.Status = Pending
	default:
		c.Status = Overdue
	}
	return c
}

// timeCheck returns a check of a date-time deadline judged as of asOf.
func timeCheck(task Task, rule Rule, what string, due, done, asOf time.Time) Check {
	if done.After(asOf) {
		done = time.Time{}
	}
	c := Check{Task: task, Rule: rule, What: what, Due: DateOf(due), DueAt: due, DoneAt: done}
	if !done.IsZero() {
		c.Done = DateOf(done)
	}
	switch {
	case !done.IsZero() && !done.After(due):
		c.Status = Met
	case !done.IsZero():
		c.Status = Late
	case !asOf.After(due):
		c.Status = Pending
	default:
		c.Status = Overdue
	}
	return c
}

// notRequired returns a check that does not apply, with the reason.
func notRequired(task Task, rule Rule, what, why string) Check {
	return Check{Task: task, Rule: rule, What: what, Status: NotRequired, Findings: []Finding{{rule, why}}}
}

// formatTime writes a date-time for findings, in its own location, e.g.
// "2026-03-16 07:00 GMT".
func formatTime(t time.Time) string { return t.Format("2006-01-02 15:04 MST") }

// A Status says where a [Check] stands as of the evaluation date.
type Status uint8

// The statuses. Text codes are in parentheses.
const (
	Pending     Status = iota // not done yet and the deadline has not passed, or there is no deadline ("pending")
	Met                       // done in time ("met")
	Late                      // done, but after the deadline ("late")
	Overdue                   // not done and the deadline has passed ("overdue")
	NotRequired               // the duty does not arise in this case; the findings say why ("not-required")
	numStatuses
)

var statusCodes = [numStatuses]string{"pending", "met", "late", "overdue", "not-required"}

// String returns the status's code with spaces, e.g. "not required".
func (s Status) String() string {
	if s < numStatuses {
		return strings.ReplaceAll(statusCodes[s], "-", " ")
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// Decided reports whether the check's outcome is settled against its
// deadline: met, late or overdue. Compliance figures count only decided checks.
func (s Status) Decided() bool { return s == Met || s == Late || s == Overdue }

// MarshalText implements encoding.TextMarshaler with the status's code.
func (s Status) MarshalText() ([]byte, error) {
	if s >= numStatuses {
		return nil, inputErr("status", -1, "", "", ErrUnknownCode, strconv.Itoa(int(s)))
	}
	return []byte(statusCodes[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Status) UnmarshalText(b []byte) error {
	v, ok := parseCode(statusCodes[:], string(b))
	if !ok {
		return codeErr("status", "", ErrUnknownCode, statusCodes[:])
	}
	*s = Status(v)
	return nil
}

// A Task is the kind of duty a [Check] is about, so a host can pick checks out
// of a list (for example the call-backs and interviews for [Policy.Compliance]).
type Task uint8

// The tasks. Text codes are in parentheses.
const (
	TaskSelfCertificate Task = iota + 1 // the employee's self-certificate for days 1–7 (ABS-4, Proc 13) ("self-certificate")
	TaskFitNote                         // a fit note from day 8 (ABS-4, Proc 14) ("fit-note")
	TaskReport                          // the employee reports the absence before the shift (ABS-5, Proc 9) ("report")
	TaskCallBack                        // the manager calls the employee back (ABS-5, Proc 11) ("call-back")
	TaskInterview                       // the return-to-work interview (ABS-6, Proc 16) ("interview")
	TaskReferral                        // a referral to Occupational Health (ABS-9) ("referral")
	TaskStressContact                   // the manager contacts an employee off with stress (ABS-9, App 9) ("stress-contact")
	TaskOHOpinion                       // an updated Occupational Health opinion before a stage 3 hearing (ABS-9, SAP 1.5) ("oh-opinion")
	TaskOHCancellation                  // cancelling an OH appointment without charge (ABS-9, OH Plus) ("oh-cancellation")
	TaskContact                         // keeping in touch during long-term absence (ABS-10, App 14) ("contact")
	TaskInterviewRecord                 // documenting the return-to-work interview (ABS-11, §5.3.7) ("interview-record")
	TaskFitNoteAdvice                   // deciding whether the changes a "may be fit" note advises can be made (ABS-20, App 2) ("fit-note-advice")
	TaskTraining                        // cancelling a training course booked on a day of the absence (ABS-16, Proc 10) ("training-cancellation")
	numTasks
)

var taskCodes = [numTasks]struct{ code, label string }{
	TaskSelfCertificate: {"self-certificate", "self-certificate"},
	TaskFitNote:         {"fit-note", "fit note"},
	TaskReport:          {"report", "report of the absence"},
	TaskCallBack:        {"call-back", "manager call-back"},
	TaskInterview:       {"interview", "return-to-work interview"},
	TaskReferral:        {"referral", "Occupational Health referral"},
	TaskStressContact:   {"stress-contact", "manager contact (stress)"},
	TaskOHOpinion:       {"oh-opinion", "updated Occupational Health opinion"},
	TaskOHCancellation:  {"oh-cancellation", "cancellation of an Occupational Health appointment"},
	TaskContact:         {"contact", "contact during absence"},
	TaskInterviewRecord: {"interview-record", "record of the return-to-work interview"},
	TaskFitNoteAdvice:   {"fit-note-advice", "decision on a fit note's advice"},
	TaskTraining:        {"training-cancellation", "cancellation of a training course"},
}

// String describes the task, e.g. "manager call-back".
func (t Task) String() string {
	if t > 0 && t < numTasks {
		return taskCodes[t].label
	}
	return "Task(" + strconv.Itoa(int(t)) + ")"
}

// Code returns the task's text code, e.g. "call-back".
func (t Task) Code() string {
	if t > 0 && t < numTasks {
		return taskCodes[t].code
	}
	return "task(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the task's code.
func (t Task) MarshalText() ([]byte, error) {
	if t == 0 || t >= numTasks {
		return nil, inputErr("task", -1, "", "", ErrUnknownCode, strconv.Itoa(int(t)))
	}
	return []byte(t.Code()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Task) UnmarshalText(b []byte) error {
	for v := TaskSelfCertificate; v < numTasks; v++ {
		if taskCodes[v].code == string(b) {
			*t = v
			return nil
		}
	}
	var codes []string
	for v := TaskSelfCertificate; v < numTasks; v++ {
		codes = append(codes, taskCodes[v].code)
	}
	return codeErr("task", "", ErrUnknownCode, codes)
}

func parseCode(codes []string, s string) (int, bool) {
	for i, c := range codes {
		if c == s {
			return i, true
		}
	}
	return 0, false
}

// The classes of invalid input to the checks (they join those of errors.go).
const (
	ErrNoEpisode   Error = "no such episode"
	ErrNoRecord    Error = "no such record"
	ErrNoShift     Error = "no scheduled shift at that time"
	ErrStage       Error = "stage must be 0 (none), 1, 2 or 3"
	ErrUnknownCode Error = "unknown code"
	ErrNoTime      Error = "time missing"
)

// episode returns episode i of h, or an error naming it.
func (h History) episode(i int) (Episode, error) {
	if i < 0 || i >= len(h.Episodes) {
		return Episode{}, inputErr("episode", i, "", "", ErrNoEpisode, fmt.Sprintf("the history has %d", len(h.Episodes)))
	}
	return h.Episodes[i], nil
}

// checkDate validates an evaluation or event date.
func checkDate(input string, index int, field string, d Date) error {
	if !d.IsValid() {
		return inputErr(input, index, "", field, ErrInvalidDate, d.String())
	}
	return nil
}

// over reports whether episode ep is over as of asOf: asOf is after its last
// day, or a return by asOf is recorded on one of its records. Until then the
// last day of an episode is only the last day known.
func (h History) over(ep Episode, asOf Date) bool {
	if asOf.After(ep.Period.End) {
		return true
	}
	for _, ri := range ep.Records {
		if r := h.Records[ri]; !r.Returned.IsZero() && !r.Returned.After(asOf) {
			return true
		}
	}
	return false
}
