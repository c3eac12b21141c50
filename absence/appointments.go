package absence

import (
	"fmt"
	"slices"
	"strconv"
)

// An Appointment is an evidenced hospital outpatient or clinic appointment in
// working time (ABS-7, Proc 7). It is not sickness absence.
type Appointment struct {
	ID   string `json:"id,omitempty"` // the host's identifier, used in error messages
	Date Date   `json:"date"`         // the day of the appointment
	// InControl: booking the appointment fell within the employee's control
	// (they could have booked it outside working hours).
	InControl bool `json:"inControl,omitempty"`
	// Fertility: an appointment for IVF or other fertility treatment,
	// treated as any other medical appointment; extra ones beyond the
	// allowance by agreement (ABS-24, Proc 21).
	Fertility bool `json:"fertility,omitempty"`
	// Agreed is how the manager and the employee agreed the time of an
	// appointment beyond the allowance is taken or repaid (Proc 21 for
	// fertility treatment; the manager's decision otherwise); zero when
	// none is recorded.
	Agreed TimeAgreement `json:"agreed,omitempty"`
}

// A TimeAgreement is how the time of an appointment beyond the allowance
// is taken or repaid, as agreed between the manager and the employee
// (ABS-24, Proc 21). Text codes are in parentheses.
type TimeAgreement uint8

// The agreements.
const (
	NotAgreed         TimeAgreement = iota // none recorded ("")
	AgreedPaid                             // paid time, not repaid ("paid")
	AgreedPayback                          // time owing, to be paid back ("payback")
	AgreedAnnualLeave                      // taken as annual leave ("annual-leave")
	AgreedUnpaid                           // unpaid leave ("unpaid")
	numTimeAgreements
)

var agreementCodes = [numTimeAgreements]struct{ code, label string }{
	NotAgreed:         {"", "not agreed"},
	AgreedPaid:        {"paid", "paid time, not repaid"},
	AgreedPayback:     {"payback", "time owing, to be paid back"},
	AgreedAnnualLeave: {"annual-leave", "taken as annual leave"},
	AgreedUnpaid:      {"unpaid", "unpaid leave"},
}

