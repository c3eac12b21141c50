package absence_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func days(t testing.TB, ss ...string) []absence.Date {
	out := make([]absence.Date, len(ss))
	for i, s := range ss {
		out[i] = d(t, s)
	}
	return out
}

func TestABS10_ContactAtLeastFortnightly(t *testing.T) {
	// Long-term absence Mon 2026-01-05 to Sun 2026-03-01 (56 days).
	tests := []struct {
		name     string
		end      string
		contacts []absence.Date
		asOf     string
		statuses []string
		gaps     []string
		next     string
	}{
		{"every 14 days", "2026-03-01", days(t, "2026-01-19", "2026-02-02", "2026-02-16"), "2026-03-10",
			[]string{"met", "met", "met"}, nil, ""},
		{"15 days is a gap", "2026-03-01", days(t, "2026-01-19", "2026-02-03", "2026-02-16"), "2026-03-10",
			[]string{"met", "late", "met"}, []string{"2026-01-19 to 2026-02-03 (15 days)"}, ""},
		{"no contact yet, on the 14th day", "2026-03-01", nil, "2026-01-19",
			[]string{"pending"}, nil, "2026-01-19"},
		{"no contact yet, on the 15th day: an open gap", "2026-03-01", nil, "2026-01-20",
			[]string{"overdue"}, []string{"2026-01-05 to 2026-01-20 (15 days), still open"}, "2026-01-19"},
		{"contacts in any order, repeated, or outside the absence", "2026-03-01", days(t, "2026-02-16", "2026-01-19", "2025-12-20", "2026-02-02", "2026-01-19", "2026-03-05"), "2026-03-10",
			[]string{"met", "met", "met"}, nil, ""},
		{"the last contact long before the return", "2026-03-01", days(t, "2026-01-19"), "2026-03-10",
			[]string{"met", "overdue"}, []string{"2026-01-19 to 2026-03-02 (42 days)"}, ""},
		{"absent on the due day, back the next: missed", "2026-02-02", days(t, "2026-01-19"), "2026-03-10",
			[]string{"met", "overdue"}, []string{"2026-01-19 to 2026-02-03 (15 days)"}, ""},
		{"back on the due day: no further contact needed", "2026-02-01", days(t, "2026-01-19"), "2026-03-10",
			[]string{"met"}, nil, ""},
		{"a contact after the evaluation date is not seen", "2026-03-01", days(t, "2026-01-19"), "2026-01-18",
			[]string{"pending"}, nil, "2026-01-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := history(t, monFri(t), sick(t, "2026-01-05/"+tt.end, absence.MentalHealth))
			c, err := h.Contact(0, tt.contacts, d(t, tt.asOf))
			require.NoError(t, err)
			assert.Equal(t, tt.statuses, statuses(c.Checks, absence.TaskContact))
			assert.Equal(t, tt.gaps, strs(c.Gaps))
			if tt.next == "" {
				assert.True(t, c.Next.IsZero(), "next %s", c.Next)
			} else {
				assert.Equal(t, tt.next, c.Next.String())
			}
			for _, ck := range c.Checks {
				assert.Equal(t, "HR14 App 14", ck.Rule.Clause)
			}
		})
	}
}

func TestABS10_ContactShortTermAndBadInput(t *testing.T) {
	h := history(t, monFri(t), sick(t, "2026-01-05/2026-01-20", absence.Infection))
	c, err := h.Contact(0, nil, d(t, "2026-01-25"))
	require.NoError(t, err)
	assert.Contains(t, c.Findings[len(c.Findings)-1].Text, "short term")
	_, err = h.Contact(0, []absence.Date{{Year: 2026, Month: 2, Day: 31}}, d(t, "2026-01-25"))
	var ie *absence.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, 0, ie.Index)
	assert.ErrorIs(t, err, absence.ErrInvalidDate)
	_, err = h.Contact(2, nil, d(t, "2026-01-25"))
	assert.ErrorIs(t, err, absence.ErrNoEpisode)
}
