package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/absencerules/hr14/letters"
)

// The chronology endpoint, on loopback: JSON by default, text and HTML by
// Accept or query, the timeline alone as SVG; its filters; 400 for a bad
// parameter or a step the case lacks.
func TestService_Chronology(t *testing.T) {
	url, _ := startService(t, Config{MaxBytes: 64 << 10})
	data, err := os.ReadFile(filepath.Join("..", "hr14", "testdata", "cases", "ward-nurse.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	nurse := string(data)
	const yaml = "application/yaml"
	r := do(t, "POST", url+"/v1/chronology", yaml, "", nurse)
	var c letters.Chronology
	if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &c) != nil || len(c.Entries) < 20 || c.Employee != "Jo Rivers (N-4471)" {
		t.Fatalf("JSON: %d %s", r.status, r.body)
	}
	r = do(t, "POST", url+"/v1/chronology", yaml, "text/plain", nurse)
	if r.header.Get("Content-Type") != "text/plain; charset=utf-8" || !strings.Contains(r.body, "As of: Monday 22 June 2026\n") {
		t.Errorf("text: %v\n%s", r.header, r.body)
	}
	r = do(t, "POST", url+"/v1/chronology", yaml, "text/html", nurse)
	if r.header.Get("Content-Type") != "text/html; charset=utf-8" || !strings.Contains(r.body, "<svg") ||
		!strings.Contains(r.header.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Errorf("HTML: %v", r.header)
	}
	r = do(t, "POST", url+"/v1/chronology?format=svg&at=2026-03-17", yaml, "", nurse)
	if r.header.Get("Content-Type") != "image/svg+xml; charset=utf-8" || !strings.HasPrefix(r.body, "<svg") || !strings.Contains(r.body, "windows at 17 Mar 2026") {
		t.Errorf("SVG: %v\n%s", r.header, r.body)
	}
	r = do(t, "POST", url+"/v1/chronology?reliesOn=stage-1&from=2026-03-01", yaml, "", nurse)
	if err := json.Unmarshal([]byte(r.body), &c); err != nil || !strings.Contains(c.ReliesOn, "stage 1") || c.From.String() != "2026-03-01" || c.Entries[0].Date.Before(c.From) {
		t.Errorf("filters: %d %v %+v", r.status, err, c.From)
	}
	for _, q := range []string{"?format=pdf", "?from=June", "?reliesOn=stage-9", "?reliesOn=return-to-work", "?reliesOn=stage-3"} {
		if r := do(t, "POST", url+"/v1/chronology"+q, yaml, "", nurse); r.status != http.StatusBadRequest {
			t.Errorf("%s: %d %s", q, r.status, r.body)
		}
	}
}
