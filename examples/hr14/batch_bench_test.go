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
// bench's "small" set, with its attributes.csv), reporting absence records
// per second.
func benchBatch(b *testing.B, report string, extra ...string) {
	emp, abs, rows := benchFiles(b, 10000)
	dir := filepath.Dir(emp)
	_, _, attrs := workforceAttrs(b, 10000, 42)
	for name, content := range map[string][]byte{"attributes.csv": attrs,
		"other.yaml": []byte("trig1: {episodes: 3, months: 12}\n"),
		"adj.yaml":   []byte("adjustment: {trig1: 3, trig2: 15, trig3: 6, trig4: 15}\ndiscount: [MSK, STRESS]\n")} {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	args := []string{"--employees", emp, "--absences", abs, "--report", report}
	for _, a := range extra {
		if strings.HasSuffix(a, ".csv") || strings.HasSuffix(a, ".yaml") {
			a = filepath.Join(dir, a)
		}
		args = append(args, a)
	}
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

// BenchmarkBatchCompare is --compare: HR14 against "3 episodes in 12
// months", the episodes formed once.
func BenchmarkBatchCompare(b *testing.B) { benchBatch(b, "timeline", "--compare", "other.yaml") }

// BenchmarkBatchEquality is the equality report with the adjustments for
// disabled employees.
func BenchmarkBatchEquality(b *testing.B) {
	benchBatch(b, "equality", "--attributes", "attributes.csv", "--adjustments", "adj.yaml")
}

// BenchmarkBatchTrends is the trends report by department and staff group.
func BenchmarkBatchTrends(b *testing.B) { benchBatch(b, "trends", "--attributes", "attributes.csv") }
