package stages_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

func TestSTAGE14_Disability(t *testing.T) {
	p := stages.HR14()
	declared := []stages.Event{simple(stages.DisabilityDeclared, "2026-02-02")}
	s := mustReplay(t, p, declared)
	if s.Disability == nil || s.Disability.Declared != day("2026-02-02") || !s.Disability.Raised() || !hasFinding(s, "STAGE-14", "declared a disability") {
		t.Fatalf("%+v %v", s.Disability, s.Findings)
	}
	t.Run("a declared disability is a decision to make", func(t *testing.T) {
		mustAction(t, declared, "2026-02-03", "STAGE-14", stages.DisabilityAssessed, "a disability was declared on 2026-02-02")
		assessed := with(declared, stages.Event{Kind: stages.DisabilityAssessed, Date: day("2026-02-10"),
			Disability: &stages.DisabilityAssessment{Likely: stages.Yes, HRAdvice: day("2026-02-05"), OHAdvice: day("2026-02-09")}})
		noAction(t, assessed, "2026-02-11", "STAGE-14", stages.DisabilityAssessed, "")
		if s := mustReplay(t, p, assessed); !hasFinding(s, "STAGE-14", "yes (with HR advice of 2026-02-05 and OH advice of 2026-02-09)") {
			t.Errorf("%v", s.Findings)
		}
	})
	t.Run("an OH report can indicate one", func(t *testing.T) {
		events := []stages.Event{report("2026-02-02", stages.OHReport{EqualityAct: stages.Yes})}
		mustAction(t, events, "2026-02-03", "STAGE-14", stages.DisabilityAssessed, "indicated by Occupational Health on 2026-02-02")
	})
	t.Run("decided not met: no more discounting checks", func(t *testing.T) {
		no := with(declared, stages.Event{Kind: stages.DisabilityAssessed, Date: day("2026-02-10"), Disability: &stages.DisabilityAssessment{Likely: stages.No}})
		if s := mustReplay(t, p, no); s.Disability.Raised() || !hasFinding(s, "STAGE-14", "no (not with HR advice, not with OH advice)") {
			t.Errorf("%+v %v", s.Disability, s.Findings)
		}
		noAction(t, with(no, trigger("2026-03-02")), "2026-03-03", "STAGE-14", stages.HRNotified, "discounted")
	})
	t.Run("before any formal meeting, check disability discounting with HR (App 10)", func(t *testing.T) {
		events := with(declared, trigger("2026-03-02"))
		a := mustAction(t, events, "2026-03-03", "STAGE-14", stages.HRNotified, "discounted as disability-related before the stage 1 sickness review meeting")
		if !a.By.IsZero() || a.Rule.Clause != "HR14 App 10, App 3" {
			t.Errorf("%v", a)
		}
		invited := with(events, invite("2026-03-03", stages.StepStage1, "2026-03-11"))
		if a := mustAction(t, invited, "2026-03-04", "STAGE-14", stages.HRNotified, "discounted"); a.By != day("2026-03-11") {
			t.Errorf("%v", a)
		}
		checked := with(invited, stages.Event{Kind: stages.HRNotified, Date: day("2026-03-04"), Topic: stages.TopicDisabilityDiscounting})
		noAction(t, checked, "2026-03-05", "STAGE-14", stages.HRNotified, "discounted")
		if s := mustReplay(t, p, checked); s.HRAdvice.Discounting != day("2026-03-04") || s.HRNotified != day("2026-03-04") {
			t.Errorf("%+v", s.HRAdvice)
		}
	})
	t.Run("invalid", func(t *testing.T) {
		invalid(t, stages.Event{Kind: stages.DisabilityAssessed, Date: day("2026-02-10"), Disability: &stages.DisabilityAssessment{}}, "Disability.Likely")
		invalid(t, stages.Event{Kind: stages.DisabilityAssessed, Date: day("2026-02-10"), Disability: &stages.DisabilityAssessment{Likely: stages.Yes, HRAdvice: day("2026-02-11")}}, "Disability.HRAdvice")
		invalid(t, stages.Event{Kind: stages.HRNotified, Date: day("2026-02-10"), Topic: 9}, "Topic")
	})
}

