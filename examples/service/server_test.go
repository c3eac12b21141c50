package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/absencerules/hr14/examples/report"
)

// startService starts the service on a loopback port and returns its base
// URL and a function that stops it and returns serve's result.
func startService(t *testing.T, cfg Config) (string, func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.ShutdownTimeout == 0 {
		cfg.ShutdownTimeout = 5 * time.Second
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, cfg) }()
	stopped := false
	stop := func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			return errors.New("serve did not return after the context was cancelled")
		}
	}
	t.Cleanup(func() { _ = stop() })
	return "http://" + ln.Addr().String(), stop
}

type response struct {
	status int
	header http.Header
	body   string
}

func do(t *testing.T, method, url, contentType, accept, body string) response {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

func errorOf(t *testing.T, r response) ErrorDetail {
	t.Helper()
	var e ErrorBody
	if err := json.Unmarshal([]byte(r.body), &e); err != nil {
		t.Fatalf("error body %q: %v", r.body, err)
	}
	return e.Error
}

const caseJSON = `{
  "name": "Service test",
  "asOf": "2026-03-16",
  "employee": {"id": "E1", "fte": "1", "standardDayHours": "7.5", "schedule": {"week": "MTWTF..", "bankHolidaysOff": true}},
  "absences": [
    {"id": "A1", "period": "2026-01-06/2026-01-07", "reason": "infection", "diagnosis": "influenza A, confirmed"},
    {"id": "A2", "period": "2026-03-02", "reason": "infection"}
  ]
}`

func TestService(t *testing.T) {
	var logs strings.Builder
	url, stop := startService(t, Config{MaxBytes: 64 << 10, Log: newTestLogger(&logs)})

	t.Run("health", func(t *testing.T) {
		r := do(t, "GET", url+"/healthz", "", "", "")
		if r.status != http.StatusOK || !strings.Contains(r.body, `"status": "ok"`) || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
			t.Errorf("%d %q", r.status, r.body)
		}
	})
	t.Run("evaluate JSON", func(t *testing.T) {
		r := do(t, "POST", url+"/v1/evaluate", "application/json", "", caseJSON)
		if r.status != http.StatusOK {
			t.Fatalf("%d %s", r.status, r.body)
		}
		var rep report.Report
		if err := json.Unmarshal([]byte(r.body), &rep); err != nil {
			t.Fatal(err)
		}
		if rep.Format != report.Format || len(rep.Triggers.Activations) != 1 || rep.Triggers.Activations[0].Date.String() != "2026-03-02" {
			t.Errorf("report: %+v", rep.Triggers.Activations)
		}
		if strings.Contains(r.body, "influenza") {
			t.Error("the diagnosis is in the response")
		}
	})
	t.Run("evaluate YAML as of another date, as text", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join("..", "hr14", "testdata", "cases", "ward-nurse.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		r := do(t, "POST", url+"/v1/evaluate?asOf=2026-03-20", "application/yaml", "text/plain", string(data))
		if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain") ||
			!strings.HasPrefix(r.body, "MANAGER'S SUMMARY\n") || !strings.Contains(r.body, "as of Friday 20 March 2026") ||
			!strings.Contains(r.body, "As of 2026-03-20 (Friday)") {
			t.Errorf("%d %s", r.status, r.body)
		}
	})
	t.Run("validation errors are 400 with the typed error's message", func(t *testing.T) {
		bad := strings.Replace(caseJSON, `"fte": "1"`, `"fte": "1", "grade": "Band 5"`, 1)
		r := do(t, "POST", url+"/v1/evaluate", "application/json", "", bad)
		e := errorOf(t, r)
		if r.status != http.StatusBadRequest || e.Class != "unknown field" || e.Line != 4 || e.Path != "employee.grade" ||
			!strings.Contains(e.Message, `request.json:4:`) {
			t.Errorf("%d %+v", r.status, e)
		}
		overlap := strings.Replace(caseJSON, `"2026-03-02", "reason"`, `"2026-01-07", "reason"`, 1)
		r = do(t, "POST", url+"/v1/evaluate", "application/json", "", overlap)
		e = errorOf(t, r)
		if r.status != http.StatusBadRequest || e.Class != "invalid case" || e.Path != "absences[1].period" || !strings.Contains(e.Message, "records overlap") {
			t.Errorf("%d %+v", r.status, e)
		}
		// A diagnosis in the wrong shape is refused without being quoted.
		wrong := strings.Replace(caseJSON, `"influenza A, confirmed"`, `["influenza A, confirmed"]`, 1)
		r = do(t, "POST", url+"/v1/evaluate", "application/json", "", wrong)
		if r.status != http.StatusBadRequest || strings.Contains(r.body, "influenza") {
			t.Errorf("%d %s", r.status, r.body)
		}
		r = do(t, "POST", url+"/v1/evaluate?asOf=2026-02-30", "application/json", "", caseJSON)
		if r.status != http.StatusBadRequest || !strings.Contains(errorOf(t, r).Message, "asOf") {
			t.Errorf("bad asOf: %d %s", r.status, r.body)
		}
		r = do(t, "POST", url+"/v1/evaluate", "application/yaml", "", "name: [x\n")
		if e := errorOf(t, r); r.status != http.StatusBadRequest || e.Class != "syntax error" || e.Line != 2 || strings.Contains(e.Message, "did not find") {
			t.Errorf("syntax: %d %+v", r.status, e)
		}
	})
	t.Run("request size limit", func(t *testing.T) {
		big := `{"name": "` + strings.Repeat("x", 70<<10) + `"}`
		r := do(t, "POST", url+"/v1/evaluate", "application/json", "", big)
		if r.status != http.StatusRequestEntityTooLarge || errorOf(t, r).Status != http.StatusRequestEntityTooLarge ||
			!strings.Contains(errorOf(t, r).Message, "at most 64 KiB (65536 bytes)") {
			t.Errorf("%d %s", r.status, r.body)
		}
	})
	t.Run("boundary cases", func(t *testing.T) {
		nurse, err := os.ReadFile(filepath.Join("..", "hr14", "testdata", "cases", "ward-nurse.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		edit := func(old, new string) string {
			if !strings.Contains(string(nurse), old) {
				t.Fatalf("ward-nurse.yaml lacks %q", old)
			}
			return strings.Replace(string(nurse), old, new, 1)
		}
		const period = "period: 2026-06-08/2026-06-19"
		for _, c := range []struct{ name, body, path, want string }{
			{"9999-12-31", edit(period, "period: 2026-06-08/9999-12-31"), "absences[2].period", `absence 3, period: 9999-12-31, the "no end date" of some HR systems, is not read as one`},
			{"year 0001", edit(period, "period: 0001-06-08/2026-06-19"), "absences[2].period", "absence 3, period: date outside the years 1900 to 2200: 0001-06-08"},
			{"health text in a code field", edit("reason: stress", `reason: "miscarriage at 12 weeks"`), "absences[2].reason", `absence 3, reason: not one of the codes: use "musculoskeletal"`},
		} {
			for _, endpoint := range []string{"/v1/evaluate", "/v1/letters/stage-1-outcome"} {
				r := do(t, "POST", url+endpoint, "application/yaml", "", c.body)
				e := errorOf(t, r)
				if r.status != http.StatusBadRequest || e.Path != c.path || !strings.Contains(e.Message, c.want) || e.Line == 0 {
					t.Errorf("%s %s: %d %+v", c.name, endpoint, r.status, e)
				}
				if strings.Contains(r.body, "miscarriage") || strings.Contains(r.body, "gastroenteritis") {
					t.Errorf("%s %s: the body quotes the case: %s", c.name, endpoint, r.body)
				}
			}
		}
		// Open-ended: evaluated up to the as-of date, the whole report sent.
		r := do(t, "POST", url+"/v1/evaluate", "application/yaml", "", strings.Replace(edit(period, "period: 2026-06-08/.."), "    returned: 2026-06-22\n", "", 1))
		var rep report.Report
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &rep) != nil || len(rep.Notes) == 0 ||
			!strings.Contains(strings.Join(rep.Notes, "\n"), "A3 has no end date yet") {
			t.Errorf("open-ended: %d %s", r.status, r.body)
		}
	})
	t.Run("methods, paths and media types", func(t *testing.T) {
		r := do(t, "GET", url+"/v1/evaluate", "", "", "")
		if r.status != http.StatusMethodNotAllowed || r.header.Get("Allow") != "POST" {
			t.Errorf("GET /v1/evaluate: %d %v", r.status, r.header)
		}
		if r := do(t, "DELETE", url+"/healthz", "", "", ""); r.status != http.StatusMethodNotAllowed {
			t.Errorf("DELETE /healthz: %d", r.status)
		}
		if r := do(t, "GET", url+"/letters", "", "", ""); r.status != http.StatusNotFound || !strings.Contains(r.body, "POST /v1/evaluate") {
			t.Errorf("GET /letters: %d %s", r.status, r.body)
		}
		if r := do(t, "POST", url+"/v1/evaluate", "text/csv", "", "a,b"); r.status != http.StatusUnsupportedMediaType {
			t.Errorf("text/csv: %d", r.status)
		}
		if r := do(t, "POST", url+"/v1/evaluate", "not a type;;", "", "{}"); r.status != http.StatusUnsupportedMediaType {
			t.Errorf("bad Content-Type: %d", r.status)
		}
	})

	if err := stop(); err != nil {
		t.Fatalf("graceful shutdown: %v", err)
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Error("the service still answers after shutdown")
	}
	for _, want := range []string{"path=/v1/evaluate status=400", "shutting down"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
	if strings.Contains(logs.String(), "influenza") {
		t.Error("the diagnosis is in the log")
	}
}

// A request in flight when shutdown starts still completes.
func TestService_ShutdownLetsRequestsFinish(t *testing.T) {
	url, stop := startService(t, Config{MaxBytes: 1 << 20})
	pr, pw := io.Pipe()
	result := make(chan int, 1)
	go func() {
		resp, err := http.Post(url+"/v1/evaluate", "application/json", pr)
		if err != nil {
			result <- -1
			return
		}
		resp.Body.Close()
		result <- resp.StatusCode
	}()
	if _, err := pw.Write([]byte(caseJSON[:40])); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // the request is being read
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	time.Sleep(100 * time.Millisecond)
	if _, err := pw.Write([]byte(caseJSON[40:])); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	if code := <-result; code != http.StatusOK {
		t.Errorf("request in flight: status %d", code)
	}
	if err := <-stopped; err != nil {
		t.Errorf("shutdown: %v", err)
	}
}

func TestRun_Flags(t *testing.T) {
	var b strings.Builder
	if code := run([]string{"-h"}, &b); code != 0 || !strings.Contains(b.String(), "-max-bytes") {
		t.Errorf("-h: %d %q", code, b.String())
	}
	for _, args := range [][]string{{"-max-bytes", "0"}, {"extra"}, {"-nope"}} {
		b.Reset()
		if code := run(args, &b); code != 2 {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	b.Reset()
	if code := run([]string{"-addr", "256.0.0.1:99999"}, &b); code != 1 || !strings.Contains(b.String(), "cannot listen") {
		t.Errorf("bad address: exit %d %q", code, b.String())
	}
}
