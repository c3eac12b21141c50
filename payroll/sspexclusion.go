package payroll

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// An ExclusionReason says why Statutory Sick Pay is not payable, or stops,
// in a period of incapacity for work.
type ExclusionReason uint8

// The reasons. Text codes are in parentheses.
const (
	// ExcludedLowEarnings: before 6 April 2026, average weekly earnings
	// below the lower earnings limit in force on the first day of the
	// (linked) PIW: no period of entitlement arises (SSCBA 1992 Sch 11 para
	// 2(c)) ("low-earnings").
	ExcludedLowEarnings ExclusionReason = iota
	// ExcludedMaximum: the 28 weeks of SSP of a linked PIW have been paid
	// (SSCBA 1992 s.153(2)(b), s.155) ("maximum").
	ExcludedMaximum
	// ExcludedThreeYears: the period of entitlement ended 3 years after the
	// first day of the linked PIW (SSP (General) Regulations 1982 reg 3(3))
	// ("three-years").
	ExcludedThreeYears
	// ExcludedEmploymentEnded: the contract of service ended (SSCBA 1992
	// s.153(2)(c)) ("employment-ended").
	ExcludedEmploymentEnded
)

func exclusionReasonCodes() []string {
	return []string{"low-earnings", "maximum", "three-years", "employment-ended"}
}

// String returns the reason's code.
func (r ExclusionReason) String() string {
	return enumString("ExclusionReason", exclusionReasonCodes(), uint8(r))
}

