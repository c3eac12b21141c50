package main

import (
	"net/http"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
)

// diff decodes the two cases in the request body — the record before a
// late correction and after it: {"old": case, "new": case}, or two YAML
// documents, old first — and writes what the correction changes
// (report.Compare) as JSON, or as text with "Accept: text/plain"; ?asOf
// evaluates both as of that date (else the new case's).
func diff(w http.ResponseWriter, r *http.Request, cfg Config) {
	name, body, asOf, ok := readRequest(w, r, cfg)
	if !ok {
		return
	}
	old, new, err := casefile.DecodePair(name, body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error(), err)
		return
	}
	c, err := report.Compare(&old.Case, &new.Case, asOf)
	if err != nil {
		writeCaseError(w, err, "the cases could not be compared")
		return
	}
	if accepts(r, "text/plain") {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_ = report.WriteCorrectionText(w, c)
		return
	}
	writeJSON(w, http.StatusOK, c)
}
