package stages_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// Worked example 9.
func TestSTAGE1_STAGE3_STAGE5_WorkedExample9_Deadlines(t *testing.T) {
	p := stages.HR14()
	for _, c := range []struct {
		name string
		got  absence.Date
		want string
	}{
		{"STAGE-1 earliest meeting, letter 2026-03-05", p.EarliestMeeting(day("2026-03-05")), "2026-03-12"},
		{"STAGE-3 management case, hearing Mon 2026-07-20", p.ManagementCaseBy(day("2026-07-20")), "2026-07-06"},
		{"STAGE-3 employee case, hearing Mon 2026-07-20", p.EmployeeCaseBy(day("2026-07-20")), "2026-07-15"},
		{"STAGE-3 decision letter, hearing Mon 2026-07-20", p.DecisionLetterBy(day("2026-07-20")), "2026-07-27"},
		{"STAGE-5 appeal, termination letter 2026-07-22", p.AppealBy(day("2026-07-22")), "2026-08-12"},
		{"STAGE-5 management response, appeal hearing Wed 2026-09-09", p.AppealResponseBy(day("2026-09-09")), "2026-09-02"},
	} {
		if c.got != day(c.want) {
			t.Errorf("%s: got %s, want %s", c.name, c.got, c.want)
		}
	}
	if w := day("2026-09-02").Weekday(); w.String() != "Wednesday" {
		t.Errorf("2026-09-02 is a %s", w)
	}
}

