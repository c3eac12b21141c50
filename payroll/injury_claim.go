package payroll

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// An InjuryClaim is the record of an Injury Allowance claim as HR14 §20 and
// its App 4 claim form ask for it: the accident or adverse incident and its
// report (PAY-11), the evidence the decision rests on (PAY-11), the line
// manager's decision on attributability and the day payment commences
// (PAY-12), and the state benefits the employee declares (PAY-13), from
// which an overpayment is worked out (PAY-14).
//
// It holds categories, dates and references only: no description of the
// injury or condition. The zero InjuryClaim is a claim just made: no
// incident recorded, no evidence held, no decision, no benefits declared.
type InjuryClaim struct {
	// Incident is the accident or adverse incident the claim arises from;
	// nil for a disease or other health condition with no incident.
	Incident *Incident `json:"incident,omitempty"`
	// Evidence is what has been asked for and what is held to decide the
	// claim (§20's list), in any order; a kind may appear more than once
	// (several accident reports), and it is held when any item of it is.
	Evidence []EvidenceItem `json:"evidence,omitempty"`
	// Decision is the decision on attributability; nil while it is awaited.
	Decision *InjuryDecision `json:"decision,omitempty"`
	// Benefits are the state benefits the employee has declared to the
	// trust: applied for, received or refused, in any order.
	Benefits []BenefitDeclaration `json:"benefits,omitempty"`
}

// An Incident is the accident or adverse incident behind a claim (§20: "an
// accident/adverse incident form is completed immediately after the
// incident").
type Incident struct {
	// Date is the day of the incident. Required.
	Date absence.Date `json:"date"`
	// Report is the reference of the accident/adverse incident form in the
	// trust's reporting system, e.g. "IR-2026-00412": 1 to 40 letters,
	// digits and - / _ . : characters with at least one digit, no spaces
	// (so that no words, which could be a health detail, are taken for a
	// reference). Empty: no form recorded.
	Report string `json:"report,omitempty"`
	// Reported is the day the form was completed, on or after Date; zero:
	// not recorded.
	Reported absence.Date `json:"reported,omitempty"`
}

// An EvidenceKind is one item of the evidence HR14 §20 lists for deciding a
// claim. Text codes are in parentheses.
type EvidenceKind uint8

// The kinds of evidence, in §20's order, then the employee's medical
// evidence (§20, AfC 22.5).
const (
	EvidenceAccidentReport EvidenceKind = iota + 1 // the accident report(s) ("accident-report")
	EvidenceOHReport                               // Occupational Health reports ("oh-report")
	EvidenceJobDescription                         // the job description with the location of work, duties and training records ("job-description")
	EvidenceAbsenceRecord                          // the absence record ("absence-record")
	EvidenceStatement                              // the employee's full statement of events: what they claim for and the circumstances ("employee-statement")
	EvidenceSupporting                             // supporting and corroborating evidence: witness statements, DWP benefit statements, health and safety reports, correspondence ("supporting-evidence")
	EvidenceMedical                                // medical evidence the employee has or can reasonably obtain ("medical-evidence")
	numEvidenceKinds
)

func evidenceCodes() []string {
	return []string{"", "accident-report", "oh-report", "job-description", "absence-record", "employee-statement",
		"supporting-evidence", "medical-evidence"}
}

func evidenceNames() []string {
	return []string{"", "the accident report", "the Occupational Health report", "the job description (location, duties, training records)",
		"the absence record", "the employee's statement of events", "supporting evidence (witness statements, DWP statements, health and safety reports)",
		"the employee's medical evidence"}
}

// String describes the evidence, e.g. "the Occupational Health report".
func (k EvidenceKind) String() string {
	if k > 0 && k < numEvidenceKinds {
		return evidenceNames()[k]
	}
	return enumString("EvidenceKind", nil, uint8(k))
}

