package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

var update = flag.Bool("update", false, "rewrite openapi.json from the Go types")

// TestOpenAPI_UpToDate: openapi.json is what the Go types of the case file,
// the report and the error body give today. After changing one of them,
// run: go test ./examples/service -run TestOpenAPI -update
func TestOpenAPI_UpToDate(t *testing.T) {
	doc, err := json.MarshalIndent(openAPISpec(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	doc = append(doc, '\n')
	if *update {
		if err := os.WriteFile("openapi.json", doc, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(doc, openAPIDoc) {
		t.Fatal("openapi.json is out of date with the Go types: run go test ./examples/service -run TestOpenAPI -update")
	}
}

type obj = map[string]any

// openAPISpec builds the description: the paths by hand, the schemas from
// the Go types.
func openAPISpec() obj {
	g := &schemaGen{defs: obj{}}
	scenario := g.ref(reflect.TypeOf(casefile.Scenario{}), true)
	rep := g.ref(reflect.TypeOf(report.Report{}), false)
	whatIf := g.ref(reflect.TypeOf(report.WhatIf{}), false)
	correction := g.ref(reflect.TypeOf(report.Correction{}), false)
	errBody := g.ref(reflect.TypeOf(ErrorBody{}), false)
	chronology := g.ref(reflect.TypeOf(letters.Chronology{}), false)
	var kinds []any
	for _, k := range letters.Kinds() {
		kinds = append(kinds, k.String())
	}
	errors := func(codes ...string) obj {
		out := obj{}
		why := map[string]string{
			"400": "The case, a query parameter or the letter's facts are refused: the message says what and where (line, column, path), never the case's free text.",
			"404": "No such letter kind.",
			"413": "The request body is larger than the service accepts (-max-bytes, 1 MiB by default); the message states the limit.",
			"415": "The body is not application/json or application/yaml.",
			"500": "The service could not render the response; nothing else was sent.",
		}
		for _, c := range codes {
			out[c] = obj{"description": why[c], "content": obj{"application/json": obj{"schema": errBody}}}
		}
		out["default"] = obj{"description": "Any other error (404 no such endpoint, 405 wrong method).", "content": obj{"application/json": obj{"schema": errBody}}}
		return out
	}
	asOf := obj{"name": "asOf", "in": "query", "required": false,
		"description": "Evaluate as of this date instead of the case's asOf.",
		"schema":      obj{"type": "string", "pattern": `^\d{4}-\d{2}-\d{2}$`}}
	caseBody := obj{"required": true, "description": "A case file (examples/hr14/CASEFILE.md): JSON, or YAML with Content-Type application/yaml. An expect block is ignored.",
		"content": obj{
			"application/json": obj{"schema": scenario},
			"application/yaml": obj{"schema": obj{"type": "string"}},
		}}
	return obj{
		"openapi": "3.1.0",
		"info": obj{
			"title":       "hr14 service",
			"version":     report.Format,
			"description": "Evaluates NHS sickness absence cases under HR14 v16 and writes their formal letters. Every response is rendered in full before its status is sent. Errors never quote the case's free text.",
			"license":     obj{"name": "MIT", "identifier": "MIT"},
		},
		"paths": obj{
			"/healthz": obj{"get": obj{
				"operationId": "health", "summary": "Health check",
				"responses": merge(obj{"200": obj{"description": "The service is up.", "content": obj{"application/json": obj{"schema": obj{
					"type": "object", "required": []any{"status", "report"}, "additionalProperties": false,
					"properties": obj{"status": obj{"const": "ok"}, "report": obj{"const": report.Format}}}}}}}, errors()),
			}},
			"/openapi.json": obj{"get": obj{
				"operationId": "openAPI", "summary": "This description",
				"responses": merge(obj{"200": obj{"description": "The OpenAPI 3.1 description of the service.", "content": obj{"application/json": obj{"schema": obj{"type": "object"}}}}}, errors()),
			}},
			"/v1/evaluate": obj{"post": obj{
				"operationId": "evaluate", "summary": "Evaluate a case",
				"description": "The explained result: JSON (the report form of CASEFILE.md), or text with Accept: text/plain.",
				"parameters":  []any{asOf},
				"requestBody": caseBody,
				"responses": merge(obj{"200": obj{"description": "The report.", "content": obj{
					"application/json": obj{"schema": rep},
					"text/plain":       obj{"schema": obj{"type": "string"}},
				}}}, errors("400", "413", "415", "500")),
			}},
			"/v1/what-if": obj{"post": obj{
				"operationId": "whatIf", "summary": "What recording more absences would do",
				"description": "The what-if of the case's whatIf section and the forward calendar (without a whatIf section, the calendar of the next 12 months): JSON, or text with Accept: text/plain.",
				"parameters": []any{
					obj{"name": "months", "in": "query", "required": false, "description": "The forward calendar's length in months (0 for none).",
						"schema": obj{"type": "integer", "minimum": 0, "maximum": triggers.MaxOutlookMonths}},
					asOf,
				},
				"requestBody": caseBody,
				"responses": merge(obj{"200": obj{"description": "The what-if.", "content": obj{
					"application/json": obj{"schema": whatIf},
					"text/plain":       obj{"schema": obj{"type": "string"}},
				}}}, errors("400", "413", "415", "500")),
			}},
			"/v1/diff": obj{"post": obj{
				"operationId": "diff", "summary": "What a late correction changes",
				"description": "Both cases, before and after the correction, evaluated as of the same date: JSON, or text with Accept: text/plain.",
				"parameters":  []any{asOf},
				"requestBody": obj{"required": true, "description": "The case before the correction and after it: {\"old\": case, \"new\": case}, or two YAML documents, old first.",
					"content": obj{
						"application/json": obj{"schema": obj{"type": "object", "required": []any{"old", "new"}, "additionalProperties": false,
							"properties": obj{"old": scenario, "new": scenario}}},
						"application/yaml": obj{"schema": obj{"type": "string"}},
					}},
				"responses": merge(obj{"200": obj{"description": "What the correction changes.", "content": obj{
					"application/json": obj{"schema": correction},
					"text/plain":       obj{"schema": obj{"type": "string"}},
				}}}, errors("400", "413", "415", "500")),
			}},
			"/v1/chronology": obj{"post": obj{
				"operationId": "chronology", "summary": "The case's chronology: the tribunal bundle index",
				"description": "Every dated fact of the case in order, each with its source and rule, under the policy named and as of the case's date: JSON; text with Accept: text/plain; HTML with the attendance timeline picture with ?format=html or Accept: text/html; the picture alone as SVG with ?format=svg.",
				"parameters": []any{
					obj{"name": "format", "in": "query", "required": false, "schema": obj{"enum": []any{"json", "text", "html", "svg"}}},
					obj{"name": "from", "in": "query", "required": false, "description": "Keep the facts with a day on or after this date.",
						"schema": obj{"type": "string", "pattern": `^\d{4}-\d{2}-\d{2}$`}},
					obj{"name": "to", "in": "query", "required": false, "description": "Keep the facts with a day on or before this date.",
						"schema": obj{"type": "string", "pattern": `^\d{4}-\d{2}-\d{2}$`}},
					obj{"name": "reliesOn", "in": "query", "required": false, "description": "Keep only what the latest meeting of this step relied on.",
						"schema": obj{"enum": []any{"stage-1", "stage-2", "stage-3", "ill-health-retirement", "appeal"}}},
					obj{"name": "at", "in": "query", "required": false, "description": "The date the timeline shows the rolling windows at.",
						"schema": obj{"type": "string", "pattern": `^\d{4}-\d{2}-\d{2}$`}},
					asOf,
				},
				"requestBody": caseBody,
				"responses": merge(obj{"200": obj{"description": "The chronology.", "content": obj{
					"application/json": obj{"schema": chronology},
					"text/plain":       obj{"schema": obj{"type": "string"}},
					"text/html":        obj{"schema": obj{"type": "string"}},
					"image/svg+xml":    obj{"schema": obj{"type": "string"}},
				}}}, errors("400", "413", "415", "500")),
			}},
			"/v1/letters": obj{"get": obj{
				"operationId": "listLetters", "summary": "The kinds of letter",
				"responses": merge(obj{"200": obj{"description": "The kinds of letter.", "content": obj{"application/json": obj{"schema": obj{
					"type": "object", "required": []any{"kinds"}, "additionalProperties": false,
					"properties": obj{"kinds": obj{"type": "array", "items": obj{"enum": kinds}}}}}}}}, errors()),
			}},
			"/v1/letters/{kind}": obj{"post": obj{
				"operationId": "letter", "summary": "Write a letter for a case",
				"description": "The letter of that kind for the case, from its letter section: text, or HTML with ?format=html or Accept: text/html.",
				"parameters": []any{
					obj{"name": "kind", "in": "path", "required": true, "schema": obj{"enum": kinds}},
					obj{"name": "format", "in": "query", "required": false, "schema": obj{"enum": []any{"text", "html"}}},
					asOf,
				},
				"requestBody": caseBody,
				"responses": merge(obj{"200": obj{"description": "The letter.", "content": obj{
					"text/plain": obj{"schema": obj{"type": "string"}},
					"text/html":  obj{"schema": obj{"type": "string"}},
				}}}, errors("400", "404", "413", "415", "500")),
			}},
		},
		"components": obj{"schemas": g.defs},
	}
}

func merge(a, b obj) obj {
	for k, v := range b {
		a[k] = v
	}
	return a
}

// A schemaGen writes JSON Schemas (2020-12, the dialect of OpenAPI 3.1)
// for Go types as encoding/json and the case-file decoder read and write
// them. request: the schema of a case file (decimals as numbers or text,
// every field optional: the decoder says what is missing).
type schemaGen struct {
	defs obj
}

var (
	dateT       = reflect.TypeOf(absence.Date{})
	periodT     = reflect.TypeOf(absence.Period{})
	openPeriodT = reflect.TypeOf(casefile.Period{})
	decimalT    = reflect.TypeOf(decimal.Decimal{})
	timeT       = reflect.TypeOf(time.Time{})
	textMT      = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	textUT      = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// name is the component name of a type, e.g. "report.Report"; a type used
// both in requests and responses gets one of each.
func (g *schemaGen) name(t reflect.Type, request bool) string {
	n := t.String()
	if request {
		n += ".input"
	}
	return strings.ReplaceAll(n, "*", "")
}

func (g *schemaGen) ref(t reflect.Type, request bool) obj {
	n := g.name(t, request)
	if _, ok := g.defs[n]; !ok {
		g.defs[n] = obj{} // placeholder against recursion
		g.defs[n] = g.object(t, request)
	}
	return obj{"$ref": "#/components/schemas/" + n}
}

const (
	datePattern   = `^(\d{4}-\d{2}-\d{2})?$`
	periodPattern = `^(\d{4}-\d{2}-\d{2}((/|\.\.)\d{4}-\d{2}-\d{2})?)?$`
)

func (g *schemaGen) schema(t reflect.Type, request bool) obj {
	switch t {
	case dateT:
		return obj{"type": "string", "pattern": datePattern, "description": "a calendar date, YYYY-MM-DD"}
	case periodT:
		return obj{"type": "string", "pattern": periodPattern, "description": "an inclusive period, YYYY-MM-DD/YYYY-MM-DD, or one date"}
	case openPeriodT:
		return obj{"type": "string", "pattern": `^(\d{4}-\d{2}-\d{2}((/|\.\.)\d{4}-\d{2}-\d{2}|/\.\.)?)?$`, "description": "an inclusive period, one date, or YYYY-MM-DD/.. for an absence with no end date yet"}
	case decimalT:
		if request {
			return obj{"type": []any{"string", "number"}, "description": "a decimal number"}
		}
		return obj{"type": "string", "pattern": `^-?\d+(\.\d+)?$`, "description": "a decimal number"}
	case timeT:
		return obj{"type": "string", "format": "date-time"}
	}
	if t.Kind() == reflect.Uint8 && t.Implements(textMT) && reflect.PointerTo(t).Implements(textUT) {
		var codes []any
		for i := 0; i < 256; i++ {
			v := reflect.New(t).Elem()
			v.SetUint(uint64(i))
			b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
			if err != nil {
				continue
			}
			back := reflect.New(t)
			if back.Interface().(encoding.TextUnmarshaler).UnmarshalText(b) != nil || back.Elem().Uint() != uint64(i) {
				continue
			}
			codes = append(codes, string(b))
		}
		return obj{"enum": codes}
	}
	if t.Implements(textMT) || reflect.PointerTo(t).Implements(textUT) {
		return obj{"type": "string"}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return g.schema(t.Elem(), request)
	case reflect.Struct:
		return g.ref(t, request)
	case reflect.Slice, reflect.Array:
		items := g.schema(t.Elem(), request)
		if request && t == reflect.TypeOf(casefile.Expectations{}) { // one mapping is one expectation
			return obj{"anyOf": []any{obj{"type": []any{"array", "null"}, "items": items}, items}}
		}
		return obj{"type": []any{"array", "null"}, "items": items}
	case reflect.Map:
		return obj{"type": []any{"object", "null"}, "additionalProperties": g.schema(t.Elem(), request)}
	case reflect.String:
		return obj{"type": "string"}
	case reflect.Bool:
		return obj{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return obj{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return obj{"type": "number"}
	default: // no such field in the formats
	}
	return obj{}
}

// object is the schema of a struct: its JSON fields, embedded structs
// flattened (a field of the struct itself hides one of an embedded struct),
// no others.
func (g *schemaGen) object(t reflect.Type, request bool) obj {
	props := obj{}
	var required []any
	var add func(t reflect.Type, depth int)
	own := map[string]int{}
	add = func(t reflect.Type, depth int) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if f.Anonymous && name == "" {
				et := f.Type
				if et.Kind() == reflect.Pointer {
					et = et.Elem()
				}
				if et.Kind() == reflect.Struct && !reflect.PointerTo(et).Implements(textUT) {
					add(et, depth+1)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if d, ok := own[name]; ok && d <= depth {
				continue
			}
			own[name] = depth
			s := g.schema(f.Type, request)
			if !request && f.Type.Kind() == reflect.Pointer && !strings.Contains(opts, "omitempty") {
				s = obj{"anyOf": []any{s, obj{"type": "null"}}}
			}
			if request && f.Type.Kind() == reflect.Pointer {
				s = obj{"anyOf": []any{s, obj{"type": "null"}}}
			}
			props[name] = s
			if !request && !strings.Contains(opts, "omitempty") {
				required = append(required, name)
			}
		}
	}
	add(t, 0)
	out := obj{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		// Keep the order stable: encoding/json sorts map keys, not slices.
		sortAny(required)
		out["required"] = required
	}
	return out
}

func sortAny(s []any) {
	slices.SortFunc(s, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
}
