package stages_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/stages"
)

// bare is a decision to dismiss without any record of the deliberation.
func bare(date string) stages.Event {
	return stages.Event{Kind: stages.Dismissed, Date: day(date), Grounds: stages.Capability}
}

func TestSTAGE17_HRReview(t *testing.T) {
	p := stages.HR14()
	t.Run("only while a hearing is awaited", func(t *testing.T) {
		rejected(t, p, with(toStage2(), simple(stages.HRReviewed, "2026-04-01")), stages.ErrNotDue, "STAGE-17")
		rejected(t, p, with(toHearing(), simple(stages.HRReviewed, "2026-07-20")), stages.ErrNotDue, "STAGE-17")
	})
	t.Run("a next step before the hearing, by HR", func(t *testing.T) {
		events := with(toStage2(), trigger("2026-06-29"), simple(stages.HRNotified, "2026-06-30"), invite("2026-07-01", stages.StepStage3, "2026-07-20"))
		a := mustAction(t, events, "2026-07-02", "STAGE-17", stages.HRReviewed, "reasonable to proceed")
		if a.Who != stages.PartyHR || a.By != day("2026-07-20") {
			t.Errorf("%v", a)
		}
		noAction(t, toStage3Invited(), "2026-07-02", "STAGE-17", stages.HRReviewed, "")
		if s := mustReplay(t, p, toStage3Invited()); !hasFinding(s, "STAGE-17", "procedure was followed") || s.HRNotified != day("2026-06-30") {
			t.Errorf("%v", s.Findings)
		}
	})
	t.Run("a dismissal without it is refused", func(t *testing.T) {
		events := with(toStage2(), trigger("2026-06-29"), simple(stages.HRNotified, "2026-06-30"), invite("2026-07-01", stages.StepStage3, "2026-07-20"),
			submitted("2026-07-06", stages.ManagementSide), simple(stages.OHReportReceived, "2026-07-10"), hearing("2026-07-20"), dismissed("2026-07-20"))
		ee := rejectedErr(t, p, events, stages.ErrDeliberation, "STAGE-18")
		if len(ee.Missing) != 1 || ee.Missing[0].Rule.ID != "STAGE-17" {
			t.Errorf("%v", ee.Missing)
		}
	})
	t.Run("the OH opinion must be dated after the last absence relied on (#132)", func(t *testing.T) {
		// A report after the stage 2 meeting but before the trigger of
		// 2026-06-29 passes SAP 1.5's "OH advice" but not "taking the new
		// absences into account".
		events := with(toStage2(), simple(stages.OHReportReceived, "2026-05-04"), trigger("2026-06-29"), simple(stages.HRReviewed, "2026-06-30"),
			invite("2026-07-01", stages.StepStage3, "2026-07-20"), submitted("2026-07-06", stages.ManagementSide), hearing("2026-07-20"), dismissed("2026-07-20"))
		ee := rejectedErr(t, p, events, stages.ErrDeliberation, "STAGE-18")
		if len(ee.Missing) != 1 || ee.Missing[0].Rule.ID != "STAGE-17" || !strings.Contains(ee.Missing[0].Text, "dated after 2026-06-29") {
			t.Errorf("%v", ee.Missing)
		}
		// A later last absence named by the panel moves the bar.
		d := dismissed("2026-07-20")
		d.Deliberation.ReliesOn = day("2026-07-12")
		ee = rejectedErr(t, p, with(toHearing(), d), stages.ErrDeliberation, "STAGE-18")
		if !strings.Contains(ee.Missing[0].Text, "dated after 2026-07-12, the last absence the hearing relies on (the last is of 2026-07-10)") {
			t.Errorf("%v", ee.Missing)
		}
		// A failure to attend OH since is the exception of SAP 1.5.
		failed := with(toStage3Invited(), submitted("2026-07-06", stages.ManagementSide),
			stages.Event{Kind: stages.OHFailed, Date: day("2026-07-08"), Failure: stages.DidNotAttend}, hearing("2026-07-20"), dismissed("2026-07-20"))
		mustReplay(t, p, failed)
	})
}

