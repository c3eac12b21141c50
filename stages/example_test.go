package stages_test

import (
	"errors"
	"fmt"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

func date(s string) absence.Date {
	d, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func ExampleReplay() {
	events := []stages.Event{
		{Kind: stages.TriggerActivated, Date: date("2026-03-02"), Triggers: []string{"TRIG-1"}},
		{Kind: stages.InvitationSent, Date: date("2026-03-05"), Step: stages.StepStage1,
			Slot: &stages.Slot{Date: date("2026-03-16"), Time: "10:00", Place: "Ward 6 office"}},
		{Kind: stages.MeetingHeld, Date: date("2026-03-16"), Step: stages.StepStage1},
	}
	s, err := stages.Replay(events, stages.HR14())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("stage in effect:", s.Stage, "since", s.Since)
	for _, f := range s.Findings {
		fmt.Println("-", f)
	}
	// Output:
	// stage in effect: stage-1 since 2026-03-16
	// - TRIG-1 activated on 2026-03-02: a stage 1 sickness review meeting is due — STAGE-1 (HR14 SAP 1.3)
	// - invitation to the stage 1 sickness review meeting on Monday 16 March 2026 sent on 2026-03-05 — STAGE-1 (HR14 SAP 1.3)
	// - stage 1 sickness review meeting held on 2026-03-16 — STAGE-1 (HR14 SAP 1.3)
}

func ExampleState_Apply() {
	p := stages.HR14()
	s, _ := stages.Replay([]stages.Event{
		{Kind: stages.TriggerActivated, Date: date("2026-03-02"), Triggers: []string{"TRIG-1"}},
	}, p)
	// A stage 2 meeting before any stage 1 meeting is rejected.
	_, err := s.Apply(stages.Event{Kind: stages.InvitationSent, Date: date("2026-03-05"), Step: stages.StepStage2,
		Slot: &stages.Slot{Date: date("2026-03-16")}}, p)
	var ee *stages.EventError
	if errors.As(err, &ee) {
		fmt.Println("event", ee.Index, "on", ee.Date, "forbidden by", ee.Rule)
		fmt.Println(errors.Is(err, stages.ErrNotDue))
	}
	// Output:
	// event 1 on 2026-03-05 forbidden by STAGE-2 (HR14 SAP 1.4)
	// true
}

func ExampleState_NextSteps() {
	p := stages.HR14()
	s, _ := stages.Replay(toStage3Invited(), p)
	acts, _ := s.NextSteps(date("2026-07-07"), p, nil)
	for _, a := range acts {
		fmt.Println(a)
	}
	// Output:
	// OVERDUE by 2026-07-06 presenting manager: submit the management case to the employee and the panel — STAGE-3 (HR14 Conduct of Stage 3, Final review process)
	// by 2026-07-15 employee: submit their case to the chair of the panel (optional) — STAGE-3 (HR14 Conduct of Stage 3, Final review process)
	// by 2026-07-20 presenting manager: obtain an updated Occupational Health opinion taking the new absences into account (needed before any dismissal) — STAGE-3 (HR14 SAP 1.5 (OH or specialist advice before termination))
	// by 2026-07-20 from 2026-07-20 panel chair: hold the stage 3 final review hearing on Monday 20 July 2026 at 10:00, HR meeting room 2 — STAGE-3 (HR14 SAP 1.5)
}

func ExampleMeeting_Deadlines() {
	p := stages.HR14()
	s, _ := stages.Replay(toStage3Invited(), p)
	hearing, _ := s.Current()
	d := hearing.Deadlines(p)
	fmt.Println("hearing:", hearing.Slot.Date.LongDate())
	fmt.Println("management case by:", d.ManagementCase.LongDate())
	fmt.Println("employee case by:", d.EmployeeCase.LongDate())
	fmt.Println("decision letter by:", p.DecisionLetterBy(hearing.Slot.Date).LongDate())
	// Output:
	// hearing: Monday 20 July 2026
	// management case by: Monday 6 July 2026
	// employee case by: Wednesday 15 July 2026
	// decision letter by: Monday 27 July 2026
}

func ExamplePolicy_DecisionLetterBy() {
	p := stages.HR14()
	// Christmas Day, the Boxing Day substitute and New Year's Day are not
	// business days.
	fmt.Println(p.DecisionLetterBy(date("2026-12-23")).LongDate())
	fmt.Println(p.AppealResponseBy(date("2027-01-05")).LongDate())
	fmt.Println(p.AppealBy(date("2026-07-22")).LongDate())
	// Output:
	// Monday 4 January 2027
	// Thursday 24 December 2026
	// Wednesday 12 August 2026
}

func ExamplePanel_Check() {
	panel := stages.Panel{Group: stages.NonMedical, Members: []stages.Member{
		{Role: stages.SeniorManager, Band: stages.Band7, Chair: true},
		{Role: stages.OtherManager, Band: stages.Band7},
		{Role: stages.HRRepresentative, Band: stages.Band7, PreviouslyInvolved: true},
	}}
	r := panel.Check(stages.StepStage3)
	fmt.Println("can hear:", r.OK(), "can dismiss:", r.CanDismiss)
	for _, f := range r.Problems {
		fmt.Println("problem:", f)
	}
	for _, f := range r.Notes {
		fmt.Println("note:", f)
	}
	// Output:
	// can hear: false can dismiss: false
	// problem: the HR representative on the panel has been involved in the case before; the one advising the case attends with the management side (mark them Presenting) — STAGE-8 (HR14 App 13; Conduct of Stage 3 and of Appeal Hearing)
	// note: the chair (Band 7) cannot dismiss: App 13 requires at least Band 8a or equivalent — STAGE-8 (HR14 App 13)
}

func ExampleProgress() {
	// The employee's absences, as the absence package records them.
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	var records []absence.Record
	for i, s := range []string{"2026-01-06/2026-01-07", "2026-03-02", "2026-05-11", "2026-06-15/2026-06-16"} {
		p, _ := absence.ParsePeriod(s)
		records = append(records, absence.Record{ID: fmt.Sprint("A", i), Period: p, Reason: absence.Infection})
	}
	tp := triggers.HR14() // counts only sickness after a stage meeting
	h, _ := absence.NewHistory(emp, records, tp.Recording)
	tm, _ := triggers.New(h, tp)
	m := stages.TriggerMonitor(tm)

	p := stages.HR14()
	var s stages.State
	e, _, _ := stages.Progress(s, p, m, date("2026-03-04"))
	fmt.Println(e.Kind, e.Date, e.Triggers)
	s, _ = stages.Replay([]stages.Event{e,
		{Kind: stages.InvitationSent, Date: date("2026-03-05"), Step: stages.StepStage1, Slot: &stages.Slot{Date: date("2026-03-16")}},
		{Kind: stages.MeetingHeld, Date: date("2026-03-16"), Step: stages.StepStage1},
	}, p)
	e, _, _ = stages.Progress(s, p, m, date("2026-06-30"))
	fmt.Println(e.Kind, e.Date, e.Triggers)
	s, _ = s.Apply(e, p)
	next, _ := s.Current()
	fmt.Println("due:", next.Step)
	// Output:
	// trigger-activated 2026-03-02 [TRIG-1]
	// trigger-activated 2026-06-15 [TRIG-1]
	// due: stage 2 sickness review meeting
}
