package stages_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/stages"
)

func TestSTAGE1_TriggerMakesStage1Due(t *testing.T) {
	s := mustReplay(t, stages.HR14(), []stages.Event{trigger("2026-03-02")})
	cur, ok := s.Current()
	if !ok || cur.Step != stages.StepStage1 || cur.Due != day("2026-03-02") || cur.Route != stages.RouteTrigger {
		t.Fatalf("current = %+v, %v; want stage 1 due 2026-03-02 by trigger", cur, ok)
	}
	if cur.Soon {
		t.Error("TRIG-1 alone is not a 28+ day absence: not 'as soon as practicable'")
	}
}

func TestSTAGE1_InvitationNeedsATrigger(t *testing.T) {
	ee := rejectedErr(t, stages.HR14(), []stages.Event{invite("2026-03-05", stages.StepStage1, "2026-03-12")}, stages.ErrNotDue, "STAGE-1")
	if !strings.Contains(ee.Detail, "no trigger has made the stage 1 sickness review meeting due") {
		t.Errorf("detail %q", ee.Detail)
	}
}

func TestSTAGE1_Notice(t *testing.T) {
	p := stages.HR14()
	base := []stages.Event{trigger("2026-03-02")}
	t.Run("7 days is enough", func(t *testing.T) {
		mustReplay(t, p, with(base, invite("2026-03-05", stages.StepStage1, "2026-03-12"), held("2026-03-12", stages.StepStage1, nil)))
	})
	t.Run("6 days without a waiver is rejected at the meeting", func(t *testing.T) {
		ee := rejectedErr(t, p, with(base, invite("2026-03-05", stages.StepStage1, "2026-03-11"), held("2026-03-11", stages.StepStage1, nil)), stages.ErrNotice, "STAGE-1")
		if ee.Rule.Clause != "HR14 SAP 1.3" {
			t.Errorf("clause %q", ee.Rule.Clause)
		}
	})
	t.Run("6 days with the employee's waiver", func(t *testing.T) {
		s := mustReplay(t, p, with(base,
			invite("2026-03-05", stages.StepStage1, "2026-03-06"),
			stages.Event{Kind: stages.NoticeWaived, Date: day("2026-03-05"), Step: stages.StepStage1},
			held("2026-03-06", stages.StepStage1, nil)))
		if s.Stage != stages.Stage1 || s.Since != day("2026-03-06") {
			t.Errorf("stage %s since %s", s.Stage, s.Since)
		}
	})
	t.Run("a meeting before its invitation", func(t *testing.T) {
		rejected(t, p, with(base, invite("2026-03-05", stages.StepStage1, "2026-03-04")), stages.ErrNotice, "STAGE-1")
	})
	t.Run("a short-notice meeting missed without a waiver does not count", func(t *testing.T) {
		rejected(t, p, with(base, invite("2026-03-05", stages.StepStage1, "2026-03-09"),
			stages.Event{Kind: stages.MeetingNotAttended, Date: day("2026-03-09"), Step: stages.StepStage1}), stages.ErrNotice, "STAGE-1")
	})
}

func TestSTAGE1_MeetingOnTheArrangedDate(t *testing.T) {
	p := stages.HR14()
	base := []stages.Event{trigger("2026-03-02"), invite("2026-03-05", stages.StepStage1, "2026-03-16")}
	rejected(t, p, with(base, held("2026-03-17", stages.StepStage1, nil)), stages.ErrNotDue, "STAGE-1")
	rejected(t, p, []stages.Event{trigger("2026-03-02"), held("2026-03-16", stages.StepStage1, nil)}, stages.ErrNotDue, "STAGE-1")
	rejected(t, p, with(base, invite("2026-03-06", stages.StepStage1, "2026-03-17")), stages.ErrNotDue, "STAGE-1")
}

