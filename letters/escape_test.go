package letters_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/absencerules/hr14/letters"
)

const script = `<script>alert("x")</script>`

// hostile returns the sample letter of kind k with markup in every kind of
// free text: the name, an absence reason, the place, a point discussed.
func hostile(k letters.Kind) letters.Letter {
	l := letters.Sample(k)
	l.To.Name = script
	l.To.Salutation = "<b>Alex</b> & co"
	l.Letterhead.Organisation = `<img src=x onerror="alert(1)">`
	l.Meeting.Place = `Room 1" onmouseover="alert(1)`
	if len(l.Basis.Absences) > 0 {
		l.Basis.Absences[0].Reason = script
	}
	l.Meeting.People = append(l.Meeting.People, letters.Person{Name: script, Role: "</li></ul><h1>role</h1>"})
	l.Outcome.Discussed = append(l.Outcome.Discussed, script)
	l.From.Phone = `01234 <b>567890</b>`
	if r := l.Referral; r != nil {
		r.Questions = append(r.Questions, script)
		r.Support = append(r.Support, script)
	}
	if v := l.Interview; v != nil {
		v.Headroom[0].Point = script
	}
	if f := l.Conference; f != nil {
		f.Actions[0].What = script
	}
	if s := l.SelfCertification; s != nil {
		s.Grounds = append(s.Grounds, script)
	}
	if j := l.Injury; j != nil {
		j.Other = []string{script}
		j.Authoriser.Name = script
	}
	if s := l.SSP; s != nil {
		s.Reason = script
	}
	if l.Employee != nil {
		l.Employee.JobTitle = script
	}
	return l
}

// allowedTags are the only elements the default HTML templates write.
var allowedTags = map[string]bool{"!DOCTYPE": true, "html": true, "head": true, "meta": true, "title": true, "style": true,
	"body": true, "header": true, "div": true, "p": true, "h1": true, "h2": true, "ul": true, "ol": true, "li": true, "table": true, "tr": true,
	"th": true, "td": true, "strong": true, "span": true, "br": true}

var tag = regexp.MustCompile(`<(/?)([!A-Za-z][A-Za-z0-9]*)`)

// TestLET6_HTMLEscaped: markup in a name, a reason or any other free text
// renders as text in HTML (html/template escapes it) and as itself in plain
// text.
func TestLET6_HTMLEscaped(t *testing.T) {
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range letters.Kinds() {
		l := hostile(k)
		html, err := r.String(letters.HTML, l)
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		for _, m := range tag.FindAllStringSubmatch(html, -1) {
			if !allowedTags[m[2]] {
				t.Errorf("%s: the HTML has an element <%s%s> that no template writes", k, m[1], m[2])
			}
		}
		for _, bad := range []string{"<script", "<img", "<b>", `" onmouseover`} {
			if strings.Contains(html, bad) {
				t.Errorf("%s: the HTML contains %q unescaped", k, bad)
			}
		}
		if !strings.Contains(html, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
			t.Errorf("%s: the escaped name is missing from the HTML", k)
		}
		text, err := r.String(letters.Text, l)
		if err != nil {
			t.Fatal(err)
		}
		greeting := "Dear <b>Alex</b> & co"
		if k.Form() {
			greeting = "Employee: " + script
		}
		if !strings.Contains(text, greeting) || !strings.Contains(text, script+"\n") {
			t.Errorf("%s: the plain text does not show the text as given", k)
		}
		if !k.Form() && (!strings.Contains(html, "01234 &lt;b&gt;567890&lt;/b&gt;") || !strings.Contains(text, "01234 <b>567890</b>")) {
			t.Errorf("%s: the contact line is not escaped, or not shown as given", k)
		}
		if len(l.Basis.Absences) > 0 && !strings.Contains(html, ": 9 working days (&lt;script&gt;") && !strings.Contains(html, "(&lt;script&gt;") {
			t.Errorf("%s: the escaped reason is missing from the HTML", k)
		}
	}
}
