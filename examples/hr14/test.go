package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
)

var testUsage = helpText{
	name:     "test",
	synopsis: "[-v] [--run REGEXP] FILE|DIR…",
	text: `
Run policy-interpretation test files: each is a case plus an expect block
saying what its evaluation must show (trigger activations and their dates,
the stage and next steps with due dates, pay and pension figures). A file
may hold several scenarios ("---" between YAML documents), and an expect
block may check several as-of dates. A directory runs every .yaml, .yml and
.json file in it and below it.

Each expectation prints PASS or FAIL; a failure shows what was wanted and
what was got as a line diff ("-" wanted, "+" got). The exit status is 1 if
any expectation fails or any file cannot be read.

The format is documented in examples/hr14/CASEFILE.md ("Test files").

Examples:
  hr14 test examples/hr14/testdata/scenarios
  hr14 test --run 'example 8' examples/hr14/testdata/scenarios/*.yaml`,
}

func cmdTest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := newFlags(testUsage)
	verbose := fset.Bool("v", false, "also list what each passing expectation checked")
	runExpr := fset.String("run", "", "run only the scenarios whose label matches this regular expression")
	paths, code, ok := fset.parse(args, stdout, stderr)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return usageError(stderr, "test", "give at least one test file or directory")
	}
	var filter *regexp.Regexp
	if *runExpr != "" {
		re, err := regexp.Compile(*runExpr)
		if err != nil {
			return usageError(stderr, "test", "--run: %v", err)
		}
		filter = re
	}
	files, err := testFiles(paths)
	if err != nil {
		fmt.Fprintf(stderr, "hr14 test: %v\n", err)
		return exitFail
	}
	var sum summary
	for _, f := range files {
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "hr14 test: interrupted")
			return exitFail
		}
		results := runTestFile(f, filter)
		for _, r := range results {
			sum.add(r)
			writeResult(stdout, r, *verbose)
		}
	}
	fmt.Fprintf(stdout, "\n%s\n", sum)
	if sum.failed > 0 || sum.errors > 0 || sum.passed == 0 {
		return exitFail
	}
	return exitOK
}

// testFiles expands directories into the test files below them, sorted.
func testFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".yaml", ".yml", ".json":
				if !d.IsDir() {
					found = append(found, path)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no .yaml, .yml or .json file in it", p)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// A testResult is one expectation of one file checked, or a file that
// could not be run.
type testResult struct {
	File    string
	Outcome report.Outcome
	// Err is a file that cannot be read or decoded, or holds nothing to test.
	Err error
	// Checked lists what the expectation checked (for -v).
	Checked []string
}

// Passed reports whether the result is a pass.
func (r testResult) Passed() bool { return r.Err == nil && r.Outcome.Passed() }

// runTestFile runs every scenario of one file; filter, if not nil, keeps
// the expectations whose label matches.
func runTestFile(file string, filter *regexp.Regexp) []testResult {
	name, data, err := readInput(file, nil)
	if err != nil {
		return []testResult{{File: file, Err: err}}
	}
	scenarios, err := casefile.DecodeAll(name, data)
	if err != nil {
		return []testResult{{File: file, Err: err}}
	}
	var out []testResult
	expectations := 0
	for i := range scenarios {
		s := &scenarios[i]
		expectations += len(s.Expect)
		for j, o := range report.Verify(s) {
			if filter != nil && !filter.MatchString(o.Label) {
				continue
			}
			out = append(out, testResult{File: file, Outcome: o, Checked: checked(&s.Expect[j])})
		}
	}
	if expectations == 0 {
		return []testResult{{File: file, Err: fmt.Errorf("%s: no expect block: nothing to test (evaluate a case with hr14 evaluate)", file)}}
	}
	return out
}

// checked names the parts of an expectation that are given.
func checked(x *casefile.Expect) []string {
	var out []string
	add := func(name string, given bool) {
		if given {
			out = append(out, name)
		}
	}
	add("rejected", x.Rejected != "")
	add("episodes", x.Episodes != nil)
	add("partDays", x.PartDays != nil)
	add("triggers", x.Triggers != nil)
	add("stage", x.Stage != nil)
	add("deadlines", x.Deadlines != nil)
	add(fmt.Sprintf("%d nextSteps", len(x.NextSteps)), len(x.NextSteps) > 0)
	add("pay", x.Pay != nil)
	add("pension", x.Pension != nil)
	add("letters", len(x.Letters) > 0)
	return out
}

func writeResult(w io.Writer, r testResult, verbose bool) {
	switch {
	case r.Err != nil:
		fmt.Fprintf(w, "ERROR %v\n", r.Err)
	case r.Outcome.Err != nil:
		fmt.Fprintf(w, "FAIL  %s: %s\n", r.File, r.Outcome.Label)
		fmt.Fprintf(w, "      the case could not be evaluated: %v\n", r.Outcome.Err)
	case !r.Outcome.Passed():
		fmt.Fprintf(w, "FAIL  %s: %s\n", r.File, r.Outcome.Label)
		for _, m := range r.Outcome.Mismatches {
			fmt.Fprintf(w, "      %s\n", strings.ReplaceAll(m.String(), "\n", "\n      "))
		}
	default:
		fmt.Fprintf(w, "PASS  %s: %s\n", r.File, r.Outcome.Label)
		if verbose {
			fmt.Fprintf(w, "      checked: %s\n", strings.Join(r.Checked, ", "))
		}
	}
}

type summary struct{ passed, failed, errors int }

func (s *summary) add(r testResult) {
	switch {
	case r.Err != nil:
		s.errors++
	case r.Passed():
		s.passed++
	default:
		s.failed++
	}
}

func (s summary) String() string {
	out := fmt.Sprintf("%d passed, %d failed", s.passed, s.failed)
	switch {
	case s.errors == 1:
		out += ", 1 file with errors"
	case s.errors > 1:
		out += fmt.Sprintf(", %d files with errors", s.errors)
	}
	if s.passed+s.failed+s.errors == 0 {
		out = "no scenario matched"
	}
	return out
}
