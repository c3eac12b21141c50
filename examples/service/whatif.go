package main

import (
	"net/http"
	"strconv"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/triggers"
)

// whatIf decodes the case in the request body and writes its what-if
// (report.EvaluateWhatIf): what the hypothetical absences of its whatIf
// section would do, and the forward calendar; without a whatIf section, the
// forward calendar of the next 12 months. ?months=N sets the calendar's
// length (0 for none); ?asOf as for /v1/evaluate. JSON, or text with
// "Accept: text/plain".
func whatIf(w http.ResponseWriter, r *http.Request, cfg Config) {
	var months *int
	if s := r.URL.Query().Get("months"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > triggers.MaxOutlookMonths {
			writeError(w, http.StatusBadRequest, "months: give a whole number of months from 0 (no calendar) to "+strconv.Itoa(triggers.MaxOutlookMonths), nil)
			return
		}
		months = &n
	}
	sc, asOf, ok := readCase(w, r, cfg)
	if !ok {
		return
	}
	if months != nil {
		if sc.WhatIf == nil {
			sc.WhatIf = &casefile.WhatIf{}
		}
		sc.WhatIf.Months = months
	}
	wi, err := report.EvaluateWhatIf(&sc.Case, asOf)
	if err != nil {
		writeCaseError(w, err, "the what-if could not be worked out")
		return
	}
	if accepts(r, "text/plain") {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_ = report.WriteWhatIfText(w, wi)
		return
	}
	writeJSON(w, http.StatusOK, wi)
}
