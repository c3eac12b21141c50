package absence

import (
	"fmt"
	"slices"
)

// Contact is the cadence of the manager's contact with an employee during an
// episode (ABS-10, App 14): at least fortnightly — the first contact within
// 14 days of the first day of absence, each next within 14 days of the
// previous one, for as long as the absence lasts.
//
// App 14 sets the fortnightly minimum for long-term absence; since an absence
// is only known to be long term on its 28th day, the cadence runs from the
// first day of every episode, and a finding says when the episode is short
// term.
type Contact struct {
	Episode Period `json:"episode"` // the episode checked (Episode.Period)
	// Checks are one per contact due, in date order: each contact made,
	// judged against the deadline set by the one before, then the next one
	// due while the absence lasts.
	Checks []Check `json:"checks"`
	// Gaps are the intervals longer than 14 days without contact while the
	// employee was absent.
	Gaps []Gap `json:"gaps"`
	// Next is the day by which the next contact is due; zero when the absence
	// is over as of the evaluation date (after its last day, or a return is
	// recorded).
	Next     Date      `json:"next"`
	Findings []Finding `json:"findings"` // the gaps and the cadence, in words
}

// A Gap is an interval without contact longer than the policy allows.
type Gap struct {
	From Date `json:"from"` // the previous contact, or the first day of absence
	// To is the contact that ended the gap, the day of return (the day after
	// the last day of absence), or the evaluation date while the gap is open.
	To   Date `json:"to"`
	Days int  `json:"days"` // To − From, in days
	Open bool `json:"open"` // no contact yet and the employee still absent
}

// String returns e.g. "2026-01-05 to 2026-01-21 (16 days)".
func (g Gap) String() string {
	s := fmt.Sprintf("%s to %s (%s)", g.From, g.To, plural(g.Days, "day"))
	if g.Open {
		s += ", still open"
	}
	return s
}

// Contact checks the contacts made (the days the manager and the employee
// spoke, in any order) during episode i of h (an index into h.Episodes)
// against the policy's ContactDays, as of asOf. Contacts before the episode,
// after its last day or after asOf are ignored.
//
// It fails with [ErrNoEpisode] for a bad index and [ErrInvalidDate] for an
// invalid asOf or contact date (naming its index).
func (h History) Contact(i int, contacts []Date, asOf Date) (Contact, error) {
	ep, err := h.episode(i)
	if err != nil {
		return Contact{}, err
	}
	if err := checkDate("date", -1, "asOf", asOf); err != nil {
		return Contact{}, err
	}
	for k, c := range contacts {
		if err := checkDate("contact", k, "", c); err != nil {
			return Contact{}, err
		}
	}
	n := h.Policy.ContactDays
	start, end := ep.Period.Start, ep.Period.End
	out := Contact{Episode: ep.Period}
	seen := minDate(end, asOf)
	made := slices.Clone(contacts)
	slices.SortFunc(made, Date.Compare)
	made = slices.Compact(made)

	last, first := start, true
	every := fmt.Sprintf("at least every %s", plural(n, "day"))
	for _, c := range made {
		if c.Before(start) || c.After(seen) {
			continue
		}
		due := last.AddDays(n)
		ck := dateCheck(TaskContact, ruleContact, "contact during absence", due, c, asOf)
		since := "the first day of absence"
		if !first {
			since = "the previous contact"
		}
		ck.Findings = append(ck.Findings, Finding{ruleContact, fmt.Sprintf(
			"contact %s: due within %s of %s (%s), by %s; made %s", every, plural(n, "day"), since, last, due, c)})
		out.Checks = append(out.Checks, ck)
		if c.DaysSince(last) > n {
			out.Gaps = append(out.Gaps, Gap{From: last, To: c, Days: c.DaysSince(last)})
		}
		last, first = c, false
	}
	next := last.AddDays(n)
	over := h.over(ep, asOf)
	if next.After(end) && over {
		out.Findings = append(out.Findings, Finding{ruleContact, fmt.Sprintf(
			"the absence ended on %s, before another contact was due (%s)", end, next)})
	} else {
		ck := dateCheck(TaskContact, ruleContact, "contact during absence", next, Date{}, asOf)
		ck.Findings = append(ck.Findings, Finding{ruleContact, fmt.Sprintf(
			"contact %s: the next is due by %s, %s after %s", every, next, plural(n, "day"), last)})
		out.Checks = append(out.Checks, ck)
		if asOf.After(next) {
			to := minDate(asOf, end.AddDays(1))
			out.Gaps = append(out.Gaps, Gap{From: last, To: to, Days: to.DaysSince(last), Open: !over})
		}
	}
	if !over {
		out.Next = next
	}
	for _, g := range out.Gaps {
		out.Findings = append(out.Findings, Finding{ruleContact, "no contact for longer than " + plural(n, "day") + ": " + g.String()})
	}
	if !ep.LongTerm {
		out.Findings = append(out.Findings, Finding{ruleContact, fmt.Sprintf(
			"the fortnightly minimum is set for long-term absence; this episode is short term (%s) as recorded, and the cadence runs from its first day",
			plural(ep.CalendarDays, "calendar day"))})
	}
	return out, nil
}
