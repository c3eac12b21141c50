package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/casefile"
)

// Every YAML and JSON example in CASEFILE.md is part of a case file the
// decoder accepts: the reference cannot drift from the format.
func TestCasefileDoc_ExamplesDecode(t *testing.T) {
	doc, err := os.ReadFile("CASEFILE.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```(yaml|json)\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	if len(blocks) < 10 {
		t.Fatalf("only %d examples found", len(blocks))
	}
	letter := false
	for _, b := range blocks {
		if _, err := casefile.Decode("CASEFILE.md."+b[1], []byte(b[2])); err != nil {
			t.Errorf("%v\nin the example:\n%s", err, b[2])
		}
		letter = letter || strings.HasPrefix(b[2], "letter:")
	}
	if !letter {
		t.Error("no example of the letter section")
	}
}
