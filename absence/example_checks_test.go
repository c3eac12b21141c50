package absence_test

import (
	"fmt"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// officeWorker is a full-time Monday–Friday employee with 7.5-hour days.
func officeWorker() absence.Employee {
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	return absence.Employee{ID: "E1001", FTE: decimal.NewFromInt(1),
		StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
}

func mustDate(s string) absence.Date {
	d, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func mustPeriod(s string) absence.Period {
	p, err := absence.ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

func ExampleHistory_Certification() {
	rec := absence.Record{ID: "A1", Period: mustPeriod("2026-01-05/2026-01-23"), Reason: absence.Infection,
		Certificates: []absence.Certificate{
			{Kind: absence.SelfCertificate, Covers: mustPeriod("2026-01-05/2026-01-11"), Received: mustDate("2026-01-12")},
			{Kind: absence.FitNote, Covers: mustPeriod("2026-01-12/2026-01-18"), Received: mustDate("2026-01-14")},
			{Kind: absence.FitNote, Covers: mustPeriod("2026-01-19/2026-01-23"), Received: mustDate("2026-01-23")},
		}}
	h, _ := absence.NewHistory(officeWorker(), []absence.Record{rec}, absence.HR14())
	c, _ := h.Certification(0, mustDate("2026-01-26"))
	for _, ck := range c.Checks {
		fmt.Println(ck)
	}
	fmt.Println("uncovered:", c.Uncovered)
	// Output:
	// self-certificate for 2026-01-05/2026-01-11: met on 2026-01-12 — ABS-4 (HR14 Proc 13)
	// fit note 2026-01-12/2026-01-18, due by 2026-01-15: met on 2026-01-14 — ABS-4 (HR14 Proc 14, App 2)
	// fit note 2026-01-19/2026-01-23, due by 2026-01-22: late on 2026-01-23 — ABS-4 (HR14 Proc 14, App 2)
	// uncovered: [2026-01-19/2026-01-23]
}

func ExamplePolicy_Notification() {
	london := time.FixedZone("GMT", 0)
	shift := time.Date(2026, 3, 16, 20, 0, 0, 0, london) // a night shift
	reported := time.Date(2026, 3, 16, 18, 15, 0, 0, london)
	calledBack := time.Date(2026, 3, 17, 9, 30, 0, 0, london)
	n, _ := absence.HR14().Notification(shift, true, reported, calledBack, calledBack)
	fmt.Println(n.Report)
	fmt.Println(n.CallBack)
	fmt.Println(n.LiableUnauthorised)
	// Output:
	// report at least 3 hours before the night shift starting 2026-03-16 20:00 GMT, due by 2026-03-16 17:00 GMT: late on 2026-03-16 18:15 GMT — ABS-5 (HR14 Proc 9)
	// manager call-back within 24 hours of the report, due by 2026-03-17 18:15 GMT: met on 2026-03-17 09:30 GMT — ABS-5 (HR14 Proc 11)
	// true
}

func ExampleHistory_ReturnToWork() {
	rec := absence.Record{Period: mustPeriod("2026-03-09/2026-03-13"), Reason: absence.Infection,
		Returned: mustDate("2026-03-16"), Interviewed: mustDate("2026-03-17")}
	h, _ := absence.NewHistory(officeWorker(), []absence.Record{rec}, absence.HR14())
	rw, _ := h.ReturnToWork(0, mustDate("2026-03-31"))
	fmt.Println(rw.Interview)
	fmt.Println("no additional hours:", rw.NoAdditionalHours)
	fmt.Println(rw.Barred(mustDate("2026-03-22")), rw.Barred(mustDate("2026-03-23")))
	// Output:
	// return-to-work interview, due by 2026-03-16: late on 2026-03-17 — ABS-6 (HR14 Proc 16)
	// no additional hours: 2026-03-16/2026-03-22
	// true false
}

func ExamplePolicy_Compliance() {
	var checks []absence.Check
	for _, s := range []absence.Status{absence.Met, absence.Met, absence.Met, absence.Late, absence.Pending} {
		checks = append(checks, absence.Check{Task: absence.TaskCallBack, Status: s})
	}
	for _, s := range []absence.Status{absence.Met, absence.Met, absence.Met, absence.Met, absence.Overdue} {
		checks = append(checks, absence.Check{Task: absence.TaskInterview, Status: s})
	}
	c, _ := absence.HR14().Compliance(checks)
	fmt.Println(c.CallBacks.Finding)
	fmt.Println(c.Interviews.Finding)
	// Output:
	// 3 of 4 call-backs within 24 hours (75%): below the 80% target — ABS-6 (HR14 §5.3.8)
	// 4 of 5 return-to-work interviews within 72 hours (80%): meeting the 80% target — ABS-6 (HR14 §5.3.8)
}

func ExamplePolicy_Appointments() {
	apps := []absence.Appointment{
		{ID: "clinic-1", Date: mustDate("2026-01-12")},
		{ID: "dentist", Date: mustDate("2026-02-02"), InControl: true},
		{ID: "clinic-2", Date: mustDate("2026-04-13")},
		{ID: "clinic-3", Date: mustDate("2026-07-06")},
		{ID: "clinic-4", Date: mustDate("2026-10-05")},
	}
	decisions, _ := absence.HR14().Appointments(apps)
	for _, a := range decisions {
		fmt.Printf("%s %s: %s\n", a.Appointment.ID, a.Appointment.Date, a.Treatment)
	}
	// Output:
	// clinic-1 2026-01-12: authorised without payback
	// dentist 2026-02-02: authorised as time owing, to be paid back
	// clinic-2 2026-04-13: authorised without payback
	// clinic-3 2026-07-06: authorised without payback
	// clinic-4 2026-10-05: beyond the allowance: not granted without payback
}

func ExampleHistory_BankHolidays() {
	ew := absence.EnglandAndWales()
	h, _ := absence.NewHistory(officeWorker(),
		[]absence.Record{{Period: mustPeriod("2026-04-01/2026-04-10"), Reason: absence.Infection}}, absence.HR14())
	b, _ := h.BankHolidays(0, ew)
	for _, f := range b.Findings {
		fmt.Println(f)
	}
	// Output:
	// Friday 3 April 2026 (Good Friday, a scheduled working day) was spent off sick: no additional day off in lieu (Agenda for Change 14.9) — ABS-8 (HR14 Proc 15)
	// Monday 6 April 2026 (Easter Monday, a scheduled working day) was spent off sick: no additional day off in lieu (Agenda for Change 14.9) — ABS-8 (HR14 Proc 15)
	// annual leave under the Working Time Regulations keeps accruing during the 10 calendar days of this episode and may be requested and taken in the usual way while off sick — ABS-8 (HR14 Proc 15)
}

func ExampleHistory_Referral() {
	rec := absence.Record{Period: mustPeriod("2026-03-02/2026-03-20"), Reason: absence.Stress}
	h, _ := absence.NewHistory(officeWorker(), []absence.Record{rec}, absence.HR14())
	r, _ := h.Referral(0, absence.ReferralFacts{Contacted: mustDate("2026-03-04")}, mustDate("2026-03-10"))
	for _, ck := range r.Checks {
		fmt.Println(ck)
	}
	for _, f := range r.Findings {
		fmt.Println(f)
	}
	// Output:
	// referral to Occupational Health, due by 2026-03-09: overdue — ABS-9 (HR14 App 9)
	// manager contact with an employee off with stress, due by 2026-03-09: met on 2026-03-04 — ABS-9 (HR14 App 9)
	// stress from 2026-03-02: refer at once if the employee has not returned within 5 scheduled working days, that is, is still absent on 2026-03-09: absent until 2026-03-20, so the referral is due on 2026-03-09 — ABS-9 (HR14 App 9)
}

func ExampleStageReferral() {
	hearing := mustDate("2026-07-20")
	c, _ := absence.StageReferral(3, hearing, absence.Date{}, mustDate("2026-07-01"))
	fmt.Println(c)
	// Output:
	// updated Occupational Health opinion for the stage 3 hearing, due by 2026-07-20: pending — ABS-9 (HR14 SAP 1.5)
}

func ExampleComplexCase_OHPlus() {
	o := absence.ComplexCase{NoProgress: true, DisputedAdvice: true}.OHPlus()
	fmt.Println(o.Appropriate, o.Criteria)
	// Output:
	// true [no-progress disputed-advice]
}

func ExamplePolicy_OHCancellation() {
	london := time.FixedZone("GMT", 0)
	appointment := time.Date(2026, 3, 20, 10, 0, 0, 0, london)
	cancelled := time.Date(2026, 3, 18, 16, 0, 0, 0, london)
	o, _ := absence.HR14().OHCancellation(appointment, cancelled, cancelled)
	fmt.Println(o.Charged)
	fmt.Println(o.Check.Findings[0])
	// Output:
	// true
	// cancelled 2026-03-18 16:00 GMT, 42 hours before the appointment, later than 48 hours before: charged as not attended — ABS-9 (OH provider's terms: Optima Health for NHS Blood and Transplant)
}

func ExampleHistory_Contact() {
	rec := absence.Record{Period: mustPeriod("2026-01-05/2026-03-01"), Reason: absence.MentalHealth}
	h, _ := absence.NewHistory(officeWorker(), []absence.Record{rec}, absence.HR14())
	contacts := []absence.Date{mustDate("2026-01-16"), mustDate("2026-02-06")}
	c, _ := h.Contact(0, contacts, mustDate("2026-02-10"))
	for _, ck := range c.Checks {
		fmt.Println(ck)
	}
	fmt.Println("gaps:", c.Gaps, "next:", c.Next)
	// Output:
	// contact during absence, due by 2026-01-19: met on 2026-01-16 — ABS-10 (HR14 App 14)
	// contact during absence, due by 2026-01-30: late on 2026-02-06 — ABS-10 (HR14 App 14)
	// contact during absence, due by 2026-02-20: pending — ABS-10 (HR14 App 14)
	// gaps: [2026-01-16 to 2026-02-06 (21 days)] next: 2026-02-20
}
