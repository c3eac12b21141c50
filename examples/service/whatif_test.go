package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/triggers"
)

const whatIfCase = `name: What-if
asOf: 2026-02-27
employee: {id: E1, fte: 1, standardDayHours: 7.5, schedule: {week: MTWTF.., bankHolidaysOff: true}}
absences:
  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection, diagnosis: SECRET-diagnosis}
whatIf:
  absences:
    - {period: 2026-03-02, reason: other}
`

// POST /v1/what-if answers with the what-if as JSON (or text), the months
// of the calendar from the query; bad input gets 400 with where it is.
func TestService_WhatIf(t *testing.T) {
	url, _ := startService(t, Config{MaxBytes: 1 << 20})
	res := do(t, http.MethodPost, url+"/v1/what-if?months=3", "application/yaml", "", whatIfCase)
	if res.status != http.StatusOK {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	var w report.WhatIf
	if err := json.Unmarshal([]byte(res.body), &w); err != nil {
		t.Fatal(err)
	}
	if len(w.Activated) != 1 || w.Activated[0].Trigger != triggers.TRIG1 || w.Step == nil || w.Calendar == nil ||
		w.Calendar.Days.String() != "2026-02-28/2026-05-27" {
		t.Fatalf("%+v", w)
	}
	if strings.Contains(res.body, "SECRET") {
		t.Fatal("confidential text in the answer")
	}
	res = do(t, http.MethodPost, url+"/v1/what-if", "application/yaml", "text/plain", whatIfCase)
	if res.status != http.StatusOK || !strings.Contains(res.body, "TRIG-1 would activate on 2026-03-02") ||
		!strings.Contains(res.body, "Forward calendar") {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	res = do(t, http.MethodPost, url+"/v1/what-if?months=40", "application/yaml", "", whatIfCase)
	if res.status != http.StatusBadRequest {
		t.Fatalf("months=40: status %d", res.status)
	}
	bad := strings.Replace(whatIfCase, "2026-03-02", "2026-01-07", 1)
	res = do(t, http.MethodPost, url+"/v1/what-if", "application/yaml", "", bad)
	var e ErrorBody
	if res.status != http.StatusBadRequest || json.Unmarshal([]byte(res.body), &e) != nil || e.Error.Path != "whatIf.absences[0].period" || e.Error.Line != 8 {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	if res := do(t, http.MethodGet, url+"/v1/what-if", "", "", ""); res.status != http.StatusMethodNotAllowed {
		t.Fatalf("GET: status %d", res.status)
	}
}
