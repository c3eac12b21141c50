package stages

import (
	"fmt"
	"slices"
	"strings"

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
	return s.apply(&e, p, false)
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
	if s.Final && !(e.Kind == OutcomeLetterSent && e.Step == StepAppeal) {
		return s, t.reject(ErrClosed, ruleAppealHearing, "the dismissal was upheld on appeal; only the appeal outcome letter may follow")
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
		t.n.OH.Referred = e.Date
	case OHReportReceived:
		t.n.OH.Reported, t.n.OH.Specialist = e.Date, e.Specialist
	case OHFailed:
		t.n.OH.Failed, t.n.OH.Failure = e.Date, e.Failure
	case HRNotified:
		t.n.HRNotified = e.Date
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
	}
	if err != nil {
		return s, err
	}
	t.n.Events++
	t.n.Last = e.Date
	return t.n, nil
}

// reject builds the error for the event.
func (t *tx) reject(err Error, rule absence.Rule, format string, args ...any) error {
	return &EventError{Index: t.n.Events, ID: t.e.ID, Kind: t.e.Kind, Date: t.e.Date, Rule: rule,
		Detail: fmt.Sprintf(format, args...), Err: err}
}

// note appends a finding to the new state without touching the old state's
// array.
func (t *tx) note(rule absence.Rule, format string, args ...any) {
	f := t.n.Findings
	if !t.owned {
		f = f[:len(f):len(f)]
	}
	t.n.Findings = append(f, absence.Finding{Rule: rule, Text: fmt.Sprintf(format, args...)})
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
		"the %s on %s was arranged %d days after the letter of %s; at least %d days' notice is required (earliest %s) unless the employee waives it",
		m.Step, m.Original, m.Original.DaysSince(m.NoticeFrom), m.NoticeFrom, t.p.NoticeDays, earliest)
}

// trigger handles TriggerActivated and LongTermOngoing: the next formal stage
// becomes due.
func (t *tx) trigger() error {
	e, n := t.e, &t.n
	what := "long-term absence recorded as ongoing"
	route := RouteLongTerm
	if e.Kind == TriggerActivated {
		what = strings.Join(e.Triggers, ", ") + " activated"
		route = RouteTrigger
	}
	if n.Dismissed {
		return t.reject(ErrClosed, ruleStage3Letter, "a dismissal decision stands: triggers no longer progress the case")
	}
	if cur := t.current(); cur != nil {
		if cur.Invited.IsZero() {
			for _, id := range e.Triggers {
				if !slices.Contains(cur.Triggers, id) {
					cur.Triggers = append(cur.Triggers[:len(cur.Triggers):len(cur.Triggers)], id)
				}
			}
			cur.Soon = cur.Soon || (cur.Step == StepStage1 && (e.hasTrigger("TRIG-5") || route == RouteLongTerm))
		}
		t.note(stageRule(cur.Step), "%s on %s while the %s is under way: noted", what, e.Date, cur.Step)
		return nil
	}
	if t.p.LapseMonths > 0 && n.Stage > NoStage {
		if lapse := n.Since.AddMonths(t.p.LapseMonths).AddDays(1); !e.Date.Before(lapse) {
			t.note(ruleLapse, "stage %d (since %s) lapsed on %s: no trigger within %d months", n.Stage, n.Since, lapse, t.p.LapseMonths)
			n.Stage, n.Returned = NoStage, false
		}
	}
	next := n.Stage.next()
	if n.Stage > NoStage && !e.Date.After(n.Since) {
		return t.reject(ErrNotDue, stageRule(next),
			"only sickness after the stage %d meeting of %s counts towards the %s: a trigger must activate after that date", n.Stage, n.Since, next)
	}
	m := Meeting{Step: next, Route: route, Due: e.Date, Triggers: slices.Clone(e.Triggers)}
	if next == StepStage1 && (e.hasTrigger("TRIG-5") || route == RouteLongTerm) {
		m.Soon = true
		t.note(ruleStage1Soon, "%s on %s: an absence of 28 calendar days or more, so the stage 1 meeting is held as soon as practicable", what, e.Date)
	}
	t.open(m)
	t.note(stageRule(next), "%s on %s: a %s is due", what, e.Date, next)
	return nil
}

