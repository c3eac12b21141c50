// Command embed is the README's embedding example: one employee's sickness
// absences evaluated against the trigger points of HR14 v16, with the reasons.
package main

import (
	"fmt"
	"log"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

func main() {
	day := decimal.RequireFromString("7.5") // hours in a working day
	week := must(absence.ParseWeekMask("MTWTF..", day))
	emp := absence.Employee{ID: "E1001", FTE: decimal.NewFromInt(1), StandardDayHours: day,
		Schedule: week.BankHolidaysOff(absence.EnglandAndWales())}
	var records []absence.Record
	for i, p := range []string{"2026-01-06/2026-01-07", "2026-03-02", "2026-05-11/2026-05-13"} {
		records = append(records, absence.Record{ID: fmt.Sprintf("A%d", i+1),
			Period: must(absence.ParsePeriod(p)), Reason: absence.Infection})
	}
	history := must(absence.NewHistory(emp, records, absence.HR14())) // episodes (ABS-2)
	monitor := must(triggers.New(history, triggers.HR14()))
	status := must(monitor.Evaluate(must(absence.ParseDate("2026-05-14")))) // TRIG-1 … TRIG-5
	// One line per trigger point, then the evidence of each active one.
	fmt.Println(status)
	for _, c := range status.Active() {
		fmt.Print("\n", c.Explain())
	}
}

// must stops the program on an error: every constructor validates its input.
func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}
