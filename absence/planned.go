package absence

import (
	"fmt"
	"strconv"
)

// The citations of ABS-15 and ABS-16.
var (
	rulePlanned  = Rule{"ABS-15", "HR14 §4.3, App 9 (surgery referrals)"}
	ruleTraining = Rule{"ABS-16", "HR14 Proc 10"}
)

// ErrPlanned: a planned absence's record is invalid (ABS-15).
const ErrPlanned Error = "invalid planned absence"

// Planned is what is expected of a planned sickness absence (ABS-15,
// §4.3): a health problem that needs an operation or a treatment programme
// with a recognised period of expected recovery or duration. It holds the
// period, never the procedure.
type Planned struct {
	// RecoveryDays is the expected recovery period, or the treatment
	// programme's duration, in calendar days from the record's first day:
	// 1 to MaxRecordDays.
	RecoveryDays int `json:"recoveryDays"`
	// AdvisedBy is who gave it: Occupational Health (the evidence-based
	// recovery periods of App 9), the treating clinician, or the employee;
	// zero: not recorded.
	AdvisedBy RecoveryAdvice `json:"advisedBy,omitempty"`
}

// RecoveryAdvice is who gave a planned absence's expected recovery period.
// Text codes are in parentheses.
type RecoveryAdvice uint8

// The sources.
const (
	AdviceNotRecorded RecoveryAdvice = iota // ("")
	AdviceOH                                // Occupational Health, on the evidence-based recovery periods (App 9) ("occupational-health")
	AdviceClinician                         // the surgeon, consultant or GP treating the employee ("clinician")
	AdviceEmployee                          // the employee's own estimate ("employee")
	numRecoveryAdvice
)

var recoveryAdviceCodes = [numRecoveryAdvice]string{"", "occupational-health", "clinician", "employee"}
var recoveryAdviceNames = [numRecoveryAdvice]string{"", "Occupational Health", "the treating clinician", "the employee"}

// String returns the source's code.
func (a RecoveryAdvice) String() string {
	return codeText(recoveryAdviceCodes[:], int(a), "RecoveryAdvice")
}

// MarshalText implements encoding.TextMarshaler with the code.
func (a RecoveryAdvice) MarshalText() ([]byte, error) {
	return codeBytes(recoveryAdviceCodes[:], int(a))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *RecoveryAdvice) UnmarshalText(b []byte) error {
	return decodeCode(recoveryAdviceCodes[:], b, "recovery advice", func(v int) { *a = RecoveryAdvice(v) })
}

// validatePlanned checks the record's planned absence (ABS-15) and
// training bookings (ABS-16).
func (r *Record) validatePlanned(i int) error {
	if pl := r.Planned; pl != nil {
		switch {
		case r.Kind != Sickness:
			return inputErr("record", i, r.ID, "Planned", ErrPlanned, "a planned absence is sickness: "+r.Kind.Code())
		case pl.RecoveryDays < 1 || pl.RecoveryDays > MaxRecordDays:
			e := inputErr("record", i, r.ID, "Planned.RecoveryDays", ErrPlanned, numberText(pl.RecoveryDays))
			e.Want = "1 to " + strconv.Itoa(MaxRecordDays) + " calendar days"
			return e
		case pl.AdvisedBy >= numRecoveryAdvice:
			return inputErr("record", i, r.ID, "Planned.AdvisedBy", ErrPlanned, strconv.Itoa(int(pl.AdvisedBy)))
		}
	}
	if len(r.Training) > maxTraining {
		return inputErr("record", i, r.ID, "Training", ErrTraining, "more than "+strconv.Itoa(maxTraining)+" courses")
	}
	for k, tb := range r.Training {
		field := "Training[" + strconv.Itoa(k) + "]"
		switch {
		case !tb.Day.IsValid():
			return inputErr("record", i, r.ID, field+".Day", ErrInvalidDate, tb.Day.String())
		case !r.Period.Contains(tb.Day):
			e := inputErr("record", i, r.ID, field+".Day", ErrTraining, tb.Day.String())
			e.Want = "a day of the absence " + r.Period.String()
			return e
		case !tb.Cancelled.IsZero() && !tb.Cancelled.IsValid():
			return inputErr("record", i, r.ID, field+".Cancelled", ErrInvalidDate, tb.Cancelled.String())
		case !tb.Cancelled.IsZero() && !inYears(tb.Cancelled):
			return inputErr("record", i, r.ID, field+".Cancelled", ErrDateRange, tb.Cancelled.String())
		}
	}
	return nil
}