// invite handles InvitationSent.
func (t *tx) invite() error {
	e := t.e
	m, err := t.step(e.Step)
	if err != nil {
		return err
	}
	rule := stageRule(e.Step)
	if !m.Invited.IsZero() {
		return t.reject(ErrNotDue, rule, "the employee was already invited on %s: record a re-arrangement instead", m.Invited)
	}
	if err := t.guard(m, e.Step); err != nil {
		return err
	}
	if e.Slot.Date.Before(e.Date) {
		return t.reject(ErrNotice, rule, "the meeting date %s is before the invitation", e.Slot.Date)
	}
	switch e.Step {
	case StepStage1, StepStage2:
		if earliest := t.p.EarliestMeeting(e.Date); e.Slot.Date.Before(earliest) && !t.p.waivable(e.Step) {
			return t.reject(ErrNotice, rule, "the %s on %s is %d days after the invitation; at least %d days' notice is required (earliest %s) and it cannot be waived at this stage",
				e.Step, e.Slot.Date, e.Slot.Date.DaysSince(e.Date), t.p.NoticeDays, earliest)
		}
	case StepStage3, StepIllHealth:
		if !t.since(t.n.HRNotified) {
			return t.reject(ErrRequirement, ruleStage3, "advice must be sought from HR Employee Relations before a hearing that may end in termination is convened; none recorded %s", t.sinceText())
		}
	}
	m.Invited, m.Slot, m.Original, m.NoticeFrom = e.Date, *e.Slot, e.Slot.Date, e.Date
	t.note(rule, "invitation to the %s on %s sent on %s", e.Step, e.Slot.Date.LongDate(), e.Date)
	return nil
}

// waive handles NoticeWaived.
func (t *tx) waive() error {
	e := t.e
	if !t.p.waivable(e.Step) {
		return t.reject(ErrNotWaivable, stageRule(e.Step), "the notice of a %s cannot be waived (only stage 1 notice can be)", e.Step)
	}
	m, err := t.step(e.Step)
	if err != nil {
		return err
	}
	m.NoticeWaived = true
	t.note(ruleStage1, "the employee waived notice of the %s", e.Step)
	return nil
}

// rearrange handles MeetingRearranged.
func (t *tx) rearrange() error {
	e := t.e
	m, err := t.step(e.Step)
	if err != nil {
		return err
	}
	rule := stageRule(e.Step)
	if m.Invited.IsZero() {
		return t.reject(ErrNotDue, rule, "the employee has not been invited to the %s yet", e.Step)
	}
	if e.Slot.Date.Before(e.Date) {
		return t.reject(ErrNotice, rule, "the new date %s is before the re-arrangement", e.Slot.Date)
	}
	review := e.Step == StepStage1 || e.Step == StepStage2
	if m.AwaitingNewDate != (e.Rearrangement == AfterNonAttendance) {
		if m.AwaitingNewDate {
			return t.reject(ErrNotDue, ruleNonAttendance, "the employee did not attend on %s: the meeting is re-arranged for non-attendance", m.Slot.Date)
		}
		return t.reject(ErrNotDue, ruleNonAttendance, "no non-attendance is recorded for the %s", e.Step)
	}
	switch e.Rearrangement {
	case AtEmployeeRequest:
		if latest := t.p.LatestRearranged(m.Original); review && e.Slot.Date.After(latest) {
			return t.reject(ErrLate, rule, "the new date %s is more than %d days after the original date %s (latest %s)",
				e.Slot.Date, t.p.RearrangeDays, m.Original, latest)
		}
	case AfterNonAttendance:
		m.Original, m.NoticeFrom, m.AwaitingNewDate = e.Slot.Date, absence.Date{}, false
	case ByTrust:
		if earliest := t.p.EarliestMeeting(e.Date); review && e.Slot.Date.Before(earliest) && !t.p.waivable(e.Step) {
			return t.reject(ErrNotice, rule, "the new date %s gives %d days' notice; at least %d are required (earliest %s)",
				e.Slot.Date, e.Slot.Date.DaysSince(e.Date), t.p.NoticeDays, earliest)
		}
		m.Original, m.NoticeFrom = e.Slot.Date, e.Date
	}
	m.Slot = *e.Slot
	m.Rearranged++
	t.note(rule, "the %s re-arranged (%s) to %s", e.Step, e.Rearrangement, e.Slot.Date.LongDate())
	return nil
}

