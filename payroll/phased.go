package payroll

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A Plan is a phased return to work (PAY-2, §22.2, §22.4, §22.5): the
// employee is back at work, working reduced hours week by week.
type Plan struct {
	Start absence.Date `json:"start"` // first day back at work
	End   absence.Date `json:"end"`   // last day of the phased return; full duties from the day after
	// Hours are the hours planned in each week of the plan, one entry a
	// week, each at least 0 and at most the week's scheduled hours: week 1
	// starts on Start, each week is 7 days and the last may be shorter.
	Hours []decimal.Decimal `json:"hours"`
	// Additional are hours booked outside the plan in each week (bank,
	// overtime, unsocial hours, on-call), at most one entry a week; any
	// non-zero entry is refused. May be empty.
	Additional []decimal.Decimal `json:"additional,omitempty"`
	// PhysicianAdvice: the employee's physician advised extending the phased
	// return. Needed, with OHRationale, beyond the policy's normal length
	// (§22.5).
	PhysicianAdvice bool `json:"physicianAdvice,omitempty"`
	// OHRationale: Occupational Health recorded why the extension is
	// beneficial and supportive. Needed, with PhysicianAdvice, beyond the
	// policy's normal length (§22.5).
	OHRationale bool `json:"ohRationale,omitempty"`
	// AnnualLeave is the annual leave outstanding for the current leave
	// year, in hours, at least 0: the hours not worked in an extension are
	// drawn from it and Lieu.
	AnnualLeave decimal.Decimal `json:"annualLeave"`
	// Lieu is the lieu time accrued, in hours, at least 0.
	Lieu decimal.Decimal `json:"lieu"`
	// Schedule is the employee's schedule: the hours of their normal
	// working arrangements.
	Schedule absence.Schedule `json:"-"`
}

// A PlanWeek is one week of a phased return and what it means for pay and
// leave.
type PlanWeek struct {
	Week       absence.Period  `json:"week"`       // the 7 days (fewer for a short last week), both ends included
	Contracted decimal.Decimal `json:"contracted"` // scheduled hours in the week
	Planned    decimal.Decimal `json:"planned"`    // hours to be worked
	NotWorked  decimal.Decimal `json:"notWorked"`  // Contracted − Planned, hours, at least 0
	Extension  bool            `json:"extension"`  // in the extension beyond the normal length
	// Leave is the hours not worked drawn from annual leave: zero outside
	// the extension, where normal pay covers them.
	Leave decimal.Decimal `json:"leave"`
	// Lieu is the hours not worked drawn from lieu time: zero outside the
	// extension. Leave + Lieu = NotWorked in an extension week.
	Lieu decimal.Decimal `json:"lieu"`
	// LeaveLeft is the annual leave balance after the week, in hours.
	LeaveLeft decimal.Decimal `json:"leaveLeft"`
	// LieuLeft is the lieu time balance after the week, in hours.
	LieuLeft decimal.Decimal `json:"lieuLeft"`
	// Finding explains the week's pay and leave (PAY-2).
	Finding absence.Finding `json:"finding"`
}

// PhasedReturn is a validated phased return, week by week.
type PhasedReturn struct {
	Weeks    []PlanWeek        `json:"weeks"`    // one for each entry of Plan.Hours
	Leave    decimal.Decimal   `json:"leave"`    // hours drawn from annual leave in all
	Lieu     decimal.Decimal   `json:"lieu"`     // hours drawn from lieu time in all
	Findings []absence.Finding `json:"findings"` // the plan as a whole (PAY-2)
}