func TestSTAGE1_Rearranged(t *testing.T) {
	p := stages.HR14()
	base := []stages.Event{trigger("2026-03-02"), invite("2026-03-05", stages.StepStage1, "2026-03-16")}
	move := func(date, to string, why stages.Rearrangement) stages.Event {
		return stages.Event{Kind: stages.MeetingRearranged, Date: day(date), Step: stages.StepStage1, Slot: slot(to), Rearrangement: why}
	}
	t.Run("within 7 days of the original", func(t *testing.T) {
		s := mustReplay(t, p, with(base, move("2026-03-09", "2026-03-23", stages.AtEmployeeRequest), held("2026-03-23", stages.StepStage1, nil)))
		if s.Since != day("2026-03-23") {
			t.Errorf("since %s", s.Since)
		}
		m, _ := s.Latest(stages.StepStage1)
		if m.Rearranged != 1 || m.Original != day("2026-03-16") {
			t.Errorf("rearranged %d original %s", m.Rearranged, m.Original)
		}
	})
	t.Run("more than 7 days after the original", func(t *testing.T) {
		ee := rejectedErr(t, p, with(base, move("2026-03-09", "2026-03-24", stages.AtEmployeeRequest)), stages.ErrLate, "STAGE-1")
		if ee.Index != 2 || ee.Date != day("2026-03-09") {
			t.Errorf("event %d %s", ee.Index, ee.Date)
		}
	})
	t.Run("a second request is still bounded by the original", func(t *testing.T) {
		rejected(t, p, with(base, move("2026-03-09", "2026-03-20", stages.AtEmployeeRequest), move("2026-03-12", "2026-03-24", stages.AtEmployeeRequest)), stages.ErrLate, "STAGE-1")
	})
	t.Run("moved by the Trust with fresh notice", func(t *testing.T) {
		mustReplay(t, p, with(base, move("2026-03-10", "2026-03-30", stages.ByTrust), held("2026-03-30", stages.StepStage1, nil)))
		rejected(t, p, with(base, move("2026-03-10", "2026-03-13", stages.ByTrust), held("2026-03-13", stages.StepStage1, nil)), stages.ErrNotice, "STAGE-1")
	})
	t.Run("before any invitation", func(t *testing.T) {
		rejected(t, p, []stages.Event{trigger("2026-03-02"), move("2026-03-09", "2026-03-20", stages.AtEmployeeRequest)}, stages.ErrNotDue, "STAGE-1")
	})
}

