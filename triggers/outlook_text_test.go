package triggers_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/require"
)

// The answers marshal as their codes and back; an unknown code is refused
// and leaves the value as it was.
func TestAnswerText(t *testing.T) {
	for a, code := range map[triggers.Answer]string{triggers.DoesNotActivate: "no", triggers.Activates: "activates",
		triggers.KeepsActive: "keeps", triggers.AlreadyActive: "active", triggers.AlreadyAbsent: "absent"} {
		b, err := a.MarshalText()
		require.NoError(t, err)
		require.Equal(t, code, string(b))
		require.Equal(t, code, a.String())
		var back triggers.Answer
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, a, back)
	}
	a := triggers.Activates
	require.Error(t, a.UnmarshalText([]byte("maybe")))
	require.Equal(t, triggers.Activates, a)
	_, err := triggers.Answer(9).MarshalText()
	require.Error(t, err)
	require.Equal(t, "Answer(9)", triggers.Answer(9).String())
}

// The forward calendar in words, with the stage meeting counted from, and
// as JSON; a what-if's explanation with every change.
func TestOutlookAndWhatIfText(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02"), cold(t, "2026-03-31/2026-04-02"))
	o, err := m.Outlook(d(t, "2026-03-31"), 2)
	require.NoError(t, err)
	require.Equal(t, "TRIG-1: from 2026-04-01 to 2026-04-02 an absence is already recorded; from 2026-04-03 to 2026-05-29 it is active already — TRIG-1 (HR14 SAP 1.2)",
		strings.Split(o.String(), "\n")[0])
	for _, counting := range []triggers.Counting{triggers.CountAfterMeeting, triggers.CountFullWindow} {
		pol := triggers.HR14()
		pol.Counting = counting
		s, err := monitor(t, monFri(t), pol, cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02")).Since(d(t, "2026-03-16"))
		require.NoError(t, err)
		o, err := s.Outlook(d(t, "2026-03-31"), 1)
		require.NoError(t, err)
		ex := o.Explain()
		require.Contains(t, ex, "If the employee were off sick for one more day, on a day they are scheduled to work from Wednesday 1 April 2026 to Thursday 30 April 2026")
		require.Contains(t, ex, "stage meeting of Monday 16 March 2026")
		require.Contains(t, ex, "- TRIG-1: from Wednesday 1 April 2026 to Thursday 30 April 2026 ")
		// The explanation ends with the policy it applied and the knob that
		// differs from the defaults, if any.
		require.True(t, strings.HasSuffix(ex, pol.Basis().String()+"\n"), ex)
		require.Equal(t, counting == triggers.CountFullWindow, strings.Contains(ex, "settings changed from the HR14 v16 defaults: counting=full-window"), ex)
		b, err := json.Marshal(o)
		require.NoError(t, err)
		var back triggers.Outlook
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, o, back)
	}

	w, err := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-03-04/2026-03-06"), cold(t, "2026-03-10/2026-03-11"), cold(t, "2026-05-04")).
		WhatIf(cold(t, "2026-03-09"), cold(t, "2026-05-05"))
	require.NoError(t, err)
	ex := w.Explain()
	require.Contains(t, ex, "Would no longer activate:\nTRIG-1")
	require.Contains(t, w.String(), "would no longer activate on 2026-03-10")
	none, err := monitor(t, monFri(t), triggers.HR14()).WhatIf()
	require.NoError(t, err)
	require.Equal(t, "No trigger point would activate.\n"+triggers.HR14().Basis().String()+"\n", none.Explain())
	act, err := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-06")).WhatIf(cold(t, "2026-01-08"))
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(act.Explain(), "Would activate:\nTRIG-1"), act.Explain())
}
