package stages

import (
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// A StaffGroup selects the levels-of-authority table of App 13. The zero value
// is NonMedical. Text codes are in parentheses.
type StaffGroup uint8

// The staff groups.
const (
	NonMedical    StaffGroup = iota // all staff other than medical and dental ("non-medical")
	MedicalDental                   // medical and dental staff ("medical-dental")

	numGroups
)

var groupCodes = [numGroups]string{"non-medical", "medical-dental"}

// String returns the group's code.
func (g StaffGroup) String() string { return codeOf(g, groupCodes[:], "StaffGroup") }

// MarshalText implements encoding.TextMarshaler with the group's code.
func (g StaffGroup) MarshalText() ([]byte, error) {
	return marshalCode(g, groupCodes[:], "StaffGroup")
}

// UnmarshalText implements encoding.TextUnmarshaler; the empty text is
// NonMedical.
func (g *StaffGroup) UnmarshalText(b []byte) error {
	return unmarshalCode(g, b, groupCodes[:], "StaffGroup")
}

// A Role is the post of a person at a meeting or on a panel, as App 13 names
// them. Text codes are in parentheses.
type Role uint8

// The roles.
const (
	RoleNone          Role = iota // ("")
	LineManager                   // the employee's line manager ("line-manager")
	OtherManager                  // another manager, supervisor, team leader or similar ("manager")
	SeniorManager                 // a senior manager ("senior-manager")
	Matron                        // a matron ("matron")
	AssociateDirector             // an associate director ("associate-director")
	AssistantDirector             // an assistant director ("assistant-director")
	ExecutiveDirector             // an executive director ("executive-director")
	DivisionalChair               // a divisional chair (medical and dental) ("divisional-chair")
	MedicalDirector               // the Medical Director, or with Member.Delegate a delegated representative ("medical-director")
	ChiefExecutive                // the Chief Executive ("chief-executive")
	HRRepresentative              // a Human Resources representative ("hr")

	numRoles
)

var roleCodes = [numRoles]string{"", "line-manager", "manager", "senior-manager", "matron",
	"associate-director", "assistant-director", "executive-director", "divisional-chair",
	"medical-director", "chief-executive", "hr"}

var roleNames = [numRoles]string{"no role", "line manager", "other manager", "senior manager", "matron",
	"associate director", "assistant director", "executive director", "divisional chair",
	"Medical Director", "Chief Executive", "HR representative"}

// String describes the role, e.g. "senior manager".
func (r Role) String() string { return codeOf(r, roleNames[:], "Role") }

// MarshalText implements encoding.TextMarshaler with the role's code.
func (r Role) MarshalText() ([]byte, error) { return marshalCode(r, roleCodes[:], "Role") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Role) UnmarshalText(b []byte) error { return unmarshalCode(r, b, roleCodes[:], "Role") }

// manager reports whether r is a management post (anything but HR).
func (r Role) manager() bool { return r >= LineManager && r <= ChiefExecutive }

// A Band is an Agenda for Change pay band, ordered from Band1 to VerySenior.
// The zero value, BandUnknown, means no band was recorded (medical staff, for
// example). Text codes are in parentheses.
type Band uint8

// The bands.
const (
	BandUnknown Band = iota // ("")
	Band1                   // ("1")
	Band2                   // ("2")
	Band3                   // ("3")
	Band4                   // ("4")
	Band5                   // ("5")
	Band6                   // ("6")
	Band7                   // ("7")
	Band8a                  // ("8a")
	Band8b                  // ("8b")
	Band8c                  // ("8c")
	Band8d                  // ("8d")
	Band9                   // ("9")
	VerySenior              // a very senior manager above the bands: "or equivalent" ("vsm")

	numBands
)

var bandCodes = [numBands]string{"", "1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9", "vsm"}

// String returns e.g. "Band 8a", "very senior manager" or "band not recorded".
func (b Band) String() string {
	switch {
	case b == BandUnknown:
		return "band not recorded"
	case b == VerySenior:
		return "very senior manager"
	case b < numBands:
		return "Band " + bandCodes[b]
	}
	return "Band(" + strconv.Itoa(int(b)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the band's code.
func (b Band) MarshalText() ([]byte, error) { return marshalCode(b, bandCodes[:], "Band") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *Band) UnmarshalText(t []byte) error { return unmarshalCode(b, t, bandCodes[:], "Band") }

// A Member is a person at a formal meeting or on a panel.
type Member struct {
	// Name is the host's label for the person. It is never printed: reports
	// name members by position and role.
	Name string `json:"name,omitempty"`
	Role Role   `json:"role"`           // the post, as App 13 names it; required
	Band Band   `json:"band,omitempty"` // Agenda for Change band; BandUnknown when not recorded (medical staff)
	// Chair: this member chairs the meeting or panel. A panel has exactly one
	// chair.
	Chair bool `json:"chair,omitempty"`
	// Delegate: the member sits as the delegated representative of Role
	// (App 13 allows it for the Medical Director).
	Delegate bool `json:"delegate,omitempty"`
	// PreviouslyInvolved: the member has been involved in the case before.
	// The HR representative advising a stage 3 or appeal panel must not have
	// been (Conduct of Stage 3; Conduct of Appeal Hearing).
	PreviouslyInvolved bool `json:"previouslyInvolved,omitempty"`
	// Presenting: the member presents the management case and is not a
	// member of the panel (the line manager at the ill-health retirement
	// meeting, SAP 1.5.2; the presenting manager and the HR adviser to the
	// case at a hearing).
	Presenting bool `json:"presenting,omitempty"`
}

// A Panel is who hears a formal step: the members of the panel (or the
// manager holding a review meeting) and, marked Presenting, those presenting
// the management case.
type Panel struct {
	Group   StaffGroup `json:"group"`   // selects the App 13 table; NonMedical by default
	Members []Member   `json:"members"` // the panel and, marked Presenting, the management side
	// Delegation is the Chief Executive's written permission for the chair
	// to preside over the final review hearing in place of the authorised
	// manager (STAGE-19, App 13); nil if none.
	Delegation *Delegation `json:"delegation,omitempty"`
}

// delegation returns p's delegation; nil for a nil panel.
func (p *Panel) delegation() *Delegation {
	if p == nil {
		return nil
	}
	return p.Delegation
}

// clone returns a deep copy of p, so a State never shares a slice with the
// event it came from.
func (p *Panel) clone() *Panel {
	if p == nil {
		return nil
	}
	c := *p
	c.Members = append([]Member(nil), p.Members...)
	if p.Delegation != nil {
		d := *p.Delegation
		c.Delegation = &d
	}
	return &c
}

// A Report is the result of checking a panel against the levels of authority
// (App 13) for one step.
type Report struct {
	Step  Step       `json:"step"`  // the step checked
	Group StaffGroup `json:"group"` // the staff group checked
	// Problems are what is missing or wrong; a panel with none may hear the
	// step.
	Problems []absence.Finding `json:"problems,omitempty"`
	// Notes are advice that does not make the panel invalid (an optional
	// second manager, the Chief Executive for senior medical staff).
	Notes []absence.Finding `json:"notes,omitempty"`
	// CanDismiss: the panel may decide to terminate employment (stage 3 and
	// the ill-health retirement meeting: for non-medical staff a chair of at
	// least Band 8a or equivalent).
	CanDismiss bool `json:"canDismiss"`
}

// OK reports whether the panel has no problems.
func (r Report) OK() bool { return len(r.Problems) == 0 }

// Err returns nil if the panel has no problems, or a *PanelError listing
// them.
func (r Report) Err() error {
	if r.OK() {
		return nil
	}
	return &PanelError{Step: r.Step, Group: r.Group, Problems: r.Problems}
}

// A PanelError lists why a panel does not meet the levels of authority.
type PanelError struct {
	Step     Step              // the step the panel was proposed for
	Group    StaffGroup        // the employee's staff group (App 13 table)
	Problems []absence.Finding // each unmet requirement, with its rule (STAGE-8)
}

// Error describes the failure, e.g. "stages: panel for the stage 2 sickness
// review meeting (non-medical): panel does not meet the levels of authority:
// no other manager besides the chair (App 13: line manager and one other
// manager)".
func (e *PanelError) Error() string {
	return "stages: panel for the " + e.Step.String() + " (" + e.Group.String() + "): " +
		string(ErrPanel) + ": " + problemText(e.Problems)
}

// Unwrap returns ErrPanel, for errors.Is.
func (e *PanelError) Unwrap() error { return ErrPanel }

func problemText(fs []absence.Finding) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = f.Text
	}
	return strings.Join(parts, "; ")
}

// Check checks p against the levels of authority of App 13 for step s and
// p.Group, with the rules on the HR representative of the Conduct of Stage 3
// and of the Appeal Hearing and, for the ill-health retirement meeting,
// SAP 1.5.2:
//
//	step            non-medical                                     medical and dental
//	return to work  line manager                                    line manager
//	stage 1         line manager (second manager optional)          the same
//	stage 2         line manager and one other manager              the same
//	stage 3         chair senior manager or matron, one other        chair divisional chair or Medical Director
//	                manager, HR representative; chair Band 8a+       (or delegate), associate director, HR
//	                to dismiss                                      representative
//	ill health      chair with authority to dismiss, HR             chair divisional chair or Medical Director,
//	                representative, line manager presenting         HR representative, line manager presenting
//	appeal          chair associate or assistant director,          Chief Executive and Medical Director (or
//	                executive director, HR representative           delegate), one of them chairing, HR
//	                                                                representative
//
// At stage 3 and appeal the HR representative on the panel must not have been
// involved in the case before. These are minimums: others may join a panel.
func (p Panel) Check(s Step) Report {
	r := Report{Step: s, Group: p.Group}
	problem := func(rule absence.Rule, text string) {
		r.Problems = append(r.Problems, absence.Finding{Rule: rule, Text: text})
	}
	note := func(rule absence.Rule, text string) {
		r.Notes = append(r.Notes, absence.Finding{Rule: rule, Text: text})
	}
	if !valid(s, stepCodes[:], false) {
		problem(ruleAuthority, "no such step: "+s.Code())
		return r
	}
	if !valid(p.Group, groupCodes[:], true) {
		problem(ruleAuthority, "unknown staff group "+p.Group.String())
		return r
	}

	var chair *Member
	chairs := 0
	for i := range p.Members {
		m := &p.Members[i]
		who := "member " + strconv.Itoa(i)
		switch {
		case !valid(m.Role, roleCodes[:], false):
			problem(ruleAuthority, who+" has no valid role")
			continue
		case !valid(m.Band, bandCodes[:], true):
			problem(ruleAuthority, who+" has an invalid band")
			continue
		}
		if m.Chair {
			if m.Presenting {
				problem(ruleAuthority, who+" ("+m.Role.String()+") both chairs and presents the management case")
			}
			chairs++
			chair = m
		}
	}
	switch {
	case chairs == 0:
		problem(ruleAuthority, "no chair")
	case chairs > 1:
		problem(ruleAuthority, "more than one chair")
		chair = nil
	}

	// has reports whether a panel member other than the chair has one of
	// the roles.
	has := func(roles ...Role) bool {
		for i := range p.Members {
			m := &p.Members[i]
			if m == chair || m.Presenting {
				continue
			}
			for _, role := range roles {
				if m.Role == role {
					return true
				}
			}
		}
		return false
	}
	chairIs := func(roles ...Role) bool {
		if chair == nil {
			return false
		}
		for _, role := range roles {
			if chair.Role == role {
				return true
			}
		}
		return false
	}
	requireChair := func(what string, roles ...Role) {
		if chair != nil && !chairIs(roles...) {
			problem(ruleAuthority, "the chair is a "+chair.Role.String()+"; App 13 requires "+what)
		}
	}
	otherManager := func() bool {
		for i := range p.Members {
			m := &p.Members[i]
			if m != chair && !m.Presenting && m.Role.manager() {
				return true
			}
		}
		return false
	}
	independentHR := func() {
		found, involved := false, false
		for i := range p.Members {
			m := &p.Members[i]
			if m.Role != HRRepresentative || m.Presenting || m == chair {
				continue
			}
			if m.PreviouslyInvolved {
				involved = true
			} else {
				found = true
			}
		}
		if involved {
			problem(ruleAuthorityHR, "the HR representative on the panel has been involved in the case before; the one advising the case attends with the management side (mark them Presenting)")
		}
		if !found && !involved {
			problem(ruleAuthority, "no HR representative")
		}
	}
	anyHR := func() {
		for i := range p.Members {
			m := &p.Members[i]
			if m.Role == HRRepresentative && !m.Presenting && m != chair {
				return
			}
		}
		problem(ruleAuthority, "no HR representative")
	}
	presentingLineManager := func() {
		for _, m := range p.Members {
			if m.Presenting && m.Role == LineManager {
				return
			}
		}
		problem(ruleIllHealth, "the line manager must attend to present the management case (SAP 1.5.2)")
	}
	bandToDismiss := func() bool {
		if chair == nil {
			return false
		}
		if chair.Band < Band8a {
			note(ruleAuthority, "the chair ("+chair.Band.String()+") cannot dismiss: App 13 requires at least Band 8a or equivalent")
			return false
		}
		return true
	}

	switch s {
	case StepReturnToWork:
		requireChair("the line manager", LineManager)
	case StepStage1:
		requireChair("the line manager", LineManager)
		if !otherManager() {
			note(ruleAuthority, "a second manager is optional at stage 1")
		}
	case StepStage2:
		requireChair("the line manager", LineManager)
		if !otherManager() {
			problem(ruleStage2, "no other manager besides the chair: a second manager must attend stage 2")
		}
	case StepStage3:
		authorised := []Role{SeniorManager, Matron}
		if p.Group == MedicalDental {
			authorised = []Role{DivisionalChair, MedicalDirector}
		}
		if p.Delegation != nil && chair != nil {
			// STAGE-19: the Chief Executive's written permission lets
			// another senior manager preside.
			switch {
			case chairIs(authorised...):
				note(ruleDelegation, "a written permission to delegate the chair is recorded, but the chair ("+chair.Role.String()+") is authorised in their own right")
			case chair.Role.manager():
				note(ruleDelegation, "the chair ("+chair.Role.String()+") presides in place of the authorised manager by the Chief Executive's written permission of "+p.Delegation.Permitted.String())
				requireChair = func(string, ...Role) {}
			default:
				problem(ruleDelegation, "the Chief Executive may delegate the chair only to another senior manager; the chair is a "+chair.Role.String())
			}
		}
		if p.Group == MedicalDental {
			requireChair("a divisional chair or the Medical Director (or delegated representative)", DivisionalChair, MedicalDirector)
			if !has(AssociateDirector) {
				problem(ruleAuthority, "no associate director")
			}
			independentHR()
			for _, m := range p.Members {
				if m.Role == MedicalDirector && !m.Delegate && m.PreviouslyInvolved {
					note(ruleAuthority, "the Medical Director is the case manager: for senior medical staff the Chief Executive may need to be involved")
				}
			}
			r.CanDismiss = r.OK()
			break
		}
		requireChair("a senior manager or matron", SeniorManager, Matron)
		if !otherManager() {
			problem(ruleAuthority, "no other manager besides the chair")
		}
		independentHR()
		r.CanDismiss = bandToDismiss() && r.OK()
	case StepIllHealth:
		if p.Group == MedicalDental {
			requireChair("a divisional chair or the Medical Director (or delegated representative), who have authority to dismiss", DivisionalChair, MedicalDirector)
			anyHR()
			presentingLineManager()
			r.CanDismiss = r.OK()
			break
		}
		if chair != nil && !chair.Role.manager() {
			problem(ruleIllHealth, "the chair must be a manager with authority to dismiss")
		}
		anyHR()
		presentingLineManager()
		if ok := bandToDismiss(); !ok && chair != nil {
			problem(ruleIllHealth, "the meeting must be chaired by a manager with authority to dismiss (SAP 1.5.2)")
		}
		r.CanDismiss = r.OK()
	case StepAppeal:
		if p.Group == MedicalDental {
			requireChair("the Chief Executive or the Medical Director (or delegated representative)", ChiefExecutive, MedicalDirector)
			if !chairIs(ChiefExecutive) && !has(ChiefExecutive) {
				problem(ruleAuthority, "no Chief Executive")
			}
			if !chairIs(MedicalDirector) && !has(MedicalDirector) {
				problem(ruleAuthority, "no Medical Director or delegated representative")
			}
			independentHR()
			break
		}
		requireChair("an associate director or assistant director", AssociateDirector, AssistantDirector)
		if !has(ExecutiveDirector) {
			problem(ruleAuthority, "no executive director")
		}
		independentHR()
	default:
		// StepNone and unknown steps are refused above
	}
	return r
}
