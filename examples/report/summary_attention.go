package report

// What else the manager's summary asks the manager to look at: the
// findings of how the absences were recorded (issue 17), each on one line
// when present, in plain English with British dates, categories and dates
// only.

import (
	"fmt"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// attention lists, in rule order, one line for each kind of recording
// finding that needs the manager's action or attention as of the date: a
// planned absence past its expected recovery (ABS-15), a training course
// booked on a day of the absence and not cancelled (ABS-16), days at work
// on a "may be fit" note or a decision on one still to make (ABS-20),
// sickness during booked leave (ABS-21), sickness in declared other work
// (ABS-22), an absence past its expected return or not closed (ABS-23) and
// sickness in a protected period (ABS-24). A finding about an absence
// long past is left to the detail: ABS-15, ABS-16 and a decision still to
// make concern the latest absence (or one ended within 28 days), the others
// days in the 12 months to the date, where they change what is counted.
func attention(r *Report) []string {
	window := summaryWindow(r)
	var out []string
	for _, line := range []string{
		recoveryLine(r), trainingLine(r), atWorkLine(r, window), onLeaveLine(r, window),
		otherWorkLine(r, window), closingLine(r, window), protectedLine(r, window),
	} {
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

// summaryWindow is the 12 months to the as-of date (TRIG-3's window by
// default).
func summaryWindow(r *Report) absence.Period {
	if _, _, w, ok := twelveMonths(r); ok {
		return w
	}
	return absence.Period{Start: r.AsOf.AddMonths(-12).AddDays(1), End: r.AsOf}
}

// overlapping keeps the periods of ps that overlap w.
func overlapping(ps []absence.Period, w absence.Period) []absence.Period {
	var out []absence.Period
	for _, p := range ps {
		if p.Overlaps(w) {
			out = append(out, p)
		}
	}
	return out
}

// recoveryLine: a planned absence of a recent episode that ran past its
// expected recovery period (ABS-15).
func recoveryLine(r *Report) string {
	var parts []string
	for _, ep := range r.Episodes {
		if !recent(r, ep.Number) {
			continue
		}
		for _, x := range ep.Recovery {
			if x.Beyond == 0 {
				continue
			}
			if x.Over {
				parts = append(parts, fmt.Sprintf("the planned absence of %s ran %s beyond its expected recovery period (to %s)",
					periodWords(x.Actual, true), plural(x.Beyond, "day"), dayMonth(x.Expected.End, true)))
			} else {
				parts = append(parts, fmt.Sprintf("the planned absence from %s has run %s beyond its expected recovery period (to %s)",
					dayMonth(x.Actual.Start, true), plural(x.Beyond, "day"), dayMonth(x.Expected.End, true)))
			}
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return capital(strings.Join(parts, "; ")) + ": consider whether Occupational Health should review."
}

// trainingLine: training courses booked on days of a recent absence and
// not recorded as cancelled (ABS-16).
func trainingLine(r *Report) string {
	var days []absence.Period
	var by absence.Date // the earliest course still ahead
	for _, c := range r.Checks {
		if c.Task != absence.TaskTraining || !recent(r, c.Episode) || c.Status != absence.Pending && c.Status != absence.Overdue {
			continue
		}
		days = append(days, absence.Period{Start: c.Due, End: c.Due})
		if c.Status == absence.Pending && (by.IsZero() || c.Due.Before(by)) {
			by = c.Due
		}
	}
	if len(days) == 0 {
		return ""
	}
	s := "A training course on " + periodList(days) + ", a day of the absence, is not recorded as cancelled: the employee cancels the place with the training provider"
	if len(days) > 1 {
		s = "Training courses on " + periodList(days) + ", days of the absence, are not recorded as cancelled: the employee cancels the places with the training provider"
	}
	if !by.IsZero() {
		s += " by " + by.LongDate()
	}
	return s + "; record the day."
}

// atWorkLine: days at work on a "may be fit" note with the changes made,
// which are not sickness, in the 12 months; and a decision on a note's
// advice still to make for a recent absence (ABS-20).
func atWorkLine(r *Report, window absence.Period) string {
	var parts []string
	var days []absence.Period
	for _, a := range r.Recording.AtWork {
		days = append(days, a.Period)
	}
	if days = overlapping(days, window); len(days) > 0 {
		parts = append(parts, "The employee was at work on "+periodList(days)+" with the changes a \"may be fit\" note advised: those days are not sickness, do not count towards the trigger points and are paid as work")
	}
	var pending []absence.Period
	for _, c := range r.Checks {
		if c.Task == absence.TaskFitNoteAdvice && c.Status == absence.Pending && recent(r, c.Episode) && c.Episode >= 1 && c.Episode <= len(r.Episodes) {
			pending = append(pending, r.Episodes[c.Episode-1].Period)
		}
	}
	if len(pending) > 0 {
		s := "Record now whether the changes a \"may be fit\" note advises can be made, after discussing them with the employee (absence of " +
			periodList(pending) + "); until then its days count as sickness"
		if len(parts) > 0 {
			s = strings.ToLower(s[:1]) + s[1:]
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "; ") + "."
}

// onLeaveLine: sickness during booked leave in the 12 months, the leave to
// re-credit and the days that stay leave (ABS-21).
func onLeaveLine(r *Report, window absence.Period) string {
	var replaced, kept []absence.Period
	days := 0
	for _, x := range r.Recording.SicknessOnLeave {
		if !x.Period.Overlaps(window) {
			continue
		}
		replaced = append(replaced, x.Replaced...)
		kept = append(kept, x.Kept...)
		days += x.Recredited
	}
	if len(replaced) == 0 && len(kept) == 0 {
		return ""
	}
	var parts []string
	if len(replaced) > 0 {
		credit := "re-credit " + plural(days, "day") + " of annual leave"
		if days == 0 {
			credit = "no scheduled day of leave to re-credit"
		}
		parts = append(parts, "Sickness during booked leave on "+periodList(replaced)+": "+credit)
	}
	if len(kept) > 0 {
		const later = " (the employee may ask to take the statutory leave later: decide with HR advice)"
		verb := "stay"
		if len(kept) == 1 && kept[0].Days() == 1 {
			verb = "stays"
		}
		s := periodList(kept) + " " + verb + " leave, as the sickness was not reported or certified as the Trust requires" + later
		if len(parts) == 0 {
			s = "Sickness during booked leave on " + periodList(kept) + " was not reported or certified as the Trust requires, so it stays leave" + later
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ") + "."
}

// otherWorkLine: days off sick in declared other work that no fit note
// covers, in the 12 months (ABS-22): dates only, worded neutrally.
func otherWorkLine(r *Report, window absence.Period) string {
	var days []absence.Period
	for _, o := range r.Recording.OtherWork {
		days = append(days, overlapping(o.Days, window)...)
	}
	if len(days) == 0 {
		return ""
	}
	return "Days off sick on " + periodList(days) + " fall in other work the employee declared that no fit note is recorded as covering: " +
		"for HR to consider with the employee (dates only; not a finding of misconduct)."
}

// closingLine: an absence still running past the expected return date,
// recorded past the day the employee reported fit, or ending on rest days
// without being closed (ABS-23).
func closingLine(r *Report, window absence.Period) string {
	var parts []string
	for _, c := range r.Recording.Closing {
		if c.Episode < 1 || c.Episode > len(r.Episodes) {
			continue
		}
		ep := r.Episodes[c.Episode-1]
		if c.StillAbsent { // the absence running now: first
			parts = append([]string{"the employee expected to return on " + c.ExpectedReturn.LongDate() + " and is still absent: ask for a new expected date and keep in touch"}, parts...)
		}
		if !ep.Period.Overlaps(window) {
			continue
		}
		for _, p := range c.PastFit {
			parts = append(parts, fmt.Sprintf("sickness is recorded to %s, but the employee reported fit on %s: correct the record's last day to %s",
				dayMonth(p.End, true), dayMonth(p.Start, true), dayMonth(p.Start.AddDays(-1), true)))
		}
		if !c.NotClosed.IsZero() {
			rest := "days with no scheduled shift"
			if c.NotClosed.Days() == 1 {
				rest = "a day with no scheduled shift"
			}
			parts = append(parts, fmt.Sprintf("the absence of %s ends on %s (%s) and no day reported fit is recorded: check with the employee and close it on the day before they were fit",
				periodWords(ep.Period, true), rest, periodWords(c.NotClosed, false)))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return capital(strings.Join(parts, "; ")) + "."
}

// protectedLine: sickness in the 12 months left out of the trigger points
// because it falls in a protected period (ABS-24). It names no treatment,
// condition or reason: the detail, which is confidential, says why.
func protectedLine(r *Report, window absence.Period) string {
	var days []absence.Period
	for _, ep := range r.Episodes {
		for _, x := range ep.Triggers.Excluded {
			if x.Cause == absence.CauseFertility && x.Period.Overlaps(window) {
				days = append(days, x.Period)
			}
		}
	}
	if len(days) == 0 {
		return ""
	}
	s := "Sickness on " + periodList(days) + " falls in a protected period and does not count towards the trigger points"
	for _, p := range r.Recording.Protected {
		if p.Open && p.Period.Contains(r.AsOf) {
			s += ", nor will sickness while the period lasts"
			break
		}
	}
	return s + " (why is in the detail, which is confidential)."
}

// capital writes s with its first letter in capitals.
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