// The same deadlines read from a case history (what the letters package
// uses).
func TestSTAGE1_STAGE3_STAGE5_WorkedExample9_FromTheCase(t *testing.T) {
	p := stages.HR14()
	s := mustReplay(t, p, []stages.Event{trigger("2026-03-02"), invite("2026-03-05", stages.StepStage1, "2026-03-16")})
	m, _ := s.Current()
	if d := m.Deadlines(p); d.EarliestMeeting != day("2026-03-12") || d.LatestRearranged != day("2026-03-23") {
		t.Errorf("stage 1: %+v", d)
	}
	s = mustReplay(t, p, toStage3Invited())
	m, _ = s.Current()
	if d := m.Deadlines(p); d.ManagementCase != day("2026-07-06") || d.EmployeeCase != day("2026-07-15") || !d.DecisionLetter.IsZero() {
		t.Errorf("stage 3 invited: %+v", d)
	}
	s = mustReplay(t, p, toDismissed())
	m, _ = s.Latest(stages.StepStage3)
	if d := m.Deadlines(p); d.DecisionLetter != day("2026-07-27") || d.Appeal != day("2026-08-12") {
		t.Errorf("dismissed: %+v", d)
	}
	s = mustReplay(t, p, toAppealInvited())
	m, _ = s.Current()
	if d := m.Deadlines(p); d.AppealResponse != day("2026-09-02") {
		t.Errorf("appeal: %+v", d)
	}
	s = mustReplay(t, p, with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-01"), appealHeard(stages.DismissalUpheld, "2026-09-09")))
	m, _ = s.Latest(stages.StepAppeal)
	if d := m.Deadlines(p); d.DecisionLetter != day("2026-09-16") {
		t.Errorf("appeal decided: %+v", d)
	}
}

// Business-day deadlines step over England and Wales bank holidays: the
// summer bank holiday (Mon 2026-08-31), Christmas Day (Fri 2026-12-25), the
// Boxing Day substitute (Mon 2026-12-28) and New Year's Day (Fri 2027-01-01).
// Calendar-day deadlines do not.
func TestDeadlines_BankHolidays(t *testing.T) {
	p := stages.HR14()
	noHolidays := stages.HR14()
	var err error
	if noHolidays.Calendar, err = absence.NewCalendar("no holidays", nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name        string
		f           func(stages.Policy, absence.Date) absence.Date
		from        string
		want, plain string // with E&W bank holidays, and with none
	}{
		{"decision letter, hearing Fri 2026-08-28", stages.Policy.DecisionLetterBy, "2026-08-28", "2026-09-07", "2026-09-04"},
		{"decision letter, hearing Wed 2026-08-26", stages.Policy.DecisionLetterBy, "2026-08-26", "2026-09-03", "2026-09-02"},
		{"appeal response, appeal hearing Fri 2026-09-04", stages.Policy.AppealResponseBy, "2026-09-04", "2026-08-27", "2026-08-28"},
		{"appeal response, appeal hearing Tue 2026-09-01", stages.Policy.AppealResponseBy, "2026-09-01", "2026-08-24", "2026-08-25"},
		{"decision letter, hearing Wed 2026-12-23", stages.Policy.DecisionLetterBy, "2026-12-23", "2027-01-04", "2026-12-30"},
		{"decision letter, hearing Thu 2026-12-24", stages.Policy.DecisionLetterBy, "2026-12-24", "2027-01-05", "2026-12-31"},
		{"appeal decision, appeal hearing Mon 2026-12-21", stages.Policy.AppealDecisionBy, "2026-12-21", "2026-12-30", "2026-12-28"},
		{"appeal response, appeal hearing Tue 2027-01-05", stages.Policy.AppealResponseBy, "2027-01-05", "2026-12-24", "2026-12-29"},
		{"appeal response, appeal hearing Mon 2027-01-04", stages.Policy.AppealResponseBy, "2027-01-04", "2026-12-23", "2026-12-28"},
		// Calendar days: the same with or without holidays.
		{"management case, hearing Mon 2027-01-04", stages.Policy.ManagementCaseBy, "2027-01-04", "2026-12-21", "2026-12-21"},
		{"employee case, hearing Mon 2027-01-04", stages.Policy.EmployeeCaseBy, "2027-01-04", "2026-12-30", "2026-12-30"},
		{"appeal window, letter Thu 2026-12-24", stages.Policy.AppealBy, "2026-12-24", "2027-01-14", "2027-01-14"},
		{"earliest meeting, letter Thu 2026-12-24", stages.Policy.EarliestMeeting, "2026-12-24", "2026-12-31", "2026-12-31"},
		{"latest re-arranged, original Mon 2026-08-31", stages.Policy.LatestRearranged, "2026-08-31", "2026-09-07", "2026-09-07"},
	} {
		if got := c.f(p, day(c.from)); got != day(c.want) {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
		if got := c.f(noHolidays, day(c.from)); got != day(c.plain) {
			t.Errorf("%s with no holidays: got %s, want %s", c.name, got, c.plain)
		}
	}
}

// A decision letter across Christmas, through the case.
func TestDeadlines_LetterAcrossChristmas(t *testing.T) {
	p := stages.HR14()
	events := with(toStage2(),
		trigger("2026-11-02"),
		simple(stages.HRNotified, "2026-11-03"),
		invite("2026-11-04", stages.StepStage3, "2026-12-23"),
		submitted("2026-12-07", stages.ManagementSide),
		simple(stages.OHReportReceived, "2026-12-10"),
		hearing("2026-12-23"),
		simple(stages.NotDismissed, "2026-12-23"),
	)
	s := mustReplay(t, p, events)
	acts, err := s.NextSteps(day("2027-01-04"), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(acts) == 0 || acts[0].By != day("2027-01-04") || acts[0].Overdue || acts[0].Kind != stages.OutcomeLetterSent {
		t.Fatalf("on 2027-01-04: %v", acts)
	}
	acts, _ = s.NextSteps(day("2027-01-05"), p, nil)
	if !acts[0].Overdue {
		t.Errorf("on 2027-01-05 the letter is overdue: %v", acts[0])
	}
	s = mustReplay(t, p, with(events, letter("2027-01-04", stages.StepStage3)))
	if hasFinding(s, "STAGE-3", "late") {
		t.Errorf("a letter on 2027-01-04 is in time: %v", s.Findings)
	}
}

func TestPolicy_Validate(t *testing.T) {
	if err := stages.HR14().Validate(); err != nil {
		t.Fatalf("HR14: %v", err)
	}
	invalid := func(name string, mutate func(*stages.Policy)) {
		t.Helper()
		p := stages.HR14()
		mutate(&p)
		err := p.Validate()
		var pe *stages.PolicyError
		if !errors.As(err, &pe) || pe.Field != name || !errors.Is(err, stages.ErrInvalidPolicy) {
			t.Errorf("%s: got %v", name, err)
		}
		if _, err := stages.Replay(nil, p); !errors.Is(err, stages.ErrInvalidPolicy) {
			t.Errorf("%s: Replay accepted the policy", name)
		}
		if _, err := (stages.State{}).Apply(trigger("2026-01-12"), p); !errors.Is(err, stages.ErrInvalidPolicy) {
			t.Errorf("%s: Apply accepted the policy", name)
		}
	}
	for name, mutate := range map[string]func(*stages.Policy){
		"NoticeDays":                 func(p *stages.Policy) { p.NoticeDays = -1 },
		"WaivableUpTo":               func(p *stages.Policy) { p.WaivableUpTo = 99 },
		"RearrangeDays":              func(p *stages.Policy) { p.RearrangeDays = -1 },
		"ManagementCaseDays":         func(p *stages.Policy) { p.ManagementCaseDays = -1 },
		"EmployeeCaseDays":           func(p *stages.Policy) { p.EmployeeCaseDays = -1 },
		"DecisionLetterBusinessDays": func(p *stages.Policy) { p.DecisionLetterBusinessDays = 0 },
		"AppealDays":                 func(p *stages.Policy) { p.AppealDays = 0 },
		"AppealResponseBusinessDays": func(p *stages.Policy) { p.AppealResponseBusinessDays = -1 },
		"AppealDecisionBusinessDays": func(p *stages.Policy) { p.AppealDecisionBusinessDays = 0 },
		"RedeploymentMinWeeks":       func(p *stages.Policy) { p.RedeploymentMinWeeks = -1 },
		"RedeploymentMaxWeeks":       func(p *stages.Policy) { p.RedeploymentMaxWeeks = 3 },
		"MissedMeetings":             func(p *stages.Policy) { p.MissedMeetings = 0 },
		"IllHealthRetirementFrom":    func(p *stages.Policy) { p.IllHealthRetirementFrom = 7 },
		"TerminalDiagnosisFrom":      func(p *stages.Policy) { p.TerminalDiagnosisFrom = stages.StepNone },
		"LapseMonths":                func(p *stages.Policy) { p.LapseMonths = -1 },
		"Calendar":                   func(p *stages.Policy) { p.Calendar = absence.Calendar{} },
	} {
		invalid(name, mutate)
	}
	// Upper bounds: a deadline 2^40 business days away would never be
	// found, and date arithmetic would overflow.
	for name, mutate := range map[string]func(*stages.Policy){
		"NoticeDays":                 func(p *stages.Policy) { p.NoticeDays = 3661 },
		"RearrangeDays":              func(p *stages.Policy) { p.RearrangeDays = 1 << 40 },
		"ManagementCaseDays":         func(p *stages.Policy) { p.ManagementCaseDays = 3661 },
		"EmployeeCaseDays":           func(p *stages.Policy) { p.EmployeeCaseDays = 3661 },
		"DecisionLetterBusinessDays": func(p *stages.Policy) { p.DecisionLetterBusinessDays = 1 << 40 },
		"AppealDays":                 func(p *stages.Policy) { p.AppealDays = 3661 },
		"AppealResponseBusinessDays": func(p *stages.Policy) { p.AppealResponseBusinessDays = 1 << 40 },
		"AppealDecisionBusinessDays": func(p *stages.Policy) { p.AppealDecisionBusinessDays = 3661 },
		"RedeploymentMinWeeks":       func(p *stages.Policy) { p.RedeploymentMinWeeks, p.RedeploymentMaxWeeks = 521, 600 },
		"RedeploymentMaxWeeks":       func(p *stages.Policy) { p.RedeploymentMaxWeeks = 521 },
		"MissedMeetings":             func(p *stages.Policy) { p.MissedMeetings = 101 },
		"LapseMonths":                func(p *stages.Policy) { p.LapseMonths = 121 },
	} {
		invalid(name, mutate)
	}
	// The bounds themselves are valid.
	p := stages.HR14()
	p.NoticeDays, p.DecisionLetterBusinessDays, p.RedeploymentMaxWeeks, p.MissedMeetings, p.LapseMonths = 3660, 3660, 520, 100, 120
	if err := p.Validate(); err != nil {
		t.Errorf("the largest values: %v", err)
	}
	if err := (stages.Policy{}).Validate(); err == nil {
		t.Error("the zero Policy is valid")
	}
}
