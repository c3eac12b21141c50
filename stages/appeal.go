package stages

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
			return t.reject(ErrLate, ruleAppeal, "the appeal is %s after the termination letter of %s; it had to be made by %s (%s)",
				plural(e.Date.DaysSince(m.Letter), "day"), m.Letter, by, plural(t.p.AppealDays, "day"))
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
		return t.reject(ErrNotice, ruleAppealHearing, "the management response of %s reached the chair fewer than %s before the appeal hearing (by %s)",
			m.ManagementCase, plural(t.p.AppealResponseBusinessDays, "business day"), by)
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
