// Package docs checks the repository's Markdown documents: every relative
// link resolves inside the repository (a file, a directory or a heading of a
// document), so a fresh clone with nothing beside it can follow the README
// and every document it links.
package docs

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// A Link is one Markdown link in a document, with its line (counted from 1).
type Link struct {
	File   string // the document, relative to the repository's root
	Line   int
	Target string // as written: a path, a path#anchor or #anchor
}

func (l Link) String() string { return fmt.Sprintf("%s:%d: (%s)", l.File, l.Line, l.Target) }

// linkRE finds inline links and images: [text](target) and ![alt](target).
var linkRE = regexp.MustCompile(`\]\(([^()\s]+)\)`)

// Links returns the links of a Markdown text, outside fenced code blocks and
// inline code.
func Links(file, text string) []Link {
	var out []Link
	fenced := false
	for i, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			continue
		}
		if fenced {
			continue
		}
		for _, m := range linkRE.FindAllStringSubmatch(stripCode(line), -1) {
			out = append(out, Link{File: file, Line: i + 1, Target: m[1]})
		}
	}
	return out
}

// stripCode removes inline code spans (`…`) from a line.
func stripCode(line string) string {
	parts := strings.Split(line, "`")
	var b strings.Builder
	for i, p := range parts {
		if i%2 == 0 {
			b.WriteString(p)
		}
	}
	return b.String()
}

// Anchors returns the anchors GitHub gives a Markdown text's headings:
// lower case, punctuation other than '-' and '_' removed, spaces as '-', a
// repeated heading numbered from -1.
func Anchors(text string) map[string]bool {
	out := map[string]bool{}
	seen := map[string]int{}
	fenced := false
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			continue
		}
		if fenced || !strings.HasPrefix(line, "#") {
			continue
		}
		title := strings.TrimSpace(strings.TrimLeft(line, "#"))
		var b strings.Builder
		for _, r := range strings.ToLower(title) {
			switch {
			case r == ' ':
				b.WriteRune('-')
			case r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '—' && r != '–' && r != '…' && r != '’':
				b.WriteRune(r)
			}
		}
		a := b.String()
		if n := seen[a]; n > 0 {
			out[fmt.Sprintf("%s-%d", a, n)] = true
		} else {
			out[a] = true
		}
		seen[a]++
	}
	return out
}

// Check returns the links of the Markdown documents under root (the
// repository) that do not resolve: a path that does not exist or leaves the
// repository, or an anchor that is no heading of its document. Web links
// (with a scheme) are not followed.
func Check(root string) (broken []string, err error) {
	docs := map[string]string{}
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != root {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ".md") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			docs[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for file, text := range docs {
		for _, l := range Links(file, text) {
			if msg := resolve(root, docs, l); msg != "" {
				broken = append(broken, l.String()+": "+msg)
			}
		}
	}
	return broken, nil
}

var scheme = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)

func resolve(root string, docs map[string]string, l Link) string {
	if scheme.MatchString(l.Target) {
		return ""
	}
	path, anchor, _ := strings.Cut(l.Target, "#")
	target := l.File
	if path != "" {
		target = filepath.ToSlash(filepath.Clean(filepath.Join(filepath.Dir(l.File), path)))
		if target == ".." || strings.HasPrefix(target, "../") {
			return "leaves the repository"
		}
		if _, err := os.Stat(filepath.Join(root, target)); err != nil {
			return "no such file or directory"
		}
	}
	if anchor == "" {
		return ""
	}
	text, ok := docs[target]
	if !ok {
		return "" // an anchor into a source file: a line, not checked
	}
	if !Anchors(text)[anchor] {
		return "no heading with anchor #" + anchor
	}
	return ""
}
