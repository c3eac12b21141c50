package letters_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

func ExampleFromCase() {
	// The employee's absences (worked example 1) and the trigger evaluation.
	office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
	records := []absence.Record{
		{ID: "A1", Period: period("2026-01-06/2026-01-07"), Reason: absence.Infection},
		{ID: "A2", Period: period("2026-03-02/2026-03-02"), Reason: absence.Musculoskeletal, Diagnosis: "never printed"},
	}
	h, _ := absence.NewHistory(emp, records, absence.HR14())
	m, _ := triggers.New(h, triggers.HR14())

	// The case: TRIG-1 activated, the stage 1 invitation recorded.
	p := stages.HR14()
	s, _ := stages.Replay([]stages.Event{
		{Kind: stages.TriggerActivated, Date: day("2026-03-02"), Triggers: []string{"TRIG-1"}},
		{Kind: stages.InvitationSent, Date: day("2026-03-05"), Step: stages.StepStage1,
			Slot: &stages.Slot{Date: day("2026-03-16"), Time: "10:00", Place: "Ward 6 office"}},
	}, p)

	// What the case does not hold: who writes to whom.
	base := letters.Letter{
		Kind: letters.Stage1Invitation,
		To:   letters.Recipient{Name: "Alex Morgan"},
		From: letters.Signatory{Name: "Sam Patel", JobTitle: "Ward Manager", Phone: "01234 567890"},
	}
	l, err := letters.FromCase(base, letters.Case{State: s, Policy: p, Monitor: m})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("dated:", l.Date.LongDate())
	for _, t := range l.Basis.Triggers {
		fmt.Println("trigger:", t.Point)
		fmt.Println("  ", t.Evidence)
	}
	for _, a := range l.Basis.Absences {
		fmt.Println("absence:", a.Period, a.WorkingDays, a.Reason)
	}
	fmt.Println("meeting:", l.Meeting.Date.LongDate(), l.Meeting.Time, l.Meeting.Place)
	fmt.Println("re-arranged no later than:", l.Deadlines.Rearranged.LongDate())
	// Output:
	// dated: Thursday 5 March 2026
	// trigger: 2 episodes of sickness absence in a rolling 6-month period
	//    You had 2 episodes of sickness absence in the 6 months from Wednesday 3 September 2025 to Monday 2 March 2026.
	// absence: 2026-01-06/2026-01-07 2 Infection
	// absence: 2026-03-02/2026-03-02 1 Musculoskeletal
	// meeting: Monday 16 March 2026 10:00 Ward 6 office
	// re-arranged no later than: Monday 23 March 2026
}

func ExampleRenderer_Render() {
	r, err := letters.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	if err := r.Render(&b, letters.Text, letters.Sample(letters.Dismissal)); err != nil {
		fmt.Println(err)
		return
	}
	// The paragraph on the right of appeal.
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "You have the right to appeal") {
			fmt.Println(line)
		}
	}
	// Output:
	// You have the right to appeal against this decision. If you wish to appeal, please write to the Director of Human Resources, setting out fully all your grounds of appeal. Your appeal must be made in writing within 21 days of the date of this letter, that is by Wednesday 12 August 2026.
}

func ExampleRenderer_With() {
	r, _ := letters.New()
	// The trust's own letterhead for plain-text letters.
	r, err := r.With(letters.Text, "letterhead", "{{.Letterhead.Organisation}} — Workforce Directorate\n\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := r.String(letters.Text, letters.Sample(letters.Stage1Invitation))
	fmt.Println(strings.Join(strings.Split(out, "\n")[:3], "\n"))

	// A template that names a field no letter has is refused at once.
	_, err = r.With(letters.HTML, "stage-1-invitation", "{{.Meeting.Room}}")
	fmt.Println(errors.Is(err, letters.ErrTemplate))
	// Output:
	// Example Hospitals NHS Trust — Workforce Directorate
	//
	// Private and Confidential
	// true
}

func ExampleLetter_Validate() {
	l := letters.Sample(letters.HearingInvitation)
	l.Meeting.Place = ""
	l.Deadlines.EmployeeCase = l.Meeting.Date.AddDays(1)
	err := l.Validate()
	fmt.Println(errors.Is(err, letters.ErrMissing), errors.Is(err, letters.ErrInvalid))
	fmt.Println(err)
	// Output:
	// true true
	// letters: stage-3-invitation: Meeting.Place: required data missing
	// letters: stage-3-invitation: Deadlines.EmployeeCase: invalid letter data: 2026-07-21 must be before Meeting.Date 2026-07-20
}
