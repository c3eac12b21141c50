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
	for path, allow := range map[string]string{"/healthz": "GET, HEAD", "/v1/evaluate": "POST"} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here: use "+allow, nil)
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: use POST /v1/evaluate or GET /healthz", nil)
	})
	return logRequests(cfg.Log, mux)
}

// evaluate decodes the case in the request body, evaluates it and writes
// the report.
func evaluate(w http.ResponseWriter, r *http.Request, cfg Config) {
	name := "request.json"
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		switch {
		case err != nil:
			writeError(w, http.StatusUnsupportedMediaType, "unreadable Content-Type", nil)
			return
		case mt == "application/json":
		case mt == "application/yaml" || mt == "application/x-yaml" || mt == "text/yaml":
			name = "request.yaml"
		default:
			writeError(w, http.StatusUnsupportedMediaType, "send the case as application/json or application/yaml, not "+mt, nil)
			return
		}
	}
	var asOf absence.Date
	if s := r.URL.Query().Get("asOf"); s != "" {
		d, err := absence.ParseDate(s)
		if err != nil {
			writeError(w, http.StatusBadRequest, "asOf: "+err.Error(), err)
			return
		}
		asOf = d
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, cfg.MaxBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "the case is larger than the service accepts", nil)
			return
		}
		writeError(w, http.StatusBadRequest, "the request body could not be read", nil)
		return
	}
	sc, err := casefile.Decode(name, body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error(), err)
		return
	}
	rep, err := report.Evaluate(&sc.Case, asOf)
	if err != nil {
		var ce *casefile.Error
		if errors.As(err, &ce) {
			writeError(w, http.StatusBadRequest, err.Error(), err)
			return
		}
		writeError(w, http.StatusInternalServerError, "the case could not be evaluated", nil)
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
		d.Line, d.Column, d.Path = ce.Pos.Line, ce.Pos.Column, ce.Path
		for _, c := range classes {
			if errors.Is(err, c) {
				d.Class = string(c)
				break
			}
		}
	}
	writeJSON(w, status, ErrorBody{Error: d})
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