func TestSTAGE18_Deliberation(t *testing.T) {
	p := stages.HR14()
	t.Run("a dismissal without any record lists every missing item", func(t *testing.T) {
		ee := rejectedErr(t, p, with(toHearing(), bare("2026-07-20")), stages.ErrDeliberation, "STAGE-18")
		if len(ee.Missing) != 13 { // 7 matters, 5 alternatives, the notes
			t.Fatalf("%d items: %v", len(ee.Missing), ee.Missing)
		}
		for _, code := range []string{"absence-record", "why-termination", "reasonable-adjustments", "ill-health-retirement"} {
			if !strings.Contains(ee.Detail, code) {
				t.Errorf("detail lacks %s: %s", code, ee.Detail)
			}
		}
		if !errors.Is(ee, stages.ErrDeliberation) || !strings.Contains(ee.Error(), "13 items not recorded") {
			t.Error(ee)
		}
	})
	t.Run("refused for one missing alternative, accepted once recorded", func(t *testing.T) {
		d := dismissed("2026-07-20")
		d.Deliberation.Alternatives = d.Deliberation.Alternatives[:4] // redeployment considered, ill-health retirement not
		ee := rejectedErr(t, p, with(toHearing(), d), stages.ErrDeliberation, "STAGE-18")
		if len(ee.Missing) != 1 || !strings.Contains(ee.Missing[0].Text, "ill-health retirement (ill-health-retirement)") {
			t.Fatalf("%v", ee.Missing)
		}
		rec := stages.Event{Kind: stages.DeliberationRecorded, Date: day("2026-07-20"), Deliberation: &stages.Deliberation{
			Alternatives: []stages.AlternativeConsidered{{Alternative: stages.AltIllHealthRetirement, Outcome: stages.OutcomeNotEligible}}}}
		s := mustReplay(t, p, with(toHearing(), rec, d))
		m, _ := s.Latest(stages.StepStage3)
		if !s.Dismissed || len(m.Deliberation.Alternatives) != 5 || m.Deliberation.Alternatives[4].Outcome != stages.OutcomeNotEligible {
			t.Errorf("%+v", m.Deliberation)
		}
		if len(s.Missing(m)) != 0 {
			t.Errorf("%v", s.Missing(m))
		}
	})
	t.Run("an override with its reason", func(t *testing.T) {
		o := bare("2026-07-20")
		o.DeliberationOverride = &stages.DeliberationOverride{Reason: stages.OverrideInMinutes, Reference: "minutes p.4"}
		s := mustReplay(t, p, with(toHearing(), o))
		m, _ := s.Latest(stages.StepStage3)
		if !s.Dismissed || m.Override == nil || !hasFinding(s, "STAGE-18", "on an override (recorded-in-minutes) without the record of") {
			t.Errorf("%+v %v", m.Override, s.Findings)
		}
		o = dismissed("2026-07-20")
		o.DeliberationOverride = &stages.DeliberationOverride{Reason: stages.OverridePanel}
		if s := mustReplay(t, p, with(toHearing(), o)); !hasFinding(s, "STAGE-18", "fully recorded") {
			t.Errorf("%v", s.Findings)
		}
		invalid(t, stages.Event{Kind: stages.Dismissed, Date: day("2026-07-20"), Grounds: stages.Capability, DeliberationOverride: &stages.DeliberationOverride{}}, "DeliberationOverride.Reason")
	})
	t.Run("who was present (#145)", func(t *testing.T) {
		h := hearing("2026-07-20")
		h.Panel.Members = h.Panel.Members[:3] // no one presenting
		ee := rejectedErr(t, p, with(toHearing()[:len(toHearing())-1], h, dismissed("2026-07-20")), stages.ErrDeliberation, "STAGE-18")
		if len(ee.Missing) != 2 || ee.Missing[0].Rule.Clause != "HR14 Conduct of Stage 3" {
			t.Errorf("%v", ee.Missing)
		}
	})
	t.Run("covert recordings are refused", func(t *testing.T) {
		rec := stages.Event{Kind: stages.DeliberationRecorded, Date: day("2026-07-20"), Deliberation: &stages.Deliberation{Notes: &stages.HearingNotes{Kind: stages.NotesCovert}}}
		rejected(t, p, with(toHearing(), rec), stages.ErrRequirement, "STAGE-18")
		d := dismissed("2026-07-20")
		d.Deliberation.Notes.Kind = stages.NotesCovert
		rejected(t, p, with(toHearing(), d), stages.ErrRequirement, "STAGE-18")
	})
	t.Run("only after a hearing is held", func(t *testing.T) {
		rec := stages.Event{Kind: stages.DeliberationRecorded, Date: day("2026-07-10"), Deliberation: &stages.Deliberation{Minutes: "m"}}
		rejected(t, p, with(toStage3Invited(), rec), stages.ErrNotDue, "STAGE-18")
	})
	t.Run("a next step before the decision, and the file after it (SAP 1.5.1)", func(t *testing.T) {
		a := mustAction(t, toHearing(), "2026-07-20", "STAGE-18", stages.DeliberationRecorded, "a dismissal is refused without")
		if a.Who != stages.PartyChair || a.By != day("2026-07-27") {
			t.Errorf("%v", a)
		}
		nd := stages.Event{Kind: stages.NotDismissed, Date: day("2026-07-20"), Deliberation: &stages.Deliberation{Outcome: "o"}}
		a = mustAction(t, with(toHearing(), nd), "2026-07-21", "STAGE-18", stages.DeliberationRecorded, "keep the stage 3 minutes and action plans of the hearing of 2026-07-20 on file")
		if a.Rule.Clause != "HR14 SAP 1.5.1" {
			t.Errorf("%v", a)
		}
		filed := with(toHearing(), nd, stages.Event{Kind: stages.DeliberationRecorded, Date: day("2026-07-24"), Deliberation: &stages.Deliberation{Minutes: "m", ActionPlan: "ap"}})
		noAction(t, filed, "2026-07-25", "STAGE-18", stages.DeliberationRecorded, "")
		d := dismissed("2026-07-20")
		d.Deliberation.Minutes = ""
		mustAction(t, with(toHearing(), d), "2026-07-21", "STAGE-18", stages.DeliberationRecorded, "keep the stage 3 minutes of the hearing")
	})
	t.Run("the ill-health retirement meeting is not gated", func(t *testing.T) {
		mustReplay(t, p, with(toIllHealth(), held("2026-02-20", stages.StepIllHealth, illHealthPanel()), bare("2026-02-20")))
	})
	t.Run("invalid records", func(t *testing.T) {
		rec := func(d stages.Deliberation) stages.Event {
			return stages.Event{Kind: stages.DeliberationRecorded, Date: day("2026-07-20"), Deliberation: &d}
		}
		invalid(t, rec(stages.Deliberation{Matters: []stages.Consideration{{Matter: stages.MatterDiagnosis}}}), "Deliberation.Matters[0].Evidence")
		invalid(t, rec(stages.Deliberation{Matters: []stages.Consideration{{Evidence: "x"}}}), "Deliberation.Matters[0].Matter")
		invalid(t, rec(stages.Deliberation{Alternatives: []stages.AlternativeConsidered{{Alternative: stages.AltRedeployment}}}), "Deliberation.Alternatives[0].Outcome")
		invalid(t, rec(stages.Deliberation{Alternatives: []stages.AlternativeConsidered{{Outcome: stages.OutcomeAdopted}}}), "Deliberation.Alternatives[0].Alternative")
		invalid(t, rec(stages.Deliberation{Notes: &stages.HearingNotes{}}), "Deliberation.Notes.Kind")
		invalid(t, stages.Event{Kind: stages.DeliberationRecorded, Date: day("2026-07-20")}, "Deliberation")
	})
}

