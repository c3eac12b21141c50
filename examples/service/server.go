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
	// ShutdownTimeout bounds how long requests in flight may take to finish
	// once the service is asked to stop.
	ShutdownTimeout time.Duration
	// Log receives one line per request (method, path, status, duration,
	// never a body) and the service's own events; nil discards them.
	Log *slog.Logger
}

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

// newHandler returns the service's routes.
func newHandler(cfg Config) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "report": report.Format})
	})
	mux.HandleFunc("POST /v1/evaluate", func(w http.ResponseWriter, r *http.Request) { evaluate(w, r, cfg) })
	mux.HandleFunc("GET /v1/letters", listLetters)
	mux.HandleFunc("POST /v1/letters/{kind}", func(w http.ResponseWriter, r *http.Request) { letter(w, r, cfg) })
	mux.HandleFunc("POST /v1/what-if", func(w http.ResponseWriter, r *http.Request) { whatIf(w, r, cfg) })
	mux.HandleFunc("POST /v1/diff", func(w http.ResponseWriter, r *http.Request) { diff(w, r, cfg) })
	for path, allow := range map[string]string{"/healthz": "GET, HEAD", "/v1/evaluate": "POST", "/v1/letters": "GET, HEAD", "/v1/letters/{kind}": "POST",
		"/v1/what-if": "POST", "/v1/diff": "POST"} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here: use "+allow, nil)
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: use POST /v1/evaluate, POST /v1/letters/{kind}, POST /v1/what-if, POST /v1/diff, GET /v1/letters or GET /healthz", nil)
	})
	return logRequests(cfg.Log, mux)
}

// evaluate decodes the case in the request body, evaluates it and writes
// the report.
func evaluate(w http.ResponseWriter, r *http.Request, cfg Config) {
	sc, asOf, ok := readCase(w, r, cfg)
	if !ok {
		return
	}
	rep, err := report.Evaluate(&sc.Case, asOf)
	if err != nil {
		writeCaseError(w, err, "the case could not be evaluated")
		return
	}
	if accepts(r, "text/plain") {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_ = report.WriteText(w, rep)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// readCase reads and decodes the case in the request body, and the asOf
// query parameter. When it fails it has written the error response.
func readCase(w http.ResponseWriter, r *http.Request, cfg Config) (casefile.Scenario, absence.Date, bool) {
	name, body, asOf, ok := readRequest(w, r, cfg)
	if !ok {
		return casefile.Scenario{}, absence.Date{}, false
	}
	sc, err := casefile.Decode(name, body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error(), err)
		return casefile.Scenario{}, absence.Date{}, false
	}
	return sc, asOf, true
}

// readRequest reads the request body, YAML or JSON as its Content-Type
// says, and the asOf query parameter; name is the file name errors quote
// ("request.json" or "request.yaml"). When it fails it has written the error
// response.
func readRequest(w http.ResponseWriter, r *http.Request, cfg Config) (name string, body []byte, asOf absence.Date, ok bool) {
	name = "request.json"
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		switch {
		case err != nil:
			writeError(w, http.StatusUnsupportedMediaType, "unreadable Content-Type", nil)
			return "", nil, absence.Date{}, false
		case mt == "application/json":
		case mt == "application/yaml" || mt == "application/x-yaml" || mt == "text/yaml":
			name = "request.yaml"
		default:
			writeError(w, http.StatusUnsupportedMediaType, "send the case as application/json or application/yaml, not "+mt, nil)
			return "", nil, absence.Date{}, false
		}
	}
	if s := r.URL.Query().Get("asOf"); s != "" {
		d, err := absence.ParseDate(s)
		if err != nil {
			writeError(w, http.StatusBadRequest, "asOf: "+err.Error(), err)
			return "", nil, absence.Date{}, false
		}
		asOf = d
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, cfg.MaxBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "the case is larger than the service accepts", nil)
			return "", nil, absence.Date{}, false
		}
		writeError(w, http.StatusBadRequest, "the request body could not be read", nil)
		return "", nil, absence.Date{}, false
	}
	return name, body, asOf, true
}

// writeCaseError writes the response for an error evaluating a case: 400
// for a case the decoder or the library refuses (a *casefile.Error), else
// 500 with what, never the error's text.
func writeCaseError(w http.ResponseWriter, err error, what string) {
	var ce *casefile.Error
	if errors.As(err, &ce) {
		writeError(w, http.StatusBadRequest, err.Error(), err)
		return
	}
	writeError(w, http.StatusInternalServerError, what, nil)
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

// writeError writes an error response. The message is the typed error's
// own, which never quotes the case's free text (diagnosis, notes).
func writeError(w http.ResponseWriter, status int, msg string, err error) {
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
	writeJSON(w, status, ErrorBody{Error: d})
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

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
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
