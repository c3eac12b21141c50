package stages

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
)

// An Application is one step of an employee's application to NHS Pensions
// for ill-health retirement (STAGE-21, App 12, App 14). The decision is NHS
// Pensions', on its medical advisers' advice: the case records it as
// received, and package pension works out what it pays (PEN-1 … PEN-9).
type Application struct {
	// Step is what happened; required.
	Step ApplicationStep `json:"step"`
	// Form is the form: AW33E for a member still employed in the NHS,
	// AW240 for a deferred or former member (form-given and sent; empty:
	// the one for Member), AW8 to claim the benefits once approved
	// (aw8-given; empty means AW8). A form that does not fit the member is
	// refused.
	Form PensionForm `json:"form,omitempty"`
	// Member is the member's standing in the scheme, as package pension
	// holds it (pension.Member.Status, PEN-8): active (the default) or
	// opted-out, still employed in the NHS, apply on AW33E; deferred, no
	// longer employed in the NHS, on AW240, for Tier 1 only. form-given
	// and sent only.
	Member pension.Status `json:"member,omitempty"`
	// Decision is NHS Pensions' decision: Tier 1, Tier 2 or refused.
	// Required by decision and appeal-decision, and only there.
	Decision PensionDecision `json:"decision,omitempty"`
	// Reference is the host's reference (NHS Pensions' letter, the form's
	// number); never printed.
	Reference string `json:"reference,omitempty"`
}

// An ApplicationStep is a step of an ill-health retirement application.
// Text codes are in parentheses.
type ApplicationStep uint8

// The steps.
const (
	ApplicationNone ApplicationStep = iota // ("")
	// ApplicationInformed: the employee was made aware of App 14's points:
	// the decision is NHS Pensions' and may be turned down; the Trust does
	// not wait for it before deciding on termination; the application
	// should not be delayed; after acceptance, resigning with notice
	// waived may affect their claim to benefits through the Benefits
	// Agency ("informed").
	ApplicationInformed
	// ApplicationFormGiven: the Trust gave the member form AW33E, or asked
	// a former member to write to NHS Pensions for form AW240
	// ("form-given").
	ApplicationFormGiven
	// ApplicationSent: the application was sent to NHS Pensions ("sent").
	ApplicationSent
	// ApplicationDecided: NHS Pensions' decision was received
	// (Application.Decision) ("decision").
	ApplicationDecided
	// ApplicationAW8: the member was given form AW8 to claim the benefits,
	// once the application was approved ("aw8-given").
	ApplicationAW8
	// ApplicationAppealed: the member disputed the decision with NHS
	// Pensions (its internal dispute resolution), a refusal or a Tier 1
	// award ("appealed").
	ApplicationAppealed
	// ApplicationAppealDecided: the decision on the dispute was received
	// (Application.Decision) ("appeal-decision").
	ApplicationAppealDecided
	numApplicationSteps
)

var applicationStepCodes = [numApplicationSteps]string{"", "informed", "form-given", "sent", "decision", "aw8-given", "appealed", "appeal-decision"}

// String returns the step's code.
func (s ApplicationStep) String() string {
	return codeOf(s, applicationStepCodes[:], "ApplicationStep")
}

// MarshalText implements encoding.TextMarshaler with the step's code.
func (s ApplicationStep) MarshalText() ([]byte, error) {
	return marshalCode(s, applicationStepCodes[:], "ApplicationStep")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *ApplicationStep) UnmarshalText(b []byte) error {
	return unmarshalCode(s, b, applicationStepCodes[:], "ApplicationStep")
}

// A PensionForm is an NHS Pensions form of an ill-health retirement
// application (App 12). Text codes are in parentheses.
type PensionForm uint8

// The forms.
const (
	FormNone  PensionForm = iota // ("")
	FormAW33E                    // the application of a member still employed in the NHS ("AW33E")
	FormAW240                    // the application of a deferred or former member, from NHS Pensions ("AW240")
	FormAW8                      // the claim for the benefits, once the application is approved ("AW8")
	numPensionForms
)

