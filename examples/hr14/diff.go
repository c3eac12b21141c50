package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/absencerules/hr14/examples/report"
)

var diffUsage = helpText{
	name:     "diff",
	synopsis: "[--json] [--as-of YYYY-MM-DD] OLD NEW",
	text: `
Compare two case files of one employee, the record before a late correction
(OLD) and after it (NEW) — a closed absence reopened, a reason changed, a
part day entered late — both evaluated as of the same date (NEW's asOf, or
--as-of), and print what the correction changes: the episodes, the trigger
activations and the days they clear, the stage in effect and the steps due,
the letters that would now say something different, and sick pay day by day
with the money to pay the employee or to recover. A case compared with
itself changes nothing. "-" reads one of the cases from standard input.

The JSON output (--json) is documented in examples/hr14/CASEFILE.md.

Examples:
  hr14 diff before.yaml after.yaml
  hr14 diff --json --as-of 2026-07-01 before.yaml after.yaml`,
}

func cmdDiff(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags(diffUsage)
	asJSON := fs.Bool("json", false, "print the changes as JSON (stable field names, ISO dates, money as strings)")
	asOf := fs.String("as-of", "", "evaluate both cases as of this date instead of NEW's asOf")
	files, code, ok := fs.parse(args, stdout, stderr)
	if !ok {
		return code
	}
	if len(files) != 2 {
		return usageError(stderr, "diff", "give two case files, OLD and NEW (got %d)", len(files))
	}
	if files[0] == "-" && files[1] == "-" {
		return usageError(stderr, "diff", "only one of OLD and NEW can be standard input")
	}
	when, err := parseAsOf(*asOf)
	if err != nil {
		return usageError(stderr, "diff", "--as-of: %v", err)
	}
	old, err := readCase(files[0], stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hr14 diff: %v\n", err)
		return exitFail
	}
	new, err := readCase(files[1], stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hr14 diff: %v\n", err)
		return exitFail
	}
	c, err := report.Compare(&old.Case, &new.Case, when)
	if err != nil {
		fmt.Fprintf(stderr, "hr14 diff: %v\n", err)
		return exitFail
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(c)
	} else {
		err = report.WriteCorrectionText(stdout, c)
	}
	if err != nil {
		fmt.Fprintf(stderr, "hr14 diff: %v\n", err)
		return exitFail
	}
	return exitOK
}
