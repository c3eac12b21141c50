package report

// The trigger points in the manager's summary: counted as the procedure
// counts after a stage meeting, with the whole record's reading explained.

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// triggerSentences say which trigger points are reached, counting as the
// procedure counts: after a stage meeting, only sickness after it decides
// the next stage (TRIG-7); a trigger point the whole record meets but that
// count does not is explained, not left to contradict it.
func triggerSentences(r *Report) []string {
	t := r.Triggers
	var out []string
	if ss := t.SinceStage; ss != nil {
		from := "the stage meeting of " + ss.From.LongDate()
		if r.Procedure.Stage != stages.NoStage {
			from = fmt.Sprintf("the stage %s meeting of %s", strings.TrimPrefix(r.Procedure.Stage.String(), "stage-"), ss.From.LongDate())
		}
		how := "Counting only sickness after " + from
		if ss.Counting == triggers.CountFullWindow {
			how = "Counting the full windows, with sickness after " + from
		}
		active := activeWords(r, ss.Status)
		if active == "" {
			out = append(out, how+" (what decides the next formal stage), no trigger point is reached: "+nearest(ss.Headroom, ss.Status)+".")
		} else {
			out = append(out, how+" (what decides the next formal stage), the employee has reached "+active+".")
		}
		for _, st := range t.Status {
			since, ok := statusFor(ss.Status, st.Trigger)
			if !ok || !st.Active || since.Active {
				continue
			}
			out = append(out, fmt.Sprintf("The whole record also meets %s (%s), but absences before the meeting do not count towards the next stage: since the meeting there %s.",
				words(r, st), amount(st.Count, st.Unit), isAre(since)))
		}
	} else {
		active := activeWords(r, t.Status)
		if active == "" {
			out = append(out, "No trigger point is reached: "+nearest(t.Headroom, t.Status)+".")
		} else {
			out = append(out, "The employee has reached "+active+".")
		}
	}
	if t.Adjustment != "" {
		out = append(out, "A reasonable adjustment raises the trigger points (see the detail).")
	}
	return out
}

// isAre says what a count amounts to: "are 2 episodes, so 2 more would
// reach it".
func isAre(s TriggerStatus) string {
	verb := "are "
	if s.Count == "1" {
		verb = "is "
	}
	if s.Count == "0" {
		return "are none"
	}
	c, err1 := decimal.NewFromString(s.Count)
	th, err2 := decimal.NewFromString(s.Threshold)
	if err1 != nil || err2 != nil || !th.GreaterThan(c) {
		return verb + amount(s.Count, s.Unit)
	}
	return verb + amount(s.Count, s.Unit) + ", so " + moreWords(th.Sub(c), s.Unit) + " would reach it"
}

// moreWords writes "1 more episode", "6 more working days".
func moreWords(n decimal.Decimal, unit string) string {
	if s := amount(n.String(), unit); strings.Contains(s, " ") {
		num, rest, _ := strings.Cut(s, " ")
		return num + " more " + rest
	}
	return n.String() + " more"
}

func triggerCount(n int) string {
	if n == 1 {
		return "a trigger point"
	}
	return strconv.Itoa(n) + " trigger points"
}

