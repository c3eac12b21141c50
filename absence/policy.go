package absence

import "strconv"

// A Policy holds every number and reading of the recording rules (ABS-1 …
// ABS-10) that a trust might set differently. [HR14] returns the HR14 v16
// values; another trust changes fields of that value rather than forking code.
//
// The zero Policy is not valid (it would exclude nothing and have no
// long-term length): start from HR14.
type Policy struct {
	// ExactlyHalf says whether a part day on which exactly half the shift was
	// worked is a sickness day for triggers (ABS-3).
	ExactlyHalf HalfShift `json:"exactlyHalf"`

	// Exclude says which sickness is left out of trigger counts (ABS-7).
	Exclude Exclusions `json:"exclude"`

	// LongTermDays is the calendar length from which an episode is long term
	// (ABS-1, §4.2: 28 or more calendar days).
	LongTermDays int `json:"longTermDays"`
}

// Exclusions says which kinds of sickness absence are excluded from trigger
// counts (ABS-7). Excluded absence is still sickness for pay.
type Exclusions struct {
	// OccupationalInfection excludes an occupationally acquired infection with a
	// documented infection-control link or a GP-confirmed positive specimen
	// (Proc 19). HR14: true.
	OccupationalInfection bool `json:"occupationalInfection"`
	// Disability excludes absences the manager agreed to discount as
	// disability-related (Equality Act 2010; App 3, App 10). HR14: true.
	Disability bool `json:"disability"`
	// Pregnancy excludes pregnancy-related sickness (Equality Act 2010
	// protected period). Beyond the HR14 text; on by default.
	Pregnancy bool `json:"pregnancy"`
}

// HalfShift is the reading of a part day on which exactly half the shift was
// worked (ABS-3).
type HalfShift uint8

// The readings of "exactly half".
const (
	// HalfWorked follows Proc 5 ("after they have done 50% of their shift"):
	// exactly half worked is not a sickness day. The HR14 default.
	HalfWorked HalfShift = iota
	// HalfSickness follows §4.4 ("carried out more than half"): only more than
	// half worked keeps the day off the sickness record, so exactly half is a
	// sickness day for triggers (never for pay).
	HalfSickness
)

// String returns "half-worked" or "half-sickness".
func (h HalfShift) String() string {
	switch h {
	case HalfWorked:
		return "half-worked"
	case HalfSickness:
		return "half-sickness"
	}
	return "HalfShift(" + strconv.Itoa(int(h)) + ")"
}

// HR14 returns the recording rules of HR14 v16: exactly half a shift worked
// is not sickness (Proc 5); occupational infection with evidence, agreed
// disability-related absence and pregnancy-related sickness are excluded from
// triggers; long term from 28 calendar days.
func HR14() Policy {
	return Policy{
		ExactlyHalf: HalfWorked,
		Exclude: Exclusions{
			OccupationalInfection: true,
			Disability:            true,
			Pregnancy:             true,
		},
		LongTermDays: 28,
	}
}

// Validate checks that p is usable, returning an error wrapping
// [ErrInvalidPolicy] that names the field at fault.
func (p Policy) Validate() error {
	switch {
	case p.ExactlyHalf > HalfSickness:
		return inputErr("policy", -1, "", "ExactlyHalf", ErrInvalidPolicy, p.ExactlyHalf.String())
	case p.LongTermDays < 1:
		return inputErr("policy", -1, "", "LongTermDays", ErrInvalidPolicy, strconv.Itoa(p.LongTermDays))
	}
	return nil
}
