package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/report"
)

var reopened = filepath.Join("testdata", "corrections", "reopened.yaml")

func TestDiff_Text(t *testing.T) {
	out, errOut, code := runCmd(t, "diff", wardNurse, reopened)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"both as of Monday 29 June 2026",
		"episode 2026-06-08/2026-06-19 (Stress)",
		"2026-06-20/2026-06-26: not a sick-pay day → full pay",
		"pay the employee £983.50",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, _, code = runCmd(t, "diff", wardNurse, wardNurse)
	if code != exitOK || !strings.Contains(out, "Nothing changes.") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestDiff_JSON(t *testing.T) {
	out, errOut, code := runCmd(t, "diff", "--json", "--as-of", "2026-07-01", wardNurse, reopened)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var c report.Correction
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if c.Format != report.CorrectionFormat || c.AsOf.String() != "2026-07-01" || c.Pay == nil || c.Pay.Amount != "983.50" || c.Pay.Settle != "pay" {
		t.Fatalf("%+v", c)
	}
}

func TestDiff_Errors(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"diff", wardNurse}, exitUsage, "give two case files"},
		{[]string{"diff", "-", "-"}, exitUsage, "only one of OLD and NEW"},
		{[]string{"diff", "--as-of", "2026-02-30", wardNurse, reopened}, exitUsage, "--as-of"},
		{[]string{"diff", wardNurse, "testdata/no-such-file.yaml"}, exitFail, "no-such-file.yaml"},
	} {
		_, errOut, code := runCmd(t, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, %q", c.args, code, errOut)
		}
	}
}

func TestEvaluate_WhatIf(t *testing.T) {
	out, errOut, code := runCmd(t, "evaluate", filepath.Join("testdata", "cases", "what-if.yaml"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"What if: sickness 2026-03-02 (Other)",
		"TRIG-1 would activate on 2026-03-02",
		"The stage 1 sickness review meeting would become due from 2026-03-02 (TRIG-1).",
		"TRIG-1: from 2026-03-02 to 2026-07-06 one more day of sickness activates it; from 2026-07-07 to 2027-02-26 it does not",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