// notAttended handles MeetingNotAttended (STAGE-9).
func (t *tx) notAttended() error {
	e := t.e
	m, err := t.step(e.Step)
	if err != nil {
		return err
	}
	if err := t.scheduled(m); err != nil {
		return err
	}
	if err := t.notice(m); err != nil {
		return err
	}
	if e.Explained {
		m.AwaitingNewDate = true
		t.note(ruleNonAttendance, "the employee did not attend the %s on %s with a reasonable explanation: it is re-arranged", e.Step, e.Date)
		return nil
	}
	if e.Step.hearing() {
		return t.reject(ErrNotDue, ruleStage3Attend,
			"without mitigation submitted before the %s it continues in the employee's absence: record it as held with attendance \"absent\"", e.Step)
	}
	m.Missed++
	if m.Missed < t.p.MissedMeetings {
		m.AwaitingNewDate = true
		t.note(ruleNonAttendance, "the employee did not attend the %s on %s without a reasonable explanation: another meeting is arranged as soon as possible", e.Step, e.Date)
		return nil
	}
	if e.Step == StepStage2 {
		if err := t.stage2Ready(); err != nil {
			return err
		}
	}
	m.Held, m.InAbsence = e.Date, true
	t.takeEffect(Stage(e.Step-StepStage1+1), e.Date, false)
	t.note(ruleNonAttendance, "the employee did not attend the re-arranged %s on %s: the manager decides on the information available", e.Step, e.Date)
	return nil
}

// stage2Ready checks what must precede a stage 2 meeting: HR Employee
// Relations notified and an OH referral, both since the stage 1 meeting
// (SAP 1.4).
func (t *tx) stage2Ready() error {
	if !t.since(t.n.HRNotified) {
		return t.reject(ErrRequirement, ruleStage2, "HR Employee Relations must be notified in advance of a stage 2 meeting; none recorded %s", t.sinceText())
	}
	if !t.since(t.n.OH.Referred) {
		return t.reject(ErrRequirement, ruleStage2, "a referral to Occupational Health is required at stage 2; none recorded %s", t.sinceText())
	}
	return nil
}

// panel checks the panel of the event for step st.
func (t *tx) panel(st Step, required bool) error {
	if t.e.Panel == nil {
		if required {
			return t.reject(ErrPanel, ruleAuthority, "the %s needs a panel (App 13)", st)
		}
		return nil
	}
	r := t.e.Panel.Check(st)
	if !r.OK() {
		return t.reject(ErrPanel, r.Problems[0].Rule, "%s", problemText(r.Problems))
	}
	return nil
}

// meetingHeld handles MeetingHeld: a stage 1 or 2 review, or the ill-health
// retirement meeting.
func (t *tx) meetingHeld() error {
	e := t.e
	switch e.Step {
	case StepStage3:
		return t.reject(ErrInvalidEvent, ruleStage3, "the final review hearing is recorded with hearing-held")
	case StepAppeal:
		return t.reject(ErrInvalidEvent, ruleAppealHearing, "the appeal hearing is recorded with appeal-dismissal-upheld or appeal-dismissal-overturned")
	}
	m, err := t.step(e.Step)
	if err != nil {
		return err
	}
	if err := t.scheduled(m); err != nil {
		return err
	}
	if err := t.notice(m); err != nil {
		return err
	}
	if err := t.guard(m, e.Step); err != nil {
		return err
	}
	switch e.Step {
	case StepStage1:
		if e.Attendance != Attended {
			return t.reject(ErrInvalidEvent, ruleNonAttendance, "a stage 1 meeting the employee did not attend is recorded with meeting-not-attended")
		}
		if err := t.panel(e.Step, false); err != nil {
			return err
		}
	case StepStage2:
		if e.Attendance != Attended {
			return t.reject(ErrInvalidEvent, ruleNonAttendance, "a stage 2 meeting the employee did not attend is recorded with meeting-not-attended")
		}
		if err := t.stage2Ready(); err != nil {
			return err
		}
		if e.Panel == nil {
			return t.reject(ErrPanel, ruleStage2, "a second manager must attend a stage 2 meeting: give the panel")
		}
		if err := t.panel(e.Step, true); err != nil {
			return err
		}
	case StepIllHealth:
		if err := t.panel(e.Step, true); err != nil {
			return err
		}
	}
	m.Held, m.Attendance, m.Panel = e.Date, e.Attendance, e.Panel.clone()
	switch e.Step {
	case StepStage1:
		t.takeEffect(Stage1, e.Date, false)
	case StepStage2:
		t.takeEffect(Stage2, e.Date, false)
	}
	t.note(stageRule(e.Step), "%s held on %s", e.Step, e.Date)
	return nil
}

