package absence

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// SickOnLeave is the reading of how sickness during booked annual leave must
// be reported for it to replace the leave (ABS-21). HR14's Proc 15 has the
// heading "sickness occurring during annual leave" and no rule under it; an
// NHS trust's usual rules are one of these.
type SickOnLeave uint8

// The readings.
const (
	// OnLeaveNotified: the sickness replaces the leave when the employee
	// reported it on or before its first day; it is certified as any other
	// sickness (ABS-4). The HR14 default ("notified-first-day").
	OnLeaveNotified SickOnLeave = iota
	// OnLeaveFitNote: as OnLeaveNotified, and only the days a fit note
	// covers, whatever the length of the sickness, replace the leave
	// ("fit-note").
	OnLeaveFitNote
)

// String returns "notified-first-day" or "fit-note".
func (s SickOnLeave) String() string {
	switch s {
	case OnLeaveNotified:
		return "notified-first-day"
	case OnLeaveFitNote:
		return "fit-note"
	}
	return "SickOnLeave(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler: "notified-first-day" or
// "fit-note".
func (s SickOnLeave) MarshalText() ([]byte, error) {
	return knobText(s, OnLeaveFitNote, "SicknessOnLeave")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (s *SickOnLeave) UnmarshalText(b []byte) error {
	return knobParse(s, OnLeaveFitNote, b, "SicknessOnLeave")
}

// notified reports whether sickness record r was reported on or before its
// first day (ABS-21).
func (r *Record) notified() bool {
	return !r.Reported.IsZero() && !DateOf(r.Reported).After(r.Period.Start)
}

// replaced appends to out the days on which sickness record s replaces
// leave record l (ABS-21), as runs in date order: none unless the sickness
// was reported on or before its first day; under OnLeaveFitNote only the
// days a fit note received covers. Days at work (ABS-20) are among them:
// the caller takes them out.
func (f *former) replaced(out [][2]int, s, l int) [][2]int {
	sick := &f.records[s]
	both, ok := sick.Period.Intersect(f.records[l].Period)
	if !ok || !sick.notified() {
		return out
	}
	if f.pol.SicknessOnLeave != OnLeaveFitNote {
		return append(out, unixDays(both))
	}
	n := len(out)
	for c := range sick.Certificates {
		ct := &sick.Certificates[c]
		if ct.Kind != FitNote || ct.Received.IsZero() {
			continue
		}
		if p, ok := ct.Covers.Intersect(both); ok {
			out = append(out, unixDays(p))
		}
	}
	if len(out)-n > 1 {
		slices.SortFunc(out[n:], func(a, b [2]int) int { return a[0] - b[0] })
	}
	return out
}

// SicknessOnLeave is sickness recorded during booked leave (ABS-21, Proc 15,
// Proc 13): one sickness record over one leave record. On the days it
// replaces the leave it is sickness like any other (the episode counts as
// usual) and the leave is re-credited ([History.Recredit]); on the days it
// was not reported as the Trust requires the days stay leave.
type SicknessOnLeave struct {
	Sickness int    `json:"sickness"` // index of the sickness record in the input to NewHistory
	Leave    int    `json:"leave"`    // index of the leave record
	Period   Period `json:"period"`   // the days both records hold
	// Replaced are the days on which sickness replaces the leave, in date
	// order: sickness, and the leave re-credited.
	Replaced []Period `json:"replaced,omitempty"`
	// Kept are the days that stay leave, in date order: the sickness was
	// not reported as the Trust requires (or the employee was at work under
	// a "may be fit" note, ABS-20).
	Kept     []Period  `json:"kept,omitempty"`
	Findings []Finding `json:"findings"`
}

// onLeaveOf explains each sickness record over booked leave (ABS-21) that
// f found, for h.
func (f *former) onLeaveOf(h *History) []SicknessOnLeave {
	var out []SicknessOnLeave
	for _, pr := range f.pairs {
		s, l := pr[0], pr[1]
		sick, leave := &h.Records[s], &h.Records[l]
		both, _ := sick.Period.Intersect(leave.Period)
		x := SicknessOnLeave{Sickness: s, Leave: l, Period: both}
		f.spans = f.replaced(f.spans[:0], s, l)
		f.work = f.atWorkDays(f.work[:0], s)
		f.cuts = f.cuts[:0]
		for _, sp := range f.spans {
			f.cuts = minus(f.cuts, sp, f.work)
		}
		for _, c := range f.cuts {
			x.Replaced = append(x.Replaced, Period{FromUnixDays(c[0]), FromUnixDays(c[1])})
		}
		for _, c := range minus(nil, unixDays(both), f.cuts) {
			x.Kept = append(x.Kept, Period{FromUnixDays(c[0]), FromUnixDays(c[1])})
		}
		x.Findings = onLeaveFindings(h, &x)
		out = append(out, x)
	}
	slices.SortFunc(out, func(a, b SicknessOnLeave) int { return a.Period.Start.Compare(b.Period.Start) })
	return out
}

// onLeaveFindings explains x (ABS-21): which days sickness replaces and
// which stay leave, and Proc 13's ground for withdrawing self-certification,
// which is for HR to consider.
func onLeaveFindings(h *History, x *SicknessOnLeave) []Finding {
	sick, leave := &h.Records[x.Sickness], &h.Records[x.Leave]
	pol := h.Policy
	var out []Finding
	where := fmt.Sprintf("sickness (%s) during booked leave %s (%s)", recordText(x.Sickness, sick), leave.Period, recordText(x.Leave, leave))
	report := "reported on " + DateOf(sick.Reported).String()
	if sick.Reported.IsZero() {
		report = "with no report recorded"
	}
	if len(x.Replaced) > 0 {
		how := "reported on or before its first day, " + sick.Period.Start.String()
		if pol.SicknessOnLeave == OnLeaveFitNote {
			how += ", and covered by a fit note"
		}
		out = append(out, Finding{ruleOnLeave, fmt.Sprintf(
			"%s: %s, %s: sickness replaces the leave on these days. The episode counts like any other; the leave is re-credited, "+
				"except a bank holiday spent sick, which gives no day in lieu (Proc 15)", periodsText(x.Replaced), where, how)})
	}
	if len(x.Kept) > 0 {
		why := "the sickness was not reported on or before its first day, " + sick.Period.Start.String() + ", as the Trust requires (" + report + ")"
		switch {
		case pol.SicknessOnLeave == OnLeaveFitNote && sick.notified():
			why = "no fit note received covers them, and the Trust requires one for sickness during leave, whatever its length"
		case pol.SicknessOnLeave == OnLeaveFitNote:
			why += "; the Trust also requires a fit note for sickness during leave"
		}
		out = append(out, Finding{ruleOnLeave, fmt.Sprintf(
			"%s: %s: the days stay annual leave and are not re-credited: %s. "+
				"The employee may still ask to take the statutory part of the leave at another time (Working Time Regulations 1998): a decision for the manager with HR advice",
			periodsText(x.Kept), where, why)})
	}
	ground := "Proc 13 names sickness during annual leave among the examples of grounds on which the Trust may withdraw the right to self-certify, after advice from HR: for HR to consider; nothing is decided here"
	if d, ok := h.Employee.SelfCertificationOn(sick.Period.Start); ok && d.Withdrawn {
		ground = fmt.Sprintf("Proc 13 names sickness during annual leave among the grounds for withdrawing the right to self-certify; it is already withdrawn (%s)", d)
	}
	out = append(out, Finding{ruleOnLeaveGround, x.Period.String() + ": " + ground})
	return out
}

// recordText names record i for a sentence, from 1, with its ID when it
// has the shape of one, e.g. `record 3 "A2"`.
func recordText(i int, r *Record) string {
	s := "record " + strconv.Itoa(i+1)
	if id := QuoteID(r.ID); id != "" {
		s += " " + id
	}
	return s
}

// periodsText writes runs of days for a sentence, e.g.
// "2026-07-13/2026-07-15 and 2026-07-17".
func periodsText(ps []Period) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.String()
		if p.Start == p.End {
			parts[i] = p.Start.String()
		}
	}
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	s := ""
	for i, p := range parts[:len(parts)-1] {
		if i > 0 {
			s += ", "
		}
		s += p
	}
	return s + " and " + parts[len(parts)-1]
}

