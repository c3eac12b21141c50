package absence

import "strconv"

// A Cause says why days inside an episode do not count towards triggers.
type Cause uint8

// The causes. Text codes are in parentheses.
const (
	CauseOccupationalInfection Cause = iota + 1 // occupationally acquired infection with evidence (ABS-7, Proc 19) ("occupational-infection")
	CauseDisability                             // agreed disability-related absence (ABS-7, App 3, App 10) ("disability")
	CausePregnancy                              // pregnancy-related sickness (ABS-7, Equality Act 2010) ("pregnancy")
	CauseFitDuringSuspension                    // medical suspension, OH confirmed fit: not sickness (ABS-7, §4.6) ("fit-during-suspension")
	CauseMedicalExclusion                       // infection-control exclusion: not sickness (ABS-7, Proc 19) ("medical-exclusion")
	CauseUnauthorised                           // unauthorised absence: not sickness (ABS-5, Proc 2) ("unauthorised")
	CauseLeave                                  // leave taken during the absence: not sickness (ABS-8, Proc 15) ("leave")
	CauseFertility                              // sickness in the protected period of fertility treatment (ABS-24, Proc 21) ("fertility-treatment")
	numCauses
)

var causeText = [numCauses]struct {
	code, text string
	rule       Rule
}{
	CauseOccupationalInfection: {"occupational-infection", "occupationally acquired infection", Rule{"ABS-7", "HR14 Proc 19"}},
	CauseDisability:            {"disability", "disability-related absence the manager agreed to discount", Rule{"ABS-7", "HR14 App 3, App 10"}},
	CausePregnancy:             {"pregnancy", "pregnancy-related sickness", Rule{"ABS-7", "Equality Act 2010"}},
	CauseFitDuringSuspension:   {"fit-during-suspension", "medical suspension during which Occupational Health confirmed the employee was fit", Rule{"ABS-7", "HR14 §4.6"}},
	CauseMedicalExclusion:      {"medical-exclusion", "medical exclusion for infection control, with pay, not sick leave", Rule{"ABS-7", "HR14 Proc 19"}},
	CauseUnauthorised:          {"unauthorised", "unauthorised absence, not sickness", Rule{"ABS-5", "HR14 Proc 2, Proc 9"}},
	CauseLeave:                 {"leave", "leave taken during the absence, not sickness", Rule{"ABS-8", "HR14 Proc 15"}},
	CauseFertility:             {"fertility-treatment", "sickness in the protected period of fertility treatment, left out as pregnancy-related sickness is (ABS-7)", Rule{"ABS-24", "HR14 Proc 21; Equality Act 2010 s18"}},
}

// Code returns the cause's text code, e.g. "pregnancy".
func (c Cause) Code() string {
	if c > 0 && c < numCauses {
		return causeText[c].code
	}
	return "cause(" + strconv.Itoa(int(c)) + ")"
}

// String describes the cause in words fit for a letter.
func (c Cause) String() string {
	if c > 0 && c < numCauses {
		return causeText[c].text
	}
	return "Cause(" + strconv.Itoa(int(c)) + ")"
}

// Rule returns the rule that makes days of this cause not count.
func (c Cause) Rule() Rule {
	if c > 0 && c < numCauses {
		return causeText[c].rule
	}
	return Rule{}
}

