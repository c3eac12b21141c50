package absence

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// An Episode is a continuous period of sickness absence (ABS-2): from the first
// sickness day to the last, made of one or more records with no scheduled shift
// worked in between. Rest days, days off and leave inside it do not break it.
//
// An episode has two views of its days, because HR14 counts them differently:
// the trigger view (Triggers: which days count towards trigger points, after
// the part-day rule ABS-3 and the exclusions of ABS-7) and the pay view (Pay:
// which days are sickness for sick pay).
type Episode struct {
	// Period runs from the first to the last sickness day in either view.
	Period Period `json:"period"`
	// Records are the indexes, into the records given to NewHistory, of the
	// records that make up the episode, in date order.
	Records []int `json:"records"`
	// Reasons are the distinct reasons of its sickness records, in date order.
	Reasons []Reason `json:"reasons"`
	// CalendarDays is the length of Period in calendar days, days not normally
	// worked included (ABS-1).
	CalendarDays int `json:"calendarDays"`
	// LongTerm: CalendarDays is at least the policy's long-term length (ABS-1,
	// §4.2: 28 or more calendar days); otherwise the episode is short term.
	LongTerm bool `json:"longTerm"`

	Triggers TriggerView `json:"triggers"` // the days that count towards trigger points (ABS-3, ABS-7 applied)
	Pay      PayView     `json:"pay"`      // the days that are sickness for sick pay

	// Findings explain, rule by rule, how the episode was formed.
	Findings []Finding `json:"findings"`
}

// TriggerView holds the days of an episode that count towards trigger points.
type TriggerView struct {
	// Counted are the runs of days that count, in order, not overlapping. Days
	// between two records that nobody worked (rest days) are inside a run.
	Counted []Period `json:"counted"`
	// Excluded are the days of the episode that do not count, and why.
	Excluded []Exclusion `json:"excluded"`
	// Span runs from the first to the last counted day; zero if none counts.
	Span Period `json:"span"`
	// CalendarDays is the length of Span, the days inside it that do not
	// count included: the TRIG-5 length under the counted-span reading
	// (triggers.CountedSpan).
	CalendarDays int `json:"calendarDays"`
	// CountedDays is the number of calendar days in Counted (rest days inside
	// a run included): the TRIG-5 length by default (triggers.CountedDays).
	// Excluded sickness, leave, medical exclusion and unauthorised days add
	// nothing to it (ABS-7), though they do not break the episode (ABS-2).
	CountedDays int `json:"countedDays"`
	// WorkingDays is the number of scheduled days in Counted: the working days
	// lost. A part day on which less than half the shift was worked counts as
	// one (ABS-3).
	WorkingDays int `json:"workingDays"`
	// Hours is the scheduled hours of those days (a part day counts its whole
	// shift, as it counts as one working day).
	Hours decimal.Decimal `json:"hours"`
}

// Counts reports whether any day of the episode counts towards triggers.
func (v TriggerView) Counts() bool { return len(v.Counted) > 0 }

// PayView holds the days of an episode that are sickness for sick pay.
type PayView struct {
	// Days are the runs of sickness days for pay, in order: a part day is paid
	// as worked and is never among them (ABS-3, PAY-1).
	Days []Period `json:"days"`
	// Span runs from the first to the last day in Days; zero if none.
	Span Period `json:"span"`
	// WorkingDays is the number of scheduled days in Days.
	WorkingDays int `json:"workingDays"`
}

// A PartDayNote is the local note HR14 asks a manager to keep when an employee
// went home ill part-way through a shift (Proc 5, Proc 6), kept for pattern
// detection (TRIG-6).
type PartDayNote struct {
	Date     Date            `json:"date"`               // the day of the part-day sickness: the record's first day
	Record   int             `json:"record"`             // index of the record in the input
	Worked   decimal.Decimal `json:"worked"`             // hours worked
	Shift    decimal.Decimal `json:"shift"`              // hours of the shift
	SentHome bool            `json:"sentHome,omitempty"` // the manager sent the employee home (Proc 5)
	// Sickness: less than half was worked (or exactly half under the §4.4
	// reading), so the day is a sickness day for triggers, though paid as
	// worked. False: not a sickness day at all.
	Sickness bool `json:"sickness"`
}

// A Finding is one step of an explanation: the rule applied and what it found,
// in words an HR manager can quote.
type Finding struct {
	Rule Rule   `json:"rule"` // the rule applied, with its clause
	Text string `json:"text"` // what it found; never confidential text
}

// String returns the finding as "text — rule".
func (f Finding) String() string { return f.Text + " — " + f.Rule.String() }

