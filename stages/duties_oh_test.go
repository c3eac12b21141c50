package stages_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// action returns the first next step for rule id (and kind, when not zero)
// whose text contains sub.
func action(acts []stages.Action, id string, k stages.Kind, sub string) (stages.Action, bool) {
	for _, a := range acts {
		if a.Rule.ID == id && (k == 0 || a.Kind == k) && strings.Contains(a.What, sub) {
			return a, true
		}
	}
	return stages.Action{}, false
}

// mustAction fails unless the next steps of events as of asOf hold the
// action; it returns it.
func mustAction(t *testing.T, events []stages.Event, asOf, id string, k stages.Kind, sub string) stages.Action {
	t.Helper()
	acts := nextSteps(t, events, asOf)
	a, ok := action(acts, id, k, sub)
	if !ok {
		for _, a := range acts {
			t.Log(a)
		}
		t.Fatalf("no %s action %s containing %q", id, k, sub)
	}
	return a
}

// noAction fails if the next steps hold an action for rule id and kind.
func noAction(t *testing.T, events []stages.Event, asOf, id string, k stages.Kind, sub string) {
	t.Helper()
	if a, ok := action(nextSteps(t, events, asOf), id, k, sub); ok {
		t.Errorf("unexpected action: %v", a)
	}
}

func referral(date string, r stages.Referral) stages.Event {
	return stages.Event{Kind: stages.OHReferralMade, Date: day(date), Referral: &r}
}

func appointment(date, on string, o stages.AppointmentOutcome) stages.Event {
	return stages.Event{Kind: stages.OHAppointment, Date: day(date), Appointment: &stages.Appointment{Date: day(on), Outcome: o}}
}

func report(date string, r stages.OHReport) stages.Event {
	return stages.Event{Kind: stages.OHReportReceived, Date: day(date), Report: &r}
}

func adjust(date string, a stages.Adjustment) stages.Event {
	return stages.Event{Kind: stages.AdjustmentRecorded, Date: day(date), Adjustment: &a}
}

func invalid(t *testing.T, e stages.Event, field string) {
	t.Helper()
	err := e.Validate()
	var ee *stages.EventError
	if !errors.As(err, &ee) || !errors.Is(err, stages.ErrInvalidEvent) || ee.Field != field {
		t.Errorf("%s: got %v, want an invalid %s", e.Kind, err, field)
	}
}

