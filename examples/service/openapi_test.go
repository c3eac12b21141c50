package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The OpenAPI description is checked against real traffic with a
// maintained JSON Schema 2020-12 validator (the schema dialect of OpenAPI
// 3.1), github.com/santhosh-tekuri/jsonschema/v6, a test-only dependency:
// kin-openapi and libopenapi-validator need Go 1.25 and 1.26, which would
// raise the Go version every host embedding hr14 must have.

// spec is openapi.json loaded for validation.
type spec struct {
	doc      map[string]any
	compiler *jsonschema.Compiler
	schemas  map[string]*jsonschema.Schema // by JSON pointer
	ops      map[string]bool               // "METHOD /path" documented
	seen     map[string]bool               // "METHOD /path" exercised
}

const specURL = "https://hr14.example/openapi.json"

func loadSpec(t *testing.T) *spec {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(openAPIDoc))
	if err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(specURL, doc); err != nil {
		t.Fatal(err)
	}
	s := &spec{doc: doc.(map[string]any), compiler: c, schemas: map[string]*jsonschema.Schema{}, ops: map[string]bool{}, seen: map[string]bool{}}
	if v := s.doc["openapi"]; v != "3.1.0" {
		t.Fatalf("openapi %v, want 3.1.0", v)
	}
	for path, item := range s.doc["paths"].(map[string]any) {
		for method := range item.(map[string]any) {
			s.ops[strings.ToUpper(method)+" "+path] = true
		}
	}
	// Every schema of the components compiles (is valid JSON Schema 2020-12).
	for name := range s.doc["components"].(map[string]any)["schemas"].(map[string]any) {
		s.schema(t, "/components/schemas/"+escapePointer(name))
	}
	return s
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// schema compiles the schema at a JSON pointer of the document.
func (s *spec) schema(t *testing.T, ptr string) *jsonschema.Schema {
	t.Helper()
	if sch, ok := s.schemas[ptr]; ok {
		return sch
	}
	sch, err := s.compiler.Compile(specURL + "#" + ptr)
	if err != nil {
		t.Fatalf("schema %s: %v", ptr, err)
	}
	s.schemas[ptr] = sch
	return sch
}

// operation finds the documented path template and operation of a request.
func (s *spec) operation(t *testing.T, method, path string) (string, map[string]any) {
	t.Helper()
	for tmpl, item := range s.doc["paths"].(map[string]any) {
		re := regexp.MustCompile("^" + regexp.MustCompile(`\\\{[^}]+\\\}`).ReplaceAllString(regexp.QuoteMeta(tmpl), `[^/]+`) + "$")
		if !re.MatchString(path) {
			continue
		}
		op, ok := item.(map[string]any)[strings.ToLower(method)].(map[string]any)
		if ok {
			return tmpl, op
		}
	}
	return "", nil
}

// check validates one exchange against the description: the operation is
// documented, the request body (JSON) matches its schema, the status is
// documented (or falls under default), the content type is one the
// response documents, and the body matches its schema.
func (s *spec) check(t *testing.T, method, path, reqType, reqBody string, r response) {
	t.Helper()
	tmpl, op := s.operation(t, method, path)
	if op == nil {
		if r.status == http.StatusNotFound || r.status == http.StatusMethodNotAllowed {
			s.validateError(t, r)
			return
		}
		t.Fatalf("%s %s is not documented (status %d)", method, path, r.status)
	}
	s.seen[method+" "+tmpl] = true
	opPtr := "/paths/" + escapePointer(tmpl) + "/" + strings.ToLower(method)
	if reqType == "application/json" && reqBody != "" {
		if _, ok := op["requestBody"]; !ok {
			t.Fatalf("%s %s: a body is sent, none is documented", method, tmpl)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(reqBody))
		if err == nil { // a body that is not JSON at all is the test of a 400
			if err := s.schema(t, opPtr+"/requestBody/content/application~1json/schema").Validate(inst); err != nil && r.status < 300 {
				t.Errorf("%s %s: the request the service accepted does not match the description: %v", method, tmpl, err)
			}
		}
	}
	responses := op["responses"].(map[string]any)
	code := fmt.Sprint(r.status)
	if _, ok := responses[code]; !ok {
		if r.status < 400 {
			t.Fatalf("%s %s: status %d is not documented", method, tmpl, r.status)
		}
		code = "default"
	}
	mt, _, err := mime.ParseMediaType(r.header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("%s %s: Content-Type %q: %v", method, tmpl, r.header.Get("Content-Type"), err)
	}
	content, _ := responses[code].(map[string]any)["content"].(map[string]any)
	if _, ok := content[mt]; !ok {
		t.Fatalf("%s %s %d: content type %s is not documented", method, tmpl, r.status, mt)
	}
	var inst any = r.body
	if mt == "application/json" {
		if inst, err = jsonschema.UnmarshalJSON(strings.NewReader(r.body)); err != nil {
			t.Fatalf("%s %s %d: the body is not JSON: %v", method, tmpl, r.status, err)
		}
	}
	ptr := opPtr + "/responses/" + code + "/content/" + escapePointer(mt) + "/schema"
	if err := s.schema(t, ptr).Validate(inst); err != nil {
		t.Errorf("%s %s %d: the response does not match the description:\n%v", method, tmpl, r.status, err)
	}
}

// validateError checks an error body against the ErrorBody schema.
func (s *spec) validateError(t *testing.T, r response) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(r.body))
	if err != nil {
		t.Fatalf("error body: %v", err)
	}
	if err := s.schema(t, "/components/schemas/main.ErrorBody").Validate(inst); err != nil {
		t.Errorf("error body does not match: %v", err)
	}
}

