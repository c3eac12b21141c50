package letters

import (
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// Sample returns a complete letter of kind k for a fictional employee of a
// fictional trust, filled by hand the way a host that does not use the
// stages package would fill it (the deadlines come from stages.HR14's
// methods). It is for previewing templates: [Renderer.With] renders every
// Sample to check a replacement. An invalid k gives a letter that does not
// validate.
func Sample(k Kind) Letter {
	p := stages.HR14()
	l := Letter{
		Kind:      k,
		Reference: "ER/2026/0142",
		Letterhead: Letterhead{
			Organisation: "Example Hospitals NHS Trust",
			Lines:        []string{"Example Hospital, Hospital Road", "Exampletown EX1 2AB", "Telephone 01234 567890", "hr.letters@example.nhs.uk"},
		},
		To: Recipient{Name: "Alex Morgan", Salutation: "Alex", Address: []string{"12 Station Road", "Exampletown", "EX2 3CD"}},
		From: Signatory{Name: "Sam Patel", JobTitle: "Ward Manager", Department: "Surgery Division",
			Phone: "01234 567890", Email: "sam.patel@example.nhs.uk"},
		Copies: []string{"HR Employee Relations"},
	}
	hr := Person{Name: "Chris Evans", Role: "HR Employee Relations Adviser"}
	panel := []Person{
		{Name: "Pat Hughes", Role: "Matron, chair of the panel"},
		{Name: "Robin Shaw", Role: "Operations Manager, panel member"},
		{Name: "Dana Price", Role: "HR Business Partner, advising the panel"},
		{Name: "Sam Patel", Role: "Ward Manager, presenting the management case"},
		hr,
	}
	switch k.Step() {
	case stages.StepStage1:
		l.Basis = sampleStage1()
	case stages.StepStage2:
		l.Basis = sampleStage2()
	case stages.StepNone:
		sampleDocument(k, &l)
		return l
	default:
		l.Basis = sampleStage3()
	}
	switch k {
	case Stage1Invitation:
		l.Date = sampleDate(2026, 3, 5)
		l.Meeting = Meeting{Date: sampleDate(2026, 3, 16), Time: "10:00", Place: "Ward 6 office, Example Hospital"}
		l.Deadlines.Rearranged = p.LatestRearranged(l.Meeting.Date)
	case Stage1Outcome:
		l.Date = sampleDate(2026, 3, 18)
		l.Meeting = Meeting{Date: sampleDate(2026, 3, 16), Companion: "Jo Bloggs, UNISON representative"}
		l.Outcome.Discussed = []string{
			"your two absences since January and how you have been since",
			"the effect of short-notice absence on the ward rota",
			"a referral to Occupational Health, which you agreed to",
		}
		l.Outcome.Support = []string{"a referral to Occupational Health", "a review of your shift pattern with me in four weeks"}
		l.Outcome.Interviews, l.Outcome.InterviewsChecked = []absence.Date{sampleDate(2026, 1, 8), sampleDate(2026, 3, 4)}, true
	case Stage2Invitation:
		l.Date = sampleDate(2026, 4, 29)
		l.Meeting = Meeting{Date: sampleDate(2026, 5, 11), Time: "14:00", Place: "Seminar room 2, Example Hospital",
			People: []Person{{Name: "Jordan Lee", Role: "Deputy Ward Manager, second manager"}, hr}}
		l.Deadlines.Rearranged = p.LatestRearranged(l.Meeting.Date)
	case Stage2Outcome:
		l.Date = sampleDate(2026, 5, 13)
		l.Meeting = Meeting{Date: sampleDate(2026, 5, 11),
			People: []Person{{Name: "Jordan Lee", Role: "Deputy Ward Manager, second manager"}}}
		l.Outcome.Discussed = []string{"the advice from Occupational Health of 5 May 2026", "your phased return plan"}
	case HearingInvitation:
		l.Date = sampleDate(2026, 6, 22)
		l.Meeting = Meeting{Date: sampleDate(2026, 7, 20), Time: "10:00", Place: "Boardroom, Example Hospital", People: panel}
		l.Deadlines.ManagementCase = p.ManagementCaseBy(l.Meeting.Date)
		l.Deadlines.EmployeeCase = p.EmployeeCaseBy(l.Meeting.Date)
		l.Deadlines.Decision = p.DecisionLetterBy(l.Meeting.Date)
	case IllHealthInvitation:
		l.Basis = Basis{IllHealth: sampleDate(2026, 6, 22)}
		l.Date = sampleDate(2026, 6, 24)
		l.Meeting = Meeting{Date: sampleDate(2026, 7, 8), Time: "11:00", Place: "Boardroom, Example Hospital",
			People: []Person{{Name: "Pat Hughes", Role: "Matron, chair"}, {Name: "Dana Price", Role: "HR Business Partner"}, {Name: "Sam Patel", Role: "Ward Manager, presenting the management case"}}}
		l.Deadlines.Decision = p.DecisionLetterBy(l.Meeting.Date)
	case Dismissal, NotDismissed:
		l.From = Signatory{Name: "Pat Hughes", JobTitle: "Matron, chair of the panel", Department: "Surgery Division",
			Phone: "01234 567891", Email: "pat.hughes@example.nhs.uk"}
		l.Date = sampleDate(2026, 7, 22)
		l.Meeting = Meeting{Date: sampleDate(2026, 7, 20), Companion: "Jo Bloggs, UNISON representative", People: panel[:3]}
		l.Outcome.Decided = l.Meeting.Date
		l.Outcome.Considered = []string{"your absence record", "all the available medical evidence", "the likelihood of improvement in the foreseeable future"}
		l.Outcome.Alternatives = []string{"reasonable adjustments to your existing post: tried without a sustained improvement",
			"redeployment to another post: no suitable alternative post was found"}
		if k == NotDismissed {
			l.Outcome.Alternatives = []string{"reasonable adjustments to your existing post: adopted"}
			l.Outcome.Reasons = []string{"Occupational Health expects your back condition to improve with the adjusted duties now in place"}
			l.Outcome.Support = []string{"a further Occupational Health review in three months", "no lifting duties until that review"}
			break
		}
		l.Outcome.Grounds = stages.Capability
		l.Outcome.Reasons = []string{
			"your sickness absence has reached the trigger points at every stage of the policy since March 2026",
			"Occupational Health advised on 10 July 2026 that no improvement in attendance is likely in the foreseeable future",
			"adjustments to your duties and hours, and redeployment, were explored and have not been possible",
		}
		l.Outcome.Notice = stages.Notice{Weeks: 4, LastDay: sampleDate(2026, 8, 19)}
		l.Deadlines.Appeal = p.AppealBy(l.Date)
	case AppealInvitation, AppealUpheld, AppealOverturned:
		l.From = Signatory{Name: "Morgan Wright", JobTitle: "Associate Director of Nursing, chair of the appeal panel",
			Email: "morgan.wright@example.nhs.uk"}
		l.Appeal = Appeal{Lodged: sampleDate(2026, 8, 5), Hearing: sampleDate(2026, 7, 20), Letter: sampleDate(2026, 7, 22)}
		appeal := []Person{
			{Name: "Morgan Wright", Role: "Associate Director of Nursing, chair"},
			{Name: "Kim Taylor", Role: "Executive Director"},
			{Name: "Lee Carter", Role: "HR Business Partner, not previously involved"},
		}
		if k == AppealInvitation {
			l.Date = sampleDate(2026, 8, 12)
			l.Meeting = Meeting{Date: sampleDate(2026, 9, 9), Time: "10:00", Place: "Boardroom, Example Hospital", People: appeal}
			l.Deadlines.AppealResponse = p.AppealResponseBy(l.Meeting.Date)
			l.Deadlines.Decision = p.AppealDecisionBy(l.Meeting.Date)
			break
		}
		l.Date = sampleDate(2026, 9, 11)
		l.Meeting = Meeting{Date: sampleDate(2026, 9, 9), Companion: "Jo Bloggs, UNISON representative", People: appeal[1:]}
		l.Outcome.Decided = l.Meeting.Date
		if k == AppealUpheld {
			l.Outcome.Reasons = []string{"the procedure was followed at every stage", "the panel at the final review hearing took all the medical evidence into account"}
			l.Outcome.Notice = stages.Notice{Weeks: 4, LastDay: sampleDate(2026, 8, 19)}
		} else {
			l.Outcome.Reasons = []string{"the updated Occupational Health advice of 1 September 2026 expects a return to work within six weeks"}
		}
	default: // an invalid kind: the letter does not validate
	}
	return l
}

func sampleStage1() Basis {
	return Basis{
		Triggers: []Trigger{{ID: "TRIG-1", Point: "2 episodes of sickness absence in a rolling 6-month period", Activated: sampleDate(2026, 3, 2),
			Evidence: "You had 2 episodes of sickness absence in the 6 months from Wednesday 3 September 2025 to Monday 2 March 2026."}},
		Absences: []Absence{
			{Period: absence.Period{Start: sampleDate(2026, 1, 6), End: sampleDate(2026, 1, 7)}, WorkingDays: 2, Reason: "Infection"},
			{Period: absence.Day(sampleDate(2026, 3, 2)), WorkingDays: 1, Reason: "Musculoskeletal"},
		},
	}
}

func sampleStage2() Basis {
	return Basis{
		Since: sampleDate(2026, 3, 16),
		Triggers: []Trigger{{ID: "TRIG-1", Point: "2 episodes of sickness absence in a rolling 6-month period", Activated: sampleDate(2026, 4, 27),
			Evidence: "Counting only sickness after Monday 16 March 2026, you had 2 episodes of sickness absence in the 6 months from Tuesday 28 October 2025 to Monday 27 April 2026."}},
		Absences: []Absence{
			{Period: absence.Day(sampleDate(2026, 4, 13)), WorkingDays: 1, Reason: "Stress"},
			{Period: absence.Period{Start: sampleDate(2026, 4, 27), End: sampleDate(2026, 4, 28)}, WorkingDays: 2, Reason: "Infection"},
		},
	}
}

func sampleStage3() Basis {
	return Basis{
		Since: sampleDate(2026, 5, 11),
		Triggers: []Trigger{
			{ID: "TRIG-1", Point: "2 episodes of sickness absence in a rolling 6-month period", Activated: sampleDate(2026, 6, 15),
				Evidence: "Counting only sickness after Monday 11 May 2026, you had 2 episodes of sickness absence in the 6 months from Tuesday 16 December 2025 to Monday 15 June 2026."},
			{ID: "TRIG-2", Point: "10 working days of sickness absence (pro rata) in a rolling 6-month period", Activated: sampleDate(2026, 6, 15),
				Evidence: "Counting only sickness after Monday 11 May 2026, you lost 10 working days to sickness absence in the 6 months from Tuesday 16 December 2025 to Monday 15 June 2026."},
		},
		Absences: []Absence{
			{Period: absence.Period{Start: sampleDate(2026, 5, 26), End: sampleDate(2026, 6, 5)}, WorkingDays: 9, Reason: "Musculoskeletal"},
			{Period: absence.Period{Start: sampleDate(2026, 6, 15), End: sampleDate(2026, 6, 16)}, WorkingDays: 2, Reason: "Musculoskeletal"},
		},
	}
}

// sampleDate is a date of the fixed sample data.
func sampleDate(y int, m, d int) absence.Date {
	return absence.Date{Year: y, Month: time.Month(m), Day: d}
}