// String describes the agreement, e.g. "taken as annual leave".
func (a TimeAgreement) String() string {
	if a < numTimeAgreements {
		return agreementCodes[a].label
	}
	return "TimeAgreement(" + strconv.Itoa(int(a)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the agreement's code.
func (a TimeAgreement) MarshalText() ([]byte, error) {
	if a >= numTimeAgreements {
		return nil, inputErr("agreement", -1, "", "", ErrUnknownCode, strconv.Itoa(int(a)))
	}
	return []byte(agreementCodes[a].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *TimeAgreement) UnmarshalText(b []byte) error {
	for v := range numTimeAgreements {
		if agreementCodes[v].code == string(b) {
			*a = v
			return nil
		}
	}
	codes := make([]string, 0, numTimeAgreements-1)
	for v := AgreedPaid; v < numTimeAgreements; v++ {
		codes = append(codes, agreementCodes[v].code)
	}
	return codeErr("agreement", "", ErrUnknownCode, codes)
}

// A Treatment is how the time for an appointment is granted (Proc 7).
type Treatment uint8

// The treatments. Text codes are in parentheses.
const (
	// NoPayback: booking was entirely outside the employee's control and the
	// allowance is not used up: authorised without paying the time back
	// ("no-payback").
	NoPayback Treatment = iota + 1
	// Payback: booking was within the employee's control: authorised on a
	// time owing / payback basis ("payback").
	Payback
	// BeyondAllowance: outside the employee's control, but the allowance (3
	// in a rolling 12 months) is already used: not granted without payback.
	// The manager decides how the time is taken ("beyond-allowance").
	BeyondAllowance
	numTreatments
)

var treatmentCodes = [numTreatments]struct{ code, label string }{
	NoPayback:       {"no-payback", "authorised without payback"},
	Payback:         {"payback", "authorised as time owing, to be paid back"},
	BeyondAllowance: {"beyond-allowance", "beyond the allowance: not granted without payback"},
}

// String describes the treatment, e.g. "authorised without payback".
func (t Treatment) String() string {
	if t > 0 && t < numTreatments {
		return treatmentCodes[t].label
	}
	return "Treatment(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the treatment's code.
func (t Treatment) MarshalText() ([]byte, error) {
	if t == 0 || t >= numTreatments {
		return nil, inputErr("treatment", -1, "", "", ErrUnknownCode, strconv.Itoa(int(t)))
	}
	return []byte(treatmentCodes[t].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Treatment) UnmarshalText(b []byte) error {
	for v := NoPayback; v < numTreatments; v++ {
		if treatmentCodes[v].code == string(b) {
			*t = v
			return nil
		}
	}
	var codes []string
	for v := NoPayback; v < numTreatments; v++ {
		codes = append(codes, treatmentCodes[v].code)
	}
	return codeErr("treatment", "", ErrUnknownCode, codes)
}

// An AppointmentTime is the decision on one [Appointment]: how its time is
// granted and why.
type AppointmentTime struct {
	Appointment Appointment `json:"appointment"` // the appointment decided on, as given
	Treatment   Treatment   `json:"treatment"`   // never zero in a result
	// Window is the rolling window, ending on the appointment's date, in which
	// the allowance is counted.
	Window Period `json:"window"`
	// Granted is the number of appointments granted without payback in
	// Window, this one included when it is.
	Granted int     `json:"granted"`
	Finding Finding `json:"finding"` // why, citing ABS-7 (Proc 7)
}

// Appointments decides how the time for each appointment is granted (ABS-7,
// Proc 7): within the employee's control, time owing to be paid back; outside
// it, without payback, but no more than p.AppointmentsAllowed in the rolling
// p.AppointmentMonths months ending on the appointment's date (RollingWindow).
// Only appointments granted without payback use the allowance. Appointments
// on the same day are taken in input order.
//
// The result is in input order. It fails with [ErrInvalidPolicy] for an
// invalid p and [ErrInvalidDate], naming the appointment, for an invalid date.
func (p Policy) Appointments(apps []Appointment) ([]AppointmentTime, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	order := make([]int, len(apps))
	for i, a := range apps {
		if !a.Date.IsValid() {
			return nil, inputErr("appointment", i, a.ID, "Date", ErrInvalidDate, a.Date.String())
		}
		if a.Agreed >= numTimeAgreements {
			return nil, inputErr("appointment", i, a.ID, "Agreed", ErrUnknownCode, strconv.Itoa(int(a.Agreed)))
		}
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return apps[a].Date.Compare(apps[b].Date) })
	out := make([]AppointmentTime, len(apps))
	var granted []Date // dates granted without payback, in order
	for _, i := range order {
		a := apps[i]
		w := RollingWindow(a.Date, p.AppointmentMonths)
		first, _ := slices.BinarySearchFunc(granted, w.Start, Date.Compare)
		n := len(granted) - first
		at := AppointmentTime{Appointment: a, Window: w, Granted: n}
		var text string
		switch {
		case a.InControl:
			at.Treatment = Payback
			text = "booking was within the employee's control: authorised on a time owing / payback basis"
		case n < p.AppointmentsAllowed:
			at.Treatment = NoPayback
			at.Granted++
			granted = append(granted, a.Date)
			text = fmt.Sprintf("booking was outside the employee's control: authorised without payback, %d of the %d allowed in the %s %s to %s",
				at.Granted, p.AppointmentsAllowed, plural(p.AppointmentMonths, "month"), w.Start, w.End)
		default:
			at.Treatment = BeyondAllowance
			text = fmt.Sprintf("booking was outside the employee's control, but %s already granted without payback in the %s %s to %s, the most allowed: this one is not granted without payback",
				plural(n, "appointment")+wasWere(n), plural(p.AppointmentMonths, "month"), w.Start, w.End)
			switch {
			case a.Agreed != NotAgreed:
				text += "; the manager and the employee agreed the time is " + a.Agreed.String()
			case a.Fertility:
				text += "; for an extra appointment for fertility treatment the manager and the employee agree how the time is taken or repaid: record the agreement"
			default:
				text += ", and the manager decides how the time is taken"
			}
		}
		rule := ruleAppointment
		if a.Fertility {
			text = "appointment for fertility treatment, treated as any other medical appointment: " + text
			rule = ruleFertilityAppointment
		}
		at.Finding = Finding{rule, a.Date.String() + ": " + text}
		out[i] = at
	}
	return out, nil
}

func wasWere(n int) string {
	if n == 1 {
		return " was"
	}
	return " were"
}
