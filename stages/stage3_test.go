package stages_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/stages"
)

func TestSTAGE3_NeedsAStage2Meeting(t *testing.T) {
	p := stages.HR14()
	rejected(t, p, with(toStage1(), trigger("2026-03-09"), simple(stages.HRNotified, "2026-03-10"),
		invite("2026-03-11", stages.StepStage3, "2026-03-30")), stages.ErrNotDue, "STAGE-3")
	rejected(t, p, with(toStage1(), invite("2026-03-11", stages.StepStage3, "2026-03-30")), stages.ErrNotDue, "STAGE-3")
	rejected(t, p, with(toStage2(), hearing("2026-04-20")), stages.ErrNotDue, "STAGE-3")
	s := mustReplay(t, p, with(toStage2(), trigger("2026-06-29")))
	if cur, _ := s.Current(); cur.Step != stages.StepStage3 {
		t.Errorf("a trigger after stage 2 makes %q due", cur.Step.Code())
	}
}

func TestSTAGE3_HRAdviceBeforeConvening(t *testing.T) {
	p := stages.HR14()
	rejected(t, p, with(toStage2(), trigger("2026-06-29"), invite("2026-07-01", stages.StepStage3, "2026-07-20")), stages.ErrRequirement, "STAGE-3")
}

func TestSTAGE3_CaseSubmission(t *testing.T) {
	p := stages.HR14()
	t.Run("management case 14 days before", func(t *testing.T) {
		mustReplay(t, p, with(toStage3Invited(), submitted("2026-07-06", stages.ManagementSide), hearing("2026-07-20")))
	})
	t.Run("management case 13 days before", func(t *testing.T) {
		s := mustReplay(t, p, with(toStage3Invited(), submitted("2026-07-07", stages.ManagementSide)))
		if !hasFinding(s, "STAGE-3", "must move to 2026-07-21 or later") {
			t.Errorf("no warning at submission: %v", s.Findings)
		}
		rejected(t, p, with(toStage3Invited(), submitted("2026-07-07", stages.ManagementSide), hearing("2026-07-20")), stages.ErrNotice, "STAGE-3")
	})
	t.Run("late case, hearing moved", func(t *testing.T) {
		mustReplay(t, p, with(toStage3Invited(), submitted("2026-07-07", stages.ManagementSide),
			stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-07-08"), Step: stages.StepStage3, Slot: slot("2026-07-21"), Rearrangement: stages.ByTrust},
			hearing("2026-07-21")))
	})
	t.Run("no management case", func(t *testing.T) {
		rejected(t, p, with(toStage3Invited(), hearing("2026-07-20")), stages.ErrRequirement, "STAGE-3")
	})
	t.Run("late employee case is accepted and flagged", func(t *testing.T) {
		s := mustReplay(t, p, with(toStage3Invited(), submitted("2026-07-06", stages.ManagementSide), submitted("2026-07-16", stages.EmployeeSide)))
		if !hasFinding(s, "STAGE-3", "employee's case is late: due by 2026-07-15") {
			t.Errorf("findings %v", s.Findings)
		}
		s = mustReplay(t, p, with(toStage3Invited(), submitted("2026-07-06", stages.ManagementSide), submitted("2026-07-15", stages.EmployeeSide)))
		if hasFinding(s, "STAGE-3", "late") {
			t.Errorf("a case on 2026-07-15 is on time: %v", s.Findings)
		}
	})
	t.Run("case with no hearing due", func(t *testing.T) {
		rejected(t, p, with(toStage2(), submitted("2026-04-01", stages.ManagementSide)), stages.ErrNotDue, "STAGE-3")
	})
}

