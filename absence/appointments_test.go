package absence_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func appt(t testing.TB, date string, inControl bool) absence.Appointment {
	return absence.Appointment{Date: d(t, date), InControl: inControl}
}

func TestABS7_AppointmentsAllowance(t *testing.T) {
	tests := []struct {
		name  string
		apps  []absence.Appointment
		treat []absence.Treatment
	}{
		{"three outside control in 12 months are granted; the 4th is not",
			[]absence.Appointment{appt(t, "2026-01-10", false), appt(t, "2026-03-10", false), appt(t, "2026-06-10", false), appt(t, "2026-09-10", false)},
			[]absence.Treatment{absence.NoPayback, absence.NoPayback, absence.NoPayback, absence.BeyondAllowance}},
		{"the 4th is granted once the 1st has left the rolling window",
			// window ending 2027-01-10 is 2026-01-11..2027-01-10
			[]absence.Appointment{appt(t, "2026-01-10", false), appt(t, "2026-03-10", false), appt(t, "2026-06-10", false), appt(t, "2027-01-10", false)},
			[]absence.Treatment{absence.NoPayback, absence.NoPayback, absence.NoPayback, absence.NoPayback}},
		{"on the last day of the window the 1st still counts",
			// window ending 2027-01-09 is 2026-01-10..2027-01-09
			[]absence.Appointment{appt(t, "2026-01-10", false), appt(t, "2026-03-10", false), appt(t, "2026-06-10", false), appt(t, "2027-01-09", false)},
			[]absence.Treatment{absence.NoPayback, absence.NoPayback, absence.NoPayback, absence.BeyondAllowance}},
		{"appointments in the employee's control are paid back and use no allowance",
			[]absence.Appointment{appt(t, "2026-01-10", true), appt(t, "2026-02-10", false), appt(t, "2026-03-10", true), appt(t, "2026-04-10", false), appt(t, "2026-05-10", false)},
			[]absence.Treatment{absence.Payback, absence.NoPayback, absence.Payback, absence.NoPayback, absence.NoPayback}},
		{"an appointment beyond the allowance uses none",
			[]absence.Appointment{appt(t, "2026-01-10", false), appt(t, "2026-02-10", false), appt(t, "2026-03-10", false), appt(t, "2026-04-10", false), appt(t, "2027-01-11", false), appt(t, "2027-02-11", false)},
			[]absence.Treatment{absence.NoPayback, absence.NoPayback, absence.NoPayback, absence.BeyondAllowance, absence.NoPayback, absence.NoPayback}},
		{"input order does not matter; results follow it",
			[]absence.Appointment{appt(t, "2026-09-10", false), appt(t, "2026-01-10", false), appt(t, "2026-06-10", false), appt(t, "2026-03-10", false)},
			[]absence.Treatment{absence.BeyondAllowance, absence.NoPayback, absence.NoPayback, absence.NoPayback}},
		{"four on one day", []absence.Appointment{appt(t, "2026-01-10", false), appt(t, "2026-01-10", false), appt(t, "2026-01-10", false), appt(t, "2026-01-10", false)},
			[]absence.Treatment{absence.NoPayback, absence.NoPayback, absence.NoPayback, absence.BeyondAllowance}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := absence.HR14().Appointments(tt.apps)
			require.NoError(t, err)
			require.Len(t, got, len(tt.apps))
			for i, g := range got {
				assert.Equal(t, tt.treat[i], g.Treatment, "appointment %d (%s)", i, tt.apps[i].Date)
				assert.Equal(t, tt.apps[i], g.Appointment)
				assert.Equal(t, absence.RollingWindow(tt.apps[i].Date, 12), g.Window)
				assert.Equal(t, "HR14 Proc 7", g.Finding.Rule.Clause)
				assert.Contains(t, g.Finding.Text, tt.apps[i].Date.String())
			}
		})
	}
}

