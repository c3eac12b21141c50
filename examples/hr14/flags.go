package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// A helpText describes a command for its -h output.
type helpText struct {
	name     string // e.g. "evaluate"
	synopsis string // e.g. "[flags] CASE"
	text     string // what it does, paragraphs
}

// newFlags returns a flag set for the command, its -h output written to w.
func newFlags(u helpText, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("hr14 "+u.name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprintf(w, "Usage: hr14 %s %s\n\n%s\n", u.name, u.synopsis, strings.TrimSpace(u.text))
		var any bool
		fs.VisitAll(func(*flag.Flag) { any = true })
		if any {
			fmt.Fprintln(w, "\nFlags:")
			fs.PrintDefaults()
		}
		fmt.Fprintln(w, "\nExit status: 0 success, 1 the work failed, 2 usage error.")
	}
	return fs
}

// parse parses args with flags anywhere among the arguments ("hr14 evaluate
// case.yaml --json" as well as "hr14 evaluate --json case.yaml"); "--" ends
// the flags. It returns the arguments, or the exit status when the command
// must stop: exitOK after -h (usage on stdout), exitUsage after a bad flag
// (the error and a hint on stderr).
func parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) ([]string, int, bool) {
	var rest []string
	for {
		fs.SetOutput(io.Discard)
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, exitOK, false
		}
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\nRun %q for usage.\n", fs.Name(), err, fs.Name()+" -h")
			return nil, exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, exitOK, true
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), exitOK, true
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// usageError reports a wrong command line and says what to do.
func usageError(stderr io.Writer, name, format string, args ...any) int {
	fmt.Fprintf(stderr, "hr14 %s: %s\nRun \"hr14 %s -h\" for usage.\n", name, fmt.Sprintf(format, args...), name)
	return exitUsage
}