func TestSTAGE3_NonAttendance(t *testing.T) {
	p := stages.HR14()
	base := with(toStage3Invited(), submitted("2026-07-06", stages.ManagementSide), simple(stages.HRReviewed, "2026-07-06"), simple(stages.OHReportReceived, "2026-07-10"))
	rejected(t, p, with(base, stages.Event{Kind: stages.MeetingNotAttended, Date: day("2026-07-20"), Step: stages.StepStage3}), stages.ErrNotDue, "STAGE-3")
	absent := hearing("2026-07-20")
	absent.Attendance = stages.Absent
	s := mustReplay(t, p, with(base, absent, dismissed("2026-07-20")))
	if !s.Dismissed || !hasFinding(s, "STAGE-3", "in their absence") {
		t.Errorf("dismissed %v findings %v", s.Dismissed, s.Findings)
	}
	// Mitigation submitted beforehand: re-arranged.
	s = mustReplay(t, p, with(base, stages.Event{Kind: stages.MeetingNotAttended, Date: day("2026-07-20"), Step: stages.StepStage3, Explained: true}))
	if cur, _ := s.Current(); !cur.AwaitingNewDate {
		t.Errorf("mitigation: %+v", cur)
	}
}

func TestSTAGE3_DismissalNeedsOHAdvice(t *testing.T) {
	p := stages.HR14()
	noReport := with(toStage3Invited(), submitted("2026-07-06", stages.ManagementSide), simple(stages.HRReviewed, "2026-07-06"), hearing("2026-07-20"))
	t.Run("attended and consented, no advice", func(t *testing.T) {
		ee := rejectedErr(t, p, with(noReport, dismissed("2026-07-20")), stages.ErrRequirement, "STAGE-3")
		if ee.Rule.Clause != "HR14 SAP 1.5 (OH or specialist advice before termination)" {
			t.Errorf("clause %q", ee.Rule.Clause)
		}
	})
	t.Run("advice from before the stage 2 meeting is not updated", func(t *testing.T) {
		events := with(toStage1(), trigger("2026-03-09"), simple(stages.HRNotified, "2026-03-10"), simple(stages.OHReferralMade, "2026-03-10"),
			invite("2026-03-11", stages.StepStage2, "2026-03-23"), simple(stages.OHReportReceived, "2026-03-20"),
			held("2026-03-23", stages.StepStage2, stage2Panel()),
			trigger("2026-06-29"), simple(stages.HRNotified, "2026-06-30"), invite("2026-07-01", stages.StepStage3, "2026-07-20"),
			submitted("2026-07-06", stages.ManagementSide), hearing("2026-07-20"), dismissed("2026-07-20"))
		rejected(t, p, events, stages.ErrRequirement, "STAGE-3")
	})
	t.Run("the employee failed to attend OH", func(t *testing.T) {
		s := mustReplay(t, p, with(noReport[:len(noReport)-1],
			stages.Event{Kind: stages.OHFailed, Date: day("2026-07-08"), Failure: stages.DidNotAttend},
			hearing("2026-07-20"), dismissed("2026-07-20")))
		if !s.Dismissed || !hasFinding(s, "STAGE-3", "failed to attend or consent (did-not-attend") {
			t.Errorf("dismissed %v findings %v", s.Dismissed, s.Findings)
		}
	})
	t.Run("specialist advice", func(t *testing.T) {
		mustReplay(t, p, with(noReport[:len(noReport)-1],
			stages.Event{Kind: stages.OHReportReceived, Date: day("2026-07-08"), Specialist: true},
			hearing("2026-07-20"), dismissed("2026-07-20")))
	})
}

