package letters

import (
	"slices"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// A Case is what [FromCase] reads a letter's facts from: the case history
// replayed by the stages package, its policy, and the employee's absence
// history prepared by the triggers package.
type Case struct {
	State  stages.State  // the case replayed up to the letter (stages.Replay)
	Policy stages.Policy // the policy the case was replayed with; its deadlines go in the letter
	// Monitor is the employee's whole absence history under the trigger
	// policy (triggers.New, not cut by Since: FromCase counts from the right
	// stage meeting itself). It is needed by letters whose step was made due
	// by triggers or by long-term absence; nil otherwise.
	Monitor *triggers.Monitor
	// Events are the events the case has recorded, in order, as replayed
	// into State (State.Events counts them). The chronology lists them
	// ([NewChronology]); the letters built from a record of a duty read it
	// from them. Nil for the letters of the formal procedure.
	Events []stages.Event
	// Claim is the Injury Allowance claim (payroll.InjuryInput.Claim), for
	// its claim form; SSP the exclusions from Statutory Sick Pay worked out
	// (payroll.SSP.Exclusions), for the SSP notice. Nil otherwise.
	Claim *payroll.InjuryClaim
	SSP   []payroll.SSPExclusion
}

// FromCase returns the letter of kind base.Kind for the case: base carries
// what the case does not hold (the letterhead, the names and addresses, the
// people attending, the companion, the points discussed, the reasons for a
// decision, the notice when no termination letter is recorded yet), and
// FromCase fills in, replacing base's values, everything the case does:
//
//   - the meeting: the most recent one of the letter's step (for a decision,
//     the most recent with that decision), its date (as arranged for an
//     invitation, as held for an outcome), time and place, who attended for
//     the employee, whether it was re-arranged or decided in the employee's
//     absence;
//   - the basis: only the trigger points recorded as making that step due,
//     each with the evidence of its activation (counted from the stage in
//     effect, as the trigger policy counts), or the long-term absence that
//     is ongoing, or the redeployment register that ended, or ill-health
//     retirement; and the absences the evidence counted, with reason
//     categories only;
//   - the deadlines, from the stages package (Meeting.Deadlines and the
//     Policy methods: notice, case submission, appeal response, decision
//     letter, appeal);
//   - the decision: its date, grounds, the notice given in the termination
//     letter, annual leave on the ill-health retirement route, the matters
//     and alternatives to dismissal the panel recorded (STAGE-18; the
//     references to the evidence stay out); and for appeals, the dismissal
//     appealed against;
//   - for the stage 1 and 2 outcome letters, with a Monitor, the
//     return-to-work interviews before the meeting whose records say the
//     trigger points were explained (ABS-11): the letter says "despite our
//     discussions at your return-to-work interviews" only when there are
//     some, and that there is no record otherwise.
//
// The letter's date is the date the case records for it (the invitation, or
// the outcome or termination letter) and otherwise base.Date. For a meeting
// that was re-arranged the invitation's date is not this letter's, so base.Date
// is used. To draft an invitation before it is sent, apply the InvitationSent
// event to the state first: State.Apply returns a new State, so the event can
// be stored once the letter has gone.
//
// A TRIG-6 trigger (a recognisable pattern, the manager's judgement) has no
// activation in the triggers package: its Point and Evidence come from the
// entry with ID "TRIG-6" in base.Basis.Triggers, and the absences from
// base.Basis.Absences when the evidence counted none.
//
// FromCase fails with a *CaseError (ErrCase) when the case does not hold the
// step, the outcome or the activations the letter needs, and then validates
// the letter ([Letter.Validate]). It reads nothing else: no clock, no files.
func FromCase(base Letter, c Case) (Letter, error) {
	k := base.Kind
	if !k.IsValid() {
		return Letter{}, &FieldError{Field: "Kind", Detail: k.Code(), Err: ErrInvalid}
	}
	if err := c.Policy.Validate(); err != nil {
		return Letter{}, &CaseError{Kind: k, Detail: "invalid stages policy", Cause: err}
	}
	if !k.Formal() {
		return fromRecord(base, c)
	}
	i, err := c.find(k)
	if err != nil {
		return Letter{}, err
	}
	m := c.State.Meetings[i]
	l := base
	l.Meeting.Step = m.Step
	l.Meeting.Time, l.Meeting.Place = m.Slot.Time, m.Slot.Place
	l.Meeting.Rearranged = m.Rearranged > 0
	if k.Invitation() {
		l.Meeting.Date = m.Slot.Date
		if m.Rearranged == 0 {
			l.Date = m.Invited
		}
	} else {
		l.Meeting.Date, l.Meeting.Attendance, l.Meeting.InAbsence = m.Held, m.Attendance, m.InAbsence
		if !m.Letter.IsZero() {
			l.Date = m.Letter
		}
	}
	basisAt := i
	if k.Step() == stages.StepAppeal {
		d, ok := c.dismissal(i)
		if !ok {
			return Letter{}, &CaseError{Kind: k, Detail: "no decision to dismiss precedes the appeal"}
		}
		dm := c.State.Meetings[d]
		l.Appeal = Appeal{Lodged: m.Due, Hearing: dm.Held, Step: dm.Step, Letter: dm.Letter}
		if dm.Notice != nil && k == AppealUpheld {
			l.Outcome.Notice = *dm.Notice
		}
		basisAt = d
	}
	b, err := c.basis(k, basisAt, base.Basis)
	if err != nil {
		return Letter{}, err
	}
	l.Basis = b
	c.fillDecision(&l, m)
	c.fillDeadlines(&l, m)
	if err := l.Validate(); err != nil {
		return Letter{}, err
	}
	return l, nil
}

// fillDecision sets the outcome the case records.
func (c Case) fillDecision(l *Letter, m stages.Meeting) {
	switch l.Kind {
	case Dismissal, NotDismissed, AppealUpheld, AppealOverturned:
		l.Outcome.Decided = m.Decided
	default: // invitations and review outcomes record no decision
	}
	if (l.Kind == Stage1Outcome || l.Kind == Stage2Outcome) && c.Monitor != nil {
		l.Outcome.Interviews, l.Outcome.InterviewsChecked = interviews(c.Monitor.History(), m.Held), true
	}
	if d := m.Deliberation; d != nil && (l.Kind == Dismissal || l.Kind == NotDismissed) {
		l.Outcome.Considered, l.Outcome.Alternatives = deliberated(d)
	}
	if o := m.Override; o != nil && l.Kind == Dismissal {
		l.Outcome.Override = o.Reason.String()
	}
	if l.Kind == Dismissal {
		l.Outcome.Grounds = m.Grounds
		if m.Notice != nil {
			l.Outcome.Notice = *m.Notice
		}
		l.Outcome.AnnualLeave = m.Step == stages.StepIllHealth
	}
}

// interviews returns the days of the return-to-work interviews held by held
// whose records say the trigger points were explained (ABS-11), in date
// order.
func interviews(h absence.History, held absence.Date) []absence.Date {
	var out []absence.Date
	for _, r := range h.Records {
		if v := r.Interview; v != nil && v.TriggersExplained && !r.Interviewed.IsZero() && !r.Interviewed.After(held) {
			out = append(out, r.Interviewed)
		}
	}
	slices.SortFunc(out, absence.Date.Compare)
	return slices.Compact(out)
}

// deliberated words the matters and alternatives a stage 3 panel recorded
// for a letter (STAGE-18); references to the evidence stay out.
func deliberated(d *stages.Deliberation) (considered, alternatives []string) {
	for _, c := range d.Matters {
		considered = append(considered, c.Matter.String())
	}
	for _, a := range d.Alternatives {
		alternatives = append(alternatives, a.Alternative.String()+": "+a.Outcome.String())
	}
	return considered, alternatives
}

// fillDeadlines sets the dates the letter quotes, from the stages package.
func (c Case) fillDeadlines(l *Letter, m stages.Meeting) {
	p := c.Policy
	d := m.Deadlines(p)
	var out Deadlines
	switch l.Kind {
	case Stage1Invitation, Stage2Invitation:
		out.Rearranged = d.LatestRearranged
	case HearingInvitation:
		out.ManagementCase, out.EmployeeCase = d.ManagementCase, d.EmployeeCase
		out.Decision = p.DecisionLetterBy(m.Slot.Date)
	case IllHealthInvitation:
		out.Decision = p.DecisionLetterBy(m.Slot.Date)
	case AppealInvitation:
		out.AppealResponse = d.AppealResponse
		out.Decision = p.AppealDecisionBy(m.Slot.Date)
	case Dismissal:
		out.Appeal = d.Appeal
		if out.Appeal.IsZero() && l.Date.IsValid() {
			out.Appeal = p.AppealBy(l.Date)
		}
	default: // outcome letters quote no deadline
	}
	l.Deadlines = out
}

// find returns the index of the meeting the letter of kind k is about.
func (c Case) find(k Kind) (int, error) {
	ms := c.State.Meetings
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if want := decisionOf(k); want != stages.Undecided {
			if m.Decision == want {
				return i, nil
			}
			continue
		}
		if m.Step != k.Step() {
			continue
		}
		switch {
		case !m.Superseded.IsZero():
			return 0, &CaseError{Kind: k, Detail: "the " + m.Step.String() + " was superseded on " + m.Superseded.String()}
		case k.Invitation() && m.Invited.IsZero():
			return 0, &CaseError{Kind: k, Detail: "no invitation to the " + m.Step.String() + " is recorded: apply the invitation-sent event first"}
		case !k.Invitation() && m.Held.IsZero():
			return 0, &CaseError{Kind: k, Detail: "the " + m.Step.String() + " has not been held"}
		}
		return i, nil
	}
	what := "no " + k.Step().String()
	switch k {
	case Dismissal:
		what = "no decision to dismiss"
	case NotDismissed:
		what = "no decision not to dismiss"
	case AppealUpheld:
		what = "no appeal that upheld the dismissal"
	case AppealOverturned:
		what = "no appeal that overturned the dismissal"
	default: // the step itself is missing
	}
	return 0, &CaseError{Kind: k, Detail: "the case has " + what}
}

