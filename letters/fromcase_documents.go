package letters

import (
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// fromRecord builds a document that is not a letter of the formal
// procedure from the record of the case it is about (LET-9 … LET-17): the
// latest on or before base.Date (any, when base.Date is zero). The host's
// part of its section comes from base's section; the letter is dated
// base.Date, or the record's own date when it is zero.
func fromRecord(base Letter, c Case) (Letter, error) {
	l := base
	var err error
	switch base.Kind {
	case OHReferral, OHReferralCopy:
		err = c.referral(&l)
	case ReturnToWorkRecord:
		err = c.interview(&l)
	case CaseConferenceMinutes:
		err = c.conference(&l)
	case RedeploymentRegister:
		err = c.register(&l)
	case PayWithheld, PayReleased:
		err = c.uncertified(&l)
	case PaySuspended:
		err = c.suspended(&l)
	case SelfCertificationWithdrawn:
		err = c.selfCertification(&l)
	case InjuryAllowanceClaim:
		err = c.injury(&l)
	case SSPExclusionNotice:
		err = c.ssp(&l)
	default: // FromCase sends only these kinds here
	}
	if err != nil {
		return Letter{}, err
	}
	if err := l.Validate(); err != nil {
		return Letter{}, err
	}
	return l, nil
}

// upTo reports whether d is on or before the letter's date (any day when
// it has none).
func upTo(d, letter absence.Date) bool { return letter.IsZero() || !d.After(letter) }

// dateOr sets the letter's date to d when the host gave none.
func dateOr(l *Letter, d absence.Date) {
	if l.Date.IsZero() {
		l.Date = d
	}
}

// history returns the employee's absence history, or a CaseError.
func (c Case) history(k Kind) (absence.History, error) {
	if c.Monitor == nil {
		return absence.History{}, &CaseError{Kind: k, Detail: "the document needs the employee's absence history (Case.Monitor)"}
	}
	return c.Monitor.History(), nil
}

// lastEvent returns the last event of kind k on or before the date.
func (c Case) lastEvent(k stages.Kind, date absence.Date) (stages.Event, int, bool) {
	for i := len(c.Events) - 1; i >= 0; i-- {
		if e := c.Events[i]; e.Kind == k && upTo(e.Date, date) {
			return e, i, true
		}
	}
	return stages.Event{}, 0, false
}

// referral fills the OH referral and the employee's copy from the latest
// referral recorded (STAGE-11).
func (c Case) referral(l *Letter) error {
	k := l.Kind
	date, rec := c.State.OH.Referred, c.State.OH.Referral
	if e, _, ok := c.lastEvent(stages.OHReferralMade, l.Date); ok {
		date, rec = e.Date, e.Referral
	} else if len(c.Events) > 0 || date.IsZero() || !upTo(date, l.Date) {
		return &CaseError{Kind: k, Detail: "the case records no referral to Occupational Health"}
	}
	h, err := c.history(k)
	if err != nil {
		return err
	}
	out := ReferralForm{Date: date, By: theParty(stages.PartyLineManager)}
	if b := l.Referral; b != nil {
		out.Provider, out.Support, out.Planned, out.Questions, out.Reason = b.Provider, b.Support, b.Planned, b.Questions, b.Reason
	}
	if r := rec; r != nil {
		out.Reason = groundText(r.Ground, r.Step)
		if r.Reason != absence.ReasonUnknown {
			out.Category = r.Reason.String()
		}
		if r.By != stages.PartyNone {
			out.By = theParty(r.By)
		}
		out.Explained, out.CopyGiven = r.Explained, r.CopyGiven
		out.Release, out.PreCall = consentWord(r.Release), consentWord(r.PreCall)
		if len(r.Questions) > 0 {
			out.Questions = nil
			for _, q := range r.Questions {
				out.Questions = append(out.Questions, questionText(q))
			}
		}
	}
	window := absence.RollingWindow(date, 12)
	days := 0
	for _, ep := range h.Episodes {
		if a, ok := counted(h, ep, window); ok {
			out.Absences = append(out.Absences, a)
			days += a.WorkingDays
		}
	}
	out.Pattern = plural(len(out.Absences), "episode") + ", " + plural(days, "working day") + " lost in the 12 months from " +
		shortDate(window.Start) + " to " + shortDate(window.End)
	for _, e := range c.State.Plan {
		if !e.Proposed.After(date) {
			out.Adjustments = append(out.Adjustments, planText(e))
		}
	}
	l.Referral = &out
	dateOr(l, date)
	return nil
}

// groundText says why an employee is referred, in words that follow
// "because of".
func groundText(g stages.ReferralGround, st stages.Step) string {
	switch g {
	case stages.GroundAbsenceReason:
		return "the reason for, or the length of, the absence: musculoskeletal and mental health absences are referred as soon as they are known, and any other absence at 4 weeks (§5.6.5, §5.6.6)."
	case stages.GroundFormalStage:
		if st != stages.StepNone {
			return "the " + st.String() + ", for which the advice of Occupational Health is needed (SAP 1.3–1.5)."
		}
		return "a formal stage of the sickness absence procedure, for which the advice of Occupational Health is needed (SAP 1.3–1.5)."
	case stages.GroundEarlyIntervention:
		return "early intervention: stress, musculoskeletal problems and surgery are referred as early as possible (App 9)."
	case stages.GroundManagerConcern:
		return "a concern about health at work, at which a referral may be made at any stage (SAP 1.1)."
	case stages.GroundSelfReferral:
		return "a request to be referred, which may be made at any stage (SAP 1.1)."
	default:
		return ""
	}
}

// questionText is a question category as a question to Occupational Health.
func questionText(q stages.Question) string {
	switch q {
	case stages.QuestionFitness:
		return "Is the employee fit for their role now and, if not, when are they likely to be?"
	case stages.QuestionCapacity:
		return "What can the employee do, and not do, at work at present?"
	case stages.QuestionAdjustments:
		return "What adjustments or restrictions would help the employee at work, and for how long?"
	case stages.QuestionPrognosis:
		return "What is the likely course of the condition, and over what time?"
	case stages.QuestionUnderlying:
		return "Is there an underlying medical condition that links the absences?"
	case stages.QuestionEqualityAct:
		return "Is the Equality Act 2010 likely to apply?"
	case stages.QuestionWorkRelated:
		return "Is the condition caused or made worse by work?"
	case stages.QuestionRedeployment:
		return "Would redeployment to another post help the employee's attendance?"
	case stages.QuestionIllHealth:
		return "Should ill-health retirement be considered?"
	default:
		return "Another question: see the referral form."
	}
}

// consentWord is a consent's answer, "" when not asked.
func consentWord(c stages.Consent) string {
	if c == stages.ConsentNotAsked {
		return ""
	}
	return c.String()
}

// planText describes an entry of the Tailored Adjustment Plan.
func planText(e stages.PlanEntry) string {
	a := e.Adjustment
	s := a.Kind.String() + ": " + a.Decision.String()
	if a.Factor != stages.FactorNone {
		s += ", because " + a.Factor.String()
	}
	if a.Start.IsValid() {
		s += ", from " + shortDate(a.Start)
	} else {
		s += " on " + shortDate(e.Proposed)
	}
	return s
}

// interview fills the return-to-work record from the latest interview
// recorded, with the headroom as the trigger policy counted it that day.
func (c Case) interview(l *Letter) error {
	k := l.Kind
	h, err := c.history(k)
	if err != nil {
		return err
	}
	ri := latestRecord(h.Records, l.Date, func(r *absence.Record) (absence.Date, bool) {
		return r.Interviewed, r.Interviewed.IsValid()
	})
	if ri < 0 {
		return &CaseError{Kind: k, Detail: "no return-to-work interview is recorded"}
	}
	r := h.Records[ri]
	ep := -1
	for i, e := range h.Episodes {
		if slices.Contains(e.Records, ri) {
			ep = i
		}
	}
	if ep < 0 {
		return &CaseError{Kind: k, Detail: "the interview of " + r.Interviewed.String() + " follows an absence that forms no episode"}
	}
	e := h.Episodes[ep]
	abs, ok := counted(h, e, e.Period)
	if !ok {
		abs = Absence{Period: e.Period, Reason: reasonLabels(e.Reasons)}
	}
	rec, err := h.InterviewRecord(ep, r.Interviewed)
	if err != nil {
		return &CaseError{Kind: k, Detail: "cannot read the interview's record", Cause: err}
	}
	out := InterviewRecord{Date: r.Interviewed, Absence: abs, Returned: r.Returned, HeldBy: "the line manager", NoExtraHours: rec.NoAdditionalHours}
	if v := r.Interview; v != nil {
		if v.HeldBy == absence.ByOtherManager {
			out.HeldBy = "a manager covering for the line manager"
		}
		out.Accompanied = v.Accompanied
		for _, x := range []struct {
			on   bool
			what string
		}{
			{v.TriggersExplained, "the trigger points explained"},
			{v.NextStepsExplained, "the next formal steps explained"},
			{v.SupportDiscussed, "support discussed"},
			{v.AdjustmentsDiscussed, "adjustments or temporary arrangements discussed"},
			{v.OHReferral != absence.OHNotConsidered, "a referral to Occupational Health considered"},
			{v.BarExplained, "the week without additional hours explained"},
		} {
			if x.on {
				out.Covered = append(out.Covered, x.what)
			} else {
				out.NotCovered = append(out.NotCovered, x.what)
			}
		}
		out.OHReferral = map[absence.OHConsidered]string{absence.OHReferred: "to be referred", absence.OHNotNeeded: "considered, and not needed now",
			absence.OHAlreadyInvolved: "already referred"}[v.OHReferral]
		out.FitNote = map[absence.FitNoteAdvice]string{absence.NotFit: "not fit for work", absence.MayBeFitPhased: "may be fit for work with a phased return",
			absence.MayBeFitAlteredHours: "may be fit for work with altered hours", absence.MayBeFitAmendedDuties: "may be fit for work with amended duties",
			absence.MayBeFitAdaptations: "may be fit for work with workplace adaptations"}[v.FitNote]
		var with []string
		for _, x := range v.ExtendedWith {
			with = append(with, map[absence.Consultee]string{absence.ConsultOH: "Occupational Health", absence.ConsultHR: "HR", absence.ConsultStaffSide: "staff side"}[x])
		}
		out.ExtendedWith = join(with)
	} else {
		out.NotCovered = []string{"no record was kept of what the interview covered"}
	}
	if out.Headroom, err = c.headroom(k, r.Interviewed); err != nil {
		return err
	}
	l.Interview = &out
	dateOr(l, r.Interviewed)
	return nil
}

// headroom returns where each trigger point stood on day d, as the trigger
// policy counted it then (after the stage in effect before d, TRIG-7).
func (c Case) headroom(k Kind, d absence.Date) ([]HeadroomLine, error) {
	mon := c.Monitor
	var since absence.Date
	for _, s := range stageStarts(c.State, d) {
		if s.Before(d) {
			since = s
		}
	}
	if !since.IsZero() {
		var err error
		if mon, err = mon.Since(since); err != nil {
			return nil, &CaseError{Kind: k, Detail: "cannot count from " + since.String(), Cause: err}
		}
	}
	room, err := mon.Headroom(d)
	if err != nil {
		return nil, &CaseError{Kind: k, Detail: "cannot work out the headroom on " + d.String(), Cause: err}
	}
	h := mon.History()
	var out []HeadroomLine
	for _, r := range room.Rooms {
		a := triggers.Activation{Trigger: r.Trigger, Evidence: triggers.Evidence{Months: r.Months, Threshold: r.Threshold}}
		line := HeadroomLine{Trigger: r.Trigger.String(), Point: point(a), Now: unitCount(r.Count.String(), r.Threshold.Unit)}
		switch {
		case r.Trigger == triggers.TRIG5 && r.Count.IsZero():
			line.Now = "no absence running"
		case r.Trigger == triggers.TRIG5:
			line.Now = "the absence running has lasted " + line.Now
		}
		switch {
		case r.Active:
			line.Left, line.Clear = "reached", r.Clear
		case r.Pending:
			line.Left = "any sickness after " + shortDate(since) + " reaches it"
		case r.Trigger == triggers.TRIG5 && r.Count.IsZero():
			line.Left = "an absence of " + unitCount(r.Threshold.Value.String(), r.Threshold.Unit) + " reaches it"
		default:
			line.Left = moreOf(r.Left.String(), r.Threshold.Unit)
		}
		if r.Trigger == triggers.TRIG1 || r.Trigger == triggers.TRIG3 {
			for _, x := range r.Leaving {
				if x.Episode >= 0 && x.Episode < len(h.Episodes) {
					line.Leaves = append(line.Leaves, "The absence of "+shortDate(h.Episodes[x.Episode].Period.Start)+" leaves the "+
						itoa(r.Months)+"-month window on "+shortDate(x.Leaves))
				}
			}
		}
		out = append(out, line)
	}
	return out, nil
}

// moreOf says how much more reaches a trigger point, e.g. "1 more episode
// reaches it", "6 more working days reach it".
func moreOf(n string, u triggers.Unit) string {
	unit := u.String()
	if n == "1" {
		return "1 more " + strings.TrimSuffix(unit, "s") + " reaches it"
	}
	return n + " more " + unit + " reach it"
}

// unitCount writes a count in a trigger's unit, e.g. "1 episode", "6
// working days", "7.5 hours".
func unitCount(n string, u triggers.Unit) string {
	return count1(n, strings.TrimSuffix(u.String(), "s"))
}

// conference fills the minutes from the latest case conference recorded
// (STAGE-13), with the actions done since.
func (c Case) conference(l *Letter) error {
	k := l.Kind
	e, i, ok := c.lastEvent(stages.CaseConferenceHeld, l.Date)
	if !ok || e.Conference == nil {
		return &CaseError{Kind: k, Detail: "the case's events (Case.Events) record no case conference held"}
	}
	f := e.Conference
	out := ConferenceMinutes{Date: e.Date, Copied: f.MinutesCopied, FollowUp: f.FollowUp}
	if req, _, ok := c.lastEvent(stages.CaseConferenceRequested, e.Date); ok && req.Conference != nil {
		out.Requested, out.RequestedBy = req.Date, theParty(req.Conference.RequestedBy)
	}
	if p := f.PreMeeting; p != nil {
		out.PreMeeting, out.Clinical, out.Consent = p.Date, p.Clinical, p.Consent
	}
	for _, a := range f.Attendees {
		out.Attendees = append(out.Attendees, a.String())
	}
	for _, a := range f.Actions {
		line := ActionLine{ID: idOf(a.ID), What: a.Kind.String(), Owner: theParty(a.Owner), By: a.By}
		for _, done := range c.Events[i:] {
			if done.Kind == stages.ActionCompleted && done.ActionID == a.ID && upTo(done.Date, l.Date) {
				line.Done = done.Date
			}
		}
		out.Actions = append(out.Actions, line)
	}
	l.Conference = &out
	dateOr(l, e.Date)
	return nil
}

// register fills the redeployment register information from the latest
// stay on the register (STAGE-7).
func (c Case) register(l *Letter) error {
	r := c.State.Redeployment
	if r.Start.IsZero() || !upTo(r.Start, l.Date) {
		return &CaseError{Kind: l.Kind, Detail: "the case records no stay on the redeployment register"}
	}
	ends := c.Policy.RedeploymentEnds(r.Start)
	out := RegisterInfo{Start: r.Start, Earliest: ends.Start, Latest: ends.End}
	if b := l.Register; b != nil {
		out.Band = b.Band
	}
	if out.Band == "" && l.Employee != nil {
		out.Band = l.Employee.Band
	}
	if out.Band == "" && r.Band != stages.BandUnknown {
		out.Band = r.Band.String()
	}
	for _, p := range r.Posts {
		if upTo(p.Considered, l.Date) {
			out.Posts = append(out.Posts, postText(p.Post))
		}
	}
	if !r.End.IsZero() && upTo(r.End, l.Date) {
		out.Ended, out.Redeployed = r.End, r.Redeployed
	}
	l.Register = &out
	dateOr(l, r.Start)
	return nil
}

// uncertified fills the notice of pay withheld, or released, from the
// latest episode with days not covered by a timely fit note (PAY-4).
func (c Case) uncertified(l *Letter) error {
	k := l.Kind
	h, err := c.history(k)
	if err != nil {
		return err
	}
	if !l.Date.IsValid() {
		return &FieldError{Kind: k, Field: "Date", Detail: "the day the notice is written: the case is seen as of it", Err: ErrMissing}
	}
	for i := len(h.Episodes) - 1; i >= 0; i-- {
		ep := h.Episodes[i]
		if ep.Period.Start.After(l.Date) {
			continue
		}
		cert, err := h.Certification(i, l.Date)
		if err != nil {
			return &CaseError{Kind: k, Detail: "cannot check the certificates of " + ep.Period.String(), Cause: err}
		}
		days := cert.Uncovered
		if k == PayReleased { // covered since, by a late certificate
			days = slices.DeleteFunc(slices.Clone(days), func(p absence.Period) bool {
				return slices.ContainsFunc(cert.Missing, p.Overlaps)
			})
		}
		if len(days) == 0 {
			continue
		}
		p := ep.Period
		if p.End.After(l.Date) {
			p.End = l.Date
		}
		out := PayNotice{Absence: p, Days: days, Due: days[0].Start.AddDays(h.Policy.FitNoteDays), Within: h.Policy.FitNoteDays}
		if k == PayReleased {
			out.Due, out.Within = absence.Date{}, 0
			out.Received = receivedFor(h, ep, days[0].Start, l.Date)
			if b := l.Pay; b != nil {
				out.Explained = b.Explained
			}
		}
		l.Pay = &out
		return nil
	}
	what := "no days without a timely fit note"
	if k == PayReleased {
		what = "no days without a timely fit note that a certificate has covered since"
	}
	return &CaseError{Kind: k, Detail: "the absence history has " + what + " by " + l.Date.String()}
}

// receivedFor returns the day the latest certificate of episode ep
// covering d was received, on or before asOf.
func receivedFor(h absence.History, ep absence.Episode, d, asOf absence.Date) absence.Date {
	var out absence.Date
	for _, ri := range ep.Records {
		for _, ct := range h.Records[ri].Certificates {
			if ct.Covers.Contains(d) && ct.Received.IsValid() && !ct.Received.After(asOf) && ct.Received.After(out) {
				out = ct.Received
			}
		}
	}
	return out
}

// suspended fills the notice of pay suspended from the latest unauthorised
// absence (PAY-5); HR's advice is the host's.
func (c Case) suspended(l *Letter) error {
	k := l.Kind
	h, err := c.history(k)
	if err != nil {
		return err
	}
	ri := latestRecord(h.Records, l.Date, func(r *absence.Record) (absence.Date, bool) {
		return r.Period.Start, r.Kind == absence.Unauthorised
	})
	if ri < 0 {
		return &CaseError{Kind: k, Detail: "no unauthorised absence is recorded"}
	}
	p := h.Records[ri].Period
	out := PayNotice{Absence: p, Days: []absence.Period{p}}
	if b := l.Pay; b != nil {
		out.HRAdvised = b.HRAdvised
	}
	l.Pay = &out
	dateOr(l, out.HRAdvised)
	return nil
}

// selfCertification fills the withdrawal from the latest decision to
// withdraw self-certification (Proc 13); the grounds are the host's.
func (c Case) selfCertification(l *Letter) error {
	k := l.Kind
	h, err := c.history(k)
	if err != nil {
		return err
	}
	var last *absence.SelfCertificationDecision
	for i, d := range h.Employee.SelfCertification {
		if d.Withdrawn {
			last = &h.Employee.SelfCertification[i]
		}
	}
	if last == nil {
		return &CaseError{Kind: k, Detail: "the employee's record holds no withdrawal of self-certification"}
	}
	out := SelfCertificationNotice{From: last.From, HRAdvised: last.HRAdvised}
	if b := l.SelfCertification; b != nil {
		out.Grounds, out.Review = b.Grounds, b.Review
	}
	l.SelfCertification = &out
	dateOr(l, last.HRAdvised)
	return nil
}

// injury fills the Injury Allowance claim form from the claim's record
// (PAY-11 … PAY-13) and the absence it is for.
func (c Case) injury(l *Letter) error {
	k := l.Kind
	if c.Claim == nil {
		return &CaseError{Kind: k, Detail: "the case holds no Injury Allowance claim (Case.Claim)"}
	}
	h, err := c.history(k)
	if err != nil {
		return err
	}
	cl := c.Claim
	out := InjuryClaimForm{}
	if b := l.Injury; b != nil {
		out.SickPay, out.Other, out.Authoriser, out.Absences = b.SickPay, b.Other, b.Authoriser, b.Absences
	}
	var from absence.Date
	if inc := cl.Incident; inc != nil {
		out.Incident, out.Report, out.Reported, from = inc.Date, inc.Report, inc.Reported, inc.Date
	}
	var found []Absence
	for _, ep := range h.Episodes {
		related := slices.Contains(ep.Reasons, absence.WorkRelated)
		if !from.IsZero() {
			related = !ep.Period.End.Before(from) && (len(found) == 0 || related)
		}
		if related && upTo(ep.Period.Start, l.Date) {
			a, ok := counted(h, ep, ep.Period)
			if !ok {
				a = Absence{Period: ep.Period, Reason: reasonLabels(ep.Reasons)}
			}
			found = append(found, a)
		}
	}
	if len(found) > 0 {
		out.Absences = found
	}
	for _, e := range cl.Evidence {
		s := e.Kind.String()
		switch {
		case e.Received.IsValid() && e.Requested.IsValid():
			s += ": asked for " + shortDate(e.Requested) + ", held from " + shortDate(e.Received)
		case e.Received.IsValid():
			s += ": held from " + shortDate(e.Received)
		case e.Requested.IsValid():
			s += ": asked for " + shortDate(e.Requested) + ", not yet held"
		default:
			s += ": not yet asked for"
		}
		out.Evidence = append(out.Evidence, s)
	}
	if d := cl.Decision; d != nil && upTo(d.Decided, l.Date) {
		out.Decided, out.By, out.Attributable, out.HRAdvice = d.Decided, theRole(d.By), d.Attributable, d.HRAdvice
		if d.Attributable {
			out.PaymentFrom = d.PaymentFrom
			if out.PaymentFrom.IsZero() && len(out.Absences) > 0 {
				out.PaymentFrom = out.Absences[0].Period.Start
			}
		}
	}
	for _, b := range cl.Benefits {
		s := b.Kind.String() + ", " + b.Status.String() + ", declared on " + shortDate(b.Declared)
		if b.Status == payroll.BenefitReceived && b.Period.IsValid() {
			s += ": £" + b.Amount.StringFixed(2) + " for " + shortPeriod(b.Period)
		}
		out.Benefits = append(out.Benefits, s)
	}
	l.Injury = &out
	dateOr(l, out.Decided)
	return nil
}

// ssp fills the SSP notice from the latest exclusion worked out (PAY-8).
func (c Case) ssp(l *Letter) error {
	var x *payroll.SSPExclusion
	for i := range c.SSP {
		if upTo(c.SSP[i].PIW, l.Date) {
			x = &c.SSP[i]
		}
	}
	if x == nil {
		return &CaseError{Kind: l.Kind, Detail: "the case holds no exclusion from Statutory Sick Pay (Case.SSP)"}
	}
	out := SSPNotice{Reason: exclusionText(x.Reason), PIW: x.PIW, From: x.From, Ended: x.Ended, LastPaid: x.LastPaid, Due: x.Due}
	if !x.LastPaid.IsZero() {
		out.Weeks = x.Weeks.StringFixed(2)
	}
	if x.Reason == payroll.ExcludedLowEarnings {
		out.AWE, out.LEL = x.AWE.StringFixed(2), x.LEL.StringFixed(2)
	}
	l.SSP = &out
	dateOr(l, x.Due)
	return nil
}

// exclusionText is why SSP is not payable, as form SSP1 words it.
func exclusionText(r payroll.ExclusionReason) string {
	switch r {
	case payroll.ExcludedLowEarnings:
		return "your average weekly earnings are below the lower earnings limit"
	case payroll.ExcludedMaximum:
		return "the 28 weeks of SSP have been paid"
	case payroll.ExcludedThreeYears:
		return "linked periods of sickness have lasted 3 years"
	default:
		return "your employment ended"
	}
}

// theParty names a party in a sentence, e.g. "the line manager",
// "Occupational Health".
func theParty(p stages.Party) string {
	switch p {
	case stages.PartyHR, stages.PartyOH, stages.PartyDirectorOfHR:
		return p.String()
	default:
		return "the " + p.String()
	}
}

// theRole names who decided a claim in a sentence, e.g. "the line
// manager", "HR".
func theRole(r payroll.Role) string {
	switch r {
	case payroll.RoleLineManager, payroll.RoleEmployee, payroll.RoleSeniorManager:
		return "the " + r.String()
	default:
		return r.String()
	}
}

// postText describes a post considered on the redeployment register.
func postText(p stages.Post) string {
	s := "post " + idOf(p.ID)
	if p.Band != stages.BandUnknown {
		s += " (" + p.Band.String() + ")"
	}
	s += ": " + strings.ReplaceAll(p.Outcome.String(), "-", " ")
	switch {
	case p.Outcome == stages.PostInterview && p.Interview.IsValid():
		s += " for " + shortDate(p.Interview)
	case p.Outcome == stages.PostSuccessful && p.Starts.IsValid():
		s += ", starting on " + shortDate(p.Starts)
	}
	return s
}

// latestRecord returns the index of the record whose day (as on says, for
// the records it selects) is the latest up to the letter's date (any day,
// if the letter has none), or -1 if no record is selected.
func latestRecord(records []absence.Record, date absence.Date, on func(*absence.Record) (absence.Date, bool)) int {
	ri := -1
	var latest absence.Date
	for i := range records {
		if d, ok := on(&records[i]); ok && upTo(d, date) && (ri < 0 || d.After(latest)) {
			ri, latest = i, d
		}
	}
	return ri
}
