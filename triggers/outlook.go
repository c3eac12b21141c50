package triggers

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// An Outlook is the forward calendar of an employee's trigger points: for
// each day after a date, whether one more day of sickness on that day would
// activate each of them — "from 1 Dec to 8 Mar one more day of sickness
// activates TRIG-1; from 9 Mar it does not". It is the "why not yet, and
// until when" of the return-to-work interview (SAP 1.1: employees are made
// aware of the trigger points there). See [Monitor.Outlook].
type Outlook struct {
	// AsOf is the day the question is asked: the history is taken as
	// recorded, with no more absence after it than its records hold.
	AsOf absence.Date `json:"asOf"`
	// Days are the days asked about: the day after AsOf to AsOf plus the
	// months asked for.
	Days     absence.Period `json:"days"`
	Meeting  absence.Date   `json:"meeting"`  // the stage meeting counted from; zero if none
	Counting Counting       `json:"counting"` // how sickness after the meeting counts
	Points   []PointOutlook `json:"points"`   // TRIG-1 … TRIG-5, in order
	// Basis names the policy applied, its changed settings and the
	// library's version ([Monitor.Basis]).
	Basis absence.Basis `json:"basis"`
}

// A PointOutlook is the forward calendar of one trigger point.
type PointOutlook struct {
	Trigger Trigger      `json:"trigger"` // TRIG-1 … TRIG-5
	Rule    absence.Rule `json:"rule"`    // the rule ID and clause (Policy.Rule)
	// Ranges are the days of Outlook.Days the employee is scheduled to work,
	// in stretches with the same answer, in date order; each runs from its
	// first scheduled day to its last. Days the employee is not scheduled to
	// work are not asked about: they lie between two ranges or inside one.
	Ranges []Range `json:"ranges"`
}

// A Range is a stretch of days with the same answer.
type Range struct {
	Days   absence.Period `json:"days"`   // its first and last scheduled day
	Answer Answer         `json:"answer"` // what one more day of sickness on any of them does
}

// An Answer is what one more day of sickness on a day would do to a trigger
// point. The zero Answer is DoesNotActivate.
type Answer uint8

// The answers.
const (
	// DoesNotActivate: the trigger point would not activate on that day
	// ("no").
	DoesNotActivate Answer = iota
	// Activates: the trigger point would activate on that day
	// ("activates").
	Activates
	// KeepsActive: the trigger point would not activate afresh, but would
	// stay active on that day, the day it would otherwise clear: an
	// activation lasts longer ("keeps").
	KeepsActive
	// AlreadyActive: the trigger point is active on that day without it: it
	// has not cleared yet ("active").
	AlreadyActive
	// AlreadyAbsent: a record already covers that day ("absent").
	AlreadyAbsent
	numAnswers
)

var answerCodes = [numAnswers]string{"no", "activates", "keeps", "active", "absent"}

// String returns the answer's code: "no", "activates", "keeps", "active"
// or "absent".
func (a Answer) String() string { return enumString(answerCodes[:], uint8(a), "Answer") }

// MarshalText implements encoding.TextMarshaler: the answer's code.
func (a Answer) MarshalText() ([]byte, error) { return enumText(answerCodes[:], uint8(a), "Answer") }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (a *Answer) UnmarshalText(b []byte) error {
	v, err := enumParse(answerCodes[:], b, "Answer")
	if err != nil {
		return err
	}
	*a = Answer(v)
	return nil
}

// ErrOutlook is the class of an Outlook asked for too few or too many
// months.
const ErrOutlook Error = "the forward calendar covers 1 to 36 months"

// MaxOutlookMonths is the longest forward calendar [Monitor.Outlook] gives.
const MaxOutlookMonths = 36

// The hypothetical absence an Outlook asks about: one day of sickness for a
// reason that every reading of the policy counts.
func outlookDay(d absence.Date) absence.Record {
	return absence.Record{Period: absence.Day(d), Kind: absence.Sickness, Reason: absence.Other}
}

