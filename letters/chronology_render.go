package letters

import (
	"bytes"
	htmltemplate "html/template"
	"io"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// chronologyTemplate is the name of the chronology's template in both
// formats; a trust replaces it like a letter's ([Renderer.With]).
const chronologyTemplate = "chronology"

// Validate checks a chronology filled by hand (one [NewChronology] builds
// is valid): the as-of date, a policy that names itself when given, and
// every entry with a valid date, a kind, a rule ID and one line of text;
// free text one line each. It returns every problem found, each a
// *FieldError wrapping ErrMissing or ErrInvalid.
func (c Chronology) Validate() error {
	ck := &checker{}
	ck.date("AsOf", c.AsOf, true)
	if !c.Policy.IsZero() && c.Policy.Validate() != nil {
		ck.add("Policy", "a reference or a title, and a version", ErrInvalid)
	}
	ck.text("Employee", c.Employee, false)
	ck.text("ReliesOn", c.ReliesOn, false)
	ck.text("Letterhead.Organisation", c.Letterhead.Organisation, false)
	ck.lines("Letterhead.Lines", c.Letterhead.Lines, 0)
	ck.date("From", c.From, false)
	ck.date("To", c.To, false)
	if !c.From.IsZero() && !c.To.IsZero() {
		ck.order("From", c.From, "To", c.To, false)
	}
	for i, e := range c.Entries {
		f := "Entries[" + strconv.Itoa(i) + "]"
		ck.date(f+".Date", e.Date, true)
		if !e.Period.IsZero() {
			ck.period(f+".Period", e.Period)
		}
		if e.Kind == 0 || e.Kind >= numEntryKinds {
			ck.add(f+".Kind", e.Kind.String(), ErrInvalid)
		}
		ck.text(f+".Rule.ID", e.Rule.ID, true)
		ck.text(f+".Text", e.Text, true)
	}
	if t := c.Timeline; t != nil {
		ck.date("Timeline.At", t.At, true)
		if ck.period("Timeline.Span", t.Span) && t.At.IsValid() && !t.Span.Contains(t.At) {
			ck.add("Timeline.At", t.At.String()+" is outside the span "+t.Span.String(), ErrInvalid)
		}
	}
	return ck.err()
}

// Ranged reports whether the chronology is cut to a date range.
func (c Chronology) Ranged() bool { return !c.From.IsZero() || !c.To.IsZero() }

// PolicyName names the policy the chronology was produced under:
// Policy, or HR14 v16 when none is given.
func (c Chronology) PolicyName() string { return policyOrDefault(c.Policy).String() }

// policyOrDefault is p, or absence.HR14v16() when p is zero.
func policyOrDefault(p absence.PolicyID) absence.PolicyID {
	if p.IsZero() {
		return absence.HR14v16()
	}
	return p
}

// RenderChronology validates c ([Chronology.Validate]) and writes it to w
// in format f: plain text, or a print-ready HTML document with the
// timeline picture inline (LET-7, LET-8). Nothing is written unless it all
// renders. For JSON, marshal the Chronology.
//
// The template "chronology" is executed with the Chronology, and may call
// the letters' functions and, in HTML, svg (the picture of a *Timeline).
func (r *Renderer) RenderChronology(w io.Writer, f Format, c Chronology) error {
	if f != Text && f != HTML {
		return &FieldError{Field: "Format", Detail: f.String(), Err: ErrInvalid}
	}
	if err := c.Validate(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := r.executeChronology(&buf, f, c); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// ChronologyString renders c in format f and returns it (see
// RenderChronology).
func (r *Renderer) ChronologyString(f Format, c Chronology) (string, error) {
	var b strings.Builder
	if err := r.RenderChronology(&b, f, c); err != nil {
		return "", err
	}
	return b.String(), nil
}

func (r *Renderer) executeChronology(w io.Writer, f Format, c Chronology) error {
	var err error
	if f == Text {
		err = r.text.ExecuteTemplate(w, chronologyTemplate, c)
	} else {
		err = r.html.ExecuteTemplate(w, chronologyTemplate, c)
	}
	if err != nil {
		return &TemplateError{Format: f, Name: chronologyTemplate, Err: err}
	}
	return nil
}

// svgHTML is the HTML templates' svg function: the picture of t, which
// escapes every text it holds, as HTML; nothing for nil.
func svgHTML(t *Timeline) htmltemplate.HTML {
	if t == nil {
		return ""
	}
	return htmltemplate.HTML(t.SVG()) //nolint:gosec // Timeline.SVG escapes every text and attribute value
}

// svgText is the text templates' svg function: the SVG source.
func svgText(t *Timeline) string {
	if t == nil {
		return ""
	}
	return t.SVG()
}
