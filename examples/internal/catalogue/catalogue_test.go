package catalogue

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// root is the repository's top directory.
const root = "../../.."

// self is this package's directory, left out of the scan: its tests cite
// undefined rules on purpose.
const self = "examples/internal/catalogue"

func load(t *testing.T) Catalogue {
	t.Helper()
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("the repository's top directory is not %s: %v", root, err)
	}
	c, err := Load(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Problems {
		t.Error(p)
	}
	return c
}

// TestEveryCitationResolves: every rule ID and worked example cited anywhere
// in the repository (Go, Markdown, YAML, JSON and template files, test names
// included) is defined by a heading in a library package's documentation;
// no family name stands alone as a citation; nothing points to the brief,
// its facts (FACTS.md) or its coverage table (COVERAGE.md) outside the
// repository.
func TestEveryCitationResolves(t *testing.T) {
	c := load(t)
	cits, err := Scan(root, self)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[Kind]int{}
	unresolved := map[Citation][]string{} // by kind and key: where
	for _, cit := range cits {
		counts[cit.Kind]++
		if _, ok := c.Resolve(cit); !ok {
			k := Citation{Kind: cit.Kind, Key: cit.Key}
			unresolved[k] = append(unresolved[k], cit.File+":"+strconv.Itoa(cit.Line))
		}
	}
	keys := slices.SortedFunc(maps.Keys(unresolved), func(a, b Citation) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Key, b.Key))
	})
	for _, k := range keys {
		where := unresolved[k]
		at := strings.Join(where[:min(len(where), 3)], ", ")
		if len(where) > 3 {
			at += fmt.Sprintf(" and %d more", len(where)-3)
		}
		switch k.Kind {
		case RuleID:
			t.Errorf("%s is cited (%s) but package %s's documentation (doc.go) has no heading %q",
				k.Key, at, Families[strings.Split(k.Key, "-")[0]], "# "+k.Key+": …")
		case WorkedExample:
			t.Errorf("%s is cited (%s) but package %s's documentation (doc.go) has no heading %q",
				k.Key, at, ExamplesPackage, "# W"+k.Key[1:]+": …")
		case Family:
			t.Errorf("%q alone cites no rule (%s): cite a numbered rule (%s-1 …), or write %q for the family",
				k.Key, at, k.Key, k.Key+" rules")
		case Outside:
			t.Errorf("%q is outside the repository, which a clone does not have (%s): cite the package documentation or a file in the repository",
				k.Key, at)
		}
	}
	// The scan must see the citations it exists to check.
	if counts[RuleID] < 500 || counts[WorkedExample] < 30 {
		t.Errorf("the scan found only %d rule IDs and %d worked examples: is it reading the repository?",
			counts[RuleID], counts[WorkedExample])
	}
}

// TestEveryFamilyIsDefined: each family has its rules in its package, and
// the worked examples are 1–10. (Numbers may have gaps: new IDs are handed
// out in ranges, one to each piece of work.)
func TestEveryFamilyIsDefined(t *testing.T) {
	c := load(t)
	found := map[string]int{}
	for key := range c.Entries {
		if fam, _, ok := strings.Cut(key, "-"); ok {
			found[fam]++
		}
	}
	for fam, pkg := range Families {
		if found[fam] == 0 {
			t.Errorf("no %s rules in package %s", fam, pkg)
		}
	}
	if got := c.Examples(); !slices.Equal(got, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) {
		t.Errorf("worked examples %v, want 1–10", got)
	}
}

