package stages

import (
	"fmt"
	"slices"

	"github.com/absencerules/hr14/absence"
)

// Replay applies events, in order, to the empty State and returns the result.
// It stops at the first event the procedure does not allow and returns the
// state before that event together with an *EventError saying which event
// (index, date) and which rule forbids it. An invalid policy gives a
// *PolicyError.
func Replay(events []Event, p Policy) (State, error) {
	if err := p.Validate(); err != nil {
		return State{}, err
	}
	var s State
	for i := range events {
		n, err := s.apply(&events[i], p, true)
		if err != nil {
			// The rejected transition may have written into the arrays it
			// shares with s: rebuild the state before it.
			s, _ = Replay(events[:i], p)
			return s, err
		}
		s = n
	}
	if len(events) > 0 {
		basis := p.Basis()
		s.Basis = &basis
	}
	return s, nil
}

// Apply validates e against the case so far and returns the state after it.
// If the procedure does not allow e at this point, Apply returns s unchanged
// and an *EventError naming the rule that forbids it; e's index is s.Events.
//
// Apply never modifies s: a host may keep the old state.
func (s State) Apply(e Event, p Policy) (State, error) {
	if err := p.Validate(); err != nil {
		return s, err
	}
	n, err := s.apply(&e, p, false)
	if err == nil {
		basis := p.Basis()
		n.Basis = &basis
	}
	return n, err
}

// tx is one transition: the event, the policy and the new state being built
// from a copy of the old one.
type tx struct {
	e *Event
	p Policy
	n State
	// owned: no one else holds the old state (Replay), so the new state may
	// reuse its arrays.
	owned bool
}

func (s State) apply(e *Event, p Policy, owned bool) (State, error) {
	if err := e.validate(s.Events); err != nil {
		return s, err
	}
	t := &tx{e: e, p: p, n: s, owned: owned}
	if !owned {
		// Copy on write: the new state gets its own slice of meetings, so
		// the old state is never changed through a shared array.
		t.n.Meetings = slices.Clone(s.Meetings)
	}
	if !s.Last.IsZero() && e.Date.Before(s.Last) {
		return s, t.reject(ErrOutOfOrder, ruleCase, "dated before the previous event (%s): a case is recorded in date order", s.Last)
	}
	if s.Final && (e.Kind != OutcomeLetterSent || e.Step != StepAppeal) && !kept17(e.Kind) {
		return s, t.reject(ErrClosed, ruleAppealHearing, "the dismissal was upheld on appeal; only the appeal outcome letter may follow")
	}
	if r := s.Resignation; r != nil && e.Kind != OutcomeLetterSent && !kept17(e.Kind) {
		return s, t.reject(ErrClosed, ruleResignation, "the employee resigned on %s; only an outstanding outcome letter and the ill-health retirement application may follow", r.Date)
	}
	var err error
	switch e.Kind {
	case TriggerActivated, LongTermOngoing:
		err = t.trigger()
	case InvitationSent:
		err = t.invite()
	case NoticeWaived:
		err = t.waive()
	case MeetingRearranged:
		err = t.rearrange()
	case MeetingNotAttended:
		err = t.notAttended()
	case MeetingHeld:
		err = t.meetingHeld()
	case OHReferralMade:
		t.referral()
	case OHReportReceived:
		t.n.OH.Reported, t.n.OH.Specialist = e.Date, e.Specialist
		if e.Report != nil {
			err = t.report()
		}
	case OHFailed:
		t.n.OH.Failed, t.n.OH.Failure = e.Date, e.Failure
	case HRNotified:
		t.hrNotified()
	case OHAppointment:
		err = t.appointment()
	case AdjustmentRecorded:
		err = t.adjustment()
	case DisabilityDeclared:
		t.disabilityDeclared()
	case DisabilityAssessed:
		t.disabilityAssessed()
	case CaseConferenceRequested:
		t.conferenceRequested()
	case CaseConferenceHeld:
		err = t.conferenceHeld()
	case ActionCompleted:
		err = t.actionCompleted()
	case HRReviewed:
		err = t.hrReviewed()
	case DeliberationRecorded:
		err = t.deliberationRecorded()
	case InformalDiscussion:
		err = t.informal()
	case ContactAgreed:
		t.contactAgreed()
	case RedeploymentInformed:
		err = t.redeploymentInformed()
	case RedeploymentPost:
		err = t.post()
	case RetirementApplication:
		err = t.application()
	case Resigned:
		err = t.resigned()
	case SuspensionRecorded:
		err = t.suspension()
	case OvertimeDecided:
		err = t.overtime()
	case OutcomeLetterSent:
		err = t.outcomeLetter()
	case CaseSubmitted:
		err = t.caseSubmitted()
	case HearingHeld:
		err = t.hearingHeld()
	case Dismissed:
		err = t.dismissed()
	case NotDismissed:
		err = t.notDismissed()
	case TerminationLetterSent:
		err = t.terminationLetter()
	case AppealLodged:
		err = t.appealLodged()
	case AppealResponseSubmitted:
		err = t.appealResponse()
	case DismissalUpheld, DismissalOverturned:
		err = t.appealHeard()
	case RedeploymentStarted:
		err = t.redeploymentStarted()
	case RedeploymentEnded:
		err = t.redeploymentEnded()
	case IllHealthRetirementPursued:
		err = t.illHealth()
	case TerminalDiagnosisRecorded:
		if t.n.TerminalDiagnosis.IsZero() {
			t.n.TerminalDiagnosis = e.Date
		}
		t.note(ruleTerminal, "terminal diagnosis recorded on %s: the employee is supported; any step towards dismissal needs an explicit override", e.Date)
	default:
		// no other kind passes validate
	}
	if err != nil {
		return s, err
	}
	t.n.Events++
	t.n.Last = e.Date
	return t.n, nil
}