func TestSTAGE11_ReferralRecord(t *testing.T) {
	p := stages.HR14()
	full := stages.Referral{Ground: stages.GroundAbsenceReason, Reason: absence.Musculoskeletal, Explained: true, CopyGiven: true,
		Release: stages.ConsentGiven, Questions: []stages.Question{stages.QuestionFitness}}
	s := mustReplay(t, p, []stages.Event{referral("2026-03-02", full)})
	if s.OH.Referral == nil || s.OH.Referral.Reason != absence.Musculoskeletal || !s.OH.Referred.IsValid() {
		t.Fatalf("referral not kept: %+v", s.OH)
	}
	noAction(t, []stages.Event{referral("2026-03-02", full)}, "2026-03-03", "STAGE-11", 0, "copy of the referral")

	t.Run("the employee not told why nor given a copy is a next step", func(t *testing.T) {
		r := full
		r.Explained, r.CopyGiven = false, false
		events := []stages.Event{referral("2026-03-02", r)}
		a := mustAction(t, events, "2026-03-03", "STAGE-11", 0, "copy of the referral")
		if !strings.Contains(a.What, "not told why, not given a copy") || a.Who != stages.PartyLineManager {
			t.Errorf("%v", a)
		}
		if s := mustReplay(t, p, events); !hasFinding(s, "STAGE-11", "know why they are referred") {
			t.Errorf("findings %v", s.Findings)
		}
		// Once the report is in, it is past.
		noAction(t, with(events, simple(stages.OHReportReceived, "2026-03-10")), "2026-03-11", "STAGE-11", 0, "copy of the referral")
	})
	t.Run("consents and questions are explained", func(t *testing.T) {
		r := full
		r.Release, r.PreCall, r.Questions = stages.ConsentRefused, stages.ConsentGiven, nil
		s := mustReplay(t, p, []stages.Event{referral("2026-03-02", r)})
		for _, want := range []string{"limited information", "background information only", "no specific question"} {
			if !hasFinding(s, "STAGE-11", want) && !hasFinding(s, "STAGE-3", want) {
				t.Errorf("no finding %q: %v", want, s.Findings)
			}
		}
		r.PreCall, r.Release = stages.ConsentRefused, stages.ConsentNotAsked
		s = mustReplay(t, p, []stages.Event{referral("2026-03-02", r)})
		if !hasFinding(s, "STAGE-11", "none may be held") || !hasFinding(s, "STAGE-11", "consent to the release of the report is not recorded") {
			t.Errorf("findings %v", s.Findings)
		}
	})
	t.Run("invalid records", func(t *testing.T) {
		invalid(t, referral("2026-03-02", stages.Referral{}), "Referral.Ground")
		invalid(t, referral("2026-03-02", stages.Referral{Ground: stages.GroundFormalStage, By: stages.PartyChair}), "Referral.By")
		invalid(t, referral("2026-03-02", stages.Referral{Ground: stages.GroundFormalStage, Questions: []stages.Question{0}}), "Referral.Questions[0]")
		invalid(t, referral("2026-03-02", stages.Referral{Ground: stages.GroundFormalStage, Reason: absence.Reason(99)}), "Referral.Reason")
		invalid(t, stages.Event{Kind: stages.HRReviewed, Date: day("2026-03-02"), Referral: &full}, "Referral")
	})
}

func TestSTAGE11_Appointments(t *testing.T) {
	p := stages.HR14()
	ref := simple(stages.OHReferralMade, "2026-03-02")
	t.Run("needs a referral", func(t *testing.T) {
		rejected(t, p, []stages.Event{appointment("2026-03-02", "2026-03-05", stages.AppointmentBooked)}, stages.ErrNotDue, "STAGE-11")
	})
	t.Run("missed without an explanation: for HR, not automatic", func(t *testing.T) {
		events := []stages.Event{ref, appointment("2026-03-09", "2026-03-09", stages.AppointmentMissed)}
		s := mustReplay(t, p, events)
		if !hasFinding(s, "STAGE-11", "not an automatic step") || s.OH.Progress.Missed != day("2026-03-09") || !s.OH.Failed.IsZero() {
			t.Errorf("%+v %v", s.OH, s.Findings)
		}
		mustAction(t, events, "2026-03-10", "STAGE-11", stages.HRNotified, "disciplinary policy (HR01)")
		noAction(t, with(events, stages.Event{Kind: stages.HRNotified, Date: day("2026-03-10"), Topic: stages.TopicOHNonAttendance}),
			"2026-03-11", "STAGE-11", stages.HRNotified, "disciplinary")
		explained := appointment("2026-03-09", "2026-03-09", stages.AppointmentMissed)
		explained.Appointment.Explained = true
		noAction(t, []stages.Event{ref, explained}, "2026-03-10", "STAGE-11", stages.HRNotified, "disciplinary")
	})
	t.Run("cancellations", func(t *testing.T) {
		late := appointment("2026-03-09", "2026-03-10", stages.AppointmentCancelled)
		late.Appointment.NoticeHours = 20
		if s := mustReplay(t, p, []stages.Event{ref, late}); !hasFinding(s, "STAGE-11", "20 hours ahead: less than 48 hours ahead, so charged as not attended under the OH provider's terms") {
			t.Errorf("%v", s.Findings)
		}
		q := p
		q.OHProvider.ChargesNonAttendance = false
		if s := mustReplay(t, q, []stages.Event{ref, late}); !hasFinding(s, "STAGE-11", "the OH provider does not charge for it") {
			t.Errorf("%v", s.Findings)
		}
		early := appointment("2026-03-05", "2026-03-10", stages.AppointmentCancelled)
		if s := mustReplay(t, p, []stages.Event{ref, early}); !hasFinding(s, "STAGE-11", "120 hours ahead (counted in whole days from the cancellation): no charge") {
			t.Errorf("%v", s.Findings)
		}
	})
	t.Run("invalid records", func(t *testing.T) {
		invalid(t, stages.Event{Kind: stages.OHAppointment, Date: day("2026-03-02")}, "Appointment")
		invalid(t, appointment("2026-03-02", "2026-03-05", 0), "Appointment.Outcome")
		invalid(t, appointment("2026-03-02", "2026-03-05", stages.AppointmentAttended), "Appointment.Date")
		invalid(t, appointment("2026-03-06", "2026-03-05", stages.AppointmentBooked), "Appointment.Date")
		e := appointment("2026-03-02", "2026-03-05", stages.AppointmentBooked)
		e.Appointment.Explained = true
		invalid(t, e, "Appointment.Explained")
		e = appointment("2026-03-02", "2026-03-05", stages.AppointmentBooked)
		e.Appointment.NoticeHours = 3
		invalid(t, e, "Appointment.NoticeHours")
	})
}

