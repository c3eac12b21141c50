// Command service is a small HTTP JSON service around the hr14 library: it
// evaluates case files (the format of examples/hr14/CASEFILE.md) and answers
// with the explained result, and writes the case's formal letters.
//
//	go run ./examples/service -addr 127.0.0.1:8080
//	curl -s --data-binary @examples/hr14/testdata/cases/ward-nurse.yaml \
//	     -H 'Content-Type: application/yaml' http://127.0.0.1:8080/v1/evaluate
//	curl -s --data-binary @examples/hr14/testdata/cases/ward-nurse.yaml \
//	     -H 'Content-Type: application/yaml' http://127.0.0.1:8080/v1/letters/stage-1-outcome
//
// Endpoints:
//
//	POST /v1/evaluate        a case file (JSON, or YAML with Content-Type
//	                         application/yaml) → the report as JSON (the
//	                         report.Report form), or as text with
//	                         "Accept: text/plain"; ?asOf=YYYY-MM-DD evaluates
//	                         as of another date
//	POST /v1/letters/{kind}  a case file with its letter section → the letter
//	                         of that kind (e.g. stage-2-invitation) as
//	                         text/plain, or text/html with ?format=html or
//	                         "Accept: text/html"; ?asOf=YYYY-MM-DD as above
//	POST /v1/what-if         a case file → its what-if as JSON (report.WhatIf),
//	                         or text with "Accept: text/plain": what the
//	                         hypothetical absences of its whatIf section would
//	                         activate, when, and the formal step they would
//	                         make due; and the forward calendar (12 months, or
//	                         ?months=N, 0 for none); ?asOf as above
//	POST /v1/diff            two case files, the record before a late
//	                         correction and after it ({"old": …, "new": …},
//	                         or two YAML documents, old first) → what the
//	                         correction changes as JSON (report.Correction),
//	                         or text with "Accept: text/plain"; ?asOf as above
//	GET  /v1/letters         {"kinds": [...]}: the kinds of letter
//	GET  /healthz            {"status": "ok", …}
//
// A request body over -max-bytes is refused with 413; a case the decoder or
// the library refuses, or a letter missing a fact, gets 400 with the error's
// message, its class and where in the case it is (line, column, field; every
// problem under "problems" when there are several), never the case's free
// text; an unknown letter kind or path gets 404, a wrong method 405.
//
// The service stops gracefully on SIGINT or SIGTERM: it stops accepting
// connections and lets requests in flight finish (up to -shutdown-timeout).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("service", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	maxBytes := fs.Int64("max-bytes", 1<<20, "largest request body accepted, in bytes")
	timeout := fs.Duration("shutdown-timeout", 10*time.Second, "how long requests in flight may take to finish on shutdown")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "service: unexpected argument %q; run \"service -h\" for usage\n", fs.Arg(0))
		return 2
	}
	if *maxBytes <= 0 {
		fmt.Fprintln(stderr, "service: -max-bytes must be positive")
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Error("cannot listen", "addr", *addr, "err", err)
		return 1
	}
	log.Info("listening", "url", "http://"+ln.Addr().String())
	if err := serve(ctx, ln, Config{MaxBytes: *maxBytes, ShutdownTimeout: *timeout, Log: log}); err != nil {
		log.Error("stopped", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
}
