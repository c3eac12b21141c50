package docs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinksResolve: every relative link of every Markdown document in the
// repository resolves in a clone with nothing beside it (issue 15).
func TestLinksResolve(t *testing.T) {
	broken, err := Check("../../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range broken {
		t.Error(b)
	}
	readme, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	linked := map[string]bool{}
	for _, l := range Links("README.md", string(readme)) {
		linked[l.Target] = true
	}
	// The documents the README hands the detail to (issue 15 item 7).
	for _, doc := range []string{"examples/hr14/README.md", "examples/hr14/CASEFILE.md", "examples/INTERPRETATIONS.md",
		"examples/hr14/BENCH.md", "examples/hr14/PERFORMANCE.md", "examples/embed/main.go", "examples/service/openapi.json"} {
		if !linked[doc] {
			t.Errorf("the README does not link %s", doc)
		}
	}
}

// TestCheckFindsBrokenLinks proves the check can fail: a missing file, a
// path out of the repository and an unknown heading are all reported, and
// code, web links and good anchors are not.
func TestCheckFindsBrokenLinks(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("README.md", "# Top\n\n## What is implemented\n\n"+
		"[ok](docs/A.md) [ok](docs/A.md#the-hr14-command-and-service) [ok](#what-is-implemented) [web](https://example.org/x)\n"+
		"`[code](nowhere.md)`\n```\n[fenced](nowhere.md)\n```\n"+
		"[missing](docs/B.md) [out](../"+"elsewhere/X.md) [anchor](docs/A.md#nope) [self](#performance)\n")
	write("docs/A.md", "# The hr14 command and service\n\n[up](../README.md#top)\n")
	broken, err := Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"docs/B.md", "../" + "elsewhere/X.md", "docs/A.md#nope", "#performance"}
	if len(broken) != len(want) {
		t.Fatalf("broken = %q, want %d entries", broken, len(want))
	}
	for _, w := range want {
		found := false
		for _, b := range broken {
			found = found || strings.Contains(b, "("+w+")")
		}
		if !found {
			t.Errorf("link %s not reported in %q", w, broken)
		}
	}
}

func TestAnchors(t *testing.T) {
	a := Anchors("# hr14\n## What-if and late corrections (`triggers`, `stages`)\n## Late corrections (hr14 diff)\n## Pay\n## Pay\n```\n# not a heading\n```\n")
	for _, want := range []string{"hr14", "what-if-and-late-corrections-triggers-stages", "late-corrections-hr14-diff", "pay", "pay-1"} {
		if !a[want] {
			t.Errorf("anchor %q missing from %v", want, a)
		}
	}
	if a["not-a-heading"] {
		t.Error("a line in a code block is no heading")
	}
}
