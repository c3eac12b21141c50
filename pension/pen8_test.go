package pension_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deferredMember left the NHS on 2020-12-31 with 10 years' 2008 Section
// membership on pay of £30,000 and asks for the deferred benefits to be
// paid early from 2026-07-01, aged 46.
func deferredMember(t testing.TB) pension.Member {
	t.Helper()
	return pension.Member{
		ID:           "M1",
		Born:         d(t, "1980-01-01"),
		LastDay:      d(t, "2020-12-31"),
		Status:       pension.Deferred,
		BenefitsFrom: d(t, "2026-07-01"),
		Medical:      pension.Medical{RegularWork: true},
		Legacy:       &pension.LegacyService{Section: pension.Section2008, Membership: years(10), Pay: dec("30000")},
	}
}

// optedOutMember opted out of the 2008 Section on 2022-03-31 with 5 years'
// membership, still works in the NHS, and leaves on ill-health grounds on
// 2026-06-30, aged 46.
func optedOutMember(t testing.TB) pension.Member {
	t.Helper()
	return pension.Member{
		ID:           "M1",
		Born:         d(t, "1980-01-01"),
		LastDay:      d(t, "2022-03-31"),
		Status:       pension.OptedOut,
		BenefitsFrom: d(t, "2026-07-01"),
		Medical:      tier2,
		Legacy:       &pension.LegacyService{Section: pension.Section2008, Membership: years(5), Pay: dec("30000")},
	}
}

// TestPEN8_DeferredMember: a deferred member with at least 2 years'
// deferred membership whom the medical adviser accepts as unable to earn an
// income by regular work gets Tier 1 (the deferred benefits, unreduced),
// paid from the day the host gives; never Tier 2.
func TestPEN8_DeferredMember(t *testing.T) {
	a := assess(t, deferredMember(t))
	assert.Equal(t, pension.Tier1, a.Tier, texts(a.Findings))
	assert.Equal(t, d(t, "2026-07-01"), a.Retires)
	assert.Equal(t, 46, a.Age)
	require.NotNil(t, a.Legacy)
	assert.Equal(t, pension.Membership(0), a.Legacy.Enhancement)
	assert.Equal(t, years(10), a.Legacy.Total)
	assert.True(t, a.Legacy.Awarded.Pension.Equal(dec("5000")), "10/60 × £30,000: %v", a.Legacy.Awarded.Pension)
	assert.Equal(t, "PEN-8", a.Findings[0].Rule.ID)
	assert.True(t, hasFinding(a.Findings, "PEN-8", "a deferred member (membership ended on 2020-12-31, no longer working in the NHS): the benefits may be paid early, from 2026-07-01"), texts(a.Findings))
	assert.True(t, hasFinding(a.Findings, "PEN-8", "form AW240"), texts(a.Findings))
	assert.True(t, hasFinding(a.Findings, "PEN-1", "deferred membership 10 years (the scheme membership): at least the 2 years needed"), texts(a.Findings))
	assert.True(t, hasFinding(a.Findings, "PEN-8", "permanently incapable of earning an income by doing regular work: Tier 1"), texts(a.Findings))

	// Not accepted on the regular-work test: nothing.
	m := deferredMember(t)
	m.Medical.RegularWork = false
	a = assess(t, m)
	assert.Equal(t, pension.NoTier, a.Tier)
	assert.True(t, hasFinding(a.Findings, "PEN-8", "did not accept that the former member is permanently incapable of earning an income by doing regular work"), texts(a.Findings))

	// Less than 2 years' deferred membership.
	m = deferredMember(t)
	m.Legacy.Membership = pension.YearsDays(1, 364)
	a = assess(t, m)
	assert.Equal(t, pension.NoTier, a.Tier)
	assert.True(t, hasFinding(a.Findings, "PEN-1", "deferred membership 1 year 364 days (the scheme membership) is less than the 2 years needed"), texts(a.Findings))

	// Left before the ill-health tiers began: the test is at the day
	// benefits are paid from.
	m = deferredMember(t)
	m.LastDay = d(t, "2005-03-31")
	assert.Equal(t, pension.Tier1, assess(t, m).Tier)

	// At or after normal pension age: an ordinary retirement.
	m = deferredMember(t)
	m.BenefitsFrom = d(t, "2045-01-01")
	a = assess(t, m)
	assert.Equal(t, pension.NoTier, a.Tier)
	assert.True(t, hasFinding(a.Findings, "PEN-1", "an ordinary retirement"), texts(a.Findings))

	// A mixed deferred member: Tier 1 on both parts.
	m = mixedMember(t)
	m.Status, m.BenefitsFrom, m.Medical = pension.Deferred, d(t, "2026-03-10"), pension.Medical{RegularWork: true}
	a = assess(t, m)
	assert.Equal(t, pension.Tier1, a.Tier, texts(a.Findings))
	assert.Equal(t, pension.Membership(0), a.Legacy.Enhancement)
	assert.True(t, a.Scheme2015.Addition.IsZero())
}

