package triggers_test

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// "What if I am off again on 13 April?" — the example history as of 31
// March: TRIG-1 is active since 2 March, so a day off on 13 April changes no
// activation but keeps TRIG-1 going longer; a day off on 8 July, once TRIG-1
// has cleared, activates it again.
func ExampleMonitor_WhatIf() {
	m, _ := triggers.New(exampleHistory(), triggers.HR14())
	for _, day := range []string{"2026-04-13", "2026-07-08"} {
		w, err := m.WhatIf(absence.Record{Period: absence.Day(date(day)), Reason: absence.Other})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(w)
	}
	// Output:
	// TRIG-1, active since 2026-03-02, would clear on 2026-09-02 instead of 2026-07-07 — TRIG-1 (HR14 SAP 1.2)
	// TRIG-1 would activate on 2026-07-08: 2 episodes in the 6 months 2026-01-09 to 2026-07-08 (2 Mar, 8 Jul) reached the threshold of 2 — TRIG-1 (HR14 SAP 1.2)
}

// The forward calendar of the example history as of 31 March, for the
// return-to-work interview: until when TRIG-1 stays active, and from when
// one more day of sickness would activate it again.
func ExampleMonitor_Outlook() {
	m, _ := triggers.New(exampleHistory(), triggers.HR14())
	o, err := m.Outlook(date("2026-03-31"), 12)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.Points[0])
	fmt.Println(o.Points[2])
	// Output:
	// TRIG-1: from 2026-04-01 to 2026-07-06 it is active already; on 2026-07-07 one more day of sickness keeps it active (it would otherwise clear); from 2026-07-08 to 2026-09-01 one more day of sickness activates it; from 2026-09-02 to 2027-03-31 it does not — TRIG-1 (HR14 SAP 1.2)
	// TRIG-3: from 2026-04-01 to 2027-03-31 one more day of sickness does not activate it — TRIG-3 (HR14 SAP 1.2)
}
