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

// The letters endpoint, on loopback: text by default, HTML by query or
// Accept, the same size limit and 400 with the typed error's message as
// evaluate.
func TestService_Letters(t *testing.T) {
	var logs strings.Builder
	url, stop := startService(t, Config{MaxBytes: 64 << 10, Log: newTestLogger(&logs)})
	data, err := os.ReadFile(filepath.Join("..", "hr14", "testdata", "cases", "ward-nurse.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	nurse := string(data)
	const yaml = "application/yaml"

	t.Run("text", func(t *testing.T) {
		r := do(t, "POST", url+"/v1/letters/stage-1-outcome", yaml, "", nurse)
		if r.status != http.StatusOK || r.header.Get("Content-Type") != "text/plain; charset=utf-8" || r.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("%d %v %s", r.status, r.header, r.body)
		}
		for _, want := range []string{"Thursday 19 March 2026\n", "Dear Jo\n", "reached on Monday 2 March 2026", "Sam Patel\nWard Manager\n"} {
			if !strings.Contains(r.body, want) {
				t.Errorf("letter lacks %q:\n%s", want, r.body)
			}
		}
		if strings.Contains(r.body, "gastroenteritis") {
			t.Error("the diagnosis is in the letter")
		}
	})
	t.Run("HTML by query or Accept, as of another date", func(t *testing.T) {
		for _, c := range []struct{ query, accept string }{
			{"?format=html&asOf=2026-03-18", ""},
			{"?asOf=2026-03-18", "text/html,application/xhtml+xml,*/*;q=0.8"},
		} {
			r := do(t, "POST", url+"/v1/letters/stage-1-outcome"+c.query, yaml, c.accept, nurse)
			if r.status != http.StatusOK || r.header.Get("Content-Type") != "text/html; charset=utf-8" ||
				!strings.Contains(r.header.Get("Content-Security-Policy"), "default-src 'none'") ||
				!strings.HasPrefix(r.body, "<!DOCTYPE html>") || !strings.Contains(r.body, "Wednesday 18 March 2026") ||
				!strings.Contains(r.body, "Trust&#39;s physiotherapy service") {
				t.Errorf("%v: %d %v\n%s", c, r.status, r.header, r.body)
			}
		}
		if r := do(t, "POST", url+"/v1/letters/stage-1-outcome?format=text", yaml, "text/html", nurse); r.header.Get("Content-Type") != "text/plain; charset=utf-8" {
			t.Errorf("format=text wins over Accept: %v", r.header)
		}
	})
	t.Run("missing data is 400 naming each field", func(t *testing.T) {
		bare, _, _ := strings.Cut(nurse, "# What no case holds")
		r := do(t, "POST", url+"/v1/letters/stage-1-outcome", yaml, "", bare)
		e := errorOf(t, r)
		if r.status != http.StatusBadRequest || e.Class != "invalid case" || e.Path != "letter" || !strings.Contains(e.Message, "no letter section") {
			t.Fatalf("%d %+v", r.status, e)
		}
		var paths []string
		for _, p := range e.Problems {
			paths = append(paths, p.Path)
		}
		if got := strings.Join(paths, " "); got != "letter letter.to.name letter.from.name letter.from.jobTitle letter.from.phone letter.to.address" {
			t.Errorf("problems: %s\n%+v", got, e.Problems)
		}
		if strings.Contains(r.body, "<no value>") {
			t.Errorf("body: %s", r.body)
		}
	})
	t.Run("a step the case does not hold is 400", func(t *testing.T) {
		r := do(t, "POST", url+"/v1/letters/stage-2-invitation", yaml, "", nurse)
		e := errorOf(t, r)
		if r.status != http.StatusBadRequest || e.Path != "events" || !strings.Contains(e.Message, "no invitation to the stage 2 sickness review meeting is recorded") || len(e.Problems) != 0 {
			t.Errorf("%d %+v", r.status, e)
		}
	})
	t.Run("bad requests", func(t *testing.T) {
		r := do(t, "POST", url+"/v1/letters/stage-2-invite", yaml, "", nurse)
		if e := errorOf(t, r); r.status != http.StatusNotFound || !strings.Contains(e.Message, "use one of stage-1-invitation, stage-1-outcome,") {
			t.Errorf("unknown kind: %d %+v", r.status, e)
		}
		if r := do(t, "POST", url+"/v1/letters/dismissal?format=pdf", yaml, "", nurse); r.status != http.StatusBadRequest || !strings.Contains(errorOf(t, r).Message, "format") {
			t.Errorf("format=pdf: %d %s", r.status, r.body)
		}
		if r := do(t, "POST", url+"/v1/letters/dismissal?asOf=2026-13-01", yaml, "", nurse); r.status != http.StatusBadRequest {
			t.Errorf("bad asOf: %d %s", r.status, r.body)
		}
		if r := do(t, "POST", url+"/v1/letters/dismissal", yaml, "", "name: [x\n"); r.status != http.StatusBadRequest || errorOf(t, r).Class != "syntax error" {
			t.Errorf("syntax: %d %s", r.status, r.body)
		}
		if r := do(t, "POST", url+"/v1/letters/dismissal", "text/csv", "", "a,b"); r.status != http.StatusUnsupportedMediaType {
			t.Errorf("text/csv: %d", r.status)
		}
		big := nurse + "\ndescription: " + strings.Repeat("x", 70<<10) + "\n"
		if r := do(t, "POST", url+"/v1/letters/stage-1-outcome", yaml, "", big); r.status != http.StatusRequestEntityTooLarge {
			t.Errorf("too big: %d", r.status)
		}
		if r := do(t, "GET", url+"/v1/letters/stage-1-outcome", "", "", ""); r.status != http.StatusMethodNotAllowed || r.header.Get("Allow") != "POST" {
			t.Errorf("GET a letter: %d %v", r.status, r.header)
		}
	})
	t.Run("the kinds", func(t *testing.T) {
		r := do(t, "GET", url+"/v1/letters", "", "", "")
		var body struct{ Kinds []string }
		if err := json.Unmarshal([]byte(r.body), &body); r.status != http.StatusOK || err != nil || len(body.Kinds) != len(letters.Kinds()) || body.Kinds[0] != "stage-1-invitation" {
			t.Errorf("%d %s %v", r.status, r.body, err)
		}
	})

	if err := stop(); err != nil {
		t.Fatalf("graceful shutdown: %v", err)
	}
	for _, private := range []string{"gastroenteritis", "Jo Rivers", "Mill Lane"} {
		if strings.Contains(logs.String(), private) {
			t.Errorf("the log holds %q", private)
		}
	}
	if !strings.Contains(logs.String(), "path=/v1/letters/stage-1-outcome status=200") {
		t.Errorf("log:\n%s", logs.String())
	}
}
