package report

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// The manager's summary writes dates the British way, in words: a day as
// "Monday 22 June 2026" (absence.Date.LongDate) or, in a list, "22 June
// 2026"; a period as "6–7 January 2026", "28 January – 3 February 2026" or
// "30 December 2025 – 2 January 2026". It never writes 2026-01-06 or
// 2026-01-06/2026-01-07, which the detail keeps for the file.

// dayMonth writes d as "22 June 2026", or "22 June" when withYear is false.
func dayMonth(d absence.Date, withYear bool) string {
	s := strconv.Itoa(d.Day) + " " + d.Month.String()
	if withYear {
		s += " " + strconv.Itoa(d.Year)
	}
	return s
}

// periodWords writes p as "6–7 January 2026", "28 January – 3 February
// 2026", "30 December 2025 – 2 January 2026" or, for one day, "2 March
// 2026"; withYear false leaves out the year of a period within one year.
func periodWords(p absence.Period, withYear bool) string {
	s, e := p.Start, p.End
	year := ""
	if withYear {
		year = " " + strconv.Itoa(e.Year)
	}
	switch {
	case s == e:
		return dayMonth(s, false) + year
	case s.Year != e.Year:
		return dayMonth(s, true) + " – " + dayMonth(e, true)
	case s.Month == e.Month:
		return strconv.Itoa(s.Day) + "–" + dayMonth(e, false) + year
	}
	return dayMonth(s, false) + " – " + dayMonth(e, false) + year
}

// periodList writes periods as a list in words, the year once at the end
// when they all fall in one year: "19–20 January, 2–3 March and 8–19 June
// 2026".
func periodList(ps []absence.Period) string {
	if len(ps) == 0 {
		return ""
	}
	oneYear := true
	for _, p := range ps {
		if p.Start.Year != ps[0].Start.Year || p.End.Year != ps[0].Start.Year {
			oneYear = false
		}
	}
	words := make([]string, len(ps))
	for i, p := range ps {
		words[i] = periodWords(p, !oneYear)
	}
	s := andList(words)
	if oneYear {
		s += " " + strconv.Itoa(ps[0].Start.Year)
	}
	return s
}

// andList joins items as "a, b and c".
func andList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// isoPeriod and isoDate find the dates the library writes in ISO 8601.
var (
	isoPeriod = regexp.MustCompile(`\b(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})\b`)
	isoDate   = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)
	// recordHint is the event code a next step names for the host's
	// system ("; hr-er-notified, topic disability-discounting"), which a
	// manager does not need to read.
	recordHint = regexp.MustCompile(`; [a-z]+(-[a-z]+)+(, topic [a-z]+(-[a-z]+)*)?\)`)
	// codeHint is a parenthesis of codes alone, the event and its value
	// ("(ill-health-retirement-application, informed)").
	codeHint = regexp.MustCompile(` \([a-z]+(-[a-z]+)+(, [a-z]+(-[a-z]+)*)*\)`)
)

// inWords rewrites the ISO dates and periods of a library text in words
// ("2026-03-17" → "17 March 2026") and drops the event codes meant for the
// host's system.
func inWords(s string) string {
	s = recordHint.ReplaceAllString(s, ")")
	s = codeHint.ReplaceAllString(s, "")
	s = isoPeriod.ReplaceAllStringFunc(s, func(m string) string {
		p, err := absence.ParsePeriod(m)
		if err != nil {
			return m
		}
		return periodWords(p, true)
	})
	return isoDate.ReplaceAllStringFunc(s, func(m string) string {
		p, err := absence.ParsePeriod(m)
		if err != nil {
			return m
		}
		return dayMonth(p.Start, true)
	})
}

// wrap writes text as lines of at most width characters after the first
// line's prefix, later lines indented to match; words are never split.
func wrap(prefix, text string, width int) []string {
	indent := strings.Repeat(" ", len([]rune(prefix)))
	var lines []string
	line := prefix
	n := len([]rune(prefix))
	start := true
	for _, w := range strings.Fields(text) {
		l := len([]rune(w))
		if !start && n+1+l > width {
			lines = append(lines, line)
			line, n, start = indent, len([]rune(indent)), true
		}
		if !start {
			line += " "
			n++
		}
		line += w
		n += l
		start = false
	}
	return append(lines, line)
}
