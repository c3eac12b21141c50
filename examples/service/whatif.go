package main

import (
	"io"
	"net/http"
	"strconv"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/triggers"
)

// whatIf decodes the case in the request body and renders its what-if
// (report.EvaluateWhatIf): what the hypothetical absences of its whatIf
// section would do, and the forward calendar; without a whatIf section, the
// forward calendar of the next 12 months. ?months=N sets the calendar's
// length (0 for none); ?asOf as for /v1/evaluate. JSON, or text with
// "Accept: text/plain".
func (s *server) whatIf(r *http.Request) reply {
	var months *int
	if q := r.URL.Query().Get("months"); q != "" {
		n, err := strconv.Atoi(q)
		if err != nil || n < 0 || n > triggers.MaxOutlookMonths {
			return errorReply(http.StatusBadRequest, "months: give a whole number of months from 0 (no calendar) to "+strconv.Itoa(triggers.MaxOutlookMonths), nil)
		}
		months = &n
	}
	sc, asOf, fail := s.readCase(r)
	if fail != nil {
		return *fail
	}
	if months != nil {
		if sc.WhatIf == nil {
			sc.WhatIf = &casefile.WhatIf{}
		}
		sc.WhatIf.Months = months
	}
	wi, err := report.EvaluateWhatIf(&sc.Case, asOf)
	if err != nil {
		return caseErrorReply(err, "the what-if could not be worked out")
	}
	if accepts(r, "text/plain") {
		return s.render(http.StatusOK, "text/plain; charset=utf-8", "the what-if", func(w io.Writer) error {
			return report.WriteWhatIfText(w, wi)
		})
	}
	return s.jsonReply(http.StatusOK, "the what-if", wi)
}
