package report

// What the manager's summary says is happening: the stage, the absences
// that count, the trigger points (counted as the procedure counts after a
// stage meeting, the whole record explained) and patterns.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// stageSentence says where the formal procedure stands.
func stageSentence(r *Report) string {
	pr := r.Procedure
	var cur *Meeting
	if n := len(pr.Meetings); n > 0 && !pr.Meetings[n-1].Concluded {
		cur = &pr.Meetings[n-1]
	}
	var s string
	switch {
	case pr.Closed:
		return "The case is closed: the dismissal was upheld on appeal."
	case !pr.Resigned.IsZero():
		return "The employee resigned on " + pr.Resigned.LongDate() + ": the formal procedure has ended."
	case pr.Dismissed:
		s = "The panel decided to dismiss the employee"
		for i := len(pr.Meetings) - 1; i >= 0; i-- {
			m := pr.Meetings[i]
			if m.Decision == stages.DecisionDismiss {
				if !m.Decided.IsZero() {
					s += " on " + m.Decided.LongDate()
				}
				if !m.Deadlines.Appeal.IsZero() {
					s += "; the employee may appeal until " + m.Deadlines.Appeal.LongDate()
				}
				break
			}
		}
		return s + "."
	case pr.Stage == stages.NoStage:
		s = "No formal stage of the procedure is in effect"
	default:
		s = fmt.Sprintf("Stage %s of the formal procedure has been in effect since %s", strings.TrimPrefix(pr.Stage.String(), "stage-"), pr.Since.LongDate())
		if pr.Returned {
			s += " (the employee was returned to stage 2 instead of being dismissed)"
		}
	}
	if cur != nil {
		s += fmt.Sprintf("; a %s is due", cur.Step)
		switch {
		case cur.Slot != nil && !cur.Slot.Date.IsZero():
			s += ", arranged for " + cur.Slot.Date.LongDate()
			if cur.Slot.Time != "" {
				s += " at " + cur.Slot.Time
			}
		case cur.Soon:
			s += " as soon as practicable"
		case !cur.Due.IsZero():
			s += " (since " + cur.Due.LongDate() + ")"
		}
	}
	return s + "."
}

// absenceSentences say what sickness counts in the 12-month window and how
// the latest absence stands.
func absenceSentences(r *Report) []string {
	var out []string
	episodes, days, window, ok := twelveMonths(r)
	if ok {
		var counted, other []Episode
		for _, ep := range r.Episodes {
			if !ep.Period.Overlaps(window) {
				continue
			}
			if ep.Triggers.Counts {
				counted = append(counted, ep)
			} else {
				other = append(other, ep)
			}
		}
		var s string
		if len(counted) == 0 {
			s = fmt.Sprintf("The employee has had no sickness absence that counts towards the trigger points in the 12 months to %s", dayMonth(window.End, true))
		} else {
			verb := "count"
			if episodes == 1 {
				verb = "counts"
			}
			s = fmt.Sprintf("In the 12 months to %s: %s of sickness absence that %s towards the trigger points, %s in all (%s)",
				dayMonth(window.End, true), plural(episodes, "episode"), verb, days, episodeList(counted))
		}
		if len(other) > 0 {
			ps := make([]string, len(other))
			for i, ep := range other {
				ps[i] = periodWords(ep.Period, true) + " (" + reasonWords(ep.Reasons) + ")"
			}
			verb := "does not count"
			if len(other) > 1 {
				verb = "do not count"
			}
			s += "; " + andList(ps) + " " + verb
		}
		if n := len(r.Episodes); n > 0 && r.Episodes[n-1].Period.End.Before(r.AsOf) && r.AsOf.DaysSince(r.Episodes[n-1].Period.End) <= 28 {
			ep := r.Episodes[n-1]
			long := ""
			if ep.LongTerm {
				long = ", long term"
			}
			s += fmt.Sprintf("; the latest (%s, %s%s) ended on %s", reasonWords(ep.Reasons), plural(ep.Pay.WorkingDays, "working day"), long, ep.Period.End.LongDate())
		}
		out = append(out, s+".")
	}
	if n := len(r.Episodes); n > 0 && !r.Episodes[n-1].Period.End.Before(r.AsOf) {
		ep := r.Episodes[n-1]
		long := ""
		if ep.LongTerm {
			long = ", long term"
		}
		out = append(out, fmt.Sprintf("The employee is off sick: since %s (%s, %s so far%s).",
			ep.Period.Start.LongDate(), reasonWords(ep.Reasons), plural(ep.CalendarDays, "calendar day"), long))
	}
	return out
}

// twelveMonths returns the episodes and the working days (or hours) of the
// whole record in the 12-month window ending on the as-of date (TRIG-3 and
// TRIG-4's windows by default).
func twelveMonths(r *Report) (episodes int, days string, window absence.Period, ok bool) {
	t3, ok3 := statusFor(r.Triggers.Status, triggers.TRIG3)
	t4, ok4 := statusFor(r.Triggers.Status, triggers.TRIG4)
	if !ok3 || !ok4 {
		return 0, "", absence.Period{}, false
	}
	n, err := strconv.Atoi(t3.Count)
	if err != nil {
		return 0, "", absence.Period{}, false
	}
	return n, amount(t4.Count, t4.Unit), t3.Window, true
}

func statusFor(ss []TriggerStatus, t triggers.Trigger) (TriggerStatus, bool) {
	for _, s := range ss {
		if s.Trigger == t {
			return s, true
		}
	}
	return TriggerStatus{}, false
}

// amount writes "12 working days", "1 working day", "90 hours".
func amount(count, unit string) string {
	if count == "1" {
		return "1 " + strings.TrimSuffix(unit, "s")
	}
	return count + " " + unit
}

// episodeList lists episodes' periods in words, the latest few when there
// are many.
func episodeList(eps []Episode) string {
	const most = 6
	ps := make([]absence.Period, 0, len(eps))
	for _, ep := range eps {
		ps = append(ps, ep.Period)
	}
	if len(ps) <= most {
		return periodList(ps)
	}
	return periodList(ps[len(ps)-4:]) + fmt.Sprintf(" and %d earlier", len(ps)-4)
}

// reasonWords writes reason categories in lower case: "stress",
// "infection, musculoskeletal".
func reasonWords(rs []absence.Reason) string {
	if len(rs) == 0 {
		return "no sickness reason"
	}
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = strings.ToLower(r.String())
	}
	return strings.Join(s, ", ")
}
