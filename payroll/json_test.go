package payroll_test

import (
	"encoding/json"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// roundTrip marshals v to JSON, reads it back into a fresh value of the same
// type and fails the test unless the two are equal (decimals by value).
func roundTrip[T any](t *testing.T, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %T: %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal %T from %s: %v", v, b, err)
	}
	if diff := diff(v, back); diff != "" {
		t.Errorf("%T round trip (-before +after):\n%s", v, diff)
	}
}

// TestJSONRoundTrips: every result, and every input without a schedule,
// marshals to JSON and back without loss.
func TestJSONRoundTrips(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	h := history(t, emp, sick(t, "2025-06-02/2025-06-13"),
		absence.Record{Period: p(t, "2025-07-07/2025-07-09"), Reason: absence.Other, PartDay: &absence.PartDay{Worked: dec("3")}},
		absence.Record{Period: p(t, "2025-08-04"), Kind: absence.Unauthorised})
	spIn := payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: d(t, "2025-01-01"),
		Prior:                []payroll.PaidSpell{{Period: p(t, "2025-02-03/2025-02-07"), Status: payroll.FullPay, WorkRelated: true}},
		ReinstateHalfPayFrom: d(t, "2025-06-10")}
	sp, err := pol.SickPay(spIn)
	if err != nil {
		t.Fatal(err)
	}
	spIn.Schedule = nil // not marshalled
	roundTrip(t, spIn)
	roundTrip(t, sp)

	sspIn := payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: emp.Schedule,
		Earnings: []payroll.Earnings{{For: d(t, "2025-06-02"), Pattern: payroll.PaidMonthly, Total: dec("7000.01"), Payments: 3}}}
	s, err := pol.SSP(sspIn)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, s)

	stIn := payroll.StatementInput{SickPay: sp, SSP: s, DayPay: dec("100.005"), PayOn: payroll.ScheduledDaysOnly,
		Certification: payroll.Certification{Uncovered: ps(t, "2025-06-09/2025-06-13"), Produced: ps(t, "2025-06-13")}}
	st, err := pol.Statement(stIn)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, stIn)
	roundTrip(t, st)

	tr, err := pol.Treatments(payroll.TreatmentInput{History: h, Suspensions: []payroll.Suspension{{Record: 2, HRAdvised: d(t, "2025-08-05")}}})
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, tr)

	iaIn := payroll.InjuryInput{Attributable: true, Start: d(t, "2026-01-15"), EmploymentEnds: d(t, "2026-12-31"), Periods: []payroll.InjuryPeriod{
		{Period: p(t, "2026-01-01/2026-01-31"), Pay: dec("2500"), Received: dec("1250"), Benefits: dec("400"), PhasedReturn: true}}}
	ia, err := pol.InjuryAllowance(iaIn)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, iaIn)
	roundTrip(t, ia)

	plan := payroll.Plan{Start: d(t, "2026-03-02"), End: d(t, "2026-04-12"), Hours: hours("15", "22.5", "30", "30", "30", "30"),
		Additional: hours("0"), PhysicianAdvice: true, OHRationale: true, AnnualLeave: dec("10"), Lieu: dec("10"), Schedule: emp.Schedule}
	pr, err := pol.PhasedReturn(plan)
	if err != nil {
		t.Fatal(err)
	}
	plan.Schedule = nil
	roundTrip(t, plan)
	roundTrip(t, pr)

	lvIn := payroll.LeaveInput{Year: p(t, "2026-04-01/2027-03-31"), ServiceStart: d(t, "2014-01-01"), FTE: dec("0.8"),
		Ends: d(t, "2026-09-30"), IllHealth: true, Taken: dec("5.5"), Sickness: ps(t, "2026-05-01/2026-09-30"), DayPay: dec("123.45")}
	lv, err := pol.Leave(lvIn)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, lvIn)
	roundTrip(t, lv)

	ap, err := pol.Appointments(absence.HR14(), []payroll.AppointmentHours{
		{Appointment: absence.Appointment{Date: d(t, "2026-01-10")}, Hours: dec("2")},
		{Appointment: absence.Appointment{Date: d(t, "2026-01-11"), InControl: true}, Hours: dec("1.25")}})
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, ap)
}
