package casefile_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/casefile"
)

// TestDecode_SyntaxInPlainWords: the YAML parser's jargon ("node content",
// "octet") becomes what is wrong and where, on the line where it is.
func TestDecode_SyntaxInPlainWords(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"unclosed list", "asOf: 2026-01-01\nname: [Sample\n", "case.yaml:2: syntax error: a list in [ ] is not closed, or two of its items lack a comma between them"},
		{"list ends after a comma", "asOf: 2026-01-01\nname: [x,\n", "case.yaml:3: syntax error: a value is missing: a list or mapping ends after a comma"},
		{"colon in a value", "asOf: 2026-01-01\nname: Ward 6: nights\n", "case.yaml:2: syntax error: a colon followed by a space inside a value"},
		{"colon on the first line", "name: Ward 6: nights\n", "case.yaml:1: syntax error: a colon followed by a space inside a value"},
		{"bad indentation", "employee:\n  id: E1\n fte: 1\n", "case.yaml:3: syntax error: the indentation goes wrong at or after this line"},
		{"unterminated quote", "asOf: 2026-01-01\nname: \"Sample\n", "syntax error: the file ends inside quotes or an unclosed [ ] or { }: close them"},
		{"tab", "employee:\n\tid: E1\n", "case.yaml:2: syntax error: a value starts with a character YAML reserves (@, `, % or a tab)"},
		{"Windows-1252", "asOf: 2026-01-01\nname: caf\xe9\n", "case.yaml:2:10: syntax error: the file is not UTF-8 text: save it as UTF-8"},
		{"control character", "asOf: 2026-01-01\nname: a\x01b\n", "case.yaml:2:8: syntax error: the file holds a control character: remove it"},
		{"missing colon", "asOf: 2026-01-01\nname\n", "case.yaml:2: syntax error: a field name without a colon after it"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := casefile.Decode("case.yaml", []byte(c.in))
			if err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, casefile.ErrSyntax) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, c.want)
			}
			for _, jargon := range []string{"node content", "octet", "mapping values", "token", "stream"} {
				if err != nil && strings.Contains(err.Error(), jargon) {
					t.Errorf("parser jargon %q: %v", jargon, err)
				}
			}
		})
	}
}
