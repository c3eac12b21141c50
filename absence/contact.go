package absence

import (
	"fmt"
	"slices"
	"strings"
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
	return h.ContactWith(i, contacts, nil, asOf)
}

// A ContactAgreement is a frequency of contact during absence that the
// manager and the employee agreed (ABS-12, §5.3.2, Proc 8, App 14): from From,
// at least every Days days. It replaces the policy's ContactDays from that
// day; App 14 keeps fortnightly as the minimum, so Days is 1 to the policy's
// ContactDays.
type ContactAgreement struct {
	From Date `json:"from"` // the day it was agreed
	Days int  `json:"days"` // the longest interval between two contacts, in days
}

// ErrContactAgreement: an agreed contact frequency is less frequent than the
// policy's minimum, or its date is invalid.
const ErrContactAgreement Error = "agreed contact frequency out of range"

// ContactWith is [History.Contact] with the contact frequencies agreed with the
// employee (ABS-12): each contact is due within the days agreed in force on the
// day the interval starts (the previous contact, or the first day of absence);
// before the first agreement the policy's ContactDays applies. agreed may be
// in any order; a later agreement replaces an earlier one from its date.
//
// It fails as Contact does, and with [ErrContactAgreement] for an agreement
// with an invalid date or with Days outside 1 to the policy's ContactDays.
func (h History) ContactWith(i int, contacts []Date, agreed []ContactAgreement, asOf Date) (Contact, error) {
	for k, a := range agreed {
		if !a.From.IsValid() {
			return Contact{}, inputErr("contact agreement", k, "", "From", ErrInvalidDate, a.From.String())
		}
		if a.Days < 1 || a.Days > h.Policy.ContactDays {
			return Contact{}, inputErr("contact agreement", k, "", "Days", ErrContactAgreement,
				fmt.Sprintf("%d (1 to %d)", a.Days, h.Policy.ContactDays))
		}
	}
	agreements := slices.Clone(agreed)
	slices.SortStableFunc(agreements, func(a, b ContactAgreement) int { return a.From.Compare(b.From) })
	// every returns the interval in force on d and the agreement it comes
	// from (ok false: the policy's).
	inForce := func(d Date) (int, ContactAgreement, bool) {
		for k := len(agreements) - 1; k >= 0; k-- {
			if !agreements[k].From.After(d) {
				return agreements[k].Days, agreements[k], true
			}
		}
		return h.Policy.ContactDays, ContactAgreement{}, false
	}
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
	start, end := ep.Period.Start, ep.Period.End
	out := Contact{Episode: ep.Period}
	seen := minDate(end, asOf)
	made := slices.Clone(contacts)
	slices.SortFunc(made, Date.Compare)
	made = slices.Compact(made)

	last, first := start, true
	cadence := func(d Date) (int, string) {
		n, a, ok := inForce(d)
		s := fmt.Sprintf("at least every %s", plural(n, "day"))
		if ok {
			s += fmt.Sprintf(" (as agreed with the employee on %s)", a.From)
		}
		return n, s
	}
	for _, c := range made {
		if c.Before(start) || c.After(seen) {
			continue
		}
		n, every := cadence(last)
		due := last.AddDays(n)
		ck := dateCheck(TaskContact, contactRule(every), "contact during absence", due, c, asOf)
		since := "the first day of absence"
		if !first {
			since = "the previous contact"
		}
		ck.Findings = append(ck.Findings, Finding{ck.Rule, fmt.Sprintf(
			"contact %s: due within %s of %s (%s), by %s; made %s", every, plural(n, "day"), since, last, due, c)})
		out.Checks = append(out.Checks, ck)
		if c.DaysSince(last) > n {
			out.Gaps = append(out.Gaps, Gap{From: last, To: c, Days: c.DaysSince(last)})
		}
		last, first = c, false
	}
	n, every := cadence(last)
	next := last.AddDays(n)
	over := h.over(ep, asOf)
	if next.After(end) && over {
		out.Findings = append(out.Findings, Finding{ruleContact, fmt.Sprintf(
			"the absence ended on %s, before another contact was due (%s)", end, next)})
	} else {
		ck := dateCheck(TaskContact, contactRule(every), "contact during absence", next, Date{}, asOf)
		ck.Findings = append(ck.Findings, Finding{ck.Rule, fmt.Sprintf(
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
		gn, _ := cadence(g.From)
		out.Findings = append(out.Findings, Finding{ruleContact, "no contact for longer than " + plural(gn, "day") + ": " + g.String()})
	}
	if !ep.LongTerm {
		text := fmt.Sprintf("the fortnightly minimum is set for long-term absence; this episode is short term (%s) as recorded, and the cadence runs from its first day",
			plural(ep.CalendarDays, "calendar day"))
		if e, ok := h.expectedReturn(ep); ok && e.DaysSince(start) >= h.Policy.LongTermDays {
			text += fmt.Sprintf("; the employee expected to return on %s (when reporting the absence, ABS-23), which would make it long term", e)
		}
		out.Findings = append(out.Findings, Finding{ruleContact, text})
	}
	return out, nil
}

// contactRule cites ABS-12 for a cadence agreed with the employee, else
// ABS-10.
func contactRule(every string) Rule {
	if strings.Contains(every, "agreed") {
		return ruleContactAgreed
	}
	return ruleContact
}
