package casefile

import (
	"errors"
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// DefaultWhatIfMonths is the length of the forward calendar when a whatIf
// section does not give one.
const DefaultWhatIfMonths = 12

// WhatIf asks what hypothetical absences would do to the case, without
// changing it: what would activate and when, and which formal step would
// become due; and for the forward calendar of the trigger points (whether
// one more day of sickness on each working day of the next months would
// activate each of them).
type WhatIf struct {
	// Absences are the hypothetical absences, in the form of absence
	// records (period, kind, reason, part day, evidence); they must not
	// overlap a record of the case.
	Absences []absence.Record `json:"absences,omitempty"`
	// Months is the length of the forward calendar from the as-of date, 1
	// to 36; 0 asks for none; left out, DefaultWhatIfMonths.
	Months *int `json:"months,omitempty"`
}

// CalendarMonths returns the length of the forward calendar w asks for: 0
// for none (w nil, or months: 0).
func (w *WhatIf) CalendarMonths() int {
	switch {
	case w == nil:
		return 0
	case w.Months == nil:
		return DefaultWhatIfMonths
	}
	return *w.Months
}

// checkWhatIf checks what the format itself requires of the whatIf section:
// months in range. The absences are checked by the library when the case is
// evaluated.
func (c *Case) checkWhatIf() error {
	w := c.WhatIf
	if w == nil || w.Months == nil {
		return nil
	}
	if m := *w.Months; m < 0 || m > triggers.MaxOutlookMonths {
		return c.errorf("whatIf.months", ErrInvalid, "%s", fmt.Sprintf("the forward calendar covers 0 (none) to %d months, not %d", triggers.MaxOutlookMonths, m))
	}
	return nil
}

// checkAppointments checks the appointments as the library decides them
// (ABS-7, ABS-24), placing an error at the appointment.
func (c *Case) checkAppointments(pol absence.Policy) error {
	if len(c.Appointments) == 0 {
		return nil
	}
	if _, err := pol.Appointments(c.Appointments); err != nil {
		var ae *absence.InputError
		if errors.As(err, &ae) && ae.Index >= 0 {
			return c.Locate(fmt.Sprintf("appointments[%d].%s", ae.Index, FieldPath(ae.Field)), err)
		}
		return c.Locate("appointments", err)
	}
	return nil
}
