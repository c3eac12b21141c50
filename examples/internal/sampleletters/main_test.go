package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/absencerules/hr14/letters"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "letters")
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	for _, k := range letters.Kinds() {
		for _, ext := range []string{".html", ".txt"} {
			if fi, err := os.Stat(filepath.Join(dir, k.Code()+ext)); err != nil || fi.Size() == 0 {
				t.Errorf("%s%s: %v", k.Code(), ext, err)
			}
		}
	}
	for _, name := range []string{"chronology.html", "chronology.txt", "timeline.svg"} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	if err := run(""); err == nil {
		t.Error("no directory: no error")
	}
}
