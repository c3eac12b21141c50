package main

import (
	"bytes"
	"net/http"
	"strings"

	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
)

// letter decodes the case in the request body and writes the letter of the
// kind in the path: plain text, or HTML with ?format=html or an Accept
// header that names text/html and not text/plain.
func letter(w http.ResponseWriter, r *http.Request, cfg Config) {
	var k letters.Kind
	if err := k.UnmarshalText([]byte(r.PathValue("kind"))); err != nil {
		writeError(w, http.StatusNotFound, "no such letter: use one of "+strings.Join(kindCodes(), ", "), nil)
		return
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
		writeError(w, http.StatusBadRequest, "format: use text or html", nil)
		return
	}
	sc, asOf, ok := readCase(w, r, cfg)
	if !ok {
		return
	}
	l, err := report.Letter(&sc.Case, asOf, k)
	if err != nil {
		writeCaseError(w, err, "the letter could not be written")
		return
	}
	rd, err := letters.New()
	if err != nil {
		writeError(w, http.StatusInternalServerError, "the letter could not be written", nil)
		return
	}
	var buf bytes.Buffer
	if err := rd.Render(&buf, format, l); err != nil {
		writeError(w, http.StatusInternalServerError, "the letter could not be written", nil)
		return
	}
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	if format == letters.HTML {
		h.Set("Content-Type", "text/html; charset=utf-8")
		// The letter is a document to read or print: no script, no
		// request to anywhere; its own style only.
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	} else {
		h.Set("Content-Type", "text/plain; charset=utf-8")
	}
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
}

// listLetters writes the kinds of letter the service writes.
func listLetters(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string][]string{"kinds": kindCodes()})
}

func kindCodes() []string {
	var out []string
	for _, k := range letters.Kinds() {
		out = append(out, k.String())
	}
	return out
}
