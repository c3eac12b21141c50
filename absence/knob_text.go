package absence

import "strconv"

// The readings of the policy (HalfShift, FitNoteStart, DayBasis,
// SampleReading) marshal as the codes their String methods return, like every
// other code of the package, so a stored Policy says what it means
// ("half-worked") rather than a number.

// MarshalText implements encoding.TextMarshaler: "half-worked" or
// "half-sickness".
func (h HalfShift) MarshalText() ([]byte, error) { return knobText(h, HalfSickness, "ExactlyHalf") }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (h *HalfShift) UnmarshalText(b []byte) error {
	return knobParse(h, HalfSickness, b, "ExactlyHalf")
}

// MarshalText implements encoding.TextMarshaler: "first-day-to-cover" or
// "certificate-start".
func (f FitNoteStart) MarshalText() ([]byte, error) {
	return knobText(f, CertificateStart, "FitNoteFrom")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (f *FitNoteStart) UnmarshalText(b []byte) error {
	return knobParse(f, CertificateStart, b, "FitNoteFrom")
}

// MarshalText implements encoding.TextMarshaler: "scheduled-days" or
// "business-days".
func (d DayBasis) MarshalText() ([]byte, error) { return knobText(d, OnBusinessDays, "StressDays") }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (d *DayBasis) UnmarshalText(b []byte) error {
	return knobParse(d, OnBusinessDays, b, "StressDays")
}

// MarshalText implements encoding.TextMarshaler: "sample-counts" or
// "link-prevails".
func (r SampleReading) MarshalText() ([]byte, error) {
	return knobText(r, LinkPrevails, "Exclude.NegativeSample")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (r *SampleReading) UnmarshalText(b []byte) error {
	return knobParse(r, LinkPrevails, b, "Exclude.NegativeSample")
}

// knob is a reading of the policy: a small enumeration, 0 … last.
type knob interface {
	~uint8
	String() string
}

func knobText[T knob](v, last T, field string) ([]byte, error) {
	if v > last {
		return nil, inputErr("policy", -1, "", field, ErrUnknownCode, strconv.Itoa(int(v)))
	}
	return []byte(v.String()), nil
}

func knobParse[T knob](v *T, last T, b []byte, field string) error {
	for c := T(0); c <= last; c++ {
		if c.String() == string(b) {
			*v = c
			return nil
		}
	}
	var codes []string
	for c := T(0); c <= last; c++ {
		codes = append(codes, c.String())
	}
	return codeErr("policy", field, ErrUnknownCode, codes)
}
