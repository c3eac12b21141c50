package absence

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// A SelfCertificationDecision is the Trust's decision, taking effect on a
// date, to withdraw an employee's right to self-certify sickness, or to
// restore it (ABS-4, Proc 13). Proc 13 gives examples of grounds (sickness
// during annual leave, frequent short-term absences where no medical advice
// was sought) and asks for advice from HR before the right is withdrawn.
//
// A decision looks forward only: while a withdrawal is in force, sickness
// starting on or after its From day needs a medical certificate (fit note)
// from day 1; an episode whose day 1 came before it keeps days 1–7 that may
// be self-certified, so pay is never withheld (PAY-4) for sickness that was
// properly self-certified when it happened. An employee's decisions are a
// list in date order ([Employee].SelfCertification): withdrawn, later
// restored, withdrawn again.
type SelfCertificationDecision struct {
	// From is the day the decision takes effect. It governs every episode
	// whose day 1 for certification is on or after it, until the next
	// decision takes effect.
	From Date `json:"from"`
	// Withdrawn: true withdraws the right to self-certify; false restores it.
	Withdrawn bool `json:"withdrawn"`
	// HRAdvised is the day advice from HR was taken on the decision
	// (Proc 13). Required for a withdrawal ([ErrNoHRAdvice]); advice taken
	// after From is accepted and reported as a finding, since Proc 13 asks
	// for it before.
	HRAdvised Date `json:"hrAdvised"`
}

// String describes d, e.g. "self-certification withdrawn from 2026-03-02
// (HR advice 2026-02-25)".
func (d SelfCertificationDecision) String() string {
	s := "self-certification restored from " + d.From.String()
	if d.Withdrawn {
		s = "self-certification withdrawn from " + d.From.String()
	}
	if !d.HRAdvised.IsZero() {
		s += " (HR advice " + d.HRAdvised.String() + ")"
	}
	return s
}

// SelfCertificationOn returns the decision on self-certification in force on
// day: the one with the latest From on or before it. ok is false when no
// decision has taken effect by then: the employee may self-certify.
func (e Employee) SelfCertificationOn(day Date) (d SelfCertificationDecision, ok bool) {
	for _, x := range e.SelfCertification {
		if !x.From.After(day) && (!ok || !x.From.Before(d.From)) {
			d, ok = x, true
		}
	}
	return d, ok
}

// validateSelfCertification checks e.SelfCertification: valid dates, in
// strictly increasing order of From, HR advice recorded for a withdrawal.
func (e Employee) validateSelfCertification() error {
	for i, x := range e.SelfCertification {
		field := "SelfCertification[" + strconv.Itoa(i) + "]"
		switch {
		case !x.From.IsValid():
			return inputErr("employee", -1, e.ID, field+".From", ErrInvalidDate, x.From.String())
		case i > 0 && !x.From.After(e.SelfCertification[i-1].From):
			return inputErr("employee", -1, e.ID, field+".From", ErrUnsorted, x.From.String())
		case !x.HRAdvised.IsZero() && !x.HRAdvised.IsValid():
			return inputErr("employee", -1, e.ID, field+".HRAdvised", ErrInvalidDate, x.HRAdvised.String())
		case x.Withdrawn && x.HRAdvised.IsZero():
			return inputErr("employee", -1, e.ID, field+".HRAdvised", ErrNoHRAdvice, x.From.String())
		}
	}
	return nil
}

// selfCertificationText explains the decision d in force on day1, the first
// day of an episode for certification.
func selfCertificationText(d SelfCertificationDecision, day1 Date) string {
	if !d.Withdrawn {
		return fmt.Sprintf("the right to self-certify was restored from %s, on or before day 1 (%s): days 1–7 may be self-certified", d.From, day1)
	}
	s := fmt.Sprintf("the Trust withdrew the right to self-certify from %s, after HR advice on %s: sickness starting on or after that day, as this episode does on %s, needs a fit note from day 1",
		d.From, d.HRAdvised, day1)
	if d.HRAdvised.After(d.From) {
		s += "; the advice was taken after the withdrawal took effect, where Proc 13 asks for it before"
	}
	return s
}

// UnmarshalJSON decodes e from JSON, keeping e's Schedule (which JSON does
// not carry). It refuses the former field "selfCertificationWithdrawn", a
// flag with no date, with an error wrapping [ErrFieldReplaced] that points
// to "selfCertification": read as a withdrawal from an unknown day it would
// withhold pay for sickness properly self-certified before it, and ignored
// it would drop a withdrawal.
func (e *Employee) UnmarshalJSON(b []byte) error {
	type plain Employee // the fields, without this method
	p := plain(*e)
	v := struct {
		*plain
		Former json.RawMessage `json:"selfCertificationWithdrawn"`
	}{plain: &p}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if v.Former != nil {
		return inputErr("employee", -1, p.ID, "selfCertificationWithdrawn", ErrFieldReplaced,
			`use "selfCertification": the decisions to withdraw or restore self-certification, each with "from", "withdrawn" and "hrAdvised"`)
	}
	*e = Employee(p)
	return nil
}
