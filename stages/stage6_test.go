package stages_test

import (
	"testing"

	"github.com/absencerules/hr14/stages"
)

// toIllHealth ends with the employee pursuing ill-health retirement after the
// stage 1 meeting, HR advised and the IHR meeting invited.
func toIllHealth() []stages.Event {
	return with(toStage1(),
		simple(stages.IllHealthRetirementPursued, "2026-02-02"),
		simple(stages.HRReviewed, "2026-02-02"),
		simple(stages.OHReportReceived, "2026-02-05"),
		invite("2026-02-06", stages.StepIllHealth, "2026-02-20"),
	)
}

func TestSTAGE6_IllHealthRetirement(t *testing.T) {
	p := stages.HR14()
	meeting := held("2026-02-20", stages.StepIllHealth, illHealthPanel())
	t.Run("needs a stage review first", func(t *testing.T) {
		rejected(t, p, []stages.Event{trigger("2026-01-12"), simple(stages.IllHealthRetirementPursued, "2026-01-13")}, stages.ErrNotDue, "STAGE-6")
		q := stages.HR14()
		q.IllHealthRetirementFrom = stages.Stage2
		rejected(t, q, with(toStage1(), simple(stages.IllHealthRetirementPursued, "2026-02-02")), stages.ErrNotDue, "STAGE-6")
	})
	t.Run("the formal meeting replaces the hearing", func(t *testing.T) {
		rejected(t, p, with(toIllHealth(), hearing("2026-02-20")), stages.ErrNotDue, "STAGE-6")
		s := mustReplay(t, p, with(toIllHealth(), meeting, dismissed("2026-02-20")))
		if !s.Dismissed || !s.AnnualLeavePayable {
			t.Errorf("dismissed %v leave payable %v", s.Dismissed, s.AnnualLeavePayable)
		}
		if !hasFinding(s, "STAGE-6", "annual leave for the current leave year is paid") || !hasFinding(s, "STAGE-6", "does not wait for the pensions decision") {
			t.Errorf("findings %v", s.Findings)
		}
		m, _ := s.Latest(stages.StepIllHealth)
		if m.Route != stages.RouteIllHealth || m.Grounds != stages.Capability {
			t.Errorf("%+v", m)
		}
	})
	t.Run("the representative may attend for the employee", func(t *testing.T) {
		rep := meeting
		rep.Attendance = stages.Represented
		mustReplay(t, p, with(toIllHealth(), rep, dismissed("2026-02-20")))
	})
	t.Run("termination on capability due to ill health only", func(t *testing.T) {
		e := dismissed("2026-02-20")
		e.Grounds = stages.SOSR
		rejected(t, p, with(toIllHealth(), meeting, e), stages.ErrRequirement, "STAGE-6")
	})
	t.Run("chaired by a manager with authority to dismiss, with HR, the line manager presenting", func(t *testing.T) {
		low := held("2026-02-20", stages.StepIllHealth, illHealthPanel())
		low.Panel.Members[0].Band = stages.Band7
		rejected(t, p, with(toIllHealth(), low), stages.ErrPanel, "STAGE-6")
		noLM := held("2026-02-20", stages.StepIllHealth, illHealthPanel())
		noLM.Panel.Members = noLM.Panel.Members[:2]
		rejected(t, p, with(toIllHealth(), noLM), stages.ErrPanel, "STAGE-6")
		noHR := held("2026-02-20", stages.StepIllHealth, illHealthPanel())
		noHR.Panel.Members = []stages.Member{noHR.Panel.Members[0], noHR.Panel.Members[2]}
		rejected(t, p, with(toIllHealth(), noHR), stages.ErrPanel, "STAGE-8")
		rejected(t, p, with(toIllHealth(), held("2026-02-20", stages.StepIllHealth, nil)), stages.ErrPanel, "STAGE-8")
	})
	t.Run("replaces a final review hearing not yet held", func(t *testing.T) {
		s := mustReplay(t, p, with(toStage3Invited(), simple(stages.IllHealthRetirementPursued, "2026-07-02")))
		m3, _ := s.Latest(stages.StepStage3)
		cur, _ := s.Current()
		if m3.Superseded != day("2026-07-02") || cur.Step != stages.StepIllHealth {
			t.Errorf("stage 3 %+v, current %q", m3, cur.Step.Code())
		}
		rejected(t, p, with(toHearing(), simple(stages.IllHealthRetirementPursued, "2026-07-20")), stages.ErrNotDue, "STAGE-6")
		rejected(t, p, with(toIllHealth(), simple(stages.IllHealthRetirementPursued, "2026-02-07")), stages.ErrNotDue, "STAGE-6")
	})
	t.Run("not dismissed: back to stage 2", func(t *testing.T) {
		s := mustReplay(t, p, with(toIllHealth(), meeting, simple(stages.NotDismissed, "2026-02-20")))
		if s.Stage != stages.Stage2 || !s.Returned || s.AnnualLeavePayable {
			t.Errorf("%+v", s)
		}
	})
	t.Run("no hearing without HR advice", func(t *testing.T) {
		rejected(t, p, with(toStage1(), simple(stages.IllHealthRetirementPursued, "2026-02-02"), invite("2026-02-06", stages.StepIllHealth, "2026-02-20")), stages.ErrRequirement, "STAGE-3")
	})
}