var pensionFormCodes = [numPensionForms]string{"", "AW33E", "AW240", "AW8"}

// String returns the form's code, e.g. "AW33E".
func (f PensionForm) String() string { return codeOf(f, pensionFormCodes[:], "PensionForm") }

// MarshalText implements encoding.TextMarshaler with the form's code.
func (f PensionForm) MarshalText() ([]byte, error) {
	return marshalCode(f, pensionFormCodes[:], "PensionForm")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *PensionForm) UnmarshalText(b []byte) error {
	return unmarshalCode(f, b, pensionFormCodes[:], "PensionForm")
}

// A PensionDecision is NHS Pensions' decision on an ill-health retirement
// application. Text codes are in parentheses.
type PensionDecision uint8

// The decisions.
const (
	PensionUndecided PensionDecision = iota // ("")
	PensionTier1                            // accepted, Tier 1: permanently incapable of the NHS job, or a former member of regular work ("tier-1")
	PensionTier2                            // accepted, Tier 2: also permanently incapable of regular employment ("tier-2")
	PensionRefused                          // not accepted ("refused")
	numPensionDecisions
)

var pensionDecisionCodes = [numPensionDecisions]string{"", "tier-1", "tier-2", "refused"}
var pensionDecisionNames = [numPensionDecisions]string{"no decision", "accepted, Tier 1", "accepted, Tier 2", "refused"}

// Code returns the decision's text code.
func (d PensionDecision) Code() string {
	return codeOf(d, pensionDecisionCodes[:], "PensionDecision")
}

// String describes the decision, e.g. "accepted, Tier 1".
func (d PensionDecision) String() string {
	return codeOf(d, pensionDecisionNames[:], "PensionDecision")
}

// Accepted reports whether the decision accepts the application.
func (d PensionDecision) Accepted() bool { return d == PensionTier1 || d == PensionTier2 }

// MarshalText implements encoding.TextMarshaler with the decision's code.
func (d PensionDecision) MarshalText() ([]byte, error) {
	return marshalCode(d, pensionDecisionCodes[:], "PensionDecision")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *PensionDecision) UnmarshalText(b []byte) error {
	return unmarshalCode(d, b, pensionDecisionCodes[:], "PensionDecision")
}

// FormFor returns the form a member of standing st applies on (App 12):
// AW33E while employed in the NHS (an active member, or one who opted out
// and still works in the NHS), AW240 for a deferred member.
func FormFor(st pension.Status) PensionForm {
	if st == pension.Deferred {
		return FormAW240
	}
	return FormAW33E
}

// article writes a member's standing with its article, e.g. "an active
// member".
func article(st pension.Status) string {
	s := st.String()
	if s != "" && (s[0] == 'a' || s[0] == 'e' || s[0] == 'i' || s[0] == 'o' || s[0] == 'u') {
		return "an " + s
	}
	return "a " + s
}

// validStatus reports whether st is one of package pension's statuses.
func validStatus(st pension.Status) bool {
	_, err := st.MarshalText()
	return err == nil
}

func (a *Application) check(c *check) {
	s := a.Step
	_ = valid(s, applicationStepCodes[:], false) || c.fail("Application.Step", "required: informed, form-given, sent, decision, aw8-given, appealed or appeal-decision")
	_ = valid(a.Form, pensionFormCodes[:], true) || c.fail("Application.Form", "unknown form: AW33E, AW240 or AW8")
	_ = validStatus(a.Member) || c.fail("Application.Member", "unknown standing: active, opted-out or deferred")
	_ = valid(a.Decision, pensionDecisionCodes[:], true) || c.fail("Application.Decision", "unknown decision")
	decision := s == ApplicationDecided || s == ApplicationAppealDecided
	switch {
	case decision && a.Decision == PensionUndecided:
		c.fail("Application.Decision", "required: tier-1, tier-2 or refused")
	case !decision && a.Decision != PensionUndecided:
		c.fail("Application.Decision", "only a decision or an appeal's decision takes one")
	case a.Form != FormNone && s != ApplicationFormGiven && s != ApplicationSent && s != ApplicationAW8:
		c.fail("Application.Form", "only form-given, sent and aw8-given name a form")
	case s == ApplicationAW8 && a.Form != FormNone && a.Form != FormAW8:
		c.fail("Application.Form", "the benefits are claimed on AW8")
	case s != ApplicationAW8 && a.Form == FormAW8:
		c.fail("Application.Form", "AW8 is given once the application is approved (aw8-given)")
	case a.Member != pension.Active && s != ApplicationFormGiven && s != ApplicationSent:
		c.fail("Application.Member", "only form-given and sent give the member's standing")
	case len(a.Reference) > maxIDLen:
		c.fail("Application.Reference", "longer than 64 characters")
	}
}

