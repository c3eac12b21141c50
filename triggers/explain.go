package triggers

import (
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A narrative renders evidence in plain English. Dates of whole windows are
// ISO 8601 (2025-09-03); the episodes inside a window are short ("6–7 Jan"),
// which is unambiguous because a window of at most 12 months holds each day
// of the year once (longer windows add the year).
type narrative struct {
	ev       Evidence
	t        Trigger
	meeting  absence.Date
	counting Counting
}

// describe names the trigger point as the policy sets it, e.g. "2 episodes in
// a rolling 6 months".
func (n narrative) describe() string {
	th := n.ev.Threshold
	switch n.t {
	case TRIG1, TRIG3:
		return Episodes.of(th.Policy.String()) + " in a rolling " + months(n.ev.Months)
	case TRIG2, TRIG4:
		return WorkingDays.of(th.Policy.String()) + " (pro rata) in a rolling " + months(n.ev.Months)
	default:
	}
	if th.Reading == MoreThan {
		return "an absence of more than " + CalendarDays.of(th.Policy.String()) + " (\"greater than 4 weeks\")"
	}
	return "an episode of " + CalendarDays.of(th.Policy.String()) + " or more"
}

func (n narrative) heading(b *strings.Builder, r absence.Rule, what string) {
	b.WriteString(r.ID + " (" + r.Clause + "): " + what + ".\n")
}

// sentence says what the window holds against the threshold: reached (an
// activation), meets it (active), or falls short.
func (n narrative) sentence(active, activation bool) string {
	ev, th := n.ev, n.ev.Threshold
	var b strings.Builder
	if n.t == TRIG5 {
		return n.longSentence(active, activation)
	}
	var amount decimal.Decimal
	switch n.t {
	case TRIG1, TRIG3:
		amount = decimal.NewFromInt(int64(ev.Episodes))
		if ev.Episodes == 0 {
			b.WriteString("no episodes")
		} else {
			b.WriteString(Episodes.of(strconv.Itoa(ev.Episodes)))
		}
	default:
		amount = decimal.NewFromInt(int64(ev.WorkingDays))
		if th.Unit == Hours {
			amount = ev.Hours
		}
		b.WriteString(th.Unit.of(amount.String()) + " lost")
	}
	if n.afterOnly() {
		b.WriteString(" after the stage meeting of " + n.meeting.String())
	}
	b.WriteString(" in the " + months(ev.Months) + " " + ev.Window.Start.String() + " to " + ev.Window.End.String())
	if len(ev.Counted) > 0 {
		b.WriteString(" (" + n.list() + ")")
	}
	meets := amount.Cmp(th.Value) >= 0
	switch {
	case activation:
		b.WriteString(" reached the threshold of " + n.threshold())
	case (active || meets) && amount.Equal(decimal.NewFromInt(1)):
		b.WriteString(" meets the threshold of " + n.threshold())
	case active || meets:
		b.WriteString(" meet the threshold of " + n.threshold())
	default:
		b.WriteString(", below the threshold of " + n.threshold())
	}
	if n.fullWindow() {
		after := n.afterMeeting()
		switch {
		case after != "":
			b.WriteString(", with sickness after the stage meeting of " + n.meeting.String() + " (" + after + ")")
		case meets:
			b.WriteString(", but none of it after the stage meeting of " + n.meeting.String())
		}
	}
	return b.String()
}

func (n narrative) longSentence(active, activation bool) string {
	ev := n.ev
	w := "the " + months(ev.Months) + " " + ev.Window.Start.String() + " to " + ev.Window.End.String()
	var spans []string
	measure := ev.Threshold.Measure
	for _, c := range ev.Counted {
		spans = append(spans, isoRange(c.Span)+" ("+lengthText(c, measure)+")")
	}
	switch {
	case activation:
		return "the episode " + isoRange(ev.Counted[0].Span) + " reached " + lengthText(ev.Counted[0], measure) +
			", the threshold of " + n.threshold()
	case active:
		return "the episode " + strings.Join(spans, " and ") + " reached the threshold of " + n.threshold() +
			" and has sickness in " + w
	case len(spans) > 0 && ev.CalendarDays >= int(ev.Threshold.Value.IntPart()):
		return "the episode " + strings.Join(spans, " and ") + " has sickness in " + w +
			" but reached the threshold of " + n.threshold() + " on or before the stage meeting of " + n.meeting.String()
	case len(spans) > 0:
		return "the longest episode with sickness in " + w + ", " + spans[0] + ", is below the threshold of " + n.threshold()
	}
	return "no episode with sickness in " + w + " reaches the threshold of " + n.threshold()
}

// threshold describes the threshold applied, e.g. "6 working days (10 × FTE
// 0.6)".
func (n narrative) threshold() string { return n.thresholdIn(false) }

// thresholdIn is threshold, naming the unit of an episode count when unit is
// set ("2 episodes" rather than "2").
func (n narrative) thresholdIn(unit bool) string {
	th := n.ev.Threshold
	full := th.Policy
	if th.IsAdjusted() {
		full = th.Adjusted
	}
	var s string
	switch th.Unit {
	case Episodes:
		s = th.Value.String()
		if unit {
			s = Episodes.of(s)
		}
	case WorkingDays:
		s = th.Unit.of(th.Value.String()) + " (" + full.String() + " × FTE " + th.FTE.String()
		if !th.Value.Equal(th.Value.Ceil()) {
			s += ", reached on the " + ordinal(th.Value.Ceil().IntPart()) + " working day"
		}
		s += ")"
	case Hours:
		s = th.Unit.of(th.Value.String()) + " (" + full.String() + " days × " + th.DayHours.String() +
			" hours × FTE " + th.FTE.String() + ")"
	case CalendarDays:
		if th.Reading == MoreThan {
			s = "more than " + CalendarDays.of(full.String())
		} else {
			s = CalendarDays.of(full.String()) + " or more"
		}
	}
	if th.IsAdjusted() {
		s += ", raised from " + th.Policy.String() + " by a reasonable adjustment"
		if th.Adjustment != "" {
			s += " (" + th.Adjustment + ")"
		}
	}
	return s
}

// afterOnly reports whether only days after a meeting are counted.
func (n narrative) afterOnly() bool { return !n.meeting.IsZero() && n.counting == CountAfterMeeting }

// fullWindow reports whether the full window is counted with a day after a
// meeting required.
func (n narrative) fullWindow() bool { return !n.meeting.IsZero() && n.counting == CountFullWindow }

// list returns the counted episodes in short form, e.g. "6–7 Jan, 2 Mar".
func (n narrative) list() string {
	long := n.ev.Months > 12
	parts := make([]string, len(n.ev.Counted))
	for i, c := range n.ev.Counted {
		runs := make([]string, len(c.Days))
		for j, p := range c.Days {
			runs[j] = short(p, long)
		}
		parts[i] = strings.Join(runs, " and ")
	}
	return strings.Join(parts, ", ")
}

// afterMeeting lists the counted days after the meeting, in short form.
func (n narrative) afterMeeting() string {
	var parts []string
	for _, c := range n.ev.Counted {
		for _, p := range c.Days {
			if q, ok := p.Intersect(absence.Period{Start: n.meeting.AddDays(1), End: p.End}); ok {
				parts = append(parts, short(q, n.ev.Months > 12))
			}
		}
	}
	return strings.Join(parts, ", ")
}

// details writes the window, the episodes counted and not counted, the
// threshold and how sickness after a meeting is counted.
func (n narrative) details(b *strings.Builder) {
	ev := n.ev
	b.WriteString("Window: " + ev.Window.Start.String() + " to " + ev.Window.End.String() + " (" + months(ev.Months) + ").\n")
	hours := ev.Threshold.Unit == Hours
	if len(ev.Counted) > 0 {
		b.WriteString("Counted:\n")
		writeCounted(b, ev.Counted, hours)
	}
	if len(ev.Excluded) > 0 {
		b.WriteString("Not counted:\n")
		for _, x := range ev.Excluded {
			b.WriteString("  - " + x.String() + "\n")
		}
	}
	if len(ev.BeforeMeeting) > 0 {
		b.WriteString("Not counted, on or before the stage meeting of " + n.meeting.String() + ":\n")
		writeCounted(b, ev.BeforeMeeting, hours)
	}
	if n.t != TRIG5 {
		b.WriteString("Total: " + Episodes.of(strconv.Itoa(ev.Episodes)) + ", " + WorkingDays.of(strconv.Itoa(ev.WorkingDays)))
		if hours {
			b.WriteString(" (" + Hours.of(ev.Hours.String()) + ")")
		}
		b.WriteString(".\n")
	}
	b.WriteString("Threshold: " + n.thresholdIn(true) + ".\n")
	if ev.Threshold.IsAdjusted() {
		b.WriteString("The threshold is raised for this employee as a reasonable adjustment — " + ruleAdjustment.String() + ".\n")
	}
	switch {
	case n.afterOnly():
		b.WriteString("Only sickness after the stage meeting of " + n.meeting.String() + " counts (" + citeMeeting + ").\n")
	case n.fullWindow():
		b.WriteString("The full rolling window counts, but at least one counted day must fall after the stage meeting of " +
			n.meeting.String() + " (" + citeMeeting + ").\n")
	}
}

func writeCounted(b *strings.Builder, cs []Counted, hours bool) {
	for _, c := range cs {
		runs := make([]string, len(c.Days))
		for i, p := range c.Days {
			runs[i] = isoRange(p)
		}
		b.WriteString("  - " + strings.Join(runs, ", ") + ": " + WorkingDays.of(strconv.Itoa(c.WorkingDays)))
		if hours {
			b.WriteString(" (" + Hours.of(c.Hours.String()) + ")")
		}
		if c.Span.Days() > 0 {
			b.WriteString("; episode " + isoRange(c.Span) + ", " + lengthText(c, CountedDays))
		}
		if len(c.Reasons) > 0 {
			rs := make([]string, len(c.Reasons))
			for i, r := range c.Reasons {
				rs[i] = r.String()
			}
			b.WriteString("; " + strings.Join(rs, ", "))
		}
		b.WriteString("\n")
	}
}

// lengthText describes c's length as TRIG-5 measures it: "31 calendar
// days"; or, measuring the counted days of an episode some days of whose
// span do not count, "13 calendar days that count of the 31 from its first
// to its last counted day".
func lengthText(c Counted, m Measure) string {
	span := c.Span.Days()
	if m == CountedSpan || c.CountedDays == span {
		return CalendarDays.of(strconv.Itoa(c.length(m == CountedDays)))
	}
	return thatCount(strconv.Itoa(c.CountedDays)) + " of the " + strconv.Itoa(span) + " from its first to its last counted day"
}

// thatCount writes n calendar days "that count" ("1 calendar day that
// counts").
func thatCount(n string) string {
	if n == "1" {
		return CalendarDays.of(n) + " that counts"
	}
	return CalendarDays.of(n) + " that count"
}

// short writes p as "6–7 Jan", "2 Mar" or "30 Jan–2 Feb" (with years when
// withYear: "30 Dec 2025–2 Jan 2026").
func short(p absence.Period, withYear bool) string {
	day := func(d absence.Date, month, year bool) string {
		s := strconv.Itoa(d.Day)
		if month {
			s += " " + d.Month.String()[:3]
		}
		if year {
			s += " " + strconv.Itoa(d.Year)
		}
		return s
	}
	s, e := p.Start, p.End
	switch {
	case s == e:
		return day(s, true, withYear)
	case s.Year == e.Year && s.Month == e.Month:
		return strconv.Itoa(s.Day) + "–" + day(e, true, withYear)
	case s.Year == e.Year:
		return day(s, true, false) + "–" + day(e, true, withYear)
	}
	return day(s, true, withYear) + "–" + day(e, true, withYear)
}

// isoRange writes p as "2026-01-06 to 2026-01-07", or one date.
func isoRange(p absence.Period) string {
	if p.Start == p.End {
		return p.Start.String()
	}
	return p.Start.String() + " to " + p.End.String()
}

func months(n int) string {
	if n == 1 {
		return "1 month"
	}
	return strconv.Itoa(n) + " months"
}

func ordinal(n int64) string {
	s := strconv.FormatInt(n, 10)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