func TestSTAGE7_Redeployment(t *testing.T) {
	p := stages.HR14()
	start := simple(stages.RedeploymentStarted, "2026-04-01")
	end := func(date string, redeployed bool) stages.Event {
		return stages.Event{Kind: stages.RedeploymentEnded, Date: day(date), Redeployed: redeployed}
	}
	if got := p.RedeploymentEnds(day("2026-04-01")); got.Start != day("2026-04-29") || got.End != day("2026-06-24") {
		t.Errorf("RedeploymentEnds = %v, want 2026-04-29/2026-06-24", got)
	}
	t.Run("no post by the end: stage 3", func(t *testing.T) {
		s := mustReplay(t, p, with(toStage2(), start, end("2026-06-24", false)))
		cur, ok := s.Current()
		if !ok || cur.Step != stages.StepStage3 || cur.Route != stages.RouteRedeployment || cur.Due != day("2026-06-24") {
			t.Errorf("current %+v", cur)
		}
	})
	t.Run("at least 4 weeks without a post", func(t *testing.T) {
		rejected(t, p, with(toStage2(), start, end("2026-04-28", false)), stages.ErrNotice, "STAGE-7")
		mustReplay(t, p, with(toStage2(), start, end("2026-04-29", false)))
	})
	t.Run("no longer than 12 weeks", func(t *testing.T) {
		rejected(t, p, with(toStage2(), start, end("2026-06-25", true)), stages.ErrLate, "STAGE-7")
	})
	t.Run("redeployed early", func(t *testing.T) {
		s := mustReplay(t, p, with(toStage2(), start, end("2026-04-10", true)))
		if _, ok := s.Current(); ok || !s.Redeployment.Redeployed || s.Redeployment.On() {
			t.Errorf("%+v", s.Redeployment)
		}
	})
	t.Run("needs a formal stage and one stay at a time", func(t *testing.T) {
		rejected(t, p, []stages.Event{trigger("2026-01-12"), start}, stages.ErrNotDue, "STAGE-7")
		rejected(t, p, with(toStage2(), start, simple(stages.RedeploymentStarted, "2026-04-02")), stages.ErrNotDue, "STAGE-7")
		rejected(t, p, with(toStage2(), end("2026-04-02", true)), stages.ErrNotDue, "STAGE-7")
	})
	t.Run("supersedes a review under way", func(t *testing.T) {
		s := mustReplay(t, p, with(toStage1(), start, trigger("2026-04-20"), end("2026-05-04", false)))
		m2, _ := s.Latest(stages.StepStage2)
		cur, _ := s.Current()
		if m2.Superseded != day("2026-05-04") || cur.Step != stages.StepStage3 {
			t.Errorf("stage 2 %+v current %q", m2, cur.Step.Code())
		}
		// A superseded review has no outcome letter to send.
		rejected(t, p, with(toStage1(), start, trigger("2026-04-20"), end("2026-05-04", false), letter("2026-05-05", stages.StepStage2)), stages.ErrNotDue, "STAGE-2")
	})
}

