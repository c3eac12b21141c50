package letters

import (
	"maps"
	"slices"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// absencesOf lists the absences the activations rely on: each episode
// counted in any of their windows, from the first day the evidence counted
// (after a stage meeting, the first day after it) to the last counted day on
// or before asOf (the date of the invitation: an absence still running then
// is shown to that day), with the working days lost in that span that count
// for triggers and the episode's reason categories.
func absencesOf(acts []triggers.Activation, h absence.History, asOf absence.Date) []Absence {
	from := map[int]absence.Date{}
	for _, a := range acts {
		for _, c := range a.Evidence.Counted {
			if len(c.Days) == 0 {
				continue
			}
			if f, ok := from[c.Episode]; !ok || c.Days[0].Start.Before(f) {
				from[c.Episode] = c.Days[0].Start
			}
		}
	}
	var out []Absence
	for _, i := range slices.Sorted(maps.Keys(from)) {
		if i < 0 || i >= len(h.Episodes) {
			continue
		}
		ep := h.Episodes[i]
		if a, ok := counted(h, ep, absence.Period{Start: from[i], End: asOf}); ok {
			out = append(out, a)
		}
	}
	return out
}

// counted returns the absence of episode ep inside the period within: its
// counted days there, from the first to the last, and their working days.
func counted(h absence.History, ep absence.Episode, within absence.Period) (Absence, bool) {
	var span absence.Period
	days := 0
	for _, r := range ep.Triggers.Counted {
		q, ok := r.Intersect(within)
		if !ok {
			continue
		}
		if span.IsZero() {
			span.Start = q.Start
		}
		span.End = q.End
		days += h.Employee.Schedule.ScheduledDays(q)
	}
	if span.IsZero() {
		return Absence{}, false
	}
	return Absence{Period: span, WorkingDays: days, Reason: reasonLabels(ep.Reasons)}, true
}

// longTermOf returns the absence of the episode of h in progress on due,
// up to asOf; ok is false if no episode contains due.
func longTermOf(h absence.History, due, asOf absence.Date) (Absence, bool) {
	for _, ep := range h.Episodes {
		if ep.Period.Contains(due) {
			return counted(h, ep, absence.Period{Start: ep.Period.Start, End: asOf})
		}
	}
	return Absence{}, false
}
