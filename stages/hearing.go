package stages

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
			t.note(ruleStage3Case, "the management case is %s before the hearing on %s; the minimum is %s, so the hearing must move to %s or later",
				plural(hearing.DaysSince(e.Date), "day"), hearing, plural(t.p.ManagementCaseDays, "day"), e.Date.AddDays(t.p.ManagementCaseDays))
		}
		return nil
	}
	m.EmployeeCase = e.Date
	t.note(ruleStage3Case, "employee's case submitted on %s", e.Date)
	if by := t.p.EmployeeCaseBy(hearing); !m.Invited.IsZero() && e.Date.After(by) {
		t.note(ruleStage3Case, "the employee's case is late: due by %s, %s before the hearing; the chair decides whether to consider it", by, plural(t.p.EmployeeCaseDays, "day"))
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
		return t.reject(ErrNotice, ruleStage3Case, "the management case of %s is %s before the hearing; the minimum is %s (by %s)",
			m.ManagementCase, plural(e.Date.DaysSince(m.ManagementCase), "day"), plural(t.p.ManagementCaseDays, "day"), by)
	}
	if d := e.Panel.delegation(); d != nil && d.Permitted.After(e.Date) {
		return t.reject(ErrPanel, ruleDelegation, "the Chief Executive's written permission to delegate the chair is dated %s, after the hearing", d.Permitted)
	}
	if err := t.panel(StepStage3, true); err != nil {
		return err
	}
	m.Held, m.Attendance, m.Panel = e.Date, e.Attendance, e.Panel.clone()
	t.note(ruleStage3, "final review hearing held on %s", e.Date)
	if d := e.Panel.delegation(); d != nil {
		t.note(ruleDelegation, "the chair presided by the Chief Executive's written permission to delegate of %s", d.Permitted)
	}
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
	if err := t.gateDismissal(m); err != nil {
		return err
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
	if d := t.e.Deliberation; d != nil {
		if err := t.deliberate(m, d); err != nil {
			return err
		}
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
		t.note(ruleStage3Letter, "the termination letter is late: due by %s (within %s of the hearing)", by, plural(t.p.DecisionLetterBusinessDays, "business day"))
	}
	return nil
}
