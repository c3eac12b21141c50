package stages

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// The records of issue 17 (STAGE-20 … STAGE-24): redeployment in full, the
// ill-health retirement application, resignation, medical suspension and
// the decision on overtime. Like the duties' records they hold categories,
// dates and the host's identifiers and references, never clinical text; a
// reference is never printed.

// Citations of STAGE-20 … STAGE-24 with their clauses in HR14 v16.
var (
	ruleRedeployInfo   = absence.Rule{ID: "STAGE-20", Clause: "HR14 §5.6.3 (information on the redeployment process)"}
	ruleRedeployPost   = absence.Rule{ID: "STAGE-20", Clause: "HR14 §5.6.3 (suitable alternative employment at the same band or below)"}
	ruleTransfer       = absence.Rule{ID: "STAGE-20", Clause: "HR14 §5.6.3, App 3 (internal transfer; Protection of Pay does not apply)"}
	ruleApplication    = absence.Rule{ID: "STAGE-21", Clause: "HR14 App 12 (Requesting ill-health retirement), App 14"}
	ruleApplicationTop = absence.Rule{ID: "STAGE-21", Clause: "HR14 App 14 (Employee is pursuing Ill Health Retirement)"}
	ruleApplicationDef = absence.Rule{ID: "STAGE-21", Clause: "HR14 App 12 (Benefits: a former member, Tier 1)"}
	ruleResignation    = absence.Rule{ID: "STAGE-22", Clause: "HR14 App 14 (resignation after the application is accepted)"}
	ruleLeaving        = absence.Rule{ID: "STAGE-22", Clause: "HR14 App 12 (Qualifying conditions), SAP 1.5, SAP 1.5.2"}
	ruleSuspension     = absence.Rule{ID: "STAGE-23", Clause: "HR14 §4.6"}
	ruleOvertime       = absence.Rule{ID: "STAGE-24", Clause: "HR14 §5.3.6"}
)

// validateRecords17 checks the records of issue 17 an event carries.
func (e *Event) validateRecords17(c *check) {
	if r := e.Redeployment; r != nil {
		_ = valid(r.Band, bandCodes[:], true) || c.fail("Redeployment.Band", "unknown band")
		_ = len(r.Reference) <= maxIDLen || c.fail("Redeployment.Reference", "longer than "+strconv.Itoa(maxIDLen)+" characters")
	}
	if p := e.Post; p != nil {
		p.check(c, e.Date)
	}
	if a := e.Application; a != nil {
		a.check(c)
	}
	for _, ref := range []struct {
		field string
		set   bool
		text  string
	}{
		{"Resignation.Reference", e.Resignation != nil, ref17(e.Resignation, func(r *Resignation) string { return r.Reference })},
		{"Suspension.Reference", e.Suspension != nil, ref17(e.Suspension, func(s *Suspension) string { return s.Reference })},
		{"Overtime.Reference", e.Overtime != nil, ref17(e.Overtime, func(o *Overtime) string { return o.Reference })},
	} {
		_ = !ref.set || len(ref.text) <= maxIDLen || c.fail(ref.field, "longer than "+strconv.Itoa(maxIDLen)+" characters")
	}
	if r := e.Resignation; r != nil {
		_ = c.date("Resignation.LastDay", r.LastDay)
		_ = !r.LastDay.IsValid() || !r.LastDay.Before(e.Date) || c.fail("Resignation.LastDay", "before the resignation")
	}
	if s := e.Suspension; s != nil {
		_ = c.date("Suspension.OHAdvice", s.OHAdvice)
		_ = !s.OHAdvice.IsValid() || !s.OHAdvice.After(e.Date) || c.fail("Suspension.OHAdvice", "after the suspension: advice is sought before it")
		_ = !s.Ended || s.OHAdvice.IsZero() || c.fail("Suspension.OHAdvice", "given when a suspension starts, not when it ends")
	}
	if o := e.Overtime; o != nil {
		_ = c.date("Overtime.HRAdvice", o.HRAdvice) && c.date("Overtime.Until", o.Until)
		switch {
		case o.HRAdvice.IsValid() && o.HRAdvice.After(e.Date):
			c.fail("Overtime.HRAdvice", "after the decision: HR's advice is taken before")
		case !o.Until.IsZero() && !o.Withheld:
			c.fail("Overtime.Until", "only a decision to withhold overtime has an end")
		case o.Until.IsValid() && o.Until.Before(e.Date):
			c.fail("Overtime.Until", "before the decision")
		}
	}
}

// ref17 returns the reference of a record that may be nil.
func ref17[T any](r *T, get func(*T) string) string {
	if r == nil {
		return ""
	}
	return get(r)
}

// record17 summarises an event of issue 17 for [Records]; ok is false for
// other events.
func (e *Event) record17() (absence.Rule, string, bool) {
	switch e.Kind {
	case RedeploymentInformed:
		return ruleRedeployInfo, "information on the Trust's redeployment process given", true
	case RedeploymentPost:
		return e.Post.summary()
	case RetirementApplication:
		return e.Application.summary()
	case Resigned:
		s := "resignation"
		if r := e.Resignation; r != nil && r.NoticeWaived {
			s += "; notice waived"
		}
		if r := e.Resignation; r != nil && !r.LastDay.IsZero() {
			s += "; last day of employment " + r.LastDay.String()
		}
		return ruleResignation, s, true
	case SuspensionRecorded:
		if e.Suspension.Ended {
			return ruleSuspension, "medical suspension ended", true
		}
		s := "medical suspension from duty"
		if !e.Suspension.OHAdvice.IsZero() {
			s += ", after seeking Occupational Health advice on " + e.Suspension.OHAdvice.String()
		}
		return ruleSuspension, s, true
	case OvertimeDecided:
		o := e.Overtime
		if !o.Withheld {
			return ruleOvertime, "decided not to withhold overtime", true
		}
		s := "overtime withheld"
		if !o.Until.IsZero() {
			s += " until " + o.Until.String()
		}
		if !o.HRAdvice.IsZero() {
			s += ", on HR advice of " + o.HRAdvice.String()
		}
		return ruleOvertime, s, true
	default:
		return absence.Rule{}, "", false
	}
}

// records17 lists what the records of issue 17 leave to do while the
// employee is in post: the redeployment register's information and posts,
// a medical suspension and a decision on overtime.
func (n *nexts) records17() {
	if n.s.Resignation != nil || n.s.Dismissed {
		return
	}
	n.redeploymentSteps()
	n.suspensionSteps()
	n.overtimeSteps()
}

// kept17 reports whether an event of kind k may follow the end of the
// employment (a dismissal upheld on appeal, a resignation): the ill-health
// retirement application goes on (App 12: a former member applies too).
func kept17(k Kind) bool { return k == RetirementApplication }
