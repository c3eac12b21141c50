package main

import (
	"io"
	"net/http"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
)

// chronology decodes the case in the request body and renders its
// chronology (report.Chronology): JSON; text with "Accept: text/plain";
// HTML with its timeline picture with ?format=html or "Accept: text/html";
// the picture alone as SVG with ?format=svg. ?from and ?to keep the facts
// in those dates, ?reliesOn=STEP what that step relied on, ?at sets the
// date of the picture's windows, ?asOf as for /v1/evaluate.
func (s *server) chronology(r *http.Request) reply {
	q := r.URL.Query()
	var o report.ChronologyOptions
	for _, p := range []struct {
		name string
		d    *absence.Date
	}{{"from", &o.From}, {"to", &o.To}, {"at", &o.At}} {
		if v := q.Get(p.name); v != "" {
			d, err := absence.ParseDate(v)
			if err != nil {
				return errorReply(http.StatusBadRequest, p.name+": give a date as YYYY-MM-DD", nil)
			}
			*p.d = d
		}
	}
	if v := q.Get("reliesOn"); v != "" {
		if err := o.ReliesOn.UnmarshalText([]byte(v)); err != nil || o.ReliesOn == stages.StepReturnToWork {
			return errorReply(http.StatusBadRequest, "reliesOn: use one of "+strings.Join(reliesOnSteps(), ", "), nil)
		}
	}
	format := q.Get("format")
	switch format {
	case "", "json", "text", "html", "svg":
	default:
		return errorReply(http.StatusBadRequest, "format: use json, text, html or svg", nil)
	}
	if format == "" {
		switch {
		case accepts(r, "text/html") && !accepts(r, "text/plain"):
			format = "html"
		case accepts(r, "text/plain"):
			format = "text"
		}
	}
	sc, asOf, fail := s.readCase(r)
	if fail != nil {
		return *fail
	}
	ch, err := report.Chronology(&sc.Case, asOf, o)
	if err != nil {
		return caseErrorReply(err, "the chronology could not be written")
	}
	switch format {
	case "svg":
		rp := s.render(http.StatusOK, "image/svg+xml; charset=utf-8", "the timeline", func(w io.Writer) error {
			_, err := io.WriteString(w, ch.Timeline.SVG())
			return err
		})
		if rp.status == http.StatusOK {
			rp.header.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
		}
		return rp
	case "text", "html":
		rd, err := letters.New()
		if err != nil {
			return errorReply(http.StatusInternalServerError, "the chronology could not be written", nil)
		}
		f, ct := letters.Text, "text/plain; charset=utf-8"
		if format == "html" {
			f, ct = letters.HTML, "text/html; charset=utf-8"
		}
		rp := s.render(http.StatusOK, ct, "the chronology", func(w io.Writer) error { return rd.RenderChronology(w, f, ch) })
		if rp.status == http.StatusOK && f == letters.HTML {
			rp.header.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
		}
		return rp
	}
	return s.jsonReply(http.StatusOK, "the chronology", ch)
}

// reliesOnSteps are the codes of the steps a chronology can be cut to.
func reliesOnSteps() []string {
	return []string{stages.StepStage1.Code(), stages.StepStage2.Code(), stages.StepStage3.Code(), stages.StepIllHealth.Code(), stages.StepAppeal.Code()}
}
