package absence

import (
	"strconv"
)

// A Reason is why an employee was absent, from a closed taxonomy: HR14 §5.3.3
// says episodes "should not be recorded as unknown", and the reason decides
// the Occupational Health referral route (ABS-9) and some exclusions (ABS-7).
//
// The zero Reason, ReasonUnknown, is not a valid reason for sickness.
// Reasons are codes, never free text: a host keeps the diagnosis in
// [Record.Diagnosis], which this library never prints.
type Reason uint8

// The reasons. Their text codes (for JSON and case files) are in parentheses.
const (
	ReasonUnknown              Reason = iota // not recorded ("")
	Musculoskeletal                          // musculoskeletal disorder, incl. back problems ("musculoskeletal")
	MentalHealth                             // mental health disorder other than stress ("mental-health")
	Stress                                   // stress ("stress")
	Infection                                // infection not thought occupationally acquired: cold, flu, … ("infection")
	OccupationalInfection                    // illness or infection thought occupationally acquired, e.g. norovirus on the ward (Proc 19) ("occupational-infection")
	SurgeryPlanned                           // planned surgery or treatment (§4.3) ("surgery-planned")
	SurgeryEmergency                         // emergency surgery ("surgery-emergency")
	CosmeticSurgeryRequired                  // cosmetic surgery that is medically required: ordinary sickness (Proc 21) ("cosmetic-required")
	CosmeticSurgeryNotRequired               // cosmetic or private surgery not medically required: annual leave, not sickness (Proc 21) ("cosmetic-not-required")
	PregnancyRelated                         // pregnancy-related sickness (Equality Act 2010) ("pregnancy")
	WorkRelated                              // injury or condition attributable to work (Proc 20) ("work-related")
	Other                                    // any other reason ("other")
	numReasons
)

var reasonCodes = [numReasons]struct{ code, label string }{
	ReasonUnknown:              {"", "Unknown"},
	Musculoskeletal:            {"musculoskeletal", "Musculoskeletal"},
	MentalHealth:               {"mental-health", "Mental health"},
	Stress:                     {"stress", "Stress"},
	Infection:                  {"infection", "Infection"},
	OccupationalInfection:      {"occupational-infection", "Occupationally acquired infection"},
	SurgeryPlanned:             {"surgery-planned", "Planned surgery"},
	SurgeryEmergency:           {"surgery-emergency", "Emergency surgery"},
	CosmeticSurgeryRequired:    {"cosmetic-required", "Medically required cosmetic surgery"},
	CosmeticSurgeryNotRequired: {"cosmetic-not-required", "Cosmetic surgery (not medically required)"},
	PregnancyRelated:           {"pregnancy", "Pregnancy-related"},
	WorkRelated:                {"work-related", "Work-related injury or condition"},
	Other:                      {"other", "Other"},
}

// Reasons returns every valid reason, in code order.
func Reasons() []Reason {
	out := make([]Reason, 0, numReasons-1)
	for r := Musculoskeletal; r < numReasons; r++ {
		out = append(out, r)
	}
	return out
}

// IsValid reports whether r is one of the named reasons (not ReasonUnknown).
func (r Reason) IsValid() bool { return r > ReasonUnknown && r < numReasons }

// Code returns the reason's text code, e.g. "mental-health"; "" for
// ReasonUnknown.
func (r Reason) Code() string {
	if r < numReasons {
		return reasonCodes[r].code
	}
	return "reason(" + strconv.Itoa(int(r)) + ")"
}

// String returns a label fit for a letter, e.g. "Mental health".
func (r Reason) String() string {
	if r < numReasons {
		return reasonCodes[r].label
	}
	return "Reason(" + strconv.Itoa(int(r)) + ")"
}

// ParseReason returns the reason with the given text code. An unknown code
// gives an error wrapping [ErrUnknownReason].
func ParseReason(code string) (Reason, error) {
	for r := Musculoskeletal; r < numReasons; r++ {
		if reasonCodes[r].code == code {
			return r, nil
		}
	}
	var codes []string
	for r := Musculoskeletal; r < numReasons; r++ {
		codes = append(codes, reasonCodes[r].code)
	}
	return ReasonUnknown, codeErr("reason", "", ErrUnknownReason, codes)
}

