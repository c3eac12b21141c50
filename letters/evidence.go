package letters

import (
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// triggerOf describes an activation for the employee: the trigger point as
// the policy sets it and what reached it, with British dates.
func triggerOf(a triggers.Activation) Trigger {
	return Trigger{ID: a.Trigger.String(), Point: point(a), Activated: a.Date, Evidence: evidence(a)}
}

// point names the trigger point as the policy sets it, before pro rata and
// adjustment, e.g. "2 episodes of sickness absence in a rolling 6-month
// period".
func point(a triggers.Activation) string {
	ev, th := a.Evidence, a.Evidence.Threshold
	rolling := " in a rolling " + strconv.Itoa(ev.Months) + "-month period"
	switch a.Trigger {
	case triggers.TRIG1, triggers.TRIG3:
		return count(th.Policy, "episode") + " of sickness absence" + rolling
	case triggers.TRIG2, triggers.TRIG4:
		return count(th.Policy, "working day") + " of sickness absence (pro rata)" + rolling
	default: // TRIG-5; TRIG-6 never activates
	}
	if th.Reading == triggers.MoreThan {
		return "an episode of sickness absence of more than " + count(th.Policy, "calendar day")
	}
	return "an episode of sickness absence of " + count(th.Policy, "calendar day") + " or more"
}

// evidence says what reached the trigger point: the count in its window, how
// sickness after a stage meeting was counted, and the threshold when pro
// rata or a reasonable adjustment changed it.
func evidence(a triggers.Activation) string {
	ev, th := a.Evidence, a.Evidence.Threshold
	you := "You"
	if !a.Meeting.IsZero() && a.Counting == triggers.CountAfterMeeting {
		you = "Counting only sickness after " + a.Meeting.LongDate() + ", you"
	}
	window := " in the " + plural(ev.Months, "month") + " from " + ev.Window.Start.LongDate() + " to " + ev.Window.End.LongDate()
	if !a.Meeting.IsZero() && a.Counting == triggers.CountFullWindow {
		window += ", including sickness after " + a.Meeting.LongDate()
	}
	var s string
	switch a.Trigger {
	case triggers.TRIG1, triggers.TRIG3:
		s = you + " had " + plural(ev.Episodes, "episode") + " of sickness absence" + window + "."
	case triggers.TRIG2, triggers.TRIG4:
		lost := plural(ev.WorkingDays, "working day")
		if th.Unit == triggers.Hours {
			lost = count(ev.Hours, "hour")
		}
		s = you + " lost " + lost + " to sickness absence" + window + "."
	default:
		start := a.Date
		if len(ev.Counted) > 0 {
			start = ev.Counted[0].Span.Start
		}
		days := plural(ev.CalendarDays, "calendar day")
		if c := ev.Counted; th.Measure == triggers.CountedDays && len(c) > 0 && c[0].CountedDays > 0 && c[0].CountedDays < c[0].Span.Days() {
			// Days inside the absence that do not count (ABS-7) add nothing.
			days += " of sickness that counts towards the trigger points"
		}
		s = you + "r absence from " + start.LongDate() + " reached " + days + " on " + a.Date.LongDate() + "."
	}
	return s + threshold(th)
}

// threshold explains a threshold that differs from the policy's number: pro
// rata for part-time work or hours, or raised as a reasonable adjustment.
func threshold(th triggers.Threshold) string {
	full := th.Policy
	adjusted := ""
	if th.IsAdjusted() {
		full = th.Adjusted
		adjusted = ", raised from " + th.Policy.String() + " as a reasonable adjustment"
	}
	switch th.Unit {
	case triggers.WorkingDays:
		if th.FTE.Equal(decimal.NewFromInt(1)) {
			break
		}
		s := " For your working pattern the trigger point is " + count(th.Value, "working day") +
			" (" + count(full, "day") + " pro rata at " + th.FTE.String() + " FTE" + adjusted + ")"
		if !th.Value.Equal(th.Value.Ceil()) {
			s += ", so it is reached on the " + ordinal(th.Value.Ceil().IntPart()) + " working day"
		}
		return s + "."
	case triggers.Hours:
		return " For your working hours the trigger point is " + count(th.Value, "hour") + " (" + count(full, "day") + " of " +
			count(th.DayHours, "hour") + " at " + th.FTE.String() + " FTE" + adjusted + ")."
	default: // episodes and calendar days are never pro rata
	}
	if adjusted == "" {
		return ""
	}
	noun := map[triggers.Unit]string{triggers.Episodes: "episode", triggers.WorkingDays: "working day", triggers.CalendarDays: "calendar day"}[th.Unit]
	return " Your trigger point is " + count(th.Value, noun) + adjusted + "."
}

// count is plural for a decimal number.
func count(d decimal.Decimal, noun string) string {
	if d.Equal(decimal.NewFromInt(1)) {
		return "1 " + noun
	}
	return d.String() + " " + noun + "s"
}

// ordinal returns 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, 21st, ….
func ordinal(n int64) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.FormatInt(n, 10) + suffix
}

// reasonLabels lists reason categories for a letter, e.g. "Infection,
// Musculoskeletal". Only the category: never a diagnosis.
func reasonLabels(rs []absence.Reason) string {
	labels := make([]string, len(rs))
	for i, r := range rs {
		labels[i] = r.String()
	}
	return strings.Join(labels, ", ")
}
