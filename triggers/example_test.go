package triggers_test

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// exampleHistory is worked example 1 of the rule catalogue, with a norovirus
// absence excluded by a documented infection-control link.
func exampleHistory() absence.History {
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{ID: "E1001", FTE: decimal.NewFromInt(1),
		StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	period := func(s string) absence.Period { p, _ := absence.ParsePeriod(s); return p }
	records := []absence.Record{
		{ID: "A1", Period: period("2026-01-06/2026-01-07"), Reason: absence.Infection},
		{ID: "A2", Period: period("2026-01-12/2026-01-13"), Reason: absence.OccupationalInfection,
			Evidence: absence.Evidence{InfectionControlLink: true}},
		{ID: "A3", Period: period("2026-03-02"), Reason: absence.Musculoskeletal},
	}
	h, err := absence.NewHistory(emp, records, absence.HR14())
	if err != nil {
		panic(err)
	}
	return h
}

func date(s string) absence.Date { d, _ := absence.ParseDate(s); return d }

func ExampleMonitor_Evaluate() {
	m, err := triggers.New(exampleHistory(), triggers.HR14())
	if err != nil {
		fmt.Println(err)
		return
	}
	st, _ := m.Evaluate(date("2026-03-02"))
	fmt.Println(st)
	c, _ := st.Check(triggers.TRIG1)
	fmt.Println(c.Evidence.Excluded[0])
	// Output:
	// TRIG-1 active since 2026-03-02: 2 episodes in the 6 months 2025-09-03 to 2026-03-02 (6–7 Jan, 2 Mar) meet the threshold of 2 — TRIG-1 (HR14 SAP 1.2)
	// TRIG-2 not active: 3 working days lost in the 6 months 2025-09-03 to 2026-03-02 (6–7 Jan, 2 Mar), below the threshold of 10 working days (10 × FTE 1) — TRIG-2 (HR14 SAP 1.2)
	// TRIG-3 not active: 2 episodes in the 12 months 2025-03-03 to 2026-03-02 (6–7 Jan, 2 Mar), below the threshold of 4 — TRIG-3 (HR14 SAP 1.2)
	// TRIG-4 not active: 3 working days lost in the 12 months 2025-03-03 to 2026-03-02 (6–7 Jan, 2 Mar), below the threshold of 10 working days (10 × FTE 1) — TRIG-4 (HR14 SAP 1.2)
	// TRIG-5 not active: the longest episode with sickness in the 12 months 2025-03-03 to 2026-03-02, 2026-01-06 to 2026-01-07 (2 calendar days), is below the threshold of 28 calendar days or more — TRIG-5 (HR14 SAP 1.2)
	// 2026-01-12/2026-01-13 not counted: occupationally acquired infection (link documented at the time by Infection Control or Occupational Health) — ABS-7 (HR14 Proc 19)
}

func ExampleMonitor_Timeline() {
	m, _ := triggers.New(exampleHistory(), triggers.HR14())
	for _, a := range m.Timeline() {
		fmt.Println(a)
		fmt.Println("cleared:", a.Cleared)
	}
	// Output:
	// TRIG-1 activated on 2026-03-02: 2 episodes in the 6 months 2025-09-03 to 2026-03-02 (6–7 Jan, 2 Mar) reached the threshold of 2 — TRIG-1 (HR14 SAP 1.2)
	// cleared: 2026-07-07
}

func ExampleMonitor_Headroom() {
	m, _ := triggers.New(exampleHistory(), triggers.HR14())
	hr, _ := m.Headroom(date("2026-03-03")) // the return-to-work interview
	fmt.Println(hr.Rooms[0])
	fmt.Println(hr.Rooms[1])
	// Output:
	// TRIG-1 is active: 2 episodes in the 6 months 2025-09-04 to 2026-03-03, against the threshold of 2. With no more sickness the employee is clear of TRIG-1 on 2026-07-07. 6–7 Jan leaves the window on 2026-07-07. 2 Mar leaves the window on 2026-09-02. — TRIG-1 (HR14 SAP 1.2)
	// TRIG-2: 3 working days in the 6 months 2025-09-04 to 2026-03-03, against the threshold of 10 working days (10 × FTE 1); 7 more working days would activate it. 6–7 Jan leaves the window on 2026-07-07. 2 Mar leaves the window on 2026-09-02. — TRIG-2 (HR14 SAP 1.2)
}

// After a stage 1 meeting, only later sickness counts (worked example 8).
func ExampleMonitor_Since() {
	h := exampleHistory()
	may, _ := absence.ParsePeriod("2026-05-11")
	june, _ := absence.ParsePeriod("2026-06-15/2026-06-16")
	h, _ = absence.NewHistory(h.Employee, append(h.Records,
		absence.Record{Period: may, Reason: absence.Stress},
		absence.Record{Period: june, Reason: absence.Stress}), absence.HR14())
	m, _ := triggers.New(h, triggers.HR14())
	stage1, _ := m.Since(date("2026-03-16"))
	for _, a := range stage1.Timeline() {
		fmt.Println(a)
	}
	// Output:
	// TRIG-1 activated on 2026-06-15: 2 episodes after the stage meeting of 2026-03-16 in the 6 months 2025-12-16 to 2026-06-15 (11 May, 15 Jun) reached the threshold of 2 — TRIG-1 (HR14 SAP 1.2)
}

func ExampleMonitor_Patterns() {
	m, _ := triggers.New(exampleHistory(), triggers.HR14())
	ps, _ := m.Patterns(date("2026-03-31"), absence.EnglandAndWales())
	fmt.Println(ps.Findings[3])
	fmt.Println(ps.Bradford)
	// Output:
	// 1 of 2 episodes in the 12 months 2025-04-01 to 2026-03-31 started on a Monday (2 Mar): below the level of 3 for a recognisable pattern — TRIG-6 (HR14 SAP 1.2, App 11)
	// Bradford Factor 2² × 3 = 12 over the 12 months 2025-04-01 to 2026-03-31 (2 episodes, 3 working days lost); a reported figure: HR14 does not use it
}