// exchange is one request of the traffic the description is checked on.
type exchange struct {
	method, path, contentType, accept, body string
}

// traffic is valid and invalid requests to every endpoint.
func traffic(t *testing.T) []exchange {
	t.Helper()
	nurse, err := os.ReadFile(filepath.Join("..", "hr14", "testdata", "cases", "ward-nurse.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var full map[string]any
	if err := json.Unmarshal([]byte(caseJSON), &full); err != nil {
		t.Fatal(err)
	}
	yaml := string(nurse)
	reopened, err := os.ReadFile(filepath.Join("..", "hr14", "testdata", "corrections", "reopened.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	pairJSON := `{"old": ` + caseJSON + `, "new": ` + caseJSON + `}`
	return []exchange{
		{"GET", "/healthz", "", "", ""},
		{"GET", "/openapi.json", "", "", ""},
		{"POST", "/v1/evaluate", "application/json", "", caseJSON},
		{"POST", "/v1/evaluate", "application/yaml", "", yaml},
		{"POST", "/v1/evaluate?asOf=2026-06-01", "application/yaml", "text/plain", yaml},
		{"POST", "/v1/evaluate", "application/yaml", "", strings.Replace(yaml, "2026-06-08/2026-06-19", "2026-06-08/..", 1)},
		{"POST", "/v1/evaluate", "application/yaml", "", strings.Replace(yaml, "2026-06-08/2026-06-19", "2026-06-08/9999-12-31", 1)},
		{"POST", "/v1/evaluate", "application/yaml", "", strings.Replace(yaml, "reason: stress", `reason: "miscarriage at 12 weeks"`, 1)},
		{"POST", "/v1/evaluate", "application/json", "", `{"asOf": "2026-01-01",`},
		{"POST", "/v1/evaluate", "text/csv", "", "a,b"},
		{"POST", "/v1/evaluate?asOf=2026-02-30", "application/json", "", caseJSON},
		{"POST", "/v1/evaluate", "application/json", "", `{"name": "` + strings.Repeat("x", 70<<10) + `"}`},
		{"GET", "/v1/letters", "", "", ""},
		{"POST", "/v1/letters/stage-1-outcome", "application/yaml", "", yaml},
		{"POST", "/v1/letters/stage-1-outcome?format=html", "application/yaml", "", yaml},
		{"POST", "/v1/letters/stage-2-invitation", "application/yaml", "", yaml},
		{"POST", "/v1/letters/stage-1-outcome", "application/json", "", caseJSON},
		{"POST", "/v1/letters/no-such-letter", "application/yaml", "", yaml},
		{"POST", "/v1/letters/stage-1-outcome?format=pdf", "application/yaml", "", yaml},
		{"POST", "/v1/what-if?months=3", "application/yaml", "", whatIfCase},
		{"POST", "/v1/what-if", "application/yaml", "text/plain", whatIfCase},
		{"POST", "/v1/what-if", "application/json", "", caseJSON},
		{"POST", "/v1/what-if?months=40", "application/yaml", "", whatIfCase},
		{"POST", "/v1/diff", "application/yaml", "", yaml + "\n---\n" + string(reopened)},
		{"POST", "/v1/diff", "application/json", "", pairJSON},
		{"POST", "/v1/diff", "application/json", "text/plain", pairJSON},
		{"POST", "/v1/diff", "application/yaml", "", yaml},
		{"POST", "/v1/chronology", "application/yaml", "", yaml},
		{"POST", "/v1/chronology", "application/yaml", "text/plain", yaml},
		{"POST", "/v1/chronology?format=html&from=2026-03-01&to=2026-06-30", "application/yaml", "", yaml},
		{"POST", "/v1/chronology?format=svg&at=2026-03-17", "application/yaml", "", yaml},
		{"POST", "/v1/chronology?reliesOn=stage-1", "application/json", "", caseJSON},
		{"POST", "/v1/chronology?reliesOn=stage-3", "application/yaml", "", yaml},
		{"POST", "/v1/chronology?format=pdf", "application/yaml", "", yaml},
		{"POST", "/v1/chronology?from=June", "application/yaml", "", yaml},
		{"GET", "/v1/evaluate", "", "", ""},
		{"GET", "/nowhere", "", "", ""},
	}
}

// TestOpenAPI_RealTraffic: every endpoint's real requests and responses,
// valid and invalid, match the OpenAPI description, and every documented
// operation and every route of the service is exercised.
func TestOpenAPI_RealTraffic(t *testing.T) {
	s := loadSpec(t)
	url, _ := startService(t, Config{MaxBytes: 64 << 10})
	for _, x := range traffic(t) {
		r := do(t, x.method, url+x.path, x.contentType, x.accept, x.body)
		path, _, _ := strings.Cut(x.path, "?")
		s.check(t, x.method, path, x.contentType, x.body, r)
	}
	for op := range s.ops {
		if !s.seen[op] {
			t.Errorf("%s is documented but not exercised", op)
		}
	}
	for _, rt := range (&server{}).routes() {
		if !s.ops[rt.method+" "+rt.pattern] {
			t.Errorf("the route %s %s is not documented in openapi.json", rt.method, rt.pattern)
		}
	}
	// The service serves the description it is checked against.
	r := do(t, "GET", url+"/openapi.json", "", "", "")
	if r.body != string(openAPIDoc) {
		t.Error("GET /openapi.json does not serve openapi.json")
	}
}