func TestSTAGE19_DelegatedChair(t *testing.T) {
	p := stages.HR14()
	withPanel := func(panel *stages.Panel) []stages.Event {
		h := hearing("2026-07-20")
		h.Panel = panel
		return with(toHearing()[:len(toHearing())-1], h)
	}
	t.Run("a chair below the table needs the Chief Executive's permission", func(t *testing.T) {
		below := delegatedPanel("2026-07-01")
		below.Delegation = nil
		rejected(t, p, withPanel(below), stages.ErrPanel, "STAGE-8")
		s := mustReplay(t, p, append(withPanel(delegatedPanel("2026-07-01")), dismissed("2026-07-20")))
		if !s.Dismissed || !hasFinding(s, "STAGE-19", "written permission to delegate of 2026-07-01") {
			t.Errorf("%v", s.Findings)
		}
		r := delegatedPanel("2026-07-01").Check(stages.StepStage3)
		if !r.OK() || !r.CanDismiss || len(r.Notes) != 1 || r.Notes[0].Rule.ID != "STAGE-19" {
			t.Errorf("%+v", r)
		}
	})
	t.Run("dated after the hearing", func(t *testing.T) {
		rejected(t, p, withPanel(delegatedPanel("2026-07-21")), stages.ErrPanel, "STAGE-19")
	})
	t.Run("only to another manager", func(t *testing.T) {
		hr := delegatedPanel("2026-07-01")
		hr.Members[0].Role = stages.HRRepresentative
		r := hr.Check(stages.StepStage3)
		if r.OK() || r.Problems[0].Rule.ID != "STAGE-19" {
			t.Errorf("%+v", r)
		}
	})
	t.Run("not needed by an authorised chair", func(t *testing.T) {
		auth := stage3Panel()
		auth.Delegation = &stages.Delegation{Permitted: day("2026-07-01")}
		if r := auth.Check(stages.StepStage3); !r.OK() || !strings.Contains(r.Notes[0].Text, "authorised in their own right") {
			t.Errorf("%+v", r)
		}
	})
	t.Run("the Band 8a to dismiss still applies", func(t *testing.T) {
		low := delegatedPanel("2026-07-01")
		low.Members[0].Band = stages.Band7
		if r := low.Check(stages.StepStage3); !r.OK() || r.CanDismiss {
			t.Errorf("%+v", r)
		}
	})
	t.Run("medical and dental staff", func(t *testing.T) {
		md := &stages.Panel{Group: stages.MedicalDental, Delegation: &stages.Delegation{Permitted: day("2026-07-01")}, Members: []stages.Member{
			{Role: stages.SeniorManager, Chair: true}, {Role: stages.AssociateDirector}, {Role: stages.HRRepresentative}}}
		if r := md.Check(stages.StepStage3); !r.OK() {
			t.Errorf("%+v", r)
		}
	})
	t.Run("a delegation needs its date, and is copied", func(t *testing.T) {
		h := hearing("2026-07-20")
		h.Panel.Delegation = &stages.Delegation{}
		invalid(t, h, "Panel.Delegation.Permitted")
		h = hearing("2026-07-20")
		h.Panel = delegatedPanel("2026-07-01")
		s := mustReplay(t, p, with(toHearing()[:len(toHearing())-1], h))
		h.Panel.Delegation.Permitted = day("2026-07-02")
		if m, _ := s.Latest(stages.StepStage3); m.Panel.Delegation.Permitted != day("2026-07-01") {
			t.Error("the state shares the event's delegation")
		}
	})
}
