package letters

import (
	"github.com/absencerules/hr14/absence"
)

// sampleDocument fills the section of a document that is not a letter of
// the formal procedure (LET-9 … LET-17) for the fictional employee of
// Sample. An invalid kind is left without one.
func sampleDocument(k Kind, l *Letter) {
	d := sampleDate
	p := func(a, b absence.Date) absence.Period { return absence.Period{Start: a, End: b} }
	twelveMonths := []Absence{
		{Period: p(d(2026, 1, 6), d(2026, 1, 7)), WorkingDays: 2, Reason: "Infection"},
		{Period: p(d(2026, 3, 2), d(2026, 3, 3)), WorkingDays: 2, Reason: "Musculoskeletal"},
	}
	switch k {
	case OHReferral, OHReferralCopy:
		l.Date = d(2026, 3, 3)
		l.Referral = &ReferralForm{
			Date:      d(2026, 3, 3),
			Reason:    "a musculoskeletal absence: it is referred as soon as it is known, for early intervention (§5.6.5, App 9).",
			Category:  "Musculoskeletal",
			By:        "the line manager",
			Explained: true, CopyGiven: true, Release: "given", PreCall: "given",
			Questions: []string{
				"Is Alex fit for their role now, and if not, when are they likely to be?",
				"What adjustments or restrictions would help Alex at work?",
				"Is there an underlying medical condition that links the absences?",
			},
			Absences:    twelveMonths,
			Pattern:     "2 episodes, 4 working days lost in the 12 months from 4 Mar 2025 to 3 Mar 2026",
			Support:     []string{"a return-to-work interview after each absence", "an informal discussion of attendance on 23 January 2026"},
			Planned:     []string{"a review of the ward's manual handling risk assessment"},
			Adjustments: []string{"auxiliary aids or equipment: proposed on 3 Mar 2026"},
		}
	case ReturnToWorkRecord:
		l.Date = d(2026, 3, 4)
		l.Interview = &InterviewRecord{
			Date: d(2026, 3, 4), Absence: twelveMonths[1], Returned: d(2026, 3, 4), HeldBy: "the line manager",
			Covered: []string{"the trigger points explained", "the next formal steps explained", "adjustments discussed",
				"a referral to Occupational Health considered", "the week without additional hours explained"},
			NotCovered: []string{"support discussed"},
			Headroom: []HeadroomLine{
				{Trigger: "TRIG-1", Point: "2 episodes of sickness absence in a rolling 6-month period", Now: "2 episodes", Left: "reached",
					Clear: d(2026, 7, 8), Leaves: []string{"The absence of 6 Jan 2026 leaves the window on 8 Jul 2026"}},
				{Trigger: "TRIG-2", Point: "10 working days of sickness absence (pro rata) in a rolling 6-month period", Now: "4 working days", Left: "6 more working days reach it"},
				{Trigger: "TRIG-3", Point: "4 episodes of sickness absence in a rolling 12-month period", Now: "2 episodes", Left: "2 more episodes reach it"},
				{Trigger: "TRIG-4", Point: "10 working days of sickness absence (pro rata) in a rolling 12-month period", Now: "4 working days", Left: "6 more working days reach it"},
				{Trigger: "TRIG-5", Point: "an episode of sickness absence of 28 calendar days or more", Now: "no absence running", Left: "an absence of 28 calendar days reaches it"},
			},
			OHReferral:   "already referred",
			NoExtraHours: p(d(2026, 3, 4), d(2026, 3, 10)),
		}
	case CaseConferenceMinutes:
		l.Date = d(2026, 6, 26)
		l.Meeting.People = []Person{{Name: "Sam Patel", Role: "Ward Manager"}, {Name: "Chris Evans", Role: "HR Employee Relations Adviser"},
			{Name: "Dr Lee Young", Role: "Occupational Health Physician"}, {Name: "Alex Morgan", Role: "employee"},
			{Name: "Jo Bloggs", Role: "UNISON representative"}}
		l.Outcome.Discussed = []string{"Occupational Health's recommendations of 13 March 2026", "a phased return to work over four weeks"}
		l.Conference = &ConferenceMinutes{
			Date: d(2026, 6, 24), Requested: d(2026, 6, 16), RequestedBy: "the line manager", PreMeeting: d(2026, 6, 22),
			Attendees: []string{"line manager", "HR Employee Relations", "Occupational Health", "employee", "employee's representative"},
			Actions: []ActionLine{
				{ID: "CC1", What: "a phased return to work programme", Owner: "the line manager", By: d(2026, 7, 1)},
				{ID: "CC2", What: "a risk assessment", Owner: "the line manager", By: d(2026, 7, 8)},
				{ID: "CC3", What: "a review", Owner: "Occupational Health", By: d(2026, 8, 5)},
			},
			Copied: true, FollowUp: d(2026, 8, 5),
		}
	case RedeploymentRegister:
		l.Date = d(2026, 6, 1)
		l.Register = &RegisterInfo{Start: d(2026, 6, 1), Earliest: d(2026, 6, 29), Latest: d(2026, 8, 24), Band: "Band 5"}
	case PayWithheld, PayReleased:
		l.Date = d(2026, 6, 8)
		l.Pay = &PayNotice{Absence: p(d(2026, 5, 26), d(2026, 6, 12)), Days: []absence.Period{p(d(2026, 6, 2), d(2026, 6, 12))}, Due: d(2026, 6, 5), Within: 3}
		if k == PayReleased {
			l.Date = d(2026, 6, 17)
			l.Pay.Due, l.Pay.Within, l.Pay.Received, l.Pay.Explained = absence.Date{}, 0, d(2026, 6, 15), d(2026, 6, 16)
		}
	case PaySuspended:
		l.Date = d(2026, 7, 9)
		l.Pay = &PayNotice{Absence: p(d(2026, 7, 6), d(2026, 7, 7)), Days: []absence.Period{p(d(2026, 7, 6), d(2026, 7, 7))}, HRAdvised: d(2026, 7, 8)}
	case SelfCertificationWithdrawn:
		l.Date = d(2026, 7, 28)
		l.SelfCertification = &SelfCertificationNotice{From: d(2026, 8, 3), HRAdvised: d(2026, 7, 27),
			Grounds: []string{"sickness absence while on annual leave in June and July 2026",
				"frequent short-term absences for which no medical advice has been sought"},
			Review: d(2027, 2, 1)}
	case InjuryAllowanceClaim:
		l.Date = d(2026, 5, 7)
		l.Employee = &EmployeeDetails{Number: "10042", JobTitle: "Healthcare Assistant", Band: "Band 3", Directorate: "Surgery",
			Division: "Surgical Division", DateOfBirth: d(1985, 4, 12)}
		l.Injury = &InjuryClaimForm{
			Absences: []Absence{{Period: p(d(2026, 4, 14), d(2026, 5, 22)), WorkingDays: 28, Reason: "Work-related injury or condition"}},
			Incident: d(2026, 4, 13), Report: "IR-2026-00412", Reported: d(2026, 4, 13),
			Evidence: []string{"the accident report: held from 13 Apr 2026", "the Occupational Health report: asked for 15 Apr 2026, held from 29 Apr 2026",
				"the employee's statement of events: held from 20 Apr 2026"},
			SickPay: []string{"full pay to 13 October 2026, then half pay (Agenda for Change Section 14)"},
			Decided: d(2026, 5, 6), By: "the line manager", Attributable: true, HRAdvice: d(2026, 5, 5), PaymentFrom: d(2026, 4, 14),
			Authoriser: Person{Name: "Robin Shaw", Role: "Divisional Director of Operations"},
		}
	case SSPExclusionNotice:
		l.Date = d(2026, 6, 12)
		l.Employee = &EmployeeDetails{Number: "10042", NINumber: "QQ 12 34 56 C"}
		l.SSP = &SSPNotice{Reason: "the 28 weeks of SSP have been paid", PIW: d(2026, 1, 5), From: d(2026, 7, 23),
			Ended: d(2026, 7, 22), LastPaid: d(2026, 7, 22), Weeks: "28.00", Due: d(2026, 6, 18)}
	default: // an invalid kind: no section
	}
}
