package payroll

import "strconv"

// InjuryRules are the readings of an Injury Allowance claim (PAY-3, PAY-11,
// PAY-12) that a trust might set differently. The zero InjuryRules asks for
// no evidence, expects the incident form on the day of the incident and
// counts the 12 months from the first day of the episode.
type InjuryRules struct {
	// Evidence is what the line manager obtains before deciding a claim
	// (§20's list); the accident report only when an incident is recorded.
	// HR14: the accident report, the Occupational Health report, the job
	// description, the absence record and the employee's statement (§20's
	// supporting evidence is "for example", and the employee's medical
	// evidence is what they have or can reasonably obtain: both are recorded
	// when given, never asked for).
	Evidence []EvidenceKind `json:"evidence"`
	// ReportDays is how many days after the incident the accident/adverse
	// incident form may be completed and still be "completed immediately"
	// (§20), at least 0: HR14, 1 (the same or the next day, for an incident
	// at the end of a shift). A later form gives a finding, never a refusal.
	ReportDays int `json:"reportDays"`
	// WindowFrom says where the 12 months per episode start (PAY-3).
	WindowFrom WindowStart `json:"windowFrom"`
}

// HR14Injury returns the HR14 v16 readings of an Injury Allowance claim
// (see [InjuryRules]).
func HR14Injury() InjuryRules {
	return InjuryRules{
		Evidence:   []EvidenceKind{EvidenceAccidentReport, EvidenceOHReport, EvidenceJobDescription, EvidenceAbsenceRecord, EvidenceStatement},
		ReportDays: 1,
		WindowFrom: FromEpisodeStart,
	}
}

// validate checks the rules, naming the field at fault.
func (r InjuryRules) validate() error {
	for i, k := range r.Evidence {
		if k == 0 || k >= numEvidenceKinds {
			return inputErr("policy", -1, "Injury.Evidence["+strconv.Itoa(i)+"]", ErrInvalidPolicy, strconv.Itoa(int(k)))
		}
	}
	switch {
	case r.ReportDays < 0 || r.ReportDays > 366:
		return inputErr("policy", -1, "Injury.ReportDays", ErrInvalidPolicy, strconv.Itoa(r.ReportDays))
	case r.WindowFrom > FromPaymentStart:
		return inputErr("policy", -1, "Injury.WindowFrom", ErrInvalidPolicy, r.WindowFrom.String())
	}
	return nil
}

// A WindowStart says where Injury Allowance's "up to 12 months per episode"
// (HR14 §20, AfC Section 22) starts when the decision names a day payment
// commences later than the first day of the episode (App 4). Text codes are
// in parentheses.
type WindowStart uint8

// The readings.
const (
	// FromEpisodeStart: the 12 months run from the first day of the episode,
	// so a later commencement shortens the time paid ("episode-start"). The
	// default: §20 limits the allowance "per episode".
	FromEpisodeStart WindowStart = iota
	// FromPaymentStart: the 12 months run from the day payment commences
	// ("payment-start").
	FromPaymentStart
)

func windowStartCodes() []string { return []string{"episode-start", "payment-start"} }

// String returns the reading's text code.
func (w WindowStart) String() string { return enumString("WindowStart", windowStartCodes(), uint8(w)) }

// MarshalText implements encoding.TextMarshaler.
func (w WindowStart) MarshalText() ([]byte, error) {
	return enumText("window start", windowStartCodes(), uint8(w))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (w *WindowStart) UnmarshalText(b []byte) error {
	v, err := enumParse("window start", windowStartCodes(), b)
	if err == nil {
		*w = WindowStart(v)
	}
	return err
}
