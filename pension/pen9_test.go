package pension_test

import (
	"testing"

	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
)

// TestPEN9_ReasonForLeaving: App 12 — a member must be leaving work because
// of permanent ill-health; dismissal for any other reason cannot support a
// claim (a refusal, first among the findings); dismissal for attendance does
// not by itself lead to a pension (a finding: the medical decisions
// decide); a reason not recorded changes nothing.
func TestPEN9_ReasonForLeaving(t *testing.T) {
	tests := []struct {
		leaving pension.Leaving
		want    pension.Tier
		finding string
	}{
		{pension.LeavingNotRecorded, pension.Tier2, ""},
		{pension.LeavingIllHealth, pension.Tier2, "the member is leaving because of permanent ill-health, as App 12 requires"},
		{pension.LeavingAttendance, pension.Tier2, "dismissal for unsatisfactory attendance due to sickness does not by itself lead to early payment of a pension (App 12)"},
		{pension.LeavingOtherDismissal, pension.NoTier, "the member is being dismissed for a reason other than ill-health capability: App 12 says a member dismissed for any other reason cannot qualify"},
		{pension.LeavingOther, pension.NoTier, "the member is leaving for a reason other than permanent ill-health: App 12 requires a current member to be leaving work because of permanent ill-health"},
	}
	for _, tt := range tests {
		t.Run(tt.leaving.String(), func(t *testing.T) {
			m := legacyMember(t, pension.Section1995, "1978-06-01", "2026-05-31", years(28))
			m.Leaving = tt.leaving
			a := assess(t, m)
			assert.Equal(t, tt.want, a.Tier, texts(a.Findings))
			if tt.finding == "" {
				for _, f := range a.Findings {
					assert.NotEqual(t, "PEN-9", f.Rule.ID, f.String())
				}
				return
			}
			assert.True(t, hasFinding(a.Findings, "PEN-9", tt.finding), texts(a.Findings))
			if tt.want == pension.NoTier {
				assert.Equal(t, "PEN-9", a.Findings[0].Rule.ID, "the refusal comes first")
				assert.Nil(t, a.Legacy)
			}
		})
	}
}

// TestPEN9_OptedOutAndDeferred: a member who opted out is refused for a
// dismissal on other grounds as a current member is; a deferred member's
// reason for leaving long ago does not affect the deferred route.
func TestPEN9_OptedOutAndDeferred(t *testing.T) {
	m := optedOutMember(t)
	m.Leaving = pension.LeavingOtherDismissal
	a := assess(t, m)
	assert.Equal(t, pension.NoTier, a.Tier, texts(a.Findings))
	assert.True(t, hasFinding(a.Findings, "PEN-9", "dismissed for a reason other than ill-health capability"), texts(a.Findings))

	d := deferredMember(t)
	d.Leaving = pension.LeavingOtherDismissal
	a = assess(t, d)
	assert.Equal(t, pension.Tier1, a.Tier, texts(a.Findings))
	assert.True(t, hasFinding(a.Findings, "PEN-9", "the reason the member left NHS employment (dismissed for a reason other than ill-health capability) does not affect the deferred-member route"), texts(a.Findings))
}