// numberText writes n, or "" for a number too long to read.
func numberText(n int) string {
	s := strconv.Itoa(n)
	if len(s) > 16 {
		return ""
	}
	return s
}

// A Recovery compares a planned absence with its expected recovery period
// (ABS-15).
type Recovery struct {
	Record int `json:"record"` // the index in the history of the planned record
	// Expected runs from the planned record's first day to the last day of
	// the expected recovery period.
	Expected Period `json:"expected"`
	// Actual runs from the same first day to the last day of the episode
	// known by the evaluation date (that date while it runs on).
	Actual Period `json:"actual"`
	// Over: the episode was over by the evaluation date.
	Over bool `json:"over"`
	// Beyond is the number of days of the absence after the expected
	// recovery period; 0 when it ended within it (or has not passed it).
	Beyond  int     `json:"beyond"`
	Finding Finding `json:"finding"`
}

// Recovery compares each planned record of episode i with its expected
// recovery period as of asOf (ABS-15, §4.3): the absence from the planned
// record's first day to the episode's last day known by then, against the
// days expected. An absence that runs beyond it is a finding for the
// manager to consider an Occupational Health review (App 9: recovery
// periods are norms, and differ for manual work and with complications);
// it is never a trigger or a step of its own. A planned record starting
// after asOf is left out.
//
// It fails with [ErrNoEpisode] for a bad index and [ErrInvalidDate] for an
// invalid asOf.
func (h History) Recovery(i int, asOf Date) ([]Recovery, error) {
	ep, err := h.episode(i)
	if err != nil {
		return nil, err
	}
	if err := checkDate("date", -1, "asOf", asOf); err != nil {
		return nil, err
	}
	var out []Recovery
	for _, ri := range ep.Records {
		r := h.Records[ri]
		if r.Planned == nil || r.Period.Start.After(asOf) {
			continue
		}
		start := r.Period.Start
		x := Recovery{Record: ri, Expected: Period{start, start.AddDays(r.Planned.RecoveryDays - 1)}, Over: h.over(ep, asOf)}
		end := ep.Period.End
		if end.After(asOf) {
			end = asOf
		}
		x.Actual = Period{start, end}
		if end.After(x.Expected.End) {
			x.Beyond = end.DaysSince(x.Expected.End)
		}
		x.Finding = Finding{rulePlanned, recoveryText(x, r.Planned.AdvisedBy)}
		out = append(out, x)
	}
	return out, nil
}

func recoveryText(x Recovery, by RecoveryAdvice) string {
	days := x.Actual.Days()
	expected := fmt.Sprintf("the expected recovery period of %s (to %s", plural(x.Expected.Days(), "day"), x.Expected.End)
	if by != AdviceNotRecorded {
		expected += ", advised by " + recoveryAdviceNames[by]
	}
	expected += ")"
	review := ": recovery periods are norms, which differ for manual work and with complications (App 9); consider whether Occupational Health should review"
	switch {
	case x.Over && x.Beyond == 0:
		return fmt.Sprintf("the planned absence from %s ended on %s after %s, within %s", x.Actual.Start, x.Actual.End, plural(days, "day"), expected)
	case x.Over:
		return fmt.Sprintf("the planned absence from %s ended on %s, %s beyond %s%s", x.Actual.Start, x.Actual.End, plural(x.Beyond, "day"), expected, review)
	case x.Beyond == 0:
		return fmt.Sprintf("the planned absence from %s has lasted %s so far, within %s", x.Actual.Start, plural(days, "day"), expected)
	default:
		return fmt.Sprintf("the planned absence from %s has run %s beyond %s%s", x.Actual.Start, plural(x.Beyond, "day"), expected, review)
	}
}
