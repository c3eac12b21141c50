// Command letter renders the stage 1 invitation of a sample case: the
// employee's absences go through the triggers package, the case through the
// stages package, and the letters package turns both into a letter. It
// prints plain text, or HTML with -html:
//
//	go run ./examples/letter
//	go run ./examples/letter -html > letter.html
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

func main() {
	html := flag.Bool("html", false, "print the letter as HTML instead of plain text")
	flag.Parse()
	f := letters.Text
	if *html {
		f = letters.HTML
	}
	if err := run(os.Stdout, f); err != nil {
		fmt.Fprintln(os.Stderr, "letter:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, f letters.Format) error {
	// The employee and their absences (worked example 1 of the rules).
	office, err := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	if err != nil {
		return err
	}
	emp := absence.Employee{ID: "E1001", FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"),
		Schedule: office.BankHolidaysOff(absence.EnglandAndWales())}
	records := []absence.Record{
		{ID: "A1", Period: mustPeriod("2026-01-06/2026-01-07"), Reason: absence.Infection},
		// The diagnosis stays on the record: no letter prints it.
		{ID: "A2", Period: mustPeriod("2026-03-02/2026-03-02"), Reason: absence.Musculoskeletal, Diagnosis: "lower back pain"},
	}
	tp := triggers.HR14()
	h, err := absence.NewHistory(emp, records, tp.Recording)
	if err != nil {
		return err
	}
	m, err := triggers.New(h, tp)
	if err != nil {
		return err
	}

	// The case: record the trigger the monitor finds, then the invitation.
	p := stages.HR14()
	var s stages.State
	e, ok, err := stages.Progress(s, p, stages.TriggerMonitor(m), mustDate("2026-03-04"))
	if err != nil || !ok {
		return fmt.Errorf("no trigger to record: %w", err)
	}
	for _, e := range []stages.Event{e, {
		Kind: stages.InvitationSent, Date: mustDate("2026-03-05"), Step: stages.StepStage1,
		Slot: &stages.Slot{Date: mustDate("2026-03-16"), Time: "10:00", Place: "Ward 6 office, Example Hospital"},
	}} {
		if s, err = s.Apply(e, p); err != nil {
			return err
		}
	}

	// What the case does not know: the trust, the employee's address, who signs.
	base := letters.Letter{
		Kind: letters.Stage1Invitation,
		Letterhead: letters.Letterhead{Organisation: "Example Hospitals NHS Trust",
			Lines: []string{"Example Hospital, Hospital Road", "Exampletown EX1 2AB"}},
		To: letters.Recipient{Name: "Alex Morgan", Salutation: "Alex", Address: []string{"12 Station Road", "Exampletown", "EX2 3CD"}},
		From: letters.Signatory{Name: "Sam Patel", JobTitle: "Ward Manager", Department: "Surgery Division",
			Phone: "01234 567890", Email: "sam.patel@example.nhs.uk"},
		Copies: []string{"HR Employee Relations"},
	}
	l, err := letters.FromCase(base, letters.Case{State: s, Policy: p, Monitor: m})
	if err != nil {
		return err
	}
	r, err := letters.New()
	if err != nil {
		return err
	}
	return r.Render(w, f, l)
}

func mustPeriod(s string) absence.Period {
	p, err := absence.ParsePeriod(s)
	if err != nil {
		panic(err) // the sample data is fixed; a typo is a programming error
	}
	return p
}

func mustDate(s string) absence.Date {
	d, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}