func TestSTAGE1_SoonForLongAbsence(t *testing.T) {
	p := stages.HR14()
	for _, e := range []stages.Event{trigger("2026-06-28", "TRIG-5"), simple(stages.LongTermOngoing, "2026-06-28")} {
		s := mustReplay(t, p, []stages.Event{e})
		cur, _ := s.Current()
		d := cur.Deadlines(p)
		if !cur.Soon || !d.Soon || d.SoonFrom != day("2026-06-28") {
			t.Errorf("%s: soon %v deadlines %+v", e.Kind, cur.Soon, d)
		}
		acts, err := s.NextSteps(day("2026-06-29"), p, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(acts) == 0 || !acts[0].Soon || acts[0].Kind != stages.InvitationSent || acts[0].Rule.Clause != "HR14 SAP 1.3 (NB: 28+ continuous days)" {
			t.Errorf("%s: next steps %v", e.Kind, acts)
		}
	}
}

func TestSTAGE_EventsInDateOrder(t *testing.T) {
	ee := rejectedErr(t, stages.HR14(), []stages.Event{trigger("2026-03-02"), simple(stages.HRNotified, "2026-03-01")}, stages.ErrOutOfOrder, "STAGE-0")
	if ee.Index != 1 {
		t.Errorf("index %d", ee.Index)
	}
	// The same date is fine: events on one date keep their order.
	mustReplay(t, stages.HR14(), []stages.Event{trigger("2026-03-02"), simple(stages.HRNotified, "2026-03-02")})
}

func TestSTAGE2_NeedsAStage1Meeting(t *testing.T) {
	p := stages.HR14()
	t.Run("stage 2 invitation before any stage 1 meeting", func(t *testing.T) {
		ee := rejectedErr(t, p, []stages.Event{invite("2026-03-05", stages.StepStage2, "2026-03-16")}, stages.ErrNotDue, "STAGE-2")
		if ee.Rule.Clause != "HR14 SAP 1.4" {
			t.Errorf("clause %q", ee.Rule.Clause)
		}
	})
	t.Run("stage 2 meeting while stage 1 is due", func(t *testing.T) {
		rejected(t, p, []stages.Event{trigger("2026-03-02"), held("2026-03-16", stages.StepStage2, stage2Panel())}, stages.ErrNotDue, "STAGE-2")
	})
	t.Run("stage 2 with no trigger after the stage 1 meeting", func(t *testing.T) {
		rejected(t, p, with(toStage1(), invite("2026-02-02", stages.StepStage2, "2026-02-16")), stages.ErrNotDue, "STAGE-2")
	})
	t.Run("a trigger on the day of the stage 1 meeting does not count", func(t *testing.T) {
		rejected(t, p, with(toStage1()[:3], trigger("2026-01-21")), stages.ErrNotDue, "STAGE-2")
	})
	t.Run("a second stage 1 after the stage 1 meeting", func(t *testing.T) {
		rejected(t, p, with(toStage1(), trigger("2026-03-09"), invite("2026-03-10", stages.StepStage1, "2026-03-17")), stages.ErrNotDue, "STAGE-1")
	})
}

func TestSTAGE2_NoticeNotWaivable(t *testing.T) {
	p := stages.HR14()
	base := with(toStage1(), trigger("2026-03-09"), simple(stages.HRNotified, "2026-03-10"), simple(stages.OHReferralMade, "2026-03-10"))
	rejected(t, p, with(base, invite("2026-03-11", stages.StepStage2, "2026-03-17")), stages.ErrNotice, "STAGE-2")
	rejected(t, p, with(base, invite("2026-03-11", stages.StepStage2, "2026-03-23"),
		stages.Event{Kind: stages.NoticeWaived, Date: day("2026-03-12"), Step: stages.StepStage2}), stages.ErrNotWaivable, "STAGE-2")
	rejected(t, p, with(base, invite("2026-03-11", stages.StepStage2, "2026-03-23"),
		stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-03-16"), Step: stages.StepStage2, Slot: slot("2026-03-31"), Rearrangement: stages.AtEmployeeRequest}), stages.ErrLate, "STAGE-2")
	rejected(t, p, with(base, invite("2026-03-11", stages.StepStage2, "2026-03-23"),
		stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-03-16"), Step: stages.StepStage2, Slot: slot("2026-03-20"), Rearrangement: stages.ByTrust}), stages.ErrNotice, "STAGE-2")
	mustReplay(t, p, with(base, invite("2026-03-11", stages.StepStage2, "2026-03-18"), held("2026-03-18", stages.StepStage2, stage2Panel())))

	// A knob: a trust that lets stage 2 notice be waived.
	q := stages.HR14()
	q.WaivableUpTo = stages.StepStage2
	mustReplay(t, q, with(base, invite("2026-03-11", stages.StepStage2, "2026-03-13"),
		stages.Event{Kind: stages.NoticeWaived, Date: day("2026-03-12"), Step: stages.StepStage2},
		held("2026-03-13", stages.StepStage2, stage2Panel())))
}

func TestSTAGE2_Requirements(t *testing.T) {
	p := stages.HR14()
	trig := with(toStage1(), trigger("2026-03-09"))
	inv := invite("2026-03-11", stages.StepStage2, "2026-03-23")
	meet := held("2026-03-23", stages.StepStage2, stage2Panel())
	hr := simple(stages.HRNotified, "2026-03-10")
	oh := simple(stages.OHReferralMade, "2026-03-10")
	t.Run("HR Employee Relations not notified", func(t *testing.T) {
		ee := rejectedErr(t, p, with(trig, oh, inv, meet), stages.ErrRequirement, "STAGE-2")
		if !strings.Contains(ee.Detail, "HR Employee Relations") {
			t.Errorf("detail %q", ee.Detail)
		}
	})
	t.Run("HR notified before the stage 1 meeting does not count", func(t *testing.T) {
		events := []stages.Event{trigger("2026-01-12"), simple(stages.HRNotified, "2026-01-12"), invite("2026-01-13", stages.StepStage1, "2026-01-21"),
			held("2026-01-21", stages.StepStage1, nil), trigger("2026-03-09"), oh, inv, meet}
		rejected(t, p, events, stages.ErrRequirement, "STAGE-2")
	})
	t.Run("no OH referral", func(t *testing.T) {
		ee := rejectedErr(t, p, with(trig, hr, inv, meet), stages.ErrRequirement, "STAGE-2")
		if !strings.Contains(ee.Detail, "Occupational Health") {
			t.Errorf("detail %q", ee.Detail)
		}
	})
	t.Run("no second manager", func(t *testing.T) {
		alone := &stages.Panel{Members: []stages.Member{{Role: stages.LineManager, Chair: true}}}
		rejected(t, p, with(trig, hr, oh, inv, held("2026-03-23", stages.StepStage2, alone)), stages.ErrPanel, "STAGE-2")
		rejected(t, p, with(trig, hr, oh, inv, held("2026-03-23", stages.StepStage2, nil)), stages.ErrPanel, "STAGE-2")
	})
	t.Run("all in place", func(t *testing.T) {
		s := mustReplay(t, p, with(trig, hr, oh, inv, meet))
		if s.Stage != stages.Stage2 || s.Since != day("2026-03-23") {
			t.Errorf("stage %s since %s", s.Stage, s.Since)
		}
	})
}

func TestSTAGE9_NonAttendance(t *testing.T) {
	p := stages.HR14()
	base := []stages.Event{trigger("2026-03-02"), invite("2026-03-05", stages.StepStage1, "2026-03-16")}
	miss := func(date string, explained bool) stages.Event {
		return stages.Event{Kind: stages.MeetingNotAttended, Date: day(date), Step: stages.StepStage1, Explained: explained}
	}
	again := func(date, to string) stages.Event {
		return stages.Event{Kind: stages.MeetingRearranged, Date: day(date), Step: stages.StepStage1, Slot: slot(to), Rearrangement: stages.AfterNonAttendance}
	}
	t.Run("first miss: re-arranged, not held", func(t *testing.T) {
		s := mustReplay(t, p, with(base, miss("2026-03-16", false)))
		cur, _ := s.Current()
		if !cur.AwaitingNewDate || cur.Missed != 1 || s.Stage != stages.NoStage {
			t.Errorf("after one miss: %+v stage %s", cur, s.Stage)
		}
		rejected(t, p, with(base, miss("2026-03-16", false), held("2026-03-16", stages.StepStage1, nil)), stages.ErrNotDue, "STAGE-9")
		rejected(t, p, with(base, miss("2026-03-16", false),
			stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-03-17"), Step: stages.StepStage1, Slot: slot("2026-03-20"), Rearrangement: stages.AtEmployeeRequest}), stages.ErrNotDue, "STAGE-9")
	})
	t.Run("second miss: decided on the information available", func(t *testing.T) {
		s := mustReplay(t, p, with(base, miss("2026-03-16", false), again("2026-03-17", "2026-03-19"), miss("2026-03-19", false)))
		m, _ := s.Latest(stages.StepStage1)
		if s.Stage != stages.Stage1 || s.Since != day("2026-03-19") || !m.InAbsence || !m.Concluded() {
			t.Errorf("stage %s since %s meeting %+v", s.Stage, s.Since, m)
		}
		if !hasFinding(s, "STAGE-9", "information available") {
			t.Errorf("findings %v", s.Findings)
		}
	})
	t.Run("a miss with a reasonable explanation does not count", func(t *testing.T) {
		s := mustReplay(t, p, with(base, miss("2026-03-16", true), again("2026-03-17", "2026-03-19"), miss("2026-03-19", false)))
		if s.Stage != stages.NoStage {
			t.Errorf("stage %s after one unexplained miss", s.Stage)
		}
	})
	t.Run("re-arranging for non-attendance needs a non-attendance", func(t *testing.T) {
		rejected(t, p, with(base, again("2026-03-10", "2026-03-19")), stages.ErrNotDue, "STAGE-9")
	})
	t.Run("a miss on a day with no meeting", func(t *testing.T) {
		rejected(t, p, with(base, miss("2026-03-17", false)), stages.ErrNotDue, "STAGE-1")
	})
	t.Run("stage 2 decided in absence still needs HR and OH", func(t *testing.T) {
		miss2 := func(date string) stages.Event {
			return stages.Event{Kind: stages.MeetingNotAttended, Date: day(date), Step: stages.StepStage2}
		}
		events := with(toStage1(), trigger("2026-03-09"), invite("2026-03-11", stages.StepStage2, "2026-03-23"), miss2("2026-03-23"),
			stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-03-24"), Step: stages.StepStage2, Slot: slot("2026-03-26"), Rearrangement: stages.AfterNonAttendance},
			miss2("2026-03-26"))
		rejected(t, p, events, stages.ErrRequirement, "STAGE-2")
	})
	t.Run("knob: decide after the first miss", func(t *testing.T) {
		q := stages.HR14()
		q.MissedMeetings = 1
		s := mustReplay(t, q, with(base, miss("2026-03-16", false)))
		if s.Stage != stages.Stage1 {
			t.Errorf("stage %s", s.Stage)
		}
	})
}

func TestTRIG_StageLapseKnob(t *testing.T) {
	// HR14 sets no lapse: a trigger a year after stage 1 still leads to stage 2.
	s := mustReplay(t, stages.HR14(), with(toStage1(), trigger("2027-02-01")))
	if cur, _ := s.Current(); cur.Step != stages.StepStage2 {
		t.Errorf("no lapse: %q due", cur.Step.Code())
	}
	q := stages.HR14()
	q.LapseMonths = 12
	// Stage 1 of 2026-01-21 lapses on the day after its anniversary.
	s = mustReplay(t, q, with(toStage1(), trigger("2027-01-21")))
	if cur, _ := s.Current(); cur.Step != stages.StepStage2 {
		t.Errorf("trigger on the anniversary: %q due", cur.Step.Code())
	}
	s = mustReplay(t, q, with(toStage1(), trigger("2027-01-22")))
	if cur, _ := s.Current(); cur.Step != stages.StepStage1 || s.Stage != stages.NoStage {
		t.Errorf("lapsed stage 1: %q due, stage %s", cur.Step.Code(), s.Stage)
	}
	if !hasFinding(s, "TRIG-8", "lapsed on 2027-01-22") {
		t.Errorf("findings %v", s.Findings)
	}
}