// MarshalText implements encoding.TextMarshaler with the cause's code.
func (c Cause) MarshalText() ([]byte, error) { return []byte(c.Code()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Cause) UnmarshalText(b []byte) error {
	for v := CauseOccupationalInfection; v < numCauses; v++ {
		if causeText[v].code == string(b) {
			*c = v
			return nil
		}
	}
	var codes []string
	for v := CauseOccupationalInfection; v < numCauses; v++ {
		codes = append(codes, causeText[v].code)
	}
	return codeErr("cause", "", ErrUnknownReason, codes)
}

// An Exclusion is a run of days inside an episode that does not count towards
// triggers, with its cause and the evidence relied on.
type Exclusion struct {
	Period Period `json:"period"`           // the days that do not count, inside the episode
	Record int    `json:"record"`           // index of the record in the input to NewHistory
	Cause  Cause  `json:"cause"`            // why they do not count; Cause.Rule cites the rule
	Detail string `json:"detail,omitempty"` // the evidence, e.g. "documented infection-control link"
}

// String explains the exclusion, e.g. "2026-01-12/2026-01-13 not counted:
// occupationally acquired infection (documented infection-control link) —
// ABS-7 (HR14 Proc 19)".
func (x Exclusion) String() string { return x.text() + " — " + x.Cause.Rule().String() }

// text is the explanation without the rule, for a Finding.
func (x Exclusion) text() string {
	s := x.Period.String() + " not counted: " + x.Cause.String()
	if x.Detail != "" {
		s += " (" + x.Detail + ")"
	}
	return s
}

// excluded reports whether a sickness record is excluded from triggers under
// p, and why (ABS-7). For an occupationally acquired infection (Proc 19) a
// positive specimen excludes it, and so does a documented link unless the
// sample says otherwise: a negative specimen, or a sample asked for and not
// provided, makes it count under the default reading (SampleCounts); under
// LinkPrevails the link still excludes it. The sample decides nothing about
// the other exclusions (disability, pregnancy).
func (p *Policy) excluded(r *Record) (Cause, string, bool) {
	if !r.mayExclude() {
		return 0, "", false
	}
	ev := r.Evidence
	occ := r.Reason == OccupationalInfection && p.Exclude.OccupationalInfection
	switch {
	case occ && ev.InfectionControlLink && !ev.Specimen.countsAgainstLink():
		return CauseOccupationalInfection, linkDetail, true
	case occ && ev.Specimen == SpecimenPositive:
		return CauseOccupationalInfection, "positive specimen confirmed in writing by the GP", true
	case occ && ev.InfectionControlLink && p.Exclude.NegativeSample == LinkPrevails:
		return CauseOccupationalInfection, linkDetail + ", which prevails over the " + sampleText(ev.Specimen) +
			" under this policy's reading of Proc 19", true
	case ev.DisabilityDiscounted && p.Exclude.Disability:
		return CauseDisability, "", true
	case r.Reason == PregnancyRelated && p.Exclude.Pregnancy:
		return CausePregnancy, "", true
	}
	return 0, "", false
}

// mayExclude reports whether some policy may exclude r from the trigger
// counts: every case of [Policy.excluded] needs an occupational infection,
// a pregnancy-related reason or a disability discounted, which few records
// have; the others skip the rest of the checks.
func (r *Record) mayExclude() bool {
	return r.Reason == OccupationalInfection || r.Reason == PregnancyRelated || r.Evidence.DisabilityDiscounted
}

const linkDetail = "link documented at the time by Infection Control or Occupational Health"

// sampleText names a sample that makes an absence count: "negative specimen"
// or "sample asked for and not provided".
func sampleText(s Specimen) string {
	if s == SpecimenNotProvided {
		return "sample asked for and not provided"
	}
	return "negative specimen"
}

// infectionCounts explains why an occupationally acquired infection that p
// does not exclude counts towards triggers (ABS-7, Proc 19), for a finding.
func (p *Policy) infectionCounts(r *Record) string {
	ev := r.Evidence
	s := r.Period.String() + ": occupationally acquired infection, counted towards triggers: "
	switch {
	case !p.Exclude.OccupationalInfection:
		return s + "this policy does not exclude occupational infection"
	case ev.Specimen.countsAgainstLink() && ev.InfectionControlLink:
		return s + "a " + sampleText(ev.Specimen) + " makes the absence count whatever else is recorded, " +
			"the documented infection-control link included (Proc 19: failure to provide a sample or a negative sample " +
			"\"will result in the period of absence being counted towards the triggers\")"
	case ev.Specimen.countsAgainstLink():
		return s + "a " + sampleText(ev.Specimen) + " (Proc 19)"
	}
	return s + "no link documented at the time by Infection Control or Occupational Health and no positive " +
		"specimen confirmed by the GP (Proc 19)"
}

// notSickness returns the cause for a record that is not sickness.
func notSickness(r *Record) Cause {
	switch r.Kind {
	case MedicalSuspension:
		return CauseFitDuringSuspension
	case MedicalExclusion:
		return CauseMedicalExclusion
	case Unauthorised:
		return CauseUnauthorised
	default:
		return CauseLeave
	}
}
