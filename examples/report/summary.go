package report

import (
	"fmt"
	"io"
	"strings"
)

// A Summary is the manager's summary of a report: what is happening, what to
// do next and by when, and the figures that matter (with why they change),
// in plain English about "the employee", with British dates in words and no
// rule references, short enough for one screen. The detail, with every rule
// and clause, follows it in the text form ([WriteText]); each sentence of
// the summary rests on a finding of the detail.
type Summary struct {
	// Title names the case, the employee and the date.
	Title string `json:"title"`
	// Happening says where the case stands: the formal stage, the
	// absences that count, the trigger points reached (counting as the
	// procedure counts after a stage meeting, and why the whole record may
	// say more), a recognisable pattern.
	Happening []string `json:"happening"`
	// Next is what to do next and by when: overdue first, then what is due
	// now, then by date.
	Next []string `json:"next"`
	// Attention are the findings of how the absences were recorded that
	// need the manager's action or attention, one line each when present
	// (a planned absence past its expected recovery, training booked on a
	// day of absence, days at work on a "may be fit" note, sickness during
	// booked leave, sickness in declared other work, an absence past its
	// expected return or not closed, sickness in a protected period):
	// categories and dates only. Added after issue 17.
	Attention []string `json:"attention,omitempty"`
	// Figures are sick pay, Statutory Sick Pay, Injury Allowance and an
	// ill-health retirement assessment, with why the figures change.
	Figures []string `json:"figures,omitempty"`
	// WhatIf says what the case's hypothetical absences would do, and when
	// one more day of sickness would reach a trigger point.
	WhatIf []string `json:"whatIf,omitempty"`
	// Policy names the policy and the library it was worked out under.
	Policy string `json:"policy"`
}

// maxNext bounds the actions the summary lists; the rest are in the detail.
const maxNext = 8

// summaryWidth is the width the text form wraps the summary to.
const summaryWidth = 100

// Summarise writes the manager's summary of r.
func Summarise(r *Report) Summary {
	s := Summary{Title: summaryTitle(r), Happening: []string{}, Next: []string{}}
	s.Happening = append(s.Happening, stageSentence(r))
	s.Happening = append(s.Happening, absenceSentences(r)...)
	s.Happening = append(s.Happening, triggerSentences(r)...)
	if p := patternSentence(r); p != "" {
		s.Happening = append(s.Happening, p)
	}
	s.Next = nextActions(r)
	s.Attention = attention(r)
	s.Figures = figures(r)
	s.WhatIf = whatIfSentences(r)
	s.Policy = policySentence(r)
	return s
}

// WriteSummary writes the manager's summary of r as text, wrapped to one
// screen's width.
func WriteSummary(w io.Writer, r *Report) error {
	s := r.Summary
	if s == nil {
		sum := Summarise(r)
		s = &sum
	}
	p := &printer{w: w}
	writeSummary(p, s)
	return p.err
}

func writeSummary(p *printer, s *Summary) {
	p.line("MANAGER'S SUMMARY")
	p.line("%s", s.Title)
	block := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		p.line("\n%s", title)
		for _, it := range items {
			for _, l := range wrap("  - ", it, summaryWidth) {
				p.line("%s", l)
			}
		}
	}
	block("What is happening", s.Happening)
	next := s.Next
	if len(next) == 0 {
		next = []string{"Nothing is due."}
	}
	block("What to do next", next)
	block("Also needs attention", s.Attention)
	block("Pay and pension", s.Figures)
	block("What if", s.WhatIf)
	p.line("")
	for _, l := range wrap("", s.Policy, summaryWidth) {
		p.line("%s", l)
	}
}

func summaryTitle(r *Report) string {
	name := r.Name
	if name == "" {
		name = "Sickness absence case"
	}
	who := "the employee"
	if r.Employee.ID != "" {
		who = "employee " + r.Employee.ID
	}
	return fmt.Sprintf("%s: %s, as of %s", name, who, r.AsOf.LongDate())
}

// policySentence names the policy, its knobs and the library.
func policySentence(r *Report) string {
	pol := r.Policy
	name := pol.ID.String()
	if name == "" {
		name = pol.Name
	}
	s := "Worked out under " + name
	if len(pol.Knobs) > 0 {
		s += ", with these knobs changed from its defaults: " + strings.Join(pol.Knobs, ", ")
	}
	if pol.Library != "" {
		s += " (hr14 library " + pol.Library + ")"
	}
	return s + ". The detail follows, with the rule and clause behind every figure."
}
