package letters_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
)

func TestRenderer_Names(t *testing.T) {
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []letters.Format{letters.Text, letters.HTML} {
		names := r.Names(f)
		for _, k := range letters.Kinds() {
			if !slices.Contains(names, k.Code()) {
				t.Errorf("%s: no template for %s", f, k)
			}
			top := `{{template "top" .}}`
			if k.Form() {
				top = `{{template "form-top" .}}`
			}
			if src, ok := r.Source(f, k.Code()); !ok || !strings.Contains(src, top) {
				t.Errorf("%s: Source(%s) = %q, %v", f, k, src, ok)
			}
		}
		for _, part := range []string{"top", "bottom", "letterhead", "why", "people", "accompaniment"} {
			if !slices.Contains(names, part) {
				t.Errorf("%s: no part %s", f, part)
			}
		}
	}
	if !slices.Contains(r.Names(letters.HTML), "style") || r.Names(0) != nil {
		t.Error("Names: style or an invalid format")
	}
	if _, ok := r.Source(3, "top"); ok {
		t.Error("Source of an invalid format")
	}
}

func TestRenderer_With(t *testing.T) {
	r, _ := letters.New()
	tests := []struct {
		name, tmpl, src, want string
	}{
		{"unknown template", "stage-4-invitation", "x", "no such template"},
		{"parse error", "top", "{{if}}", "missing value for if"},
		{"unknown field", "stage-1-invitation", "{{.Meeting.Room}}", "can't evaluate field Room"},
		{"a date the letter does not have", "stage-1-invitation", "{{date .Appeal.Lodged}}", "a date the template prints is not set"},
		{"a period the letter does not have", "stage-1-invitation", "{{period .Basis.LongTerm}}", "a date the template prints is not set"},
	}
	for _, tt := range tests {
		for _, f := range []letters.Format{letters.Text, letters.HTML} {
			_, err := r.With(f, tt.tmpl, tt.src)
			var te *letters.TemplateError
			if !errors.Is(err, letters.ErrTemplate) || !errors.As(err, &te) || te.Format != f {
				t.Errorf("%s (%s): got %v, want a *TemplateError", tt.name, f, err)
				continue
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s (%s): %q does not say %q", tt.name, f, err, tt.want)
			}
		}
	}
	// A trust's own letter replaces the default, leaving r as it was.
	mine, err := r.With(letters.HTML, "stage-1-invitation", `<p>Dear {{.To.Greeting}}, see you on {{date .Meeting.Date}}{{if .Basis.Long}} at home{{end}}.</p>`)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := mine.String(letters.HTML, hostile(letters.Stage1Invitation))
	if got != "<p>Dear &lt;b&gt;Alex&lt;/b&gt; &amp; co, see you on Monday 16 March 2026.</p>" {
		t.Errorf("own template: %q", got)
	}
	if old, _ := r.String(letters.HTML, letters.Sample(letters.Stage1Invitation)); !strings.Contains(old, "<!DOCTYPE html>") {
		t.Error("With changed the original renderer")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderer_Render(t *testing.T) {
	r, _ := letters.New()
	l := letters.Sample(letters.AppealUpheld)
	if err := r.Render(failingWriter{}, letters.Text, l); err == nil || err.Error() != "disk full" {
		t.Errorf("writer error: %v", err)
	}
	if _, err := r.String(0, l); !errors.Is(err, letters.ErrInvalid) {
		t.Errorf("invalid format: %v", err)
	}
	if _, err := r.String(letters.HTML, letters.Letter{}); !errors.Is(err, letters.ErrInvalid) {
		t.Errorf("no kind: %v", err)
	}
	if letters.Text.String() != "text" || letters.HTML.String() != "html" || letters.Format(9).String() != "format(9)" {
		t.Error("Format.String")
	}
}

func TestKind_Text(t *testing.T) {
	for _, k := range letters.Kinds() {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back letters.Kind
		if err := back.UnmarshalText(b); err != nil || back != k || k.String() != string(b) {
			t.Errorf("%s: round trip gives %s, %v", k, back, err)
		}
	}
	if _, err := letters.Kind(0).MarshalText(); !errors.Is(err, letters.ErrInvalid) {
		t.Errorf("zero kind: %v", err)
	}
	var k letters.Kind
	if err := k.UnmarshalText([]byte("stage 9 invitation with a very long name indeed")); !errors.Is(err, letters.ErrInvalid) || strings.Contains(err.Error(), "stage 9") || !strings.Contains(err.Error(), "expected one of stage-1-invitation, ") {
		t.Errorf("unknown kind: %v", err)
	}
	if letters.Kind(99).Code() != "kind(99)" || letters.Kind(99).Step() != 0 {
		t.Error("out-of-range kind")
	}
}

// TestLET18_ContinuationHeader: in print, the second and later pages of a
// letter or form carry the employee's name and the date (and a form's
// title), and every page its number; a name with markup stays text.
func TestLET18_ContinuationHeader(t *testing.T) {
	r, _ := letters.New()
	for _, k := range letters.Kinds() {
		l := letters.Sample(k)
		page, err := r.String(letters.HTML, l)
		if err != nil {
			t.Fatal(err)
		}
		want := `content: "` + l.To.Name + ", "
		if l.Kind.Form() {
			want = `content: "` + l.Title() + ", " + l.To.Name + ", "
		}
		if !strings.Contains(page, want) || !strings.Contains(page, `counter(page) " of " counter(pages)`) || strings.Contains(page, "ZgotmplZ") {
			t.Errorf("%s: no continuation header or page number in print", k)
		}
		if !strings.Contains(page, "Private and Confidential") || !strings.Contains(page, "Policy: HR14 v16 Sickness Absence Management") {
			t.Errorf("%s: not marked confidential, or the policy not named", k)
		}
	}
	page, _ := r.String(letters.HTML, hostile(letters.Dismissal))
	if strings.Contains(page, "<script") {
		t.Error("markup in the continuation header")
	}
	// A colon in a name is printed (escaped for the CSS string), not
	// refused as the start of a URL ("#ZgotmplZ"); quotes and markup stay
	// escaped.
	named := letters.Sample(letters.Stage1Outcome)
	named.To.Name = `Dr A: Smith "x" </style> javascript:alert(1)`
	page, err := r.String(letters.HTML, named)
	if err != nil || strings.Contains(page, "ZgotmplZ") || !strings.Contains(page, `content: "Dr A\3a  Smith \22x\22  \3c\2fstyle\3e  javascript\3a alert\28 1\29, 18 March 2026, continued"`) {
		i := strings.Index(page, "@top-right")
		t.Errorf("a name with a colon: %v\n%s", err, page[max(i, 0):max(i, 0)+200])
	}
	// A trust's own policy is named instead of HR14 v16; one that does not
	// name itself is refused.
	l := letters.Sample(letters.Stage1Outcome)
	l.Policy = &absence.PolicyID{Reference: "HR99", Title: "Attendance at Work", Version: "3", Trust: "Other Hospitals NHS Trust"}
	text, err := r.String(letters.Text, l)
	if err != nil || !strings.Contains(text, "\nPolicy: HR99 v3 Attendance at Work, Other Hospitals NHS Trust\n") {
		t.Errorf("own policy: %v\n%s", err, text)
	}
	l.Policy = &absence.PolicyID{Title: "Attendance"}
	if _, err := r.String(letters.Text, l); !errors.Is(err, letters.ErrInvalid) {
		t.Errorf("a policy without a version: %v", err)
	}
}
