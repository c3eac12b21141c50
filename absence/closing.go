package absence

import "fmt"

// Closing is what the notification and the closing of an episode say
// (ABS-23, Proc 9, Proc 12): the expected return date the employee gave
// when they reported the absence, which plans contact and referral, and
// the day they reported fit, which closes the absence on the day before.
type Closing struct {
	Episode Period `json:"episode"` // the episode checked (Episode.Period)
	// ExpectedReturn is the return date the employee expected when they
	// reported the absence (Proc 9), from the latest record of the episode
	// that gives one; zero if none does.
	ExpectedReturn Date `json:"expectedReturn"`
	// ReportedFit is the day the employee reported fit (Proc 12), from the
	// episode's last sickness record; zero if not recorded.
	ReportedFit Date `json:"reportedFit"`
	// StillAbsent: the employee was still absent on ExpectedReturn as of
	// the evaluation date; ask for a new expected date (Proc 9, Proc 8).
	StillAbsent bool `json:"stillAbsent,omitempty"`
	// PastFit are the days sickness records run on or past the day the
	// employee reported fit, in record order: they should not be sickness
	// (Proc 12); the record's last day is to be corrected.
	PastFit []Period `json:"pastFit,omitempty"`
	// NotClosed are the days with no scheduled shift at the end of an
	// episode that ended before the evaluation date with no day reported
	// fit: they may have been added because the absence was not closed
	// (Proc 12); the zero Period when there are none.
	NotClosed Period `json:"notClosed"`
	// Findings say what the dates mean and where the record and the report
	// disagree.
	Findings []Finding `json:"findings"`
}

// Closing returns the notification and closing facts of episode i of h (an
// index into h.Episodes) as of asOf (ABS-23): the expected return given at
// notification, with what it means for contact and referral; a record
// whose end runs past the day the employee reported fit (Proc 12 closes
// the absence on the day before); and an episode that ends on days with no
// scheduled shift with no day reported fit, which may have been added
// because the absence was not closed. It fails with [ErrNoEpisode] for a
// bad index and [ErrInvalidDate] for an invalid asOf.
func (h History) Closing(i int, asOf Date) (Closing, error) {
	ep, err := h.episode(i)
	if err != nil {
		return Closing{}, err
	}
	if err := checkDate("date", -1, "asOf", asOf); err != nil {
		return Closing{}, err
	}
	c := Closing{Episode: ep.Period}
	pol := h.Policy
	last := -1 // the sickness record that ends the episode
	for _, ri := range ep.Records {
		r := &h.Records[ri]
		if !r.IsSickness() {
			continue
		}
		if !r.ExpectedReturn.IsZero() {
			c.ExpectedReturn = r.ExpectedReturn
		}
		if last < 0 || r.Period.End.After(h.Records[last].Period.End) {
			last = ri
		}
		if fit := r.ReportedFit; !fit.IsZero() && !r.Period.End.Before(fit) {
			past := Period{fit, r.Period.End}
			c.PastFit = append(c.PastFit, past)
			c.Findings = append(c.Findings, Finding{ruleClosing, fmt.Sprintf(
				"%s is recorded to %s, but the employee reported fit on %s, which closes the absence on %s (Proc 12): %s recorded past it (%s) "+
					"should not be sickness; correct the record's last day",
				recordText(ri, r), r.Period.End, fit, fit.AddDays(-1), plural(past.Days(), "day"), past)})
		}
	}
	if last >= 0 {
		c.ReportedFit = h.Records[last].ReportedFit
	}
	if e := c.ExpectedReturn; !e.IsZero() {
		length := e.DaysSince(ep.Period.Start)
		text := fmt.Sprintf("when reporting the absence the employee expected to return on %s (Proc 9): an absence of %s", e, plural(length, "calendar day"))
		if length >= pol.LongTermDays {
			text += fmt.Sprintf(", long term (%d or more): plan contact at least every %s (ABS-10) and, for any reason, an Occupational Health referral by day %d, %s (ABS-9)",
				pol.LongTermDays, plural(pol.ContactDays, "day"), pol.ReferralDays, ep.Period.Start.AddDays(pol.ReferralDays-1))
		}
		c.Findings = append(c.Findings, Finding{ruleExpectedReturn, text})
		if !asOf.Before(e) && !ep.Period.End.Before(e) && !h.over(ep, asOf) {
			c.StillAbsent = true
			c.Findings = append(c.Findings, Finding{ruleExpectedReturn, fmt.Sprintf(
				"still absent on %s, the return date the employee expected: ask for a new expected date and keep in touch (Proc 9, Proc 8)", e)})
		}
	}
	if last >= 0 && c.ReportedFit.IsZero() && ep.Period.End.Before(asOf) {
		if rest, ok := h.restDaysAtEnd(ep); ok {
			c.NotClosed = rest
			c.Findings = append(c.Findings, Finding{ruleClosing, fmt.Sprintf(
				"the absence ends on %s with no scheduled shift (%s) and no day the employee reported fit is recorded: "+
					"they may have been added because the absence was not closed on the day the employee was fit (Proc 12); check with the employee and close it on the day before they were fit",
				plural(rest.Days(), "day"), rest)})
		}
	}
	return c, nil
}

// restDaysAtEnd returns the days at the end of episode ep, after its last
// sickness day on a scheduled day, when there are some.
func (h History) restDaysAtEnd(ep Episode) (Period, bool) {
	sched := h.Employee.Schedule
	end := ep.Period.End
	d := end
	for !d.Before(ep.Period.Start) {
		if _, ok := sched.ShiftOn(d); ok {
			break
		}
		d = d.AddDays(-1)
	}
	if d == end {
		return Period{}, false
	}
	return Period{d.AddDays(1), end}, true
}

// expectedReturn is the expected return date of episode ep: that of its
// latest sickness record that gives one (ABS-23).
func (h History) expectedReturn(ep Episode) (Date, bool) {
	var e Date
	for _, ri := range ep.Records {
		if r := &h.Records[ri]; r.IsSickness() && !r.ExpectedReturn.IsZero() {
			e = r.ExpectedReturn
		}
	}
	return e, !e.IsZero()
}