// MarshalText implements encoding.TextMarshaler.
func (r ExclusionReason) MarshalText() ([]byte, error) {
	return enumText("exclusion reason", exclusionReasonCodes(), uint8(r))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (r *ExclusionReason) UnmarshalText(b []byte) error {
	v, err := enumParse("exclusion reason", exclusionReasonCodes(), b)
	if err == nil {
		*r = ExclusionReason(v)
	}
	return err
}

// words is the reason as a manager reads it.
func (r ExclusionReason) words() string {
	return [...]string{
		ExcludedLowEarnings:     "average weekly earnings below the lower earnings limit",
		ExcludedMaximum:         "the 28 weeks of SSP have been paid",
		ExcludedThreeYears:      "linked periods of sickness have lasted 3 years",
		ExcludedEmploymentEnded: "the employment ended",
	}[r]
}

// An SSPExclusion says that Statutory Sick Pay is not payable, or stops, in
// a period of incapacity for work (PIW), why and from when, with what the
// employer must put on form SSP1 and the day it is due (PAY-8).
//
// The employer gives the employee form SSP1 (SSP (General) Regulations 1982
// reg 15) so that they can claim Universal Credit or Employment and Support
// Allowance. GOV.UK's employer guide (gov.uk/employers-sick-pay,
// "Eligibility and form SSP1") and HMRC's Statutory Payments Manual
// (SPM110700) set the deadlines, held as [SSPRules.NoticeDays] and
// [SSPRules.NoticeWeek]:
//
//   - no SSP at all (low earnings, or the employment ended before the PIW):
//     within 7 days of the first day of sickness;
//   - SSP ends while the employee is still sick: within 7 days of it ending
//     (of the day before the next linked spell of sickness, when it ended
//     between two);
//   - the 28 weeks will run out before the sickness ends: on or before the
//     first day of the 23rd week of SSP. hr14 takes the end as foreseen when
//     that day and the first day after the 28 weeks fall in one unbroken run
//     of the incapacity it was given: record the sickness the employee is
//     certified for (the fit note's end) to get this warning in time.
//
// The employee's name, National Insurance number and payroll number, also on
// SSP1, are the host's.
type SSPExclusion struct {
	Reason ExclusionReason `json:"reason"`
	// PIW is the first day of the (linked) period of incapacity for work:
	// the first day of sickness on form SSP1.
	PIW absence.Date `json:"piw"`
	// From is the first day of incapacity in the PIW without SSP for this
	// reason.
	From absence.Date `json:"from"`
	// Until is the last such day when SSP becomes payable again later in
	// the same PIW (low earnings before 6 April 2026 in a PIW that runs on
	// past it); zero when the reason lasts to the end of the PIW.
	Until absence.Date `json:"until,omitempty"`
	// Ended is the last day of the period of entitlement: the day the 28
	// weeks ran out, the last day of the 3 years, the last day of
	// employment; zero when no entitlement arose.
	Ended absence.Date `json:"ended,omitempty"`
	// LastPaid is the last day SSP is payable in the PIW before From (on
	// SSP1: the last day SSP is payable); zero if none.
	LastPaid absence.Date `json:"lastPaid,omitempty"`
	// Weeks is the SSP paid in the PIW before From, in weeks: the days paid
	// each as a share of its week's qualifying days, to 2 decimal places
	// (SSP (General) Regulations 1982 reg 6).
	Weeks decimal.Decimal `json:"weeks"`
	// AWE and LEL are the average weekly earnings (to 16 decimal places, for
	// the record) and the lower earnings limit, £ a week, for
	// ExcludedLowEarnings; zero otherwise.
	AWE decimal.Decimal `json:"awe"`
	LEL decimal.Decimal `json:"lel"`
	// Due is the last day to give the employee form SSP1.
	Due absence.Date `json:"due"`
	// Finding says all of it in words, with the rule and clause.
	Finding absence.Finding `json:"finding"`
}

// exclusion builds the exclusion of a PIW, its due date and its finding.
// noticeFrom is the first day of the 23rd week of SSP when the end was
// foreseen, zero otherwise.
func exclusion(st *piwState, reason ExclusionReason, from, ended, noticeFrom absence.Date, r SSPRules) SSPExclusion {
	x := SSPExclusion{Reason: reason, PIW: st.start, From: from, Ended: ended, LastPaid: st.lastPaid,
		Weeks: over(decimal.NewFromInt(int64(st.units)), weekUnits).round(2), AWE: decimal.Zero, LEL: decimal.Zero}
	switch {
	case ended.IsZero():
		x.Due = st.start.AddDays(r.NoticeDays)
	case !noticeFrom.IsZero():
		x.Due = noticeFrom
	default:
		x.Due = latest(ended, from.AddDays(-1)).AddDays(r.NoticeDays)
	}
	return x
}

// clause is the law the reason comes from, with the SSP1 duty.
func (r ExclusionReason) clause() string {
	return [...]string{
		ExcludedLowEarnings:     "SSCBA 1992 Sch 11 para 2(c)",
		ExcludedMaximum:         "SSCBA 1992 s.153(2)(b)",
		ExcludedThreeYears:      "SSP (General) Regulations 1982 reg 3(3)",
		ExcludedEmploymentEnded: "SSCBA 1992 s.153(2)(c)",
	}[r] + "; SSP (General) Regulations 1982 reg 15"
}

// text writes the exclusion's finding under the rules r.
func (x *SSPExclusion) text(r SSPRules) {
	var s string
	switch x.Reason {
	case ExcludedLowEarnings:
		s = fmt.Sprintf("No SSP for the period of incapacity for work from %s: average weekly earnings %s are below the lower earnings limit of %s a week, so no entitlement arises (no waiting days are served)",
			x.PIW, exact(x.AWE), money(x.LEL))
		if !x.Until.IsZero() {
			s += fmt.Sprintf(" on the days to %s, under the rules before 6 April 2026; SSP is payable from the first qualifying day after", x.Until)
		}
	case ExcludedMaximum:
		s = fmt.Sprintf("SSP ends: the %d-week maximum of SSP was reached before %s in the period of incapacity for work from %s (on %s)",
			r.MaxWeeks, x.From, x.PIW, x.Ended)
	case ExcludedThreeYears:
		s = fmt.Sprintf("SSP ends: entitlement ends %s after the period of incapacity for work (linked periods of sickness) began on %s, on %s; no SSP from %s",
			plural(r.LimitYears, "year"), x.PIW, x.Ended, x.From)
	case ExcludedEmploymentEnded:
		if x.Ended.IsZero() {
			s = fmt.Sprintf("No SSP for the period of incapacity for work from %s: it began after the employment ended", x.PIW)
		} else {
			s = fmt.Sprintf("SSP ends: the employment ended on %s; no SSP from %s in the period of incapacity for work from %s", x.Ended, x.From, x.PIW)
		}
	}
	paid := "no SSP paid"
	if !x.LastPaid.IsZero() {
		paid = fmt.Sprintf("last day SSP is payable %s, %s weeks of SSP paid", x.LastPaid, x.Weeks.StringFixed(2))
	}
	x.Finding = find("PAY-8", x.Reason.clause(), "%s. Form SSP1 due by %s, giving: reason: %s; first day of sickness %s; %s",
		s, x.Due, x.Reason.words(), x.PIW, paid)
}

// latest returns the later of two dates.
func latest(a, b absence.Date) absence.Date {
	if a.After(b) {
		return a
	}
	return b
}