// TestPEN8_OptedOut: a member who opted out but still works in the NHS, with
// 2 years' scheme membership, qualifies as a current member does, the
// pension paid from the day after the NHS employment ends; Tier 2 by
// default (UNCONFIRMED), Tier 1 only with Policy.OptedOutTier1Only.
func TestPEN8_OptedOut(t *testing.T) {
	a := assess(t, optedOutMember(t))
	assert.Equal(t, pension.Tier2, a.Tier, texts(a.Findings))
	assert.Equal(t, d(t, "2026-07-01"), a.Retires)
	require.NotNil(t, a.Legacy)
	prospective := pension.Between(d(t, "2026-07-01"), d(t, "2045-01-01"))
	assert.Equal(t, prospective, a.Legacy.Prospective)
	assert.Equal(t, pension.Fraction{Num: 2, Den: 3}.Of(prospective), a.Legacy.Enhancement)
	assert.True(t, hasFinding(a.Findings, "PEN-8", "the member opted out of the scheme (membership ended on 2022-03-31) but still works in the NHS"), texts(a.Findings))
	assert.True(t, hasFinding(a.Findings, "PEN-8", "UNCONFIRMED reading"), texts(a.Findings))

	p := pension.HR14()
	p.OptedOutTier1Only = true
	a, err := pension.Assess(optedOutMember(t), p)
	require.NoError(t, err)
	assert.Equal(t, pension.Tier1, a.Tier, texts(a.Findings))
	assert.Equal(t, pension.Membership(0), a.Legacy.Enhancement)
	assert.True(t, hasFinding(a.Findings, "PEN-8", "Tier 1 only (Policy.OptedOutTier1Only"), texts(a.Findings))

	// Tier 1 on the NHS-job test alone.
	m := optedOutMember(t)
	m.Medical = tier1
	assert.Equal(t, pension.Tier1, assess(t, m).Tier)

	// Less than 2 years' scheme membership.
	m = optedOutMember(t)
	m.Legacy.Membership = years(1)
	assert.Equal(t, pension.NoTier, assess(t, m).Tier)
}

// TestPEN8_InvalidRoute: the day benefits are paid from and the medical
// test must fit the status.
func TestPEN8_InvalidRoute(t *testing.T) {
	tests := []struct {
		name   string
		member func() pension.Member
		field  string
		want   error
	}{
		{"deferred without the day", func() pension.Member { m := deferredMember(t); m.BenefitsFrom = absence.Date{}; return m }, "BenefitsFrom", pension.ErrMissing},
		{"deferred paid from the last day", func() pension.Member { m := deferredMember(t); m.BenefitsFrom = m.LastDay; return m }, "BenefitsFrom", pension.ErrDateOrder},
		{"deferred on the NHS-job test", func() pension.Member { m := deferredMember(t); m.Medical = tier2; return m }, "Medical", pension.ErrInconsistent},
		{"deferred on the like-duration test", func() pension.Member {
			m := deferredMember(t)
			m.Medical = pension.Medical{RegularEmployment: true}
			return m
		}, "Medical", pension.ErrInconsistent},
		{"opted out without the day", func() pension.Member { m := optedOutMember(t); m.BenefitsFrom = absence.Date{}; return m }, "BenefitsFrom", pension.ErrMissing},
		{"opted out on the regular-work test", func() pension.Member { m := optedOutMember(t); m.Medical.RegularWork = true; return m }, "Medical.RegularWork", pension.ErrInconsistent},
		{"opted out, paid before the tiers", func() pension.Member {
			m := optedOutMember(t)
			m.LastDay, m.BenefitsFrom = d(t, "2006-01-01"), d(t, "2008-03-01")
			return m
		}, "BenefitsFrom", pension.ErrBeforeTiers},
		{"active with a day", func() pension.Member {
			m := legacyMember(t, pension.Section2008, "1980-01-01", "2024-12-31", years(5))
			m.BenefitsFrom = d(t, "2025-02-01")
			return m
		}, "BenefitsFrom", pension.ErrInconsistent},
		{"active on the regular-work test", func() pension.Member {
			m := legacyMember(t, pension.Section2008, "1980-01-01", "2024-12-31", years(5))
			m.Medical.RegularWork = true
			return m
		}, "Medical.RegularWork", pension.ErrInconsistent},
		{"unknown status", func() pension.Member { m := deferredMember(t); m.Status = 7; return m }, "Status", pension.ErrStatus},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := pension.Assess(tt.member(), pension.HR14())
			require.ErrorIs(t, err, tt.want)
			var ie *pension.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tt.field, ie.Field)
		})
	}
}

