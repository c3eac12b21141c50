package letters

import "github.com/absencerules/hr14/absence"

// A Letter is everything one formal letter says: who writes to whom, why the
// step is due, the meeting or hearing, the deadlines and the outcome. It is
// plain data: a host builds it from a case with [FromCase], or fills it by
// hand, and [Renderer.Render] validates it ([Letter.Validate]) before
// rendering, so a letter never goes out with a blank where a fact should be.
//
// Which fields a letter needs depends on its Kind; [Letter.Validate] documents
// them. Free text (names, places, the points discussed) is printed as given,
// escaped in HTML; it must not contain control characters. Nothing about the
// employee's health is taken from the case except reason categories (an
// absence's Reason label); a host that wants more in a letter puts it there
// itself.
type Letter struct {
	// Kind is which letter this is; it decides the template and which
	// fields are required.
	Kind Kind `json:"kind"`
	// Date is the date of the letter. For a dismissal it starts the appeal
	// window (Deadlines.Appeal).
	Date absence.Date `json:"date"`
	// Reference is the host's reference, e.g. "ER/2026/0142"; optional.
	Reference string `json:"reference,omitempty"`

	Letterhead Letterhead `json:"letterhead"` // the host's block at the top; optional
	To         Recipient  `json:"to"`         // the employee; Name required
	From       Signatory  `json:"from"`       // who signs; Name and JobTitle required
	// Copies are the people or teams copied in, e.g. "HR Employee
	// Relations"; optional.
	Copies []string `json:"copies,omitempty"`

	Basis     Basis     `json:"basis"`     // why the step is due: triggers, long-term absence, …
	Meeting   Meeting   `json:"meeting"`   // the meeting invited to or decided at
	Deadlines Deadlines `json:"deadlines"` // dates computed by stages; zero where not needed
	Outcome   Outcome   `json:"outcome"`   // outcome and decision letters only
	Appeal    Appeal    `json:"appeal"`    // appeal letters only

	// Policy names the policy the letter applies, printed on every letter
	// and form (LET-18); nil: HR14 v16 (absence.HR14v16()).
	Policy *absence.PolicyID `json:"policy,omitempty"`
	// Employee are the employee's details a form asks for; optional.
	Employee *EmployeeDetails `json:"employee,omitempty"`

	// The sections of the documents that are not letters of the formal
	// procedure, one for each kind (LET-9 … LET-17); nil for the others.
	Referral          *ReferralForm            `json:"referral,omitempty"`          // oh-referral, oh-referral-employee-copy
	Interview         *InterviewRecord         `json:"interview,omitempty"`         // return-to-work-record
	Conference        *ConferenceMinutes       `json:"conference,omitempty"`        // case-conference-minutes
	Register          *RegisterInfo            `json:"register,omitempty"`          // redeployment-register
	Pay               *PayNotice               `json:"pay,omitempty"`               // pay-withheld, pay-released, pay-suspended
	SelfCertification *SelfCertificationNotice `json:"selfCertification,omitempty"` // self-certification-withdrawn
	Injury            *InjuryClaimForm         `json:"injury,omitempty"`            // injury-allowance-claim
	SSP               *SSPNotice               `json:"ssp,omitempty"`               // ssp-notice
}

// PolicyName names the policy the letter applies: Policy, or HR14 v16.
func (l Letter) PolicyName() string {
	if l.Policy == nil {
		return absence.HR14v16().String()
	}
	return policyOrDefault(*l.Policy).String()
}

// A Letterhead is the block at the top of the letter that the host fills:
// the organisation's name and lines such as its address, telephone and email.
// Both are optional; an empty letterhead prints nothing. A host that wants a
// logo replaces the "letterhead" template.
type Letterhead struct {
	Organisation string   `json:"organisation,omitempty"` // e.g. "Example Hospitals NHS Trust"
	Lines        []string `json:"lines,omitempty"`        // address, telephone, email: one line each
}

// A Recipient is the employee the letter is addressed to.
type Recipient struct {
	Name string `json:"name"` // the employee's name as printed; required
	// Salutation follows "Dear"; when empty the Name is used.
	Salutation string `json:"salutation,omitempty"`
	// Address is the postal address, one line each; optional (a letter
	// handed over or emailed).
	Address []string `json:"address,omitempty"`
}

// Greeting returns what follows "Dear": the Salutation, or else the Name.
func (r Recipient) Greeting() string {
	if r.Salutation != "" {
		return r.Salutation
	}
	return r.Name
}

// A Signatory is the manager who signs the letter: the line manager for
// stages 1 and 2, the chair of the panel for decisions.
type Signatory struct {
	Name     string `json:"name"`     // required
	JobTitle string `json:"jobTitle"` // required, e.g. "Ward Manager"
	// Department is e.g. a division or directorate; optional.
	Department string `json:"department,omitempty"`
	// Phone and Email are how to reach the signatory: every letter that
	// says "please contact me" gives at least one (LET-18).
	Phone string `json:"phone,omitempty"`
	Email string `json:"email,omitempty"`
}

// Contact returns how to reach the signatory in words, e.g. "on 01234
// 567890 or at sam.patel@example.nhs.uk"; "" when neither is given.
func (s Signatory) Contact() string {
	switch {
	case s.Phone != "" && s.Email != "":
		return "on " + s.Phone + " or at " + s.Email
	case s.Phone != "":
		return "on " + s.Phone
	case s.Email != "":
		return "at " + s.Email
	}
	return ""
}

// A Person is someone at a meeting or on a panel, named with the role they
// have there, e.g. {"Jo Bloggs", "Matron, chair of the panel"}.
type Person struct {
	Name string `json:"name"` // required
	Role string `json:"role"` // required: the role at this meeting
}
