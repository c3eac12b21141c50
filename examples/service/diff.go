package main

import (
	"io"
	"net/http"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
)

// diff decodes the two cases in the request body — the record before a
// late correction and after it: {"old": case, "new": case}, or two YAML
// documents, old first — and renders what the correction changes
// (report.Compare) as JSON, or as text with "Accept: text/plain"; ?asOf
// evaluates both as of that date (else the new case's).
func (s *server) diff(r *http.Request) reply {
	name, body, asOf, fail := s.readRequest(r)
	if fail != nil {
		return *fail
	}
	old, new, err := casefile.DecodePair(name, body)
	if err != nil {
		return errorReply(http.StatusBadRequest, err.Error(), err)
	}
	c, err := report.Compare(&old.Case, &new.Case, asOf)
	if err != nil {
		return caseErrorReply(err, "the cases could not be compared")
	}
	if accepts(r, "text/plain") {
		return s.render(http.StatusOK, "text/plain; charset=utf-8", "the comparison", func(w io.Writer) error {
			return report.WriteCorrectionText(w, c)
		})
	}
	return s.jsonReply(http.StatusOK, "the comparison", c)
}