// MarshalText implements encoding.TextMarshaler with the kind's code, e.g.
// "oh-report". The zero EvidenceKind has no code.
func (k EvidenceKind) MarshalText() ([]byte, error) {
	if k == 0 {
		return nil, inputErr("evidence kind", -1, "", ErrUnknownCode, "0")
	}
	return enumText("evidence kind", evidenceCodes(), uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error and leaves the value unchanged.
func (k *EvidenceKind) UnmarshalText(b []byte) error {
	v, err := parseInputCode("evidence kind", evidenceCodes(), b)
	if err == nil {
		*k = EvidenceKind(v)
	}
	return err
}

// The evidence the employee provides rather than the line manager (§20:
// "Employees are required to provide all relevant information").
func (k EvidenceKind) fromEmployee() bool { return k == EvidenceStatement || k == EvidenceMedical }

// An EvidenceItem is one item of evidence for a claim: when it was asked for
// and when it was received.
type EvidenceItem struct {
	Kind EvidenceKind `json:"kind"` // required
	// Requested is the day it was asked for; zero: not recorded.
	Requested absence.Date `json:"requested,omitempty"`
	// Received is the day it was received and held, on or after Requested;
	// zero: not held yet.
	Received absence.Date `json:"received,omitempty"`
}

// An InjuryDecision is the decision on an Injury Allowance claim (§20, App
// 4): whether the absence is wholly or mainly attributable to NHS
// employment, decided by the line manager with HR advice, and if it is, the
// day payment commences.
type InjuryDecision struct {
	// Attributable: decided wholly or mainly attributable to NHS employment
	// (AfC 22.4: on the balance of probability). False: decided not.
	Attributable bool `json:"attributable"`
	// By is who decided, as a role (§20: the line manager). Required.
	By Role `json:"by"`
	// Decided is the day of the decision. Required.
	Decided absence.Date `json:"decided"`
	// HRAdvice is the day HR advised on the claim; zero: not recorded.
	HRAdvice absence.Date `json:"hrAdvice,omitempty"`
	// PaymentFrom is the day payment of Injury Allowance commences (App 4:
	// "Payment of IA will commence on"), on or after the first day of the
	// episode; only for an attributable decision. Zero: not recorded, and
	// the allowance is worked out from the first day of the episode.
	PaymentFrom absence.Date `json:"paymentFrom,omitempty"`
	// Disputed is the day the employee said they disagree with the
	// decision, on or after Decided; zero: no disagreement recorded. A
	// disagreement goes to the trust's Grievance and Disputes Policy (§20).
	Disputed absence.Date `json:"disputed,omitempty"`
}

// A Role is who acts on a claim, as a category. The zero Role is not
// recorded. Text codes are in parentheses.
type Role uint8

// The roles.
const (
	RoleLineManager        Role = iota + 1 // the employee's line manager ("line-manager")
	RoleSeniorManager                      // a manager above the line manager, e.g. App 4's divisional authorised signatory ("senior-manager")
	RoleHR                                 // Human Resources ("hr")
	RoleOccupationalHealth                 // Occupational Health ("occupational-health")
	RoleEmployee                           // the employee ("employee")
	RolePayroll                            // the payroll office ("payroll")
	numRoles
)

func roleCodes() []string {
	return []string{"", "line-manager", "senior-manager", "hr", "occupational-health", "employee", "payroll"}
}

func roleNames() []string {
	return []string{"", "line manager", "senior manager", "HR", "Occupational Health", "employee", "payroll"}
}

// String describes the role, e.g. "line manager".
func (r Role) String() string {
	if r > 0 && r < numRoles {
		return roleNames()[r]
	}
	return enumString("Role", nil, uint8(r))
}

// the names the role in a sentence, e.g. "the line manager", "HR".
func (r Role) the() string {
	switch r {
	case RoleLineManager, RoleEmployee:
		return "the " + r.String()
	case RoleSeniorManager:
		return "a " + r.String()
	default: // HR, Occupational Health, payroll: no article
		return r.String()
	}
}

// MarshalText implements encoding.TextMarshaler with the role's code, e.g.
// "line-manager". The zero Role has no code.
func (r Role) MarshalText() ([]byte, error) {
	if r == 0 {
		return nil, inputErr("role", -1, "", ErrUnknownCode, "0")
	}
	return enumText("role", roleCodes(), uint8(r))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error and leaves the value unchanged.
func (r *Role) UnmarshalText(b []byte) error {
	v, err := parseInputCode("role", roleCodes(), b)
	if err == nil {
		*r = Role(v)
	}
	return err
}

// A BenefitDeclaration is a state benefit the employee has told the trust
// about (§20: "both those which are being received and those for which an
// application has been made"). A benefit received is declared with the
// amount and the days it covers; one declaration for each award or
// statement.
type BenefitDeclaration struct {
	Kind   BenefitKind   `json:"kind"`   // required
	Status BenefitStatus `json:"status"` // required
	// Applied is the day the employee applied for the benefit; zero: not
	// recorded.
	Applied absence.Date `json:"applied,omitempty"`
	// Declared is the day the employee told the trust (the payroll office),
	// on or after Applied. Required: it decides which pay periods were paid
	// without knowing of the benefit (PAY-14).
	Declared absence.Date `json:"declared"`
	// Period is the days a benefit received covers, both ends included;
	// only for Received.
	Period absence.Period `json:"period,omitempty"`
	// Amount is the benefit received for Period, £, more than 0; only for
	// Received. It is shared out over pay periods by calendar days.
	Amount decimal.Decimal `json:"amount"`
}

// A BenefitKind says whether a benefit counts in the Injury Allowance. AfC
// Section 22 counts "contributory state benefits"; which benefits those are
// is the host's to say (the national definition is not restated in HR14).
// Text codes are in parentheses.
type BenefitKind uint8

// The kinds of benefit.
const (
	BenefitContributory BenefitKind = iota + 1 // a contributory state benefit, such as new-style Employment and Support Allowance: counted ("contributory")
	BenefitOther                               // any other benefit: recorded as declared, not counted ("other")
	numBenefitKinds
)

func benefitKindCodes() []string { return []string{"", "contributory", "other"} }

// String describes the kind: "contributory benefit" or "other benefit".
func (k BenefitKind) String() string {
	if k > 0 && k < numBenefitKinds {
		return benefitKindCodes()[k] + " benefit"
	}
	return enumString("BenefitKind", nil, uint8(k))
}

// MarshalText implements encoding.TextMarshaler: "contributory" or "other".
func (k BenefitKind) MarshalText() ([]byte, error) {
	if k == 0 {
		return nil, inputErr("benefit kind", -1, "", ErrUnknownCode, "0")
	}
	return enumText("benefit kind", benefitKindCodes(), uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error and leaves the value unchanged.
func (k *BenefitKind) UnmarshalText(b []byte) error {
	v, err := parseInputCode("benefit kind", benefitKindCodes(), b)
	if err == nil {
		*k = BenefitKind(v)
	}
	return err
}

// A BenefitStatus is where a declared benefit stands. Text codes are in
// parentheses.
type BenefitStatus uint8

// The statuses.
const (
	BenefitApplied  BenefitStatus = iota + 1 // applied for, the outcome awaited ("applied")
	BenefitReceived                          // awarded and received: Period and Amount ("received")
	BenefitRefused                           // refused ("refused")
	numBenefitStatuses
)

func benefitStatusCodes() []string { return []string{"", "applied", "received", "refused"} }

// String returns "applied", "received" or "refused".
func (s BenefitStatus) String() string {
	if s > 0 && s < numBenefitStatuses {
		return benefitStatusCodes()[s]
	}
	return enumString("BenefitStatus", nil, uint8(s))
}

// MarshalText implements encoding.TextMarshaler: "applied", "received" or
// "refused".
func (s BenefitStatus) MarshalText() ([]byte, error) {
	if s == 0 {
		return nil, inputErr("benefit status", -1, "", ErrUnknownCode, "0")
	}
	return enumText("benefit status", benefitStatusCodes(), uint8(s))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error and leaves the value unchanged.
func (s *BenefitStatus) UnmarshalText(b []byte) error {
	v, err := parseInputCode("benefit status", benefitStatusCodes(), b)
	if err == nil {
		*s = BenefitStatus(v)
	}
	return err
}

// counted reports whether the declaration is a benefit received that counts
// in the allowance.
func (b BenefitDeclaration) counted() bool {
	return b.Status == BenefitReceived && b.Kind == BenefitContributory
}

// The classes of invalid claim records (they join those of errors.go).
const (
	ErrUnknownCode   Error = "unknown code"
	ErrRequired      Error = "required input missing"
	ErrDateOrder     Error = "dates out of order"
	ErrContradiction Error = "inputs contradict each other"
	ErrReference     Error = "not a reference: 1 to 40 letters, digits and - / _ . : characters with at least one digit, no spaces"
)

// parseInputCode returns the value of an input's text code; codes[0] is the
// zero value's, which is not accepted. The error lists the codes expected
// and never quotes the text given: it may be a health detail typed into a
// code field.
func parseInputCode(name string, codes []string, b []byte) (uint8, error) {
	for v, c := range codes {
		if v > 0 && c == string(b) {
			return uint8(v), nil
		}
	}
	want := ""
	for _, c := range codes[1:] {
		if want != "" {
			want += ", "
		}
		want += c
	}
	return 0, inputErr(name, -1, "", ErrUnknownCode, "expected one of "+want)
}

// isReference reports whether s has the shape of a reference: 1 to 40
// letters, digits and - / _ . : with at least one digit.
func isReference(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	digit := false
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case c == '-', c == '/', c == '_', c == '.', c == ':':
		default:
			return false
		}
	}
	return digit
}

// validateClaim checks a claim's records against the episode; every
// failure is an *InputError of the "injury allowance" input naming the
// field, and none quotes a reference or any text.
func validateClaim(in InjuryInput) error {
	const input = "injury allowance"
	c := in.Claim
	bad := func(field string, err Error, value string) error {
		return inputErr(input, -1, "Claim."+field, err, value)
	}
	date := func(field string, d absence.Date, required bool) error {
		switch {
		case d.IsZero() && required:
			return bad(field, ErrRequired, "")
		case !d.IsZero() && !d.IsValid():
			return bad(field, ErrInvalidDate, d.String())
		}
		return nil
	}
	if inc := c.Incident; inc != nil {
		if err := date("Incident.Date", inc.Date, true); err != nil {
			return err
		}
		if err := date("Incident.Reported", inc.Reported, false); err != nil {
			return err
		}
		switch {
		case inc.Report != "" && !isReference(inc.Report):
			return bad("Incident.Report", ErrReference, "")
		case !inc.Reported.IsZero() && inc.Reported.Before(inc.Date):
			return bad("Incident.Reported", ErrDateOrder, inc.Reported.String()+" is before the incident on "+inc.Date.String())
		}
	}
	for i, e := range c.Evidence {
		f := fmt.Sprintf("Evidence[%d].", i)
		if e.Kind == 0 || e.Kind >= numEvidenceKinds {
			return bad(f+"Kind", ErrRequired, "")
		}
		if err := date(f+"Requested", e.Requested, false); err != nil {
			return err
		}
		if err := date(f+"Received", e.Received, false); err != nil {
			return err
		}
		if !e.Requested.IsZero() && !e.Received.IsZero() && e.Received.Before(e.Requested) {
			return bad(f+"Received", ErrDateOrder, e.Received.String()+" is before the request on "+e.Requested.String())
		}
	}
	if dc := c.Decision; dc != nil {
		switch {
		case dc.By == 0 || dc.By >= numRoles:
			return bad("Decision.By", ErrRequired, "")
		case in.Attributable && !dc.Attributable:
			return inputErr(input, -1, "Attributable", ErrContradiction, "the claim's decision is that the absence is not attributable")
		case !dc.Attributable && !dc.PaymentFrom.IsZero():
			return bad("Decision.PaymentFrom", ErrContradiction, "payment cannot commence on a decision that the absence is not attributable")
		}
		for _, f := range []struct {
			name     string
			d        absence.Date
			required bool
		}{{"Decision.Decided", dc.Decided, true}, {"Decision.HRAdvice", dc.HRAdvice, false},
			{"Decision.PaymentFrom", dc.PaymentFrom, false}, {"Decision.Disputed", dc.Disputed, false}} {
			if err := date(f.name, f.d, f.required); err != nil {
				return err
			}
		}
		switch {
		case !dc.PaymentFrom.IsZero() && dc.PaymentFrom.Before(in.Start):
			return bad("Decision.PaymentFrom", ErrDateOrder, dc.PaymentFrom.String()+" is before the first day of the episode "+in.Start.String())
		case !dc.Disputed.IsZero() && dc.Disputed.Before(dc.Decided):
			return bad("Decision.Disputed", ErrDateOrder, dc.Disputed.String()+" is before the decision on "+dc.Decided.String())
		}
	} else if in.Attributable {
		return inputErr(input, -1, "Attributable", ErrContradiction, "the claim has no decision yet")
	}
	received := false
	for i, b := range c.Benefits {
		f := fmt.Sprintf("Benefits[%d].", i)
		switch {
		case b.Kind == 0 || b.Kind >= numBenefitKinds:
			return bad(f+"Kind", ErrRequired, "")
		case b.Status == 0 || b.Status >= numBenefitStatuses:
			return bad(f+"Status", ErrRequired, "")
		}
		if err := date(f+"Applied", b.Applied, false); err != nil {
			return err
		}
		if err := date(f+"Declared", b.Declared, true); err != nil {
			return err
		}
		if !b.Applied.IsZero() && b.Declared.Before(b.Applied) {
			return bad(f+"Declared", ErrDateOrder, b.Declared.String()+" is before the application on "+b.Applied.String())
		}
		if b.Status != BenefitReceived {
			switch {
			case !b.Period.IsZero():
				return bad(f+"Period", ErrContradiction, "only a benefit received has a period")
			case !b.Amount.IsZero():
				return bad(f+"Amount", ErrContradiction, "only a benefit received has an amount")
			}
			continue
		}
		switch {
		case b.Period.IsZero():
			return bad(f+"Period", ErrRequired, "")
		case !b.Period.IsValid():
			return bad(f+"Period", ErrInvalidPeriod, b.Period.String())
		case !b.Amount.IsPositive():
			return bad(f+"Amount", ErrAmount, b.Amount.String())
		}
		received = received || b.counted()
	}
	if received {
		for i, ip := range in.Periods {
			if !ip.Benefits.IsZero() {
				return inputErr(input, i, fmt.Sprintf("Periods[%d].Benefits", i), ErrContradiction,
					"benefits received are declared on the claim: leave the periods' benefits at 0 so they are not counted twice")
			}
		}
	}
	return nil
}