func TestSTAGE10_TerminalDiagnosis(t *testing.T) {
	p := stages.HR14()
	diag := simple(stages.TerminalDiagnosisRecorded, "2026-06-30")
	base := with(toStage2(), trigger("2026-06-29"), diag, simple(stages.HRReviewed, "2026-06-30"))
	inv := invite("2026-07-01", stages.StepStage3, "2026-07-20")
	t.Run("refused without an override", func(t *testing.T) {
		ee := rejectedErr(t, p, with(base, inv), stages.ErrTerminalDiagnosis, "STAGE-10")
		if ee.Rule.Clause != "HR14 SAP 1.5.3" {
			t.Errorf("clause %q", ee.Rule.Clause)
		}
	})
	override := func(e stages.Event) stages.Event { e.Override = true; return e }
	steps := []stages.Event{
		override(inv),
		override(submitted("2026-07-06", stages.ManagementSide)),
		simple(stages.OHReportReceived, "2026-07-10"),
		override(hearing("2026-07-20")),
		override(dismissed("2026-07-20")),
		override(simple(stages.TerminationLetterSent, "2026-07-22")),
	}
	t.Run("every step towards dismissal needs it", func(t *testing.T) {
		for i, e := range steps {
			if !e.Override {
				continue
			}
			e.Override = false
			rejected(t, p, with(with(base, steps[:i]...), e), stages.ErrTerminalDiagnosis, "STAGE-10")
		}
	})
	t.Run("with the override", func(t *testing.T) {
		s := mustReplay(t, p, with(base, steps...))
		m, _ := s.Latest(stages.StepStage3)
		if !s.Dismissed || !m.Overridden || !hasFinding(s, "STAGE-10", "explicit override") {
			t.Errorf("dismissed %v overridden %v", s.Dismissed, m.Overridden)
		}
	})
	t.Run("upholding a dismissal on appeal", func(t *testing.T) {
		events := with(toAppealInvited(), simple(stages.TerminalDiagnosisRecorded, "2026-08-20"), simple(stages.AppealResponseSubmitted, "2026-09-01"))
		rejected(t, p, with(events, appealHeard(stages.DismissalUpheld, "2026-09-09")), stages.ErrTerminalDiagnosis, "STAGE-10")
		mustReplay(t, p, with(events, override(appealHeard(stages.DismissalUpheld, "2026-09-09"))))
		mustReplay(t, p, with(events, appealHeard(stages.DismissalOverturned, "2026-09-09")))
	})
	t.Run("stage 2 is not a step towards dismissal unless the knob says so", func(t *testing.T) {
		events := with(toStage1(), trigger("2026-03-09"), simple(stages.TerminalDiagnosisRecorded, "2026-03-09"),
			simple(stages.HRNotified, "2026-03-10"), simple(stages.OHReferralMade, "2026-03-10"), invite("2026-03-11", stages.StepStage2, "2026-03-23"))
		mustReplay(t, p, events)
		q := stages.HR14()
		q.TerminalDiagnosisFrom = stages.StepStage2
		rejected(t, q, events, stages.ErrTerminalDiagnosis, "STAGE-10")
	})
	t.Run("next steps remind", func(t *testing.T) {
		s := mustReplay(t, p, base)
		acts, err := s.NextSteps(day("2026-07-01"), p, nil)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range acts {
			found = found || a.Rule.ID == "STAGE-10"
		}
		if !found {
			t.Errorf("no STAGE-10 reminder in %v", acts)
		}
	})
}
