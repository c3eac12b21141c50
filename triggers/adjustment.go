package triggers

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// An Adjustment raises one employee's trigger thresholds as a reasonable
// adjustment (Equality Act 2010; HR14 App 3: "the standards of acceptable
// attendance … may need to be reviewed in view of individual
// circumstances"). Each field replaces the policy's value for that trigger;
// a zero field keeps it. A value may only raise a threshold, never lower it.
//
// Values are in the policy's units: TRIG2 and TRIG4 are full-time working
// days, still made pro rata by the policy (15 days at FTE 0.6 is 9). Every
// explanation of an adjusted trigger says that it was adjusted and from what.
type Adjustment struct {
	// Agreed is the day the adjustment was agreed, for the explanation;
	// optional.
	Agreed absence.Date `json:"agreed"`
	// Reference is the host's reference for the agreement (e.g. a case
	// number), for the explanation; optional, never free text about health.
	Reference string `json:"reference,omitempty"`

	TRIG1 int             `json:"trig1,omitempty"` // episodes in the TRIG-1 window
	TRIG2 decimal.Decimal `json:"trig2"`           // full-time working days in the TRIG-2 window
	TRIG3 int             `json:"trig3,omitempty"` // episodes in the TRIG-3 window
	TRIG4 decimal.Decimal `json:"trig4"`           // full-time working days in the TRIG-4 window
	TRIG5 int             `json:"trig5,omitempty"` // calendar days of one episode
}

// IsZero reports whether a adjusts nothing.
func (a Adjustment) IsZero() bool {
	return a.TRIG1 == 0 && a.TRIG2.IsZero() && a.TRIG3 == 0 && a.TRIG4.IsZero() && a.TRIG5 == 0
}

// Validate checks a against p: every value set must be at least the policy's
// (an error wrapping [ErrAdjustment] otherwise) and within the policy's own
// limits ([ErrInvalidPolicy]).
func (a Adjustment) Validate(p Policy) error {
	if !a.Agreed.IsZero() && !a.Agreed.IsValid() {
		return inputErr("adjustment", -1, "Agreed", ErrInvalidDate, a.Agreed.String())
	}
	for _, e := range []struct {
		name     string
		v, floor int
		max      int
	}{
		{"TRIG1", a.TRIG1, p.TRIG1.Episodes, maxEpisodes},
		{"TRIG3", a.TRIG3, p.TRIG3.Episodes, maxEpisodes},
		{"TRIG5", a.TRIG5, p.TRIG5.Days, maxLength},
	} {
		switch {
		case e.v == 0:
		case e.v < e.floor:
			return inputErr("adjustment", -1, e.name, ErrAdjustment, strconv.Itoa(e.v)+" is below "+strconv.Itoa(e.floor))
		case e.v > e.max:
			return inputErr("adjustment", -1, e.name, ErrInvalidPolicy, strconv.Itoa(e.v))
		}
	}
	for _, e := range []struct {
		name     string
		v, floor decimal.Decimal
	}{{"TRIG2", a.TRIG2, p.TRIG2.Days}, {"TRIG4", a.TRIG4, p.TRIG4.Days}} {
		switch {
		case e.v.IsZero():
		case e.v.LessThan(e.floor):
			return inputErr("adjustment", -1, e.name, ErrAdjustment, e.v.String()+" is below "+e.floor.String())
		case !validDays(e.v):
			return inputErr("adjustment", -1, e.name, ErrInvalidPolicy, e.v.String())
		}
	}
	return nil
}

// describe says where an adjustment came from, e.g. "agreed 2026-01-10, ref
// OH-17".
func (a Adjustment) describe() string {
	s := ""
	if !a.Agreed.IsZero() {
		s = "agreed " + a.Agreed.String()
	}
	if absence.QuoteID(a.Reference) != "" { // a reference, never a sentence
		if s != "" {
			s += ", "
		}
		s += "ref " + a.Reference
	}
	return s
}
