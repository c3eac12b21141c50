package payroll

import (
	"errors"
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// A Policy holds every figure and reading of the pay rules (PAY-1 … PAY-14)
// that a trust might set differently: the dated [Parameters] and the knobs.
// [HR14] returns the HR14 v16 values; another trust changes fields of that
// value rather than forking code.
//
// The zero Policy is not valid (it has no parameters): start from HR14.
type Policy struct {
	// ID names the policy these pay rules implement, and its version (HR14
	// v16 by default). It changes no rule; results name it ([Policy.Basis]).
	ID absence.PolicyID `json:"id"`

	// Parameters are the dated figures from outside HR14, each entry with
	// its source ([England] for NHS England).
	Parameters Parameters `json:"parameters"`

	// Months says how months of sick pay become days (PAY-8).
	Months MonthRule `json:"months"`

	// Straddle says what to do with an absence that runs across 6 April
	// 2026, when the SSP rules changed (PAY-8).
	Straddle Straddle `json:"straddle"`

	// PhasedWeeks is the length of a phased return on normal pay, in weeks
	// of 7 days, at least 0 (PAY-2, §22.2, §22.4: 4 weeks).
	PhasedWeeks int `json:"phasedWeeks"`
	// ExtensionWeeks is the most a phased return may be extended by with a
	// physician's advice and Occupational Health's rationale, in weeks, at
	// least 0 (§22.5: 4 weeks).
	ExtensionWeeks int `json:"extensionWeeks"`

	// Draw says which balance pays first for hours not worked in an
	// extended phased return (PAY-2, §22.5).
	Draw Draw `json:"draw"`

	// Injury holds the readings of an Injury Allowance claim (PAY-3,
	// PAY-11, PAY-12).
	Injury InjuryRules `json:"injury"`
}

// HR14 returns the pay rules of HR14 v16 with the NHS England figures of
// [England]: months of sick pay as calendar months, a refusal to guess the
// SSP transition of 6 April 2026, a 4-week phased return extendable by 4
// weeks, drawn from annual leave before lieu time. (The allowance of 3
// appointments a year without payback is absence.Policy's, ABS-7.)
func HR14() Policy {
	return Policy{
		ID:             absence.HR14v16(),
		Parameters:     England(),
		Months:         CalendarMonths,
		Straddle:       StraddleRefuse,
		PhasedWeeks:    4,
		ExtensionWeeks: 4,
		Draw:           LeaveFirst,
		Injury:         HR14Injury(),
	}
}

// Validate checks that p is usable: valid tables, known knobs and sensible
// numbers. Failures wrap [ErrInvalidPolicy] or [ErrInvalidTable].
func (p Policy) Validate() error {
	if err := p.ID.Validate(); err != nil {
		e := inputErr("policy", -1, "ID", ErrInvalidPolicy, "")
		var ae *absence.InputError
		if errors.As(err, &ae) {
			e.Field, e.Want = ae.Field, ae.Want
		}
		return e
	}
	if err := p.Parameters.Validate(); err != nil {
		return err
	}
	switch {
	case p.Months > WorkingDayMonths:
		return inputErr("policy", -1, "Months", ErrInvalidPolicy, p.Months.String())
	case p.Straddle > StraddleByDay:
		return inputErr("policy", -1, "Straddle", ErrInvalidPolicy, p.Straddle.String())
	case p.Draw > LieuFirst:
		return inputErr("policy", -1, "Draw", ErrInvalidPolicy, p.Draw.String())
	case p.PhasedWeeks < 0:
		return inputErr("policy", -1, "PhasedWeeks", ErrInvalidPolicy, strconv.Itoa(p.PhasedWeeks))
	case p.ExtensionWeeks < 0:
		return inputErr("policy", -1, "ExtensionWeeks", ErrInvalidPolicy, strconv.Itoa(p.ExtensionWeeks))
	}
	return p.Injury.validate()
}

// A MonthRule says how the months of the Section 14 scale become days of sick
// pay. Section 14 does not say how; the plain reading is the default.
type MonthRule uint8

// The month rules. Text codes are in parentheses.
const (
	// CalendarMonths counts calendar months from the first day of sick pay:
	// N months' full pay is every calendar day from the first day of the
	// absence up to the same day N months later, and the half-pay months
	// follow on. The allowance and the sick pay already paid are counted in
	// calendar days. The default ("calendar-months").
	CalendarMonths MonthRule = iota
	// ThirtyDayMonths counts a month as 30 calendar days ("30-days").
	ThirtyDayMonths
	// WorkingDayMonths counts a month as the employee's scheduled days in
	// the calendar month from the first day of the absence; only scheduled
	// days use the allowance (and only the scheduled days of earlier sick
	// pay are deducted), and a day off takes the rate of the allowance
	// then running ("working-days").
	WorkingDayMonths
)

func monthRuleCodes() []string { return []string{"calendar-months", "30-days", "working-days"} }

// String returns the rule's text code.
func (m MonthRule) String() string { return enumString("MonthRule", monthRuleCodes(), uint8(m)) }

// MarshalText implements encoding.TextMarshaler.
func (m MonthRule) MarshalText() ([]byte, error) {
	return enumText("month rule", monthRuleCodes(), uint8(m))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (m *MonthRule) UnmarshalText(b []byte) error {
	v, err := enumParse("month rule", monthRuleCodes(), b)
	if err == nil {
		*m = MonthRule(v)
	}
	return err
}

// A Straddle says how SSP treats a run of incapacity that includes both 5 and
// 6 April 2026, when the rules changed. Transitional rules govern such a
// run, and GOV.UK's SSP calculator declines it.
type Straddle uint8

// The straddle rules. Text codes are in parentheses.
const (
	// StraddleRefuse returns an error wrapping [ErrStraddle]: the host must
	// decide the transitional rule. The default ("refuse").
	StraddleRefuse Straddle = iota
	// StraddleByDay applies to each day the rules in force on it: waiting
	// days and the earnings test only before 6 April 2026, the 80% cap only
	// from then. The run is a period of incapacity if it is long enough
	// under the rules in force on its last day ("by-day"). UNCONFIRMED
	// against the transitional provisions: a host choice, not a default.
	StraddleByDay
)

func straddleCodes() []string { return []string{"refuse", "by-day"} }

// String returns the rule's text code.
func (s Straddle) String() string { return enumString("Straddle", straddleCodes(), uint8(s)) }

// MarshalText implements encoding.TextMarshaler.
func (s Straddle) MarshalText() ([]byte, error) {
	return enumText("straddle rule", straddleCodes(), uint8(s))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (s *Straddle) UnmarshalText(b []byte) error {
	v, err := enumParse("straddle rule", straddleCodes(), b)
	if err == nil {
		*s = Straddle(v)
	}
	return err
}

// A Draw says which balance pays first for the hours not worked in an
// extended phased return (§22.5: "annual leave outstanding for the current
// leave year and/or any lieu time").
type Draw uint8

// The draw orders. Text codes are in parentheses.
const (
	LeaveFirst Draw = iota // annual leave, then lieu time: the order §22.5 names them ("leave-first")
	LieuFirst              // lieu time, then annual leave ("lieu-first")
)

func drawCodes() []string { return []string{"leave-first", "lieu-first"} }

// String returns the order's text code.
func (d Draw) String() string { return enumString("Draw", drawCodes(), uint8(d)) }

// MarshalText implements encoding.TextMarshaler.
func (d Draw) MarshalText() ([]byte, error) { return enumText("draw order", drawCodes(), uint8(d)) }

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (d *Draw) UnmarshalText(b []byte) error {
	v, err := enumParse("draw order", drawCodes(), b)
	if err == nil {
		*d = Draw(v)
	}
	return err
}

// Knobs lists the settings in which p differs from the library's HR14 v16
// defaults ([HR14]), the dated parameters included (a table that differs is
// one setting), by their JSON paths in the order of the fields
// (absence.Differences); nil when p has the default settings. The ID is not
// a setting.
func (p Policy) Knobs() []absence.Knob {
	k, _ := absence.Differences(p, HR14()) // two Policies: the types match
	return k
}

// Basis names what a result worked out under p applied: p's ID, its knobs
// and the library's version. SickPay, SSP, Statement and InjuryAllowance
// results carry it.
func (p Policy) Basis() absence.Basis {
	return absence.Basis{Policy: p.ID, Knobs: p.Knobs(), Library: absence.LibraryVersion}
}
