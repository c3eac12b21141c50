package triggers

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A Policy holds every number and reading of the trigger points (TRIG-1 …
// TRIG-6, HR14 SAP 1.2 and App 11) that a trust might set differently.
// [HR14] returns the HR14 v16 values; another trust changes fields of that
// value rather than forking code. The zero Policy is not valid: start from
// HR14.
//
// Recording is the recording policy of the absence package (the exactly-half
// part-day reading of ABS-3, the exclusions of ABS-7): a History must be built
// with it, and [New] refuses one built under another.
type Policy struct {
	// ID names the policy these trigger points implement, and its version
	// (HR14 v16 by default): the same as Recording.ID. It changes no rule;
	// results name it ([Policy.Basis]).
	ID absence.PolicyID `json:"id"`

	// Recording is the absence.Policy the History must have been built with:
	// which absences are excluded from triggers, and how a part day on which
	// exactly half the shift was worked is read.
	Recording absence.Policy `json:"recording"`

	TRIG1 EpisodeLimit `json:"trig1"` // 2 episodes in a rolling 6 months
	TRIG2 DayLimit     `json:"trig2"` // 10 working days (pro rata) in a rolling 6 months
	TRIG3 EpisodeLimit `json:"trig3"` // 4 episodes in a rolling 12 months
	TRIG4 DayLimit     `json:"trig4"` // 10 working days (pro rata) in a rolling 12 months
	TRIG5 LengthLimit  `json:"trig5"` // one episode of 28 calendar days or more

	// ProRata says how the day limits of TRIG-2 and TRIG-4 are made pro rata:
	// ByDays (working days against days × FTE, the HR14 default) or ByHours
	// (hours lost against days × standard day hours × FTE, for shift workers).
	ProRata ProRata `json:"proRata"`

	// Counting says how sickness is counted after a formal stage meeting
	// (SAP 1.3–1.5): CountAfterMeeting (only sickness after the meeting date,
	// the default) or CountFullWindow (normal rolling windows, but at least one
	// contributing day after the meeting).
	Counting Counting `json:"counting"`

	// LapseMonths is the number of months after a stage meeting with no
	// trigger activated after which the stage lapses. HR14 sets no lapse: 0,
	// the default, means a stage never lapses.
	LapseMonths int `json:"lapseMonths"`

	// Patterns holds the levels at which the TRIG-6 detectors call a pattern
	// recognisable.
	Patterns PatternPolicy `json:"patterns"`
}

// An EpisodeLimit is a trigger on the number of episodes in a rolling window
// (TRIG-1, TRIG-3): active on a day when at least Episodes episodes have a
// counted day in the window of Months months ending that day.
type EpisodeLimit struct {
	Months   int `json:"months"`   // length of the rolling window, 1 to 120
	Episodes int `json:"episodes"` // threshold, at least 1
}

// A DayLimit is a trigger on the working days lost in a rolling window
// (TRIG-2, TRIG-4).
type DayLimit struct {
	Months int `json:"months"` // length of the rolling window, 1 to 120
	// Days is the threshold in working days for a full-time employee, more
	// than 0 and at most 366. It is made pro rata by [Policy.ProRata]: 10 at
	// FTE 0.6 is 6 working days; 10 at FTE 0.65 is 6.5, so the 7th working day
	// reaches it (comparisons are exact).
	Days decimal.Decimal `json:"days"`
}

// A LengthLimit is the long-episode trigger (TRIG-5).
type LengthLimit struct {
	// Days is the length in calendar days, 1 to 3660 (HR14: 28).
	Days int `json:"days"`
	// Reading says whether an episode of exactly Days calendar days reaches
	// it: AtLeast (SAP 1.2, §4.2: "28 calendar days or more", the default) or
	// MoreThan (App 11: "greater than 4 weeks", so from the 29th day).
	Reading Length `json:"reading"`
	// Months is how long the trigger stays active: while the long episode has
	// a counted day inside the rolling window of Months months (App 11: the
	// trigger points are "in relation to the 12 month rolling period").
	Months int `json:"months"`
	// Measure says which days of an episode make up its length: CountedDays
	// (the calendar days of its counted runs, the default: excluded days add
	// nothing, ABS-7) or CountedSpan (first to last counted day).
	Measure Measure `json:"measure"`
}

// Measure is how the length of an episode is measured for TRIG-5 (ABS-7:
// excluded absences are "excluded from the triggers").
type Measure uint8

// The measures.
const (
	// CountedDays: the number of calendar days in the episode's counted runs
	// (absence.TriggerView.CountedDays; rest days between two counted days
	// stay inside a run). Excluded sickness, leave, medical exclusion and
	// unauthorised days add nothing, though they do not break the episode
	// (ABS-2); TRIG-5 is reached on the counted day that brings the count to
	// the length. The default ("counted-days").
	CountedDays Measure = iota
	// CountedSpan: the calendar days from the first to the last counted day
	// (absence.TriggerView.CalendarDays), days inside it that do not count
	// included; reached on the length-th calendar day when it is counted,
	// otherwise on the day sickness that counts resumes. The reading before
	// issue 14 ("counted-span").
	CountedSpan
)

// Length is the reading of the TRIG-5 length (SAP 1.2 against App 11).
type Length uint8

// The readings.
const (
	AtLeast  Length = iota // 28 or more calendar days (SAP 1.2, §4.2): the default ("at-least")
	MoreThan               // more than 4 weeks (App 11): 29 or more ("more-than")
)

// ProRata is how the working-day limits are made pro rata (TRIG-2, TRIG-4).
type ProRata uint8

// The pro-rata modes.
const (
	ByDays  ProRata = iota // working days lost against days × FTE: the default ("days")
	ByHours                // hours lost against days × standard day hours × FTE ("hours")
)

// Counting is how sickness counts after a formal stage meeting (SAP 1.3:
// "activating a further trigger … following the stage 1 meeting").
type Counting uint8

// The counting modes.
const (
	// CountAfterMeeting counts only sickness on days after the meeting date:
	// the counted days of every episode are cut to those after the meeting.
	// The default ("after-meeting").
	CountAfterMeeting Counting = iota
	// CountFullWindow uses the normal rolling windows, but a trigger is
	// activated only while at least one counted day in its window falls
	// after the meeting, so its activation date is after the meeting
	// ("full-window"). For TRIG-5 the episode must reach its length after the
	// meeting.
	CountFullWindow
)

// A PatternPolicy holds the levels at which the TRIG-6 detectors call a
// pattern recognisable. HR14 leaves recognising a pattern to the manager
// (SAP 1.2, App 11); these are the project's documented defaults, and a
// finding is advice, never an activation.
type PatternPolicy struct {
	// Months is the rolling window of the detectors (except TimeOfYear) and
	// of the Bradford Factor: 12.
	Months int `json:"months"`
	// Touching is the number of episodes in the window that start or end next
	// to a rest day, a bank holiday or annual leave (each counted separately)
	// from which that is recognisable: 3.
	Touching int `json:"touching"`
	// SameWeekday is the number of episodes in the window starting on the same
	// weekday from which that is recognisable: 3.
	SameWeekday int `json:"sameWeekday"`
	// PartDays is the number of part-day notes (ABS-3) in the window from which
	// they are recognisable as accumulating: 3.
	PartDays int `json:"partDays"`
	// TimeOfYear is the recurrence-at-the-same-time-of-year detector.
	TimeOfYear TimeOfYear `json:"timeOfYear"`
	// Bradford is the Bradford Factor score from which it is flagged; 0, the
	// default, reports the figure without flagging it (HR14 does not use it).
	Bradford int `json:"bradford"`
}

// TimeOfYear says when episodes recur at the same time of year: episodes
// starting within Days days of the same date of the year (ignoring the year)
// in at least Years different years, looking back Months months.
type TimeOfYear struct {
	Months int `json:"months"` // look-back: 36
	Days   int `json:"days"`   // width of the time of year, in days: 31
	Years  int `json:"years"`  // distinct years needed: 2
}

// HR14 returns the trigger points of HR14 v16 (SAP 1.2, App 11): 2 episodes or
// 10 working days (pro rata by FTE) in a rolling 6 months; 4 episodes or 10
// working days (pro rata) in a rolling 12 months; an episode of 28 calendar
// days or more (its counted days: excluded days add nothing), active while it
// has a counted day in the rolling 12 months; after a stage meeting only
// sickness after the meeting counts; no lapse; and the project's default
// pattern levels. The recording policy is absence.HR14().
func HR14() Policy {
	return Policy{
		ID:          absence.HR14v16(),
		Recording:   absence.HR14(),
		TRIG1:       EpisodeLimit{Months: 6, Episodes: 2},
		TRIG2:       DayLimit{Months: 6, Days: decimal.NewFromInt(10)},
		TRIG3:       EpisodeLimit{Months: 12, Episodes: 4},
		TRIG4:       DayLimit{Months: 12, Days: decimal.NewFromInt(10)},
		TRIG5:       LengthLimit{Days: 28, Reading: AtLeast, Months: 12, Measure: CountedDays},
		ProRata:     ByDays,
		Counting:    CountAfterMeeting,
		LapseMonths: 0,
		Patterns: PatternPolicy{
			Months:      12,
			Touching:    3,
			SameWeekday: 3,
			PartDays:    3,
			TimeOfYear:  TimeOfYear{Months: 36, Days: 31, Years: 2},
			Bradford:    0,
		},
	}
}

// Limits on policy numbers: wide enough for any trust, narrow enough that
// date arithmetic stays far from overflow.
const (
	maxMonths   = 120
	maxEpisodes = 1000
	maxDays     = 366
	maxLength   = 3660
)

// Validate checks that p is usable, returning an error wrapping
// [ErrInvalidPolicy] (or the absence package's error for Recording) that
// names the field at fault.
func (p Policy) Validate() error {
	if err := p.ID.Validate(); err != nil {
		return idErr(err)
	}
	if err := p.Recording.Validate(); err != nil {
		return err
	}
	if p.ID != p.Recording.ID {
		e := policyErr("Recording.ID", "")
		e.Want = "the same policy as ID"
		return e
	}
	for _, e := range []struct {
		name string
		l    EpisodeLimit
	}{{"TRIG1", p.TRIG1}, {"TRIG3", p.TRIG3}} {
		if !inRange(e.l.Months, 1, maxMonths) {
			return policyErr(e.name+".Months", strconv.Itoa(e.l.Months))
		}
		if !inRange(e.l.Episodes, 1, maxEpisodes) {
			return policyErr(e.name+".Episodes", strconv.Itoa(e.l.Episodes))
		}
	}
	for _, e := range []struct {
		name string
		l    DayLimit
	}{{"TRIG2", p.TRIG2}, {"TRIG4", p.TRIG4}} {
		if !inRange(e.l.Months, 1, maxMonths) {
			return policyErr(e.name+".Months", strconv.Itoa(e.l.Months))
		}
		if !validDays(e.l.Days) {
			return policyErr(e.name+".Days", e.l.Days.String())
		}
	}
	switch {
	case !inRange(p.TRIG5.Days, 1, maxLength):
		return policyErr("TRIG5.Days", strconv.Itoa(p.TRIG5.Days))
	case p.TRIG5.Reading > MoreThan:
		return policyErr("TRIG5.Reading", strconv.Itoa(int(p.TRIG5.Reading)))
	case !inRange(p.TRIG5.Months, 1, maxMonths):
		return policyErr("TRIG5.Months", strconv.Itoa(p.TRIG5.Months))
	case p.TRIG5.Measure > CountedSpan:
		return policyErr("TRIG5.Measure", strconv.Itoa(int(p.TRIG5.Measure)))
	case p.ProRata > ByHours:
		return policyErr("ProRata", strconv.Itoa(int(p.ProRata)))
	case p.Counting > CountFullWindow:
		return policyErr("Counting", strconv.Itoa(int(p.Counting)))
	case !inRange(p.LapseMonths, 0, maxMonths):
		return policyErr("LapseMonths", strconv.Itoa(p.LapseMonths))
	}
	return p.Patterns.validate()
}

func (pp PatternPolicy) validate() error {
	for _, f := range []struct {
		name   string
		v, min int
		max    int
	}{
		{"Patterns.Months", pp.Months, 1, maxMonths},
		{"Patterns.Touching", pp.Touching, 1, maxEpisodes},
		{"Patterns.SameWeekday", pp.SameWeekday, 1, maxEpisodes},
		{"Patterns.PartDays", pp.PartDays, 1, maxEpisodes},
		{"Patterns.TimeOfYear.Months", pp.TimeOfYear.Months, 1, maxMonths},
		{"Patterns.TimeOfYear.Days", pp.TimeOfYear.Days, 1, 183},
		{"Patterns.TimeOfYear.Years", pp.TimeOfYear.Years, 2, 100},
		{"Patterns.Bradford", pp.Bradford, 0, 1 << 30},
	} {
		if !inRange(f.v, f.min, f.max) {
			return policyErr(f.name, strconv.Itoa(f.v))
		}
	}
	return nil
}

func inRange(v, lo, hi int) bool { return v >= lo && v <= hi }

func validDays(d decimal.Decimal) bool {
	return d.IsPositive() && d.LessThanOrEqual(decimal.NewFromInt(maxDays))
}

// length returns the calendar day of an episode on which TRIG-5 is reached:
// the 28th under AtLeast, the 29th under MoreThan (with Days 28).
func (l LengthLimit) length() int {
	if l.Reading == MoreThan {
		return l.Days + 1
	}
	return l.Days
}

var (
	lengthCodes   = [...]string{AtLeast: "at-least", MoreThan: "more-than"}
	proRataCodes  = [...]string{ByDays: "days", ByHours: "hours"}
	countingCodes = [...]string{CountAfterMeeting: "after-meeting", CountFullWindow: "full-window"}
	measureCodes  = [...]string{CountedDays: "counted-days", CountedSpan: "counted-span"}
)

func enumText(codes []string, v uint8, field string) ([]byte, error) {
	if int(v) >= len(codes) {
		return nil, policyErr(field, strconv.Itoa(int(v)))
	}
	return []byte(codes[v]), nil
}

func enumParse(codes []string, b []byte, field string) (uint8, error) {
	for i, c := range codes {
		if c == string(b) {
			return uint8(i), nil
		}
	}
	return 0, codeErr("policy", field, codes)
}

func enumString(codes []string, v uint8, typ string) string {
	if int(v) < len(codes) {
		return codes[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

// String returns "at-least" or "more-than".
func (l Length) String() string { return enumString(lengthCodes[:], uint8(l), "Length") }

// MarshalText implements encoding.TextMarshaler: "at-least" or "more-than".
func (l Length) MarshalText() ([]byte, error) { return enumText(lengthCodes[:], uint8(l), "Reading") }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (l *Length) UnmarshalText(b []byte) error {
	v, err := enumParse(lengthCodes[:], b, "Reading")
	if err != nil {
		return err // the value is left as it was
	}
	*l = Length(v)
	return nil
}

// String returns "days" or "hours".
func (r ProRata) String() string { return enumString(proRataCodes[:], uint8(r), "ProRata") }

// MarshalText implements encoding.TextMarshaler: "days" or "hours".
func (r ProRata) MarshalText() ([]byte, error) { return enumText(proRataCodes[:], uint8(r), "ProRata") }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (r *ProRata) UnmarshalText(b []byte) error {
	v, err := enumParse(proRataCodes[:], b, "ProRata")
	if err != nil {
		return err // the value is left as it was
	}
	*r = ProRata(v)
	return nil
}

// String returns "after-meeting" or "full-window".
func (c Counting) String() string { return enumString(countingCodes[:], uint8(c), "Counting") }

// MarshalText implements encoding.TextMarshaler: "after-meeting" or
// "full-window".
func (c Counting) MarshalText() ([]byte, error) {
	return enumText(countingCodes[:], uint8(c), "Counting")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (c *Counting) UnmarshalText(b []byte) error {
	v, err := enumParse(countingCodes[:], b, "Counting")
	if err != nil {
		return err // the value is left as it was
	}
	*c = Counting(v)
	return nil
}

// String returns "counted-days" or "counted-span".
func (m Measure) String() string { return enumString(measureCodes[:], uint8(m), "Measure") }

// MarshalText implements encoding.TextMarshaler: "counted-days" or
// "counted-span".
func (m Measure) MarshalText() ([]byte, error) {
	return enumText(measureCodes[:], uint8(m), "TRIG5.Measure")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (m *Measure) UnmarshalText(b []byte) error {
	v, err := enumParse(measureCodes[:], b, "TRIG5.Measure")
	if err != nil {
		return err // the value is left as it was
	}
	*m = Measure(v)
	return nil
}

// Equal reports whether p and q hold the same policy: the same name and the
// same numbers and readings. Use it rather than ==, which compares decimal
// fields by pointer.
func (p Policy) Equal(q Policy) bool {
	if !p.Recording.Equal(q.Recording) || !p.TRIG2.Days.Equal(q.TRIG2.Days) || !p.TRIG4.Days.Equal(q.TRIG4.Days) {
		return false
	}
	p.Recording, q.Recording = absence.Policy{}, absence.Policy{}
	p.TRIG2.Days, q.TRIG2.Days = decimal.Decimal{}, decimal.Decimal{}
	p.TRIG4.Days, q.TRIG4.Days = decimal.Decimal{}, decimal.Decimal{}
	return p == q
}

// Knobs lists the settings in which p differs from the library's HR14 v16
// defaults ([HR14]), recording rules included ("recording.exactlyHalf"), by
// their JSON paths in the order of the fields (absence.Differences); nil
// when p has the default settings. The ID is not a setting.
func (p Policy) Knobs() []absence.Knob {
	d := HR14()
	d.ID, d.Recording.ID = p.ID, p.Recording.ID
	if p.Equal(d) {
		return nil
	}
	k, _ := absence.Differences(p, d) // two Policies: the types match
	return k
}

// Basis names what a result worked out under p applied: p's ID, its knobs
// and the library's version. Every Monitor's results carry it
// ([Monitor.Basis]).
func (p Policy) Basis() absence.Basis {
	return absence.Basis{Policy: p.ID, Knobs: p.Knobs(), Library: absence.LibraryVersion}
}