// A History is an employee's absence records interpreted by the recording
// rules: the episodes and part-day notes. Build one with [NewHistory].
type History struct {
	Employee Employee      `json:"employee"` // as given to NewHistory (its Schedule is not marshalled)
	Policy   Policy        `json:"policy"`   // the recording rules the episodes were built under
	Records  []Record      `json:"records"`  // the records as given (a copy), in input order
	Episodes []Episode     `json:"episodes"` // in date order
	PartDays []PartDayNote `json:"partDays"` // in date order
	// NoShiftLost is the sickness recorded only on days with no scheduled
	// shift, which forms no episode (§4.4, ABS-2), in date order.
	NoShiftLost []NoShiftLost `json:"noShiftLost,omitempty"`
	// AtWork are the days of sickness records on which the employee was at
	// work with the changes a "may be fit" note advised (ABS-20), by
	// record: they are in no episode.
	AtWork []AtWork `json:"atWork,omitempty"`
	// SicknessOnLeave is each sickness record over booked leave (ABS-21), in
	// date order: the days sickness replaces and the days that stay leave.
	SicknessOnLeave []SicknessOnLeave `json:"sicknessOnLeave,omitempty"`
	// OtherWork are the days off sick in a declaration of other work that
	// no fit note covers (ABS-22), by declaration: findings for HR.
	OtherWork []OtherWorkOverlap `json:"otherWork,omitempty"`
	// Protected are the protected periods of the employee's fertility
	// treatments (ABS-24), in order.
	Protected []ProtectedPeriod `json:"protected,omitempty"`
}

// NewHistory validates an employee's absence records and groups them into
// episodes (ABS-1, ABS-2, ABS-3, ABS-7). Records may come in any order.
//
// It fails, with an [*InputError] naming the record by index and ID, on an
// invalid policy or employee, a reversed period, an unknown kind or reason,
// cosmetic surgery that is not medically required recorded as sickness,
// part-day hours outside the shift or on an unscheduled day, bad certificate
// dates, and overlapping or duplicated records. It never merges or repairs
// records.
func NewHistory(emp Employee, records []Record, pol Policy) (History, error) {
	if err := pol.Validate(); err != nil {
		return History{}, err
	}
	f := former{pol: pol}
	if err := f.start(emp, records); err != nil {
		return History{}, err
	}
	h := History{Employee: emp, Policy: pol, Records: slices.Clone(records)}
	f.records = h.Records
	for k, i := range f.order {
		if pd := h.Records[i].PartDay; pd != nil && f.flags[k]&firstPiece != 0 {
			h.PartDays = append(h.PartDays, PartDayNote{
				Date: h.Records[i].Period.Start, Record: i, Worked: pd.Worked, Shift: f.shifts[k],
				SentHome: pd.SentHome, Sickness: !f.worked[k],
			})
		}
	}
	h.Episodes = make([]Episode, 0, len(records)) // at most one per record
	lt := strconv.Itoa(pol.LongTermDays)
	x := explainer{h: &h,
		short: "short term (fewer than " + plural(pol.LongTermDays, "calendar day") + ")",
		long:  "long term (" + lt + " or more calendar days)"}
	for first := 0; first < len(f.order); {
		end := f.spellEnd(first)
		switch f.spell(first, end) {
		case anEpisode:
			x.episode(&f, f.recordsOf(first, end))
		case noShiftLost:
			x.noShiftLost(&f, f.recordsOf(first, end))
		case noSickness:
			// only leave, other absence or a part day worked: nothing to keep
		}
		first = end
	}
	if len(emp.OtherWork) > 0 {
		h.OtherWork = otherWorkOf(&h)
	}
	if len(emp.FertilityTreatments) > 0 {
		h.Protected = protectedOf(&h)
		x.fertility()
	}
	if f.cut {
		h.AtWork = atWorkOf(&h)
		h.SicknessOnLeave = f.onLeaveOf(&h)
		for k := range h.Episodes {
			ep := &h.Episodes[k]
			var more []Finding
			for _, a := range h.AtWork {
				if slices.Contains(ep.Records, a.Record) {
					more = append(more, a.Finding)
				}
			}
			for _, x := range h.SicknessOnLeave {
				if slices.Contains(ep.Records, x.Sickness) && x.Period.Overlaps(ep.Period) {
					more = append(more, x.Findings...)
				}
			}
			ep.Findings = slices.Insert(ep.Findings, len(ep.Findings)-1, more...) // before ABS-1's
		}
	}
	return h, nil
}

// halfWorked reports whether a part day counts as worked: not a sickness day
// for triggers (ABS-3). Half or more worked, or sent home, is worked; exactly
// half follows p.ExactlyHalf.
func (p Policy) halfWorked(pd PartDay, shift decimal.Decimal) bool {
	if pd.SentHome {
		return true
	}
	switch cmpTwice(pd.Worked, shift) {
	case 1:
		return true
	case -1:
		return false
	}
	return p.ExactlyHalf == HalfWorked
}