// ApplicationState is an ill-health retirement application as the case's
// events left it (STAGE-21): the member's standing and form, and the date
// of each step.
type ApplicationState struct {
	// Informed is the date the employee was last made aware of App 14's
	// points; zero if not recorded.
	Informed absence.Date `json:"informed,omitempty"`
	// Member and Form are the member's standing and the form of the
	// application.
	Member pension.Status `json:"member,omitempty"`
	Form   PensionForm    `json:"form,omitempty"`
	// Given and Sent are the dates the form was given and the application
	// sent to NHS Pensions.
	Given absence.Date `json:"given,omitempty"`
	Sent  absence.Date `json:"sent,omitempty"`
	// Decided is the date NHS Pensions' decision was received, and
	// Decision the decision.
	Decided  absence.Date    `json:"decided,omitempty"`
	Decision PensionDecision `json:"decision,omitempty"`
	// AW8 is the date form AW8 was given.
	AW8 absence.Date `json:"aw8,omitempty"`
	// Appealed is the date the member disputed the decision, and
	// AppealDecided and AppealDecision the decision on the dispute.
	Appealed       absence.Date    `json:"appealed,omitempty"`
	AppealDecided  absence.Date    `json:"appealDecided,omitempty"`
	AppealDecision PensionDecision `json:"appealDecision,omitempty"`
}

// Outcome returns the decision in force and its date: the decision on a
// dispute once received, else NHS Pensions' first decision
// (PensionUndecided while none).
func (a ApplicationState) Outcome() (PensionDecision, absence.Date) {
	if a.AppealDecision != PensionUndecided {
		return a.AppealDecision, a.AppealDecided
	}
	return a.Decision, a.Decided
}

// started reports whether an application is under way: a form given or
// an application sent.
func (a ApplicationState) started() bool { return !a.Given.IsZero() || !a.Sent.IsZero() }

// awaiting reports whether NHS Pensions' decision, or its decision on a
// dispute, is awaited.
func (a ApplicationState) awaiting() bool {
	return (!a.Sent.IsZero() && a.Decided.IsZero()) || (!a.Appealed.IsZero() && a.AppealDecided.IsZero())
}

func (s *State) application() ApplicationState {
	if s.Application == nil {
		return ApplicationState{}
	}
	return *s.Application
}

