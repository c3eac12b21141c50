package absence

import "fmt"

// ReturnToWork is what follows the end of an episode (ABS-6, Proc 16): the
// return-to-work interview, due on the day of return or within 72 hours after
// the end of the absence, and after short-term sickness a week without
// additional hours.
//
// Proc 16 offers two deadlines, "on the day of return to work or within 72
// hours following the end of any period of sickness", and either is in time,
// so the interview is due by the later of them. When the day of return is not
// recorded it is taken to be the employee's first scheduled day after the
// absence (the first day they could return): a Monday–Thursday worker off
// Monday to Thursday is interviewed in time on the next Monday, although 72
// hours after the absence end on the Sunday.
type ReturnToWork struct {
	Episode Period `json:"episode"` // the episode checked (Episode.Period)
	// Returned is the first day back at work as recorded on the episode's
	// records (the last one given); zero if not recorded by the evaluation
	// date.
	Returned Date `json:"returned"`
	// FirstScheduled is the employee's first scheduled day after the
	// absence (after Episode.End), found in their Schedule; zero when the
	// schedule has none within ten years (a roster not yet given that far).
	FirstScheduled Date `json:"firstScheduled"`
	// Interview is the return-to-work interview check. Its deadline is the
	// later of the day of return and the end of the absence plus 72 hours
	// (the last day of absence + 3 days): either is in time. Without a
	// recorded return, the first scheduled day after the absence stands for
	// the day of return.
	Interview Check `json:"interview"`
	// NoAdditionalHours is the week, from the day of return, in which the
	// employee may work no hours beyond their contract (overtime, extra shifts
	// through the pool, bank shifts) after a short-term episode; zero after a
	// long-term one. Without a recorded return it runs from the day after the
	// last day of absence.
	NoAdditionalHours Period    `json:"noAdditionalHours"`
	Findings          []Finding `json:"findings"` // the additional-hours bar, in words
}

// Barred reports whether d falls in the week without additional hours.
func (rw ReturnToWork) Barred(d Date) bool {
	return !rw.NoAdditionalHours.IsZero() && rw.NoAdditionalHours.Contains(d)
}

// ReturnToWork returns the return-to-work duties after episode i of h (an
// index into h.Episodes), as of asOf. The day of return and of the interview
// come from the episode's records (Returned, Interviewed; the last record
// that has one); a date after asOf is not seen. Without a day of return the
// interview is due by the later of the end of the absence + 72 hours and the
// employee's first scheduled day after the absence.
//
// It fails with [ErrNoEpisode] for a bad index and [ErrInvalidDate] for an
// invalid asOf.
func (h History) ReturnToWork(i int, asOf Date) (ReturnToWork, error) {
	ep, err := h.episode(i)
	if err != nil {
		return ReturnToWork{}, err
	}
	if err := checkDate("date", -1, "asOf", asOf); err != nil {
		return ReturnToWork{}, err
	}
	pol := h.Policy
	var interviewed Date
	rw := ReturnToWork{Episode: ep.Period}
	for _, ri := range ep.Records {
		r := h.Records[ri]
		if !r.Returned.IsZero() && !r.Returned.After(asOf) {
			rw.Returned = r.Returned
		}
		if !r.Interviewed.IsZero() {
			interviewed = r.Interviewed
		}
	}

	end := ep.Period.End
	days := pol.InterviewHours / 24
	due := end.AddDays(days)
	how := fmt.Sprintf("within %s after the end of the absence on %s", plural(pol.InterviewHours, "hour"), end)
	rw.FirstScheduled = firstScheduledAfter(h.Employee.Schedule, end)
	switch {
	case rw.Returned.After(due):
		due = rw.Returned
		how = "on the day of return"
	case rw.Returned.IsZero() && rw.FirstScheduled.After(due):
		due = rw.FirstScheduled
		how = fmt.Sprintf("no return is recorded, so on the employee's first scheduled day after the absence, %s %s, later than %s after its end on %s",
			due.Weekday(), due, plural(pol.InterviewHours, "hour"), end)
	default:
		// within the hours after the end: the return, if any, is not later
	}
	rw.Interview = dateCheck(TaskInterview, ruleInterview, "return-to-work interview", due, interviewed, asOf)
	text := fmt.Sprintf("the interview is due on the day of return or within %s after the end of the absence: here %s, by %s",
		plural(pol.InterviewHours, "hour"), how, due)
	if rw.Returned.IsZero() && !asOf.After(end) {
		text += fmt.Sprintf("; the absence has not ended as of %s", asOf)
	}
	switch rw.Interview.Status {
	case Met, Late:
		text += fmt.Sprintf("; held %s", rw.Interview.Done)
	case Overdue:
		text += fmt.Sprintf("; none recorded as of %s", asOf)
	default:
		// pending or not required: nothing held yet
	}
	rw.Interview.Findings = append(rw.Interview.Findings, Finding{ruleInterview, text})

	if ep.LongTerm {
		rw.Findings = append(rw.Findings, Finding{ruleAfterLongTerm,
			"after long-term sickness the one-week bar on additional hours does not apply; on a phased return no hours outside the agreed plan may be worked (§22.2), and the manager may consider withholding overtime after HR advice (§5.3.6)"})
		return rw, nil
	}
	if pol.NoAdditionalHoursDays == 0 {
		return rw, nil
	}
	from, note := rw.Returned, "the day of return"
	if from.IsZero() {
		from, note = end.AddDays(1), "the day after the last day of absence (no return recorded)"
	}
	rw.NoAdditionalHours = Period{from, from.AddDays(pol.NoAdditionalHoursDays - 1)}
	rw.Findings = append(rw.Findings, Finding{ruleAdditionalHours, fmt.Sprintf(
		"after short-term sickness no hours beyond the contract (overtime, pool or bank shifts) may be worked for %s from %s: %s to %s; OH, HR and staff side may extend this",
		plural(pol.NoAdditionalHoursDays, "day"), note, rw.NoAdditionalHours.Start, rw.NoAdditionalHours.End)})
	return rw, nil
}

// scheduleHorizon is how far after an absence [firstScheduledAfter] looks
// for a scheduled day: ten years, the bound of every number in a Policy.
const scheduleHorizon = maxPolicyDays

// firstScheduledAfter returns the first day after d on which s has a shift,
// looking up to scheduleHorizon days ahead; zero if there is none. It asks
// s for counts of scheduled days (constant time for the schedules of this
// package) and halves the span, so it costs a dozen calls however far the
// next shift is.
func firstScheduledAfter(s Schedule, d Date) Date {
	if s == nil || s.ScheduledDays(Period{d.AddDays(1), d.AddDays(scheduleHorizon)}) == 0 {
		return Date{}
	}
	lo, hi := 1, scheduleHorizon // the first shift is on day d + k for some k in [lo, hi]
	for lo < hi {
		mid := lo + (hi-lo)/2
		if s.ScheduledDays(Period{d.AddDays(1), d.AddDays(mid)}) > 0 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return d.AddDays(lo)
}