// activeWords says which trigger points are reached and when, grouped by
// day: "2 trigger points, both on Friday 19 June 2026: 8 working days in a
// rolling 6 months and 8 working days in a rolling 12 months (pro rata for
// 0.8 FTE)"; "" when none is.
func activeWords(r *Report, ss []TriggerStatus) string {
	var days []absence.Date
	byDay := map[absence.Date][]string{}
	n, proRata := 0, false
	for _, s := range ss {
		if !s.Active {
			continue
		}
		if _, ok := byDay[s.Activated]; !ok {
			days = append(days, s.Activated)
		}
		byDay[s.Activated] = append(byDay[s.Activated], words(r, s))
		n++
		proRata = proRata || (s.Trigger == triggers.TRIG2 || s.Trigger == triggers.TRIG4) && r.Employee.FTE != "1"
	}
	if n == 0 {
		return ""
	}
	slices.SortFunc(days, absence.Date.Compare)
	var parts []string
	for _, d := range days {
		ws := byDay[d]
		switch {
		case len(days) == 1 && len(ws) == 2:
			parts = append(parts, "both on "+d.LongDate()+": "+andList(ws))
		case len(days) == 1 && len(ws) > 2:
			parts = append(parts, "all on "+d.LongDate()+": "+andList(ws))
		default:
			parts = append(parts, andList(ws)+" on "+d.LongDate())
		}
	}
	s := triggerCount(n) + ", " + strings.Join(parts, "; ")
	if len(days) > 1 {
		s = triggerCount(n) + ": " + strings.Join(parts, "; ")
	}
	if n == 1 && len(days) == 1 {
		s = "a trigger point on " + days[0].LongDate() + ": " + byDay[days[0]][0]
	}
	if proRata {
		s += " (pro rata for " + r.Employee.FTE + " FTE)"
	}
	return s
}

// words names a trigger point in words, as the policy sets it for the
// employee: "2 episodes in a rolling 6 months", "8 working days in a
// rolling 6 months", "an absence of 28 calendar days or more".
func words(r *Report, s TriggerStatus) string {
	if s.Trigger == triggers.TRIG5 {
		for _, k := range r.Policy.Knobs {
			if k == "trig5Reading=more-than" {
				return "an absence of more than " + amount(s.Threshold, s.Unit)
			}
		}
		return "an absence of " + amount(s.Threshold, s.Unit) + " or more"
	}
	return amount(s.Threshold, s.Unit) + " in a rolling " + plural(months(s.Window), "month")
}

// months returns the length in months of a rolling window.
func months(w absence.Period) int {
	for m := 1; m <= 120; m++ {
		if absence.RollingWindow(w.End, m) == w {
			return m
		}
	}
	return 0
}

// nearest says what would reach the nearest trigger points: the fewest
// more episodes, and the fewest more working days (or hours), by the
// headroom of rooms; status gives each trigger's unit.
func nearest(rooms []Room, status []TriggerStatus) string {
	var parts []string
	for _, group := range [][]triggers.Trigger{{triggers.TRIG1, triggers.TRIG3}, {triggers.TRIG2, triggers.TRIG4}} {
		var best decimal.Decimal
		unit := ""
		for _, rm := range rooms {
			if !contains(group, rm.Trigger) || rm.Active || rm.Pending {
				continue
			}
			left, err := decimal.NewFromString(rm.Left)
			if err != nil || !left.IsPositive() || unit != "" && !left.LessThan(best) {
				continue
			}
			st, _ := statusFor(status, rm.Trigger)
			best, unit = left, st.Unit
		}
		if unit != "" {
			parts = append(parts, moreWords(best, unit))
		}
	}
	if len(parts) == 0 {
		return "none is near"
	}
	return strings.Join(parts, " or ") + " would reach one"
}

func contains(ts []triggers.Trigger, t triggers.Trigger) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// patternText cuts a detector's finding to what it found.
var (
	patternWindow = regexp.MustCompile(`\s+in the \d+ months \S+ to \S+`)
	patternList   = regexp.MustCompile(`\s+\([^)]*\)`)
)

// patternSentence names the recognisable TRIG-6 patterns, for the manager
// to consider.
func patternSentence(r *Report) string {
	var found []string
	for _, p := range r.Triggers.Patterns {
		if !p.Recognisable {
			continue
		}
		what, _, _ := strings.Cut(p.Text, ":")
		what = patternList.ReplaceAllString(patternWindow.ReplaceAllString(what, ""), "")
		found = append(found, inWords(what))
	}
	if len(found) == 0 {
		return ""
	}
	return "For the manager to consider, not a trigger point: " + strings.Join(found, "; ") + "."
}
