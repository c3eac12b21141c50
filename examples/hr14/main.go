// Command hr14 drives the hr14 library from the command line.
//
// Usage:
//
//	hr14 <command> [flags] [arguments]
//
// Commands:
//
//	evaluate evaluate one case file and explain the result
//	test     run policy-interpretation test files (scenarios)
//	letter   write a formal letter for a case file (text or HTML)
//	chronology write a case's chronology, the tribunal bundle index (text, HTML, SVG, JSON)
//	batch    evaluate a whole workforce from CSV extracts
//	diff     compare a case before and after a late correction
//
// The case-file format (with its letter section), the test files and the
// JSON output of evaluate are documented in CASEFILE.md; the workforce CSV
// format that batch reads, and its reports, in BENCH.md.
//
// Run "hr14 <command> -h" (or "hr14 help <command>") for a command's flags.
//
// Exit status: 0 on success; 1 when the work failed (bad input data, a
// failing scenario); 2 on a usage error (unknown command or flag).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit statuses.
const (
	exitOK    = 0 // success
	exitFail  = 1 // the work failed: bad data, a failing scenario
	exitUsage = 2 // the command line was wrong
)

// A command is one subcommand of hr14. Each lives in its own file.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"evaluate", "evaluate one case file and explain the result", cmdEvaluate},
		{"test", "run policy-interpretation test files (scenarios)", cmdTest},
		{"letter", "write a formal letter for a case file (text or HTML)", cmdLetter},
		{"chronology", "write a case's chronology, the tribunal bundle index (text, HTML, SVG, JSON)", cmdChronology},
		{"batch", "evaluate a whole workforce from CSV extracts", cmdBatch},
		{"diff", "compare a case before and after a late correction", cmdDiff},
	}
}

// run dispatches to a command and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 2 && args[0] == "help" {
		args = []string{args[1], "-h"} // "hr14 help CMD" is "hr14 CMD -h"
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "hr14: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: hr14 <command> [flags] [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "hr14 <command> -h" for a command's flags.`)
	fmt.Fprintln(w, "Exit status: 0 success, 1 the work failed, 2 usage error.")
}