func TestSTAGE14_AdjustmentPlan(t *testing.T) {
	p := stages.HR14()
	proposed := adjust("2026-03-02", stages.Adjustment{ID: "desk", Kind: stages.AdjustAuxiliaryAids, ProposedBy: stages.PartyEmployee})
	t.Run("a proposal is a decision to make", func(t *testing.T) {
		a := mustAction(t, []stages.Event{proposed}, "2026-03-03", "STAGE-14", stages.AdjustmentRecorded, "proposed on 2026-03-02 by the employee: auxiliary aids or equipment (plan entry desk)")
		if a.Who != stages.PartyLineManager {
			t.Errorf("%v", a)
		}
	})
	trial := adjust("2026-03-05", stages.Adjustment{ID: "desk", Decision: stages.OnTrial, Start: day("2026-03-09"), Review: day("2026-04-06"), End: day("2026-06-30")})
	events := []stages.Event{proposed, trial}
	s := mustReplay(t, p, events)
	pe := s.Plan[0]
	if pe.Adjustment.Kind != stages.AdjustAuxiliaryAids || pe.Adjustment.ProposedBy != stages.PartyEmployee || pe.Decided != day("2026-03-05") ||
		pe.Proposed != day("2026-03-02") || pe.Event != 1 || !pe.Open(day("2026-04-01")) || pe.Open(day("2026-07-01")) {
		t.Fatalf("%+v", pe)
	}
	if !hasFinding(s, "STAGE-14", "agreed for a trial on 2026-03-05, from 2026-03-09, review by 2026-04-06, ending 2026-06-30") {
		t.Errorf("%v", s.Findings)
	}
	t.Run("a review date is a next step until reviewed", func(t *testing.T) {
		a := mustAction(t, events, "2026-04-07", "STAGE-14", stages.AdjustmentRecorded, "review auxiliary aids")
		if a.By != day("2026-04-06") || !a.Overdue {
			t.Errorf("%v", a)
		}
		reviewed := with(events, adjust("2026-04-06", stages.Adjustment{ID: "desk", Decision: stages.Agreed, Start: day("2026-03-09")}))
		noAction(t, reviewed, "2026-04-07", "STAGE-14", stages.AdjustmentRecorded, "review")
	})
	t.Run("declined without its factor is a next step", func(t *testing.T) {
		declined := with([]stages.Event{proposed}, adjust("2026-03-05", stages.Adjustment{ID: "desk", Decision: stages.Declined}))
		mustAction(t, declined, "2026-03-06", "STAGE-14", stages.AdjustmentRecorded, "document why auxiliary aids or equipment (plan entry desk) was not made")
		declined = with([]stages.Event{proposed}, adjust("2026-03-05", stages.Adjustment{ID: "desk", Decision: stages.Declined, Factor: stages.FactorCost}))
		if s := mustReplay(t, p, declined); !hasFinding(s, "STAGE-14", "declined on 2026-03-05, because of its cost and the disruption it would cause") {
			t.Errorf("%v", s.Findings)
		}
	})
	t.Run("refusals", func(t *testing.T) {
		ee := rejectedErr(t, p, []stages.Event{adjust("2026-03-02", stages.Adjustment{ID: "new"})}, stages.ErrInvalidEvent, "STAGE-14")
		if ee.Field != "Adjustment.Kind" {
			t.Errorf("%v", ee)
		}
		rejected(t, p, with(events, adjust("2026-03-06", stages.Adjustment{ID: "desk", Kind: stages.AdjustTraining})), stages.ErrInvalidEvent, "STAGE-14")
		invalid(t, adjust("2026-03-02", stages.Adjustment{Kind: stages.AdjustTraining}), "Adjustment.ID")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustTraining, Factor: stages.FactorCost}), "Adjustment.Factor")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustTraining, Start: day("2026-03-05"), Review: day("2026-03-04")}), "Adjustment.Review")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustTraining, Start: day("2026-03-05"), End: day("2026-03-04")}), "Adjustment.End")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustTraining, Thresholds: &triggers.Adjustment{TRIG1: 3}}), "Adjustment.Thresholds")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustTriggerThresholds}), "Adjustment.Thresholds")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustTriggerThresholds, Thresholds: &triggers.Adjustment{}}), "Adjustment.Thresholds")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustTriggerThresholds, Thresholds: &triggers.Adjustment{TRIG1: -1}}), "Adjustment.Thresholds")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustDiscountAbsences}), "Adjustment.Absences")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustTraining, Absences: []absence.Period{absence.Day(day("2026-03-02"))}}), "Adjustment.Absences")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustDiscountAbsences, Absences: []absence.Period{{Start: day("2026-03-02")}}}), "Adjustment.Absences[0]")
		invalid(t, adjust("2026-03-02", stages.Adjustment{ID: "x", Kind: stages.AdjustTraining, ProposedBy: stages.PartyChair}), "Adjustment.ProposedBy")
	})
}

