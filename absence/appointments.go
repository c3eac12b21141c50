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
			text = fmt.Sprintf("booking was outside the employee's control, but %s already granted without payback in the %s %s to %s, the most allowed: this one is not granted without payback, and the manager decides how the time is taken",
				plural(n, "appointment")+wasWere(n), plural(p.AppointmentMonths, "month"), w.Start, w.End)
		}
		at.Finding = Finding{ruleAppointment, a.Date.String() + ": " + text}
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
