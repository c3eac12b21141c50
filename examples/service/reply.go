package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
)

// A reply is a whole response, rendered before anything is written: the
// status line goes out only with a body that is complete, so a failure
// while rendering is a 500 with an error body, never a 200 with half a
// report (or none). Every handler returns one; serveReply writes it.
type reply struct {
	status int
	header http.Header // set on the response; Content-Type at least
	body   []byte
}

// errTooLarge is the failure of a render that outgrows Config.MaxResponse.
var errTooLarge = errors.New("the response is larger than the service renders")

// A bounded is a buffer that refuses to grow past max bytes.
type bounded struct {
	buf bytes.Buffer
	max int64
}

func (b *bounded) Write(p []byte) (int, error) {
	if int64(b.buf.Len()+len(p)) > b.max {
		return 0, errTooLarge
	}
	return b.buf.Write(p)
}

// render renders a body of type contentType with fn into memory, at most
// s.cfg.MaxResponse bytes. A render that fails gives a 500 reply saying
// what could not be done (what), never the error's text.
func (s *server) render(status int, contentType, what string, fn func(io.Writer) error) reply {
	b := &bounded{max: s.cfg.MaxResponse}
	if err := fn(b); err != nil {
		s.cfg.Log.Warn("render failed", "what", what, "err", err)
		return errorReply(http.StatusInternalServerError, what, nil)
	}
	h := http.Header{}
	h.Set("Content-Type", contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	return reply{status: status, header: h, body: b.buf.Bytes()}
}

// jsonReply renders v as indented JSON.
func (s *server) jsonReply(status int, what string, v any) reply {
	return s.render(status, "application/json; charset=utf-8", what, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	})
}

// serveReply writes a rendered reply: its headers, a Content-Length, the
// status, then the whole body at once.
func serveReply(w http.ResponseWriter, rp reply) {
	h := w.Header()
	for k, v := range rp.header {
		h[k] = v
	}
	h.Set("Content-Length", strconv.Itoa(len(rp.body)))
	w.WriteHeader(rp.status)
	_, _ = w.Write(rp.body)
}

// handle adapts a handler that returns a reply to an http.HandlerFunc.
func (s *server) handle(h func(*http.Request) reply) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { serveReply(w, h(r)) }
}
