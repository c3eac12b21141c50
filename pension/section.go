package pension

import "strconv"

// A Section is a part of the NHS Pension Scheme (England and Wales) with its
// own benefit rules.
type Section uint8

// The sections. Text codes are in parentheses.
const (
	Section1995 Section = iota + 1 // the 1995 Section: final salary, 1/80 and a 3× lump sum, normal pension age 60 ("1995")
	Section2008                    // the 2008 Section: final salary, 1/60, normal pension age 65 ("2008")
	Scheme2015                     // the 2015 Scheme: career average, 1/54, normal pension age = State Pension age or 65 if later ("2015")
)

// String returns "1995 Section", "2008 Section" or "2015 Scheme".
func (s Section) String() string {
	switch s {
	case Section1995:
		return "1995 Section"
	case Section2008:
		return "2008 Section"
	case Scheme2015:
		return "2015 Scheme"
	}
	return "Section(" + strconv.Itoa(int(s)) + ")"
}

// Code returns the text code: "1995", "2008" or "2015".
func (s Section) Code() string {
	switch s {
	case Section1995:
		return "1995"
	case Section2008:
		return "2008"
	case Scheme2015:
		return "2015"
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the section's code.
func (s Section) MarshalText() ([]byte, error) {
	if s.Code() == "" {
		return nil, inputErr("section", "", ErrSection, strconv.Itoa(int(s)))
	}
	return []byte(s.Code()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Section) UnmarshalText(b []byte) error {
	for c := Section1995; c <= Scheme2015; c++ {
		if c.Code() == string(b) {
			*s = c
			return nil
		}
	}
	return codeErr("section", ErrSection, []string{"1995", "2008", "2015"})
}

// A Tier is the level of an ill-health pension (PEN-2, PEN-3).
type Tier uint8

// The tiers. Text codes are in parentheses.
const (
	NoTier Tier = iota // no ill-health pension ("none")
	Tier1              // benefits earned to date, without actuarial reduction ("tier1")
	Tier2              // Tier 1 enhanced by part of the prospective membership to normal pension age ("tier2")
)

// String returns "no ill-health pension", "Tier 1" or "Tier 2".
func (t Tier) String() string {
	switch t {
	case NoTier:
		return "no ill-health pension"
	case Tier1:
		return "Tier 1"
	case Tier2:
		return "Tier 2"
	}
	return "Tier(" + strconv.Itoa(int(t)) + ")"
}

// Code returns the text code: "none", "tier1" or "tier2".
func (t Tier) Code() string {
	switch t {
	case NoTier:
		return "none"
	case Tier1:
		return "tier1"
	case Tier2:
		return "tier2"
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the tier's code.
func (t Tier) MarshalText() ([]byte, error) {
	if t.Code() == "" {
		return nil, inputErr("tier", "", ErrTier, strconv.Itoa(int(t)))
	}
	return []byte(t.Code()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Tier) UnmarshalText(b []byte) error {
	for c := NoTier; c <= Tier2; c++ {
		if c.Code() == string(b) {
			*t = c
			return nil
		}
	}
	return codeErr("tier", ErrTier, []string{"none", "tier1", "tier2"})
}