// outcomeLetter handles OutcomeLetterSent.
func (t *tx) outcomeLetter() error {
	e := t.e
	rule := stageRule(e.Step)
	for i := len(t.n.Meetings) - 1; i >= 0; i-- {
		m := &t.n.Meetings[i]
		if m.Step != e.Step || !m.Concluded() || !m.Superseded.IsZero() || !m.Letter.IsZero() {
			continue
		}
		if m.Decision == DecisionDismiss {
			return t.reject(ErrNotDue, ruleStage3Letter, "a dismissal is confirmed with termination-letter-sent")
		}
		m.Letter = e.Date
		var by absence.Date
		days := 0
		switch e.Step {
		case StepStage3, StepIllHealth:
			by, days, rule = t.p.DecisionLetterBy(m.Held), t.p.DecisionLetterBusinessDays, ruleStage3Letter
		case StepAppeal:
			by, days = t.p.AppealDecisionBy(m.Held), t.p.AppealDecisionBusinessDays
		}
		t.note(rule, "outcome of the %s of %s confirmed in writing on %s", e.Step, m.Held, e.Date)
		if !by.IsZero() && e.Date.After(by) {
			t.note(rule, "the outcome letter of %s is late: due by %s (within %d business days of the hearing)", e.Date, by, days)
		}
		return nil
	}
	return t.reject(ErrNotDue, rule, "no %s has concluded without its outcome letter", e.Step)
}

// caseSubmitted handles CaseSubmitted for the final review hearing (or the
// ill-health retirement meeting that replaces it).
func (t *tx) caseSubmitted() error {
	e := t.e
	m := t.current()
	if m == nil || (m.Step != StepStage3 && m.Step != StepIllHealth) || t.n.Dismissed || !m.Held.IsZero() {
		return t.notDue(StepStage3)
	}
	hearing := m.Slot.Date
	if e.Side == ManagementSide {
		if err := t.guard(m, m.Step); err != nil {
			return err
		}
		m.ManagementCase = e.Date
		t.note(ruleStage3Case, "management case submitted on %s", e.Date)
		if by := t.p.ManagementCaseBy(hearing); !m.Invited.IsZero() && e.Date.After(by) {
			t.note(ruleStage3Case, "the management case is %d days before the hearing on %s; at least %d are required, so the hearing must move to %s or later",
				hearing.DaysSince(e.Date), hearing, t.p.ManagementCaseDays, e.Date.AddDays(t.p.ManagementCaseDays))
		}
		return nil
	}
	m.EmployeeCase = e.Date
	t.note(ruleStage3Case, "employee's case submitted on %s", e.Date)
	if by := t.p.EmployeeCaseBy(hearing); !m.Invited.IsZero() && e.Date.After(by) {
		t.note(ruleStage3Case, "the employee's case is late: due by %s, %d days before the hearing; the chair decides whether to consider it", by, t.p.EmployeeCaseDays)
	}
	return nil
}

// hearingHeld handles HearingHeld (the final review hearing).
func (t *tx) hearingHeld() error {
	e := t.e
	if cur := t.current(); cur != nil && cur.Step == StepIllHealth {
		return t.reject(ErrNotDue, ruleIllHealth, "the ill-health retirement route replaces the final review hearing with a formal meeting: record meeting-held with step ill-health-retirement")
	}
	m, err := t.step(StepStage3)
	if err != nil {
		return err
	}
	if err := t.scheduled(m); err != nil {
		return err
	}
	if err := t.guard(m, StepStage3); err != nil {
		return err
	}
	if m.ManagementCase.IsZero() {
		return t.reject(ErrRequirement, ruleStage3Case, "no management case was submitted to the employee and the panel")
	}
	if by := t.p.ManagementCaseBy(e.Date); m.ManagementCase.After(by) {
		return t.reject(ErrNotice, ruleStage3Case, "the management case of %s is %d days before the hearing; at least %d are required (by %s)",
			m.ManagementCase, e.Date.DaysSince(m.ManagementCase), t.p.ManagementCaseDays, by)
	}
	if err := t.panel(StepStage3, true); err != nil {
		return err
	}
	m.Held, m.Attendance, m.Panel = e.Date, e.Attendance, e.Panel.clone()
	t.note(ruleStage3, "final review hearing held on %s", e.Date)
	if e.Attendance == Absent {
		t.note(ruleStage3Attend, "the employee did not attend and submitted no mitigation beforehand: the hearing continued and the decision is reached in their absence")
	}
	return nil
}

