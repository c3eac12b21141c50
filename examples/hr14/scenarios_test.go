package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The scenario suite: every worked example (package triggers) as a test file,
// run through the same runner as "hr14 test".
func TestScenarios(t *testing.T) {
	files, err := testFiles([]string{filepath.Join("testdata", "scenarios")})
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		for _, r := range runTestFile(file, nil) {
			name := filepath.Base(file) + "/" + r.Outcome.Label
			t.Run(name, func(t *testing.T) {
				if !r.Passed() {
					var b strings.Builder
					writeResult(&b, r, false)
					t.Error("\n" + b.String())
				}
			})
		}
	}
}

// Every worked example 1–10 has a scenario, named for it;
// example 8 has both readings of the counting knob.
func TestScenarios_CoverEveryWorkedExample(t *testing.T) {
	files, err := testFiles([]string{filepath.Join("testdata", "scenarios")})
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, file := range files {
		for _, r := range runTestFile(file, nil) {
			labels = append(labels, r.Outcome.Label)
		}
	}
	all := strings.Join(labels, "\n")
	for n := 1; n <= 10; n++ {
		if !strings.Contains(all, fmt.Sprintf("Worked example %d", n)) {
			t.Errorf("no scenario for worked example %d among:\n%s", n, all)
		}
	}
	for _, want := range []string{"Worked example 8: stage 2", "Worked example 8, full window"} {
		if !strings.Contains(all, want) {
			t.Errorf("no scenario %q", want)
		}
	}
}

// A deliberately wrong expectation fails, with exit status 1 and a diff
// that shows what was wanted and what was got.
func TestTest_WrongExpectationFailsWithADiff(t *testing.T) {
	out, errOut, code := runCmd(t, "test", filepath.Join("testdata", "failing", "wrong-expectation.yaml"))
	if code != exitFail {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitFail, out, errOut)
	}
	want := `FAIL  testdata/failing/wrong-expectation.yaml: Wrong on purpose: worked example 1 with the wrong dates [as of 2026-03-31]
      triggers.activated (- want, + got):
        - trigger: TRIG-1, on: 2026-03-03
        - trigger: TRIG-3, on: 2026-03-02
        + trigger: TRIG-1, on: 2026-03-02
      stage.inEffect: want stage-1, got none

0 passed, 1 failed
`
	if filepath.Separator != '/' {
		want = strings.ReplaceAll(want, "testdata/failing/", filepath.Join("testdata", "failing")+string(filepath.Separator))
	}
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

// Deliberately wrong letter expectations fail, each saying what was
// wanted, what the letter has, and how to see the letter.
func TestTest_WrongLetterFails(t *testing.T) {
	file := filepath.Join("testdata", "failing", "wrong-letter.yaml")
	out, errOut, code := runCmd(t, "test", file)
	if code != exitFail {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitFail, out, errOut)
	}
	see := "(the stage-1-invitation letter (text); see it with: hr14 letter --kind stage-1-invitation --as-of 2026-03-05 " + file + ")"
	want := "FAIL  " + file + ": Wrong on purpose: worked example 1's stage 1 invitation [as of 2026-03-05]\n" +
		`      letters[0].contains[1]: want "reached on Tuesday 3 March 2026", got not in the letter ` + see + "\n" +
		`      letters[0].notContains[0]: want no "Ward 6 office", got "Place: Ward 6 office" ` + see + "\n" +
		"      letters[1]: want the stage-2-invitation letter (text), got " + file + ":14:1: events: invalid case: letters: stage-2-invitation: " +
		"the case does not support this letter: the case has no stage 2 sickness review meeting (the letter could not be written)\n" +
		"\n0 passed, 1 failed\n"
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
	// The letter the hint names renders, and has what the failure says.
	out, errOut, code = runCmd(t, "letter", "--kind", "stage-1-invitation", "--as-of", "2026-03-05", file)
	if code != exitOK || !strings.Contains(out, "Place: Ward 6 office") || !strings.Contains(out, "reached on Monday 2 March 2026") {
		t.Errorf("exit %d: %s%s", code, out, errOut)
	}
}

func TestTest_PassesTheSuite(t *testing.T) {
	out, errOut, code := runCmd(t, "test", filepath.Join("testdata", "scenarios"))
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "passed, 0 failed") || strings.Contains(out, "FAIL") {
		t.Errorf("output:\n%s", out)
	}
}

func TestTest_RunFilterAndVerbose(t *testing.T) {
	out, _, code := runCmd(t, "test", "-v", filepath.Join("testdata", "scenarios"), "--run", "example 7b")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if strings.Count(out, "PASS") != 1 || !strings.Contains(out, "checked: episodes, triggers") {
		t.Errorf("output:\n%s", out)
	}
	out, _, code = runCmd(t, "test", filepath.Join("testdata", "scenarios"), "--run", "no such scenario")
	if code != exitFail || !strings.Contains(out, "no scenario matched") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestTest_FileErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("name: x\nasOf: 2026-02-30\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(dir, "plain.yaml")
	if err := os.WriteFile(plain, []byte("name: x\nasOf: 2026-02-03\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, code := runCmd(t, "test", bad, plain)
	if code != exitFail {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"ERROR " + bad + ":2:7: asOf: invalid value", "plain.yaml: no expect block", "0 passed, 0 failed, 2 files with errors"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, errOut, code := runCmd(t, "test", filepath.Join(dir, "missing.yaml")); code != exitFail || !strings.Contains(errOut, "missing.yaml") {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
	empty := t.TempDir()
	if _, errOut, code := runCmd(t, "test", empty); code != exitFail || !strings.Contains(errOut, "no .yaml") {
		t.Errorf("empty directory: exit %d, %q", code, errOut)
	}
}

func TestTest_UsageErrors(t *testing.T) {
	for _, args := range [][]string{{"test"}, {"test", "--run", "(", "x.yaml"}, {"test", "--frobnicate", "x.yaml"}} {
		_, errOut, code := runCmd(t, args...)
		if code != exitUsage || !strings.Contains(errOut, `"hr14 test -h"`) {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

// runCmd runs the hr14 command line and returns its output and status.
func runCmd(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb strings.Builder
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}
