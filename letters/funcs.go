package letters

import (
	htmltemplate "html/template"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// errNoDate is what a template gets when it prints a date that is not set:
// the letter fails to render rather than print "0000-00-00".
const errNoDate Error = "a date the template prints is not set"

// funcs are the functions every template may call, in both formats:
//
//	date d         Monday 16 March 2026 (an error for a date not set)
//	period p       Tuesday 6 January 2026 to Wednesday 7 January 2026, or one day
//	workingDays n  1 working day, 2 working days
//	weeks n        1 week, 4 weeks
//	join items     a, b and c
//	dates ds       Monday 19 January 2026 and Thursday 5 March 2026
func funcs() map[string]any {
	return map[string]any{
		"dates":       longDates,
		"date":        longDate,
		"period":      longPeriod,
		"workingDays": func(n int) string { return plural(n, "working day") },
		"weeks":       func(n int) string { return plural(n, "week") },
		"join":        join,
		"shortDate":   shortDate,
		"shortPeriod": shortPeriod,
		"inc":         func(i int) int { return i + 1 },
		"capital":     capitalise,
		"continued":   continued,
		"yesNo": func(b bool) string {
			if b {
				return "Yes"
			}
			return "No"
		},
	}
}

func longDate(d absence.Date) (string, error) {
	if !d.IsValid() {
		return "", errNoDate
	}
	return d.LongDate(), nil
}

func longDates(ds []absence.Date) (string, error) {
	out := make([]string, len(ds))
	for i, d := range ds {
		s, err := longDate(d)
		if err != nil {
			return "", err
		}
		out[i] = s
	}
	return join(out), nil
}

func longPeriod(p absence.Period) (string, error) {
	if !p.IsValid() {
		return "", errNoDate
	}
	if p.Start == p.End {
		return p.Start.LongDate(), nil
	}
	return p.Start.LongDate() + " to " + p.End.LongDate(), nil
}

// plural returns n and the noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// join lists items in a sentence: "a", "a and b", "a, b and c".
func join(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// shortDate writes d as "16 Mar 2026", for the chronology and the timeline.
func shortDate(d absence.Date) string {
	if !d.IsValid() {
		return d.String()
	}
	return strconv.Itoa(d.Day) + " " + d.Month.String()[:3] + " " + strconv.Itoa(d.Year)
}

// shortPeriod writes p as "6 Jan 2026 to 7 Jan 2026", or one day.
func shortPeriod(p absence.Period) string {
	if p.Start == p.End {
		return shortDate(p.Start)
	}
	return shortDate(p.Start) + " to " + shortDate(p.End)
}

// itoa is strconv.Itoa.
func itoa(n int) string { return strconv.Itoa(n) }

// capitalise returns s with its first letter in upper case.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// continued is the header of a letter's second and later pages in print:
// the employee and the letter's date, e.g. "Alex Morgan, 16 March 2026,
// continued" (LET-18). The style sheet prints it as a CSS string (content:
// "…"), which html/template escapes; but it takes the start of a CSS string
// for a possible URL and refuses a text with a colon before any slash, so
// that a name such as "Dr A: Smith" printed "#ZgotmplZ". This string is
// only shown, never fetched: it is typed as a URL, which html/template
// still escapes for the string, only without that check. For the content
// property of the style sheet only.
func continued(l Letter) htmltemplate.URL {
	s := l.To.Name
	if l.Date.IsValid() {
		s += ", " + strings.TrimPrefix(l.Date.LongDate(), l.Date.Weekday().String()+" ")
	}
	if t := l.Title(); t != "" {
		s = t + ", " + s
	}
	return htmltemplate.URL(s + ", continued")
}