// decisionMeeting returns the hearing awaiting a decision, or an error.
func (t *tx) decisionMeeting() (*Meeting, error) {
	m := t.current()
	if m == nil || (m.Step != StepStage3 && m.Step != StepIllHealth) {
		return nil, t.notDue(StepStage3)
	}
	if m.Held.IsZero() {
		return nil, t.reject(ErrNotDue, stageRule(m.Step), "the %s has not been held", m.Step)
	}
	return m, nil
}

// dismissed handles Dismissed.
func (t *tx) dismissed() error {
	e, n := t.e, &t.n
	m, err := t.decisionMeeting()
	if err != nil {
		return err
	}
	if err := t.guard(m, m.Step); err != nil {
		return err
	}
	if !t.since(n.OH.Reported) && !t.since(n.OH.Failed) {
		return t.reject(ErrRequirement, ruleStage3OH,
			"termination needs Occupational Health or specialist advice, unless the employee failed to attend or to consent; neither is recorded %s", t.sinceText())
	}
	if m.Panel == nil {
		return t.reject(ErrPanel, ruleAuthority, "no panel is recorded for the %s", m.Step)
	}
	if r := m.Panel.Check(m.Step); !r.CanDismiss {
		why := "the panel lacks the authority to dismiss"
		if len(r.Notes) > 0 {
			why = problemText(r.Notes)
		}
		return t.reject(ErrPanel, ruleAuthority, "%s", why)
	}
	if m.Step == StepIllHealth && e.Grounds != Capability {
		return t.reject(ErrRequirement, ruleIllHealth, "on the ill-health retirement route termination is on the grounds of capability due to ill health")
	}
	m.Decision, m.Decided, m.Grounds = DecisionDismiss, e.Date, e.Grounds
	n.Dismissed = true
	t.note(stageRule(m.Step), "dismissal decided on %s on the grounds of %s; the termination letter is due by %s", e.Date, e.Grounds, t.p.DecisionLetterBy(m.Held))
	if !t.since(n.OH.Reported) {
		t.note(ruleStage3OH, "no OH or specialist advice: the employee failed to attend or consent (%s on %s)", n.OH.Failure, n.OH.Failed)
	}
	if m.Step == StepIllHealth {
		n.AnnualLeavePayable = true
		t.note(ruleIllHealth, "accrued but untaken annual leave for the current leave year is paid; the Trust does not wait for the pensions decision")
	}
	return nil
}

// notDismissed handles NotDismissed: back to stage 2 (STAGE-4).
func (t *tx) notDismissed() error {
	m, err := t.decisionMeeting()
	if err != nil {
		return err
	}
	m.Decision, m.Decided = DecisionNotDismiss, t.e.Date
	t.takeEffect(Stage2, t.e.Date, true)
	t.note(ruleNotDismissed, "not dismissed on %s: the employee returns to stage 2 with all its triggers; the decision letter is due by %s", t.e.Date, t.p.DecisionLetterBy(m.Held))
	return nil
}

// dismissal returns the meeting whose dismissal stands.
func (t *tx) dismissal() *Meeting {
	if !t.n.Dismissed {
		return nil
	}
	for i := len(t.n.Meetings) - 1; i >= 0; i-- {
		if m := &t.n.Meetings[i]; m.Decision == DecisionDismiss {
			return m
		}
	}
	return nil
}

