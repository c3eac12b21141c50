package triggers

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/absencerules/hr14/absence"
)

// A PatternKind is one of the TRIG-6 detectors.
type PatternKind uint8

// The detectors, in the order [Monitor.Patterns] reports them.
const (
	PatternRestDays     PatternKind = iota + 1 // episodes starting or ending next to a rest day ("rest-days")
	PatternBankHolidays                        // … next to a bank holiday ("bank-holidays")
	PatternLeave                               // … next to annual or other leave ("leave")
	PatternWeekday                             // episodes starting on the same weekday ("weekday")
	PatternTimeOfYear                          // episodes at the same time of year in different years ("time-of-year")
	PatternPartDays                            // part-day notes accumulating (ABS-3) ("part-days")
)

var patternCodes = [...]string{"", "rest-days", "bank-holidays", "leave", "weekday", "time-of-year", "part-days"}

// String returns the detector's code, e.g. "rest-days".
func (k PatternKind) String() string {
	if k >= PatternRestDays && k <= PatternPartDays {
		return patternCodes[k]
	}
	return "PatternKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the detector's code; an
// unknown detector is an error wrapping [ErrInvalidPolicy].
func (k PatternKind) MarshalText() ([]byte, error) {
	if k < PatternRestDays || k > PatternPartDays {
		return nil, inputErr("pattern", -1, "Kind", ErrInvalidPolicy, strconv.Itoa(int(k)))
	}
	return []byte(patternCodes[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: it accepts the codes
// MarshalText writes, so a stored TRIG-6 report decodes.
func (k *PatternKind) UnmarshalText(b []byte) error {
	for v := PatternRestDays; v <= PatternPartDays; v++ {
		if patternCodes[v] == string(b) {
			*k = v
			return nil
		}
	}
	return codeErr("pattern", "Kind", patternCodes[PatternRestDays:PatternPartDays+1])
}

// A Pattern is what one TRIG-6 detector found: how many episodes (or notes)
// show it, against the policy's level for a recognisable pattern, with the
// evidence. A recognisable pattern is advice for the manager's judgement
// (SAP 1.2: "recognisable patterns of absence/trends"), never an activation.
type Pattern struct {
	Kind   PatternKind    `json:"kind"`   // which detector
	Window absence.Period `json:"window"` // the window looked at, ending on the date asked about
	Months int            `json:"months"` // its length in months
	// Count is the number of episodes (part-day notes; distinct years for
	// PatternTimeOfYear) showing the pattern, and Of the number looked at.
	Count int `json:"count"`
	Of    int `json:"of"` // episodes (or notes) with a counted day in the window
	// Level is the policy's level from which the pattern is recognisable.
	Level        int  `json:"level"`
	Recognisable bool `json:"recognisable"` // Count ≥ Level: advice for the manager, never an activation
	// Episodes are the indexes in History.Episodes of the episodes showing
	// it, Spans their counted spans (cut at the date) in the same order.
	Episodes []int            `json:"episodes,omitempty"`
	Spans    []absence.Period `json:"spans,omitempty"` // their counted spans, cut at the date
	// Dates are the part-day notes' days (PatternPartDays).
	Dates []absence.Date `json:"dates,omitempty"`
	// Weekday is the weekday of PatternWeekday.
	Weekday time.Weekday `json:"weekday"`
	// Years are the distinct years of PatternTimeOfYear, and Days the width
	// of its time of year.
	Years []int `json:"years,omitempty"`
	Days  int   `json:"days,omitempty"` // the width of the time of year, in calendar days
}

// Bradford is the Bradford Factor, S² × D, over a rolling window: S the
// episodes with a counted day in it, D the working days lost in it (counted
// scheduled days, cut at the date). HR14 does not use it; it is reported as a
// figure, flagged only if the policy sets a level.
type Bradford struct {
	Window      absence.Period `json:"window"`      // the rolling window, ending on the date asked about
	Months      int            `json:"months"`      // its length in months: 12
	Episodes    int            `json:"episodes"`    // S: episodes with a counted day in the window
	WorkingDays int            `json:"workingDays"` // D: counted scheduled days in the window
	Score       int64          `json:"score"`       // S² × D
	Level       int            `json:"level"`       // 0: reported only
	Flagged     bool           `json:"flagged"`     // Level > 0 and Score ≥ Level
}

// Patterns is the TRIG-6 report as of a date.
type Patterns struct {
	AsOf     absence.Date `json:"asOf"`     // the date asked about; nothing after it is seen
	Rule     absence.Rule `json:"rule"`     // TRIG-6 (SAP 1.2, App 11)
	Findings []Pattern    `json:"findings"` // one per detector, in PatternKind order
	Bradford Bradford     `json:"bradford"` // a reported figure
}

// Patterns runs the TRIG-6 detectors as of asOf over the episodes' counted
// days (ABS-3, ABS-7 applied; every counted day, whatever stage meeting m
// counts from), seeing only days up to asOf:
//
//   - PatternRestDays, PatternBankHolidays, PatternLeave: episodes in the
//     window whose day before the first counted day, or day after the last
//     (when that is before asOf), is a day off in the schedule, a holiday
//     of cal, or inside a Leave record. A day that is a bank holiday counts
//     as a bank holiday only; leave as leave only.
//   - PatternWeekday: episodes in the window whose first counted day falls on
//     the most common weekday.
//   - PatternTimeOfYear: over the longer TimeOfYear look-back, the most
//     distinct years in which an episode started within TimeOfYear.Days
//     consecutive days of the year (29 February counts as 28 February).
//   - PatternPartDays: part-day notes (History.PartDays) in the window,
//     whether or not the day was sickness for triggers.
//
// Each is recognisable when its count reaches the policy's level. It fails
// only for an invalid date.
func (m *Monitor) Patterns(asOf absence.Date, cal absence.Calendar) (Patterns, error) {
	if !asOf.IsValid() {
		return Patterns{}, dateErr("asOf", asOf)
	}
	pp := m.pol.Patterns
	d := asOf.UnixDays()
	out := Patterns{AsOf: asOf, Rule: m.pol.Rule(TRIG6)}
	s := windowStart(d, pp.Months)
	w := period(s, d)
	eps := m.spansIn(s, d)

	touch := [3]Pattern{
		{Kind: PatternRestDays, Level: pp.Touching},
		{Kind: PatternBankHolidays, Level: pp.Touching},
		{Kind: PatternLeave, Level: pp.Touching},
	}
	leave := m.leave()
	for _, e := range eps {
		var hit [3]bool
		for _, x := range []int{e.sp.from - 1, e.sp.to + 1} {
			if x > d {
				continue // not yet known
			}
			day := date(x)
			switch {
			case cal.IsHoliday(day):
				hit[1] = true
			case onLeave(leave, x):
				hit[2] = true
			default:
				if _, ok := m.h.Employee.Schedule.ShiftOn(day); !ok {
					hit[0] = true
				}
			}
		}
		for i := range touch {
			if hit[i] {
				touch[i].add(e)
			}
		}
	}
	for _, p := range touch {
		out.Findings = append(out.Findings, p.finish(w, pp.Months, len(eps)))
	}

	var byDay [7][]spanned
	for _, e := range eps {
		wd := date(e.sp.from).Weekday()
		byDay[wd] = append(byDay[wd], e)
	}
	best := time.Monday
	for _, wd := range []time.Weekday{time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
		if len(byDay[wd]) > len(byDay[best]) {
			best = wd
		}
	}
	same := Pattern{Kind: PatternWeekday, Level: pp.SameWeekday, Weekday: best}
	for _, e := range byDay[best] {
		same.add(e)
	}
	out.Findings = append(out.Findings, same.finish(w, pp.Months, len(eps)))
	out.Findings = append(out.Findings, m.timeOfYear(d))

	notes := Pattern{Kind: PatternPartDays, Level: pp.PartDays}
	for _, n := range m.h.PartDays {
		if w.Contains(n.Date) {
			notes.Dates = append(notes.Dates, n.Date)
		}
	}
	notes.Count = len(notes.Dates)
	out.Findings = append(out.Findings, notes.finish(w, pp.Months, len(notes.Dates)))

	bf := Bradford{Window: w, Months: pp.Months, Episodes: len(eps), Level: pp.Bradford}
	for _, e := range eps {
		for _, r := range m.full.runs[e.first : e.last+1] {
			if from, to := max(int(r.from), s), min(int(r.to), d); from <= to {
				bf.WorkingDays += int(m.days.count(from, to))
			}
		}
	}
	bf.Score = int64(bf.Episodes) * int64(bf.Episodes) * int64(bf.WorkingDays)
	bf.Flagged = bf.Level > 0 && bf.Score >= int64(bf.Level)
	out.Bradford = bf
	return out, nil
}

// spanned is an episode with a counted day in a window and its counted span
// cut at the window's end.
type spanned struct {
	episode     int // index in History.Episodes
	first, last int32
	sp          span
}

// spansIn returns the episodes of the full history with a counted day in
// s..d, in date order.
func (m *Monitor) spansIn(s, d int) []spanned {
	b := m.full
	lo, hi := b.inWindow(s, d)
	var out []spanned
	for i := lo; i < hi; i++ {
		k := int(b.runs[i].ep)
		if len(out) > 0 && out[len(out)-1].episode == b.eps[k].index {
			continue
		}
		sp, _ := b.spanOf(k, d)
		out = append(out, spanned{episode: b.eps[k].index, first: b.eps[k].first, last: b.eps[k].last, sp: sp})
	}
	return out
}

func (p *Pattern) add(e spanned) {
	p.Count++
	p.Episodes = append(p.Episodes, e.episode)
	p.Spans = append(p.Spans, period(e.sp.from, e.sp.to))
}

func (p Pattern) finish(w absence.Period, months, of int) Pattern {
	p.Window, p.Months, p.Of = w, months, of
	p.Recognisable = p.Count >= p.Level
	return p
}

// leave returns the Leave records' periods in date order, as Unix days.
func (m *Monitor) leave() []span {
	var out []span
	for _, r := range m.h.Records {
		if r.Kind == absence.Leave {
			out = append(out, span{r.Period.Start.UnixDays(), r.Period.End.UnixDays()})
		}
	}
	slices.SortFunc(out, func(a, b span) int { return a.from - b.from })
	return out
}

func onLeave(leave []span, x int) bool {
	i := sort.Search(len(leave), func(i int) bool { return leave[i].to >= x })
	return i < len(leave) && leave[i].from <= x
}

// timeOfYear finds the time of year at which episodes started in the most
// distinct years, over the TimeOfYear look-back ending on day d.
func (m *Monitor) timeOfYear(d int) Pattern {
	ty := m.pol.Patterns.TimeOfYear
	s := windowStart(d, ty.Months)
	eps := m.spansIn(s, d)
	type start struct {
		doy, year int // day of a 365-day year, 0-based
		e         spanned
	}
	starts := make([]start, 0, 2*len(eps))
	for _, e := range eps {
		day := date(e.sp.from)
		ref := absence.Date{Year: 2001, Month: day.Month, Day: min(day.Day, absence.DaysIn(2001, day.Month))}
		starts = append(starts, start{ref.UnixDays() - absence.Date{Year: 2001, Month: time.January, Day: 1}.UnixDays(), day.Year, e})
	}
	slices.SortStableFunc(starts, func(a, b start) int { return a.doy - b.doy })
	n := len(starts)
	for i := range n { // the year wraps: December then January
		w := starts[i]
		w.doy += 365
		starts = append(starts, w)
	}
	best := Pattern{Kind: PatternTimeOfYear, Level: ty.Years, Days: ty.Days}
	for i := range n {
		var years []int
		var group []spanned
		for j := i; j < i+n && starts[j].doy-starts[i].doy < ty.Days; j++ {
			if !slices.Contains(years, starts[j].year) {
				years = append(years, starts[j].year)
			}
			group = append(group, starts[j].e)
		}
		if len(years) > best.Count {
			best.Count, best.Years = len(years), years
			best.Episodes, best.Spans = nil, nil
			slices.SortFunc(group, func(a, b spanned) int { return int(a.sp.from - b.sp.from) })
			for _, e := range group {
				best.Episodes = append(best.Episodes, e.episode)
				best.Spans = append(best.Spans, period(e.sp.from, e.sp.to))
			}
		}
	}
	slices.Sort(best.Years)
	return best.finish(period(s, d), ty.Months, len(eps))
}

// Recognisable returns the findings that reached their level.
func (p Patterns) Recognisable() []Pattern {
	var out []Pattern
	for _, f := range p.Findings {
		if f.Recognisable {
			out = append(out, f)
		}
	}
	return out
}

// String returns one line per detector and the Bradford Factor.
func (p Patterns) String() string {
	var b strings.Builder
	for _, f := range p.Findings {
		b.WriteString(f.String() + "\n")
	}
	b.WriteString(p.Bradford.String())
	return b.String()
}

// String explains the finding, e.g.
//
//	3 of 5 episodes in the 12 months 2025-03-03 to 2026-03-02 started on a Monday (5 Jan, 2 Feb, 2 Mar): a recognisable pattern (level 3) for the manager to consider; not an automatic trigger — TRIG-6 (HR14 SAP 1.2, App 11)
func (f Pattern) String() string {
	w := "the " + months(f.Months) + " " + f.Window.Start.String() + " to " + f.Window.End.String()
	long := f.Months > 12
	spans := make([]string, len(f.Spans))
	for i, s := range f.Spans {
		spans[i] = short(s, long)
	}
	list := ""
	if len(spans) > 0 {
		list = " (" + strings.Join(spans, ", ") + ")"
	}
	of := strconv.Itoa(f.Count) + " of " + Episodes.of(strconv.Itoa(f.Of)) + " in " + w
	touch := " start or end next to "
	if f.Count == 1 {
		touch = " starts or ends next to "
	}
	var s string
	switch f.Kind {
	case PatternRestDays:
		s = of + touch + "a rest day" + list
	case PatternBankHolidays:
		s = of + touch + "a bank holiday" + list
	case PatternLeave:
		s = of + touch + "leave" + list
	case PatternWeekday:
		s = of + " started on a " + f.Weekday.String() + list
	case PatternTimeOfYear:
		years := " different years"
		if f.Count == 1 {
			years = " year"
		}
		s = "in " + w + ", episodes started at the same time of year (within " + CalendarDays.of(strconv.Itoa(f.Days)) +
			") in " + strconv.Itoa(f.Count) + years
		if len(f.Years) > 0 {
			ys := make([]string, len(f.Years))
			for i, y := range f.Years {
				ys[i] = strconv.Itoa(y)
			}
			s += " (" + strings.Join(ys, ", ") + ")" + list
		}
	case PatternPartDays:
		dates := make([]string, len(f.Dates))
		for i, d := range f.Dates {
			dates[i] = short(absence.Day(d), long)
		}
		s = strconv.Itoa(f.Count) + " part-day note"
		if f.Count != 1 {
			s += "s"
		}
		s += " in " + w
		if len(dates) > 0 {
			s += " (" + strings.Join(dates, ", ") + ")"
		}
	}
	if f.Recognisable {
		s += ": a recognisable pattern (level " + strconv.Itoa(f.Level) + ") for the manager to consider; not an automatic trigger"
	} else {
		s += ": below the level of " + strconv.Itoa(f.Level) + " for a recognisable pattern"
	}
	return s + " — TRIG-6 (HR14 SAP 1.2, App 11)"
}

// String explains the figure, e.g. "Bradford Factor 2² × 3 = 12 over the 12
// months … (2 episodes, 3 working days lost); a reported figure: HR14 does
// not use it".
func (b Bradford) String() string {
	s := "Bradford Factor " + strconv.Itoa(b.Episodes) + "² × " + strconv.Itoa(b.WorkingDays) + " = " +
		strconv.FormatInt(b.Score, 10) + " over the " + months(b.Months) + " " + b.Window.Start.String() + " to " +
		b.Window.End.String() + " (" + Episodes.of(strconv.Itoa(b.Episodes)) + ", " +
		WorkingDays.of(strconv.Itoa(b.WorkingDays)) + " lost)"
	switch {
	case b.Level == 0:
		return s + "; a reported figure: HR14 does not use it"
	case b.Flagged:
		return s + "; at or above the trust's level of " + strconv.Itoa(b.Level) + ", for the manager to consider"
	}
	return s + "; below the trust's level of " + strconv.Itoa(b.Level)
}
