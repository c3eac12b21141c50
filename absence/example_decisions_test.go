package absence_test

import (
	"fmt"
	"time"

	"github.com/absencerules/hr14/absence"
)

// The Trust withdraws the right to self-certify from 2 March 2026, after HR
// advice: sickness starting from that day needs a fit note from day 1, and
// last year's self-certified absence is not reached.
func ExampleEmployee_SelfCertificationOn() {
	emp := officeWorker()
	emp.SelfCertification = []absence.SelfCertificationDecision{
		{From: mustDate("2026-03-02"), Withdrawn: true, HRAdvised: mustDate("2026-02-25")},
	}
	selfCertified := func(p string) absence.Record {
		return absence.Record{Period: mustPeriod(p), Reason: absence.Other, Certificates: []absence.Certificate{
			{Kind: absence.SelfCertificate, Covers: mustPeriod(p), Received: mustPeriod(p).End}}}
	}
	h, _ := absence.NewHistory(emp, []absence.Record{selfCertified("2025-03-03/2025-03-05"), selfCertified("2026-03-09/2026-03-11")}, absence.HR14())
	for i := range h.Episodes {
		c, _ := h.Certification(i, mustDate("2026-03-31"))
		fmt.Println(c.Checks[0], c.Uncovered)
	}
	d, _ := emp.SelfCertificationOn(mustDate("2026-03-09"))
	fmt.Println(d)
	// Output:
	// self-certificate for 2025-03-03/2025-03-05: met on 2025-03-05 — ABS-4 (HR14 Proc 13) []
	// fit note for 2026-03-09/2026-03-11, due by 2026-03-12: overdue — ABS-4 (HR14 Proc 14, App 2) [2026-03-09/2026-03-11]
	// self-certification withdrawn from 2026-03-02 (HR advice 2026-02-25)
}

// A trust whose OH provider lets an appointment be cancelled free of charge
// up to 24 hours ahead, and offers no OH Plus service, sets those terms in
// its policy.
func ExamplePolicy_OHPlus() {
	pol := absence.HR14()
	pol.OHProvider = absence.OHProvider{Name: "Example OH Ltd", ChargesNonAttendance: true, CancelHours: 24}
	plus, _ := pol.OHPlus(absence.ComplexCase{NoProgress: true})
	fmt.Println(plus.Appropriate, plus.Findings[0])

	gmt := time.FixedZone("GMT", 0)
	appointment := time.Date(2026, 3, 20, 10, 0, 0, 0, gmt)
	cancelled := time.Date(2026, 3, 19, 4, 0, 0, 0, gmt)
	o, _ := pol.OHCancellation(appointment, cancelled, cancelled)
	fmt.Println(o.Charged, o.Check.Findings[0])
	// Output:
	// false the terms of Example OH Ltd offer no OH Plus service for complex cases: a normal referral — ABS-9 (OH provider's terms: Example OH Ltd)
	// false cancelled 2026-03-19 04:00 GMT, 30 hours before the appointment: no charge — ABS-9 (OH provider's terms: Example OH Ltd)
}
