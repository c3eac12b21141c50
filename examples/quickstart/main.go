// Command quickstart evaluates a sample employee's sickness absence under HR14
// end to end and prints, first, the manager's summary (what is happening,
// what to do next and by when, in plain English: one screen), then the
// detail for the file: the episodes, the trigger points with their
// evidence, the headroom at the return-to-work interview, the formal stage
// and what is due next, sick pay, and the letter inviting the employee to
// the meeting now due. It is the README's first command:
//
//	go run ./examples/quickstart
//
// The summary comes from examples/report, which evaluates the case as the
// hr14 command and the service do (report.Evaluate, report.WriteSummary).
// The detail uses the library directly, the way a host system embeds it:
// absence builds the episodes, triggers evaluates them, stages replays the case's
// events, payroll works out sick pay, letters writes the letter. The case
// also records the duties the policy imposes (the informal stage, the
// Occupational Health referral, appointment and report and the answer to its
// recommendation, a declared disability, a case conference and its action,
// agreed contact, the return-to-work interview), and a second, short case
// shows the stage 3 panel's deliberation that a dismissal needs. (The hr14
// command and the service do the same from a case file; see examples/hr14.)
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

// The sample: a full-time Monday-to-Friday administrator with NHS service
// from April 2021, five episodes of sickness in 2026, a stage 1 meeting in
// March, and a return to work on Monday 9 November 2026.
var (
	serviceStart = day("2021-04-06")
	returned     = day("2026-11-09") // the day of return: we evaluate as of it
)