// Outlook returns the forward calendar of m's trigger points for the months
// after asOf: for each day of the next months (1 to [MaxOutlookMonths]) on
// which the employee is scheduled to work, whether one more day of sickness
// on that day — a one-day sickness record, reason Other, and no other
// absence after asOf than the history holds — would activate each trigger
// point, counting as m counts (its policy, reasonable adjustment and stage
// meeting). Its answer for a day is what recording that absence gives: the
// trigger point activates on that day in [Monitor.With]'s timeline
// (Activates), is active on that day continuing an activation that would
// otherwise have cleared that day (KeepsActive), or is not active
// (DoesNotActivate); a trigger point already active that day without it is
// AlreadyActive, a day a record covers AlreadyAbsent.
//
// It does not evaluate the history again for each day: the absence forms
// into episodes with an absence.Extender, which forms again only the spells
// it touches, and the trigger points are swept over the counted runs near
// the day (the windows ending on it and the day before), in memory reused
// from one day to the next. It fails for an invalid date, months out of
// range ([ErrOutlook]), or a Monitor not made by [New] from a History.
func (m *Monitor) Outlook(asOf absence.Date, months int) (Outlook, error) {
	if !asOf.IsValid() {
		return Outlook{}, dateErr("asOf", asOf)
	}
	if months < 1 || months > MaxOutlookMonths {
		return Outlook{}, inputErr("outlook", -1, "months", ErrOutlook, strconv.Itoa(months))
	}
	days := absence.Period{Start: asOf.AddDays(1), End: asOf.AddMonths(months)}
	if !days.End.IsValid() {
		return Outlook{}, dateErr("asOf", asOf)
	}
	emp := m.h.Employee
	x, err := absence.NewExtender(emp, m.h.Records, m.h.Policy)
	if err != nil {
		return Outlook{}, err
	}
	o := Outlook{AsOf: asOf, Days: days, Meeting: m.meeting, Counting: m.pol.Counting, Basis: m.basis}
	for _, t := range Points() {
		o.Points = append(o.Points, PointOutlook{Trigger: t, Rule: m.pol.Rule(t), Ranges: []Range{}})
	}
	f := newForecaster(m, x, days)
	var answers [numTriggers]Answer
	for d := days.Start.UnixDays(); d <= days.End.UnixDays(); d++ {
		if !f.scheduled(d) {
			continue
		}
		if err := f.answer(d, &answers); err != nil {
			return Outlook{}, err
		}
		for i := range o.Points {
			p := &o.Points[i]
			a := answers[p.Trigger]
			if k := len(p.Ranges) - 1; k >= 0 && p.Ranges[k].Answer == a {
				p.Ranges[k].Days.End = date(d)
				continue
			}
			p.Ranges = append(p.Ranges, Range{Days: absence.Day(date(d)), Answer: a})
		}
	}
	return o, nil
}

// A forecaster answers, day after day, what one more day of sickness would
// do: the what-if Monitor w is prepared for each day in the same memory, over
// the counted runs the Extender gives for the history with that day added,
// keeping only the episodes the windows ending on that day or the day
// before can hold.
type forecaster struct {
	m      *Monitor
	x      *absence.Extender
	runs   absence.CountedRuns // the history's counted runs (x.Counted())
	w      Monitor             // the what-if of one day, reused
	wb     base
	months []int // the distinct windows of TRIG-1 … TRIG-5
}

func newForecaster(m *Monitor, x *absence.Extender, days absence.Period) *forecaster {
	f := &forecaster{m: m, x: x, runs: x.Counted()}
	f.wb.memo = newDayMemo(m.pol)
	f.w = Monitor{h: absence.History{Employee: m.h.Employee, Policy: m.h.Policy}, pol: m.pol, adj: m.adj,
		meeting: m.meeting, th: m.th, lim: m.lim, reuse: true, full: &f.wb}
	for _, t := range Points() {
		if mo := m.months(t); !slices.Contains(f.months, mo) {
			f.months = append(f.months, mo)
		}
	}
	// The scheduled days are counted from the earliest window any day asked
	// about can reach to the last day asked about (outside that, the
	// schedule is asked directly).
	first := days.Start
	for _, mo := range f.months {
		if s := absence.RollingWindow(days.Start.AddDays(-1), mo).Start; s.Before(first) {
			first = s
		}
	}
	if len(f.runs.Days) > 0 && f.runs.Days[0][0] < first.UnixDays() {
		first = f.runs.Runs[0].Start
	}
	f.w.days.c.Reset(m.h.Employee.Schedule, first, days.End)
	return f
}

// scheduled reports whether the employee is scheduled to work on day d.
func (f *forecaster) scheduled(d int) bool { return f.w.days.count(d, d) > 0 }

// answer sets out[t], for each trigger point, to what one more day of
// sickness on day d would do.
func (f *forecaster) answer(d int, out *[numTriggers]Answer) error {
	day := date(d)
	if f.x.Covers(day) {
		for _, t := range Points() {
			out[t] = AlreadyAbsent
		}
		return nil
	}
	open := false
	for _, t := range Points() {
		out[t] = DoesNotActivate
		if s, ok := stretchAt(f.m.act[t], d); ok && s.to >= d {
			out[t] = AlreadyActive
			continue
		}
		open = true
	}
	if !open {
		return nil
	}
	c, err := f.x.With(outlookDay(day))
	if err != nil {
		return err
	}
	if unchanged(f.runs, c) {
		return nil // the day adds no counted day: nothing changes
	}
	f.load(d, c)
	f.w.prepare()
	for _, t := range Points() {
		if out[t] == AlreadyActive {
			continue
		}
		if s, ok := stretchAt(f.w.act[t], d); ok && s.to >= d {
			out[t] = KeepsActive
			if s.from == d {
				out[t] = Activates
			}
		}
	}
	return nil
}