func TestSTAGE3_DecisionAndLetter(t *testing.T) {
	p := stages.HR14()
	t.Run("decision before the hearing", func(t *testing.T) {
		rejected(t, p, with(toStage3Invited(), dismissed("2026-07-10")), stages.ErrNotDue, "STAGE-3")
		rejected(t, p, with(toStage3Invited(), simple(stages.NotDismissed, "2026-07-10")), stages.ErrNotDue, "STAGE-3")
	})
	t.Run("SOSR", func(t *testing.T) {
		e := dismissed("2026-07-20")
		e.Grounds = stages.SOSR
		s := mustReplay(t, p, with(toHearing(), e))
		m, _ := s.Latest(stages.StepStage3)
		if m.Grounds != stages.SOSR || m.Decision != stages.DecisionDismiss {
			t.Errorf("%+v", m)
		}
	})
	t.Run("dismissal is confirmed by the termination letter", func(t *testing.T) {
		rejected(t, p, with(toHearing(), dismissed("2026-07-20"), letter("2026-07-22", stages.StepStage3)), stages.ErrNotDue, "STAGE-3")
		rejected(t, p, with(toHearing(), simple(stages.TerminationLetterSent, "2026-07-22")), stages.ErrNotDue, "STAGE-3")
		rejected(t, p, with(toDismissed(), simple(stages.TerminationLetterSent, "2026-07-23")), stages.ErrNotDue, "STAGE-3")
	})
	t.Run("late termination letter is flagged", func(t *testing.T) {
		s := mustReplay(t, p, with(toHearing(), dismissed("2026-07-20"), simple(stages.TerminationLetterSent, "2026-07-28")))
		if !hasFinding(s, "STAGE-3", "late: due by 2026-07-27") {
			t.Errorf("findings %v", s.Findings)
		}
		s = mustReplay(t, p, with(toHearing(), dismissed("2026-07-20"), simple(stages.TerminationLetterSent, "2026-07-27")))
		if hasFinding(s, "STAGE-3", "late") {
			t.Errorf("2026-07-27 is in time: %v", s.Findings)
		}
	})
	t.Run("chair below Band 8a cannot dismiss", func(t *testing.T) {
		h := hearing("2026-07-20")
		h.Panel.Members[0].Band = stages.Band7
		s := mustReplay(t, p, with(toHearing()[:len(toHearing())-1], h, simple(stages.NotDismissed, "2026-07-20")))
		if s.Stage != stages.Stage2 || !s.Returned {
			t.Errorf("not dismissed by a Band 7 chair: stage %s", s.Stage)
		}
		ee := rejectedErr(t, p, with(toHearing()[:len(toHearing())-1], h, dismissed("2026-07-20")), stages.ErrPanel, "STAGE-8")
		if !strings.Contains(ee.Detail, "Band 8a") {
			t.Errorf("detail %q", ee.Detail)
		}
	})
	t.Run("panel without an independent HR representative", func(t *testing.T) {
		h := hearing("2026-07-20")
		h.Panel.Members[2].PreviouslyInvolved = true
		rejected(t, p, with(toHearing()[:len(toHearing())-1], h), stages.ErrPanel, "STAGE-8")
	})
}

func TestSTAGE4_NotDismissedReturnsToStage2(t *testing.T) {
	p := stages.HR14()
	s := mustReplay(t, p, with(toHearing(), simple(stages.NotDismissed, "2026-07-21")))
	if s.Stage != stages.Stage2 || s.Since != day("2026-07-21") || !s.Returned || s.Dismissed {
		t.Fatalf("stage %s since %s returned %v dismissed %v", s.Stage, s.Since, s.Returned, s.Dismissed)
	}
	// All the triggers of stage 2 apply again: a trigger after the decision
	// leads to stage 3, one on the day of the decision does not count.
	rejected(t, p, with(toHearing(), simple(stages.NotDismissed, "2026-07-21"), trigger("2026-07-21")), stages.ErrNotDue, "STAGE-3")
	s = mustReplay(t, p, with(toHearing(), simple(stages.NotDismissed, "2026-07-21"), trigger("2026-09-01")))
	if cur, _ := s.Current(); cur.Step != stages.StepStage3 {
		t.Errorf("%q due after returning to stage 2", cur.Step.Code())
	}
	// The decision letter.
	s = mustReplay(t, p, with(toHearing(), simple(stages.NotDismissed, "2026-07-21"), letter("2026-07-28", stages.StepStage3)))
	if !hasFinding(s, "STAGE-3", "late: due by 2026-07-27") {
		t.Errorf("findings %v", s.Findings)
	}
}

