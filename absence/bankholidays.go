package absence

import "fmt"

// BankHolidays are the bank holidays and leave inside an episode of sickness
// (ABS-8, Proc 15): no day off in lieu for a bank holiday spent sick, and
// annual leave keeps accruing during sickness and may be taken while off sick.
// The amounts are payroll's to work out.
type BankHolidays struct {
	Episode Period `json:"episode"` // the episode checked (Episode.Period)
	// Holidays are the bank holidays that fell on sickness days (the pay view)
	// of the episode, in date order.
	Holidays []SickHoliday `json:"holidays"`
	// LeaveTaken are the runs of leave taken during the episode.
	LeaveTaken []Period  `json:"leaveTaken"`
	Findings   []Finding `json:"findings"` // no day in lieu, leave accrues (Proc 15)
}

// A SickHoliday is a bank holiday on which the employee was off sick.
type SickHoliday struct {
	Holiday
	// Scheduled: the employee's schedule had a shift that day.
	Scheduled bool `json:"scheduled"`
}

// BankHolidays lists the bank holidays of cal on which the employee was off
// sick during episode i of h (an index into h.Episodes), and the leave taken
// during it, with the findings of Proc 15.
//
// It fails with [ErrNoEpisode] for a bad index.
func (h History) BankHolidays(i int, cal Calendar) (BankHolidays, error) {
	ep, err := h.episode(i)
	if err != nil {
		return BankHolidays{}, err
	}
	b := BankHolidays{Episode: ep.Period}
	for _, p := range ep.Pay.Days {
		for _, hol := range cal.In(p) {
			_, sched := h.Employee.Schedule.ShiftOn(hol.Date)
			b.Holidays = append(b.Holidays, SickHoliday{hol, sched})
			worked := "not a scheduled working day"
			if sched {
				worked = "a scheduled working day"
			}
			b.Findings = append(b.Findings, Finding{ruleBankHoliday, fmt.Sprintf(
				"%s (%s, %s) was spent off sick: no additional day off in lieu (Agenda for Change 14.9)",
				hol.Date.LongDate(), hol.Name, worked)})
		}
	}
	for _, x := range ep.Triggers.Excluded {
		if x.Cause == CauseLeave {
			b.LeaveTaken = append(b.LeaveTaken, x.Period)
			b.Findings = append(b.Findings, Finding{ruleLeaveAccrues, fmt.Sprintf(
				"%s: leave taken while off sick, recorded as leave and not as sickness", x.Period)})
		}
	}
	b.Findings = append(b.Findings, Finding{ruleLeaveAccrues, fmt.Sprintf(
		"annual leave under the Working Time Regulations keeps accruing during the %s of this episode and may be requested and taken in the usual way while off sick",
		plural(ep.CalendarDays, "calendar day"))})
	return b, nil
}
