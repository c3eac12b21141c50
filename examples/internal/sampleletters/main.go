// Command sampleletters writes every letter of the letters package, rendered with
// the default templates from its Sample data, into a directory: one .html and
// one .txt file per letter, named by the letter's code, and the sample case
// chronology (chronology.html with its timeline picture inline,
// chronology.txt) and its timeline alone (timeline.svg). The CI prints the
// HTML files to PDF with headless Chromium (.ci/print-letters); the letters
// package itself does no I/O.
//
//	go run ./examples/internal/sampleletters -out DIR
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/absencerules/hr14/letters"
)

func main() {
	out := flag.String("out", "", "directory to write the letters to (created if missing)")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "render:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if dir == "" {
		return errors.New("-out DIR is required")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	r, err := letters.New()
	if err != nil {
		return err
	}
	for _, k := range letters.Kinds() {
		for f, ext := range map[letters.Format]string{letters.HTML: ".html", letters.Text: ".txt"} {
			s, err := r.String(f, letters.Sample(k))
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, k.Code()+ext), []byte(s), 0o644); err != nil {
				return err
			}
		}
	}
	c := letters.SampleChronology()
	for f, ext := range map[letters.Format]string{letters.HTML: ".html", letters.Text: ".txt"} {
		s, err := r.ChronologyString(f, c)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "chronology"+ext), []byte(s), 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, "timeline.svg"), []byte(c.Timeline.SVG()), 0o644)
}
