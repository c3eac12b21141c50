package absence_test

import (
	"os"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
)

// TestDoc_ListsEveryCode: the package documentation's "# Codes" section
// names every reason and kind code, so the lists a host needs are in go doc
// and cannot go stale.
func TestDoc_ListsEveryCode(t *testing.T) {
	b, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	start, end := strings.Index(doc, "// # Codes"), strings.Index(doc, "// # Errors")
	if start < 0 || end < start {
		t.Fatal("doc.go has no # Codes section before # Errors")
	}
	codes := strings.Join(strings.Fields(strings.ReplaceAll(doc[start:end], "//", " ")), " ")
	var want []string
	for _, r := range absence.Reasons() {
		want = append(want, r.Code())
	}
	for k := absence.Sickness; k.IsValid(); k++ {
		want = append(want, k.Code())
	}
	for _, c := range want {
		if !strings.Contains(codes, " "+c+",") && !strings.Contains(codes, " "+c+";") {
			t.Errorf("# Codes does not name %q", c)
		}
	}
}
