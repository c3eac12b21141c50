package casefile

import (
	"fmt"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// Inputs are a case's values as the hr14 library takes them.
type Inputs struct {
	Policies Policies
	Employee absence.Employee
	// Records are the absence records, in file order; Facts[i] are the
	// Occupational Health and contact facts of Records[i].
	Records []absence.Record
	Facts   []Facts
	// Events are the formal procedure's events, in file order.
	Events []stages.Event
	// Adjustment is the reasonable adjustment; zero if none.
	Adjustment triggers.Adjustment
}

// Facts are what the manager recorded on an absence for the Occupational
// Health referral (ABS-9) and the contact cadence (ABS-10), and whether it
// has an end date.
type Facts struct {
	Referral absence.ReferralFacts
	Contacts []absence.Date
	// Open: the absence has no end date yet; its record ends on the as-of
	// date.
	Open bool
}

// Inputs checks what the format itself requires (an as-of date, one kind of
// schedule) and converts the case to the library's values, as of the case's
// own as-of date. Deeper checks (overlapping records, an FTE out of range,
// events the procedure does not allow) are the library's, when the case is
// evaluated; Locate places their errors in the file.
func (c *Case) Inputs() (Inputs, error) {
	return c.InputsAsOf(c.AsOf)
}

// InputsAsOf is Inputs as of another date (zero: the case's own): an
// absence with no end date ends on it.
func (c *Case) InputsAsOf(asOf absence.Date) (Inputs, error) {
	var in Inputs
	if c.AsOf.IsZero() {
		return in, c.errorf("asOf", ErrInvalid, "required: the date to evaluate the case as of (YYYY-MM-DD)")
	}
	if asOf.IsZero() {
		asOf = c.AsOf
	}
	pols, err := c.Policies()
	if err != nil {
		return in, err
	}
	in.Policies = pols
	sched, err := c.schedule()
	if err != nil {
		return in, err
	}
	e := c.Employee
	in.Employee = absence.Employee{
		ID:                e.ID,
		FTE:               e.FTE,
		StandardDayHours:  e.StandardDayHours,
		Schedule:          sched,
		SelfCertification: e.SelfCertification,
		OtherWork:         e.OtherWork,

		FertilityTreatments: e.FertilityTreatments,
	}
	cal := absence.EnglandAndWales()
	for i, a := range c.Absences {
		rec := a.Record
		rec.Period = a.Period.Closed(asOf)
		if fit := rec.ReportedFit; a.Period.Open && !fit.IsZero() && fit.After(rec.Period.Start) && !fit.AddDays(-1).After(asOf) {
			rec.Period.End = fit.AddDays(-1) // reported fit: closed on the day before (Proc 12, ABS-23)
		}
		if a.Period.Open {
			for _, f := range []struct {
				name string
				d    absence.Date
			}{{"returned", a.Returned}, {"interviewed", a.Interviewed}} {
				if !f.d.IsZero() {
					return in, c.errorf(fmt.Sprintf("absences[%d].%s", i, f.name), ErrInvalid,
						"an absence with no end date (/..) is still running: once the employee is back, give its last day instead")
				}
			}
		}
		in.Records = append(in.Records, rec)
		in.Facts = append(in.Facts, Facts{
			Referral: absence.ReferralFacts{Referred: a.Referred, Contacted: a.Contacted, SurgeryKnown: a.SurgeryKnown, Calendar: cal},
			Contacts: a.Contacts,
			Open:     a.Period.Open,
		})
	}
	in.Events = c.Events
	if err := c.checkLetter(); err != nil {
		return in, err
	}
	if err := c.checkWhatIf(); err != nil {
		return in, err
	}
	if err := c.checkAppointments(pols.Absence); err != nil {
		return in, err
	}
	if c.Adjustment != nil {
		in.Adjustment = *c.Adjustment
	}
	return in, nil
}

// schedule builds the employee's schedule from exactly one of week, days
// and roster.
func (c *Case) schedule() (absence.Schedule, error) {
	const path = "employee.schedule"
	s := c.Employee.Schedule
	given := 0
	for _, set := range []bool{s.Week != "", s.Days != nil, len(s.Roster) > 0} {
		if set {
			given++
		}
	}
	if given != 1 {
		return nil, c.errorf(path, ErrInvalid, "give exactly one of week (with hours), days or roster; %d given", given)
	}
	if len(s.Roster) > 0 {
		if s.BankHolidaysOff || s.Night || s.Hours != nil {
			return nil, c.errorf(path, ErrInvalid, "a roster gives each shift's hours and night flag itself; bankHolidaysOff, night and hours apply to week or days only")
		}
		r, err := absence.NewRoster(s.Roster)
		if err != nil {
			return nil, c.wrap(path+".roster", err)
		}
		return r, nil
	}
	var week [7]absence.Shift
	if s.Week != "" {
		hours := c.Employee.StandardDayHours
		if s.Hours != nil {
			hours = *s.Hours
		}
		w, err := absence.ParseWeekMask(s.Week, hours)
		if err != nil {
			return nil, c.wrap(path+".week", err)
		}
		week = w.Week()
	} else {
		if s.Hours != nil {
			return nil, c.errorf(path+".hours", ErrInvalid, "hours go with week; with days, give each day's hours")
		}
		d := s.Days
		for wd, h := range map[time.Weekday]*decimal.Decimal{
			time.Monday: d.Mon, time.Tuesday: d.Tue, time.Wednesday: d.Wed, time.Thursday: d.Thu,
			time.Friday: d.Fri, time.Saturday: d.Sat, time.Sunday: d.Sun,
		} {
			if h != nil {
				week[wd].Hours = *h
			}
		}
	}
	for i := range week {
		week[i].Night = s.Night && week[i].Hours.IsPositive()
	}
	w, err := absence.NewWeeklyPattern(week)
	if err != nil {
		return nil, c.wrap(path, err)
	}
	if s.BankHolidaysOff {
		w = w.BankHolidaysOff(absence.EnglandAndWales())
	}
	return w, nil
}

// checkLetter checks the letter section's ByKind entries: each names a kind,
// and a kind once.
func (c *Case) checkLetter() error {
	if c.Letter == nil {
		return nil
	}
	seen := map[letters.Kind]int{}
	for i, e := range c.Letter.ByKind {
		path := fmt.Sprintf("letter.byKind[%d]", i)
		if !e.Kind.IsValid() {
			return c.errorf(path+".kind", ErrInvalid, "required: the letter these details are for, e.g. appeal-invitation")
		}
		if j, ok := seen[e.Kind]; ok {
			return c.errorf(path+".kind", ErrInvalid, "%s is already given in byKind entry %d", e.Kind, j+1)
		}
		seen[e.Kind] = i
	}
	return nil
}
