package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchFiles writes a generated workforce of n employees to a temporary
// directory and returns the two file names and the number of absence rows.
func benchFiles(b *testing.B, n int) (emp, abs string, rows int) {
	b.Helper()
	e, a := workforce(b, n, 42)
	dir := b.TempDir()
	emp, abs = filepath.Join(dir, "employees.csv"), filepath.Join(dir, "absences.csv")
	if err := os.WriteFile(emp, e, 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(abs, a, 0o644); err != nil {
		b.Fatal(err)
	}
	return emp, abs, bytes.Count(a, []byte{'\n'}) - 1
}

// benchBatch runs hr14 batch end to end (CSV files in, report out to
// io.Discard) on 10,000 generated employees (133,530 absence rows, the
// bench's "small" set), reporting absence records per second.
func benchBatch(b *testing.B, report string) {
	emp, abs, rows := benchFiles(b, 10000)
	args := []string{"--employees", emp, "--absences", abs, "--report", report}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		var errb strings.Builder
		if code := run(context.Background(), append([]string{"batch"}, args...), nil, io.Discard, &errb); code != exitOK {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkBatchWindows(b *testing.B)  { benchBatch(b, "windows") }
func BenchmarkBatchTimeline(b *testing.B) { benchBatch(b, "timeline") }