func TestABS7_AppointmentsFindings(t *testing.T) {
	got, err := absence.HR14().Appointments([]absence.Appointment{
		appt(t, "2026-01-10", false), appt(t, "2026-03-10", false), appt(t, "2026-06-10", false), appt(t, "2026-09-10", false)})
	require.NoError(t, err)
	assert.Equal(t, 3, got[2].Granted)
	assert.Equal(t, 3, got[3].Granted)
	assert.Equal(t, "2026-09-10: booking was outside the employee's control, but 3 appointments were already granted without payback in the 12 months 2025-09-11 to 2026-09-10, the most allowed: this one is not granted without payback, and the manager decides how the time is taken — ABS-7 (HR14 Proc 7)", got[3].Finding.String())

	pol := absence.HR14()
	pol.AppointmentsAllowed = 0
	got, err = pol.Appointments([]absence.Appointment{appt(t, "2026-01-10", false)})
	require.NoError(t, err)
	assert.Equal(t, absence.BeyondAllowance, got[0].Treatment)

	_, err = absence.HR14().Appointments([]absence.Appointment{{ID: "x", Date: absence.Date{Year: 2026, Month: 2, Day: 29}}})
	var ie *absence.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, absence.ErrInvalidDate, ie.Err)
	assert.Equal(t, "x", ie.ID)
	pol.AppointmentMonths = 0
	_, err = pol.Appointments(nil)
	assert.ErrorIs(t, err, absence.ErrInvalidPolicy)
}

func TestABS8_BankHolidaysDuringSickness(t *testing.T) {
	ew := absence.EnglandAndWales()
	office, err := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	require.NoError(t, err)
	emp := monFri(t)
	emp.Schedule = office.BankHolidaysOff(ew)
	// Sick over Easter 2026: Good Friday 04-03 and Easter Monday 04-06.
	h := history(t, emp,
		sick(t, "2026-03-30/2026-04-02", absence.Infection),
		absence.Record{Period: p(t, "2026-04-07/2026-04-08"), Kind: absence.Leave},
		sick(t, "2026-04-09/2026-04-10", absence.Infection),
	)
	require.Len(t, h.Episodes, 1)
	b, err := h.BankHolidays(0, ew)
	require.NoError(t, err)
	assert.Empty(t, b.Holidays, "Good Friday and Easter Monday fell between the sick records, not on sickness days")

	h = history(t, emp, sick(t, "2026-03-30/2026-04-10", absence.Infection))
	b, err = h.BankHolidays(0, ew)
	require.NoError(t, err)
	require.Len(t, b.Holidays, 2)
	assert.Equal(t, "2026-04-03", b.Holidays[0].Date.String())
	assert.Equal(t, "2026-04-06", b.Holidays[1].Date.String())
	assert.False(t, b.Holidays[0].Scheduled, "bank holidays are off for this pattern")
	assert.Equal(t, "Friday 3 April 2026 (Good Friday, not a scheduled working day) was spent off sick: no additional day off in lieu (Agenda for Change 14.9) — ABS-8 (HR14 Proc 15)", b.Findings[0].String())
	assert.Contains(t, b.Findings[len(b.Findings)-1].Text, "keeps accruing during the 12 calendar days")

	// A shift worker scheduled on bank holidays.
	emp.Schedule = office
	h = history(t, emp, sick(t, "2026-04-06", absence.Infection), absence.Record{Period: p(t, "2026-04-07"), Kind: absence.Leave}, sick(t, "2026-04-08", absence.Infection))
	b, err = h.BankHolidays(0, ew)
	require.NoError(t, err)
	require.Len(t, b.Holidays, 1)
	assert.True(t, b.Holidays[0].Scheduled)
	assert.Equal(t, []string{"2026-04-07/2026-04-07"}, strs(b.LeaveTaken))

	_, err = h.BankHolidays(1, ew)
	assert.ErrorIs(t, err, absence.ErrNoEpisode)
}
