package payroll

import (
	"slices"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// An Appointment is a hospital outpatient or clinical appointment in working
// time. It is not sickness (ABS-7, PAY-10, Proc 7).
type Appointment struct {
	Date  absence.Date    `json:"date"`
	Hours decimal.Decimal `json:"hours"` // working time away, more than 0 and at most 24
	// OutsideControl: the booking fell entirely outside the employee's
	// control (the hospital set the time).
	OutsideControl bool `json:"outsideControl,omitempty"`
	// Evidenced: the employee gave evidence of the appointment.
	Evidenced bool `json:"evidenced,omitempty"`
}

// An AppointmentOutcome says how the time of an appointment is treated.
type AppointmentOutcome uint8

// The outcomes. Text codes are in parentheses.
const (
	// PaidTime: authorised without payback: an evidenced appointment outside
	// the employee's control, within the yearly number ("paid").
	PaidTime AppointmentOutcome = iota
	// TimeOwing: authorised on a time owing / payback basis: the booking was
	// within the employee's control, or the yearly number of appointments
	// outside it has been granted ("time-owing").
	TimeOwing
	// NotEvidenced: Proc 7 covers evidenced appointments; until evidence is
	// given the time is not authorised under it ("not-evidenced").
	NotEvidenced
)

func appointmentCodes() []string { return []string{"paid", "time-owing", "not-evidenced"} }

// String returns the outcome's text code.
func (o AppointmentOutcome) String() string {
	return enumString("AppointmentOutcome", appointmentCodes(), uint8(o))
}

// MarshalText implements encoding.TextMarshaler.
func (o AppointmentOutcome) MarshalText() ([]byte, error) {
	return enumText("appointment outcome", appointmentCodes(), uint8(o))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *AppointmentOutcome) UnmarshalText(b []byte) error {
	v, err := enumParse("appointment outcome", appointmentCodes(), b)
	*o = AppointmentOutcome(v)
	return err
}

// An AppointmentPay is the treatment of one appointment.
type AppointmentPay struct {
	Index   int                `json:"index"` // position in the input
	Date    absence.Date       `json:"date"`
	Outcome AppointmentOutcome `json:"outcome"`
	// Owed is the hours to be paid back: the appointment's hours when it is
	// time owing, else zero.
	Owed    decimal.Decimal `json:"owed"`
	Finding absence.Finding `json:"finding"`
}

// Appointments works out how the time of each appointment is treated (PAY-10,
// Proc 7): evidenced appointments outside the employee's control are paid
// time without payback, up to the policy's number (3) in any rolling 12
// months; others are time owing. Appointments are taken in date order
// (input order on the same day); the result keeps each one's input index.
//
// It fails with [ErrInvalidDate] or [ErrAmount] for a bad date or hours.
func (p Policy) Appointments(appts []Appointment) ([]AppointmentPay, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	order := make([]int, len(appts))
	for i, a := range appts {
		order[i] = i
		switch {
		case !a.Date.IsValid():
			return nil, inputErr("appointment", i, "Date", ErrInvalidDate, a.Date.String())
		case !a.Hours.IsPositive() || a.Hours.GreaterThan(decimal.NewFromInt(24)):
			return nil, inputErr("appointment", i, "Hours", ErrAmount, a.Hours.String())
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return appts[a].Date.Compare(appts[b].Date) })
	var granted []absence.Date
	out := make([]AppointmentPay, 0, len(appts))
	for _, i := range order {
		a := appts[i]
		r := AppointmentPay{Index: i, Date: a.Date, Owed: decimal.Zero}
		switch {
		case !a.Evidenced:
			r.Outcome = NotEvidenced
			r.Finding = find("PAY-10", clauseAppointment,
				"%s: no evidence of the appointment yet: not authorised under Proc 7 until it is given", a.Date)
		case !a.OutsideControl:
			r.Outcome, r.Owed = TimeOwing, a.Hours
			r.Finding = find("PAY-10", clauseAppointment,
				"%s: the booking was within the employee's control: authorised as time owing, %s hours to pay back", a.Date, a.Hours)
		default:
			window := absence.RollingWindow(a.Date, 12)
			n := 0
			for _, g := range granted {
				if window.Contains(g) {
					n++
				}
			}
			if n >= p.AppointmentsPerYear {
				r.Outcome, r.Owed = TimeOwing, a.Hours
				r.Finding = find("PAY-10", clauseAppointment,
					"%s: outside the employee's control, but %s already granted without payback in %s (at most %d): time owing, %s hours, unless the manager agrees otherwise",
					a.Date, plural(n, "appointment"), window, p.AppointmentsPerYear, a.Hours)
				break
			}
			granted = append(granted, a.Date)
			r.Outcome = PaidTime
			r.Finding = find("PAY-10", clauseAppointment,
				"%s: outside the employee's control: authorised without payback (%s of %d in %s)",
				a.Date, ordinal(n+1), p.AppointmentsPerYear, window)
		}
		out = append(out, r)
	}
	return out, nil
}