// unchanged reports whether c leaves the counted runs as they are.
func unchanged(runs absence.CountedRuns, c absence.Change) bool {
	if c.To-c.From != len(c.Runs.Days) {
		return false
	}
	for i, r := range c.Runs.Days {
		if runs.Days[c.From+i] != r {
			return false
		}
	}
	return true
}

// load makes f.wb the counted runs of the history with the change c (one
// more day of sickness on day d), keeping the episodes with a counted day in
// a window ending on d or the day before: only they can make a trigger point
// active on either day.
func (f *forecaster) load(d int, c absence.Change) {
	cut := d
	for _, mo := range f.months {
		cut = min(cut, f.wb.windowStart(d-1, mo))
	}
	days, eps := f.runs.Days, f.runs.Episodes
	keep := sort.Search(len(days), func(i int) bool { return days[i][1] >= cut })
	for keep > 0 && keep < len(days) && eps[keep-1] == eps[keep] {
		keep-- // the whole episode: its TRIG-5 length runs from its first day
	}
	keep = min(keep, c.From)
	wb := &f.wb
	wb.runs, wb.eps = wb.runs[:0], wb.eps[:0]
	for i := keep; i < c.From; i++ {
		wb.push(days[i][0], days[i][1], eps[i])
	}
	for i, r := range c.Runs.Days {
		wb.push(r[0], r[1], c.Runs.Episodes[i])
	}
	for i := c.To; i < len(days); i++ {
		wb.push(days[i][0], days[i][1], eps[i]+c.Shift)
	}
}

// String returns one line per trigger point (see [PointOutlook.String]).
func (o Outlook) String() string {
	var b strings.Builder
	for i, p := range o.Points {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Explain returns the forward calendar in words, about the employee, with
// long dates and what it assumes, ending with the policy and library it was
// worked out under (Basis).
func (o Outlook) Explain() string {
	var b strings.Builder
	b.WriteString("If the employee were off sick for one more day, on a day they are scheduled to work from " + o.Days.Start.LongDate() +
		" to " + o.Days.End.LongDate() + ", with no other absence after " + o.AsOf.LongDate() + " than is recorded:\n")
	if !o.Meeting.IsZero() {
		if o.Counting == CountAfterMeeting {
			b.WriteString("(counting only sickness after the stage meeting of " + o.Meeting.LongDate() + ")\n")
		} else {
			b.WriteString("(counting the full windows, with sickness after the stage meeting of " + o.Meeting.LongDate() + ")\n")
		}
	}
	for _, p := range o.Points {
		b.WriteString("- " + p.Trigger.String() + ": " + p.clauses(true) + " — " + p.Rule.String() + ".\n")
	}
	writeBasis(&b, o.Basis)
	return b.String()
}

// String says when one more day of sickness would activate the trigger
// point, e.g.
//
//	TRIG-1: from 2026-12-01 to 2027-03-08 one more day of sickness activates it; from 2027-03-09 to 2027-11-30 it does not — TRIG-1 (HR14 SAP 1.2)
func (p PointOutlook) String() string {
	return p.Trigger.String() + ": " + p.clauses(false) + " — " + p.Rule.String()
}

// clauses writes one clause per range, with long dates when long.
func (p PointOutlook) clauses(long bool) string {
	if len(p.Ranges) == 0 {
		return "no day asked about is a scheduled working day"
	}
	var parts []string
	for i, r := range p.Ranges {
		parts = append(parts, r.clause(i == 0, long))
	}
	return strings.Join(parts, "; ")
}

// clause writes the range as "from A to B one more day of sickness
// activates it", or "on A …" for one day; first: the range opens the
// sentence.
func (r Range) clause(first, long bool) string {
	show := absence.Date.String
	if long {
		show = absence.Date.LongDate
	}
	when := "from " + show(r.Days.Start) + " to " + show(r.Days.End)
	if r.Days.Start == r.Days.End {
		when = "on " + show(r.Days.Start)
	}
	switch r.Answer {
	case Activates:
		return when + " one more day of sickness activates it"
	case KeepsActive:
		return when + " one more day of sickness keeps it active (it would otherwise clear)"
	case AlreadyActive:
		return when + " it is active already"
	case AlreadyAbsent:
		return when + " an absence is already recorded"
	default:
		if first {
			return when + " one more day of sickness does not activate it"
		}
		return when + " it does not"
	}
}

// On returns the answer of the range that holds day d (a day the employee
// is not scheduled to work inside a range has its answer), and ok false if
// no range holds d.
func (p PointOutlook) On(d absence.Date) (Answer, bool) {
	i := sort.Search(len(p.Ranges), func(i int) bool { return !p.Ranges[i].Days.End.Before(d) })
	if i == len(p.Ranges) || d.Before(p.Ranges[i].Days.Start) {
		return 0, false
	}
	return p.Ranges[i].Answer, true
}
