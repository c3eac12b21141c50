package letters

import (
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// A Timeline is the attendance timeline picture of a case (LET-8): on a
// calendar axis, each absence as a bar (counted, not counted, part day,
// leave), the episodes, the rolling 6- and 12-month windows at a chosen
// date with what they hold and when each episode leaves them, the days
// trigger points activated and cleared, and the formal meetings held.
// [Timeline.SVG] draws it; [Timeline.Text] is its text alternative.
type Timeline struct {
	// Span is the calendar axis: whole months from the first fact shown
	// (or the 12-month window's start) to the last (or At).
	Span absence.Period `json:"span"`
	// At is the date the windows are shown at.
	At       absence.Date      `json:"at"`
	Windows  []TimelineWindow  `json:"windows"`  // the 6- and 12-month windows ending At
	Bars     []TimelineBar     `json:"bars"`     // the absences, in date order
	Episodes []TimelineEpisode `json:"episodes"` // in date order
	Marks    []TimelineMark    `json:"marks"`    // trigger points and meetings, in date order
}

// A TimelineWindow is a rolling window ending at the timeline's date, as
// the trigger policy counts it then (after the stage in effect, TRIG-7).
type TimelineWindow struct {
	Months int            `json:"months"` // 6 or 12
	Period absence.Period `json:"period"`
	// Since is the stage meeting counted from; zero if none.
	Since absence.Date `json:"since,omitempty"`
	// Episodes and Days are what the window holds for the episode and the
	// working-day trigger (Days in Unit: working days or hours).
	Episodes int    `json:"episodes"`
	Days     string `json:"days"`
	Unit     string `json:"unit"`
	// Active are the trigger points active at the date.
	Active []string `json:"active,omitempty"`
	// Leaving are the episodes in the window and the day each leaves it.
	Leaving []TimelineLeaving `json:"leaving,omitempty"`
}

// TimelineLeaving is the day an episode's counted days have all left a
// window: "this absence leaves the window on 9 March".
type TimelineLeaving struct {
	Episode int          `json:"episode"` // its number, from 1
	Leaves  absence.Date `json:"leaves"`
}

// A TimelineBar is a run of days of one absence record drawn alike.
type TimelineBar struct {
	Period absence.Period `json:"period"`
	Kind   BarKind        `json:"kind"`
	Record int            `json:"record"` // its position in the history, from 1
}

// A BarKind says how an absence's days are drawn. Text codes are in
// parentheses.
type BarKind uint8

// The kinds of bar, each told apart in greyscale.
const (
	BarCounted  BarKind = iota + 1 // sickness that counts towards the trigger points: solid black ("counted")
	BarExcluded                    // sickness or absence that does not count (ABS-7, unauthorised, no shift lost): hatched ("not-counted")
	BarPartDay                     // a day worked in part, then home ill (ABS-3): a half-height grey bar ("part-day")
	BarLeave                       // leave: an outline ("leave")
	numBarKinds
)

var barCodes = [numBarKinds]string{"", "counted", "not-counted", "part-day", "leave"}
var barNames = [numBarKinds]string{"", "counted", "not counted", "part day", "leave"}

// String returns the kind in words, e.g. "not counted".
func (k BarKind) String() string {
	if k > 0 && k < numBarKinds {
		return barNames[k]
	}
	return "bar(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the kind's code.
func (k BarKind) MarshalText() ([]byte, error) {
	if k == 0 || k >= numBarKinds {
		return nil, &FieldError{Field: "Bar.Kind", Detail: k.String(), Err: ErrInvalid}
	}
	return []byte(barCodes[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *BarKind) UnmarshalText(b []byte) error {
	for i := BarCounted; i < numBarKinds; i++ {
		if barCodes[i] == string(b) {
			*k = i
			return nil
		}
	}
	return &FieldError{Field: "Bar.Kind", Detail: "expected one of " + join(barCodes[1:]), Err: ErrInvalid}
}

// A TimelineEpisode is an episode of sickness (ABS-2).
type TimelineEpisode struct {
	Number   int            `json:"number"` // from 1
	Period   absence.Period `json:"period"`
	LongTerm bool           `json:"longTerm,omitempty"`
}

// A TimelineMark is a dated marker: a trigger point activated or cleared,
// or a formal meeting held.
type TimelineMark struct {
	Date  absence.Date `json:"date"`
	Kind  MarkKind     `json:"kind"`
	Label string       `json:"label"` // e.g. "TRIG-1", "Stage 1"
	Text  string       `json:"text"`  // in words, for the text alternative
}

// A MarkKind says what a mark is. Text codes are in parentheses.
type MarkKind uint8

// The marks.
const (
	MarkActivated MarkKind = iota + 1 // a trigger point activated: a filled triangle ("activated")
	MarkCleared                       // a trigger point no longer active: an open triangle ("cleared")
	MarkMeeting                       // a formal meeting or hearing held: a diamond ("meeting")
	numMarkKinds
)

var markCodes = [numMarkKinds]string{"", "activated", "cleared", "meeting"}

// String returns the mark's code.
func (k MarkKind) String() string {
	if k > 0 && k < numMarkKinds {
		return markCodes[k]
	}
	return "mark(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the mark's code.
func (k MarkKind) MarshalText() ([]byte, error) {
	if k == 0 || k >= numMarkKinds {
		return nil, &FieldError{Field: "Mark.Kind", Detail: k.String(), Err: ErrInvalid}
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *MarkKind) UnmarshalText(b []byte) error {
	for i := MarkActivated; i < numMarkKinds; i++ {
		if markCodes[i] == string(b) {
			*k = i
			return nil
		}
	}
	return &FieldError{Field: "Mark.Kind", Detail: "expected one of " + join(markCodes[1:]), Err: ErrInvalid}
}

// timeline builds the timeline picture of the case with the windows at at.
func (b *chronicler) timeline(at absence.Date) (Timeline, error) {
	h, asOf := b.h, b.o.AsOf
	t := Timeline{At: at, Windows: []TimelineWindow{}, Bars: []TimelineBar{}, Episodes: []TimelineEpisode{}, Marks: []TimelineMark{}}
	for i, r := range h.Records {
		if r.Period.Start.After(asOf) {
			continue
		}
		t.Bars = append(t.Bars, b.bars(i)...)
	}
	for i, ep := range h.Episodes {
		if ep.Period.Start.After(asOf) {
			continue
		}
		p := ep.Period
		if p.End.After(asOf) {
			p.End = asOf
		}
		t.Episodes = append(t.Episodes, TimelineEpisode{Number: i + 1, Period: p, LongTerm: ep.LongTerm})
	}
	acts, err := b.activations()
	if err != nil {
		return Timeline{}, err
	}
	for _, e := range acts {
		k, verb := MarkActivated, " activated on "
		if e.Kind == EntryTriggerCleared {
			k, verb = MarkCleared, " cleared on "
		}
		t.Marks = append(t.Marks, TimelineMark{Date: e.Date, Kind: k, Label: e.Rule.ID, Text: e.Rule.ID + verb + shortDate(e.Date)})
	}
	for _, m := range b.c.State.Meetings {
		if m.Held.IsValid() && !m.Held.After(asOf) {
			t.Marks = append(t.Marks, TimelineMark{Date: m.Held, Kind: MarkMeeting, Label: meetingLabel(m.Step), Text: m.Step.String() + " held on " + shortDate(m.Held)})
		}
	}
	sortMarks(t.Marks)
	if err := b.windows(&t); err != nil {
		return Timeline{}, err
	}
	t.Span = b.span(t)
	return t, nil
}

// bars returns the bars of record i up to the as-of date.
func (b *chronicler) bars(i int) []TimelineBar {
	h, asOf := b.h, b.o.AsOf
	r := h.Records[i]
	p := r.Period
	if p.End.After(asOf) {
		p.End = asOf
	}
	if !p.IsValid() {
		return nil
	}
	kindOf := func(absence.Date) BarKind { return BarExcluded }
	switch {
	case r.Kind == absence.Leave:
		kindOf = func(absence.Date) BarKind { return BarLeave }
	case r.IsSickness():
		var counted []absence.Period
		for _, ep := range h.Episodes {
			if ep.Period.Overlaps(p) {
				counted = append(counted, ep.Triggers.Counted...)
			}
		}
		part := map[absence.Date]bool{}
		for _, n := range h.PartDays {
			if n.Record == i {
				part[n.Date] = true
			}
		}
		kindOf = func(d absence.Date) BarKind {
			switch {
			case part[d]:
				return BarPartDay
			case inPeriods(counted, d):
				return BarCounted
			default:
				return BarExcluded
			}
		}
	}
	var out []TimelineBar
	for d := range p.All() {
		k := kindOf(d)
		if n := len(out); n > 0 && out[n-1].Kind == k && out[n-1].Period.End.AddDays(1) == d {
			out[n-1].Period.End = d
			continue
		}
		out = append(out, TimelineBar{Period: absence.Day(d), Kind: k, Record: i + 1})
	}
	return out
}

func inPeriods(ps []absence.Period, d absence.Date) bool {
	for _, p := range ps {
		if p.Contains(d) {
			return true
		}
	}
	return false
}

// meetingLabel is a meeting's label on the picture.
func meetingLabel(s stages.Step) string {
	switch s {
	case stages.StepStage1:
		return "Stage 1"
	case stages.StepStage2:
		return "Stage 2"
	case stages.StepStage3:
		return "Hearing"
	case stages.StepIllHealth:
		return "IHR meeting"
	case stages.StepAppeal:
		return "Appeal"
	default:
		return s.String()
	}
}

// sortMarks orders marks by date, activations before clearances before
// meetings on one day.
func sortMarks(ms []TimelineMark) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && (ms[j].Date.Before(ms[j-1].Date) || (ms[j].Date == ms[j-1].Date && ms[j].Kind < ms[j-1].Kind)); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// windows adds the 6- and 12-month windows at t.At, as the trigger policy
// counts them after the stage in effect then (on the day of a stage
// meeting, as the meeting saw them: counted from the stage before).
func (b *chronicler) windows(t *Timeline) error {
	mon := b.c.Monitor
	var since absence.Date
	for _, d := range stageStarts(b.c.State, t.At) {
		if d.Before(t.At) { // on the day of a meeting, what it saw
			since = d
		}
	}
	if !since.IsZero() {
		var err error
		if mon, err = mon.Since(since); err != nil {
			return &CaseError{Detail: "cannot count from " + since.String(), Cause: err}
		}
	}
	room, err := mon.Headroom(t.At)
	if err != nil {
		return &CaseError{Detail: "cannot work out the windows at " + t.At.String(), Cause: err}
	}
	byTrigger := map[triggers.Trigger]triggers.Room{}
	for _, r := range room.Rooms {
		byTrigger[r.Trigger] = r
	}
	for _, pair := range [][2]triggers.Trigger{{triggers.TRIG1, triggers.TRIG2}, {triggers.TRIG3, triggers.TRIG4}} {
		ep, days := byTrigger[pair[0]], byTrigger[pair[1]]
		w := TimelineWindow{Months: ep.Months, Period: ep.Window, Since: since, Episodes: int(ep.Count.IntPart()),
			Days: days.Count.String(), Unit: days.Threshold.Unit.String()}
		for _, r := range []triggers.Room{ep, days} {
			if r.Active {
				w.Active = append(w.Active, r.Trigger.String())
			}
		}
		for _, l := range ep.Leaving {
			w.Leaving = append(w.Leaving, TimelineLeaving{Episode: l.Episode + 1, Leaves: l.Leaves})
		}
		t.Windows = append(t.Windows, w)
	}
	return nil
}

// span returns the axis: whole months from the earliest of the facts shown
// and the 12-month window to the latest of them and At, or the range asked
// for.
func (b *chronicler) span(t Timeline) absence.Period {
	first, last := t.At, t.At
	see := func(d absence.Date) {
		if d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	for _, w := range t.Windows {
		see(w.Period.Start)
	}
	for _, x := range t.Bars {
		see(x.Period.Start)
		see(x.Period.End)
	}
	for _, m := range t.Marks {
		see(m.Date)
	}
	if !b.o.From.IsZero() {
		first = b.o.From
	}
	if !b.o.To.IsZero() {
		last = b.o.To
	}
	first = absence.Date{Year: first.Year, Month: first.Month, Day: 1}
	end := absence.Date{Year: last.Year, Month: last.Month, Day: 1}.AddMonths(1).AddDays(-1)
	return absence.Period{Start: first, End: end}
}

// Text returns the text alternative of the picture, one sentence a line:
// what a screen reader says, and what the text chronology prints.
func (t Timeline) Text() []string {
	out := []string{"Attendance timeline from " + shortDate(t.Span.Start) + " to " + shortDate(t.Span.End) + ", with the rolling windows at " + shortDate(t.At) + "."}
	if len(t.Bars) == 0 {
		out = append(out, "No absences are recorded.")
	} else {
		parts := make([]string, len(t.Bars))
		for i, x := range t.Bars {
			parts[i] = shortPeriod(x.Period) + " " + x.Kind.String()
		}
		out = append(out, "Absences: "+strings.Join(parts, "; ")+".")
	}
	if len(t.Episodes) > 0 {
		parts := make([]string, len(t.Episodes))
		for i, e := range t.Episodes {
			parts[i] = strconv.Itoa(e.Number) + ", " + shortPeriod(e.Period)
			if e.LongTerm {
				parts[i] += " (long term)"
			}
		}
		out = append(out, "Episodes: "+strings.Join(parts, "; ")+".")
	}
	for _, w := range t.Windows {
		s := "The " + strconv.Itoa(w.Months) + "-month window at " + shortDate(t.At) + " runs from " + shortDate(w.Period.Start) + " to " + shortDate(w.Period.End)
		if !w.Since.IsZero() {
			s += ", counting from " + shortDate(w.Since)
		}
		s += ", and holds " + plural(w.Episodes, "episode") + " and " + count1(w.Days, strings.TrimSuffix(w.Unit, "s"))
		if len(w.Active) > 0 {
			s += "; active: " + join(w.Active)
		}
		for _, l := range w.Leaving {
			s += "; episode " + strconv.Itoa(l.Episode) + " leaves it on " + shortDate(l.Leaves)
		}
		out = append(out, s+".")
	}
	var trig, meet []string
	for _, m := range t.Marks {
		if m.Kind == MarkMeeting {
			meet = append(meet, m.Text)
		} else {
			trig = append(trig, m.Text)
		}
	}
	if len(trig) > 0 {
		out = append(out, "Trigger points: "+strings.Join(trig, "; ")+".")
	}
	if len(meet) > 0 {
		out = append(out, "Formal meetings: "+strings.Join(meet, "; ")+".")
	}
	return out
}

// monthLabel writes "Mar", or "Mar 2026" with the year when it is the
// first label of the year.
func monthLabel(d absence.Date, withYear bool) string {
	s := d.Month.String()[:3]
	if withYear {
		s += " " + strconv.Itoa(d.Year)
	}
	return s
}
