package absence

import (
	"fmt"
	"time"
)

// Notification is how an absence was reported and answered (ABS-5, Proc 9,
// Proc 11): the employee reports at least 1 hour before the shift starts
// (3 hours before a night shift), and the manager calls back within 24 hours
// of the report.
//
// All times are instants (time.Time, in the host's zone); the hours are
// elapsed time, so a deadline across a change of the clocks is still exactly
// that many hours away. Deadlines are inclusive: a report exactly 1 hour
// before the shift, or a call-back exactly 24 hours after the report, is in
// time.
type Notification struct {
	ShiftStart time.Time `json:"shiftStart"` // the start of the first shift missed
	Night      bool      `json:"night"`      // it was a night shift
	Report     Check     `json:"report"`     // the report before the shift (TaskReport)
	CallBack   Check     `json:"callBack"`   // the manager's call-back (TaskCallBack)
	// LiableUnauthorised: the report is missing or late, so the absence is
	// liable to be counted as unauthorised absence (AWOL) and pay suspended —
	// if the manager, after HR advice, finds there was no good cause (Proc 2).
	// hr14 reports this; it never reclassifies the absence itself.
	LiableUnauthorised bool      `json:"liableUnauthorised"`
	Findings           []Finding `json:"findings"` // unauthorised absence, when liable
}

// Notification checks the report of an absence from a shift starting at
// shiftStart (a night shift if night) and the manager's call-back, as of
// asOf. A zero reported or calledBack means none was made; one after asOf is
// not seen.
//
// It fails with [ErrInvalidPolicy] for an invalid p and
// [ErrNotificationTime] for a zero shiftStart or a call-back before the
// report.
func (p Policy) Notification(shiftStart time.Time, night bool, reported, calledBack, asOf time.Time) (Notification, error) {
	if err := p.Validate(); err != nil {
		return Notification{}, err
	}
	if shiftStart.IsZero() {
		return Notification{}, inputErr("notification", -1, "", "shiftStart", ErrNotificationTime, "no shift start")
	}
	cb, err := p.CallBack(reported, calledBack, asOf)
	if err != nil {
		return Notification{}, err
	}
	n := Notification{ShiftStart: shiftStart, Night: night, CallBack: cb}
	hours, kind := p.ReportHours, "shift"
	if night {
		hours, kind = p.NightReportHours, "night shift"
	}
	lead := time.Duration(hours) * time.Hour
	what := fmt.Sprintf("report at least %s before the %s starting %s", plural(hours, "hour"), kind, formatTime(shiftStart))
	n.Report = timeCheck(TaskReport, ruleReport, what, shiftStart.Add(-lead), reported, asOf)
	var text string
	switch n.Report.Status {
	case Met, Late:
		text = fmt.Sprintf("reported %s, %s the %s started; it had to be at least %s before, by %s",
			formatTime(n.Report.DoneAt), beforeAfter(shiftStart.Sub(n.Report.DoneAt)), kind, plural(hours, "hour"), formatTime(n.Report.DueAt))
	case Overdue:
		text = fmt.Sprintf("no report recorded by %s, %s before the %s", formatTime(n.Report.DueAt), plural(hours, "hour"), kind)
	default:
		text = fmt.Sprintf("not reported yet; the report is due by %s, %s before the %s", formatTime(n.Report.DueAt), plural(hours, "hour"), kind)
	}
	n.Report.Findings = append(n.Report.Findings, Finding{ruleReport, text})
	if n.Report.Status == Late || n.Report.Status == Overdue {
		n.LiableUnauthorised = true
		n.Findings = append(n.Findings, Finding{ruleUnauthorised,
			"the absence was not reported in time, so it is liable to be counted as unauthorised absence (AWOL) if the manager finds there was no good cause; HR advice must be sought before payroll is asked to suspend pay"})
	}
	return n, nil
}