// application handles RetirementApplication (STAGE-21).
func (t *tx) application() error {
	e, n := t.e, &t.n
	x := e.Application
	a := n.application()
	out, outOn := a.Outcome()
	form := x.Form
	switch x.Step {
	case ApplicationInformed:
		a.Informed = e.Date
		t.note(ruleApplicationTop, "the employee was made aware on %s that the decision on an ill-health pension is NHS Pensions', not the Trust's, and may be turned down; that the Trust does not wait for it before deciding on termination, so the application should not be delayed; and that resigning with notice waived after acceptance may affect their claim to benefits through the Benefits Agency", e.Date)
	case ApplicationFormGiven, ApplicationSent:
		member := x.Member
		pending := !a.Given.IsZero() && a.Sent.IsZero() // a form given, not sent yet
		if x.Step == ApplicationSent && pending && form == FormNone && member == pension.Active {
			form, member = a.Form, a.Member // the form given
		}
		if form == FormNone {
			form = FormFor(member)
		}
		switch {
		case out.Accepted():
			return t.reject(ErrNotDue, ruleApplication, "NHS Pensions accepted the application on %s (%s)", outOn, out)
		case a.awaiting():
			return t.reject(ErrNotDue, ruleApplication, "the application sent on %s awaits NHS Pensions' decision", a.Sent)
		case form != FormFor(member):
			return t.reject(ErrRequirement, ruleApplication, "form %s does not fit %s: App 12 gives AW33E to a member still employed in the NHS and asks a former member to write to NHS Pensions for AW240", form, article(member))
		case x.Step == ApplicationSent && pending && (form != a.Form || member != a.Member):
			return t.reject(ErrRequirement, ruleApplication, "form %s was given on %s for %s", a.Form, a.Given, article(a.Member))
		}
		if !pending || x.Step == ApplicationFormGiven {
			a = ApplicationState{Informed: a.Informed} // a new application
		}
		a.Member, a.Form = member, form
		if x.Step == ApplicationFormGiven {
			a.Given = e.Date
			how := "given form AW33E"
			if form == FormAW240 {
				how = "asked to write to NHS Pensions for form AW240"
			}
			t.note(ruleApplication, "the member (%s) was %s on %s to apply for ill-health retirement", member, how, e.Date)
			break
		}
		a.Sent = e.Date
		t.note(ruleApplication, "the application for ill-health retirement (form %s, %s) was sent to NHS Pensions on %s: the decision is NHS Pensions', on its medical advisers' advice", form, member, e.Date)
	case ApplicationDecided:
		switch {
		case a.Sent.IsZero() || !a.Decided.IsZero():
			return t.reject(ErrNotDue, ruleApplication, "no application awaits NHS Pensions' decision")
		case x.Decision == PensionTier2 && a.Member == pension.Deferred:
			return t.reject(ErrRequirement, ruleApplicationDef, "a deferred member's benefits are paid early as Tier 1 only (PEN-8)")
		}
		a.Decided, a.Decision = e.Date, x.Decision
		t.decisionNote(x.Decision, false)
	case ApplicationAW8:
		if !out.Accepted() {
			return t.reject(ErrNotDue, ruleApplication, "form AW8 is given once NHS Pensions approves the application; no approval is recorded")
		}
		a.AW8 = e.Date
		t.note(ruleApplication, "the member was given form AW8 on %s to claim the ill-health benefits (%s)", e.Date, out)
	case ApplicationAppealed:
		switch {
		case a.Decided.IsZero() || a.Decision == PensionTier2:
			return t.reject(ErrNotDue, ruleApplication, "no refusal or Tier 1 award to dispute")
		case !a.Appealed.IsZero():
			return t.reject(ErrNotDue, ruleApplication, "the decision was disputed on %s", a.Appealed)
		}
		a.Appealed = e.Date
		t.note(ruleApplication, "the member disputed NHS Pensions' decision of %s (%s) on %s", a.Decided, a.Decision, e.Date)
	default: // ApplicationAppealDecided
		switch {
		case a.Appealed.IsZero() || !a.AppealDecided.IsZero():
			return t.reject(ErrNotDue, ruleApplication, "no dispute awaits NHS Pensions' decision")
		case x.Decision == PensionTier2 && a.Member == pension.Deferred:
			return t.reject(ErrRequirement, ruleApplicationDef, "a deferred member's benefits are paid early as Tier 1 only (PEN-8)")
		}
		a.AppealDecided, a.AppealDecision = e.Date, x.Decision
		t.decisionNote(x.Decision, true)
	}
	n.Application = &a
	return nil
}

// decisionNote explains NHS Pensions' decision (STAGE-21).
func (t *tx) decisionNote(d PensionDecision, appeal bool) {
	what := "NHS Pensions' decision"
	if appeal {
		what = "NHS Pensions' decision on the dispute"
	}
	if !d.Accepted() {
		t.note(ruleApplication, "%s, received on %s: refused; the member may dispute it with NHS Pensions; the Trust's decisions on the employment do not wait for it", what, t.e.Date)
		return
	}
	t.note(ruleApplication, "%s, received on %s: %s; the member is given form AW8 to claim the benefits", what, t.e.Date, d)
	if t.n.Resignation == nil && !t.n.Dismissed {
		t.note(ruleResignation, "the application is accepted: if the employee resigns, the requirement to give notice may be waived, which may affect their claim to benefits through the Benefits Agency")
	}
}

