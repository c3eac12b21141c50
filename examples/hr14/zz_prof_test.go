package main

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"
)

func TestZZProf(t *testing.T) {
	set := os.Getenv("ZZ_SET")
	if set == "" {
		t.Skip()
	}
	args := append([]string{"batch", "--employees", set + "/employees.csv", "--absences", set + "/absences.csv"}, strings.Fields(os.Getenv("ZZ_ARGS"))...)
	var errb strings.Builder
	if code := run(context.Background(), args, nil, io.Discard, &errb); code != exitOK {
		t.Fatal(errb.String())
	}
}
