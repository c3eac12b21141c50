package main

import (
	"io"
	"net/http"
	"strings"

	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
)

// letter decodes the case in the request body and renders the letter of
// the kind in the path: plain text, or HTML with ?format=html or an Accept
// header that names text/html and not text/plain.
func (s *server) letter(r *http.Request) reply {
	var k letters.Kind
	if err := k.UnmarshalText([]byte(r.PathValue("kind"))); err != nil {
		return errorReply(http.StatusNotFound, "no such letter: use one of "+strings.Join(kindCodes(), ", "), nil)
	}
	format := letters.Text
	switch f := r.URL.Query().Get("format"); f {
	case "text":
	case "html":
		format = letters.HTML
	case "":
		if accepts(r, "text/html") && !accepts(r, "text/plain") {
			format = letters.HTML
		}
	default:
		return errorReply(http.StatusBadRequest, "format: use text or html", nil)
	}
	sc, asOf, fail := s.readCase(r)
	if fail != nil {
		return *fail
	}
	l, err := report.Letter(&sc.Case, asOf, k)
	if err != nil {
		return caseErrorReply(err, "the letter could not be written")
	}
	rd, err := letters.New()
	if err != nil {
		return errorReply(http.StatusInternalServerError, "the letter could not be written", nil)
	}
	contentType := "text/plain; charset=utf-8"
	if format == letters.HTML {
		contentType = "text/html; charset=utf-8"
	}
	rp := s.render(http.StatusOK, contentType, "the letter", func(w io.Writer) error { return rd.Render(w, format, l) })
	if rp.status == http.StatusOK && format == letters.HTML {
		// The letter is a document to read or print: no script, no
		// request to anywhere; its own style only.
		rp.header.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	}
	return rp
}

// listLetters answers GET /v1/letters with the kinds of letter.
func (s *server) listLetters(*http.Request) reply {
	return s.jsonReply(http.StatusOK, "the kinds of letter", map[string][]string{"kinds": kindCodes()})
}

func kindCodes() []string {
	var out []string
	for _, k := range letters.Kinds() {
		out = append(out, k.String())
	}
	return out
}
