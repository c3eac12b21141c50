package absence_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestABS12_AgreedContactFrequency(t *testing.T) {
	// Long-term absence Mon 2026-01-05 to Sun 2026-03-01; weekly contact
	// agreed on 2026-01-19.
	h := history(t, monFri(t), sick(t, "2026-01-05/2026-03-01", absence.MentalHealth))
	agreed := []absence.ContactAgreement{{From: d(t, "2026-01-19"), Days: 7}}
	c, err := h.ContactWith(0, days(t, "2026-01-19", "2026-01-26", "2026-02-04"), agreed, d(t, "2026-02-05"))
	require.NoError(t, err)
	// The first interval, from the first day of absence, runs under the
	// policy's 14 days; from the agreement, 7.
	assert.Equal(t, []string{"met", "met", "late", "pending"}, statuses(c.Checks, absence.TaskContact))
	assert.Equal(t, "ABS-10", c.Checks[0].Rule.ID)
	assert.Equal(t, "ABS-12", c.Checks[1].Rule.ID)
	assert.Equal(t, "2026-02-11", c.Next.String())
	assert.Equal(t, []string{"2026-01-26 to 2026-02-04 (9 days)"}, strs(c.Gaps))
	assert.Contains(t, c.Checks[1].Findings[0].Text, "at least every 7 days (as agreed with the employee on 2026-01-19)")
	assert.Contains(t, c.Findings[0].Text, "no contact for longer than 7 days")

	// Without an agreement ContactWith is Contact.
	plain, err := h.ContactWith(0, days(t, "2026-01-19"), nil, d(t, "2026-02-05"))
	require.NoError(t, err)
	want, err := h.Contact(0, days(t, "2026-01-19"), d(t, "2026-02-05"))
	require.NoError(t, err)
	assert.Equal(t, want, plain)

	// App 14 keeps fortnightly as the minimum.
	for _, bad := range []absence.ContactAgreement{{From: d(t, "2026-01-19"), Days: 15}, {From: d(t, "2026-01-19")}, {Days: 7}} {
		_, err := h.ContactWith(0, nil, []absence.ContactAgreement{bad}, d(t, "2026-02-05"))
		var ie *absence.InputError
		require.True(t, errors.As(err, &ie), "%v", err)
		assert.Equal(t, "contact agreement", ie.Input)
	}
	_, err = h.ContactWith(0, nil, []absence.ContactAgreement{{From: d(t, "2026-01-19"), Days: 15}}, d(t, "2026-02-05"))
	assert.ErrorIs(t, err, absence.ErrContactAgreement)
}

func TestABS13_UnderlyingConditionLink(t *testing.T) {
	r := sick(t, "2026-01-05/2026-01-06", absence.Musculoskeletal)
	r.Evidence.UnderlyingCondition = true
	b, err := json.Marshal(r.Evidence)
	require.NoError(t, err)
	assert.JSONEq(t, `{"underlyingCondition":true}`, string(b))
	// It still counts towards the triggers.
	h := history(t, monFri(t), r)
	assert.True(t, h.Episodes[0].Triggers.Counts())
}
