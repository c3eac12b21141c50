package absence

import (
	"fmt"
	"time"
)

// ComplexCase holds the criteria under which a referral may go to OH Plus,
// an Occupational Health provider's referral service for complex cases
// (ABS-9). The criteria are the provider's terms of service (Optima
// Health's for NHS Blood and Transplant, [OptimaHealthOHPlus]), not HR14
// text. The host sets the flags that hold, on the manager's judgement; hr14
// does not infer them.
type ComplexCase struct {
	// NoProgress: no progress since the last OH report and no return-to-work
	// date in sight, after several months of absence.
	NoProgress bool `json:"noProgress,omitempty"`
	// WrongAdvice: the last OH report gave wrong advice and may have hindered
	// the case.
	WrongAdvice bool `json:"wrongAdvice,omitempty"`
	// NoInsight: the employee does not understand or acknowledge their
	// problems, so a normal referral may find them "fine" or unrealistically
	// positive.
	NoInsight bool `json:"noInsight,omitempty"`
	// ComplexCondition: the condition is highly complex and not well known,
	// so no one is sure of the prognosis or the impact on work.
	ComplexCondition bool `json:"complexCondition,omitempty"`
	// DisputedAdvice: the employee disputes the OH advice, or the OH advice
	// contradicted GP or specialist advice.
	DisputedAdvice bool `json:"disputedAdvice,omitempty"`
	// PanelUnclear: a panel meeting is expected, but the current advice is not
	// clear either way about the medium or long-term prognosis.
	PanelUnclear bool `json:"panelUnclear,omitempty"`
}

// OHPlus says whether an OH Plus referral may be appropriate, and on which
// criteria.
type OHPlus struct {
	Appropriate bool `json:"appropriate"` // at least one criterion holds
	// Criteria are the codes of the criteria that hold, e.g. "no-progress".
	Criteria []string  `json:"criteria"`
	Findings []Finding `json:"findings"` // one per criterion that holds, or why none does
}

// OHPlus returns whether c makes an OH Plus referral appropriate: when any
// criterion holds. Its findings cite the terms of [OptimaHealthOHPlus],
// whose criteria these are; [Policy.OHPlus] first asks whether the Trust's
// provider offers OH Plus at all.
func (c ComplexCase) OHPlus() OHPlus { return c.ohPlus(OptimaHealthOHPlus().rule()) }

// OHPlus returns whether c makes a referral to OH Plus appropriate under
// p's OH provider (Policy.OHProvider): when the provider offers OH Plus and
// any criterion holds. Its findings cite the provider's terms.
//
// It fails with [ErrInvalidPolicy] for an invalid p.
func (p Policy) OHPlus(c ComplexCase) (OHPlus, error) {
	if err := p.Validate(); err != nil {
		return OHPlus{}, err
	}
	prov := p.OHProvider
	if !prov.OHPlus {
		return OHPlus{Findings: []Finding{{prov.rule(),
			"the terms of " + prov.name() + " offer no OH Plus service for complex cases: a normal referral"}}}, nil
	}
	return c.ohPlus(prov.rule()), nil
}

// ohPlus judges the criteria of c, citing rule.
func (c ComplexCase) ohPlus(rule Rule) OHPlus {
	var o OHPlus
	for _, k := range []struct {
		on         bool
		code, text string
	}{
		{c.NoProgress, "no-progress", "no progress since the last OH report and no return-to-work date in sight after several months of absence"},
		{c.WrongAdvice, "wrong-advice", "the last OH report gave wrong advice and may have hindered the case"},
		{c.NoInsight, "no-insight", "the employee does not understand or acknowledge their problems, so a normal referral may find them unrealistically positive"},
		{c.ComplexCondition, "complex-condition", "the condition is highly complex and not well known: prognosis and impact on work are unclear"},
		{c.DisputedAdvice, "disputed-advice", "the employee disputes the OH advice, or it contradicted GP or specialist advice"},
		{c.PanelUnclear, "panel-unclear", "a panel meeting is expected but current advice is unclear about the medium or long-term prognosis"},
	} {
		if k.on {
			o.Criteria = append(o.Criteria, k.code)
			o.Findings = append(o.Findings, Finding{rule, k.text + ": an OH Plus referral may be appropriate"})
		}
	}
	o.Appropriate = len(o.Criteria) > 0
	if !o.Appropriate {
		o.Findings = append(o.Findings, Finding{rule, "none of the OH Plus criteria holds: a normal referral"})
	}
	return o
}

