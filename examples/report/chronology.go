package report

import (
	"fmt"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
)

// ChronologyOptions are what a caller of Chronology chooses: the dates, the
// step whose reliance to show, and the date of the timeline's windows.
type ChronologyOptions struct {
	From, To absence.Date // the date range; zero: unbounded
	ReliesOn stages.Step  // only what the latest meeting of this step relied on; StepNone: every fact
	At       absence.Date // the date of the timeline's windows; zero: the as-of date
}

// Chronology builds the case's chronology as of asOf (the case's as-of
// date when asOf is zero) with letters.NewChronology: the absences as
// Evaluate sees them, the events the case records up to asOf (not those
// Evaluate derives for the manager to record), the contacts recorded on
// each absence, and the employee named from the letter section (its
// recipient's name) with the employee's ID. Records are numbered as in the
// file. Every error is a *casefile.Error placing the problem in the file.
func Chronology(c *casefile.Case, asOf absence.Date, o ChronologyOptions) (letters.Chronology, error) {
	e, err := evaluate(c, asOf, false)
	if err != nil {
		return letters.Chronology{}, err
	}
	var events []stages.Event
	for _, ev := range e.in.Events {
		if ev.Date.After(e.asOf) {
			break
		}
		events = append(events, ev)
	}
	s, err := stages.Replay(events, e.in.Policies.Stages)
	if err != nil {
		return letters.Chronology{}, e.locate(err)
	}
	contacts := make([][]absence.Date, len(e.index))
	for i, fi := range e.index {
		contacts[i] = e.in.Facts[fi].Contacts
	}
	opts := letters.ChronologyOptions{AsOf: e.asOf, Employee: employeeName(c, e.in.Employee.ID), From: o.From, To: o.To,
		ReliesOn: o.ReliesOn, At: o.At, Contacts: contacts, Policy: e.in.Policies.ID}
	if c.Letter != nil {
		opts.Letterhead = c.Letter.Letterhead
	}
	ch, err := letters.NewChronology(letters.Case{State: s, Policy: e.in.Policies.Stages, Monitor: e.m, Events: events}, opts)
	if err != nil {
		return letters.Chronology{}, e.c.Locate(chronologyPath(err), err)
	}
	for i := range ch.Entries {
		src := &ch.Entries[i].Source
		src.Record = e.filePosition(src.Record)
		for k, n := range src.Counted {
			src.Counted[k] = e.filePosition(n)
		}
	}
	if t := ch.Timeline; t != nil {
		for i := range t.Bars {
			t.Bars[i].Record = e.filePosition(t.Bars[i].Record)
		}
	}
	return ch, nil
}

// filePosition turns a record's position in the history (from 1; 0: none)
// into its position among the file's absences.
func (e *evaluation) filePosition(n int) int {
	if n <= 0 || n > len(e.index) {
		return n
	}
	return e.index[n-1] + 1
}

// employeeName names the employee for the chronology's heading: the letter
// section's recipient and the employee's ID, either, or "".
func employeeName(c *casefile.Case, id string) string {
	name := ""
	if c.Letter != nil {
		name = c.Letter.To.Name
	}
	switch {
	case name != "" && absence.QuoteID(id) != "":
		return fmt.Sprintf("%s (%s)", name, id)
	case name != "":
		return name
	case absence.QuoteID(id) != "":
		return "employee " + id
	}
	return ""
}

// chronologyPath places a chronology error: the letter section for the
// employee's name, the as-of date, else the events.
func chronologyPath(err error) string {
	switch msg := err.Error(); {
	case strings.Contains(msg, "Employee"):
		return "letter.to.name"
	case strings.Contains(msg, "AsOf"):
		return "asOf"
	default:
		return "events"
	}
}
