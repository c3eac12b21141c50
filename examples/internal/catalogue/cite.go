package catalogue

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Kind is what a citation cites.
type Kind uint8

// The kinds of citation.
const (
	// RuleID is a rule ID: "ABS-3", "TRIG-2/4" (two citations), or the IDs
	// of a test's name ("TestSTAGE1_STAGE3_…").
	RuleID Kind = iota
	// WorkedExample is "worked example 4", "worked examples 4 and 5",
	// "worked examples 1–10", or a test's name ending "WorkedExample4".
	WorkedExample
	// Family is a family name standing alone as a citation ("LET",
	// "(TRIG, lapse)"), which no heading defines. "The PAY rules" is a
	// reference to the family, not a citation.
	Family
	// Outside is a reference to the brief, its facts (FACTS.md) or its
	// coverage table (COVERAGE.md) outside the repository, which a clone
	// does not have.
	Outside
)

// A Citation is one place in the repository that cites the catalogue.
type Citation struct {
	File string // slash-separated, relative to the repository's top directory
	Line int    // counted from 1
	Kind Kind
	Key  string // "ABS-3", "worked example 4", the family, or the outside reference
}

// String returns e.g. "README.md:12: ABS-3".
func (c Citation) String() string {
	return c.File + ":" + strconv.Itoa(c.Line) + ": " + c.Key
}

// scanned says which files are scanned for citations.
func scanned(name string) bool {
	switch filepath.Ext(name) {
	case ".go", ".md", ".yaml", ".yml", ".json", ".tmpl":
		return true
	}
	return false
}

// Scan returns every citation in the repository under root: in Go, Markdown,
// YAML, JSON and template files, outside hidden directories, fuzz corpora and
// the directories in skip (slash-separated, relative to root).
func Scan(root string, skip ...string) ([]Citation, error) {
	var all []Citation
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || slices.Contains(skip, rel) ||
				(d.Name() == "fuzz" && strings.HasSuffix(filepath.Dir(rel), "testdata"))) {
				return filepath.SkipDir
			}
			return nil
		}
		if !scanned(d.Name()) {
			return nil
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		all = append(all, ScanText(rel, text)...)
		return nil
	})
	return all, err
}

// The separator between two words of a phrase that a comment may break over
// lines: spaces, and the comment markers of Go and YAML.
const sep = `(?:\s|//|#)+`

var (
	// A rule ID, with more numbers of its family after slashes ("TRIG-2/4").
	idPattern = regexp.MustCompile(`\b(ABS|TRIG|STAGE|PAY|PEN|LET)-(\d+)((?:/\d+)*)\b`)
	// The rule IDs of a test's name: TestSTAGE1_STAGE3_WorkedExample9.
	testName   = regexp.MustCompile(`\b(?:Test|Example|Fuzz|Benchmark)((?:(?:ABS|TRIG|STAGE|PAY|PEN|LET)\d+_)+)`)
	testID     = regexp.MustCompile(`(ABS|TRIG|STAGE|PAY|PEN|LET)(\d+)_`)
	testWorked = regexp.MustCompile(`\b(?:Test|Example|Fuzz|Benchmark)\w*?WorkedExample(\d{1,2})(?:_|\b)`)
	// "worked example 4", "worked examples 1, 8 and 9", "worked examples 1–10".
	worked     = regexp.MustCompile(`(?i)\bworked` + sep + `examples?` + sep + `(\d{1,2}\b(?:\s*(?:,|and|or|to|–|…)(?:\s|//|#)*\d{1,2}\b)*)`)
	number     = regexp.MustCompile(`\d+|–|…|\bto\b`)
	family     = regexp.MustCompile(`\b(ABS|TRIG|STAGE|PAY|PEN|LET)\b`)
	familyRefs = regexp.MustCompile(`^` + sep + `rules?\b`)
	// The brief, its facts and coverage table, and the benchmark kit, all
	// outside the repository.
	outside = regexp.MustCompile(`\b(?:RULES|FACTS|COVERAGE)\.md\b|\.\./shared\b`)
)

// ScanText returns the citations in text, the contents of the file name.
func ScanText(name string, text []byte) []Citation {
	var cs []Citation
	lines := newLines(text)
	add := func(at int, kind Kind, key string) {
		cs = append(cs, Citation{File: name, Line: lines.at(at), Kind: kind, Key: key})
	}
	for _, m := range idPattern.FindAllSubmatchIndex(text, -1) {
		fam := string(text[m[2]:m[3]])
		add(m[0], RuleID, fam+"-"+string(text[m[4]:m[5]]))
		for _, n := range strings.Split(string(text[m[6]:m[7]]), "/")[1:] {
			add(m[0], RuleID, fam+"-"+n)
		}
	}
	for _, m := range testName.FindAllSubmatchIndex(text, -1) {
		for _, id := range testID.FindAllSubmatch(text[m[2]:m[3]], -1) {
			add(m[0], RuleID, string(id[1])+"-"+string(id[2]))
		}
	}
	for _, m := range testWorked.FindAllSubmatchIndex(text, -1) {
		add(m[0], WorkedExample, "worked example "+strings.TrimLeft(string(text[m[2]:m[3]]), "0"))
	}
	for _, m := range worked.FindAllSubmatchIndex(text, -1) {
		for _, n := range exampleNumbers(string(text[m[2]:m[3]])) {
			add(m[0], WorkedExample, "worked example "+strconv.Itoa(n))
		}
	}
	for _, m := range family.FindAllIndex(text, -1) {
		rest := text[m[1]:min(m[1]+40, len(text))]
		if bytes.HasPrefix(rest, []byte("-")) || familyRefs.Match(rest) {
			continue
		}
		add(m[0], Family, string(text[m[0]:m[1]]))
	}
	for _, m := range outside.FindAllIndex(text, -1) {
		add(m[0], Outside, string(text[m[0]:m[1]]))
	}
	return cs
}

// exampleNumbers expands "1, 8 and 9" or "1–10" into the numbers it lists.
func exampleNumbers(list string) []int {
	var ns []int
	rng := false
	for _, tok := range number.FindAllString(list, -1) {
		n, err := strconv.Atoi(tok)
		if err != nil {
			rng = true // "–", "…" or "to": a range up to the next number
			continue
		}
		if rng && len(ns) > 0 {
			for i := ns[len(ns)-1] + 1; i < n; i++ {
				ns = append(ns, i)
			}
		}
		rng = false
		ns = append(ns, n)
	}
	return ns
}

// lines finds the line of a byte offset.
type lines []int // offsets of the line starts

func newLines(text []byte) lines {
	ls := lines{0}
	for i, c := range text {
		if c == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

func (ls lines) at(offset int) int {
	i, found := slices.BinarySearch(ls, offset)
	if found {
		return i + 1
	}
	return i
}
