package report

// The figures of the manager's summary: pay and pension, and a what-if.

import (
	"fmt"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// figures says what the case means for pay and pension, and why the
// figures change.
func figures(r *Report) []string {
	var out []string
	if pay := r.Pay; pay != nil {
		var last *SickPay
		for i := range pay.SickPay {
			if len(pay.SickPay[i].Runs) > 0 {
				last = &pay.SickPay[i]
			}
		}
		if last != nil && last.Episode >= 1 && last.Episode <= len(r.Episodes) {
			ep := r.Episodes[last.Episode-1]
			s := fmt.Sprintf("Sick pay: after the latest absence (%s) %d full-pay and %d half-pay days are left, with %s of NHS service",
				periodWords(ep.Period, true), last.Remaining.Full, last.Remaining.Half, plural(last.ServiceYears, "year"))
			if last.Status != "" {
				s += fmt.Sprintf("; on %s the employee is on %s pay", r.AsOf.LongDate(), last.Status)
			}
			if last.Paid != "" {
				s += fmt.Sprintf("; %s paid for it (Statutory Sick Pay %s of it)", pounds(last.Paid), pounds(last.SSP))
			}
			out = append(out, s+".")
		}
		for i := len(pay.SickPay) - 1; i >= 0; i-- {
			if pay.SickPay[i].StepUp != "" {
				out = append(out, inWords(pay.SickPay[i].StepUp))
				break
			}
		}
		if pay.SSP != "" && pay.SSP != "0.00" {
			out = append(out, "Statutory Sick Pay over the record: "+pounds(pay.SSP)+".")
		}
		if rd := pay.Redeployment; rd != nil {
			change := "rises by " + pounds(rd.Change)
			if c, ok := strings.CutPrefix(rd.Change, "-"); ok {
				change = "falls by " + pounds(c)
			}
			out = append(out, fmt.Sprintf("Redeployment: the new post's pay from %s; the first pay period (%s) pays %s, and a whole period's pay %s.",
				rd.Starts.LongDate(), periodWords(rd.Period, true), pounds(rd.Total), change))
		}
		if ia := pay.InjuryAllowance; ia != nil {
			out = append(out, "Injury Allowance: "+pounds(ia.Total)+" in all (see the detail for each pay period).")
		}
	}
	if pen := r.Pension; pen != nil {
		if pen.Eligible {
			out = append(out, fmt.Sprintf("Ill-health retirement: the assessment gives %s from %s (age %d).", pen.Tier.String(), pen.Retires.LongDate(), pen.Age))
		} else {
			out = append(out, "Ill-health retirement: the employee does not qualify (see the detail).")
		}
	}
	return out
}

// whatIfSentences say what the case's hypothetical absences would do and,
// from the forward calendar, when one more day of sickness would reach a
// trigger point.
func whatIfSentences(r *Report) []string {
	w := r.WhatIf
	if w == nil {
		return nil
	}
	var out []string
	if len(w.Absences) > 0 {
		ps := make([]string, len(w.Absences))
		for i, a := range w.Absences {
			what := a.Kind.String()
			if a.Reason != 0 {
				what = strings.ToLower(a.Reason.String())
			}
			ps[i] = periodWords(a.Period, true) + " (" + what + ")"
		}
		verb := "off sick on "
		for _, a := range w.Absences {
			if a.Kind != absence.Sickness {
				verb = "absent on "
			}
		}
		s := "If the employee were " + verb + andList(ps) + ", "
		var reached []string
		for _, a := range w.Activated {
			if st, ok := statusFor(r.Triggers.Status, a.Trigger); ok {
				reached = append(reached, words(r, st)+" on "+a.Date.LongDate())
			}
		}
		if len(reached) == 0 {
			s += "no trigger point would be reached"
		} else {
			s += "they would reach " + andList(reached)
		}
		switch {
		case w.Step != nil:
			s += fmt.Sprintf("; a %s would become due from %s", w.Step.Step, w.Step.Due.LongDate())
		case w.Note != "":
			s += "; " + strings.TrimSuffix(inWords(w.Note), ".")
		}
		out = append(out, s+".")
	}
	if c := w.Calendar; c != nil {
		var when []string
		for _, pt := range c.Points {
			for _, rg := range pt.Ranges {
				if rg.Answer != triggers.Activates {
					continue
				}
				if st, ok := statusFor(r.Triggers.Status, pt.Trigger); ok {
					when = append(when, fmt.Sprintf("%s on any working day from %s to %s", words(r, st),
						dayMonth(rg.Days.Start, rg.Days.Start.Year != rg.Days.End.Year), dayMonth(rg.Days.End, true)))
				}
				break
			}
		}
		if len(when) == 0 {
			out = append(out, fmt.Sprintf("One more day of sickness on a working day up to %s would reach no trigger point.", dayMonth(c.Days.End, true)))
		} else {
			out = append(out, "One more day of sickness would reach "+strings.Join(when, "; ")+".")
		}
	}
	return out
}