// Recredit is the booked leave that sickness replaced (ABS-21), to be given
// back: payroll's LeaveInput.Recredited takes Days.
type Recredit struct {
	// Replaced are the days on which sickness replaced booked leave, in date
	// order.
	Replaced []Period `json:"replaced"`
	// Days is the number of the employee's scheduled days among them that
	// are not bank holidays: the days of leave re-credited.
	Days int `json:"days"`
	// Hours are the scheduled hours of those days.
	Hours decimal.Decimal `json:"hours"`
	// BankHolidays are the bank holidays among them: spent sick, they give
	// no day in lieu and are not re-credited (Proc 15, Agenda for Change
	// 14.9).
	BankHolidays []Holiday `json:"bankHolidays"`
	Findings     []Finding `json:"findings"`
}

// Recredit returns the booked leave that sickness replaced in h (ABS-21):
// the scheduled days among the replaced days, except the bank holidays of
// cal, which stay as Proc 15 has them (no day in lieu).
func (h History) Recredit(cal Calendar) Recredit {
	out := Recredit{Hours: decimal.Zero}
	for _, x := range h.SicknessOnLeave {
		out.Replaced = append(out.Replaced, x.Replaced...)
	}
	slices.SortFunc(out.Replaced, func(a, b Period) int { return a.Start.Compare(b.Start) })
	sched := h.Employee.Schedule
	for _, p := range out.Replaced {
		hols := cal.In(p)
		for d := range p.All() {
			if slices.ContainsFunc(hols, func(x Holiday) bool { return x.Date == d }) {
				continue
			}
			if s, ok := sched.ShiftOn(d); ok {
				out.Days++
				out.Hours = out.Hours.Add(s.Hours)
			}
		}
		out.BankHolidays = append(out.BankHolidays, hols...)
	}
	if len(out.Replaced) == 0 {
		return out
	}
	out.Findings = append(out.Findings, Finding{ruleOnLeave, fmt.Sprintf(
		"%s of booked leave replaced by sickness on %s: re-credited to the employee's annual leave",
		plural(out.Days, "scheduled day"), periodsText(out.Replaced))})
	for _, hol := range out.BankHolidays {
		out.Findings = append(out.Findings, Finding{ruleBankHoliday, fmt.Sprintf(
			"%s (%s) was spent off sick during the booked leave: no additional day off in lieu, and it is not re-credited (Agenda for Change 14.9)",
			hol.Date.LongDate(), hol.Name)})
	}
	return out
}

// Kept returns the days of record i that stand after sickness during booked
// leave (ABS-21) and days at work (ABS-20) took their share: for a leave
// record, its days less those sickness replaced; for a sickness record, its
// days less those that stayed leave and the days at work; for any other
// record, its period. ok is false for a bad index.
func (h History) Kept(i int) (days []Period, ok bool) {
	if i < 0 || i >= len(h.Records) {
		return nil, false
	}
	r := &h.Records[i]
	var cuts [][2]int
	for _, x := range h.SicknessOnLeave {
		switch {
		case r.Kind == Leave && x.Leave == i:
			for _, p := range x.Replaced {
				cuts = append(cuts, unixDays(p))
			}
		case x.Sickness == i:
			for _, p := range x.Kept {
				cuts = append(cuts, unixDays(p))
			}
		}
	}
	for _, a := range h.AtWork {
		if a.Record == i {
			cuts = append(cuts, unixDays(a.Period))
		}
	}
	slices.SortFunc(cuts, func(a, b [2]int) int { return a[0] - b[0] })
	for _, c := range minus(nil, unixDays(r.Period), cuts) {
		days = append(days, Period{FromUnixDays(c[0]), FromUnixDays(c[1])})
	}
	return days, true
}
