package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
)

// Config configures the service.
type Config struct {
	// MaxBytes is the largest request body accepted (413 beyond it).
	MaxBytes int64
	// MaxResponse is the largest response body rendered (0: 16 MiB); a
	// larger one is a 500. Every response is rendered in memory before
	// its status is sent.
	MaxResponse int64
	// ShutdownTimeout bounds how long requests in flight may take to finish
	// once the service is asked to stop.
	ShutdownTimeout time.Duration
	// Log receives one line per request (method, path, status, duration,
	// never a body) and the service's own events; nil discards them.
	Log *slog.Logger
}

// defaultMaxResponse is Config.MaxResponse when it is not set.
const defaultMaxResponse = 16 << 20

// serve serves HTTP on ln until ctx is done, then shuts down gracefully: no
// new connections, requests in flight finish within cfg.ShutdownTimeout.
func serve(ctx context.Context, ln net.Listener, cfg Config) error {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	srv := &http.Server{
		Handler:           newHandler(cfg),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		ErrorLog:          slog.NewLogLogger(cfg.Log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	cfg.Log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// A server holds what every handler needs.
type server struct {
	cfg Config
}

// A route is an endpoint: a method, a pattern of net/http's ServeMux and
// the handler that renders its reply. Adding an endpoint is adding a route:
// the 404 and 405 answers, the OpenAPI test and the load test read the
// table.
type route struct {
	method, pattern string
	handler         func(*http.Request) reply
}

// routes returns the service's endpoints.
func (s *server) routes() []route {
	return []route{
		{"GET", "/healthz", s.health},
		{"GET", "/openapi.json", s.openAPI},
		{"POST", "/v1/evaluate", s.evaluate},
		{"GET", "/v1/letters", s.listLetters},
		{"POST", "/v1/letters/{kind}", s.letter},
		{"POST", "/v1/what-if", s.whatIf},
		{"POST", "/v1/diff", s.diff},
		{"POST", "/v1/chronology", s.chronology},
	}
}

// newHandler returns the service's routes, each answered through a reply
// rendered in full before it is written.
func newHandler(cfg Config) http.Handler {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.MaxResponse <= 0 {
		cfg.MaxResponse = defaultMaxResponse
	}
	s := &server{cfg: cfg}
	mux := http.NewServeMux()
	allow := map[string][]string{} // by pattern
	var patterns, endpoints []string
	for _, rt := range s.routes() {
		mux.HandleFunc(rt.method+" "+rt.pattern, s.handle(rt.handler))
		if _, ok := allow[rt.pattern]; !ok {
			patterns = append(patterns, rt.pattern)
		}
		allow[rt.pattern] = append(allow[rt.pattern], rt.method)
		endpoints = append(endpoints, rt.method+" "+rt.pattern)
	}
	for _, pattern := range patterns {
		methods := allow[pattern]
		if slices.Contains(methods, "GET") {
			methods = append(methods, "HEAD")
		}
		list := strings.Join(methods, ", ")
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", list)
			serveReply(w, errorReply(http.StatusMethodNotAllowed, r.Method+" is not allowed here: use "+list, nil))
		})
	}
	notFound := errorReply(http.StatusNotFound, "no such endpoint: use "+strings.Join(endpoints, ", "), nil)
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { serveReply(w, notFound) })
	return logRequests(cfg.Log, mux)
}

// health answers GET /healthz.
func (s *server) health(*http.Request) reply {
	return s.jsonReply(http.StatusOK, "the health check", map[string]string{"status": "ok", "report": report.Format})
}

// evaluate decodes the case in the request body, evaluates it and renders
// the report: JSON, or text with "Accept: text/plain".
func (s *server) evaluate(r *http.Request) reply {
	sc, asOf, fail := s.readCase(r)
	if fail != nil {
		return *fail
	}
	rep, err := report.Evaluate(&sc.Case, asOf)
	if err != nil {
		return caseErrorReply(err, "the case could not be evaluated")
	}
	if accepts(r, "text/plain") {
		return s.render(http.StatusOK, "text/plain; charset=utf-8", "the report", func(w io.Writer) error {
			return report.WriteText(w, rep)
		})
	}
	return s.jsonReply(http.StatusOK, "the report", rep)
}

// readCase reads and decodes the case in the request body, and the asOf
// query parameter. When it fails it returns the error reply.
func (s *server) readCase(r *http.Request) (casefile.Scenario, absence.Date, *reply) {
	name, body, asOf, fail := s.readRequest(r)
	if fail != nil {
		return casefile.Scenario{}, absence.Date{}, fail
	}
	sc, err := casefile.Decode(name, body)
	if err != nil {
		rp := errorReply(http.StatusBadRequest, err.Error(), err)
		return casefile.Scenario{}, absence.Date{}, &rp
	}
	return sc, asOf, nil
}

