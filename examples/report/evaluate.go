package report

import (
	"errors"
	"fmt"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// maxDerived bounds the trigger activations Evaluate records by itself in
// one evaluation (each opens a formal step, so one is the norm).
const maxDerived = 4

// Evaluate evaluates c as of asOf (the case's own as-of date when asOf is
// zero): records that start after asOf and events dated after it are not
// seen. Every error is a *casefile.Error placing the problem in the file.
//
// Trigger activations after the stage in effect that the case's events do
// not record yet are found from the absence records (stages.Progress),
// applied, and listed as Procedure.Derived for the manager to record.
func Evaluate(c *casefile.Case, asOf absence.Date) (*Report, error) {
	e, err := evaluate(c, asOf, true)
	if err != nil {
		return nil, err
	}
	return e.r, nil
}

// evaluate evaluates c as of asOf: the history, the triggers and the
// procedure, and with all the recording checks, pay and pension.
func evaluate(c *casefile.Case, asOf absence.Date, all bool) (*evaluation, error) {
	if asOf.IsZero() {
		asOf = c.AsOf
	} else if !asOf.IsValid() {
		return nil, c.Locate("asOf", fmt.Errorf("%w: %v", absence.ErrInvalidDate, asOf))
	}
	in, err := c.InputsAsOf(asOf)
	if err != nil {
		return nil, err
	}
	if !asOf.IsValid() {
		return nil, c.Locate("asOf", fmt.Errorf("%w: %v", absence.ErrInvalidDate, asOf))
	}
	e := &evaluation{c: c, in: in, asOf: asOf, r: &Report{Format: Format, Name: c.Name, AsOf: asOf}}
	steps := []func() error{e.history, e.triggers, e.procedure}
	if all {
		steps = append(steps, e.checks, e.pay, e.pension, e.whatIf)
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	if all {
		s := Summarise(e.r)
		e.r.Summary = &s
	}
	return e, nil
}

// An evaluation is the state of one Evaluate call.
type evaluation struct {
	c    *casefile.Case
	in   casefile.Inputs
	asOf absence.Date
	r    *Report

	index []int // index in the file of each record given to the history
	h     absence.History
	m     *triggers.Monitor
	state stages.State
}

func (e *evaluation) history() error {
	pols := e.in.Policies
	e.r.Policy = Policy{Name: pols.ID.Short(), Knobs: e.c.Policy.Knobs(), ID: pols.ID, Library: absence.LibraryVersion}
	emp := e.in.Employee
	e.r.Employee = Employee{ID: emp.ID, FTE: emp.FTE.String(), StandardDayHours: emp.StandardDayHours.String(), Schedule: describeSchedule(emp.Schedule),
		SelfCertification: emp.SelfCertification, OtherWork: emp.OtherWork}

	var records []absence.Record
	for i, rec := range e.in.Records {
		if rec.Period.Start.After(e.asOf) {
			e.r.Notes = append(e.r.Notes, fmt.Sprintf("record %s starts after the as-of date and is not seen", recordName(rec, i)))
			continue
		}
		if e.in.Facts[i].Open {
			e.r.Notes = append(e.r.Notes, fmt.Sprintf("record %s has no end date yet: it is evaluated up to the as-of date, %s", recordName(rec, i), e.asOf))
		}
		records = append(records, rec)
		e.index = append(e.index, i)
	}
	h, err := absence.NewHistory(emp, records, pols.Absence)
	if err != nil {
		return e.locate(err)
	}
	e.h = h
	for n, ep := range h.Episodes {
		out := Episode{
			Number:       n + 1,
			Period:       ep.Period,
			Reasons:      ep.Reasons,
			CalendarDays: ep.CalendarDays,
			LongTerm:     ep.LongTerm,
			Triggers: EpisodeTriggers{
				Counts:       ep.Triggers.Counts(),
				Counted:      nonNil(ep.Triggers.Counted),
				Excluded:     []Exclusion{},
				WorkingDays:  ep.Triggers.WorkingDays,
				CalendarDays: ep.Triggers.CalendarDays,
				Hours:        ep.Triggers.Hours.String(),
				CountedDays:  ep.Triggers.CountedDays,
			},
			Pay:      EpisodePay{Days: nonNil(ep.Pay.Days), WorkingDays: ep.Pay.WorkingDays},
			Findings: findings(ep.Findings),
		}
		for _, ri := range ep.Records {
			out.Records = append(out.Records, recordName(h.Records[ri], e.index[ri]))
		}
		for _, x := range ep.Triggers.Excluded {
			out.Triggers.Excluded = append(out.Triggers.Excluded, Exclusion{Period: x.Period, Cause: x.Cause, Text: x.String()})
		}
		e.r.Episodes = append(e.r.Episodes, out)
	}
	e.r.Episodes = nonNil(e.r.Episodes)
	e.r.NoShiftLost = []NoShiftLost{}
	for _, n := range h.NoShiftLost {
		out := NoShiftLost{Period: n.Period, Reasons: n.Reasons, Findings: findings(n.Findings),
			Pay: EpisodePay{Days: nonNil(n.Pay.Days), WorkingDays: n.Pay.WorkingDays}}
		for _, ri := range n.Records {
			out.Records = append(out.Records, recordName(h.Records[ri], e.index[ri]))
		}
		e.r.NoShiftLost = append(e.r.NoShiftLost, out)
	}
	e.recording()
	e.r.PartDays = []PartDay{}
	for _, pd := range h.PartDays {
		e.r.PartDays = append(e.r.PartDays, PartDay{
			Date: pd.Date, Record: recordName(h.Records[pd.Record], e.index[pd.Record]),
			Worked: pd.Worked.String(), Shift: pd.Shift.String(), SentHome: pd.SentHome, Sickness: pd.Sickness,
		})
	}
	return nil
}

func (e *evaluation) triggers() error {
	m, err := triggers.New(e.h, e.in.Policies.Triggers)
	if err != nil {
		return e.locate(err)
	}
	adj, from := e.in.Adjustment, ""
	if plan, entry, ok := e.planThresholds(); ok {
		if adj.IsZero() {
			adj, from = plan, fmt.Sprintf(" (plan entry %s, STAGE-14)", entry.Adjustment.ID)
		} else {
			e.r.Notes = append(e.r.Notes, fmt.Sprintf("the case's adjustment is used; the plan's trigger thresholds (entry %s) are not", entry.Adjustment.ID))
		}
	}
	if !adj.IsZero() {
		if m, err = m.WithAdjustment(adj); err != nil {
			if from != "" {
				return e.locate(fmt.Errorf("the plan's trigger thresholds%s: %w", from, err))
			}
			return e.locate(err)
		}
		e.r.Triggers.Adjustment = describeAdjustment(adj) + from
	}
	e.m = m
	acts, err := m.TimelineTo(e.asOf)
	if err != nil {
		return e.locate(err)
	}
	t := &e.r.Triggers
	t.Activations = []Activation{}
	for _, a := range acts {
		t.Activations = append(t.Activations, Activation{
			Trigger: a.Trigger, Rule: a.Rule.ID, Clause: a.Rule.Clause, Date: a.Date, Cleared: a.Cleared,
			Text: a.String(), Explanation: a.Explain(),
		})
	}
	if t.Status, t.Headroom, err = statusOf(m, e.asOf); err != nil {
		return e.locate(err)
	}
	pats, err := m.Patterns(e.asOf, absence.EnglandAndWales())
	if err != nil {
		return e.locate(err)
	}
	t.Patterns = []Pattern{}
	for _, p := range pats.Findings {
		t.Patterns = append(t.Patterns, Pattern{Kind: p.Kind.String(), Recognisable: p.Recognisable, Count: p.Count, Of: p.Of, Level: p.Level, Text: p.String()})
	}
	t.Bradford = pats.Bradford.String()
	return nil
}

// statusOf evaluates m as of asOf: each trigger's status and headroom.
func statusOf(m *triggers.Monitor, asOf absence.Date) ([]TriggerStatus, []Room, error) {
	st, err := m.Evaluate(asOf)
	if err != nil {
		return nil, nil, err
	}
	room, err := m.Headroom(asOf)
	if err != nil {
		return nil, nil, err
	}
	status := []TriggerStatus{}
	for _, c := range st.Checks {
		ev := c.Evidence
		count := countOf(c)
		status = append(status, TriggerStatus{
			Trigger: c.Trigger, Active: c.Active, Activated: c.Activated, Cleared: c.Cleared, Window: ev.Window,
			Count: count.String(), Threshold: ev.Threshold.Value.String(), Unit: unitName(ev.Threshold.Unit),
			Adjusted: ev.Threshold.IsAdjusted(), Text: c.String(), Explanation: c.Explain(),
		})
	}
	rooms := []Room{}
	for _, r := range room.Rooms {
		rooms = append(rooms, Room{
			Trigger: r.Trigger, Active: r.Active, Count: r.Count.String(), Threshold: r.Threshold.Value.String(),
			Left: r.Left.String(), Clear: r.Clear, Pending: r.Pending, Text: r.String(),
		})
	}
	return status, rooms, nil
}

// planThresholds returns the trigger thresholds the case's plan has in force
// as of the date (stages.State.Thresholds), from the events up to it; an
// event the procedure refuses is reported by procedure, not here.
func (e *evaluation) planThresholds() (triggers.Adjustment, stages.PlanEntry, bool) {
	var events []stages.Event
	for _, ev := range e.in.Events {
		if ev.Date.After(e.asOf) {
			break
		}
		events = append(events, ev)
	}
	s, _ := stages.Replay(events, e.in.Policies.Stages)
	return s.Thresholds(e.asOf)
}

func (e *evaluation) procedure() error {
	pol := e.in.Policies.Stages
	var events []stages.Event
	for i, ev := range e.in.Events {
		if ev.Date.After(e.asOf) {
			e.r.Notes = append(e.r.Notes, fmt.Sprintf("%d events dated after the as-of date are not applied (from event %d, %s)", len(e.in.Events)-i, i, ev.Date))
			break
		}
		events = append(events, ev)
	}
	s, err := stages.Replay(events, pol)
	if err != nil {
		return e.locate(err)
	}
	p := &e.r.Procedure
	p.Recorded = len(events)
	mon := stages.TriggerMonitor(e.m)
	for range maxDerived {
		ev, ok, err := stages.Progress(s, pol, mon, e.asOf)
		if err != nil {
			return e.locate(err)
		}
		if !ok {
			break
		}
		next, err := s.Apply(ev, pol)
		if err != nil {
			return e.locate(err)
		}
		s = next
		p.Derived = append(p.Derived, ev)
	}
	e.state = s
	p.Stage, p.Since, p.Returned, p.Dismissed, p.Closed = s.Stage, s.Since, s.Returned, s.Dismissed, s.Closed()
	if s.Resignation != nil {
		p.Resigned = s.Resignation.Date
	}
	p.Meetings = []Meeting{}
	for _, m := range s.Meetings {
		out := Meeting{
			Step: m.Step, Route: m.Route, Due: m.Due, Triggers: m.Triggers, Soon: m.Soon, Invited: m.Invited,
			Held: m.Held, Decision: m.Decision, Decided: m.Decided, Letter: m.Letter, Superseded: m.Superseded,
			Concluded: m.Concluded(), Deadlines: m.Deadlines(pol),
		}
		if !m.Slot.Date.IsZero() {
			slot := m.Slot
			out.Slot = &slot
		}
		p.Meetings = append(p.Meetings, out)
	}
	acts, err := s.NextSteps(e.asOf, pol, mon)
	if err != nil {
		return e.locate(err)
	}
	p.NextSteps = []Step{}
	for _, a := range acts {
		p.NextSteps = append(p.NextSteps, Step{
			What: a.What, Who: a.Who, Kind: a.Kind, Step: a.Step, From: a.From, By: a.By, Soon: a.Soon,
			Overdue: a.Overdue, Optional: a.Optional, Rule: a.Rule.ID, Clause: a.Rule.Clause, Text: a.String(),
		})
	}
	p.Findings = findings(s.Findings)
	p.Findings = append(p.Findings, e.discounts(s)...)
	p.Findings = append(p.Findings, e.linked(s, pol)...)
	p.Duties = []Duty{}
	for _, rec := range stages.Records(events) {
		p.Duties = append(p.Duties, Duty{Event: rec.Event, ID: rec.ID, Kind: rec.Kind, Date: rec.Date, Rule: rec.Rule.ID, Clause: rec.Rule.Clause, Text: rec.Summary})
	}
	levels, err := s.ServiceLevels(e.asOf, pol)
	if err != nil {
		return e.locate(err)
	}
	p.ServiceLevels = []ServiceLevel{}
	for _, x := range levels {
		p.ServiceLevels = append(p.ServiceLevels, ServiceLevel{What: x.What, Due: x.Due, Done: x.Done, Status: x.Status, Rule: x.Rule.ID, Clause: x.Rule.Clause, Text: x.String()})
	}
	if s.Stage != stages.NoStage && !s.Since.IsZero() {
		since, err := e.m.Since(s.Since)
		if err != nil {
			return e.locate(err)
		}
		ss := &SinceStage{From: s.Since, Counting: e.in.Policies.Triggers.Counting}
		if ss.Status, ss.Headroom, err = statusOf(since, e.asOf); err != nil {
			return e.locate(err)
		}
		whole, err := e.m.Evaluate(e.asOf)
		if err != nil {
			return e.locate(err)
		}
		counted, err := since.Evaluate(e.asOf)
		if err != nil {
			return e.locate(err)
		}
		ss.Readings = Readings(whole, counted)
		e.r.Triggers.SinceStage = ss
	}
	return nil
}

func (e *evaluation) checks() error {
	e.r.Checks = []Check{}
	for i := range e.h.Episodes {
		var checks []absence.Check
		cert, err := e.h.Certification(i, e.asOf)
		if err != nil {
			return e.locate(err)
		}
		checks = append(checks, cert.Checks...)
		e.r.Episodes[i].Findings = append(e.r.Episodes[i].Findings, findings(cert.DecisionFindings)...)
		e.fitNotes(cert)
		closing, err := e.h.Closing(i, e.asOf)
		if err != nil {
			return e.locate(err)
		}
		e.r.Recording.Findings = append(e.r.Recording.Findings, findings(closing.Findings)...)
		if !closing.ExpectedReturn.IsZero() || !closing.ReportedFit.IsZero() || len(closing.Findings) > 0 {
			e.r.Recording.Closing = append(e.r.Recording.Closing, Closing{Episode: i + 1, ExpectedReturn: closing.ExpectedReturn,
				ReportedFit: closing.ReportedFit, StillAbsent: closing.StillAbsent, PastFit: closing.PastFit, NotClosed: closing.NotClosed})
		}
		rtw, err := e.h.ReturnToWork(i, e.asOf)
		if err != nil {
			return e.locate(err)
		}
		checks = append(checks, rtw.Interview)
		record, err := e.h.InterviewRecord(i, e.asOf)
		if err != nil {
			return e.locate(err)
		}
		checks = append(checks, record.Check)
		facts := e.facts(i)
		ref, err := e.h.Referral(i, facts.Referral, e.asOf)
		if err != nil {
			return e.locate(err)
		}
		checks = append(checks, ref.Checks...)
		contact, err := e.h.ContactWith(i, facts.Contacts, e.state.Contact, e.asOf)
		if err != nil {
			return e.locate(err)
		}
		checks = append(checks, contact.Checks...)
		training, err := e.h.Training(i, e.asOf)
		if err != nil {
			return e.locate(err)
		}
		checks = append(checks, training...)
		recovery, err := e.h.Recovery(i, e.asOf)
		if err != nil {
			return e.locate(err)
		}
		for _, x := range recovery {
			e.r.Episodes[i].Findings = append(e.r.Episodes[i].Findings, findings([]absence.Finding{x.Finding})...)
			e.r.Episodes[i].Recovery = append(e.r.Episodes[i].Recovery, Recovery{Expected: x.Expected, Actual: x.Actual, Over: x.Over, Beyond: x.Beyond})
		}
		for _, c := range checks {
			e.r.Checks = append(e.r.Checks, Check{
				Episode: i + 1, Task: c.Task, Rule: c.Rule.ID, Clause: c.Rule.Clause, What: c.What,
				Due: c.Due, Done: c.Done, Status: c.Status, Text: c.String(),
			})
		}
	}
	return nil
}

// facts gathers the referral and contact facts of episode i from its
// records: the earliest of each date, every contact.
func (e *evaluation) facts(i int) casefile.Facts {
	var out casefile.Facts
	out.Referral.Calendar = absence.EnglandAndWales()
	earliest := func(dst *absence.Date, d absence.Date) {
		if !d.IsZero() && (dst.IsZero() || d.Before(*dst)) {
			*dst = d
		}
	}
	for _, ri := range e.h.Episodes[i].Records {
		f := e.in.Facts[e.index[ri]]
		earliest(&out.Referral.Referred, f.Referral.Referred)
		earliest(&out.Referral.Contacted, f.Referral.Contacted)
		earliest(&out.Referral.SurgeryKnown, f.Referral.SurgeryKnown)
		out.Contacts = append(out.Contacts, f.Contacts...)
	}
	return out
}

func (e *evaluation) pay() error {
	in := e.c.Pay
	if in == nil {
		return nil
	}
	pol := e.in.Policies.Payroll
	out := &Pay{}
	e.r.Pay = out
	if !in.ServiceStart.IsZero() && len(e.h.Episodes) > 0 {
		sps, err := pol.SickPays(e.h, in.ServiceStart, in.Prior, in.EmploymentEnds)
		if err != nil {
			return e.locatePay(err)
		}
		var ssp payroll.SSP
		if in.DayPay != nil {
			ssp, err = pol.SSP(payroll.SSPInput{
				Incapacity: payroll.Incapacity(e.h), Schedule: e.h.Employee.Schedule,
				Earnings: in.Earnings, EmploymentEnds: in.EmploymentEnds,
			})
			if err != nil {
				return e.locatePay(err)
			}
			out.SSP = money(ssp.Total)
			for _, x := range ssp.Exclusions {
				out.SSPExclusions = append(out.SSPExclusions, SSPExclusion{Reason: x.Reason.String(), PIW: x.PIW, From: x.From,
					Until: x.Until, LastPaid: x.LastPaid, Weeks: x.Weeks.StringFixed(2), Due: x.Due,
					Finding: Finding{Rule: x.Finding.Rule.ID, Clause: x.Finding.Rule.Clause, Text: x.Finding.Text}})
			}
		}
		for i, sp := range sps {
			item := SickPay{
				Episode: i + 1, FirstDay: sp.FirstDay, ServiceYears: sp.ServiceYears, Entitlement: sp.Entitlement,
				Used: sp.Used, Available: sp.Available, Remaining: sp.Remaining, Runs: nonNil(sp.Runs),
				Findings: findings(sp.Findings),
			}
			if day, ok := sp.StatusOn(e.asOf); ok {
				item.Status = day.Status.String()
				if code, err := day.Status.MarshalText(); err == nil {
					item.Status = string(code)
				}
			}
			if in.DayPay != nil && len(sp.Days) > 0 {
				cert, err := e.h.Certification(i, e.asOf)
				if err != nil {
					return e.locate(err)
				}
				st, err := pol.Statement(payroll.StatementInput{
					SickPay: sp, SSP: ssp, DayPay: *in.DayPay, PayOn: in.PayOn,
					Certification: payroll.Certification{Uncovered: cert.Uncovered},
				})
				if err != nil {
					return e.locatePay(err)
				}
				item.Paid, item.SSP, item.TopUp, item.Withheld = money(st.Total.Paid), money(st.Total.SSP), money(st.Total.TopUp), money(st.Total.Withheld)
				item.Findings = append(item.Findings, findings(st.Findings)...)
			}
			if prev := lastWithDays(sps[:i]); prev >= 0 {
				item.Change, item.StepUp = SickPayChange(sps[prev], sp, in.ServiceStart)
			}
			out.SickPay = append(out.SickPay, item)
		}
	}
	if in.Injury != nil {
		ia, err := pol.InjuryAllowance(*in.Injury)
		if err != nil {
			return e.c.Locate("pay.injury"+fieldOf(err), err)
		}
		inj := &Injury{Window: ia.Window, Payments: []InjuryPayment{}, Total: money(ia.Total), Findings: findings(ia.Findings)}
		for i, p := range ia.Payments {
			pay := InjuryPayment{
				Period: p.Period, Target: money(p.Target), Shortfall: money(p.Shortfall), Allowance: money(p.Allowance), Text: p.Finding.String(),
			}
			if !in.Injury.Periods[i].PaidOn.IsZero() {
				pay.Paid, pay.Overpaid = money(p.Paid), money(p.Overpaid)
			}
			inj.Payments = append(inj.Payments, pay)
		}
		if in.Injury.Claim != nil {
			inj.Overpaid = money(ia.Overpaid)
			for _, s := range ia.Steps {
				inj.Steps = append(inj.Steps, InjuryStep{Who: s.Who, What: s.What, Rule: s.Rule.ID, Clause: s.Rule.Clause})
			}
		}
		out.InjuryAllowance = inj
	}
	if in.Redeployment != nil {
		rp, err := e.redeploymentPay(*in.Redeployment)
		if err != nil {
			return err
		}
		out.Redeployment = rp
	}
	return nil
}

// redeploymentPay works out the first pay period in the new post
// (STAGE-20), its first day from the case's transfer when the case file
// leaves it out.
func (e *evaluation) redeploymentPay(in payroll.RedeploymentPayInput) (*RedeploymentPay, error) {
	var from []Finding
	if tr := e.state.Redeployment.Transfer; in.Starts.IsZero() && tr != nil && !tr.Starts.IsZero() {
		in.Starts = tr.Starts
		post := tr.Post
		if absence.QuoteID(post) == "" {
			post = "(not shown)"
		}
		from = append(from, Finding{Rule: "STAGE-20", Clause: "HR14 §5.6.3",
			Text: fmt.Sprintf("the first day in the new post is the one the case records for the internal transfer to post %s (%s)", post, tr.Starts)})
	}
	rp, err := e.in.Policies.Payroll.RedeploymentPay(in)
	if err != nil {
		return nil, e.c.Locate("pay.redeployment"+fieldOf(err), err)
	}
	return &RedeploymentPay{Period: rp.Period, Starts: in.Starts, Days: rp.Days, PreviousDays: rp.PreviousDays, NewDays: rp.NewDays,
		Previous: money(rp.Previous), New: money(rp.New), Total: money(rp.Total), Change: money(rp.Change),
		Findings: append(findings(rp.Findings), from...)}, nil
}

func (e *evaluation) pension() error {
	if e.c.Pension == nil {
		return nil
	}
	m, linked := e.memberFromCase(*e.c.Pension)
	a, err := pension.Assess(m, e.in.Policies.Pension)
	if err != nil {
		return e.c.Locate("pension"+fieldOf(err), err)
	}
	out := &Pension{Status: m.Status, Leaving: m.Leaving, Eligible: a.Eligible(), Tier: a.Tier, Retires: a.Retires, Age: a.Age,
		Findings: append(findings(a.Findings), linked...)}
	if l := a.Legacy; l != nil {
		out.Legacy = &LegacyAward{Section: l.Section, Membership: l.Membership, Prospective: l.Prospective, Enhancement: l.Enhancement, Total: l.Total}
		if l.Awarded != nil {
			out.Legacy.Pension, out.Legacy.LumpSum = money(l.Awarded.Pension), money(l.Awarded.LumpSum)
		}
		if l.Tier1 != nil {
			out.Legacy.Tier1Pension = money(l.Tier1.Pension)
		}
	}
	if s := a.Scheme2015; s != nil {
		out.Scheme2015 = &Award2015{Assumed: s.Assumed, BuiltUp: money(s.BuiltUp), Addition: money(s.Addition), Pension: money(s.Pension)}
	}
	e.r.Pension = out
	return nil
}

// memberFromCase links the pension member to the case's events
// (STAGE-21, STAGE-22): the reason for leaving the events record when the
// case file gives none (PEN-9), and findings where the two disagree.
func (e *evaluation) memberFromCase(m pension.Member) (pension.Member, []Finding) {
	var out []Finding
	l, on, rule := e.state.Leaving()
	switch {
	case l == pension.LeavingNotRecorded:
	case m.Leaving == pension.LeavingNotRecorded:
		m.Leaving = l
		out = append(out, Finding{Rule: rule.ID, Clause: rule.Clause,
			Text: fmt.Sprintf("the reason for leaving assessed is the one the case's events record (%s): %s", on, l)})
	case m.Leaving != l:
		out = append(out, Finding{Rule: rule.ID, Clause: rule.Clause,
			Text: fmt.Sprintf("the case file's reason for leaving (%s) differs from the one the case's events record (%s, %s): the case file's is assessed", m.Leaving, on, l)})
	}
	if a := e.state.Application; a != nil && (!a.Given.IsZero() || !a.Sent.IsZero()) && a.Member != m.Status {
		out = append(out, Finding{Rule: "STAGE-21", Clause: "HR14 App 12",
			Text: fmt.Sprintf("the ill-health retirement application on form %s records the member as: %s; the pension member assessed: %s", a.Form, a.Member, m.Status)})
	}
	return m, out
}

// locate places a library error in the case file.
func (e *evaluation) locate(err error) error {
	var ae *absence.InputError
	if errors.As(err, &ae) {
		switch ae.Input {
		case "record":
			if ae.Index >= 0 && ae.Index < len(e.index) {
				// The library counts the records it was given; the file
				// counts its absences (those after the as-of date are not
				// given).
				at := *ae
				at.Index = e.index[ae.Index]
				if ae.Other >= 0 && ae.Other < len(e.index) {
					at.Other = e.index[ae.Other]
				}
				return e.c.Locate(fmt.Sprintf("absences[%d]", at.Index)+dotted(ae.Field), &at)
			}
		case "employee":
			return e.c.Locate("employee"+dotted(ae.Field), err)
		case "schedule", "roster shift":
			return e.c.Locate("employee.schedule", err)
		case "policy":
			return e.c.Locate("policy", err)
		case "contact agreement":
			return e.c.Locate(e.contactEvent(ae.Index), err)
		}
	}
	var te *triggers.InputError
	if errors.As(err, &te) {
		if te.Input == "adjustment" {
			return e.c.Locate("adjustment"+dotted(te.Field), err)
		}
		return e.c.Locate("policy", err)
	}
	var ee *stages.EventError
	if errors.As(err, &ee) && ee.Index >= 0 {
		return e.c.Locate(fmt.Sprintf("events[%d]", ee.Index)+dotted(ee.Field), err)
	}
	var pe *stages.PolicyError
	if errors.As(err, &pe) {
		return e.c.Locate("policy", err)
	}
	return e.c.Locate("", err)
}

// contactEvent returns the case-file path of the k-th contact-agreed event.
func (e *evaluation) contactEvent(k int) string {
	for i, ev := range e.in.Events {
		if ev.Kind == stages.ContactAgreed {
			if k == 0 {
				return fmt.Sprintf("events[%d].contactDays", i)
			}
			k--
		}
	}
	return "events"
}

func (e *evaluation) locatePay(err error) error {
	return e.c.Locate("pay"+fieldOf(err), err)
}

// fieldOf returns the case-file path suffix of a payroll or pension error's
// field, e.g. ".serviceStart".
func fieldOf(err error) string {
	var pe *payroll.InputError
	if errors.As(err, &pe) {
		return dotted(pe.Field)
	}
	var ne *pension.InputError
	if errors.As(err, &ne) {
		return dotted(ne.Field)
	}
	return ""
}

func dotted(field string) string {
	if field == "" {
		return ""
	}
	return "." + casefile.FieldPath(field)
}

// recordName names the absence at index i of the case file: its ID when it
// has the shape of one, else its position from 1 ("#3"), so that text typed
// into an ID field never reaches a report.
func recordName(r absence.Record, i int) string {
	if absence.QuoteID(r.ID) != "" {
		return r.ID
	}
	return fmt.Sprintf("#%d", i+1)
}

func findings(fs []absence.Finding) []Finding {
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		out = append(out, Finding{Rule: f.Rule.ID, Clause: f.Rule.Clause, Text: f.Text})
	}
	return out
}

func money(d decimal.Decimal) string { return d.StringFixed(2) }

// lastWithDays returns the index of the last sick pay with days, or -1.
func lastWithDays(sps []payroll.SickPay) int {
	for i := len(sps) - 1; i >= 0; i-- {
		if len(sps[i].Days) > 0 {
			return i
		}
	}
	return -1
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func unitName(u triggers.Unit) string { return u.String() }

func describeSchedule(s absence.Schedule) string {
	switch w := s.(type) {
	case absence.WeeklyPattern:
		var b strings.Builder
		b.WriteString(w.Mask())
		var hours []string
		seen := map[string]bool{}
		for _, sh := range w.Week() {
			if sh.Hours.IsPositive() && !seen[sh.Hours.String()] {
				seen[sh.Hours.String()] = true
				hours = append(hours, sh.Hours.String()+" h")
			}
		}
		fmt.Fprintf(&b, " (%s)", strings.Join(hours, ", "))
		if _, off := w.HolidaysOff(); off {
			b.WriteString(", bank holidays off")
		}
		return b.String()
	case absence.Roster:
		return fmt.Sprintf("roster of %d shifts", len(w.Shifts()))
	}
	return "schedule"
}

func describeAdjustment(a triggers.Adjustment) string {
	var parts []string
	if a.TRIG1 > 0 {
		parts = append(parts, fmt.Sprintf("TRIG-1 %d episodes", a.TRIG1))
	}
	if a.TRIG2.IsPositive() {
		parts = append(parts, "TRIG-2 "+a.TRIG2.String()+" days")
	}
	if a.TRIG3 > 0 {
		parts = append(parts, fmt.Sprintf("TRIG-3 %d episodes", a.TRIG3))
	}
	if a.TRIG4.IsPositive() {
		parts = append(parts, "TRIG-4 "+a.TRIG4.String()+" days")
	}
	if a.TRIG5 > 0 {
		parts = append(parts, fmt.Sprintf("TRIG-5 %d days", a.TRIG5))
	}
	s := "reasonable adjustment: " + strings.Join(parts, ", ")
	if !a.Agreed.IsZero() {
		s += ", agreed " + a.Agreed.String()
	}
	return s
}

// linked says which absences are linked to the underlying condition the
// case's continuing-absence route follows, and since when (ABS-13,
// STAGE-15).
func (e *evaluation) linked(s stages.State, pol stages.Policy) []Finding {
	if s.Underlying == nil || !s.Underlying.On() {
		return nil
	}
	var names []string
	for i, r := range e.h.Records {
		if r.Evidence.UnderlyingCondition {
			names = append(names, fmt.Sprintf("%s (%s)", recordName(r, e.index[i]), r.Period))
		}
	}
	if len(names) == 0 {
		return nil
	}
	text := fmt.Sprintf("absences %s are linked to the underlying condition Occupational Health advised of on %s: ", strings.Join(names, ", "), s.Underlying.Since)
	if pol.UnderlyingCondition == stages.RouteTriggers {
		text += "the policy keeps triggers progressing the case"
	} else {
		text += "they count towards the triggers, but a trigger reached through them does not by itself make the next formal stage due; HR advice comes first"
	}
	return []Finding{{Rule: "STAGE-15", Clause: "HR14 SAP 1.3, App 14", Text: text}}
}

// discounts says, for each absence discounted as disability-related
// (ABS-7), which decision of the plan discounts it, or that none does
// (STAGE-14: a decision names the absences and the date decided).
func (e *evaluation) discounts(s stages.State) []Finding {
	var out []Finding
	for i, r := range e.h.Records {
		if !r.Evidence.DisabilityDiscounted {
			continue
		}
		f := Finding{Rule: "STAGE-14", Clause: "HR14 App 10, App 3"}
		if pe, ok := s.Discounted(r.Period, e.asOf); ok {
			f.Text = fmt.Sprintf("absence %s (%s) is discounted as disability-related by the decision of %s (plan entry %s)", recordName(r, e.index[i]), r.Period, pe.Decided, pe.Adjustment.ID)
		} else {
			f.Text = fmt.Sprintf("absence %s (%s) is discounted as disability-related, but no decision of the plan names it: record the decision and its date (adjustment-recorded, kind discount-absences)", recordName(r, e.index[i]), r.Period)
		}
		out = append(out, f)
	}
	return out
}