// OHCancellation is whether cancelling an Occupational Health appointment
// costs the Trust the OH provider's charge for non-attendance (ABS-9): under
// the provider's terms (Policy.OHProvider), not HR14's, a cancellation at
// least CancelHours (48 under [OptimaHealthOHPlus]) before the appointment
// is free and a later one is charged as not attended.
type OHCancellation struct {
	// Check has DueAt the latest free cancellation time. Met: cancelled in
	// time; Late: cancelled later, charged; Pending: not cancelled and still
	// free to; NotRequired: not cancelled, and the free period has passed,
	// or the provider charges nothing (then DueAt is zero).
	Check Check `json:"check"`
	// Charged: the cancellation is charged as a non-attendance.
	Charged bool `json:"charged"`
}

// OHCancellation judges the cancellation at cancelled (zero: not cancelled)
// of an OH appointment starting at appointment, as of asOf, under the terms
// of p's OH provider. The hours are elapsed time and the deadline
// inclusive: cancelling exactly 48 hours ahead is free. The findings cite
// the provider's terms, and HR14 §5.4.3 on not attending.
//
// It fails with [ErrInvalidPolicy] for an invalid p and [ErrNoTime] for a
// zero appointment time.
func (p Policy) OHCancellation(appointment, cancelled, asOf time.Time) (OHCancellation, error) {
	if err := p.Validate(); err != nil {
		return OHCancellation{}, err
	}
	if appointment.IsZero() {
		return OHCancellation{}, inputErr("OH appointment", -1, "", "appointment", ErrNoTime, "")
	}
	prov := p.OHProvider
	const attend = "not attending without a reasonable explanation may lead to disciplinary action"
	if !prov.ChargesNonAttendance {
		c := Check{Task: TaskOHCancellation, Rule: prov.rule(), What: "cancellation of the OH appointment of " + formatTime(appointment), Status: NotRequired}
		c.Findings = []Finding{{prov.rule(), "the terms of " + prov.name() + " set no charge for an appointment not attended or cancelled late"},
			{ruleOHAttendance, "employees are required to attend OH appointments: " + attend}}
		return OHCancellation{Check: c}, nil
	}
	hours := plural(prov.CancelHours, "hour")
	due := appointment.Add(-time.Duration(prov.CancelHours) * time.Hour)
	c := timeCheck(TaskOHCancellation, prov.rule(), "cancellation at least "+hours+" before the OH appointment of "+formatTime(appointment), due, cancelled, asOf)
	o := OHCancellation{Check: c}
	var text string
	switch c.Status {
	case Met:
		text = fmt.Sprintf("cancelled %s, %s the appointment: no charge", formatTime(c.DoneAt), beforeAfter(appointment.Sub(c.DoneAt)))
	case Late:
		o.Charged = true
		text = fmt.Sprintf("cancelled %s, %s the appointment, later than %s before: charged as not attended", formatTime(c.DoneAt), beforeAfter(appointment.Sub(c.DoneAt)), hours)
	case Pending:
		text = fmt.Sprintf("not cancelled; it can be cancelled free of charge until %s", formatTime(due))
	default:
		o.Check.Status = NotRequired
		text = fmt.Sprintf("not cancelled by %s: a later cancellation, or not attending, is charged", formatTime(due))
	}
	o.Check.Findings = append(o.Check.Findings, Finding{prov.rule(), text})
	if o.Check.Status == NotRequired {
		o.Check.Findings = append(o.Check.Findings, Finding{ruleOHAttendance, "employees are required to attend OH appointments: " + attend})
	}
	return o, nil
}
