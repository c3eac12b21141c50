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
}

// A Person is someone at a meeting or on a panel, named with the role they
// have there, e.g. {"Jo Bloggs", "Matron, chair of the panel"}.
type Person struct {
	Name string `json:"name"` // required
	Role string `json:"role"` // required: the role at this meeting
}
