package report

import (
	"fmt"

	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// Readings explains, for each trigger point on which they disagree, the two
// counts a case has after a formal stage meeting (TRIG-7): whole, the
// trigger points over the whole record (the rolling windows with every
// absence in them: the employee's absence picture), and since, the same
// counted from the meeting as the policy's Counting says
// (triggers.Monitor.Since): what makes the next formal stage due and the
// employee's improvement target (HR14 SAP 1.3–1.5). Both are right, about
// different things; without this a report says "active" in one place and
// "2 more episodes would activate it" in the next. Dates are ISO 8601, as
// in the other findings.
func Readings(whole, since triggers.Status) []string {
	var out []string
	after := "counting only sickness after the stage meeting of " + since.Meeting.String()
	if since.Counting == triggers.CountFullWindow {
		after = "counting the full windows with sickness after the stage meeting of " + since.Meeting.String()
	}
	for _, w := range whole.Checks {
		s, ok := since.Check(w.Trigger)
		if !ok || w.Active == s.Active {
			continue
		}
		u := unitName(w.Evidence.Threshold.Unit)
		if w.Active {
			out = append(out, fmt.Sprintf("Two readings of %s: over the whole record it is active since %s (%s in the window ending %s); %s it is not (%s, against %s). "+
				"Only the second decides the next stage (TRIG-7, HR14 SAP 1.3), so %s makes no stage due; the first is the employee's absence record.",
				w.Trigger, w.Activated, amount(countOf(w).String(), u), w.AsOf, after, amount(countOf(s).String(), u), s.Evidence.Threshold.Value, w.Trigger))
			continue
		}
		out = append(out, fmt.Sprintf("Two readings of %s: %s it is active since %s; over the whole record it is not (%s in the window ending %s). "+
			"The count from the meeting decides the next stage (TRIG-7, HR14 SAP 1.3).",
			w.Trigger, after, s.Activated, amount(countOf(w).String(), u), w.AsOf))
	}
	return out
}

// countOf returns what a check's window holds, in its threshold's unit.
func countOf(c triggers.Check) decimal.Decimal {
	ev := c.Evidence
	switch ev.Threshold.Unit {
	case triggers.WorkingDays:
		return decimal.NewFromInt(int64(ev.WorkingDays))
	case triggers.Hours:
		return ev.Hours
	case triggers.CalendarDays:
		return decimal.NewFromInt(int64(ev.CalendarDays))
	default: // episodes
		return decimal.NewFromInt(int64(ev.Episodes))
	}
}
