package main

import (
	"context"
	"strings"
	"testing"
)

func TestUnknownCommandIsAUsageError(t *testing.T) {
	var out, errb strings.Builder
	if code := run(context.Background(), []string{"frobnicate"}, strings.NewReader(""), &out, &errb); code != exitUsage {
		t.Fatalf("exit %d, want %d", code, exitUsage)
	}
	if !strings.Contains(errb.String(), `unknown command "frobnicate"`) {
		t.Errorf("stderr: %q", errb.String())
	}
}

func TestHelpListsCommands(t *testing.T) {
	var out, errb strings.Builder
	if code := run(context.Background(), []string{"-h"}, strings.NewReader(""), &out, &errb); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "batch") {
		t.Errorf("help lacks batch: %q", out.String())
	}
}