// terminationLetter handles TerminationLetterSent.
func (t *tx) terminationLetter() error {
	e := t.e
	m := t.dismissal()
	if m == nil {
		return t.reject(ErrNotDue, ruleStage3Letter, "no dismissal has been decided")
	}
	if !m.Letter.IsZero() {
		return t.reject(ErrNotDue, ruleStage3Letter, "the termination letter was already sent on %s", m.Letter)
	}
	if err := t.guard(m, m.Step); err != nil {
		return err
	}
	m.Letter = e.Date
	if e.Notice != nil {
		c := *e.Notice
		m.Notice = &c
	}
	t.note(ruleStage3Letter, "termination letter sent on %s: an appeal may be made to the Director of HR by %s", e.Date, t.p.AppealBy(e.Date))
	if by := t.p.DecisionLetterBy(m.Held); e.Date.After(by) {
		t.note(ruleStage3Letter, "the termination letter is late: due by %s (within %d business days of the hearing)", by, t.p.DecisionLetterBusinessDays)
	}
	return nil
}

// appealLodged handles AppealLodged.
func (t *tx) appealLodged() error {
	e := t.e
	m := t.dismissal()
	if m == nil {
		return t.reject(ErrNotDue, ruleAppeal, "there is no dismissal to appeal against")
	}
	if last := t.n.Meetings[len(t.n.Meetings)-1]; last.Step == StepAppeal {
		return t.reject(ErrNotDue, ruleAppeal, "an appeal was already lodged on %s", last.Due)
	}
	if !m.Letter.IsZero() {
		if by := t.p.AppealBy(m.Letter); e.Date.After(by) {
			return t.reject(ErrLate, ruleAppeal, "the appeal is %d days after the termination letter of %s; it had to be made by %s (%d days)",
				e.Date.DaysSince(m.Letter), m.Letter, by, t.p.AppealDays)
		}
	}
	t.open(Meeting{Step: StepAppeal, Route: RouteAppeal, Due: e.Date})
	t.note(ruleAppeal, "appeal against dismissal lodged with the Director of HR on %s", e.Date)
	return nil
}

// appealResponse handles AppealResponseSubmitted.
func (t *tx) appealResponse() error {
	e := t.e
	m, err := t.step(StepAppeal)
	if err != nil {
		return err
	}
	m.ManagementCase = e.Date
	t.note(ruleAppealHearing, "management response to the appeal submitted on %s", e.Date)
	if by := t.p.AppealResponseBy(m.Slot.Date); !m.Invited.IsZero() && e.Date.After(by) {
		t.note(ruleAppealHearing, "the management response is late for the appeal hearing on %s (due by %s): the hearing must move", m.Slot.Date, by)
	}
	return nil
}

// appealHeard handles DismissalUpheld and DismissalOverturned.
func (t *tx) appealHeard() error {
	e, n := t.e, &t.n
	m, err := t.step(StepAppeal)
	if err != nil {
		return err
	}
	if err := t.scheduled(m); err != nil {
		return err
	}
	if m.ManagementCase.IsZero() {
		return t.reject(ErrRequirement, ruleAppealHearing, "no management response to the appeal was submitted to the appeal chair")
	}
	if by := t.p.AppealResponseBy(e.Date); m.ManagementCase.After(by) {
		return t.reject(ErrNotice, ruleAppealHearing, "the management response of %s reached the chair fewer than %d business days before the appeal hearing (by %s)",
			m.ManagementCase, t.p.AppealResponseBusinessDays, by)
	}
	if err := t.panel(StepAppeal, true); err != nil {
		return err
	}
	if e.Kind == DismissalUpheld {
		if err := t.guard(m, StepAppeal); err != nil {
			return err
		}
	}
	m.Held, m.Decided, m.Attendance, m.Panel = e.Date, e.Date, e.Attendance, e.Panel.clone()
	by := t.p.AppealDecisionBy(e.Date)
	if e.Kind == DismissalUpheld {
		m.Decision = DecisionUpheld
		n.Final = true
		t.note(ruleAppealHearing, "appeal heard on %s: the dismissal is upheld; the decision is confirmed in writing by %s", e.Date, by)
		return nil
	}
	m.Decision = DecisionOverturned
	n.Dismissed, n.AnnualLeavePayable = false, false
	t.takeEffect(Stage2, e.Date, true)
	t.note(ruleNotDismissed, "appeal heard on %s: the dismissal is overturned and the employee returns to stage 2 with all its triggers; the decision is confirmed in writing by %s", e.Date, by)
	return nil
}