// MarshalText implements encoding.TextMarshaler with the reason's code.
func (r Reason) MarshalText() ([]byte, error) {
	if r >= numReasons {
		return nil, inputErr("reason", -1, "", "", ErrUnknownReason, strconv.Itoa(int(r)))
	}
	return []byte(r.Code()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; the empty text is
// ReasonUnknown.
func (r *Reason) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = ReasonUnknown
		return nil
	}
	v, err := ParseReason(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// A Kind says what sort of absence a [Record] is. Only Sickness, and a
// MedicalSuspension that Occupational Health did not find fit, are sickness;
// the other kinds are recorded so that an episode is not broken by them
// (ABS-2) and so the pay consequences can be worked out.
type Kind uint8

// The kinds of absence. Text codes are in parentheses.
const (
	Sickness          Kind = iota // sickness absence ("sickness")
	MedicalSuspension             // suspension from duty for medical reasons (§4.6): sickness unless OH confirms the employee was fit ("medical-suspension")
	MedicalExclusion              // infection-control exclusion after symptoms end: paid, not sickness (Proc 19, PAY-7) ("medical-exclusion")
	Unauthorised                  // absent without leave after failing to report (Proc 2, Proc 9): not sickness ("unauthorised")
	Leave                         // annual leave or other authorised leave: not sickness, does not break an episode ("leave")
	numKinds
)

var kindCodes = [numKinds]struct{ code, label string }{
	Sickness:          {"sickness", "Sickness"},
	MedicalSuspension: {"medical-suspension", "Medical suspension"},
	MedicalExclusion:  {"medical-exclusion", "Medical exclusion"},
	Unauthorised:      {"unauthorised", "Unauthorised absence"},
	Leave:             {"leave", "Leave"},
}

// IsValid reports whether k is one of the named kinds.
func (k Kind) IsValid() bool { return k < numKinds }

// Code returns the kind's text code, e.g. "medical-exclusion".
func (k Kind) Code() string {
	if k < numKinds {
		return kindCodes[k].code
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// String returns a label such as "Medical exclusion".
func (k Kind) String() string {
	if k < numKinds {
		return kindCodes[k].label
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// ParseKind returns the kind with the given text code; the empty code is
// Sickness. An unknown code gives an error wrapping [ErrUnknownKind].
func ParseKind(code string) (Kind, error) {
	if code == "" {
		return Sickness, nil
	}
	for k := Sickness; k < numKinds; k++ {
		if kindCodes[k].code == code {
			return k, nil
		}
	}
	var codes []string
	for k := Sickness; k < numKinds; k++ {
		codes = append(codes, kindCodes[k].code)
	}
	return Sickness, codeErr("kind", "", ErrUnknownKind, codes)
}

// MarshalText implements encoding.TextMarshaler with the kind's code.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, inputErr("kind", -1, "", "", ErrUnknownKind, strconv.Itoa(int(k)))
	}
	return []byte(k.Code()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// A Specimen is the result of a specimen test for an occupationally acquired
// infection (Proc 19), or what became of the sample.
type Specimen uint8

// The specimen results. Text codes are in parentheses.
const (
	// SpecimenNone: no sample result is recorded (none was asked for, or it
	// is not back yet). It decides nothing: a documented infection-control
	// link alone still excludes the absence ("").
	SpecimenNone Specimen = iota
	// SpecimenNegative: a negative result. Under the default reading
	// (SampleCounts) the absence counts towards triggers whatever else
	// is recorded, a documented link included (Proc 19) ("negative").
	SpecimenNegative
	// SpecimenPositive: a positive result confirmed in writing by the GP:
	// excluded from triggers ("positive").
	SpecimenPositive
	// SpecimenNotProvided: a sample was asked for and the employee did not
	// provide it. Like a negative result, it makes the absence count under
	// the default reading ("not-provided").
	SpecimenNotProvided
	numSpecimens
)

var specimenCodes = [numSpecimens]string{"", "negative", "positive", "not-provided"}

// String returns "none", "negative", "positive" or "not provided".
func (s Specimen) String() string {
	switch s {
	case SpecimenNone:
		return "none"
	case SpecimenNegative, SpecimenPositive:
		return specimenCodes[s]
	case SpecimenNotProvided:
		return "not provided"
	default:
		return "Specimen(" + strconv.Itoa(int(s)) + ")"
	}
}

// countsAgainstLink reports whether the sample, under Proc 19's last
// paragraph, makes the absence count: a negative result, or a sample asked
// for and not provided.
func (s Specimen) countsAgainstLink() bool { return s == SpecimenNegative || s == SpecimenNotProvided }

// MarshalText implements encoding.TextMarshaler: "", "negative", "positive"
// or "not-provided".
func (s Specimen) MarshalText() ([]byte, error) {
	if s >= numSpecimens {
		return nil, inputErr("specimen", -1, "", "", ErrUnknownReason, strconv.Itoa(int(s)))
	}
	return []byte(specimenCodes[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Specimen) UnmarshalText(b []byte) error {
	for v, c := range specimenCodes {
		if c == string(b) {
			*s = Specimen(v)
			return nil
		}
	}
	return codeErr("specimen", "", ErrUnknownReason, specimenCodes[1:])
}
