package letters

import (
	"bytes"
	"embed"
	htmltemplate "html/template"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	texttemplate "text/template"
)

// A Format is the output of a letter: plain text or HTML.
type Format uint8

// The formats.
const (
	// Text is plain UTF-8 text, rendered with text/template: paragraphs
	// separated by blank lines, one line each (the mail client or printer
	// wraps them), lists as lines starting "- ".
	Text Format = iota + 1
	// HTML is a complete HTML document, rendered with html/template so every
	// value is escaped: print-friendly on A4 in one column, with the
	// letterhead at the top.
	HTML
)

// String returns "text" or "html".
func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case HTML:
		return "html"
	}
	return "format(" + strconv.Itoa(int(f)) + ")"
}

// templates holds the default templates, one file per template: the file
// name without ".tmpl" is the template's name.
//
//go:embed templates
var templates embed.FS

// A Renderer renders letters with a set of templates: one per letter (named
// by the Kind's code, e.g. "stage-1-invitation") and the parts they share
// ("top", "bottom", "letterhead", "why", …; [Renderer.Names] lists them), in
// each Format. New gives the project's own wording; With replaces any
// template with the trust's own.
//
// A Renderer is immutable and safe for concurrent use.
type Renderer struct {
	src  [2]map[string]string // by format − 1: name → source
	text *texttemplate.Template
	html *htmltemplate.Template
}

// New returns a Renderer with the default templates.
func New() (*Renderer, error) {
	var src [2]map[string]string
	for i, f := range []Format{Text, HTML} {
		src[i] = map[string]string{}
		dir := "templates/" + f.String()
		entries, err := fs.ReadDir(templates, dir)
		if err != nil {
			return nil, &TemplateError{Format: f, Name: dir, Err: err}
		}
		for _, e := range entries {
			b, err := fs.ReadFile(templates, path.Join(dir, e.Name()))
			if err != nil {
				return nil, &TemplateError{Format: f, Name: e.Name(), Err: err}
			}
			src[i][strings.TrimSuffix(e.Name(), ".tmpl")] = string(b)
		}
	}
	return build(src)
}

// build parses every template of src.
func build(src [2]map[string]string) (*Renderer, error) {
	r := &Renderer{src: src}
	r.text = texttemplate.New("").Funcs(funcs()).Funcs(map[string]any{"svg": svgText}).Option("missingkey=error")
	for _, name := range slices.Sorted(maps.Keys(src[0])) {
		if _, err := r.text.New(name).Parse(src[0][name]); err != nil {
			return nil, &TemplateError{Format: Text, Name: name, Err: err}
		}
	}
	r.html = htmltemplate.New("").Funcs(funcs()).Funcs(map[string]any{"svg": svgHTML}).Option("missingkey=error")
	for _, name := range slices.Sorted(maps.Keys(src[1])) {
		if _, err := r.html.New(name).Parse(src[1][name]); err != nil {
			return nil, &TemplateError{Format: HTML, Name: name, Err: err}
		}
	}
	return r, nil
}

// Names returns the names of the templates of format f, sorted: the letters'
// codes and the parts they share.
func (r *Renderer) Names(f Format) []string {
	if f != Text && f != HTML {
		return nil
	}
	return slices.Sorted(maps.Keys(r.src[f-1]))
}

// Source returns the source of the template name in format f, as a starting
// point for a trust's own; ok is false if there is no such template.
func (r *Renderer) Source(f Format, name string) (src string, ok bool) {
	if f != Text && f != HTML {
		return "", false
	}
	src, ok = r.src[f-1][name]
	return src, ok
}

// With returns a Renderer like r whose template name in format f is src: a
// trust's own wording for a letter (name is the Kind's code) or for a part
// every letter uses ("letterhead", "style", …). src is a text/template or
// html/template body; it may call the other templates and the functions
// listed on [Renderer.Render].
//
// With fails with a *TemplateError (ErrTemplate) if there is no template
// name, if src does not parse, or if any letter then fails to render its
// [Sample]: a template that names a field that does not exist is caught here,
// not when a letter is sent. r itself is unchanged.
func (r *Renderer) With(f Format, name, src string) (*Renderer, error) {
	if _, ok := r.Source(f, name); !ok {
		return nil, &TemplateError{Format: f, Name: name, Err: ErrNoTemplate}
	}
	next := [2]map[string]string{maps.Clone(r.src[0]), maps.Clone(r.src[1])}
	next[f-1][name] = src
	out, err := build(next)
	if err != nil {
		return nil, err
	}
	for _, k := range Kinds() {
		if err := out.execute(io.Discard, f, Sample(k)); err != nil {
			return nil, err
		}
	}
	if err := out.executeChronology(io.Discard, f, SampleChronology()); err != nil {
		return nil, err
	}
	return out, nil
}

// Render validates l ([Letter.Validate]) and writes it to w in format f.
// Nothing is written unless the whole letter renders: a letter with missing
// data gives the validation error (ErrMissing, ErrInvalid), a template that
// fails gives a *TemplateError (ErrTemplate), and an error writing to w is
// returned as it is.
//
// Templates are executed with the Letter as data (its fields and methods:
// .To.Greeting, .Step, .Stage, .IllHealth, .Basis.Long) and these functions:
//
//	date d         Monday 16 March 2026; an error for a date not set
//	period p       Tuesday 6 January 2026 to Wednesday 7 January 2026 (or one day)
//	workingDays n  1 working day, 2 working days
//	weeks n        1 week, 4 weeks
//	join items     a, b and c
func (r *Renderer) Render(w io.Writer, f Format, l Letter) error {
	if f != Text && f != HTML {
		return &FieldError{Kind: l.Kind, Field: "Format", Detail: f.String(), Err: ErrInvalid}
	}
	if err := l.Validate(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := r.execute(&buf, f, l); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// String renders l in format f and returns it (see Render).
func (r *Renderer) String(f Format, l Letter) (string, error) {
	var b strings.Builder
	if err := r.Render(&b, f, l); err != nil {
		return "", err
	}
	return b.String(), nil
}

// execute runs the template of l's kind without validating l.
func (r *Renderer) execute(w io.Writer, f Format, l Letter) error {
	name := l.Kind.Code()
	var err error
	if f == Text {
		err = r.text.ExecuteTemplate(w, name, l)
	} else {
		err = r.html.ExecuteTemplate(w, name, l)
	}
	if err != nil {
		return &TemplateError{Format: f, Name: name, Err: err}
	}
	return nil
}