// applicationSteps lists what the ill-health retirement application needs
// (STAGE-21), during the employment and after it ends.
func (n *nexts) applicationSteps() {
	s := n.s
	a := s.application()
	employed := s.Resignation == nil && !s.Dismissed
	pursued := !s.IllHealthRetirement.IsZero() || a.started()
	if r := s.Resignation; r != nil && r.NoticeWaived && a.Informed.IsZero() {
		n.add(Action{Who: PartyHR, Kind: RetirementApplication, Soon: true, Rule: ruleResignation,
			What: fmt.Sprintf("tell the employee, whose notice was waived on resigning on %s, that this may affect their claim to benefits through the Benefits Agency (ill-health-retirement-application, informed)", r.Date)})
	} else if employed && pursued && a.Informed.IsZero() {
		n.add(Action{Who: PartyLineManager, Kind: RetirementApplication, Rule: ruleApplicationTop,
			What: "make the employee aware that the decision on an ill-health pension is NHS Pensions' and may be turned down; that the Trust does not wait for it before deciding on termination, so the application should not be delayed; and that resigning with notice waived after acceptance may affect their claim to benefits (ill-health-retirement-application, informed)"})
	}
	out, on := a.Outcome()
	switch {
	case employed && !s.IllHealthRetirement.IsZero() && !a.started() && !out.Accepted():
		n.add(Action{Who: PartyHR, Kind: RetirementApplication, Rule: ruleApplication,
			What: fmt.Sprintf("give the employee form AW33E to apply to NHS Pensions for ill-health retirement (pursued since %s)", s.IllHealthRetirement)})
	case !a.Given.IsZero() && a.Sent.IsZero():
		n.add(Action{Who: PartyEmployee, Kind: RetirementApplication, Optional: true, Rule: ruleApplicationTop,
			What: fmt.Sprintf("complete form %s, given on %s, and send it to NHS Pensions: applying is the employee's choice, and the ending of employment is not delayed for it", a.Form, a.Given)})
	case out.Accepted() && a.AW8.Before(on):
		n.add(Action{Who: PartyHR, Kind: RetirementApplication, Rule: ruleApplication,
			What: fmt.Sprintf("give the member form AW8 to claim the ill-health benefits (NHS Pensions' decision of %s: %s)", on, out)})
	}
	if !a.Decided.IsZero() && a.Decision != PensionTier2 && a.Appealed.IsZero() {
		n.add(Action{Who: PartyEmployee, Kind: RetirementApplication, Optional: true, Rule: ruleApplication,
			What: fmt.Sprintf("dispute NHS Pensions' decision of %s (%s) with NHS Pensions, if the member disagrees", a.Decided, a.Decision)})
	}
}

func (a *Application) summary() (absence.Rule, string, bool) {
	s := "ill-health retirement application: "
	switch a.Step {
	case ApplicationInformed:
		return ruleApplicationTop, s + "employee made aware of the App 14 points", true
	case ApplicationFormGiven, ApplicationSent:
		form := a.Form
		if form == FormNone {
			form = FormFor(a.Member)
		}
		what := "form " + form.String() + " given"
		if a.Step == ApplicationSent {
			what = "sent to NHS Pensions on form " + form.String()
		}
		return ruleApplication, s + what + " (" + a.Member.String() + ")", true
	case ApplicationDecided:
		return ruleApplication, s + "NHS Pensions' decision: " + a.Decision.String(), true
	case ApplicationAW8:
		return ruleApplication, s + "form AW8 given to claim the benefits", true
	case ApplicationAppealed:
		return ruleApplication, s + "decision disputed with NHS Pensions", true
	default:
		return ruleApplication, s + "NHS Pensions' decision on the dispute: " + a.Decision.String(), true
	}
}