// hrNotified handles HRNotified: the date of the last advice, and of the last
// advice on its topic.
func (t *tx) hrNotified() {
	e, n := t.e, &t.n
	n.HRNotified = e.Date
	if e.Topic == TopicGeneral {
		return
	}
	hr := n.hr()
	defer func() { n.HRAdvice = &hr }()
	switch e.Topic {
	case TopicDisabilityDiscounting:
		hr.Discounting = e.Date
		t.note(ruleDiscounting, "HR Employee Relations advised on %s on whether any absences should be discounted as disability-related", e.Date)
	case TopicUnderlyingCondition:
		hr.Underlying = e.Date
		t.note(ruleUnderlying, "HR Employee Relations advised on %s on the absences linked to the underlying condition", e.Date)
	case TopicOHNonAttendance:
		hr.NonAttendance = e.Date
		t.note(ruleOHAppointment, "HR Employee Relations advised on %s on the missed Occupational Health appointment", e.Date)
	default:
		// general advice: the date above
	}
}

// reject builds the error for the event.
func (t *tx) reject(err Error, rule absence.Rule, format string, args ...any) error {
	return &EventError{Index: t.n.Events, ID: t.e.ID, Kind: t.e.Kind, Date: t.e.Date, Rule: rule,
		Detail: fmt.Sprintf(format, args...), Err: err}
}

// note appends a finding to the new state without touching the old state's
// array.
func (t *tx) note(rule absence.Rule, format string, args ...any) {
	if !t.owned {
		t.n.Findings = slices.Clip(t.n.Findings) // append copies rather than writing into the old state's array
	}
	t.n.Findings = append(t.n.Findings, absence.Finding{Rule: rule, Text: fmt.Sprintf(format, args...)})
}

// current returns the step under way, as a pointer into the new state's own
// slice, or nil.
func (t *tx) current() *Meeting {
	if n := len(t.n.Meetings); n > 0 && !t.n.Meetings[n-1].Concluded() {
		return &t.n.Meetings[n-1]
	}
	return nil
}

// open starts a new formal step.
func (t *tx) open(m Meeting) *Meeting {
	t.n.Meetings = append(t.n.Meetings, m)
	return &t.n.Meetings[len(t.n.Meetings)-1]
}

// since reports whether d is a date after the stage in effect took effect
// (any date before the first formal stage).
func (t *tx) since(d absence.Date) bool {
	return !d.IsZero() && (t.n.Since.IsZero() || d.After(t.n.Since))
}

// sinceText describes the period since the stage in effect, for messages.
func (t *tx) sinceText() string {
	if t.n.Since.IsZero() {
		return "on the case"
	}
	return "since " + t.n.Since.String()
}

// takeEffect puts stage st in effect from date d.
func (t *tx) takeEffect(st Stage, d absence.Date, returned bool) {
	t.n.Stage, t.n.Since, t.n.Returned = st, d, returned
}

