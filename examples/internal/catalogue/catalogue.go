// Package catalogue reads the project's rule catalogue and finds every
// citation of it in the repository, so that a test can prove that each rule
// ID and each worked example cited anywhere is defined.
//
// The catalogue is the documentation of the library packages (what go doc
// and pkg.go.dev show): a rule is defined by a heading of the form
//
//	# ABS-7: What does not count
//
// in the package comment of the package that owns its family (ABS in
// absence, TRIG in triggers, STAGE in stages, PAY in payroll, PEN in pension,
// LET in letters), followed by its text: a "Clause:" paragraph, the rule,
// the reading and knob where there is one, and a "Tested by:" paragraph. The
// worked examples are headings of the form "# Worked example 4: …" in the
// triggers package.
//
// The package reads files, which is why it lives under examples; it is
// internal because only its test uses it.
package catalogue

import (
	"fmt"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Families maps each rule family to the library package whose documentation
// defines its rules.
var Families = map[string]string{
	"ABS":   "absence",
	"TRIG":  "triggers",
	"STAGE": "stages",
	"PAY":   "payroll",
	"PEN":   "pension",
	"LET":   "letters",
}

// ExamplesPackage is the package whose documentation holds the worked
// examples.
const ExamplesPackage = "triggers"

// An Entry is one definition in the catalogue: a rule or a worked example.
type Entry struct {
	Key     string // "ABS-3", or "worked example 4"
	Title   string // the heading's text after "ABS-3: "
	Package string // the directory of the package whose documentation holds it
	Body    string // the entry's text up to the next heading, as plain text
}

// Paragraph returns the text of the entry's paragraph that starts with label
// (e.g. "Tested by:"), without the label, or "" if it has none.
func (e Entry) Paragraph(label string) string {
	for _, p := range strings.Split(e.Body, "\n\n") {
		if rest, ok := strings.CutPrefix(p, label); ok {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

// A Catalogue is every entry of the library packages' documentation, and
// what is wrong with it.
type Catalogue struct {
	Entries map[string]Entry
	// Problems are headings that look like rule headings but are not in the
	// catalogue's form, entries defined twice, and rules defined in another
	// family's package.
	Problems []string
}

var (
	ruleHeading    = regexp.MustCompile(`^([A-Z]+)-(\d+): (\S.*)$`)
	exampleHeading = regexp.MustCompile(`^Worked example (\d+): (\S.*)$`)
	// idLike is a heading that starts like a rule or example heading.
	idLike = regexp.MustCompile(`^(?:(?:ABS|TRIG|STAGE|PAY|PEN|LET)\b|Worked example\b)`)
)

// Load reads the catalogue from the package documentation of the library
// packages under root, the repository's top directory.
func Load(root string) (Catalogue, error) {
	c := Catalogue{Entries: map[string]Entry{}}
	dirs := make([]string, 0, len(Families))
	for _, dir := range Families {
		dirs = append(dirs, dir)
	}
	slices.Sort(dirs)
	for _, dir := range dirs {
		text, err := packageDoc(filepath.Join(root, dir))
		if err != nil {
			return Catalogue{}, err
		}
		if text == "" {
			return Catalogue{}, fmt.Errorf("package %s has no package documentation", dir)
		}
		c.add(dir, text)
	}
	return c, nil
}

// packageDoc returns the package comment of the package in dir, as go doc
// reads it: the doc comments of its non-test files, in file-name order.
func packageDoc(dir string) (string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fset := token.NewFileSet()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			return "", err
		}
		if f.Doc != nil {
			b.WriteString(f.Doc.Text())
			b.WriteString("\n")
		}
	}
	return b.String(), nil
}

// add records the entries of one package's documentation.
func (c *Catalogue) add(dir, text string) {
	var p comment.Parser
	doc := p.Parse(text)
	var cur *Entry
	var body []string
	flush := func() {
		if cur != nil {
			cur.Body = strings.Join(body, "\n\n")
			c.define(*cur)
		}
		cur, body = nil, nil
	}
	for _, block := range doc.Content {
		h, ok := block.(*comment.Heading)
		if !ok {
			if cur != nil {
				body = append(body, blockText(block))
			}
			continue
		}
		flush()
		title := plain(h.Text)
		if m := ruleHeading.FindStringSubmatch(title); m != nil && Families[m[1]] != "" {
			cur = &Entry{Key: m[1] + "-" + m[2], Title: m[3], Package: dir}
			if Families[m[1]] != dir {
				c.Problems = append(c.Problems, fmt.Sprintf("%s: %s is defined in package %s, not in %s, which owns the %s rules",
					dir, cur.Key, dir, Families[m[1]], m[1]))
			}
		} else if m := exampleHeading.FindStringSubmatch(title); m != nil {
			cur = &Entry{Key: "worked example " + m[1], Title: m[2], Package: dir}
			if dir != ExamplesPackage {
				c.Problems = append(c.Problems, fmt.Sprintf("%s: %s belongs in package %s", dir, cur.Key, ExamplesPackage))
			}
		} else if idLike.MatchString(title) {
			c.Problems = append(c.Problems, fmt.Sprintf("%s: heading %q is not in the catalogue's form %q or %q",
				dir, title, "ABS-7: title", "Worked example 4: title"))
		}
	}
	flush()
}

// define adds e, or records a problem if its key is already defined.
func (c *Catalogue) define(e Entry) {
	if old, ok := c.Entries[e.Key]; ok {
		c.Problems = append(c.Problems, fmt.Sprintf("%s is defined twice: %q in package %s and %q in package %s",
			e.Key, old.Title, old.Package, e.Title, e.Package))
		return
	}
	c.Entries[e.Key] = e
}

// Resolve returns the entry a citation refers to. A family name alone and a
// reference outside the repository never resolve.
func (c Catalogue) Resolve(cit Citation) (Entry, bool) {
	if cit.Kind != RuleID && cit.Kind != WorkedExample {
		return Entry{}, false
	}
	e, ok := c.Entries[cit.Key]
	return e, ok
}

// plain returns the text of a heading or paragraph without markup.
func plain(ts []comment.Text) string {
	var b strings.Builder
	for _, t := range ts {
		switch t := t.(type) {
		case comment.Plain:
			b.WriteString(string(t))
		case comment.Italic:
			b.WriteString(string(t))
		case *comment.Link:
			b.WriteString(plain(t.Text))
		case *comment.DocLink:
			b.WriteString(plain(t.Text))
		}
	}
	return b.String()
}

// blockText returns a block of a doc comment as plain text: a paragraph on
// one line, a list one item a line, code as it is.
func blockText(block comment.Block) string {
	switch b := block.(type) {
	case *comment.Paragraph:
		return strings.ReplaceAll(plain(b.Text), "\n", " ")
	case *comment.List:
		items := make([]string, 0, len(b.Items))
		for _, it := range b.Items {
			var parts []string
			for _, c := range it.Content {
				parts = append(parts, blockText(c))
			}
			items = append(items, "- "+strings.Join(parts, " "))
		}
		return strings.Join(items, "\n")
	case *comment.Code:
		return strings.TrimRight(b.Text, "\n")
	}
	return ""
}

// exampleNumber returns N of a key "worked example N", or 0.
func exampleNumber(key string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(key, "worked example "))
	if err != nil || !strings.HasPrefix(key, "worked example ") {
		return 0
	}
	return n
}

// Examples returns the numbers of the worked examples the catalogue defines,
// in order.
func (c Catalogue) Examples() []int {
	var ns []int
	for k := range c.Entries {
		if n := exampleNumber(k); n > 0 {
			ns = append(ns, n)
		}
	}
	slices.Sort(ns)
	return ns
}
