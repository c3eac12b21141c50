package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// TestReadmeShowsThisProgram: the README's embedding example is this file,
// word for word from "package main", so it compiles and runs as shown.
func TestReadmeShowsThisProgram(t *testing.T) {
	src, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	body := string(src[strings.Index(string(src), "package main"):])
	if !strings.Contains(string(readme), "```go\n"+body+"```\n") {
		t.Error("README.md's Go example differs from examples/embed/main.go: copy the file from \"package main\" into it")
	}
}

// TestTRIG1_EmbedPrintsTheActivation: the example prints TRIG-1 active since
// 2 March 2026 with its evidence and the policy that produced it.
func TestTRIG1_EmbedPrintsTheActivation(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	main()
	os.Stdout = stdout
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"TRIG-1 active since 2026-03-02: 3 episodes in the 6 months 2025-11-15 to 2026-05-14",
		"TRIG-2 not active", "TRIG-5 not active",
		"As of 2026-05-14: active since Monday 2 March 2026.",
		"Worked out under HR14 v16",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
