package report

// What the manager's summary says to do next, and by when.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// An action is one line of what to do next, with what orders it.
type action struct {
	rank int          // 0 overdue, 1 due now, 2 by a date, 3 from a later date
	date absence.Date // the date that orders it within its rank
	text string
}

// nextActions lists what is due: the procedure's next steps, the recording
// checks pending or overdue, SSP1 forms to give and Injury Allowance steps.
func nextActions(r *Report) []string {
	var acts []action
	add := func(a action) {
		// keep the order: stable insertion by rank, then date
		i := len(acts)
		for i > 0 && (acts[i-1].rank > a.rank || acts[i-1].rank == a.rank && acts[i-1].date.After(a.date)) {
			i--
		}
		acts = append(acts, action{})
		copy(acts[i+1:], acts[i:])
		acts[i] = a
	}
	for _, d := range r.Procedure.Derived {
		which := "the trigger point was"
		if len(d.Triggers) > 1 {
			which = "the trigger points were"
		}
		add(action{1, r.AsOf, fmt.Sprintf("Now — record that %s reached on %s (%s): the case does not record it yet",
			which, d.Date.LongDate(), strings.Join(d.Triggers, ", "))})
	}
	for _, st := range r.Procedure.NextSteps {
		add(stepAction(r.AsOf, st))
	}
	older := map[string]int{} // overdue checks of earlier absences, by what
	var olderOrder []string
	for _, c := range r.Checks {
		if c.Status != absence.Overdue && c.Status != absence.Pending || c.Due.IsZero() || c.Task == absence.TaskTraining {
			continue // a training course is the employee's to cancel: see attention
		}
		if !recent(r, c.Episode) {
			if what := c.Task.String(); c.Status == absence.Overdue {
				if older[what] == 0 {
					olderOrder = append(olderOrder, what)
				}
				older[what]++
			}
			continue
		}
		what := inWords(c.What)
		if c.Episode >= 1 && c.Episode <= len(r.Episodes) {
			what += " (absence of " + periodWords(r.Episodes[c.Episode-1].Period, true) + ")"
		}
		switch {
		case c.Status == absence.Overdue:
			add(action{0, c.Due, "Overdue (due by " + c.Due.LongDate() + ") — " + what})
		case !c.Due.After(r.AsOf):
			add(action{1, c.Due, "Today — " + what})
		default:
			add(action{2, c.Due, "By " + c.Due.LongDate() + " — " + what})
		}
	}
	if len(olderOrder) > 0 {
		items := make([]string, len(olderOrder))
		for i, w := range olderOrder {
			items[i] = countedNoun(older[w], w)
		}
		add(action{0, r.AsOf, "Overdue — complete the record of earlier absences: " + andList(items) + " (the recording checks in the detail)"})
	}
	if pay := r.Pay; pay != nil {
		for _, x := range pay.SSPExclusions {
			if x.Due.Before(r.AsOf) {
				continue
			}
			add(action{2, x.Due, "By " + x.Due.LongDate() + " — give the employee form SSP1 (" + sspReason(x.Reason) + ")"})
		}
		if ia := pay.InjuryAllowance; ia != nil {
			for _, s := range ia.Steps {
				add(action{1, r.AsOf, "Now — " + partyWords(s.Who.String()) + inWords(s.What)})
			}
		}
	}
	out := make([]string, 0, min(len(acts), maxNext+1))
	for i, a := range acts {
		if i == maxNext {
			out = append(out, fmt.Sprintf("… and %d more in the detail below (next steps and recording checks).", len(acts)-maxNext))
			break
		}
		out = append(out, a.text)
	}
	return out
}

// stepAction phrases a next step of the procedure for the manager.
func stepAction(asOf absence.Date, st Step) action {
	who := ""
	switch st.Who {
	case stages.PartyLineManager, stages.PartyNone:
	case stages.PartyEmployee:
		who = "the employee"
		if st.Optional {
			who += " (if they choose)"
		}
		who += ": "
	default:
		who = partyWords(st.Who.String())
	}
	what := inWords(st.What)
	if st.Optional && st.Who != stages.PartyEmployee {
		what += " (optional)"
	}
	switch {
	case st.Overdue:
		return action{0, st.By, "Overdue (due by " + st.By.LongDate() + ") — " + who + what}
	case !st.By.IsZero():
		return action{2, st.By, "By " + st.By.LongDate() + " — " + who + what}
	case st.Soon:
		return action{1, asOf, "As soon as practicable — " + who + what}
	case !st.From.IsZero() && st.From.After(asOf):
		return action{3, st.From, "From " + st.From.LongDate() + " — " + who + what}
	}
	return action{1, asOf, "Now — " + who + what}
}

// partyWords names who acts, for a line of the summary: "Occupational
// Health: ".
func partyWords(p string) string {
	p = strings.ReplaceAll(p, "-", " ")
	switch {
	case p == "" || p == "line manager":
		return ""
	case strings.ToLower(p[:1]) == p[:1]:
		return "the " + p + ": " // "the panel chair: "
	}
	return p + ": " // "Occupational Health: "
}

func sspReason(code string) string {
	switch code {
	case "low-earnings":
		return "average weekly earnings below the lower earnings limit"
	case "maximum":
		return "28 weeks of SSP reached"
	case "three-years":
		return "the 3-year limit reached"
	case "employment-ended":
		return "the employment ended"
	}
	return code
}

// recent reports whether episode n (from 1) is the latest, still open, or
// ended within 28 days of the as-of date: its checks are the manager's
// next steps; those of older episodes are gaps in the record.
func recent(r *Report, n int) bool {
	if n < 1 || n > len(r.Episodes) {
		return true
	}
	ep := r.Episodes[n-1]
	return n == len(r.Episodes) || !ep.Period.End.Before(r.AsOf) || r.AsOf.DaysSince(ep.Period.End) <= 28
}

// countedNoun writes "1 return-to-work interview", "3 return-to-work
// interviews", "2 referrals to Occupational Health": the head noun, before
// any "to", "of", "with", "during" or "for", takes the plural.
func countedNoun(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	cut := len(what)
	for _, prep := range []string{" to ", " of ", " with ", " during ", " for "} {
		if i := strings.Index(what, prep); i >= 0 && i < cut {
			cut = i
		}
	}
	return strconv.Itoa(n) + " " + what[:cut] + "s" + what[cut:]
}
