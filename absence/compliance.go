package absence

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Compliance is a manager's or team's record against the Empactis compliance
// standard (ABS-6, §5.3.8): 80% of call-backs within 24 hours and 80% of
// return-to-work interviews within 72 hours.
type Compliance struct {
	CallBacks  Rate `json:"callBacks"`  // call-backs within 24 hours (TaskCallBack)
	Interviews Rate `json:"interviews"` // interviews within 72 hours (TaskInterview)
}

// A Rate is how many checks of one task were met, against a target share.
type Rate struct {
	Rule Rule `json:"rule"` // ABS-6 (§5.3.8)
	Task Task `json:"task"` // TaskCallBack or TaskInterview
	// Met is the number of checks done in time.
	Met int `json:"met"`
	// Counted is the number of checks whose outcome is settled (met, late or
	// overdue); pending and not-required checks are left out.
	Counted int `json:"counted"`
	// Share is Met / Counted rounded half-up to 4 decimal places (0.6667);
	// zero when nothing was counted. It is for display: OnTarget is decided
	// exactly.
	Share  decimal.Decimal `json:"share"`
	Target decimal.Decimal `json:"target"` // the policy's ComplianceTarget, a share: 0.8
	// OnTarget reports whether Met ≥ Target × Counted, in exact arithmetic.
	// It is true when nothing was counted (no check failed).
	OnTarget bool    `json:"onTarget"`
	Finding  Finding `json:"finding"` // the figure in words, e.g. "4 of 5 call-backs within 24 hours (80%): meeting the 80% target"
}

// Compliance counts the call-back checks ([TaskCallBack]) and interview
// checks ([TaskInterview]) among checks — typically gathered from
// [History.Notification] and [History.ReturnToWork] across a team and a
// reporting period chosen by the host — against p.ComplianceTarget. Other
// checks are ignored.
//
// It fails with [ErrInvalidPolicy] for an invalid p.
func (p Policy) Compliance(checks []Check) (Compliance, error) {
	if err := p.Validate(); err != nil {
		return Compliance{}, err
	}
	cb := Rate{Rule: ruleCompliance, Task: TaskCallBack, Target: p.ComplianceTarget}
	iv := Rate{Rule: ruleCompliance, Task: TaskInterview, Target: p.ComplianceTarget}
	for _, c := range checks {
		var r *Rate
		switch c.Task {
		case TaskCallBack:
			r = &cb
		case TaskInterview:
			r = &iv
		default:
			continue
		}
		if !c.Status.Decided() {
			continue
		}
		r.Counted++
		if c.Status == Met {
			r.Met++
		}
	}
	cb.finish("call-backs within " + plural(p.CallBackHours, "hour"))
	iv.finish("return-to-work interviews within " + plural(p.InterviewHours, "hour"))
	return Compliance{CallBacks: cb, Interviews: iv}, nil
}

func (r *Rate) finish(what string) {
	hundred := decimal.NewFromInt(100)
	target := r.Target.Mul(hundred).String() + "%"
	if r.Counted == 0 {
		r.Share, r.OnTarget = decimal.Zero, true
		r.Finding = Finding{r.Rule, fmt.Sprintf("no %s were due: nothing to measure against the %s target", what, target)}
		return
	}
	met, counted := decimal.NewFromInt(int64(r.Met)), decimal.NewFromInt(int64(r.Counted))
	r.Share = met.DivRound(counted, 4)
	r.OnTarget = met.GreaterThanOrEqual(r.Target.Mul(counted))
	verdict := "meeting"
	if !r.OnTarget {
		verdict = "below"
	}
	r.Finding = Finding{r.Rule, fmt.Sprintf("%d of %d %s (%s%%): %s the %s target",
		r.Met, r.Counted, what, met.Mul(hundred).DivRound(counted, 2).String(), verdict, target)}
}
