package letters_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// day parses a date in a test table; a typo panics at once.
func day(s string) absence.Date {
	d, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func period(s string) absence.Period {
	p, err := absence.ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// sick is a sickness record for the period s ("2026-01-06/2026-01-07").
func sick(id, s string, r absence.Reason) absence.Record {
	return absence.Record{ID: id, Period: period(s), Reason: r,
		Diagnosis: "CONFIDENTIAL-DIAGNOSIS", Notes: "CONFIDENTIAL-NOTE"}
}

// monitor is the trigger monitor of a Monday-to-Friday worker at fte with
// England and Wales bank holidays off.
func monitor(t testing.TB, fte string, records ...absence.Record) *triggers.Monitor {
	t.Helper()
	mask := "MTWTF.."
	if fte == "0.6" {
		mask = "MTW...."
	}
	week, err := absence.ParseWeekMask(mask, decimal.RequireFromString("7.5"))
	if err != nil {
		t.Fatal(err)
	}
	emp := absence.Employee{ID: "E1", FTE: decimal.RequireFromString(fte), StandardDayHours: decimal.RequireFromString("7.5"),
		Schedule: week.BankHolidaysOff(absence.EnglandAndWales())}
	tp := triggers.HR14()
	h, err := absence.NewHistory(emp, records, tp.Recording)
	if err != nil {
		t.Fatal(err)
	}
	m, err := triggers.New(h, tp)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func slot(date, at, place string) *stages.Slot {
	return &stages.Slot{Date: day(date), Time: at, Place: place}
}

func ev(k stages.Kind, date string) stages.Event { return stages.Event{Kind: k, Date: day(date)} }

func trig(date string, ids ...string) stages.Event {
	return stages.Event{Kind: stages.TriggerActivated, Date: day(date), Triggers: ids}
}

func invite(date string, st stages.Step, s *stages.Slot) stages.Event {
	return stages.Event{Kind: stages.InvitationSent, Date: day(date), Step: st, Slot: s}
}

func step(k stages.Kind, date string, st stages.Step) stages.Event {
	return stages.Event{Kind: k, Date: day(date), Step: st}
}

func panel(members ...stages.Member) *stages.Panel { return &stages.Panel{Members: members} }

var (
	chair8a   = stages.Member{Role: stages.SeniorManager, Band: stages.Band8a, Chair: true}
	lineChair = stages.Member{Role: stages.LineManager, Band: stages.Band6, Chair: true}
	other     = stages.Member{Role: stages.OtherManager, Band: stages.Band7}
	hrNew     = stages.Member{Role: stages.HRRepresentative, Band: stages.Band7}
	presents  = stages.Member{Role: stages.LineManager, Band: stages.Band6, Presenting: true}
	hrAdvises = stages.Member{Role: stages.HRRepresentative, Band: stages.Band6, Presenting: true, PreviouslyInvolved: true}
)

// deliberation is the panel's full record of its decision (STAGE-18).
func deliberation() *stages.Deliberation {
	d := &stages.Deliberation{Notes: &stages.HearingNotes{Kind: stages.NotesNoteTaker}}
	for _, m := range stages.Matters() {
		d.Matters = append(d.Matters, stages.Consideration{Matter: m, Evidence: "hearing bundle"})
	}
	outcomes := []stages.AlternativeOutcome{stages.OutcomeTried, stages.OutcomeNotEffective, stages.OutcomeNotPracticable,
		stages.OutcomeNoPost, stages.OutcomeNotApplied}
	for i, a := range stages.Alternatives() {
		d.Alternatives = append(d.Alternatives, stages.AlternativeConsidered{Alternative: a, Outcome: outcomes[i]})
	}
	return d
}

// journeyA is a case on the trigger route from stage 1 to a dismissal
// (worked examples 1, 8 and 9 in spirit): TRIG-1 on 2026-03-02, stage 1 on
// 2026-03-16; TRIG-1 again on 2026-04-27, stage 2 on 2026-05-11; TRIG-1,
// TRIG-2 and TRIG-4 on 2026-06-15, the hearing on 2026-07-20.
func journeyA(t testing.TB) (*triggers.Monitor, []stages.Event) {
	m := monitor(t, "1",
		sick("A1", "2026-01-06/2026-01-07", absence.Infection),
		sick("A2", "2026-03-02/2026-03-02", absence.Musculoskeletal),
		sick("A3", "2026-04-13/2026-04-13", absence.Stress),
		sick("A4", "2026-04-27/2026-04-28", absence.Infection),
		sick("A5", "2026-05-26/2026-06-05", absence.Musculoskeletal),
		sick("A6", "2026-06-15/2026-06-16", absence.Musculoskeletal),
	)
	return m, []stages.Event{
		trig("2026-03-02", "TRIG-1"),
		invite("2026-03-05", stages.StepStage1, slot("2026-03-16", "10:00", "Ward 6 office, Example Hospital")),
		step(stages.MeetingHeld, "2026-03-16", stages.StepStage1),
		step(stages.OutcomeLetterSent, "2026-03-18", stages.StepStage1),
		trig("2026-04-27", "TRIG-1"),
		ev(stages.HRNotified, "2026-04-28"),
		ev(stages.OHReferralMade, "2026-04-28"),
		invite("2026-04-29", stages.StepStage2, slot("2026-05-11", "14:00", "Seminar room 2, Example Hospital")),
		{Kind: stages.MeetingHeld, Date: day("2026-05-11"), Step: stages.StepStage2, Panel: panel(lineChair, other)},
		step(stages.OutcomeLetterSent, "2026-05-13", stages.StepStage2),
		trig("2026-06-15", "TRIG-1", "TRIG-2", "TRIG-4"),
		ev(stages.HRReviewed, "2026-06-17"),
		ev(stages.OHReportReceived, "2026-06-19"),
		invite("2026-06-22", stages.StepStage3, slot("2026-07-20", "10:00", "Boardroom, Example Hospital")),
		{Kind: stages.CaseSubmitted, Date: day("2026-07-03"), Side: stages.ManagementSide},
		{Kind: stages.CaseSubmitted, Date: day("2026-07-14"), Side: stages.EmployeeSide},
		{Kind: stages.HearingHeld, Date: day("2026-07-20"), Panel: panel(chair8a, other, hrNew, presents, hrAdvises)},
	}
}

// dismissedA continues journeyA to the termination letter and the appeal
// hearing's invitation.
func dismissedA(events []stages.Event) []stages.Event {
	return append(events,
		stages.Event{Kind: stages.Dismissed, Date: day("2026-07-20"), Grounds: stages.Capability, Deliberation: deliberation()},
		stages.Event{Kind: stages.TerminationLetterSent, Date: day("2026-07-22"), Notice: &stages.Notice{Weeks: 4, LastDay: day("2026-08-19")}},
		ev(stages.AppealLodged, "2026-08-05"),
		invite("2026-08-12", stages.StepAppeal, slot("2026-09-09", "10:00", "Boardroom, Example Hospital")),
		ev(stages.AppealResponseSubmitted, "2026-09-01"),
	)
}

// appealPanel is the panel of the appeal hearing.
func appealPanel() *stages.Panel {
	return panel(stages.Member{Role: stages.AssociateDirector, Band: stages.Band8c, Chair: true},
		stages.Member{Role: stages.ExecutiveDirector, Band: stages.VerySenior}, hrNew)
}

// journeyB is a long absence: Monday 2026-06-01 onwards (worked example 3),
// TRIG-2 and TRIG-4 on 2026-06-12 and TRIG-5 on 2026-06-28, stage 1 on
// 2026-07-06; long-term absence recorded as ongoing on 2026-08-03, stage 2
// on 2026-08-17; ill-health retirement pursued on 2026-09-01, the formal
// meeting on 2026-09-16.
func journeyB(t testing.TB) (*triggers.Monitor, []stages.Event) {
	m := monitor(t, "1", sick("B1", "2026-06-01/2026-09-30", absence.Musculoskeletal))
	return m, []stages.Event{
		trig("2026-06-12", "TRIG-2", "TRIG-4"),
		trig("2026-06-28", "TRIG-5"),
		invite("2026-06-29", stages.StepStage1, slot("2026-07-06", "11:00", "by video call")),
		step(stages.MeetingHeld, "2026-07-06", stages.StepStage1),
		ev(stages.LongTermOngoing, "2026-08-03"),
		ev(stages.HRNotified, "2026-08-04"),
		ev(stages.OHReferralMade, "2026-08-04"),
		invite("2026-08-05", stages.StepStage2, slot("2026-08-17", "11:00", "at your home, as agreed")),
		{Kind: stages.MeetingHeld, Date: day("2026-08-17"), Step: stages.StepStage2, Panel: panel(lineChair, other)},
		step(stages.OutcomeLetterSent, "2026-08-19", stages.StepStage2),
		ev(stages.IllHealthRetirementPursued, "2026-09-01"),
		ev(stages.HRNotified, "2026-09-02"),
		ev(stages.OHReportReceived, "2026-09-02"),
		invite("2026-09-03", stages.StepIllHealth, slot("2026-09-16", "11:00", "Boardroom, Example Hospital")),
		{Kind: stages.MeetingHeld, Date: day("2026-09-16"), Step: stages.StepIllHealth, Panel: panel(
			stages.Member{Role: stages.SeniorManager, Band: stages.Band8b, Chair: true}, hrNew, presents)},
		{Kind: stages.Dismissed, Date: day("2026-09-16"), Grounds: stages.Capability},
		{Kind: stages.TerminationLetterSent, Date: day("2026-09-18"), Notice: &stages.Notice{Weeks: 4, PayInLieu: true, LastDay: day("2026-09-18")}},
	}
}

// replay replays events under HR14.
func replay(t testing.TB, events []stages.Event) stages.State {
	t.Helper()
	s, err := stages.Replay(events, stages.HR14())
	if err != nil {
		t.Fatalf("Replay: %v", err)
	}
	return s
}

// fromCase builds the letter of kind k for the case, with the human details
// of the sample letter.
func fromCase(t testing.TB, k letters.Kind, m *triggers.Monitor, events []stages.Event) letters.Letter {
	t.Helper()
	l, err := letters.FromCase(letters.Sample(k), letters.Case{State: replay(t, events), Policy: stages.HR14(), Monitor: m})
	if err != nil {
		t.Fatalf("FromCase(%s): %v", k, err)
	}
	return l
}

// upTo returns the events before the first event of kind k (and step st,
// when set) after index from, followed by that event: the case as it stood
// when the event was recorded.
func upTo(events []stages.Event, k stages.Kind, st stages.Step) []stages.Event {
	for i, e := range events {
		if e.Kind == k && (st == stages.StepNone || e.Step == st) {
			return events[:i+1]
		}
	}
	panic("no such event")
}

// allLetters are the golden letters and a sample of every kind.
func allLetters(t testing.TB) []letters.Letter {
	var all []letters.Letter
	for _, g := range append(goldens(t), documentGoldens(t)...) {
		all = append(all, g.letter)
	}
	for _, k := range letters.Kinds() {
		all = append(all, letters.Sample(k))
	}
	return all
}
