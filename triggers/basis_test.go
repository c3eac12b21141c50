package triggers_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The trigger policy names HR14 v16, like its recording policy, and keeps
// its name through a JSON round trip.
func TestPolicy_IDRoundTrip(t *testing.T) {
	p := triggers.HR14()
	assert.Equal(t, absence.HR14v16(), p.ID)
	assert.Equal(t, p.ID, p.Recording.ID)
	assert.Nil(t, p.Knobs())
	p.ID.Version, p.Recording.ID.Version = "17", "17"
	p.Counting = triggers.CountFullWindow
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var q triggers.Policy
	require.NoError(t, json.Unmarshal(b, &q))
	assert.True(t, p.Equal(q))
	assert.Equal(t, "17", q.ID.Version)
	assert.Equal(t, p.Basis(), q.Basis())
}

// A trigger policy must be named, and name the policy its recording rules
// name; the errors name the field and never the text.
func TestPolicy_IDValidated(t *testing.T) {
	p := triggers.HR14()
	p.ID = absence.PolicyID{Title: "my sick note after surgery"}
	err := p.Validate()
	require.ErrorIs(t, err, triggers.ErrInvalidPolicy)
	assert.Contains(t, err.Error(), "ID.Version")
	assert.NotContains(t, err.Error(), "surgery")

	p = triggers.HR14()
	p.ID.Version = "17"
	err = p.Validate()
	require.ErrorIs(t, err, triggers.ErrInvalidPolicy)
	assert.Contains(t, err.Error(), "Recording.ID: invalid trigger policy; expected the same policy as ID")
	p.Recording.ID.Version = "17"
	require.NoError(t, p.Validate())
}

// A policy with changed knobs lists exactly those knobs, its recording
// rules' included, in the order of the fields.
func TestPolicy_KnobsListExactlyTheChanges(t *testing.T) {
	p := triggers.HR14()
	p.Recording.ExactlyHalf = absence.HalfSickness
	p.TRIG1.Episodes = 3
	p.TRIG2.Days = dec("8")
	p.TRIG5.Reading = triggers.MoreThan
	p.Counting = triggers.CountFullWindow
	p.LapseMonths = 12
	assert.Equal(t, []absence.Knob{
		{Name: "recording.exactlyHalf", Value: "half-sickness"},
		{Name: "trig1.episodes", Value: "3"},
		{Name: "trig2.days", Value: "8"},
		{Name: "trig5.reading", Value: "more-than"},
		{Name: "counting", Value: "full-window"},
		{Name: "lapseMonths", Value: "12"},
	}, p.Knobs())
	q := triggers.HR14()
	q.TRIG2.Days = dec("10.00")
	assert.Nil(t, q.Knobs(), "the same number written differently")
	assert.True(t, q.Equal(triggers.HR14()))
	assert.False(t, p.Equal(triggers.HR14()))
}

// Every result of a Monitor names the policy it applied, its changed knobs
// and the library; the explanations end with it, once.
func TestResultsNameThePolicy(t *testing.T) {
	pol := triggers.HR14()
	pol.Counting = triggers.CountFullWindow
	want := absence.Basis{Policy: absence.HR14v16(), Knobs: []absence.Knob{{Name: "counting", Value: "full-window"}}, Library: absence.LibraryVersion}
	m := monitor(t, monFri(t), pol, cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02"), cold(t, "2026-03-31/2026-04-02"))
	assert.Equal(t, want, m.Basis())
	since, err := m.Since(d(t, "2026-03-16"))
	require.NoError(t, err)
	assert.Equal(t, want, since.Basis())

	st := evaluate(t, m, "2026-04-02")
	assert.Equal(t, want, st.Basis)
	for _, c := range st.Checks {
		assert.Equal(t, want, c.Basis)
		assert.True(t, strings.HasSuffix(c.Explain(), want.String()+"\n"))
	}
	ex := st.Explain()
	assert.Equal(t, 1, strings.Count(ex, "Worked out under"), ex)
	assert.True(t, strings.HasSuffix(ex, "with these settings changed from the HR14 v16 defaults: counting=full-window (hr14 library "+absence.LibraryVersion+").\n"), ex)

	acts := m.Timeline()
	require.NotEmpty(t, acts)
	for _, a := range acts {
		assert.Equal(t, want, a.Basis)
		assert.True(t, strings.HasSuffix(a.Explain(), want.String()+"\n"))
		assert.NotContains(t, a.String(), "Worked out under", "the one-line form stays one line")
	}
	hr, err := m.Headroom(d(t, "2026-04-02"))
	require.NoError(t, err)
	assert.Equal(t, want, hr.Basis)
	w, err := m.WhatIf(cold(t, "2026-05-04"))
	require.NoError(t, err)
	assert.Equal(t, want, w.Basis)
	assert.Equal(t, 1, strings.Count(w.Explain(), "Worked out under"))
	for _, a := range slices.Concat(w.Activated, w.Withdrawn) {
		assert.Equal(t, want, a.Basis)
	}
	o, err := m.Outlook(d(t, "2026-04-02"), 1)
	require.NoError(t, err)
	assert.Equal(t, want, o.Basis)

	// The JSON of a status keeps the basis.
	b, err := json.Marshal(st)
	require.NoError(t, err)
	var back triggers.Status
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, want, back.Basis)
}

// A Batch's Monitors carry the basis the Batch worked out once.
func TestBatchNamesThePolicy(t *testing.T) {
	pol := triggers.HR14()
	pol.TRIG5.Reading = triggers.MoreThan
	cases := batchCases(20)
	b := triggers.Batch[absence.Basis]{Policy: pol, Workers: 2, Evaluate: func(m *triggers.Monitor) (absence.Basis, error) {
		st, err := m.Evaluate(absence.Date{Year: 2026, Month: 1, Day: 1})
		return st.Basis, err
	}}
	n := 0
	var read atomic.Int64
	err := b.Run(context.Background(), stream(cases, &read), func(r triggers.Result[absence.Basis]) error {
		if r.Err != nil {
			return nil
		}
		n++
		assert.Equal(t, pol.Basis(), r.Value)
		return nil
	})
	require.NoError(t, err)
	assert.Positive(t, n)
}
