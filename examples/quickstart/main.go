// Command quickstart evaluates a sample employee's sickness absence under HR14
// and prints the explained result. It is the README's first command:
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	office, err := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	if err != nil {
		return err
	}
	emp := absence.Employee{
		ID:               "E1001",
		FTE:              decimal.NewFromInt(1),
		StandardDayHours: decimal.RequireFromString("7.5"),
		Schedule:         office.BankHolidaysOff(absence.EnglandAndWales()),
	}
	records := []absence.Record{
		rec("A1", "2026-01-06/2026-01-07", absence.Infection, nil),
		{ID: "A2", Period: mustPeriod("2026-01-12/2026-01-13"), Reason: absence.OccupationalInfection,
			Evidence: absence.Evidence{InfectionControlLink: true}},
		rec("A3", "2026-03-02", absence.Musculoskeletal, nil),
		rec("A4", "2026-09-07/2026-09-09", absence.Other, &absence.PartDay{Worked: decimal.NewFromInt(3)}),
		rec("A5", "2026-10-01/2026-10-02", absence.Stress, nil),
		rec("A6", "2026-10-05/2026-11-06", absence.Stress, nil),
	}
	h, err := absence.NewHistory(emp, records, absence.HR14())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Employee %s, FTE %s, pattern %s\n\n", emp.ID, emp.FTE, office.Mask())
	for i, ep := range h.Episodes {
		fmt.Fprintf(w, "Episode %d: %s (%s)\n", i+1, ep.Period, reasons(ep.Reasons))
		fmt.Fprintf(w, "  triggers: %s lost, %s", plural(ep.Triggers.WorkingDays, "working day"), plural(ep.Triggers.CalendarDays, "calendar day"))
		if !ep.Triggers.Counts() {
			fmt.Fprint(w, " (does not count)")
		}
		fmt.Fprintf(w, "\n  pay:      %s of sickness\n", plural(ep.Pay.WorkingDays, "working day"))
		for _, f := range ep.Findings {
			fmt.Fprintf(w, "  - %s\n", f)
		}
		fmt.Fprintln(w)
	}

	m, err := triggers.New(h, triggers.HR14())
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Trigger points activated over the history (HR14 SAP 1.2):")
	for _, a := range m.Timeline() {
		fmt.Fprintf(w, "  - %s\n", a)
	}
	asOf := mustPeriod("2026-11-09").Start // the day of return
	status, err := m.Evaluate(asOf)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nAs of %s:\n", asOf.LongDate())
	for _, c := range status.Checks {
		fmt.Fprintf(w, "  - %s\n", c)
	}
	room, err := m.Headroom(asOf)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nAt the return-to-work interview:\n%s\n", room)
	return nil
}

func rec(id, period string, r absence.Reason, pd *absence.PartDay) absence.Record {
	return absence.Record{ID: id, Period: mustPeriod(period), Reason: r, PartDay: pd}
}

func mustPeriod(s string) absence.Period {
	p, err := absence.ParsePeriod(s)
	if err != nil {
		panic(err) // the sample data is fixed; a typo is a programming error
	}
	return p
}

func reasons(rs []absence.Reason) string {
	s := ""
	for i, r := range rs {
		if i > 0 {
			s += ", "
		}
		s += r.String()
	}
	return s
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
