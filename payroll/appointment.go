package payroll

import (
	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// An AppointmentHours is an evidenced hospital outpatient or clinic
// appointment in working time (Proc 7) with the working time it took. It is
// not sickness (ABS-7). Proc 7 covers evidenced appointments only: pass an
// appointment once the employee has given evidence of it.
type AppointmentHours struct {
	absence.Appointment
	Hours decimal.Decimal `json:"hours"` // working time away, more than 0 and at most 24
}

// An AppointmentOutcome is what an appointment means for pay.
type AppointmentOutcome uint8

// The outcomes. Text codes are in parentheses.
const (
	// PaidTime: authorised without payback: booked outside the employee's
	// control and within the allowance of absence.Policy ("paid").
	PaidTime AppointmentOutcome = iota
	// TimeOwing: the hours are owed back: the booking was within the
	// employee's control, or the allowance was used up ("time-owing").
	TimeOwing
)

func appointmentCodes() []string { return []string{"paid", "time-owing"} }

// String returns the outcome's text code.
func (o AppointmentOutcome) String() string {
	return enumString("AppointmentOutcome", appointmentCodes(), uint8(o))
}

// MarshalText implements encoding.TextMarshaler.
func (o AppointmentOutcome) MarshalText() ([]byte, error) {
	return enumText("appointment outcome", appointmentCodes(), uint8(o))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (o *AppointmentOutcome) UnmarshalText(b []byte) error {
	v, err := enumParse("appointment outcome", appointmentCodes(), b)
	if err == nil {
		*o = AppointmentOutcome(v)
	}
	return err
}

// An AppointmentPay is the pay treatment of one appointment.
type AppointmentPay struct {
	Index   int                `json:"index"`   // position in the input
	Date    absence.Date       `json:"date"`    // the appointment's day
	Outcome AppointmentOutcome `json:"outcome"` // paid time or time owing
	// Owed is the hours to be paid back: the appointment's hours when it is
	// time owing, else zero.
	Owed decimal.Decimal `json:"owed"`
	// Findings are the ABS-7 decision on the time (from absence) and its pay
	// consequence (PAY-10).
	Findings []absence.Finding `json:"findings"`
}

// Appointments works out the pay consequence of each appointment (PAY-10,
// Proc 7). Whether the time is granted without payback is decided once, by
// absence.Policy.Appointments under rules (ABS-7: at most 3 outside the
// employee's control in a rolling 12 months); payroll adds the hours owed.
// A 4th appointment beyond the allowance is time owing unless the manager
// agrees otherwise. The result is in input order.
//
// It fails with [ErrAmount] for hours outside (0, 24], and with absence's
// errors for an invalid rules policy or date.
func (p Policy) Appointments(rules absence.Policy, appts []AppointmentHours) ([]AppointmentPay, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	plain := make([]absence.Appointment, len(appts))
	for i, a := range appts {
		if !a.Hours.IsPositive() || a.Hours.GreaterThan(decimal.NewFromInt(24)) {
			return nil, inputErr("appointment", i, "Hours", ErrAmount, a.Hours.String())
		}
		plain[i] = a.Appointment
	}
	decided, err := rules.Appointments(plain)
	if err != nil {
		return nil, err
	}
	out := make([]AppointmentPay, len(appts))
	for i, t := range decided {
		a := appts[i]
		r := AppointmentPay{Index: i, Date: a.Date, Outcome: PaidTime, Owed: decimal.Zero}
		var pay absence.Finding
		if t.Treatment == absence.NoPayback {
			pay = find("PAY-10", clauseAppointment, "%s: paid time, nothing to pay back", a.Date)
		} else {
			r.Outcome, r.Owed = TimeOwing, a.Hours
			pay = find("PAY-10", clauseAppointment, "%s: time owing: %s hours to pay back, unless the manager agrees otherwise", a.Date, a.Hours)
		}
		r.Findings = []absence.Finding{t.Finding, pay}
		out[i] = r
	}
	return out, nil
}
