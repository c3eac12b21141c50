package stages

import (
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
)

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
	if e.Linked && t.linked() {
		return nil
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
			t.note(ruleLapse, "stage %d (since %s) lapsed on %s: no trigger within %s", n.Stage, n.Since, lapse, plural(t.p.LapseMonths, "month"))
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
	if u := n.underlying(); !u.Pending.IsZero() {
		n.Underlying = &Underlying{Since: u.Since, Ended: u.Ended}
	}
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
			return t.reject(ErrNotice, rule, "the %s on %s is %s after the invitation; at least %s is required (earliest %s) and it cannot be waived at this stage",
				e.Step, e.Slot.Date, plural(e.Slot.Date.DaysSince(e.Date), "day"), daysNotice(t.p.NoticeDays), earliest)
		}
	case StepStage3, StepIllHealth:
		if !t.since(t.n.HRNotified) {
			return t.reject(ErrRequirement, ruleStage3, "advice must be sought from HR Employee Relations before a hearing that may end in termination is convened; none recorded %s", t.sinceText())
		}
	default:
		// the appeal needs no notice or HR check here
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
			return t.reject(ErrLate, rule, "the new date %s is more than %s after the original date %s (latest %s)",
				e.Slot.Date, plural(t.p.RearrangeDays, "day"), m.Original, latest)
		}
	case AfterNonAttendance:
		m.Original, m.NoticeFrom, m.AwaitingNewDate = e.Slot.Date, absence.Date{}, false
	case ByTrust:
		if earliest := t.p.EarliestMeeting(e.Date); review && e.Slot.Date.Before(earliest) && !t.p.waivable(e.Step) {
			return t.reject(ErrNotice, rule, "the new date %s gives %s; at least %s is required (earliest %s)",
				e.Slot.Date, daysNotice(e.Slot.Date.DaysSince(e.Date)), daysNotice(t.p.NoticeDays), earliest)
		}
		m.Original, m.NoticeFrom = e.Slot.Date, e.Date
	default:
		// RearrangeNone never passes validate
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
	default:
		// stage 1, stage 2 and the ill-health meeting, handled below
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
	default:
		// no further checks for other steps
	}
	m.Held, m.Attendance, m.Panel = e.Date, e.Attendance, e.Panel.clone()
	switch e.Step {
	case StepStage1:
		t.takeEffect(Stage1, e.Date, false)
	case StepStage2:
		t.takeEffect(Stage2, e.Date, false)
	default:
		// the ill-health meeting puts no stage in effect
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
		default:
			// review meetings have no letter deadline
		}
		t.note(rule, "outcome of the %s of %s confirmed in writing on %s", e.Step, m.Held, e.Date)
		if !by.IsZero() && e.Date.After(by) {
			t.note(rule, "the outcome letter of %s is late: due by %s (within %s of the hearing)", e.Date, by, plural(days, "business day"))
		}
		return nil
	}
	return t.reject(ErrNotDue, rule, "no %s has concluded without its outcome letter", e.Step)
}