func TestSTAGE5_Appeal(t *testing.T) {
	p := stages.HR14()
	t.Run("within 21 days of the termination letter", func(t *testing.T) {
		mustReplay(t, p, with(toDismissed(), simple(stages.AppealLodged, "2026-08-12")))
		ee := rejectedErr(t, p, with(toDismissed(), simple(stages.AppealLodged, "2026-08-13")), stages.ErrLate, "STAGE-5")
		if !strings.Contains(ee.Detail, "by 2026-08-12") {
			t.Errorf("detail %q", ee.Detail)
		}
	})
	t.Run("no dismissal to appeal", func(t *testing.T) {
		rejected(t, p, with(toHearing(), simple(stages.AppealLodged, "2026-07-21")), stages.ErrNotDue, "STAGE-5")
		rejected(t, p, with(toAppealInvited(), simple(stages.AppealLodged, "2026-08-11")), stages.ErrNotDue, "STAGE-5")
		rejected(t, p, with(toDismissed(), invite("2026-08-10", stages.StepAppeal, "2026-09-09")), stages.ErrNotDue, "STAGE-5")
	})
	t.Run("management response 5 business days before", func(t *testing.T) {
		mustReplay(t, p, with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-02"), appealHeard(stages.DismissalUpheld, "2026-09-09")))
		s := mustReplay(t, p, with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-03")))
		if !hasFinding(s, "STAGE-5", "due by 2026-09-02") {
			t.Errorf("findings %v", s.Findings)
		}
		rejected(t, p, with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-03"), appealHeard(stages.DismissalUpheld, "2026-09-09")), stages.ErrNotice, "STAGE-5")
		rejected(t, p, with(toAppealInvited(), appealHeard(stages.DismissalUpheld, "2026-09-09")), stages.ErrRequirement, "STAGE-5")
	})
	t.Run("upheld: the dismissal stands and the case closes", func(t *testing.T) {
		events := with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-01"), appealHeard(stages.DismissalUpheld, "2026-09-09"))
		s := mustReplay(t, p, events)
		if !s.Final || !s.Dismissed || !s.Closed() {
			t.Errorf("final %v dismissed %v", s.Final, s.Dismissed)
		}
		rejected(t, p, with(events, trigger("2026-09-10")), stages.ErrClosed, "STAGE-5")
		s = mustReplay(t, p, with(events, letter("2026-09-16", stages.StepAppeal)))
		if hasFinding(s, "STAGE-5", "late") {
			t.Errorf("2026-09-16 is in time: %v", s.Findings)
		}
		s = mustReplay(t, p, with(events, letter("2026-09-17", stages.StepAppeal)))
		if !hasFinding(s, "STAGE-5", "late: due by 2026-09-16") {
			t.Errorf("findings %v", s.Findings)
		}
	})
	t.Run("overturned: back to stage 2", func(t *testing.T) {
		s := mustReplay(t, p, with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-01"), appealHeard(stages.DismissalOverturned, "2026-09-09")))
		if s.Dismissed || s.Final || s.Stage != stages.Stage2 || s.Since != day("2026-09-09") || !s.Returned {
			t.Errorf("%+v", s)
		}
		if !hasFinding(s, "STAGE-4", "overturned") {
			t.Errorf("findings %v", s.Findings)
		}
	})
	t.Run("appeal panel", func(t *testing.T) {
		e := appealHeard(stages.DismissalOverturned, "2026-09-09")
		e.Panel.Members[1].Role = stages.OtherManager
		rejected(t, p, with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-01"), e), stages.ErrPanel, "STAGE-8")
	})
	t.Run("events after dismissal", func(t *testing.T) {
		rejected(t, p, with(toDismissed(), trigger("2026-07-30")), stages.ErrClosed, "STAGE-3")
		rejected(t, p, with(toDismissed(), simple(stages.RedeploymentStarted, "2026-07-30")), stages.ErrClosed, "STAGE-7")
		rejected(t, p, with(toDismissed(), simple(stages.IllHealthRetirementPursued, "2026-07-30")), stages.ErrClosed, "STAGE-6")
	})
}