// guard refuses a step towards dismissal after a terminal diagnosis without an
// explicit override (STAGE-10).
func (t *tx) guard(m *Meeting, st Step) error {
	if t.n.TerminalDiagnosis.IsZero() || st < t.p.TerminalDiagnosisFrom {
		return nil
	}
	if !t.e.Override {
		return t.reject(ErrTerminalDiagnosis, ruleTerminal,
			"a terminal diagnosis was recorded on %s; the %s is a step towards dismissal and needs an explicit override (terminalDiagnosisOverride)",
			t.n.TerminalDiagnosis, st)
	}
	if m != nil && !m.Overridden {
		m.Overridden = true
		t.note(ruleTerminal, "%s went ahead after the terminal diagnosis of %s on an explicit override", st, t.n.TerminalDiagnosis)
	}
	return nil
}

// notDue explains why step st is not due, with the rule of that step.
func (t *tx) notDue(st Step) error {
	n := &t.n
	cur := t.current()
	switch {
	case n.Final || (n.Dismissed && st != StepAppeal):
		return t.reject(ErrClosed, ruleStage3Letter, "a dismissal decision stands: the %s does not apply", st)
	case st == StepStage2 && n.Stage < Stage1:
		return t.reject(ErrNotDue, ruleStage2, "no stage 1 meeting has been held: stage 2 follows a trigger activated after the stage 1 meeting")
	case st == StepStage3 && n.Stage < Stage2 && (cur == nil || cur.Step != StepStage3):
		return t.reject(ErrNotDue, ruleStage3, "no stage 2 meeting has been held: stage 3 follows a trigger activated after the stage 2 meeting")
	case cur != nil && cur.Step != st:
		return t.reject(ErrNotDue, stageRule(st), "the step under way is the %s (due since %s), not the %s", cur.Step, cur.Due, st)
	case st == StepAppeal:
		return t.reject(ErrNotDue, ruleAppeal, "no appeal against dismissal has been lodged")
	case st == StepIllHealth:
		return t.reject(ErrNotDue, ruleIllHealth, "the employee is not recorded as pursuing ill-health retirement")
	case cur == nil && n.Stage >= Stage1 && st >= StepStage1 && st <= StepStage2 && Stage(st-StepStage1+1) <= n.Stage:
		return t.reject(ErrNotDue, stageRule(st), "a stage %d review took effect on %s: a further trigger leads to the %s", n.Stage, n.Since, n.Stage.next())
	case cur == nil:
		return t.reject(ErrNotDue, stageRule(st), "no trigger has made the %s due %s", st, t.sinceText())
	}
	return t.reject(ErrNotDue, stageRule(st), "the %s is not due", st)
}

// step returns the step under way if it is st, or an error saying why st is
// not due.
func (t *tx) step(st Step) (*Meeting, error) {
	cur := t.current()
	if cur == nil || cur.Step != st || (t.n.Dismissed && st != StepAppeal) {
		return nil, t.notDue(st)
	}
	return cur, nil
}

// scheduled checks that the event falls on the date arranged for m, which has
// been invited and is not waiting for a new date.
func (t *tx) scheduled(m *Meeting) error {
	rule := stageRule(m.Step)
	switch {
	case m.Invited.IsZero():
		return t.reject(ErrNotDue, rule, "the employee has not been invited in writing to the %s", m.Step)
	case m.AwaitingNewDate:
		return t.reject(ErrNotDue, ruleNonAttendance, "the employee did not attend the %s on %s: it must be re-arranged first", m.Step, m.Slot.Date)
	case t.e.Date != m.Slot.Date:
		return t.reject(ErrNotDue, rule, "the %s is arranged for %s, not %s (record a re-arrangement first)", m.Step, m.Slot.Date, t.e.Date)
	}
	return nil
}

// notice checks the notice of a stage 1 or stage 2 meeting held (or missed)
// on its arranged date.
func (t *tx) notice(m *Meeting) error {
	if (m.Step != StepStage1 && m.Step != StepStage2) || m.NoticeFrom.IsZero() {
		return nil
	}
	earliest := t.p.EarliestMeeting(m.NoticeFrom)
	if !m.Original.Before(earliest) || (m.NoticeWaived && t.p.waivable(m.Step)) {
		return nil
	}
	return t.reject(ErrNotice, stageRule(m.Step),
		"the %s on %s was arranged %s after the letter of %s; at least %s is required (earliest %s) unless the employee waives it",
		m.Step, m.Original, plural(m.Original.DaysSince(m.NoticeFrom), "day"), m.NoticeFrom, daysNotice(t.p.NoticeDays), earliest)
}