// funcs returns the names of every test, example, fuzz target and benchmark
// in the repository, and the base names of its files.
func funcs(t *testing.T) (names, files map[string]bool) {
	t.Helper()
	names, files = map[string]bool{}, map[string]bool{}
	decl := regexp.MustCompile(`(?m)^func ((?:Test|Example|Fuzz|Benchmark)\w*)\(`)
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		files[d.Name()] = true
		if strings.HasSuffix(path, "_test.go") {
			text, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, m := range decl.FindAllStringSubmatch(string(text), -1) {
				names[m[1]] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return names, files
}

// TestEntriesSayWhereFromAndHowProved: every rule names its clause and the
// tests that prove it, every test and scenario file an entry names exists,
// and every worked example names the tests that run it.
func TestEntriesSayWhereFromAndHowProved(t *testing.T) {
	c := load(t)
	names, files := funcs(t)
	testRef := regexp.MustCompile(`\b(?:Test|Example|Fuzz|Benchmark)\w*`)
	fileRef := regexp.MustCompile(`[\w-]+\.yaml\b`)
	for key, e := range c.Entries {
		if exampleNumber(key) == 0 && e.Paragraph("Clause:") == "" {
			t.Errorf("%s (package %s) has no %q paragraph", key, e.Package, "Clause:")
		}
		tested := e.Paragraph("Tested by:")
		if tested == "" {
			t.Errorf("%s (package %s) has no %q paragraph", key, e.Package, "Tested by:")
			continue
		}
		refs := testRef.FindAllString(tested, -1)
		if len(refs) == 0 {
			t.Errorf("%s (package %s): %q names no test", key, e.Package, "Tested by: "+tested)
		}
		for _, name := range refs {
			if !names[name] {
				t.Errorf("%s (package %s) is tested by %s, which does not exist", key, e.Package, name)
			}
		}
		for _, f := range fileRef.FindAllString(tested, -1) {
			if !files[f] {
				t.Errorf("%s (package %s) is tested by %s, which does not exist", key, e.Package, f)
			}
		}
	}
}

// The scanner finds every form of citation the repository uses.
func TestScanText(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // Kind:Key
	}{
		{"// ABS-3 (HR14 Proc 6)", []string{"0:ABS-3"}},
		{"TRIG-2/4 pro rata", []string{"0:TRIG-2", "0:TRIG-4"}},
		{"TRIG-1 … TRIG-6", []string{"0:TRIG-1", "0:TRIG-6"}},
		{"func TestSTAGE1_STAGE3_STAGE5_WorkedExample9_Deadlines(t", []string{"0:STAGE-1", "0:STAGE-3", "0:STAGE-5", "1:worked example 9"}},
		{"func TestTRIG_StageLapse(t", nil},
		{"TestPEN3_WorkedExamples", []string{"0:PEN-3"}},
		{"# worked example 1 (TRIG-1).", []string{"1:worked example 1", "0:TRIG-1"}},
		{"// Worked example 8, full window", []string{"1:worked example 8"}},
		{"worked examples 1, 8 and 9 in spirit", []string{"1:worked example 1", "1:worked example 8", "1:worked example 9"}},
		{"every worked example 1–10 has", []string{"1:worked example 1", "1:worked example 2", "1:worked example 3", "1:worked example 4",
			"1:worked example 5", "1:worked example 6", "1:worked example 7", "1:worked example 8", "1:worked example 9", "1:worked example 10"}},
		{"// (worked\n// example 5)", []string{"1:worked example 5"}},
		{"worked example 1, 2026-03-02", []string{"1:worked example 1"}},
		{`fmt.Sprintf("Worked example %d", n)`, nil},
		{"| LET, STAGE-1 |", []string{"0:STAGE-1", "2:LET"}},
		{`absence.Rule{ID: "TRIG", Clause: "x"}`, []string{"2:TRIG"}},
		{"the PAY rules; (STAGE rules); the ABS\n// rules", nil},
		{`notContains: ["TRIG-"]`, nil},
		{"TRIG5.Days, trig1, TestLET_Missing", nil},
		{"see " + "RULES" + ".md and " + "../" + "shared/bench", []string{"3:RULES.md", "3:../shared"}},
		{"(" + "FACTS" + ".md: £123.25 / 6), " + "COVERAGE" + ".md row #71", []string{"3:FACTS.md", "3:COVERAGE.md"}},
		{"FACTS_md, myFACTS.md, COVERAGE #71", nil},
	} {
		var got []string
		for _, c := range ScanText("x.go", []byte(tc.text)) {
			got = append(got, strconv.Itoa(int(c.Kind))+":"+c.Key)
		}
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("ScanText(%q) = %q, want %q", tc.text, got, want)
		}
	}
}

// A citation of an undefined rule fails, as do a citation of the facts or
// the coverage table outside the repository and a malformed or repeated
// heading: the check can fail.
func TestUndefinedCitationIsReported(t *testing.T) {
	dir := t.TempDir()
	for fam, pkg := range Families {
		doc := "// Package " + pkg + " is a fixture.\n//\n// # " + fam + "-1: A rule\n//\n// Clause: none.\n//\n// Tested by: TestX.\npackage " + pkg + "\n"
		switch pkg {
		case "absence":
			doc = strings.Replace(doc, "package absence", "//\n// # ABS-2 A heading without its colon\n//\n// # ABS-1: Again\npackage absence", 1)
		case "triggers":
			doc = strings.Replace(doc, "package triggers", "//\n// # Worked example 1: One\n//\n// # PAY-9: In the wrong package\npackage triggers", 1)
		}
		if err := os.MkdirAll(filepath.Join(dir, pkg), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, pkg, "doc.go"), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Problems) != 3 {
		t.Errorf("problems %q, want the heading without a colon, ABS-1 twice and PAY-9 in triggers", c.Problems)
	}
	var unresolved []string
	for _, cit := range ScanText("README.md", []byte("ABS-1, ABS-2, TRIG-1/2, worked examples 1 and 2, LET-1 (see "+"FACTS"+".md and "+"COVERAGE"+".md)")) {
		if _, ok := c.Resolve(cit); !ok {
			unresolved = append(unresolved, cit.Key)
		}
	}
	if want := []string{"ABS-2", "TRIG-2", "worked example 2", "FACTS.md", "COVERAGE.md"}; !slices.Equal(unresolved, want) {
		t.Errorf("unresolved %q, want %q", unresolved, want)
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("Load of a directory without the library packages succeeded")
	}
}
