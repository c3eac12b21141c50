package stages

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
	if r := e.Redeployment; r != nil {
		n.Redeployment.Band = r.Band
	}
	ends := t.p.RedeploymentEnds(e.Date)
	t.note(ruleRedeployment, "placed on the redeployment register on %s, for %d to %s (until %s at the latest)",
		e.Date, t.p.RedeploymentMinWeeks, plural(t.p.RedeploymentMaxWeeks, "week"), ends.End)
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
		return t.reject(ErrLate, ruleRedeployment, "the register started on %s and lasts no longer than %s (until %s)",
			n.Redeployment.Start, plural(t.p.RedeploymentMaxWeeks, "week"), ends.End)
	}
	if !e.Redeployed && e.Date.Before(ends.Start) {
		return t.reject(ErrNotice, ruleRedeployment, "the register started on %s and lasts at least %s (until %s) unless a post is found",
			n.Redeployment.Start, plural(t.p.RedeploymentMinWeeks, "week"), ends.Start)
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
