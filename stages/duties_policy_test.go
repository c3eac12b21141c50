package stages_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/stages"
)

// The duties' policy numbers are bounded and validated like the others, and
// marshal as codes.
func TestSTAGE11_PolicyBounds(t *testing.T) {
	for _, c := range []struct {
		field string
		set   func(*stages.Policy)
	}{
		{"OHContactDays", func(p *stages.Policy) { p.OHContactDays = -1 }},
		{"OHContactDays", func(p *stages.Policy) { p.OHContactDays = 3661 }},
		{"OHConsultationBusinessDays", func(p *stages.Policy) { p.OHConsultationBusinessDays = -1 }},
		{"OHReportDays", func(p *stages.Policy) { p.OHReportDays = 3661 }},
		{"OHProvider.CancelHours", func(p *stages.Policy) { p.OHProvider.CancelHours = 24*3660 + 1 }},
		{"UnderlyingCondition", func(p *stages.Policy) { p.UnderlyingCondition = 2 }},
	} {
		p := stages.HR14()
		c.set(&p)
		var pe *stages.PolicyError
		if err := p.Validate(); !errors.As(err, &pe) || pe.Field != c.field || !errors.Is(err, stages.ErrInvalidPolicy) {
			t.Errorf("%s: %v", c.field, err)
		}
	}
	p := stages.HR14()
	p.OHContactDays, p.OHConsultationBusinessDays, p.OHReportDays, p.OHProvider.CancelHours = 0, 0, 0, 0
	if err := p.Validate(); err != nil {
		t.Errorf("zero turns the service levels off: %v", err)
	}
	p.UnderlyingCondition = stages.RouteTriggers
	b, _ := json.Marshal(p)
	var back stages.Policy
	if err := json.Unmarshal(b, &back); err != nil || back.UnderlyingCondition != stages.RouteTriggers || back.OHProvider.CancelHours != 0 {
		t.Errorf("%s: %+v %v", b, back, err)
	}
	if err := json.Unmarshal([]byte(`{"underlyingCondition":"sometimes"}`), &back); err == nil {
		t.Error("an unknown reading decodes")
	}
}

// Every code of the duties' enums round-trips as text, and an unknown one is
// refused with a typed error.
func TestSTAGE_DutyCodes(t *testing.T) {
	type coder interface {
		MarshalText() ([]byte, error)
	}
	for _, c := range []struct {
		v    coder
		back interface{ UnmarshalText([]byte) error }
	}{
		{stages.TopicDisabilityDiscounting, new(stages.HRTopic)},
		{stages.GroundSelfReferral, new(stages.ReferralGround)},
		{stages.ConsentRefused, new(stages.Consent)},
		{stages.QuestionIllHealth, new(stages.Question)},
		{stages.AppointmentCancelled, new(stages.AppointmentOutcome)},
		{stages.FitWithAdjustments, new(stages.Fitness)},
		{stages.Unclear, new(stages.Answer)},
		{stages.ReturnUnlikely, new(stages.Prognosis)},
		{stages.AdjustOther, new(stages.AdjustmentKind)},
		{stages.Declined, new(stages.AdjustmentDecision)},
		{stages.FactorServiceNeeds, new(stages.Factor)},
		{stages.MatterWhyTermination, new(stages.Matter)},
		{stages.AltIllHealthRetirement, new(stages.Alternative)},
		{stages.OutcomeDeclined, new(stages.AlternativeOutcome)},
		{stages.NotesRecording, new(stages.NotesKind)},
		{stages.OverridePanel, new(stages.OverrideReason)},
		{stages.GoalOther, new(stages.Goal)},
		{stages.ActionOther, new(stages.ActionKind)},
		{stages.RouteTriggers, new(stages.UnderlyingReading)},
		{stages.PartyRepresentative, new(stages.Party)},
	} {
		b, err := c.v.MarshalText()
		if err != nil || len(b) == 0 {
			t.Errorf("%v: %q %v", c.v, b, err)
			continue
		}
		if err := c.back.UnmarshalText(b); err != nil {
			t.Errorf("%s: %v", b, err)
		}
		var ce *stages.CodeError
		if err := c.back.UnmarshalText([]byte("no-such-code")); !errors.As(err, &ce) {
			t.Errorf("%T accepts an unknown code: %v", c.back, err)
		}
	}
	if _, err := stages.Matter(99).MarshalText(); err == nil {
		t.Error("an out-of-range matter marshals")
	}
	for _, s := range []string{stages.AdjustPhasedReturn.String(), stages.FitWithAdjustments.String(), stages.FactorCost.String(),
		stages.MatterDiagnosis.String(), stages.AltRedeployment.String(), stages.OutcomeNoPost.String(), stages.ActionReview.String()} {
		if s == "" {
			t.Error("an empty description")
		}
	}
	if stages.AdjustPhasedReturn.Code() != "phased-return" || stages.FitWithAdjustments.Code() != "fit-with-adjustments" ||
		stages.FactorCost.Code() != "cost-disruption" || stages.MatterDiagnosis.Code() != "underlying-diagnosis" ||
		stages.AltRedeployment.Code() != "redeployment" || stages.OutcomeNoPost.Code() != "no-suitable-post" || stages.ActionReview.Code() != "review" {
		t.Error("codes changed")
	}
}
