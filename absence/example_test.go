package absence_test

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

func ExampleRollingWindow() {
	end, _ := absence.ParseDate("2026-08-31")
	fmt.Println(absence.RollingWindow(end, 6))
	fmt.Println(end.AddMonths(-6))
	// Output:
	// 2026-03-01/2026-08-31
	// 2026-02-28
}

func ExampleCalendar_AddBusinessDays() {
	ew := absence.EnglandAndWales()
	letter, _ := absence.ParseDate("2026-12-24")
	fmt.Println(ew.AddBusinessDays(letter, 5).LongDate())
	// Output: Tuesday 5 January 2027
}

func ExampleNewHistory() {
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{
		ID:               "E1001",
		FTE:              decimal.NewFromInt(1),
		StandardDayHours: decimal.RequireFromString("7.5"),
		Schedule:         office,
	}
	thu, _ := absence.ParsePeriod("2026-10-01/2026-10-02")
	mon, _ := absence.ParsePeriod("2026-10-05")
	records := []absence.Record{
		{ID: "A1", Period: thu, Reason: absence.Infection},
		{ID: "A2", Period: mon, Reason: absence.Infection},
	}
	h, err := absence.NewHistory(emp, records, absence.HR14())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ep := range h.Episodes {
		fmt.Printf("episode %s: %d calendar days, %d working days lost\n",
			ep.Period, ep.CalendarDays, ep.Triggers.WorkingDays)
		for _, f := range ep.Findings {
			fmt.Println(" -", f)
		}
	}
	// Output:
	// episode 2026-10-01/2026-10-05: 5 calendar days, 3 working days lost
	//  - 2 records from 2026-10-01 to 2026-10-05 form one episode: no scheduled shift was worked between them — ABS-2 (HR14 Proc 12)
	//  - 5 calendar days: short term (fewer than 28 calendar days) — ABS-1 (HR14 §4.1, §4.2)
}

func ExampleNewHistory_partDay() {
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	mon, _ := absence.ParsePeriod("2026-09-07/2026-09-09")
	rec := absence.Record{Period: mon, Reason: absence.Other,
		PartDay: &absence.PartDay{Worked: decimal.NewFromInt(3)}} // 3 of 7.5 hours
	h, _ := absence.NewHistory(emp, []absence.Record{rec}, absence.HR14())
	ep := h.Episodes[0]
	fmt.Println("triggers:", ep.Triggers.Counted, ep.Triggers.WorkingDays, "working days")
	fmt.Println("pay:", ep.Pay.Days)
	fmt.Println(ep.Findings[0])
	// Output:
	// triggers: [2026-09-07/2026-09-09] 3 working days
	// pay: [2026-09-08/2026-09-09]
	// 2026-09-07: 3 of 7.5 hours worked (less than half): a sickness day for triggers, paid as worked — ABS-3 (HR14 Proc 5, Proc 6, §4.4)
}

func ExampleConfidential() {
	rec := absence.Record{Diagnosis: "something private"}
	fmt.Println(rec.Diagnosis)
	fmt.Printf("%v %#v\n", rec.Diagnosis, rec.Diagnosis)
	// Output:
	// [confidential]
	// [confidential] absence.Confidential("[confidential]")
}
