package payroll

import (
	"fmt"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// The clauses of the Injury Allowance claim rules (PAY-11 … PAY-14).
const (
	clauseEvidence    = "HR14 §20, App 4; AfC 22.5"
	clauseInjuryClaim = "HR14 §20, App 4; AfC 22.4"
	clauseDispute     = "HR14 §20; AfC 22.4"
	clauseBenefits    = "HR14 §20"
)

// An InjuryStep is something outstanding on an Injury Allowance claim: who
// must act, what, and the rule that asks for it.
type InjuryStep struct {
	Who  Role         `json:"who"`  // who must act
	What string       `json:"what"` // the step in words, for a dashboard or a letter
	Rule absence.Rule `json:"rule"` // the rule that asks for it, with its clause
}

// String returns the step in one line, e.g. "line manager: obtain the
// Occupational Health report — PAY-11 (HR14 §20, App 4; AfC 22.5)".
func (s InjuryStep) String() string {
	return s.Who.String() + ": " + s.What + " — " + s.Rule.String()
}

// claimState is what the claim (or, without one, InjuryInput.Attributable)
// means for the allowance.
type claimState struct {
	claim        *InjuryClaim    // nil: no claim record
	decision     *InjuryDecision // nil: none recorded
	attributable bool            // decided attributable: the allowance is paid
	awaited      bool            // a claim whose decision is awaited
	commences    absence.Date    // the day payment commences; zero: not recorded
}

func claimOf(in InjuryInput) claimState {
	if in.Claim == nil {
		return claimState{attributable: in.Attributable}
	}
	c := claimState{claim: in.Claim, decision: in.Claim.Decision}
	if d := c.decision; d != nil {
		c.attributable = d.Attributable
		if d.Attributable {
			c.commences = d.PaymentFrom
		}
	} else {
		c.awaited = true
	}
	return c
}

// checkPaid refuses a pay period recorded as paid when no allowance could
// have been: without an attributable decision, or before it.
func (c claimState) checkPaid(in InjuryInput) error {
	for i, ip := range in.Periods {
		if ip.PaidOn.IsZero() {
			continue
		}
		field := fmt.Sprintf("Periods[%d].PaidOn", i)
		switch {
		case !c.attributable:
			return inputErr("injury allowance", i, field, ErrContradiction, "Injury Allowance is paid only on a decision that the absence is attributable")
		case c.decision != nil && ip.PaidOn.Before(c.decision.Decided):
			return inputErr("injury allowance", i, field, ErrDateOrder, ip.PaidOn.String()+" is before the decision on "+c.decision.Decided.String())
		}
	}
	return nil
}

// benefits returns the benefits counted for a pay period: its own Benefits
// and each contributory benefit received that the claim declares, shared
// out by the calendar days of its period that fall in the pay period. With
// by not zero, only the benefits declared on or before by. unit is 1.
func (c claimState) benefits(ip InjuryPeriod, by absence.Date, unit decimal.Decimal) ratio {
	sum := ratio{ip.Benefits, unit}
	if c.claim == nil {
		return sum
	}
	for _, b := range c.claim.Benefits {
		if !b.counted() || (!by.IsZero() && b.Declared.After(by)) {
			continue
		}
		if r, ok := b.Period.Intersect(ip.Period); ok {
			sum = sum.plus(over(b.Amount.Mul(decimal.NewFromInt(int64(r.Days()))), int64(b.Period.Days())))
		}
	}
	return sum
}

// summary is the first finding: whether the allowance is paid, and when.
func (c claimState) summary(window absence.Period, pct, source, cut string) absence.Finding {
	switch {
	case c.awaited:
		return find("PAY-12", clauseInjuryClaim,
			"The claim awaits the line manager's decision, with HR advice, on whether the absence is wholly or mainly attributable to NHS employment and when payment commences: no Injury Allowance until then")
	case !c.attributable && c.decision == nil:
		return find("PAY-3", clauseInjury,
			"The employer has not decided that the condition is wholly or mainly attributable to NHS employment: no Injury Allowance")
	case !c.attributable:
		return find("PAY-3", clauseInjury,
			"On %s %s decided that the absence is not wholly or mainly attributable to NHS employment: no Injury Allowance",
			c.decision.Decided, c.decision.By.the())
	}
	who := "the employer's decision"
	if d := c.decision; d != nil {
		who = fmt.Sprintf("decided on %s by %s", d.Decided, d.By.the())
	}
	if window.IsZero() {
		return find("PAY-3", clauseInjury,
			"Wholly or mainly attributable to NHS employment (%s), but no day is left in which Injury Allowance can run (until %s): no Injury Allowance",
			who, cut)
	}
	return find("PAY-3", clauseInjury,
		"Wholly or mainly attributable to NHS employment (%s): Injury Allowance tops up to %s of pay from %s until %s (%s)",
		who, pct, window.Start, window.End, source)
}

// review adds the claim's findings and steps: the decision (PAY-12), the
// incident and evidence (PAY-11), the benefits (PAY-13) and overpayments
// (PAY-14).
func (c claimState) review(p Policy, in InjuryInput, out *InjuryAllowance) {
	r := reviewer{out: out}
	c.reviewDecision(in, &r)
	c.reviewIncident(p, &r)
	c.reviewEvidence(p, &r)
	c.reviewBenefits(&r)
	c.reviewOverpayments(in, &r)
}

// reviewer collects findings and steps.
type reviewer struct{ out *InjuryAllowance }

func (r *reviewer) find(id, clause, format string, args ...any) {
	r.out.Findings = append(r.out.Findings, find(id, clause, format, args...))
}

func (r *reviewer) step(who Role, id, clause, format string, args ...any) {
	r.out.Steps = append(r.out.Steps, InjuryStep{Who: who, What: fmt.Sprintf(format, args...), Rule: absence.Rule{ID: id, Clause: clause}})
}

func (c claimState) reviewDecision(in InjuryInput, r *reviewer) {
	d := c.decision
	if d == nil {
		r.step(RoleLineManager, "PAY-12", clauseInjuryClaim,
			"decide, with HR advice, whether the absence is wholly or mainly attributable to NHS employment and, if it is, when payment of Injury Allowance commences")
		return
	}
	outcome := "not wholly or mainly attributable to NHS employment"
	if d.Attributable {
		outcome = "wholly or mainly attributable to NHS employment"
	}
	r.find("PAY-12", clauseInjuryClaim, "Decided on %s by %s, on the balance of probability: %s", d.Decided, d.By.the(), outcome)
	if d.By != RoleLineManager {
		r.find("PAY-12", clauseInjuryClaim, "The decision was made by %s: §20 gives it to the line manager, with advice and support from HR", d.By.the())
	}
	switch {
	case d.HRAdvice.IsZero():
		r.find("PAY-12", clauseInjuryClaim, "No HR advice is recorded for the decision: §20 has the line manager decide with advice and support from HR")
	case d.HRAdvice.After(d.Decided):
		r.find("PAY-12", clauseInjuryClaim, "HR advised on %s, after the decision on %s: §20 has the decision made with HR advice", d.HRAdvice, d.Decided)
	default:
		r.find("PAY-12", clauseInjuryClaim, "HR advised on %s", d.HRAdvice)
	}
	if d.Attributable {
		switch {
		case d.PaymentFrom.IsZero():
			r.find("PAY-12", clauseInjuryClaim,
				"The day payment of Injury Allowance commences is not recorded (App 4): the allowance is worked out from the first day of the episode, %s", in.Start)
			r.step(RoleLineManager, "PAY-12", clauseInjuryClaim, "record the day payment of Injury Allowance commences (App 4)")
		case d.PaymentFrom == in.Start:
			r.find("PAY-12", clauseInjuryClaim, "Payment of Injury Allowance commences on %s, the first day of the episode (App 4)", d.PaymentFrom)
		default:
			r.find("PAY-12", clauseInjuryClaim, "Payment of Injury Allowance commences on %s, %s after the first day of the episode on %s (App 4)",
				d.PaymentFrom, plural(d.PaymentFrom.DaysSince(in.Start), "day"), in.Start)
		}
	}
	if !d.Disputed.IsZero() {
		r.find("PAY-12", clauseDispute,
			"The employee disagreed with the decision on %s: a disagreement about Injury Allowance is dealt with under the trust's Grievance and Disputes Policy (HR03), not this policy",
			d.Disputed)
	}
}

func (c claimState) reviewIncident(p Policy, r *reviewer) {
	inc := c.claim.Incident
	switch {
	case inc == nil:
		r.find("PAY-11", clauseEvidence,
			"No accident or adverse incident is recorded (a disease or other health condition): no incident form or accident report is needed; if there was an incident, §20 requires its form to be completed immediately")
	case inc.Report == "":
		r.find("PAY-11", clauseEvidence, "No accident/adverse incident form is recorded for the incident on %s: §20 requires one, completed immediately after the incident", inc.Date)
		r.step(RoleLineManager, "PAY-11", clauseEvidence, "complete the accident/adverse incident form for the incident on %s and record its reference", inc.Date)
	case inc.Reported.IsZero():
		r.find("PAY-11", clauseEvidence, "Incident form %s for the incident on %s (the day it was completed is not recorded)", inc.Report, inc.Date)
	case inc.Reported.DaysSince(inc.Date) <= p.Injury.ReportDays:
		r.find("PAY-11", clauseEvidence, "Incident form %s completed on %s for the incident on %s: immediately, as §20 requires", inc.Report, inc.Reported, inc.Date)
	default:
		r.find("PAY-11", clauseEvidence,
			"Incident form %s completed on %s, %s after the incident on %s: later than §20's \"immediately\" (within %s)",
			inc.Report, inc.Reported, plural(inc.Reported.DaysSince(inc.Date), "day"), inc.Date, plural(p.Injury.ReportDays, "day"))
	}
}

// evidenceState is what is known of one kind of evidence.
type evidenceState struct {
	kind      EvidenceKind
	required  bool
	requested absence.Date // the earliest request; zero: none recorded
	received  absence.Date // the earliest receipt; zero: not held
}

func earliest(a, b absence.Date) absence.Date {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}

// evidence returns the state of each kind required or recorded, in the
// order of EvidenceKind.
func (c claimState) evidence(p Policy) []evidenceState {
	var by [numEvidenceKinds]evidenceState
	seen := [numEvidenceKinds]bool{}
	for _, k := range p.Injury.Evidence {
		if k == EvidenceAccidentReport && c.claim.Incident == nil {
			continue
		}
		by[k].required, seen[k] = true, true
	}
	for _, e := range c.claim.Evidence {
		s := &by[e.Kind]
		seen[e.Kind] = true
		s.requested = earliest(s.requested, e.Requested)
		s.received = earliest(s.received, e.Received)
	}
	var out []evidenceState
	for k := EvidenceKind(1); k < numEvidenceKinds; k++ {
		if seen[k] {
			by[k].kind = k
			out = append(out, by[k])
		}
	}
	return out
}

func (c claimState) reviewEvidence(p Policy, r *reviewer) {
	var held, outstanding, late []string
	for _, e := range c.evidence(p) {
		switch {
		case !e.received.IsZero():
			held = append(held, fmt.Sprintf("%s (received %s)", e.kind, e.received))
		case !e.requested.IsZero():
			outstanding = append(outstanding, fmt.Sprintf("%s (requested %s)", e.kind, e.requested))
		default:
			outstanding = append(outstanding, fmt.Sprintf("%s (not yet requested)", e.kind))
		}
		if d := c.decision; d != nil && (e.required || !e.requested.IsZero()) && (e.received.IsZero() || e.received.After(d.Decided)) {
			late = append(late, e.kind.String())
		}
		if c.decision == nil && e.received.IsZero() {
			who, verb := RoleLineManager, "obtain"
			if e.kind.fromEmployee() {
				who, verb = RoleEmployee, "provide"
			}
			r.step(who, "PAY-11", clauseEvidence, "%s %s for the decision on the claim", verb, e.kind)
		}
	}
	text := "Evidence for the decision (§20): "
	switch {
	case len(held) == 0 && len(outstanding) == 0:
		text += "none asked for or held"
	case len(outstanding) == 0:
		text += "held: " + strings.Join(held, "; ")
	case len(held) == 0:
		text += "outstanding: " + strings.Join(outstanding, "; ")
	default:
		text += "held: " + strings.Join(held, "; ") + ". Outstanding: " + strings.Join(outstanding, "; ")
	}
	r.find("PAY-11", clauseEvidence, "%s", text)
	if len(late) > 0 {
		r.find("PAY-11", clauseEvidence, "The decision on %s was made without %s", c.decision.Decided, strings.Join(late, ", "))
	}
}

func (c claimState) reviewBenefits(r *reviewer) {
	bs := c.claim.Benefits
	if len(bs) == 0 {
		if c.attributable {
			r.find("PAY-13", clauseBenefits,
				"No state benefit is declared: §20 expects anyone receiving Injury Allowance to claim every benefit they may be eligible for and to tell the trust of those received or applied for")
			r.step(RoleEmployee, "PAY-13", clauseBenefits,
				"claim the state benefits they may be eligible for, tell payroll of any applied for or received, and send payroll the benefit statements")
		}
		return
	}
	for i, b := range bs {
		applied := ""
		if !b.Applied.IsZero() {
			applied = " applied for on " + b.Applied.String() + ","
		}
		switch b.Status {
		case BenefitApplied:
			r.find("PAY-13", clauseBenefits, "Benefit %d (%s),%s declared on %s: the outcome is awaited", i+1, b.Kind, applied, b.Declared)
			r.step(RoleEmployee, "PAY-13", clauseBenefits, "send payroll the statement of benefit %d (%s, declared on %s) when it is decided", i+1, b.Kind, b.Declared)
		case BenefitRefused:
			r.find("PAY-13", clauseBenefits, "Benefit %d (%s),%s declared on %s: refused, nothing counted", i+1, b.Kind, applied, b.Declared)
		case BenefitReceived:
			counted := "counted in the Injury Allowance, shared out over the pay periods by calendar days"
			if !b.counted() {
				counted = "not a contributory benefit: recorded, not counted"
			}
			r.find("PAY-13", clauseBenefits, "Benefit %d (%s),%s received: %s for %s, declared on %s: %s",
				i+1, b.Kind, applied, money(b.Amount), b.Period, b.Declared, counted)
		default: // validated: not reached
		}
	}
}

func (c claimState) reviewOverpayments(in InjuryInput, r *reviewer) {
	if !r.out.Overpaid.IsPositive() {
		return
	}
	for i, pay := range r.out.Payments {
		if !pay.Overpaid.IsPositive() {
			continue
		}
		ip := in.Periods[i]
		var late []string
		for j, b := range c.claim.Benefits {
			if b.counted() && b.Declared.After(ip.PaidOn) && b.Period.Overlaps(ip.Period) {
				late = append(late, fmt.Sprintf("benefit %d (declared on %s)", j+1, b.Declared))
			}
		}
		r.find("PAY-14", clauseBenefits, "%s: paid %s on %s; with %s, declared after that, the allowance is %s: overpaid %s",
			pay.Period, money(pay.Paid), ip.PaidOn, strings.Join(late, " and "), money(pay.Allowance), money(pay.Overpaid))
	}
	r.find("PAY-14", clauseBenefits,
		"Injury Allowance overpaid %s in all, because benefits received were declared after the pay periods they cover had been paid: it is to be recovered. §20 also says the trust treats a failure to declare benefits received as fraud; whether that applies here is for HR to consider, and hr14 draws no conclusion",
		money(r.out.Overpaid))
	r.step(RolePayroll, "PAY-14", clauseBenefits, "recover the Injury Allowance overpaid, %s", money(r.out.Overpaid))
}
