package payroll_test

import (
	"testing"

	"github.com/absencerules/hr14/payroll"
)

// Sickness with no shift lost is no episode (ABS-2, §4.4), but its days are
// still days of incapacity: before 6 April 2026 a run of 4 or more calendar
// days is a period of incapacity for work whatever the schedule, and it links
// the PIWs either side of it (PAY-8). Incapacity keeps it, so SSP is the same
// as before the change to episodes.
func TestPAY8_NoShiftLostStillLinksPIWs(t *testing.T) {
	emp := employee(t, "MTW....")
	h := history(t, emp,
		sick(t, "2025-06-02/2025-06-05"), // Mon–Thu: a PIW, waiting days Mon–Wed
		sick(t, "2025-07-24/2025-07-27"), // Thu–Sun: no shift lost, a PIW all the same
		sick(t, "2025-09-15/2025-09-18")) // Mon–Thu, 49 days later: linked through the second
	if len(h.Episodes) != 2 || len(h.NoShiftLost) != 1 {
		t.Fatalf("%d episodes, %d with no shift lost; want 2 and 1", len(h.Episodes), len(h.NoShiftLost))
	}
	inc := payroll.Incapacity(h)
	if diff := diff(ps(t, "2025-06-02/2025-06-05", "2025-07-24/2025-07-27", "2025-09-15/2025-09-18"), inc); diff != "" {
		t.Fatalf("incapacity (-want +got):\n%s", diff)
	}
	got, err := hr14(t).SSP(payroll.SSPInput{Incapacity: inc, Schedule: emp.Schedule,
		Earnings: []payroll.Earnings{{For: d(t, "2025-06-02"), Pattern: payroll.PaidWeekly, Total: dec("4000")}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.PIWs) != 1 || len(got.PIWs[0].Spells) != 3 {
		t.Fatalf("PIWs %+v, want one linked PIW of three spells", got.PIWs)
	}
	paid := paidDays(got)
	for _, day := range []string{"2025-09-15", "2025-09-16", "2025-09-17"} {
		if _, ok := paid[day]; !ok {
			t.Errorf("%s not paid: the waiting days were served in June (paid %v)", day, paid)
		}
	}
}