// PhasedReturn validates a phased return plan and reports its pay and leave
// consequences week by week (PAY-2). The employee is back at work, not
// sick, and on normal pay: for up to the policy's PhasedWeeks (4) the hours
// not worked are paid as normal (§22.2, §22.4); an extension of up to
// ExtensionWeeks (4) more needs the physician's advice and OH's rationale
// and its hours not worked are drawn from annual leave and lieu time in the
// policy's Draw order (§22.5). No hours may be worked beyond the normal
// ones, in the plan or outside it (§22.2).
//
// It fails with [ErrPlanLength] for a plan that is too long or ends before
// it starts, [ErrPlanWeeks] when Hours does not give each week,
// [ErrExtensionEvidence] for an extension without the advice and rationale,
// [ErrAdditionalHours] for hours above the normal ones or booked outside the
// plan, [ErrNotEnoughLeave] when the balances cannot cover the extension and
// [ErrAmount] for negative hours.
func (p Policy) PhasedReturn(plan Plan) (PhasedReturn, error) {
	const input = "plan"
	if err := p.Validate(); err != nil {
		return PhasedReturn{}, err
	}
	switch {
	case plan.Schedule == nil:
		return PhasedReturn{}, inputErr(input, -1, "Schedule", ErrNoSchedule, "")
	case !plan.Start.IsValid():
		return PhasedReturn{}, inputErr(input, -1, "Start", ErrInvalidDate, plan.Start.String())
	case !plan.End.IsValid():
		return PhasedReturn{}, inputErr(input, -1, "End", ErrInvalidDate, plan.End.String())
	case plan.End.Before(plan.Start):
		return PhasedReturn{}, inputErr(input, -1, "End", ErrPlanLength, plan.End.String()+" is before "+plan.Start.String())
	case plan.AnnualLeave.IsNegative():
		return PhasedReturn{}, inputErr(input, -1, "AnnualLeave", ErrAmount, plan.AnnualLeave.String())
	case plan.Lieu.IsNegative():
		return PhasedReturn{}, inputErr(input, -1, "Lieu", ErrAmount, plan.Lieu.String())
	}
	length := plan.End.DaysSince(plan.Start) + 1
	normal, most := 7*p.PhasedWeeks, 7*(p.PhasedWeeks+p.ExtensionWeeks)
	if length > most {
		return PhasedReturn{}, inputErr(input, -1, "End", ErrPlanLength,
			fmt.Sprintf("%s, more than %d weeks", plural(length, "day"), p.PhasedWeeks+p.ExtensionWeeks))
	}
	if weeks := (length + 6) / 7; len(plan.Hours) != weeks {
		return PhasedReturn{}, inputErr(input, -1, "Hours", ErrPlanWeeks,
			fmt.Sprintf("%d weeks planned for %s (%d weeks)", len(plan.Hours), plural(length, "day"), weeks))
	}
	if len(plan.Additional) > len(plan.Hours) {
		return PhasedReturn{}, inputErr(input, -1, "Additional", ErrPlanWeeks, fmt.Sprintf("%d weeks", len(plan.Additional)))
	}
	extended := length > normal
	if extended && (!plan.PhysicianAdvice || !plan.OHRationale) {
		return PhasedReturn{}, inputErr(input, -1, "End", ErrExtensionEvidence,
			fmt.Sprintf("%s, more than %d weeks", plural(length, "day"), p.PhasedWeeks))
	}

	out := PhasedReturn{Leave: decimal.Zero, Lieu: decimal.Zero}
	need := decimal.Zero
	for i, planned := range plan.Hours {
		w := absence.Period{Start: plan.Start.AddDays(7 * i), End: plan.Start.AddDays(7*i + 6)}
		if w.End.After(plan.End) {
			w.End = plan.End
		}
		contracted := plan.Schedule.ScheduledHours(w)
		field := fmt.Sprintf("Hours[%d]", i)
		switch {
		case planned.IsNegative():
			return PhasedReturn{}, inputErr(input, i, field, ErrAmount, planned.String())
		case planned.GreaterThan(contracted):
			return PhasedReturn{}, inputErr(input, i, field, ErrAdditionalHours,
				fmt.Sprintf("%s hours planned in %s, normal hours %s", planned, w, contracted))
		}
		if i < len(plan.Additional) {
			if extra := plan.Additional[i]; !extra.IsZero() {
				return PhasedReturn{}, inputErr(input, i, fmt.Sprintf("Additional[%d]", i), ErrAdditionalHours,
					fmt.Sprintf("%s hours booked outside the plan in %s", extra, w))
			}
		}
		pw := PlanWeek{Week: w, Contracted: contracted, Planned: planned, NotWorked: contracted.Sub(planned),
			Extension: w.Start.DaysSince(plan.Start) >= normal, Leave: decimal.Zero, Lieu: decimal.Zero}
		if pw.Extension {
			need = need.Add(pw.NotWorked)
		}
		out.Weeks = append(out.Weeks, pw)
	}
	if have := plan.AnnualLeave.Add(plan.Lieu); need.GreaterThan(have) {
		return PhasedReturn{}, inputErr(input, -1, "AnnualLeave", ErrNotEnoughLeave,
			fmt.Sprintf("%s hours not worked in the extension, %s hours of annual leave and %s of lieu time", need, plan.AnnualLeave, plan.Lieu))
	}

	leave, lieu := plan.AnnualLeave, plan.Lieu
	for i := range out.Weeks {
		w := &out.Weeks[i]
		if w.Extension {
			first, second := &leave, &lieu
			if p.Draw == LieuFirst {
				first, second = &lieu, &leave
			}
			a := minDec(w.NotWorked, *first)
			b := w.NotWorked.Sub(a)
			*first, *second = first.Sub(a), second.Sub(b)
			if p.Draw == LieuFirst {
				w.Lieu, w.Leave = a, b
			} else {
				w.Leave, w.Lieu = a, b
			}
			out.Leave, out.Lieu = out.Leave.Add(w.Leave), out.Lieu.Add(w.Lieu)
			text := fmt.Sprintf("Week %d (%s), extension: %s of %s hours worked, normal pay", i+1, w.Week, w.Planned, w.Contracted)
			if w.NotWorked.IsPositive() {
				text += fmt.Sprintf("; %s hours not worked drawn from annual leave (%s) and lieu time (%s)", w.NotWorked, w.Leave, w.Lieu)
			}
			w.Finding = find("PAY-2", "HR14 §22.5", "%s", text)
		} else {
			w.Finding = find("PAY-2", clausePhased,
				"Week %d (%s): %s of %s hours worked, normal pay for all %s hours",
				i+1, w.Week, w.Planned, w.Contracted, w.Contracted)
		}
		w.LeaveLeft, w.LieuLeft = leave, lieu
	}
	out.Findings = append(out.Findings, find("PAY-2", clausePhased,
		"Phased return %s to %s (%s): recorded as back at work on normal working arrangements, not sickness; no additional hours outside the plan",
		plan.Start, plan.End, plural(length, "day")))
	if extended {
		out.Findings = append(out.Findings, find("PAY-2", "HR14 §22.5",
			"Extended beyond %d weeks on the employee's physician's advice and Occupational Health's rationale: %s hours drawn from annual leave and %s from lieu time",
			p.PhasedWeeks, out.Leave, out.Lieu))
	}
	return out, nil
}
