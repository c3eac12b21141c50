package triggers

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// A Trigger is one of the HR14 trigger points (SAP 1.2, App 11), numbered as
// in the project's rule catalogue.
type Trigger uint8

// The trigger points. TRIG-6 is advisory: it is never activated automatically
// (see [Monitor.Patterns]).
const (
	TRIG1 Trigger = iota + 1 // episodes in a rolling 6 months (2)
	TRIG2                    // working days lost in a rolling 6 months (10, pro rata)
	TRIG3                    // episodes in a rolling 12 months (4)
	TRIG4                    // working days lost in a rolling 12 months (10, pro rata)
	TRIG5                    // one episode of 28 calendar days or more
	TRIG6                    // a recognisable pattern or trend (manager judgement)
	numTriggers
)

// Points are the automatic trigger points TRIG-1 … TRIG-5, in order: the
// ones [Monitor.Evaluate] checks.
func Points() []Trigger { return []Trigger{TRIG1, TRIG2, TRIG3, TRIG4, TRIG5} }

// IsValid reports whether t is TRIG-1 … TRIG-6.
func (t Trigger) IsValid() bool { return t >= TRIG1 && t < numTriggers }

// String returns the rule ID, e.g. "TRIG-1".
func (t Trigger) String() string {
	if t.IsValid() {
		return "TRIG-" + strconv.Itoa(int(t))
	}
	return "Trigger(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the rule ID.
func (t Trigger) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, inputErr("trigger", -1, "", ErrInvalidPolicy, strconv.Itoa(int(t)))
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts "TRIG-1" …
// "TRIG-6".
func (t *Trigger) UnmarshalText(b []byte) error {
	for v := TRIG1; v < numTriggers; v++ {
		if v.String() == string(b) {
			*t = v
			return nil
		}
	}
	return inputErr("trigger", -1, "", ErrInvalidPolicy, strconv.Quote(clip(string(b))))
}

// Rule returns the rule citation of t under p: TRIG-1 … TRIG-4 are SAP 1.2;
// TRIG-5 is SAP 1.2 ("28 calendar days or more") or App 11 ("greater than 4
// weeks") according to p.TRIG5.Reading; TRIG-6 is SAP 1.2 and App 11.
func (p Policy) Rule(t Trigger) absence.Rule {
	switch {
	case t == TRIG5 && p.TRIG5.Reading == MoreThan:
		return absence.Rule{ID: t.String(), Clause: "HR14 App 11"}
	case t == TRIG6:
		return absence.Rule{ID: t.String(), Clause: "HR14 SAP 1.2, App 11"}
	}
	return absence.Rule{ID: t.String(), Clause: "HR14 SAP 1.2"}
}

// A Unit is what a trigger counts.
type Unit uint8

// The units.
const (
	Episodes     Unit = iota + 1 // episodes of sickness (TRIG-1, TRIG-3)
	WorkingDays                  // scheduled days lost (TRIG-2, TRIG-4, pro rata by FTE)
	Hours                        // scheduled hours lost (TRIG-2, TRIG-4, pro rata by hours)
	CalendarDays                 // calendar days of one episode (TRIG-5)
)

// String returns the unit in words, e.g. "working days".
func (u Unit) String() string {
	switch u {
	case Episodes:
		return "episodes"
	case WorkingDays:
		return "working days"
	case Hours:
		return "hours"
	case CalendarDays:
		return "calendar days"
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// of writes n with the unit, in the singular for "1": "1 episode", "3
// working days", "7.5 hours".
func (u Unit) of(n string) string {
	s := u.String()
	if n == "1" {
		s = s[:len(s)-1]
	}
	return n + " " + s
}

// ruleAdjustment cites raised thresholds as a reasonable adjustment.
var ruleAdjustment = absence.Rule{ID: "TRIG-9", Clause: "Equality Act 2010; HR14 App 3"}

// Citations beyond the trigger points themselves, as they appear in
// explanations.
const (
	citeMeeting = "HR14 SAP 1.3–1.5: the target is not to activate a further trigger following the meeting"
	citeLapse   = "a trust setting: HR14 sets no date after which a stage lapses"
)

// clip shortens an untrusted value so an error message stays one line.
func clip(s string) string {
	const max = 40
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return string(r[:max]) + "…"
}
