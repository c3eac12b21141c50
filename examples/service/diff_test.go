package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/report"
)

// POST /v1/diff compares two cases given as {"old", "new"} or as two YAML
// documents, as JSON or text; errors name the side and place it.
func TestService_Diff(t *testing.T) {
	url, _ := startService(t, Config{MaxBytes: 1 << 20})
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "hr14", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	old, new := read("cases/ward-nurse.yaml"), read("corrections/reopened.yaml")
	res := do(t, http.MethodPost, url+"/v1/diff", "application/yaml", "", old+"\n---\n"+new)
	if res.status != http.StatusOK {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	var c report.Correction
	if err := json.Unmarshal([]byte(res.body), &c); err != nil {
		t.Fatal(err)
	}
	if c.Pay == nil || c.Pay.Settle != "pay" || c.Pay.Amount != "983.50" {
		t.Fatalf("%+v", c)
	}
	if strings.Contains(res.body, "gastroenteritis") {
		t.Fatal("the diagnosis is in the answer")
	}
	// JSON {"old", "new"}: the same case twice changes nothing.
	js := `{"old": {"asOf": "2026-03-31", "employee": {"fte": "1", "standardDayHours": "7.5", "schedule": {"week": "MTWTF.."}},
  "absences": [{"period": "2026-01-06/2026-01-07", "reason": "infection"}]},
 "new": {"asOf": "2026-03-31", "employee": {"fte": "1", "standardDayHours": "7.5", "schedule": {"week": "MTWTF.."}},
  "absences": [{"period": "2026-01-06/2026-01-07", "reason": "infection"}]}}`
	res = do(t, http.MethodPost, url+"/v1/diff", "application/json", "text/plain", js)
	if res.status != http.StatusOK || !strings.Contains(res.body, "Nothing changes.") {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	bad := strings.Replace(js, `"2026-01-06/2026-01-07", "reason": "infection"}]}}`, `"2026-01-06/2026-01-07", "reason": "infection"}, {"period": "2026-01-07", "reason": "infection"}]}}`, 1)
	res = do(t, http.MethodPost, url+"/v1/diff", "application/json", "", bad)
	var e ErrorBody
	if res.status != http.StatusBadRequest || json.Unmarshal([]byte(res.body), &e) != nil || e.Error.Path != "new.absences[1].period" || e.Error.Line != 4 {
		t.Fatalf("status %d: %s", res.status, res.body)
	}
	res = do(t, http.MethodPost, url+"/v1/diff", "application/yaml", "", old)
	if res.status != http.StatusBadRequest || !strings.Contains(res.body, "give the fields old and new") {
		t.Fatalf("one case: status %d: %s", res.status, res.body)
	}
}