// readRequest reads the request body (a file name for errors from its
// Content-Type) and the asOf query parameter. When it fails it returns the
// error reply.
func (s *server) readRequest(r *http.Request) (name string, body []byte, asOf absence.Date, fail *reply) {
	failed := func(rp reply) (string, []byte, absence.Date, *reply) { return "", nil, absence.Date{}, &rp }
	name = "request.json"
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		switch {
		case err != nil:
			return failed(errorReply(http.StatusUnsupportedMediaType, "unreadable Content-Type: send the case as application/json or application/yaml", nil))
		case mt == "application/json":
		case mt == "application/yaml" || mt == "application/x-yaml" || mt == "text/yaml":
			name = "request.yaml"
		default:
			return failed(errorReply(http.StatusUnsupportedMediaType, "send the case as application/json or application/yaml", nil))
		}
	}
	if q := r.URL.Query().Get("asOf"); q != "" {
		d, err := absence.ParseDate(q)
		if err != nil {
			var ie *absence.InputError
			msg := err.Error()
			if errors.As(err, &ie) {
				msg = ie.What()
			}
			return failed(errorReply(http.StatusBadRequest, "asOf: "+msg, nil))
		}
		asOf = d
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, s.cfg.MaxBytes+1))
	if err != nil {
		return failed(errorReply(http.StatusBadRequest, "the request body could not be read", nil))
	}
	if int64(len(body)) > s.cfg.MaxBytes {
		return failed(errorReply(http.StatusRequestEntityTooLarge, "the request is larger than the service accepts: at most "+byteSize(s.cfg.MaxBytes), nil))
	}
	return name, body, asOf, nil
}

// byteSize writes n bytes for people: "1 MiB (1048576 bytes)".
func byteSize(n int64) string {
	exact := strconv.FormatInt(n, 10) + " bytes"
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB (" + exact + ")"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB (" + exact + ")"
	}
	return exact
}

// caseErrorReply is the reply for an error evaluating a case: 400 for a
// case the decoder or the library refuses (a *casefile.Error), else 500
// with what, never the error's text.
func caseErrorReply(err error, what string) reply {
	var ce *casefile.Error
	if errors.As(err, &ce) {
		return errorReply(http.StatusBadRequest, err.Error(), err)
	}
	return errorReply(http.StatusInternalServerError, what, nil)
}

// accepts reports whether the request prefers the media type mt to JSON:
// it names mt in Accept and not application/json.
func accepts(r *http.Request, mt string) bool {
	var text, js bool
	for _, v := range r.Header.Values("Accept") {
		for _, part := range strings.Split(v, ",") {
			m, _, err := mime.ParseMediaType(part)
			if err != nil {
				continue
			}
			text = text || m == mt
			js = js || m == "application/json"
		}
	}
	return text && !js
}

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail says what is wrong and, for a case the decoder or the
// library refuses, where: the class of error (a casefile.Class), the line
// and column in the case, and the field.
type ErrorDetail struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
	Class   string `json:"class,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Path    string `json:"path,omitempty"`
	// Problems lists each problem when there are several (a letter missing
	// several fields): Message, Class, Line, Column and Path are the
	// first's.
	Problems []Problem `json:"problems,omitempty"`
}

// A Problem is one of several problems with a case.
type Problem struct {
	Message string `json:"message"`
	Class   string `json:"class,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Path    string `json:"path,omitempty"`
}

var classes = []casefile.Class{
	casefile.ErrSyntax, casefile.ErrUnknownField, casefile.ErrDuplicateField, casefile.ErrType,
	casefile.ErrValue, casefile.ErrDocuments, casefile.ErrTooComplex, casefile.ErrInvalid,
}

// errorReply renders an error response. The message is the typed error's
// own, which never quotes the case's free text (diagnosis, notes) nor a
// value typed into the wrong field.
func errorReply(status int, msg string, err error) reply {
	d := ErrorDetail{Status: status, Message: msg}
	var ce *casefile.Error
	if errors.As(err, &ce) {
		d.Line, d.Column, d.Path, d.Class = ce.Pos.Line, ce.Pos.Column, ce.Path, classOf(ce)
	}
	// Several problems joined (errors.Join), each a *casefile.Error.
	if joined, ok := err.(interface{ Unwrap() []error }); ok && ce != nil {
		if errs := joined.Unwrap(); len(errs) > 1 {
			for _, e := range errs {
				p := Problem{Message: e.Error()}
				if errors.As(e, &ce) {
					p.Line, p.Column, p.Path, p.Class = ce.Pos.Line, ce.Pos.Column, ce.Path, classOf(ce)
				}
				d.Problems = append(d.Problems, p)
			}
		}
	}
	body, merr := json.MarshalIndent(ErrorBody{Error: d}, "", "  ")
	if merr != nil { // cannot happen: strings and numbers only
		status, body = http.StatusInternalServerError, []byte(`{"error": {"status": 500, "message": "internal error"}}`)
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	return reply{status: status, header: h, body: append(body, '\n')}
}

// classOf returns the casefile.Class e wraps.
func classOf(e *casefile.Error) string {
	for _, c := range classes {
		if errors.Is(e, c) {
			return string(c)
		}
	}
	return ""
}

// logRequests logs one line per request: never the body or the query.
func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", time.Since(start).Round(time.Microsecond))
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}
