package letters

import (
	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// SampleChronology returns the chronology of a fictional case, as of
// Tuesday 1 September 2026: a full-time employee with six absences in
// 2026, stages 1 and 2, and a final review hearing that dismissed on the
// grounds of capability, with the appeal lodged. It is for previewing the
// "chronology" template: [Renderer.With] renders it to check a
// replacement.
func SampleChronology() Chronology {
	c, ok := sampleCase()
	if !ok {
		return Chronology{}
	}
	out, err := NewChronology(c, ChronologyOptions{AsOf: sampleDate(2026, 9, 1), Employee: "Alex Morgan (E-1042)",
		Letterhead: Letterhead{Organisation: "Example Hospitals NHS Trust", Lines: []string{"HR Employee Relations"}}})
	if err != nil {
		return Chronology{}
	}
	return out
}

// sampleCase is the fictional case of the samples: records, events, the
// state and the trigger monitor. ok is false only if the library refuses
// it, which its tests rule out.
func sampleCase() (Case, bool) {
	week, err := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	if err != nil {
		return Case{}, false
	}
	emp := absence.Employee{ID: "E-1042", FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5"),
		Schedule: week.BankHolidaysOff(absence.EnglandAndWales())}
	d := sampleDate
	rec := func(id string, from, to absence.Date, r absence.Reason) absence.Record {
		return absence.Record{ID: id, Period: absence.Period{Start: from, End: to}, Reason: r, Returned: to.AddDays(1), Interviewed: to.AddDays(1),
			Interview: &absence.Interview{TriggersExplained: true, SupportDiscussed: true}}
	}
	records := []absence.Record{
		rec("A1", d(2026, 1, 6), d(2026, 1, 7), absence.Infection),
		rec("A2", d(2026, 3, 2), d(2026, 3, 2), absence.Musculoskeletal),
		rec("A3", d(2026, 4, 13), d(2026, 4, 13), absence.Stress),
		rec("A4", d(2026, 4, 27), d(2026, 4, 28), absence.Infection),
		rec("A5", d(2026, 5, 26), d(2026, 6, 5), absence.Musculoskeletal),
		rec("A6", d(2026, 6, 15), d(2026, 6, 16), absence.Musculoskeletal),
		{ID: "L1", Period: absence.Period{Start: d(2026, 8, 3), End: d(2026, 8, 7)}, Kind: absence.Leave},
	}
	records[4].Certificates = []absence.Certificate{
		{Kind: absence.SelfCertificate, Covers: absence.Period{Start: d(2026, 5, 26), End: d(2026, 6, 1)}, Received: d(2026, 5, 27)},
		{Kind: absence.FitNote, Covers: absence.Period{Start: d(2026, 6, 2), End: d(2026, 6, 5)}, Received: d(2026, 6, 8)},
	}
	tp := triggers.HR14()
	h, err := absence.NewHistory(emp, records, tp.Recording)
	if err != nil {
		return Case{}, false
	}
	m, err := triggers.New(h, tp)
	if err != nil {
		return Case{}, false
	}
	slot := func(on absence.Date, at, place string) *stages.Slot {
		return &stages.Slot{Date: on, Time: at, Place: place}
	}
	panel := func(ms ...stages.Member) *stages.Panel { return &stages.Panel{Members: ms} }
	deliberation := &stages.Deliberation{Notes: &stages.HearingNotes{Kind: stages.NotesNoteTaker}}
	for _, x := range stages.Matters() {
		deliberation.Matters = append(deliberation.Matters, stages.Consideration{Matter: x, Evidence: "hearing bundle"})
	}
	outcomes := []stages.AlternativeOutcome{stages.OutcomeTried, stages.OutcomeNotEffective, stages.OutcomeNotPracticable, stages.OutcomeNoPost, stages.OutcomeNotApplied}
	for i, a := range stages.Alternatives() {
		deliberation.Alternatives = append(deliberation.Alternatives, stages.AlternativeConsidered{Alternative: a, Outcome: outcomes[i]})
	}
	events := []stages.Event{
		{Kind: stages.TriggerActivated, Date: d(2026, 3, 2), Triggers: []string{"TRIG-1"}},
		{Kind: stages.InvitationSent, Date: d(2026, 3, 5), Step: stages.StepStage1, Slot: slot(d(2026, 3, 16), "10:00", "Ward 6 office")},
		{Kind: stages.MeetingHeld, Date: d(2026, 3, 16), Step: stages.StepStage1},
		{Kind: stages.OutcomeLetterSent, Date: d(2026, 3, 18), Step: stages.StepStage1},
		{Kind: stages.TriggerActivated, Date: d(2026, 4, 27), Triggers: []string{"TRIG-1"}},
		{Kind: stages.HRNotified, Date: d(2026, 4, 28)},
		{Kind: stages.OHReferralMade, Date: d(2026, 4, 28), Referral: &stages.Referral{Ground: stages.GroundFormalStage, Step: stages.StepStage2,
			Explained: true, CopyGiven: true, Release: stages.ConsentGiven, Questions: []stages.Question{stages.QuestionUnderlying, stages.QuestionPrognosis}}},
		{Kind: stages.InvitationSent, Date: d(2026, 4, 29), Step: stages.StepStage2, Slot: slot(d(2026, 5, 11), "14:00", "Seminar room 2")},
		{Kind: stages.MeetingHeld, Date: d(2026, 5, 11), Step: stages.StepStage2, Panel: panel(
			stages.Member{Role: stages.LineManager, Band: stages.Band6, Chair: true}, stages.Member{Role: stages.OtherManager, Band: stages.Band7})},
		{Kind: stages.OutcomeLetterSent, Date: d(2026, 5, 13), Step: stages.StepStage2},
		{Kind: stages.TriggerActivated, Date: d(2026, 6, 15), Triggers: []string{"TRIG-1", "TRIG-2", "TRIG-4"}},
		{Kind: stages.HRReviewed, Date: d(2026, 6, 17)},
		{Kind: stages.OHReportReceived, Date: d(2026, 6, 19), Report: &stages.OHReport{Fitness: stages.Fit, Underlying: stages.No, Prognosis: stages.ReturnUnlikely}},
		{Kind: stages.InvitationSent, Date: d(2026, 6, 22), Step: stages.StepStage3, Slot: slot(d(2026, 7, 20), "10:00", "Boardroom")},
		{Kind: stages.CaseSubmitted, Date: d(2026, 7, 3), Side: stages.ManagementSide},
		{Kind: stages.HearingHeld, Date: d(2026, 7, 20), Panel: panel(
			stages.Member{Role: stages.SeniorManager, Band: stages.Band8a, Chair: true}, stages.Member{Role: stages.OtherManager, Band: stages.Band7},
			stages.Member{Role: stages.HRRepresentative, Band: stages.Band7}, stages.Member{Role: stages.LineManager, Band: stages.Band6, Presenting: true},
			stages.Member{Role: stages.HRRepresentative, Band: stages.Band6, Presenting: true, PreviouslyInvolved: true})},
		{Kind: stages.Dismissed, Date: d(2026, 7, 20), Grounds: stages.Capability, Deliberation: deliberation},
		{Kind: stages.TerminationLetterSent, Date: d(2026, 7, 22), Notice: &stages.Notice{Weeks: 4, LastDay: d(2026, 8, 19)}},
		{Kind: stages.AppealLodged, Date: d(2026, 8, 5)},
	}
	pol := stages.HR14()
	s, err := stages.Replay(events, pol)
	if err != nil {
		return Case{}, false
	}
	return Case{State: s, Policy: pol, Monitor: m, Events: events}, true
}