// decisionOf returns the decision a letter of kind k confirms, or Undecided.
func decisionOf(k Kind) stages.Decision {
	switch k {
	case Dismissal:
		return stages.DecisionDismiss
	case NotDismissed:
		return stages.DecisionNotDismiss
	case AppealUpheld:
		return stages.DecisionUpheld
	case AppealOverturned:
		return stages.DecisionOverturned
	default:
		return stages.Undecided
	}
}

// dismissal returns the index of the decision to dismiss that the appeal at
// index i is against.
func (c Case) dismissal(i int) (int, bool) {
	for j := i - 1; j >= 0; j-- {
		if c.State.Meetings[j].Decision == stages.DecisionDismiss {
			return j, true
		}
	}
	return 0, false
}

// countedFrom returns the date the stage in effect took effect when the
// meeting at index i became due (State.Since at that point): the last stage 1
// or 2 review held or decided before it, or the last decision that returned
// the employee to stage 2. Zero before the first formal stage.
func (c Case) countedFrom(i int) absence.Date {
	for j := i - 1; j >= 0; j-- {
		m := c.State.Meetings[j]
		switch {
		case !m.Superseded.IsZero():
		case (m.Step == stages.StepStage1 || m.Step == stages.StepStage2) && !m.Held.IsZero():
			return m.Held
		case m.Decision == stages.DecisionNotDismiss || m.Decision == stages.DecisionOverturned:
			return m.Decided
		}
	}
	return absence.Date{}
}
