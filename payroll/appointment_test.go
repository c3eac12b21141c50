package payroll_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// TestPAY10_Appointments: appointments outside the employee's control are
// paid time, at most 3 in a rolling 12 months (the ABS-7 decision of
// absence); the rest, and those within their control, are time owing.
func TestPAY10_Appointments(t *testing.T) {
	out := func(date string) payroll.AppointmentHours {
		return payroll.AppointmentHours{Appointment: absence.Appointment{Date: d(t, date)}, Hours: dec("2")}
	}
	appts := []payroll.AppointmentHours{
		out("2026-06-10"), out("2026-01-10"), out("2026-03-10"), out("2026-09-10"),
		out("2027-01-10"), // the window ending 2027-01-10 starts 2026-01-11: two granted in it
		{Appointment: absence.Appointment{Date: d(t, "2026-02-02"), InControl: true}, Hours: dec("1.5")},
	}
	got, err := hr14(t).Appointments(absence.HR14(), appts)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Index   int
		Outcome payroll.AppointmentOutcome
		Owed    string
	}
	var rows []row
	for _, a := range got {
		rows = append(rows, row{a.Index, a.Outcome, a.Owed.String()})
	}
	want := []row{
		{0, payroll.PaidTime, "0"},    // 2026-06-10, third
		{1, payroll.PaidTime, "0"},    // 2026-01-10
		{2, payroll.PaidTime, "0"},    // 2026-03-10
		{3, payroll.TimeOwing, "2"},   // 2026-09-10, fourth in 12 months
		{4, payroll.PaidTime, "0"},    // 2027-01-10
		{5, payroll.TimeOwing, "1.5"}, // 2026-02-02, within control
	}
	if diff := diff(want, rows); diff != "" {
		t.Errorf("appointments (-want +got):\n%s", diff)
	}
	for _, a := range got {
		if len(a.Findings) != 2 || a.Findings[0].Rule.ID != "ABS-7" || a.Findings[1].Rule.ID != "PAY-10" {
			t.Errorf("%v findings: %v", a.Date, a.Findings)
		}
	}

	rules := absence.HR14()
	rules.AppointmentsAllowed = 0
	if got, _ := hr14(t).Appointments(rules, appts[:1]); got[0].Outcome != payroll.TimeOwing {
		t.Errorf("with none allowed: %v", got[0].Outcome)
	}
	if _, err := hr14(t).Appointments(absence.HR14(), []payroll.AppointmentHours{{Appointment: absence.Appointment{Date: d(t, "2026-01-01")}}}); !errors.Is(err, payroll.ErrAmount) {
		t.Errorf("no hours: %v", err)
	}
}