func run(w io.Writer) error {
	office, err := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	if err != nil {
		return err
	}
	emp := absence.Employee{
		ID:               "E1001",
		FTE:              decimal.NewFromInt(1),
		StandardDayHours: decimal.RequireFromString("7.5"),
		Schedule:         office.BankHolidaysOff(absence.EnglandAndWales()),
	}
	records := []absence.Record{
		rec("A1", "2026-01-06/2026-01-07", absence.Infection, nil),
		{ID: "A2", Period: mustPeriod("2026-01-12/2026-01-13"), Reason: absence.OccupationalInfection,
			Evidence: absence.Evidence{InfectionControlLink: true}},
		rec("A3", "2026-03-02", absence.Musculoskeletal, nil),
		rec("A4", "2026-09-07/2026-09-09", absence.Other, &absence.PartDay{Worked: decimal.NewFromInt(3)}),
		rec("A5", "2026-10-01/2026-10-02", absence.Stress, nil),
		rec("A6", "2026-10-05/2026-11-06", absence.Stress, nil),
	}
	// The return-to-work interviews, each on the day of return and
	// documented (ABS-6, ABS-11); the last one on the day we evaluate as of.
	for i, back := range []string{"2026-01-08", "2026-01-14", "2026-03-03", "2026-09-10", "", "2026-11-09"} {
		if back != "" {
			records[i].Returned, records[i].Interviewed = day(back), day(back)
			records[i].Interview = &absence.Interview{TriggersExplained: true, SupportDiscussed: true}
		}
	}
	records[5].Interview = &absence.Interview{TriggersExplained: true, NextStepsExplained: true, SupportDiscussed: true,
		OHReferral: absence.OHAlreadyInvolved, FitNote: absence.MayBeFitPhased}
	// The long absence's certificates: a self-certificate for days 1–7 and a
	// fit note from day 8, received the next day (ABS-4).
	records[5].Certificates = []absence.Certificate{
		{Kind: absence.SelfCertificate, Covers: mustPeriod("2026-10-01/2026-10-07"), Received: day("2026-10-08")},
		{Kind: absence.FitNote, Covers: mustPeriod("2026-10-08/2026-11-06"), Received: day("2026-10-09")}}
	// The case so far: TRIG-1 on 2 March led to a stage 1 meeting.
	// The duties are recorded as events too: categories, dates and references,
	// never clinical text (stages, STAGE-11 … STAGE-19).
	events := []stages.Event{
		{Kind: stages.InformalDiscussion, Date: day("2026-01-14"), Informal: &stages.Informal{Goals: []stages.Goal{stages.GoalAttendance}, Review: day("2026-02-16")}},
		{Kind: stages.TriggerActivated, Date: day("2026-03-02"), Triggers: []string{"TRIG-1"}},
		{Kind: stages.OHReferralMade, Date: day("2026-03-03"), Referral: &stages.Referral{Ground: stages.GroundAbsenceReason, Reason: absence.Musculoskeletal,
			Explained: true, CopyGiven: true, Release: stages.ConsentGiven, Questions: []stages.Question{stages.QuestionFitness, stages.QuestionAdjustments}}},
		{Kind: stages.OHAppointment, Date: day("2026-03-04"), Appointment: &stages.Appointment{Date: day("2026-03-09"), Outcome: stages.AppointmentBooked}},
		{Kind: stages.InvitationSent, Date: day("2026-03-05"), Step: stages.StepStage1,
			Slot: &stages.Slot{Date: day("2026-03-16"), Time: "10:00", Place: "Ward 6 office"}},
		{Kind: stages.OHAppointment, Date: day("2026-03-09"), Appointment: &stages.Appointment{Date: day("2026-03-09"), Outcome: stages.AppointmentAttended}},
		{Kind: stages.OHReportReceived, Date: day("2026-03-13"), Report: &stages.OHReport{Fitness: stages.FitWithAdjustments, Underlying: stages.No,
			EqualityAct: stages.Unclear, Prognosis: stages.ReturnExpected, Recommendations: []stages.Recommendation{{ID: "chair", Kind: stages.AdjustAuxiliaryAids}}}},
		{Kind: stages.MeetingHeld, Date: day("2026-03-16"), Step: stages.StepStage1},
		{Kind: stages.DisabilityDeclared, Date: day("2026-03-16")},
		{Kind: stages.AdjustmentRecorded, Date: day("2026-03-16"), Adjustment: &stages.Adjustment{ID: "chair", Decision: stages.Agreed, Start: day("2026-03-23")}},
		{Kind: stages.OutcomeLetterSent, Date: day("2026-03-18"), Step: stages.StepStage1},
		{Kind: stages.DisabilityAssessed, Date: day("2026-03-27"), Disability: &stages.DisabilityAssessment{Likely: stages.Unclear, HRAdvice: day("2026-03-25"), OHAdvice: day("2026-03-13")}},
		{Kind: stages.CaseConferenceRequested, Date: day("2026-04-01"), Conference: &stages.Conference{RequestedBy: stages.PartyEmployee}},
		{Kind: stages.CaseConferenceHeld, Date: day("2026-04-15"), Conference: &stages.Conference{
			Attendees: []stages.Party{stages.PartyLineManager, stages.PartyHR, stages.PartyOH, stages.PartyEmployee}, MinutesCopied: true,
			Actions: []stages.CaseAction{{ID: "RA-1", Kind: stages.ActionRiskAssess, Owner: stages.PartyLineManager, By: day("2026-05-01")}}}},
		{Kind: stages.ActionCompleted, Date: day("2026-04-28"), ActionID: "RA-1"},
		{Kind: stages.ContactAgreed, Date: day("2026-09-08"), ContactDays: 7},
	}

	// 0. The manager's summary first: the same case evaluated end to end by
	// examples/report, as the hr14 command and the service evaluate it.
	r, err := report.Evaluate(asCase(emp, records, events), absence.Date{})
	if err != nil {
		return err
	}
	if err := report.WriteSummary(w, r); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s\nDETAIL: the same case step by step with the library, for the file or a bundle:\nevery finding with its rule and clause; dates as 2026-01-06, periods as\n2026-01-06/2026-01-07.\n%s\n\n",
		strings.Repeat("=", 72), strings.Repeat("=", 72))

	// 1. Episodes (absence): the records interpreted by the recording rules.
	h, err := absence.NewHistory(emp, records, absence.HR14())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Employee %s, FTE %s, pattern %s, as of %s (the day of return), under %s\n\n", emp.ID, emp.FTE, office.Mask(), returned, h.Policy.ID)
	printEpisodes(w, h)

	// 2. Trigger points (triggers): every activation, the status as of the
	// day of return and the headroom to tell the employee.
	m, err := triggers.New(h, triggers.HR14())
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Trigger points activated over the history (HR14 SAP 1.2):")
	for _, a := range m.Timeline() {
		fmt.Fprintf(w, "  - %s\n", a)
	}
	status, err := m.Evaluate(returned)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nAs of %s, over the whole record (every absence in the rolling windows, before the stage 1 meeting too):\n", returned)
	for _, c := range status.Checks {
		fmt.Fprintf(w, "  - %s\n", c)
	}

	// 3. The formal procedure (stages): replay the case, record the trigger
	// that the absences after the stage 1 meeting activated, and list what
	// is due next.
	pol := stages.HR14()
	state, err := stages.Replay(events, pol)
	if err != nil {
		return err
	}
	mon := stages.TriggerMonitor(m)
	if e, ok, err := stages.Progress(state, pol, mon, returned); err != nil {
		return err
	} else if ok {
		fmt.Fprintf(w, "\nSince the stage 1 meeting of %s: %s on %s (%s) — to be recorded in the case\n", state.Since, e.Kind, e.Date, strings.Join(e.Triggers, ", "))
		if state, err = state.Apply(e, pol); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "Stage in effect: %s since %s\n", state.Stage, state.Since)
	if cur, ok := state.Current(); ok {
		fmt.Fprintf(w, "Due: the %s, from %s\n", cur.Step, cur.Due)
	}
	next, err := state.NextSteps(returned, pol, mon)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Next steps:")
	for _, a := range next {
		fmt.Fprintf(w, "  - %s\n", a)
	}

	// 4. Headroom, counting from the stage 1 meeting: the improvement target.
	since, err := m.Since(state.Since)
	if err != nil {
		return err
	}
	room, err := since.Headroom(returned)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nAt the return-to-work interview, counting only sickness after the stage 1 meeting of %s (what makes the next stage due, and the employee's improvement target):\n", state.Since)
	for _, r := range room.Rooms {
		fmt.Fprintf(w, "  - %s\n", r)
	}
	// The two counts disagree on TRIG-3: say why, rather than leave "active"
	// and "2 more episodes would activate it" side by side.
	counted, err := since.Evaluate(returned)
	if err != nil {
		return err
	}
	for _, line := range report.Readings(status, counted) {
		fmt.Fprintf(w, "  %s\n", line)
	}

	// 5. Sick pay (payroll): each episode's occupational sick pay under
	// Agenda for Change Section 14.
	pays, err := payroll.HR14().SickPays(h, serviceStart, nil, absence.Date{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nSick pay (AfC Section 14, reckonable service from %s):\n", serviceStart)
	for i, sp := range pays {
		if len(sp.Days) == 0 {
			fmt.Fprintf(w, "  Episode %d: no day of sickness for pay\n", i+1)
			continue
		}
		fmt.Fprintf(w, "  Episode %d: from %s, %d full-pay and %d half-pay days left at the start, %d and %d after it",
			i+1, sp.FirstDay, sp.Available.Full, sp.Available.Half, sp.Remaining.Full, sp.Remaining.Half)
		last := sp.Days[len(sp.Days)-1]
		fmt.Fprintf(w, "; %s on its last day, %s\n", last.Status, last.Date)
		// Why the figures differ from the episode before's: the 5-year step
		// of the scale, the length of the months, the look-back.
		if i > 0 {
			if why, _ := report.SickPayChange(pays[i-1], sp, serviceStart); why != "" {
				fmt.Fprintf(w, "    why: %s\n", why)
			}
		}
	}

	// 6. The duties on record (stages.Records), in date order with the event
	// each came from, and the record of the return-to-work interview.
	fmt.Fprintln(w, "\nThe duties on record (STAGE-11 … STAGE-19, ABS-12):")
	for _, r := range stages.Records(events) {
		fmt.Fprintf(w, "  - %s\n", r)
	}
	interview, err := h.InterviewRecord(len(h.Episodes)-1, returned)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  - %s\n", interview.Check)

	// 7. The stage 3 deliberation, on a second case: a dismissal is refused
	// until the panel has recorded what SAP 1.5 asks it to consider.
	if err := printDeliberation(w, pol); err != nil {
		return err
	}

	// 8. The letter for the step now due (letters): draft the invitation on
	// a copy of the state (State.Apply returns a new State; the event is
	// recorded once the letter has gone). The letter names only the trigger
	// that made stage 2 due, with its evidence and the absences it counted.
	if cur, ok := state.Current(); ok {
		return printInvitation(w, state, cur.Step, pol, m)
	}
	return nil
}

// printDeliberation replays a final review hearing whose panel dismisses
// before recording the alternatives to dismissal (refused, every missing item
// listed), then after recording them (accepted, STAGE-18).
func printDeliberation(w io.Writer, pol stages.Policy) error {
	panel := &stages.Panel{Members: []stages.Member{
		{Role: stages.SeniorManager, Band: stages.Band8a, Chair: true}, {Role: stages.OtherManager, Band: stages.Band7},
		{Role: stages.HRRepresentative, Band: stages.Band7}, {Role: stages.LineManager, Band: stages.Band6, Presenting: true},
		{Role: stages.HRRepresentative, Band: stages.Band6, Presenting: true, PreviouslyInvolved: true}}}
	two := &stages.Panel{Members: []stages.Member{{Role: stages.LineManager, Band: stages.Band6, Chair: true}, {Role: stages.OtherManager, Band: stages.Band6}}}
	ev := func(k stages.Kind, date string) stages.Event { return stages.Event{Kind: k, Date: day(date)} }
	step := func(k stages.Kind, date string, st stages.Step) stages.Event { e := ev(k, date); e.Step = st; return e }
	invite := func(date string, st stages.Step, on string) stages.Event {
		e := step(stages.InvitationSent, date, st)
		e.Slot = &stages.Slot{Date: day(on), Time: "10:00"}
		return e
	}
	trig := func(date string) stages.Event {
		e := ev(stages.TriggerActivated, date)
		e.Triggers = []string{"TRIG-1"}
		return e
	}
	held2 := step(stages.MeetingHeld, "2026-05-06", stages.StepStage2)
	held2.Panel = two
	hearing := ev(stages.HearingHeld, "2026-07-20")
	hearing.Panel = panel
	matters := &stages.Deliberation{Notes: &stages.HearingNotes{Kind: stages.NotesNoteTaker}}
	for _, mt := range stages.Matters() {
		matters.Matters = append(matters.Matters, stages.Consideration{Matter: mt, Evidence: "hearing bundle"})
	}
	record := ev(stages.DeliberationRecorded, "2026-07-20")
	record.Deliberation = matters
	events := []stages.Event{
		trig("2026-03-02"), invite("2026-03-05", stages.StepStage1, "2026-03-16"), step(stages.MeetingHeld, "2026-03-16", stages.StepStage1),
		trig("2026-04-20"), ev(stages.HRNotified, "2026-04-21"), ev(stages.OHReferralMade, "2026-04-21"), invite("2026-04-22", stages.StepStage2, "2026-05-06"), held2,
		trig("2026-06-29"), ev(stages.HRReviewed, "2026-06-30"), invite("2026-07-01", stages.StepStage3, "2026-07-20"),
		{Kind: stages.CaseSubmitted, Date: day("2026-07-06"), Side: stages.ManagementSide}, ev(stages.OHReportReceived, "2026-07-10"),
		hearing, record,
	}
	dismiss := stages.Event{Kind: stages.Dismissed, Date: day("2026-07-20"), Grounds: stages.Capability}
	fmt.Fprintln(w, "\nA second case, at its final review hearing (STAGE-17, STAGE-18):")
	if _, err := stages.Replay(append(events, dismiss), pol); err != nil {
		fmt.Fprintf(w, "  refused: %v\n", err)
	}
	alternatives := ev(stages.DeliberationRecorded, "2026-07-20")
	alternatives.Deliberation = &stages.Deliberation{Alternatives: []stages.AlternativeConsidered{
		{Alternative: stages.AltAdjustments, Outcome: stages.OutcomeTried}, {Alternative: stages.AltReducedHours, Outcome: stages.OutcomeNotEffective},
		{Alternative: stages.AltRedesign, Outcome: stages.OutcomeNotPracticable}, {Alternative: stages.AltRedeployment, Outcome: stages.OutcomeNoPost},
		{Alternative: stages.AltIllHealthRetirement, Outcome: stages.OutcomeNotApplied}}}
	s, err := stages.Replay(append(events, alternatives, dismiss), pol)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  with the alternatives recorded: dismissed %v\n", s.Dismissed)
	return nil
}

// printInvitation drafts the invitation to the meeting of step and prints it
// as plain text.
func printInvitation(w io.Writer, state stages.State, step stages.Step, pol stages.Policy, m *triggers.Monitor) error {
	kind := map[stages.Step]letters.Kind{
		stages.StepStage1: letters.Stage1Invitation, stages.StepStage2: letters.Stage2Invitation,
		stages.StepStage3: letters.HearingInvitation,
	}[step]
	if kind == 0 {
		return nil // the sample reaches stage 2; other steps need other details
	}
	draft, err := state.Apply(stages.Event{
		Kind: stages.InvitationSent, Date: returned, Step: step,
		Slot: &stages.Slot{Date: day("2026-11-23"), Time: "10:00", Place: "Seminar room 2, Example Hospital"},
	}, pol)
	if err != nil {
		return err
	}
	// What no case holds: the trust, the employee's address, who signs and
	// who attends.
	base := letters.Letter{
		Kind:       kind,
		Letterhead: letters.Letterhead{Organisation: "Example Hospitals NHS Trust", Lines: []string{"Example Hospital, Hospital Road", "Exampletown EX1 2AB"}},
		To:         letters.Recipient{Name: "Alex Morgan", Salutation: "Alex", Address: []string{"12 Station Road", "Exampletown", "EX2 3CD"}},
		From: letters.Signatory{Name: "Sam Patel", JobTitle: "Office Manager", Department: "Corporate Services",
			Phone: "01234 567890", Email: "sam.patel@example.nhs.uk"},
		Copies:  []string{"HR Employee Relations"},
		Meeting: letters.Meeting{People: []letters.Person{{Name: "Jordan Lee", Role: "Deputy Office Manager, second manager"}}},
	}
	l, err := letters.FromCase(base, letters.Case{State: draft, Policy: pol, Monitor: m})
	if err != nil {
		return err
	}
	r, err := letters.New()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nThe %s letter to send (plain text; letters.HTML renders it for printing):\n\n", kind)
	return r.Render(w, letters.Text, l)
}

// asCase is the sample as a case file holds it, for report.Evaluate: the
// same employee, records and events, evaluated as of the day of return,
// with the reckonable service for sick pay.
func asCase(emp absence.Employee, records []absence.Record, events []stages.Event) *casefile.Case {
	hours := emp.StandardDayHours
	c := &casefile.Case{
		Name: "Administrator, Corporate Services (quick start sample)",
		AsOf: returned,
		Employee: casefile.Employee{ID: emp.ID, FTE: emp.FTE, StandardDayHours: emp.StandardDayHours,
			Schedule: casefile.Schedule{Week: "MTWTF..", Hours: &hours, BankHolidaysOff: true}},
		Events: events,
		Pay:    &casefile.Pay{ServiceStart: serviceStart},
	}
	for _, r := range records {
		c.Absences = append(c.Absences, casefile.Absence{Record: r, Period: casefile.Period{Start: r.Period.Start, End: r.Period.End}})
	}
	// What the manager did while the employee was off, which only the
	// recording checks read (ABS-9, ABS-10): the musculoskeletal absence
	// referred the next day; the stress absence: contact on day 2, a
	// referral within the week, contact every week after.
	c.Absences[2].Referred = day("2026-03-03")
	c.Absences[4].Contacted, c.Absences[4].Referred = day("2026-10-02"), day("2026-10-05")
	for d := day("2026-10-09"); d.Before(returned); d = d.AddDays(7) {
		c.Absences[5].Contacts = append(c.Absences[5].Contacts, d)
	}
	return c
}

func printEpisodes(w io.Writer, h absence.History) {
	for i, ep := range h.Episodes {
		fmt.Fprintf(w, "Episode %d: %s (%s)\n", i+1, ep.Period, reasons(ep.Reasons))
		fmt.Fprintf(w, "  triggers: %s lost, %s", plural(ep.Triggers.WorkingDays, "working day"), plural(ep.Triggers.CalendarDays, "calendar day"))
		if !ep.Triggers.Counts() {
			fmt.Fprint(w, " (does not count)")
		}
		fmt.Fprintf(w, "\n  pay:      %s of sickness\n", plural(ep.Pay.WorkingDays, "working day"))
		for _, f := range ep.Findings {
			fmt.Fprintf(w, "  - %s\n", f)
		}
		fmt.Fprintln(w)
	}
}

func rec(id, period string, r absence.Reason, pd *absence.PartDay) absence.Record {
	return absence.Record{ID: id, Period: mustPeriod(period), Reason: r, PartDay: pd}
}

func mustPeriod(s string) absence.Period {
	p, err := absence.ParsePeriod(s)
	if err != nil {
		panic(err) // the sample data is fixed; a typo is a programming error
	}
	return p
}

func day(s string) absence.Date { return mustPeriod(s).Start }

func reasons(rs []absence.Reason) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = r.String()
	}
	return strings.Join(s, ", ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
