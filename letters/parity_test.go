package letters_test

import (
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/absencerules/hr14/letters"
)

var (
	headElement = regexp.MustCompile(`(?s)<head>.*</head>`)
	inlineTag   = regexp.MustCompile(`</?strong>`)
	anyTag      = regexp.MustCompile(`<[^>]*>`)
	bullet      = regexp.MustCompile(`(?m)^(- |\d+\. )`)
)

// words returns the words of a letter: for HTML, of the body's text.
func words(s string, f letters.Format) []string {
	if f == letters.HTML {
		s = headElement.ReplaceAllString(s, "")
		s = inlineTag.ReplaceAllString(s, "")
		s = html.UnescapeString(anyTag.ReplaceAllString(s, " "))
	} else {
		s = bullet.ReplaceAllString(s, "")
	}
	// Signature lines are drawn in HTML and typed as underscores in text.
	return slices.DeleteFunc(strings.Fields(s), func(w string) bool { return strings.Trim(w, "_") == "" })
}

// TestLET6_FormatsSayTheSame: the text and HTML templates of every letter use
// the same words in the same order, so a change of wording in one format
// cannot be forgotten in the other.
func TestLET6_FormatsSayTheSame(t *testing.T) {
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range allLetters(t) {
		text, err := r.String(letters.Text, l)
		if err != nil {
			t.Fatal(err)
		}
		page, err := r.String(letters.HTML, l)
		if err != nil {
			t.Fatal(err)
		}
		tw, hw := words(text, letters.Text), words(page, letters.HTML)
		for i := 0; i < len(tw) || i < len(hw); i++ {
			if i >= len(tw) || i >= len(hw) || tw[i] != hw[i] {
				t.Errorf("%s: the formats differ at word %d:\n text: %s\n html: %s", l.Kind, i, around(tw, i), around(hw, i))
				break
			}
		}
	}
}

func around(ws []string, i int) string {
	lo, hi := max(0, i-6), min(len(ws), i+6)
	if lo >= hi {
		return "(end)"
	}
	return strings.Join(ws[lo:hi], " ")
}