// TestPEN8_PEN9_JSON: the status and the reason for leaving are text codes
// in JSON; an unknown code is refused; an active member with no reason
// recorded marshals as before (the zero BenefitsFrom is the empty text, as
// every zero date is).
func TestPEN8_PEN9_JSON(t *testing.T) {
	m := optedOutMember(t)
	m.Leaving = pension.LeavingAttendance
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"status":"opted-out"`)
	assert.Contains(t, string(b), `"leaving":"attendance-dismissal"`)
	assert.Contains(t, string(b), `"benefitsFrom":"2026-07-01"`)
	var back pension.Member
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m.Status, back.Status)
	assert.Equal(t, m.Leaving, back.Leaving)
	assert.Equal(t, m.BenefitsFrom, back.BenefitsFrom)

	active, err := json.Marshal(legacyMember(t, pension.Section2008, "1980-01-01", "2024-12-31", years(5)))
	require.NoError(t, err)
	for _, field := range []string{"status", "leaving", "regularWork"} {
		assert.NotContains(t, string(active), `"`+field+`"`)
	}

	var s pension.Status
	assert.ErrorIs(t, s.UnmarshalText([]byte("retired")), pension.ErrStatus)
	var l pension.Leaving
	assert.ErrorIs(t, l.UnmarshalText([]byte("misconduct")), pension.ErrLeaving)
	require.NoError(t, l.UnmarshalText([]byte("")))
	assert.Equal(t, pension.LeavingNotRecorded, l)
}

// FuzzAssessRoute assesses members of every status and reason for leaving:
// no panic, only typed errors, a deferred member never gets Tier 2, and a
// member leaving for a reason other than ill-health never qualifies unless
// deferred.
func FuzzAssessRoute(f *testing.F) {
	f.Add(uint8(2), uint8(0), int32(2000), int32(20635), false, false, true, int32(3650))
	f.Add(uint8(1), uint8(3), int32(2000), int32(20635), true, true, false, int32(1825))
	f.Add(uint8(0), uint8(2), int32(0), int32(0), true, false, false, int32(730))
	f.Add(uint8(9), uint8(9), int32(-1), int32(5), true, true, true, int32(-1))
	p := pension.HR14()
	f.Fuzz(func(t *testing.T, status, leaving uint8, last, from int32, nhsJob, regular, regularWork bool, membership int32) {
		m := pension.Member{
			ID:      "F1",
			Born:    d(t, "1980-01-01"),
			LastDay: d(t, "2020-12-31").AddDays(int(last)),
			Status:  pension.Status(status % 4),
			Leaving: pension.Leaving(leaving % 6),
			Medical: pension.Medical{NHSJob: nhsJob, RegularEmployment: regular, RegularWork: regularWork},
			Legacy:  &pension.LegacyService{Section: pension.Section2008, Membership: pension.Membership(membership)},
		}
		if from != 0 {
			m.BenefitsFrom = d(t, "2020-12-31").AddDays(int(from))
		}
		a, err := pension.Assess(m, p)
		if err != nil {
			typed(t, err)
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error: %q", err)
			}
			return
		}
		switch {
		case m.Status == pension.Deferred && a.Tier == pension.Tier2:
			t.Fatalf("deferred member awarded Tier 2: %v", texts(a.Findings))
		case m.Status != pension.Deferred && (m.Leaving == pension.LeavingOtherDismissal || m.Leaving == pension.LeavingOther) && a.Eligible():
			t.Fatalf("leaving %v yet %v: %v", m.Leaving, a.Tier, texts(a.Findings))
		case len(a.Findings) == 0:
			t.Fatal("no findings")
		}
	})
}
