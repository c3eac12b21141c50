package absence

import (
	"fmt"
	"strconv"
)

// ErrOtherWork: a declaration of other work is incomplete (ABS-22): no day
// it was declared.
const ErrOtherWork Error = "invalid declaration of other work"

// OtherWork is the employee's declaration of secondary employment (ABS-22,
// §5.4.7, Proc 14): work elsewhere that they do, or intend to do, on some
// days. HR14 asks an employee who means to work elsewhere while off sick to
// tell their line manager, and a fit note (or the GP) to confirm they are
// fit for that work. The record holds dates and a flag, never the employer
// or the work: those are the host's to keep.
type OtherWork struct {
	ID string `json:"id,omitempty"` // the host's identifier, used in error messages
	// Period is the days of the other work, both included: a declaration
	// of regular work elsewhere spans the months it runs.
	Period Period `json:"period"`
	// Declared is the day the employee told their line manager. Required.
	Declared Date `json:"declared"`
	// FitNoteCovers: a fit note (or the GP) confirms the employee is fit to
	// do this work while off sick (§5.4.7; Proc 14: "specified and allowed
	// on the GP/Fit note covering that particular absence").
	FitNoteCovers bool `json:"fitNoteCovers,omitempty"`
}

// validateOtherWork checks e.OtherWork: valid periods and declaration days
// in the years hr14 accepts.
func (e Employee) validateOtherWork() error {
	for i, w := range e.OtherWork {
		field := "OtherWork[" + strconv.Itoa(i) + "]"
		if err := w.Period.validate("employee", -1, e.ID, field+".Period"); err != nil {
			return err
		}
		switch {
		case !inYears(w.Period.Start) || !inYears(w.Period.End):
			return inputErr("employee", -1, e.ID, field+".Period", ErrDateRange, w.Period.String())
		case w.Declared.IsZero():
			e := inputErr("employee", -1, e.ID, field+".Declared", ErrOtherWork, "")
			e.Want = "the day the employee told their line manager (§5.4.7)"
			return e
		case !w.Declared.IsValid() || !inYears(w.Declared):
			return inputErr("employee", -1, e.ID, field+".Declared", ErrInvalidDate, w.Declared.String())
		}
	}
	return nil
}

// OtherWorkOverlap is sickness that coincides with declared other work that
// no fit note confirms the employee is fit to do (ABS-22): a finding for
// HR, worded neutrally. The library never concludes that anyone did
// anything wrong: HR considers it, and may involve the Local Counter Fraud
// Specialist.
type OtherWorkOverlap struct {
	Work    int      `json:"work"`    // index of the declaration in Employee.OtherWork
	Days    []Period `json:"days"`    // the days off sick (pay view, rest days included) in the declaration's period
	Finding Finding  `json:"finding"` // for HR, citing ABS-22
}

// otherWorkOf finds, for each declaration of other work that no fit note
// covers, the days off sick in its period (ABS-22).
func otherWorkOf(h *History) []OtherWorkOverlap {
	var out []OtherWorkOverlap
	for k, w := range h.Employee.OtherWork {
		if w.FitNoteCovers {
			continue
		}
		var days []Period
		add := func(runs []Period) {
			for _, p := range runs {
				if q, ok := p.Intersect(w.Period); ok {
					days = append(days, q)
				}
			}
		}
		for _, ep := range h.Episodes {
			add(ep.Pay.Days)
		}
		for _, n := range h.NoShiftLost {
			add(n.Pay.Days)
		}
		if len(days) == 0 {
			continue
		}
		name := "declaration " + strconv.Itoa(k+1)
		if id := QuoteID(w.ID); id != "" {
			name += " " + id
		}
		when := "on " + w.Declared.String()
		if w.Declared.After(days[0].Start) {
			when += ", after the first of these days"
		}
		text := fmt.Sprintf("%s: days off sick that fall in the period of other work the employee declared %s (%s, %s), which no fit note "+
			"is recorded as confirming they are fit to do while off sick (§5.4.7, Proc 14). For HR to consider with the employee; HR may "+
			"share the information with the Local Counter Fraud Specialist. It records dates only and is not a finding of misconduct",
			periodsText(days), when, name, w.Period)
		out = append(out, OtherWorkOverlap{Work: k, Days: days, Finding: Finding{ruleOtherWork, text}})
	}
	return out
}