// The plan's trigger thresholds and discounts are entries with their
// dates: what the triggers package and a bundle take from them.
func TestSTAGE14_ThresholdsAndDiscounts(t *testing.T) {
	p := stages.HR14()
	raise := adjust("2026-02-01", stages.Adjustment{ID: "t", Kind: stages.AdjustTriggerThresholds, ProposedBy: stages.PartyOH,
		Decision: stages.Agreed, Start: day("2026-02-02"), Thresholds: &triggers.Adjustment{TRIG1: 3, TRIG2: decimal.NewFromInt(15)}})
	discount := adjust("2026-02-10", stages.Adjustment{ID: "d", Kind: stages.AdjustDiscountAbsences, Decision: stages.Agreed,
		Absences: []absence.Period{{Start: day("2026-01-05"), End: day("2026-01-06")}}})
	s := mustReplay(t, p, []stages.Event{raise, discount})
	if _, _, ok := s.Thresholds(day("2026-02-01")); ok {
		t.Error("thresholds in force before they start")
	}
	a, pe, ok := s.Thresholds(day("2026-03-01"))
	if !ok || a.TRIG1 != 3 || a.Agreed != day("2026-02-01") || pe.Adjustment.ID != "t" {
		t.Errorf("%+v %+v %v", a, pe, ok)
	}
	if !hasFinding(s, "STAGE-14", "absences 2026-01-05/2026-01-06 discounted as disability-related by the decision of 2026-02-10") {
		t.Errorf("%v", s.Findings)
	}
	if pe, ok := s.Discounted(absence.Day(day("2026-01-06")), day("2026-03-01")); !ok || pe.Decided != day("2026-02-10") {
		t.Errorf("%+v %v", pe, ok)
	}
	if _, ok := s.Discounted(absence.Day(day("2026-01-06")), day("2026-02-09")); ok {
		t.Error("discounted before the decision")
	}
	if _, ok := s.Discounted(absence.Day(day("2026-01-07")), day("2026-03-01")); ok {
		t.Error("another absence discounted")
	}
	// An update keeps the thresholds and absences when it does not restate
	// them; ending it takes it out of force.
	s = mustReplay(t, p, []stages.Event{raise, discount,
		adjust("2026-04-01", stages.Adjustment{ID: "t", Decision: stages.Agreed, Start: day("2026-02-02"), End: day("2026-04-30")}),
		adjust("2026-04-01", stages.Adjustment{ID: "d", Decision: stages.Agreed})})
	if a, _, ok := s.Thresholds(day("2026-04-15")); !ok || a.TRIG1 != 3 {
		t.Errorf("%+v", a)
	}
	if _, _, ok := s.Thresholds(day("2026-05-01")); ok {
		t.Error("ended thresholds in force")
	}
	if _, ok := s.Discounted(absence.Day(day("2026-01-05")), day("2026-04-02")); !ok {
		t.Error("the update lost the absences")
	}
}
