package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
)

var chronologyUsage = helpText{
	name:     "chronology",
	synopsis: "[--html | --svg | --json] [--from DATE] [--to DATE] [--relies-on STEP] [--at DATE] [--as-of DATE] [--out FILE] CASE",
	text: `
Write the chronology of the case file CASE (YAML or JSON; "-" reads standard
input): the index of a tribunal bundle. Every dated fact of the case in
order — absences with their reason category, working days and episode,
certificates and gaps in certification, returns and return-to-work
interviews, contacts, trigger activations and clearances with what they
counted, and every event (meetings, letters sent, OH referrals and reports,
adjustments, decisions with the matters and alternatives considered,
appeals) — each naming its source (the absence record or the event, counted
from 1 as in the file) and the rule and clause it relates to, under the
policy and version named at the top and as of the case's date.

The attendance timeline picture (absences as bars, episodes, the rolling
6- and 12-month windows at --at, trigger activations and clearances, formal
meetings) is printed inline in the HTML; --svg prints it alone. The text
prints its text alternative.

--from and --to keep the facts with a day in those dates; --relies-on STEP
keeps only what the latest meeting of that step relied on: the absences its
trigger points (and those of the steps before it) counted, the activations
that made them due, and the events up to its outcome letter. Steps:
stage-1, stage-2, stage-3, ill-health-retirement, appeal.

Examples:
  hr14 chronology examples/hr14/testdata/cases/ward-nurse.yaml
  hr14 chronology --html --out bundle-index.html case.yaml
  hr14 chronology --relies-on stage-3 case.yaml`,
}

func cmdChronology(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags(chronologyUsage)
	html := fs.Bool("html", false, "print the chronology as HTML, with the timeline picture, laid out for A4")
	svg := fs.Bool("svg", false, "print only the timeline picture, as SVG")
	asJSON := fs.Bool("json", false, "print the chronology as JSON")
	from := fs.String("from", "", "keep only the facts on or after this date (YYYY-MM-DD)")
	to := fs.String("to", "", "keep only the facts on or before this date (YYYY-MM-DD)")
	relies := fs.String("relies-on", "", "keep only what the latest meeting of this step relied on (stage-1, stage-2, stage-3, ill-health-retirement, appeal)")
	at := fs.String("at", "", "show the timeline's rolling windows at this date instead of the as-of date")
	asOf := fs.String("as-of", "", "see the case as of this date instead of the case's asOf")
	out := fs.String("out", "", "write to this file (created with mode 0600) instead of standard output")
	files, code, ok := fs.parse(args, stdout, stderr)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return usageError(stderr, "chronology", "give one case file (got %d)", len(files))
	}
	if b2n(*html)+b2n(*svg)+b2n(*asJSON) > 1 {
		return usageError(stderr, "chronology", "give at most one of --html, --svg and --json")
	}
	var o report.ChronologyOptions
	dates := []struct {
		flag string
		s    string
		d    *absence.Date
	}{{"from", *from, &o.From}, {"to", *to, &o.To}, {"at", *at, &o.At}}
	for _, x := range dates {
		d, err := parseAsOf(x.s)
		if err != nil {
			return usageError(stderr, "chronology", "--%s: %v", x.flag, err)
		}
		*x.d = d
	}
	if *relies != "" {
		if err := o.ReliesOn.UnmarshalText([]byte(*relies)); err != nil || o.ReliesOn == stages.StepReturnToWork {
			return usageError(stderr, "chronology", "--relies-on: use one of stage-1, stage-2, stage-3, ill-health-retirement, appeal")
		}
	}
	when, err := parseAsOf(*asOf)
	if err != nil {
		return usageError(stderr, "chronology", "--as-of: %v", err)
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "hr14 chronology: %s\n", strings.ReplaceAll(err.Error(), "\n", "\nhr14 chronology: "))
		return exitFail
	}
	sc, err := readCase(files[0], stdin)
	if err != nil {
		return fail(err)
	}
	ch, err := report.Chronology(&sc.Case, when, o)
	if err != nil {
		return fail(err)
	}
	var buf bytes.Buffer
	switch {
	case *asJSON:
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		if err := enc.Encode(ch); err != nil {
			return fail(err)
		}
	case *svg:
		buf.WriteString(ch.Timeline.SVG())
	default:
		r, err := letters.New()
		if err != nil {
			return fail(err)
		}
		format := letters.Text
		if *html {
			format = letters.HTML
		}
		if err := r.RenderChronology(&buf, format, ch); err != nil {
			return fail(err)
		}
	}
	if err := writePersonal(*out, stdout, buf.Bytes()); err != nil {
		return fail(err)
	}
	return exitOK
}

func b2n(b bool) int {
	if b {
		return 1
	}
	return 0
}
