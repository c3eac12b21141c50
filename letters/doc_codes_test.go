package letters_test

import (
	"os"
	"strings"
	"testing"

	"github.com/absencerules/hr14/letters"
)

// TestDoc_ListsEveryKind: the package documentation names every letter's
// code, so go doc lists them.
func TestDoc_ListsEveryKind(t *testing.T) {
	b, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	start, end := strings.Index(doc, "// # Codes"), strings.Index(doc, "// # Rules")
	if start < 0 || end < start {
		t.Fatal("doc.go has no # Codes section before # Rules")
	}
	codes := strings.Join(strings.Fields(strings.ReplaceAll(doc[start:end], "//", " ")), " ")
	for _, k := range letters.Kinds() {
		if !strings.Contains(codes, " "+k.Code()+",") && !strings.Contains(codes, " "+k.Code()+".") {
			t.Errorf("# Codes does not name %q", k.Code())
		}
	}
}