// CallBack checks the manager's call-back after a report made at reported
// (Proc 11), as of asOf: due within CallBackHours of the report. With no
// report there is nothing to call back yet (NotRequired).
//
// It fails with [ErrInvalidPolicy] for an invalid p and
// [ErrNotificationTime] for a call-back before the report or without one.
func (p Policy) CallBack(reported, calledBack, asOf time.Time) (Check, error) {
	if err := p.Validate(); err != nil {
		return Check{}, err
	}
	if !calledBack.IsZero() && (reported.IsZero() || calledBack.Before(reported)) {
		return Check{}, inputErr("notification", -1, "", "calledBack", ErrNotificationTime, "call-back without a report, or before it")
	}
	within := plural(p.CallBackHours, "hour")
	if reported.IsZero() || reported.After(asOf) {
		return notRequired(TaskCallBack, ruleCallBack, "manager call-back within "+within+" of the report",
			"no report recorded, so no call-back is due yet"), nil
	}
	c := timeCheck(TaskCallBack, ruleCallBack, "manager call-back within "+within+" of the report",
		reported.Add(time.Duration(p.CallBackHours)*time.Hour), calledBack, asOf)
	var text string
	switch c.Status {
	case Met, Late:
		text = fmt.Sprintf("reported %s, called back %s, %s later; due within %s, by %s",
			formatTime(reported), formatTime(c.DoneAt), duration(c.DoneAt.Sub(reported)), within, formatTime(c.DueAt))
	case Overdue:
		text = fmt.Sprintf("reported %s; no call-back recorded by %s", formatTime(reported), formatTime(c.DueAt))
	default:
		text = fmt.Sprintf("reported %s; call-back due by %s", formatTime(reported), formatTime(c.DueAt))
	}
	c.Findings = append(c.Findings, Finding{ruleCallBack, text})
	return c, nil
}

// Notification checks the report and call-back of record i of h (an index
// into h.Records), whose first missed shift starts at shiftStart, as of asOf.
// Whether it was a night shift comes from the employee's schedule on the date
// of shiftStart. The record's Reported and CalledBack are the report and
// call-back times.
//
// The report is not required for a part day (the employee was at work and
// went home ill). It fails with [ErrNoRecord] for a bad index,
// [ErrNotificationTime] for a zero shiftStart or one outside the record's
// period, and [ErrNoShift] when the schedule has no shift on that date.
func (h History) Notification(i int, shiftStart, asOf time.Time) (Notification, error) {
	if i < 0 || i >= len(h.Records) {
		return Notification{}, inputErr("record", i, "", "", ErrNoRecord, fmt.Sprintf("the history has %d", len(h.Records)))
	}
	r := h.Records[i]
	if shiftStart.IsZero() || !r.Period.Contains(DateOf(shiftStart)) {
		return Notification{}, inputErr("record", i, r.ID, "shiftStart", ErrNotificationTime,
			"shift start "+DateOf(shiftStart).String()+" is not in "+r.Period.String())
	}
	shift, ok := h.Employee.Schedule.ShiftOn(DateOf(shiftStart))
	if !ok {
		return Notification{}, inputErr("record", i, r.ID, "shiftStart", ErrNoShift, DateOf(shiftStart).String())
	}
	if r.PartDay != nil {
		cb, err := h.Policy.CallBack(r.Reported, r.CalledBack, asOf)
		if err != nil {
			return Notification{}, err
		}
		return Notification{
			ShiftStart: shiftStart, Night: shift.Night, CallBack: cb,
			Report: notRequired(TaskReport, ruleReport, "report before the shift",
				"the employee came to work and went home ill part-way through the shift (Proc 5, Proc 6)"),
		}, nil
	}
	return h.Policy.Notification(shiftStart, shift.Night, r.Reported, r.CalledBack, asOf)
}

// beforeAfter describes d (shift start minus event) as "1 hour before" or
// "30 minutes after".
func beforeAfter(d time.Duration) string {
	if d < 0 {
		return duration(-d) + " after"
	}
	return duration(d) + " before"
}

// duration writes d in hours and minutes, e.g. "1 hour 20 minutes".
func duration(d time.Duration) string {
	d = d.Round(time.Minute)
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case h == 0:
		return plural(m, "minute")
	case m == 0:
		return plural(h, "hour")
	}
	return plural(h, "hour") + " " + plural(m, "minute")
}
