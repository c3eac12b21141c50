package stages_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/stages"
)

// want is the part of an action a test checks.
type want struct {
	who      stages.Party
	kind     stages.Kind
	by       string
	overdue  bool
	optional bool
	rule     string
}

func nextSteps(t *testing.T, events []stages.Event, asOf string) []stages.Action {
	t.Helper()
	p := stages.HR14()
	s := mustReplay(t, p, events)
	acts, err := s.NextSteps(day(asOf), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	return acts
}

func checkActions(t *testing.T, got []stages.Action, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, a := range got {
			t.Log(a)
		}
		t.Fatalf("%d actions, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		a := got[i]
		var by string
		if !a.By.IsZero() {
			by = a.By.String()
		}
		if a.Who != w.who || a.Kind != w.kind || by != w.by || a.Overdue != w.overdue || a.Optional != w.optional || a.Rule.ID != w.rule {
			t.Errorf("action %d: %v\n  want who %s kind %s by %q overdue %v optional %v rule %s", i, a, w.who, w.kind, w.by, w.overdue, w.optional, w.rule)
		}
		if a.What == "" {
			t.Errorf("action %d has no text", i)
		}
	}
}

func TestNextSteps(t *testing.T) {
	for _, c := range []struct {
		name   string
		events []stages.Event
		asOf   string
		want   []want
	}{
		{"a fresh case", nil, "2026-01-01", []want{
			{stages.PartyLineManager, stages.TriggerActivated, "", false, false, "STAGE-1"},
		}},
		{"stage 1 due", []stages.Event{trigger("2026-01-12")}, "2026-01-12", []want{
			{stages.PartyLineManager, stages.InvitationSent, "", false, false, "STAGE-1"},
		}},
		{"stage 1 invited", toStage1()[:2], "2026-01-14", []want{
			{stages.PartyLineManager, stages.MeetingHeld, "2026-01-21", false, false, "STAGE-1"},
		}},
		{"stage 1 meeting missed", with(toStage1()[:2], stages.Event{Kind: stages.MeetingNotAttended, Date: day("2026-01-21"), Step: stages.StepStage1}), "2026-01-21", []want{
			{stages.PartyLineManager, stages.MeetingRearranged, "", false, false, "STAGE-9"},
		}},
		{"stage 1 short notice", []stages.Event{trigger("2026-01-12"), invite("2026-01-13", stages.StepStage1, "2026-01-16")}, "2026-01-14", []want{
			{stages.PartyLineManager, stages.NoticeWaived, "2026-01-16", false, false, "STAGE-1"},
			{stages.PartyLineManager, stages.MeetingHeld, "2026-01-16", false, false, "STAGE-1"},
		}},
		{"stage 1 held, letter not sent", toStage1()[:3], "2026-01-22", []want{
			{stages.PartyLineManager, stages.OutcomeLetterSent, "", false, false, "STAGE-1"},
			{stages.PartyLineManager, stages.TriggerActivated, "", false, false, "STAGE-2"},
		}},
		{"stage 2 due", with(toStage1(), trigger("2026-03-09")), "2026-03-10", []want{
			{stages.PartyLineManager, stages.HRNotified, "", false, false, "STAGE-2"},
			{stages.PartyLineManager, stages.OHReferralMade, "", false, false, "STAGE-2"},
			{stages.PartyLineManager, stages.InvitationSent, "", false, false, "STAGE-2"},
		}},
		{"stage 2 invited without HR", with(toStage1(), trigger("2026-03-09"), simple(stages.OHReferralMade, "2026-03-10"), invite("2026-03-11", stages.StepStage2, "2026-03-23")), "2026-03-24", []want{
			{stages.PartyLineManager, stages.OHAppointment, "2026-03-17", true, false, "STAGE-11"},
			{stages.PartyLineManager, stages.HRNotified, "2026-03-23", true, false, "STAGE-2"},
			{stages.PartyLineManager, stages.MeetingHeld, "2026-03-23", true, false, "STAGE-2"},
		}},
		{"stage 3 invited, management case overdue", toStage3Invited(), "2026-07-07", []want{
			{stages.PartyPresentingManager, stages.CaseSubmitted, "2026-07-06", true, false, "STAGE-3"},
			{stages.PartyEmployee, stages.CaseSubmitted, "2026-07-15", false, true, "STAGE-3"},
			{stages.PartyPresentingManager, stages.OHReportReceived, "2026-07-20", false, false, "STAGE-3"},
			{stages.PartyChair, stages.HearingHeld, "2026-07-20", false, false, "STAGE-3"},
		}},
		{"stage 3, management case late", with(toStage3Invited(), submitted("2026-07-08", stages.ManagementSide), simple(stages.OHReportReceived, "2026-07-08")), "2026-07-08", []want{
			{stages.PartyEmployee, stages.CaseSubmitted, "2026-07-15", false, true, "STAGE-3"},
			{stages.PartyPresentingManager, stages.MeetingRearranged, "2026-07-20", false, false, "STAGE-3"},
			{stages.PartyChair, stages.HearingHeld, "2026-07-20", false, false, "STAGE-3"},
		}},
		{"stage 3 held, undecided", toHearing(), "2026-07-20", []want{
			{stages.PartyChair, 0, "2026-07-27", false, false, "STAGE-3"},
			{stages.PartyChair, stages.DeliberationRecorded, "2026-07-27", false, false, "STAGE-18"},
		}},
		{"dismissed, letter due", with(toHearing(), dismissed("2026-07-20")), "2026-07-28", []want{
			{stages.PartyChair, stages.TerminationLetterSent, "2026-07-27", true, false, "STAGE-3"},
		}},
		{"dismissed, appeal window", toDismissed(), "2026-08-01", []want{
			{stages.PartyEmployee, stages.AppealLodged, "2026-08-12", false, true, "STAGE-5"},
		}},
		{"dismissed, appeal window closed", toDismissed(), "2026-08-13", []want{
			{stages.PartyEmployee, stages.AppealLodged, "2026-08-12", true, true, "STAGE-5"},
		}},
		{"appeal lodged", with(toDismissed(), simple(stages.AppealLodged, "2026-08-05")), "2026-08-05", []want{
			{stages.PartyDirectorOfHR, stages.InvitationSent, "", false, false, "STAGE-5"},
		}},
		{"appeal invited", toAppealInvited(), "2026-08-20", []want{
			{stages.PartyManagementSide, stages.AppealResponseSubmitted, "2026-09-02", false, false, "STAGE-5"},
			{stages.PartyAppealChair, 0, "2026-09-09", false, false, "STAGE-5"},
		}},
		{"appeal upheld, letter due", with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-01"), appealHeard(stages.DismissalUpheld, "2026-09-09")), "2026-09-10", []want{
			{stages.PartyAppealChair, stages.OutcomeLetterSent, "2026-09-16", false, false, "STAGE-5"},
		}},
		{"closed", with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-01"), appealHeard(stages.DismissalUpheld, "2026-09-09"), letter("2026-09-10", stages.StepAppeal)), "2026-09-10", nil},
		{"on the redeployment register", with(toStage2(), simple(stages.RedeploymentStarted, "2026-04-01")), "2026-04-02", []want{
			{stages.PartyLineManager, stages.OHAppointment, "2026-03-17", true, false, "STAGE-11"},
			{stages.PartyHR, stages.RedeploymentInformed, "2026-04-01", true, false, "STAGE-20"},
			{stages.PartyHR, stages.RedeploymentEnded, "2026-06-24", false, false, "STAGE-7"},
			{stages.PartyLineManager, stages.TriggerActivated, "", false, false, "STAGE-3"},
		}},
		{"ill-health retirement meeting invited", toIllHealth(), "2026-02-10", []want{
			{stages.PartyChair, stages.MeetingHeld, "2026-02-20", false, false, "STAGE-6"},
			{stages.PartyLineManager, stages.RetirementApplication, "", false, false, "STAGE-21"},
			{stages.PartyHR, stages.RetirementApplication, "", false, false, "STAGE-21"},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkActions(t, nextSteps(t, c.events, c.asOf), c.want)
		})
	}
}

func TestNextSteps_IllHealthLeave(t *testing.T) {
	acts := nextSteps(t, with(toIllHealth(), held("2026-02-20", stages.StepIllHealth, illHealthPanel()), dismissed("2026-02-20")), "2026-02-20")
	if len(acts) != 1 || acts[0].Kind != stages.TerminationLetterSent || !strings.Contains(acts[0].What, "annual leave") {
		t.Errorf("%v", acts)
	}
}