// An explainer turns the facts a former found about a spell into an
// Episode of its History, with the findings that explain it.
type explainer struct {
	h           *History
	short, long string // the end of the ABS-1 finding, after the number of days
}

// episode appends the episode of spell (record indexes in date order), whose
// facts f has just worked out.
func (x *explainer) episode(f *former, spell []int) {
	h := x.h
	sched := h.Employee.Schedule
	bounds := f.bounds
	ep := Episode{Period: bounds, CalendarDays: bounds.Days()}
	ep.LongTerm = ep.CalendarDays >= h.Policy.LongTermDays
	var findings []Finding
	for _, i := range spell {
		r := &h.Records[i]
		if !r.IsSickness() {
			continue
		}
		if !slices.Contains(ep.Reasons, r.Reason) {
			ep.Reasons = append(ep.Reasons, r.Reason)
		}
		if r.PartDay != nil {
			findings = append(findings, partDayFinding(h.PartDays, i))
		}
		if r.Reason == OccupationalInfection {
			if _, _, excluded := h.Policy.excluded(r); !excluded {
				findings = append(findings, Finding{ruleInfection, h.Policy.infectionCounts(r)})
			}
		}
	}
	ep.Records = append(ep.Records, spell...) // the records with a piece in bounds
	// Most episodes have one run in each view: one allocation for both.
	var trig, pay []Period
	if n := len(f.trig) + len(f.pay); n > 0 {
		runs := make([]Period, 0, n)
		runs = append(append(runs, f.trig...), f.pay...)
		trig, pay = runs[:len(f.trig):len(f.trig)], runs[len(f.trig):]
	}
	if len(trig) == 0 {
		trig = nil
	}
	if len(pay) == 0 {
		pay = nil
	}
	var excluded []Exclusion
	if len(f.excluded) > 0 {
		excluded = slices.Clone(f.excluded)
	}
	tv := TriggerView{Counted: trig, Excluded: excluded, Hours: decimal.Zero}
	if len(trig) > 0 {
		tv.Span = Period{trig[0].Start, trig[len(trig)-1].End}
		tv.CalendarDays = tv.Span.Days()
		for _, p := range trig {
			tv.CountedDays += p.Days()
			tv.WorkingDays += sched.ScheduledDays(p)
			if hours := sched.ScheduledHours(p); tv.Hours.IsZero() {
				tv.Hours = hours // what Zero.Add(hours) gives, without allocating
			} else {
				tv.Hours = tv.Hours.Add(hours)
			}
		}
	}
	pv := PayView{Days: pay}
	if len(pay) > 0 {
		pv.Span = Period{pay[0].Start, pay[len(pay)-1].End}
		for _, p := range pay {
			pv.WorkingDays += sched.ScheduledDays(p)
		}
	}
	ep.Triggers, ep.Pay = tv, pv

	if len(ep.Records) > 1 {
		findings = append(findings, Finding{ruleEpisode, fmt.Sprintf(
			"%d records from %s to %s form one episode: no scheduled shift was worked between them",
			len(ep.Records), bounds.Start, bounds.End)})
	}
	for _, e := range excluded {
		findings = append(findings, Finding{e.Cause.Rule(), e.text()})
	}
	// Built once per history, not with fmt: this runs for every episode of a workforce.
	term := x.short
	if ep.LongTerm {
		term = x.long
	}
	findings = append(findings, Finding{ruleShortLong, plural(ep.CalendarDays, "calendar day") + ": " + term})
	ep.Findings = findings
	h.Episodes = append(h.Episodes, ep)
}

func partDayFinding(notes []PartDayNote, record int) Finding {
	for _, n := range notes {
		if n.Record != record {
			continue
		}
		switch {
		case n.SentHome:
			return Finding{rulePartDay, fmt.Sprintf("%s: sent home by the manager; not a sickness day for triggers or pay", n.Date)}
		case n.Sickness && n.Worked.Add(n.Worked).Equal(n.Shift):
			return Finding{rulePartDay, fmt.Sprintf("%s: %s of %s worked (exactly half, not more than half under §4.4): a sickness day for triggers, paid as worked", n.Date, n.Worked, hours(n.Shift))}
		case n.Sickness:
			return Finding{rulePartDay, fmt.Sprintf("%s: %s of %s worked (less than half): a sickness day for triggers, paid as worked", n.Date, n.Worked, hours(n.Shift))}
		default:
			return Finding{rulePartDay, fmt.Sprintf("%s: %s of %s worked (half or more): not a sickness day for triggers or pay", n.Date, n.Worked, hours(n.Shift))}
		}
	}
	return Finding{}
}