func TestSTAGE11_ServiceLevels(t *testing.T) {
	p := stages.HR14()
	ref := simple(stages.OHReferralMade, "2026-03-02") // Monday
	levels := func(events []stages.Event, asOf string) []stages.Expectation {
		t.Helper()
		x, err := mustReplay(t, p, events).ServiceLevels(day(asOf), p)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	t.Run("as expected: contact within 7 days, consultation 5 business days later, report 7 days after", func(t *testing.T) {
		x := levels([]stages.Event{ref}, "2026-03-03")
		if len(x) != 3 || x[0].Due != day("2026-03-09") || x[1].Due != day("2026-03-16") || x[2].Due != day("2026-03-23") {
			t.Fatalf("%v", x)
		}
		for _, e := range x {
			if e.Status != absence.Pending || e.Rule.ID != "STAGE-11" {
				t.Errorf("%v", e)
			}
		}
	})
	t.Run("each runs from the one before as done", func(t *testing.T) {
		events := []stages.Event{ref, appointment("2026-03-04", "2026-03-12", stages.AppointmentBooked),
			appointment("2026-03-12", "2026-03-12", stages.AppointmentAttended), simple(stages.OHReportReceived, "2026-03-20")}
		x := levels(events, "2026-03-20")
		if x[0].Status != absence.Met || x[1].Due != day("2026-03-11") || x[1].Status != absence.Late || x[2].Due != day("2026-03-19") || x[2].Status != absence.Late {
			t.Errorf("%v", x)
		}
		noAction(t, events, "2026-03-25", "STAGE-11", 0, "chase")
	})
	t.Run("a stalled referral is a next step, once", func(t *testing.T) {
		a := mustAction(t, []stages.Event{ref}, "2026-03-30", "STAGE-11", stages.OHAppointment, "chase Occupational Health")
		if !a.Overdue || a.By != day("2026-03-09") {
			t.Errorf("%v", a)
		}
		n := 0
		for _, a := range nextSteps(t, []stages.Event{ref}, "2026-03-30") {
			if strings.Contains(a.What, "chase") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d chases", n)
		}
		a = mustAction(t, []stages.Event{ref, appointment("2026-03-06", "2026-03-06", stages.AppointmentAttended)}, "2026-03-30",
			"STAGE-11", stages.OHReportReceived, "report is sent")
		if a.By != day("2026-03-13") {
			t.Errorf("%v", a)
		}
	})
	t.Run("turned off, and none without a referral", func(t *testing.T) {
		q := p
		q.OHContactDays, q.OHConsultationBusinessDays, q.OHReportDays = 0, 0, 0
		if x, _ := mustReplay(t, q, []stages.Event{ref}).ServiceLevels(day("2026-04-01"), q); len(x) != 0 {
			t.Errorf("%v", x)
		}
		if x := levels(nil, "2026-04-01"); x != nil {
			t.Errorf("%v", x)
		}
		if _, err := (stages.State{}).ServiceLevels(day("2026-04-01"), stages.Policy{}); err == nil {
			t.Error("an invalid policy is accepted")
		}
	})
	if s := (stages.Expectation{What: "x", Due: day("2026-03-09"), Done: day("2026-03-10"), Status: absence.Late, Rule: absence.Rule{ID: "STAGE-11"}}).String(); s != "x: expected by 2026-03-09, late on 2026-03-10 — STAGE-11" {
		t.Errorf("%q", s)
	}
}

func TestSTAGE12_ReportAndResponses(t *testing.T) {
	p := stages.HR14()
	rep := report("2026-03-10", stages.OHReport{Fitness: stages.FitWithAdjustments, Underlying: stages.No, EqualityAct: stages.Unclear,
		WorkRelated: stages.No, Prognosis: stages.ReturnExpected, PrognosisWeeks: 4, Review: day("2026-04-10"),
		Recommendations: []stages.Recommendation{{Kind: stages.AdjustPhasedReturn}, {ID: "hours", Kind: stages.AdjustWorkingHours}}})
	events := []stages.Event{simple(stages.OHReferralMade, "2026-03-02"), rep}
	s := mustReplay(t, p, events)
	if len(s.Plan) != 2 || s.Plan[0].Adjustment.ID != "2026-03-10/1" || s.Plan[1].Adjustment.ID != "hours" ||
		s.Plan[0].Adjustment.ProposedBy != stages.PartyOH || s.Plan[0].Report != day("2026-03-10") || s.OH.Report == nil {
		t.Fatalf("%+v", s.Plan)
	}
	if !hasFinding(s, "STAGE-12", "may be fit for work with adjustments; underlying condition linking the absences: no; Equality Act likely to apply: unclear; prognosis: return-expected within 4 weeks; OH review on 2026-04-10") {
		t.Errorf("%v", s.Findings)
	}
	t.Run("an unanswered recommendation is a next step", func(t *testing.T) {
		mustAction(t, events, "2026-03-11", "STAGE-12", stages.AdjustmentRecorded, "a phased return to work (plan entry 2026-03-10/1)")
		mustAction(t, events, "2026-03-11", "STAGE-12", stages.AdjustmentRecorded, "altered working hours (plan entry hours)")
	})
	t.Run("followed, and not followed with its reason", func(t *testing.T) {
		answered := with(events,
			adjust("2026-03-12", stages.Adjustment{ID: "2026-03-10/1", Decision: stages.Agreed, Start: day("2026-03-16"), Review: day("2026-04-13")}),
			adjust("2026-03-12", stages.Adjustment{ID: "hours", Decision: stages.Declined, Factor: stages.FactorServiceNeeds}))
		s := mustReplay(t, p, answered)
		if !hasFinding(s, "STAGE-12", "following the OH recommendation of 2026-03-10") ||
			!hasFinding(s, "STAGE-12", "not followed (OH recommendation of 2026-03-10) on 2026-03-12, because of the needs of the service") {
			t.Errorf("%v", s.Findings)
		}
		noAction(t, answered, "2026-03-13", "STAGE-12", stages.AdjustmentRecorded, "answer the recommendation")
		noAction(t, answered, "2026-03-13", "STAGE-12", stages.AdjustmentRecorded, "document why")
	})
	t.Run("not followed without a reason is a next step", func(t *testing.T) {
		declined := with(events, adjust("2026-03-12", stages.Adjustment{ID: "hours", Decision: stages.Declined}))
		if s := mustReplay(t, p, declined); !hasFinding(s, "STAGE-12", "no reason is recorded: it must be documented") {
			t.Errorf("%v", s.Findings)
		}
		mustAction(t, declined, "2026-03-13", "STAGE-12", stages.AdjustmentRecorded, "document why altered working hours (plan entry hours) was not made")
	})
	t.Run("a recommendation may not reuse a plan entry's ID", func(t *testing.T) {
		again := report("2026-03-20", stages.OHReport{Recommendations: []stages.Recommendation{{ID: "hours", Kind: stages.AdjustTraining}}})
		ee := rejectedErr(t, p, with(events, again), stages.ErrInvalidEvent, "STAGE-12")
		if ee.Field != "Report.Recommendations[0].ID" {
			t.Errorf("field %q", ee.Field)
		}
	})
	t.Run("invalid reports", func(t *testing.T) {
		invalid(t, report("2026-03-10", stages.OHReport{PrognosisWeeks: 521}), "Report.PrognosisWeeks")
		invalid(t, report("2026-03-10", stages.OHReport{Recommendations: []stages.Recommendation{{}}}), "Report.Recommendations[0].Kind")
		invalid(t, report("2026-03-10", stages.OHReport{Recommendations: []stages.Recommendation{{ID: "a", Kind: 1}, {ID: "a", Kind: 2}}}), "Report.Recommendations[1].ID")
		invalid(t, report("2026-03-10", stages.OHReport{Fitness: 9}), "Report.Fitness")
		invalid(t, report("2026-03-10", stages.OHReport{Review: absence.Date{Year: 2026, Month: 2, Day: 30}}), "Report.Review")
	})
	t.Run("a report with no heading says so", func(t *testing.T) {
		if s := mustReplay(t, p, []stages.Event{report("2026-03-10", stages.OHReport{})}); !hasFinding(s, "STAGE-12", "no heading recorded") {
			t.Errorf("%v", s.Findings)
		}
	})
}

func TestSTAGE13_CaseConferences(t *testing.T) {
	p := stages.HR14()
	req := stages.Event{Kind: stages.CaseConferenceRequested, Date: day("2026-03-02"), Conference: &stages.Conference{RequestedBy: stages.PartyEmployee}}
	conf := func(date string, f stages.Conference) stages.Event {
		return stages.Event{Kind: stages.CaseConferenceHeld, Date: day(date), Conference: &f}
	}
	held := conf("2026-03-16", stages.Conference{
		PreMeeting: &stages.PreMeeting{Date: day("2026-03-13")},
		Attendees:  []stages.Party{stages.PartyLineManager, stages.PartyHR, stages.PartyOH, stages.PartyEmployee, stages.PartyRepresentative},
		Actions: []stages.CaseAction{
			{ID: "ra", Kind: stages.ActionRiskAssess, Owner: stages.PartyLineManager, By: day("2026-03-23")},
			{ID: "plan", Kind: stages.ActionReturnPlan, Owner: stages.PartyOH, By: day("2026-03-30")},
		},
		FollowUp: day("2026-04-20")})
	t.Run("a request is a next step for OH until held", func(t *testing.T) {
		a := mustAction(t, []stages.Event{req}, "2026-03-03", "STAGE-13", stages.CaseConferenceHeld, "the employee requested on 2026-03-02")
		if a.Who != stages.PartyOH {
			t.Errorf("%v", a)
		}
		noAction(t, []stages.Event{req, held}, "2026-03-17", "STAGE-13", stages.CaseConferenceHeld, "requested")
	})
	events := []stages.Event{req, held}
	t.Run("open actions by owner and date, minutes, follow-up", func(t *testing.T) {
		a := mustAction(t, events, "2026-03-24", "STAGE-13", stages.ActionCompleted, "action ra")
		if a.Who != stages.PartyLineManager || a.By != day("2026-03-23") || !a.Overdue {
			t.Errorf("%v", a)
		}
		if a := mustAction(t, events, "2026-03-24", "STAGE-13", stages.ActionCompleted, "action plan"); a.Who != stages.PartyOH {
			t.Errorf("%v", a)
		}
		mustAction(t, events, "2026-03-17", "STAGE-13", 0, "copy the minutes")
		mustAction(t, events, "2026-03-17", "STAGE-13", stages.CaseConferenceHeld, "follow-up case conference arranged for 2026-04-20")
		done := with(events, stages.Event{Kind: stages.ActionCompleted, Date: day("2026-03-25"), ActionID: "ra"})
		s := mustReplay(t, p, done)
		if !hasFinding(s, "STAGE-13", "completed on 2026-03-25, after the date agreed (2026-03-23)") {
			t.Errorf("%v", s.Findings)
		}
		noAction(t, done, "2026-03-26", "STAGE-13", stages.ActionCompleted, "action ra")
	})
	t.Run("refusals", func(t *testing.T) {
		clinical := conf("2026-03-16", stages.Conference{PreMeeting: &stages.PreMeeting{Date: day("2026-03-13"), Clinical: true}})
		rejected(t, p, []stages.Event{clinical}, stages.ErrRequirement, "STAGE-13")
		clinical.Conference.PreMeeting.Consent = true
		if s := mustReplay(t, p, []stages.Event{clinical}); !hasFinding(s, "STAGE-13", "with the employee's consent") {
			t.Errorf("%v", s.Findings)
		}
		rejected(t, p, with(events, conf("2026-04-20", stages.Conference{Actions: []stages.CaseAction{{ID: "ra", Kind: stages.ActionReview, Owner: stages.PartyHR, By: day("2026-05-01")}}})),
			stages.ErrInvalidEvent, "STAGE-13")
		rejected(t, p, with(events, stages.Event{Kind: stages.ActionCompleted, Date: day("2026-03-20"), ActionID: "nope"}), stages.ErrNotDue, "STAGE-13")
		rejected(t, p, with(events, stages.Event{Kind: stages.ActionCompleted, Date: day("2026-03-20"), ActionID: "ra"},
			stages.Event{Kind: stages.ActionCompleted, Date: day("2026-03-21"), ActionID: "ra"}), stages.ErrNotDue, "STAGE-13")
	})
	t.Run("App 8: the line manager leads and HR takes notes", func(t *testing.T) {
		s := mustReplay(t, p, []stages.Event{conf("2026-03-16", stages.Conference{Attendees: []stages.Party{stages.PartyOH, stages.PartyEmployee}})})
		if !hasFinding(s, "STAGE-13", "not attended by the line manager, not attended by HR") {
			t.Errorf("%v", s.Findings)
		}
	})
	t.Run("invalid records", func(t *testing.T) {
		invalid(t, stages.Event{Kind: stages.CaseConferenceRequested, Date: day("2026-03-02"), Conference: &stages.Conference{}}, "Conference.RequestedBy")
		invalid(t, stages.Event{Kind: stages.CaseConferenceRequested, Date: day("2026-03-02"), Conference: &stages.Conference{RequestedBy: stages.PartyHR, MinutesCopied: true}}, "Conference")
		invalid(t, conf("2026-03-16", stages.Conference{Attendees: []stages.Party{stages.PartyChair}}), "Conference.Attendees[0]")
		invalid(t, conf("2026-03-16", stages.Conference{Actions: []stages.CaseAction{{ID: "a", Kind: 1, Owner: stages.PartyHR}}}), "Conference.Actions[0].By")
		invalid(t, conf("2026-03-16", stages.Conference{Actions: []stages.CaseAction{{Kind: 1, Owner: stages.PartyHR, By: day("2026-03-20")}}}), "Conference.Actions[0].ID")
		invalid(t, conf("2026-03-16", stages.Conference{PreMeeting: &stages.PreMeeting{Date: day("2026-03-17")}}), "Conference.PreMeeting.Date")
		invalid(t, stages.Event{Kind: stages.ActionCompleted, Date: day("2026-03-16")}, "ActionID")
		invalid(t, stages.Event{Kind: stages.ActionCompleted, Date: day("2026-03-16"), ActionID: strings.Repeat("x", 65)}, "ActionID")
	})
}
