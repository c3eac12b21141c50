package absence

import "github.com/shopspring/decimal"

// A Shift is what an employee is scheduled to work on one day.
type Shift struct {
	Hours decimal.Decimal `json:"hours"` // length in hours, e.g. 7.5; more than 0, at most 24
	Night bool            `json:"night"` // a night shift: sickness must be reported 3 hours before it starts (ABS-5)
}

// A Schedule says which days an employee is scheduled to work: their
// *scheduled days* (the package Conventions). Working days lost are counted on
// scheduled days only, and a scheduled day between two absences is a day the
// employee worked (ABS-2).
//
// [WeeklyPattern] and [Roster] implement Schedule; a host can supply its own.
// Implementations must be safe for concurrent use and answer in time that does
// not grow with the length of the period (the trigger engine calls them for
// every window).
type Schedule interface {
	// ShiftOn returns the shift scheduled on d; ok is false on a day off.
	ShiftOn(d Date) (s Shift, ok bool)
	// ScheduledDays returns the number of scheduled days in p.
	ScheduledDays(p Period) int
	// ScheduledHours returns the total hours scheduled in p.
	ScheduledHours(p Period) decimal.Decimal
}
