package report

import (
	"strings"
)

// A Mismatch is one expectation a result does not meet: the field (Path,
// e.g. "triggers.activated") and what was wanted and got, one line per item.
type Mismatch struct {
	Path string
	// List: Want and Got are lists of items, shown as a line diff; otherwise
	// each holds one value.
	List bool
	Want []string
	Got  []string
	// Note explains the mismatch when the values alone do not.
	Note string
}

// String shows the mismatch for a reader: a scalar as "path: want W, got
// G"; a list as a line diff, "-" for a wanted line that is missing and "+"
// for a line got that was not wanted.
func (m Mismatch) String() string {
	var b strings.Builder
	if !m.List {
		b.WriteString(m.Path)
		b.WriteString(": want ")
		b.WriteString(orNone(m.Want))
		b.WriteString(", got ")
		b.WriteString(orNone(m.Got))
		if m.Note != "" {
			b.WriteString(" (" + m.Note + ")")
		}
		return b.String()
	}
	b.WriteString(m.Path)
	if m.Note != "" {
		b.WriteString(": " + m.Note)
	}
	b.WriteString(" (- want, + got):")
	for _, l := range diffLines(m.Want, m.Got) {
		b.WriteString("\n  ")
		b.WriteString(l)
	}
	return b.String()
}

func orNone(s []string) string {
	if len(s) == 0 || s[0] == "" {
		return "(none)"
	}
	return strings.Join(s, "; ")
}

// diffLines returns a line diff of want and got from their longest common
// subsequence: "  " same, "- " wanted and missing, "+ " got and unwanted.
func diffLines(want, got []string) []string {
	n, m := len(want), len(got)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if want[i] == got[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && want[i] == got[j]:
			out = append(out, "  "+want[i])
			i++
			j++
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, "- "+want[i])
			i++
		default:
			out = append(out, "+ "+got[j])
			j++
		}
	}
	if len(out) == 0 {
		out = append(out, "  (none)")
	}
	return out
}
