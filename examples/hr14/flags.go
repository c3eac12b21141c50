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

// flags is a command's flag set with its help.
type flags struct {
	*flag.FlagSet
	help helpText
}

// newFlags returns the flag set of a command. Parse errors and -h are
// reported by parse, not by the flag package.
func newFlags(h helpText) *flags {
	fs := flag.NewFlagSet("hr14 "+h.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &flags{FlagSet: fs, help: h}
}

// writeHelp writes the command's help to w.
func (f *flags) writeHelp(w io.Writer) {
	fmt.Fprintf(w, "Usage: hr14 %s %s\n\n%s\n", f.help.name, f.help.synopsis, strings.TrimSpace(f.help.text))
	var any bool
	f.VisitAll(func(*flag.Flag) { any = true })
	if any {
		fmt.Fprintln(w, "\nFlags (- or -- alike, anywhere on the line):")
		f.SetOutput(w)
		f.PrintDefaults()
		f.SetOutput(io.Discard)
	}
	fmt.Fprintln(w, "\nExit status: 0 success, 1 the work failed, 2 usage error.")
}

// parse parses args with flags anywhere among the arguments ("hr14 evaluate
// case.yaml --json" as well as "hr14 evaluate --json case.yaml"); "--" ends
// the flags. It returns the arguments and ok, or the exit status when the
// command must stop: exitOK after -h (help on stdout), exitUsage after a bad
// flag (the error and a hint on stderr).
func (f *flags) parse(args []string, stdout, stderr io.Writer) ([]string, int, bool) {
	var rest []string
	for {
		err := f.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			f.writeHelp(stdout)
			return nil, exitOK, false
		}
		if err != nil {
			return nil, usageError(stderr, f.help.name, "%v", err), false
		}
		args = f.Args()
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
