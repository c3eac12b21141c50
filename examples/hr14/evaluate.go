package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
)

var evaluateUsage = helpText{
	name:     "evaluate",
	synopsis: "[--json] [--as-of YYYY-MM-DD] CASE",
	text: `
Evaluate the case file CASE (YAML or JSON; "-" reads standard input) under
HR14 and print the explained result: episodes, trigger points with their
evidence, headroom, the formal stage and next steps with due dates, the
recording checks, sick pay and Injury Allowance, and ill-health retirement.

The case-file format and the JSON output are documented in
examples/hr14/CASEFILE.md. An expect block in CASE (a test file) is ignored.

Examples:
  hr14 evaluate examples/hr14/testdata/cases/ward-nurse.yaml
  hr14 evaluate --json case.yaml > result.json`,
}

func cmdEvaluate(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags(evaluateUsage)
	asJSON := fs.Bool("json", false, "print the result as JSON (stable field names, ISO dates, money as strings)")
	asOf := fs.String("as-of", "", "evaluate as of this date instead of the case's asOf")
	files, code, ok := fs.parse(args, stdout, stderr)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return usageError(stderr, "evaluate", "give one case file (got %d)", len(files))
	}
	when, err := parseAsOf(*asOf)
	if err != nil {
		return usageError(stderr, "evaluate", "--as-of: %v", err)
	}
	sc, err := readCase(files[0], stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hr14 evaluate: %v\n", err)
		return exitFail
	}
	r, err := report.Evaluate(&sc.Case, when)
	if err != nil {
		fmt.Fprintf(stderr, "hr14 evaluate: %v\n", err)
		return exitFail
	}
	// Render the whole result first: a failure never leaves half a report
	// on standard output.
	var buf bytes.Buffer
	if *asJSON {
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		err = enc.Encode(r)
	} else {
		err = report.WriteText(&buf, r)
	}
	if err == nil {
		_, err = stdout.Write(buf.Bytes())
	}
	if err != nil {
		fmt.Fprintf(stderr, "hr14 evaluate: %v\n", err)
		return exitFail
	}
	return exitOK
}

// parseAsOf parses the value of an --as-of flag; "" is no date.
func parseAsOf(s string) (absence.Date, error) {
	if s == "" {
		return absence.Date{}, nil
	}
	return absence.ParseDate(s)
}

// readCase reads and decodes one case file ("-" is standard input).
func readCase(file string, stdin io.Reader) (casefile.Scenario, error) {
	name, data, err := readInput(file, stdin)
	if err != nil {
		return casefile.Scenario{}, err
	}
	return casefile.Decode(name, data)
}

// maxInput is the largest case or test file read.
const maxInput = 16 << 20

// readInput reads a file, or standard input for "-".
func readInput(name string, stdin io.Reader) (string, []byte, error) {
	r := stdin
	if name == "-" {
		name = "stdin"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return name, nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return name, nil, err
	}
	if len(data) > maxInput {
		return name, nil, fmt.Errorf("%s: larger than %d MiB", name, maxInput>>20)
	}
	return name, data, nil
}
