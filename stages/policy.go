package stages

import (
	"errors"
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// A Policy holds every number and reading of the formal procedure that a trust
// might set differently. [HR14] returns the HR14 v16 values; another trust
// changes fields of that value rather than forking code.
//
// Calendar days are counted with [absence.Date.AddDays], business days with
// Calendar (Monday to Friday, not a bank holiday; the day counted from is
// never counted itself).
//
// The zero Policy is not valid: start from HR14.
type Policy struct {
	// ID names the policy this procedure implements, and its version (HR14
	// v16 by default). It changes no rule; a State replayed under the Policy
	// names it (State.Basis), and so do letters.
	ID absence.PolicyID `json:"id"`

	// NoticeDays is the minimum notice of a stage 1 or stage 2 meeting in
	// calendar days: the meeting is on or after the invitation's date plus
	// NoticeDays (STAGE-1, STAGE-2; SAP 1.3, 1.4: 7).
	NoticeDays int `json:"noticeDays"`
	// WaivableUpTo is the last step whose notice the employee may waive:
	// StepStage1 in HR14 (SAP 1.3 "unless the member of staff requests to
	// waive notice"; SAP 1.4 has no waiver). StepNone allows no waiver.
	WaivableUpTo Step `json:"waivableUpTo"`
	// RearrangeDays bounds a date re-arranged at the employee's request: on or
	// before the original date plus RearrangeDays (SAP 1.3, 1.4: "within the
	// next 7 calendar days").
	RearrangeDays int `json:"rearrangeDays"`
	// ManagementCaseDays: the management case reaches the employee and the
	// panel at least this many calendar days before the final review hearing
	// (STAGE-3: 14).
	ManagementCaseDays int `json:"managementCaseDays"`
	// EmployeeCaseDays: the employee's case, if any, reaches the chair at
	// least this many calendar days before the hearing (STAGE-3: 5).
	EmployeeCaseDays int `json:"employeeCaseDays"`
	// DecisionLetterBusinessDays: the hearing's decision is confirmed in
	// writing within this many business days of the hearing (STAGE-3: 5).
	DecisionLetterBusinessDays int `json:"decisionLetterBusinessDays"`
	// AppealDays: an appeal is made within this many calendar days of the
	// date of the termination letter (STAGE-5: 21).
	AppealDays int `json:"appealDays"`
	// AppealResponseBusinessDays: the management response reaches the appeal
	// chair at least this many business days before the appeal hearing
	// (STAGE-5: 5).
	AppealResponseBusinessDays int `json:"appealResponseBusinessDays"`
	// AppealDecisionBusinessDays: the appeal decision is confirmed in writing
	// within this many business days of the appeal hearing (STAGE-5: 5).
	AppealDecisionBusinessDays int `json:"appealDecisionBusinessDays"`
	// RedeploymentMinWeeks and RedeploymentMaxWeeks bound a stay on the
	// redeployment register (STAGE-7, §5.6.3: at least 4, at most 12 weeks).
	RedeploymentMinWeeks int `json:"redeploymentMinWeeks"`
	RedeploymentMaxWeeks int `json:"redeploymentMaxWeeks"`
	// MissedMeetings is the number of unexplained non-attendances at a stage 1
	// or stage 2 meeting after which the manager decides on the information
	// available (STAGE-9, App 1: the meeting is re-arranged once, so 2).
	MissedMeetings int `json:"missedMeetings"`
	// IllHealthRetirementFrom is the stage that must be in effect before the
	// ill-health retirement meeting can be convened: HR14 Stage1 (App 14 has
	// ill-health retirement discussed at a sickness stage review meeting, after
	// which "a stage 3 (final review) hearing will be convened"). Stage2
	// requires a stage 2 review first.
	IllHealthRetirementFrom Stage `json:"illHealthRetirementFrom"`
	// TerminalDiagnosisFrom is the first step treated as a step towards
	// dismissal after a terminal diagnosis: every event of that step or a later
	// one needs an explicit override (STAGE-10, SAP 1.5.3). HR14: StepStage3
	// (the final review hearing, the ill-health retirement meeting, the
	// appeal). StepStage2 protects stage 2 too, whose outcome letter warns of
	// termination.
	TerminalDiagnosisFrom Step `json:"terminalDiagnosisFrom"`
	// LapseMonths: when positive, a stage in effect lapses if no trigger is
	// activated within this many months of the date it took effect: it lapses
	// on the day after the anniversary (Since.AddMonths(LapseMonths) + 1 day,
	// as the triggers package reckons it), and the next trigger then leads to
	// stage 1 again. HR14 sets no lapse: 0 (TRIG-8).
	LapseMonths int `json:"lapseMonths"`
	// OHContactDays, OHConsultationBusinessDays and OHReportDays are the
	// service levels of an Occupational Health referral, as dated
	// expectations (STAGE-11, App 9): OH contacts the employee within
	// OHContactDays calendar days of the referral (7, "ideally within 1
	// week"); the consultation takes place within OHConsultationBusinessDays
	// business days of that contact (5); the report follows within
	// OHReportDays calendar days of the consultation (7). Each expected date
	// runs from the one before it as done, or as expected when not done yet.
	// 0 turns an expectation off.
	OHContactDays              int `json:"ohContactDays"`
	OHConsultationBusinessDays int `json:"ohConsultationBusinessDays"`
	OHReportDays               int `json:"ohReportDays"`
	// OHProvider holds the terms of the Trust's Occupational Health
	// provider: whether an appointment not attended, or cancelled later
	// than CancelHours ahead, is charged (STAGE-11). They are the provider's
	// terms, not HR14's: absence.OptimaHealthOHPlus() (48 hours) by default,
	// as absence.Policy.OHProvider.
	OHProvider absence.OHProvider `json:"ohProvider"`
	// UnderlyingCondition is how the case is managed once Occupational
	// Health advises that an underlying medical condition links the absences
	// (STAGE-15): RouteContinuing (HR14's reading of SAP 1.3 and App 14) or
	// RouteTriggers (triggers progress the case as before).
	UnderlyingCondition UnderlyingReading `json:"underlyingCondition"`
	// Calendar holds the bank holidays for business days:
	// absence.EnglandAndWales() in HR14. It is not marshalled: a host that
	// stores a Policy as JSON sets it again after decoding, and Validate
	// refuses the zero Calendar so that a lost calendar is never mistaken
	// for one without holidays (use absence.NewCalendar for that).
	Calendar absence.Calendar `json:"-"`
}

// HR14 returns the procedure of HR14 v16: 7 days' notice, waivable at stage 1
// only; re-arranged dates within 7 days of the original; the management case
// 14 and the employee's case 5 calendar days before the hearing; decision
// letters within 5 business days; appeals within 21 days of the termination
// letter, the management response 5 business days before the appeal hearing;
// the redeployment register for 4 to 12 weeks; a second unexplained
// non-attendance decides the meeting; no lapse; OH contact within 7 days of a
// referral, the consultation within 5 business days and the report 7 days
// after it, the OH provider's terms of absence.OptimaHealthOHPlus; a case on the
// continuing-absence route once OH advises of an underlying condition; England
// and Wales bank holidays.
func HR14() Policy {
	return Policy{
		ID:                         absence.HR14v16(),
		NoticeDays:                 7,
		WaivableUpTo:               StepStage1,
		RearrangeDays:              7,
		ManagementCaseDays:         14,
		EmployeeCaseDays:           5,
		DecisionLetterBusinessDays: 5,
		AppealDays:                 21,
		AppealResponseBusinessDays: 5,
		AppealDecisionBusinessDays: 5,
		RedeploymentMinWeeks:       4,
		RedeploymentMaxWeeks:       12,
		MissedMeetings:             2,
		IllHealthRetirementFrom:    Stage1,
		TerminalDiagnosisFrom:      StepStage3,
		LapseMonths:                0,
		OHContactDays:              7,
		OHConsultationBusinessDays: 5,
		OHReportDays:               7,
		OHProvider:                 absence.OptimaHealthOHPlus(),
		UnderlyingCondition:        RouteContinuing,
		Calendar:                   absence.EnglandAndWales(),
	}
}

// Bounds of the numbers in a Policy: wide enough for any trust, narrow
// enough that date arithmetic stays far from overflow and a business-day
// deadline is found in bounded time.
const (
	maxPolicyDays   = 3660 // ten years, in calendar or business days
	maxPolicyWeeks  = 520
	maxPolicyMonths = 120
	maxMissed       = 100
)

// Validate checks that p is usable, returning a *PolicyError (wrapping
// ErrInvalidPolicy) that names the first field at fault. Day counts are 0 to
// 3660 (the letter and appeal periods at least 1), weeks 0 to 520, LapseMonths
// 0 to 120, MissedMeetings 1 to 100, OHProvider.CancelHours 0 to 87840 (3660
// days).
func (p Policy) Validate() error {
	bad := func(field string, v int) error { return &PolicyError{Field: field, Value: strconv.Itoa(v)} }
	if err := p.ID.Validate(); err != nil {
		e := &PolicyError{Field: "ID", Value: "a named and versioned policy"}
		var ae *absence.InputError
		if errors.As(err, &ae) {
			e.Field, e.Value = ae.Field, "needs "+ae.Want
		}
		return e
	}
	for _, f := range []struct {
		name      string
		v, lo, hi int
	}{
		{"NoticeDays", p.NoticeDays, 0, maxPolicyDays},
		{"RearrangeDays", p.RearrangeDays, 0, maxPolicyDays},
		{"ManagementCaseDays", p.ManagementCaseDays, 0, maxPolicyDays},
		{"EmployeeCaseDays", p.EmployeeCaseDays, 0, maxPolicyDays},
		{"DecisionLetterBusinessDays", p.DecisionLetterBusinessDays, 1, maxPolicyDays},
		{"AppealDays", p.AppealDays, 1, maxPolicyDays},
		{"AppealResponseBusinessDays", p.AppealResponseBusinessDays, 0, maxPolicyDays},
		{"AppealDecisionBusinessDays", p.AppealDecisionBusinessDays, 1, maxPolicyDays},
		{"RedeploymentMinWeeks", p.RedeploymentMinWeeks, 0, maxPolicyWeeks},
		{"RedeploymentMaxWeeks", p.RedeploymentMaxWeeks, max(1, p.RedeploymentMinWeeks), maxPolicyWeeks},
		{"MissedMeetings", p.MissedMeetings, 1, maxMissed},
		{"LapseMonths", p.LapseMonths, 0, maxPolicyMonths},
		{"OHContactDays", p.OHContactDays, 0, maxPolicyDays},
		{"OHConsultationBusinessDays", p.OHConsultationBusinessDays, 0, maxPolicyDays},
		{"OHReportDays", p.OHReportDays, 0, maxPolicyDays},
		{"OHProvider.CancelHours", p.OHProvider.CancelHours, 0, 24 * maxPolicyDays},
	} {
		if f.v < f.lo || f.v > f.hi {
			return bad(f.name, f.v)
		}
	}
	switch {
	case p.WaivableUpTo > StepAppeal:
		return bad("WaivableUpTo", int(p.WaivableUpTo))
	case p.IllHealthRetirementFrom > Stage2:
		return bad("IllHealthRetirementFrom", int(p.IllHealthRetirementFrom))
	case p.TerminalDiagnosisFrom < StepStage1 || p.TerminalDiagnosisFrom > StepAppeal:
		return bad("TerminalDiagnosisFrom", int(p.TerminalDiagnosisFrom))
	case !valid(p.UnderlyingCondition, underlyingCodes[:], true):
		return bad("UnderlyingCondition", int(p.UnderlyingCondition))
	case p.Calendar.Name() == "":
		return &PolicyError{Field: "Calendar", Value: "no calendar"}
	}
	return nil
}

// EarliestMeeting returns the earliest date for a stage 1 or stage 2 meeting
// invited by a letter dated invited: invited + NoticeDays calendar days
// (STAGE-1, STAGE-2). A letter dated Thursday 2026-03-05 allows a meeting from
// Thursday 2026-03-12.
func (p Policy) EarliestMeeting(invited absence.Date) absence.Date {
	return invited.AddDays(p.NoticeDays)
}

// LatestRearranged returns the last date to which a stage 1 or stage 2 meeting
// originally set for original may be re-arranged at the employee's request:
// original + RearrangeDays calendar days (STAGE-1, STAGE-2).
func (p Policy) LatestRearranged(original absence.Date) absence.Date {
	return original.AddDays(p.RearrangeDays)
}

// ManagementCaseBy returns the last date on which the management case may
// reach the employee and the panel for a hearing on hearing: hearing −
// ManagementCaseDays calendar days (STAGE-3). For Monday 2026-07-20 it is
// Monday 2026-07-06.
func (p Policy) ManagementCaseBy(hearing absence.Date) absence.Date {
	return hearing.AddDays(-p.ManagementCaseDays)
}

// EmployeeCaseBy returns the last date on which the employee's case should
// reach the chair for a hearing on hearing: hearing − EmployeeCaseDays
// calendar days (STAGE-3). For Monday 2026-07-20 it is Wednesday 2026-07-15.
func (p Policy) EmployeeCaseBy(hearing absence.Date) absence.Date {
	return hearing.AddDays(-p.EmployeeCaseDays)
}

// DecisionLetterBy returns the last date for the written decision of a
// hearing held on hearing: DecisionLetterBusinessDays business days after it
// (STAGE-3). For Monday 2026-07-20 it is Monday 2026-07-27.
func (p Policy) DecisionLetterBy(hearing absence.Date) absence.Date {
	return p.Calendar.AddBusinessDays(hearing, p.DecisionLetterBusinessDays)
}

// AppealBy returns the last date for an appeal against a dismissal confirmed
// by a termination letter dated letter: letter + AppealDays calendar days
// (STAGE-5). For 2026-07-22 it is 2026-08-12.
func (p Policy) AppealBy(letter absence.Date) absence.Date {
	return letter.AddDays(p.AppealDays)
}

// AppealResponseBy returns the last date on which the management response may
// reach the appeal chair for an appeal hearing on hearing:
// AppealResponseBusinessDays business days before it (STAGE-5). For Wednesday
// 2026-09-09 it is Wednesday 2026-09-02.
func (p Policy) AppealResponseBy(hearing absence.Date) absence.Date {
	return p.Calendar.AddBusinessDays(hearing, -p.AppealResponseBusinessDays)
}

// AppealDecisionBy returns the last date for the written appeal decision of an
// appeal heard on hearing: AppealDecisionBusinessDays business days after it
// (STAGE-5).
func (p Policy) AppealDecisionBy(hearing absence.Date) absence.Date {
	return p.Calendar.AddBusinessDays(hearing, p.AppealDecisionBusinessDays)
}

// RedeploymentEnds returns the dates between which a stay on the redeployment
// register that started on start ends (STAGE-7, §5.6.3): from start +
// RedeploymentMinWeeks weeks (the earliest end without a suitable post) to
// start + RedeploymentMaxWeeks weeks (the latest end; with no suitable post by
// then, the next stage is a stage 3 hearing).
func (p Policy) RedeploymentEnds(start absence.Date) absence.Period {
	return absence.Period{Start: start.AddDays(7 * p.RedeploymentMinWeeks), End: start.AddDays(7 * p.RedeploymentMaxWeeks)}
}

// waivable reports whether the notice of step s may be waived.
func (p Policy) waivable(s Step) bool {
	return s >= StepStage1 && s <= p.WaivableUpTo && (s == StepStage1 || s == StepStage2)
}

// Knobs lists the settings in which p differs from the library's HR14 v16
// defaults ([HR14]), by their JSON paths in the order of the fields
// (absence.Differences), and "calendar" when its bank holidays are another
// calendar's; nil when p has the default settings. The ID is not a setting.
func (p Policy) Knobs() []absence.Knob {
	d := HR14()
	k, _ := absence.Differences(p, d) // two Policies: the types match
	if name := p.Calendar.Name(); name != d.Calendar.Name() {
		k = append(k, absence.Knob{Name: "calendar", Value: name})
	}
	return k
}

// Basis names what a result worked out under p applied: p's ID, its knobs
// and the library's version. [Replay] and [State.Apply] record it in the
// State (State.Basis).
func (p Policy) Basis() absence.Basis {
	return absence.Basis{Policy: p.ID, Knobs: p.Knobs(), Library: absence.LibraryVersion}
}
