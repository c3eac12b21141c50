package main

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// TestReply_RenderedBeforeStatus proves for every endpoint that the
// service never sends a success status before its body is complete: every
// response carries a Content-Length equal to its body (the body existed in
// full when the status went out), and when rendering fails part-way (a
// response over MaxResponse) the answer is a 500 with a complete error
// body, never a 200 with part of a report or none.
func TestReply_RenderedBeforeStatus(t *testing.T) {
	url, _ := startService(t, Config{MaxBytes: 64 << 10})
	tiny, _ := startService(t, Config{MaxBytes: 64 << 10, MaxResponse: 16})
	succeeded := map[string]bool{}
	for _, x := range traffic(t) {
		r := do(t, x.method, url+x.path, x.contentType, x.accept, x.body)
		if n, err := strconv.Atoi(r.header.Get("Content-Length")); err != nil || n != len(r.body) {
			t.Errorf("%s %s: Content-Length %q for a body of %d bytes", x.method, x.path, r.header.Get("Content-Length"), len(r.body))
		}
		if r.status != http.StatusOK || x.path == "/openapi.json" { // served as it is, not rendered
			continue
		}
		succeeded[x.method+" "+x.path] = true
		// The same request when its body cannot be rendered in full.
		f := do(t, x.method, tiny+x.path, x.contentType, x.accept, x.body)
		var e ErrorBody
		if f.status != http.StatusInternalServerError || json.Unmarshal([]byte(f.body), &e) != nil || e.Error.Status != http.StatusInternalServerError {
			t.Errorf("%s %s with a failing render: %d %q", x.method, x.path, f.status, f.body)
		}
		if strings.Contains(f.body, "larger") && !strings.Contains(e.Error.Message, "could not") {
			t.Errorf("%s %s: %q", x.method, x.path, e.Error.Message)
		}
	}
	// Every route that renders a body was exercised with a success.
	for _, rt := range (&server{}).routes() {
		found := false
		for k := range succeeded {
			m, p, _ := strings.Cut(k, " ")
			_, op := (&spec{doc: map[string]any{"paths": map[string]any{rt.pattern: map[string]any{strings.ToLower(rt.method): map[string]any{}}}}}).operation(t, m, strings.SplitN(p, "?", 2)[0])
			found = found || op != nil
		}
		if !found && rt.pattern != "/openapi.json" {
			t.Errorf("%s %s: no successful request in the traffic", rt.method, rt.pattern)
		}
	}
}