// redeploymentStarted handles RedeploymentStarted.
func (t *tx) redeploymentStarted() error {
	e, n := t.e, &t.n
	switch {
	case n.Dismissed:
		return t.reject(ErrClosed, ruleRedeployment, "a dismissal decision stands")
	case n.Redeployment.On():
		return t.reject(ErrNotDue, ruleRedeployment, "the employee has been on the redeployment register since %s", n.Redeployment.Start)
	case n.Stage == NoStage:
		return t.reject(ErrNotDue, ruleRedeployment, "redeployment under the procedure follows a formal stage review; none has taken effect")
	}
	n.Redeployment = Register{Start: e.Date}
	ends := t.p.RedeploymentEnds(e.Date)
	t.note(ruleRedeployment, "placed on the redeployment register on %s, for %d to %d weeks (until %s at the latest)",
		e.Date, t.p.RedeploymentMinWeeks, t.p.RedeploymentMaxWeeks, ends.End)
	return nil
}

// redeploymentEnded handles RedeploymentEnded.
func (t *tx) redeploymentEnded() error {
	e, n := t.e, &t.n
	if !n.Redeployment.On() {
		return t.reject(ErrNotDue, ruleRedeployment, "the employee is not on the redeployment register")
	}
	ends := t.p.RedeploymentEnds(n.Redeployment.Start)
	if e.Date.After(ends.End) {
		return t.reject(ErrLate, ruleRedeployment, "the register started on %s and lasts no longer than %d weeks (until %s)",
			n.Redeployment.Start, t.p.RedeploymentMaxWeeks, ends.End)
	}
	if !e.Redeployed && e.Date.Before(ends.Start) {
		return t.reject(ErrNotice, ruleRedeployment, "the register started on %s and lasts at least %d weeks (until %s) unless a post is found",
			n.Redeployment.Start, t.p.RedeploymentMinWeeks, ends.Start)
	}
	n.Redeployment.End, n.Redeployment.Redeployed = e.Date, e.Redeployed
	if e.Redeployed {
		t.note(ruleRedeployment, "redeployed to a suitable post on %s", e.Date)
		return nil
	}
	if n.Dismissed {
		t.note(ruleRedeployment, "left the redeployment register on %s with no suitable post", e.Date)
		return nil
	}
	if cur := t.current(); cur != nil {
		if cur.Step == StepStage3 || cur.Step == StepIllHealth {
			t.note(ruleRedeployment, "no suitable post by %s: the %s under way continues", e.Date, cur.Step)
			return nil
		}
		cur.Superseded = e.Date
		t.note(ruleRedeployment, "the %s under way is superseded", cur.Step)
	}
	t.open(Meeting{Step: StepStage3, Route: RouteRedeployment, Due: e.Date})
	t.note(ruleRedeployment, "no suitable post by the end of the redeployment register on %s: a stage 3 hearing is due", e.Date)
	return nil
}

// illHealth handles IllHealthRetirementPursued (STAGE-6).
func (t *tx) illHealth() error {
	e, n := t.e, &t.n
	if n.Dismissed {
		return t.reject(ErrClosed, ruleIllHealth, "a dismissal decision stands")
	}
	if n.Stage < t.p.IllHealthRetirementFrom {
		return t.reject(ErrNotDue, ruleIllHealth, "the ill-health retirement meeting replaces the final review hearing: a stage %d review must have taken effect first", t.p.IllHealthRetirementFrom)
	}
	if cur := t.current(); cur != nil {
		switch {
		case cur.Step == StepIllHealth:
			return t.reject(ErrNotDue, ruleIllHealth, "ill-health retirement has been pursued since %s", cur.Due)
		case cur.Step == StepStage3 && cur.Held.IsZero():
			cur.Superseded = e.Date
			t.note(ruleIllHealth, "the final review hearing is replaced by the ill-health retirement meeting")
		default:
			return t.reject(ErrNotDue, ruleIllHealth, "the %s under way must conclude first", cur.Step)
		}
	}
	n.IllHealthRetirement = e.Date
	t.open(Meeting{Step: StepIllHealth, Route: RouteIllHealth, Due: e.Date})
	t.note(ruleIllHealth, "the employee is pursuing ill-health retirement (%s): a formal meeting replaces the final review hearing; the Trust does not wait for the pensions decision", e.Date)
	return nil
}
