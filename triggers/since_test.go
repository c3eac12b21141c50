package triggers_test

import (
	"encoding/json"
	"testing"

	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A stage 1 meeting held during a long absence (TRIG-5 on 2026-06-28):
// counting after the meeting, the rest of the absence is a new episode whose
// length runs from the day after the meeting; counting the full window, the
// episode reached its length before the meeting and does not count again.
func TestTRIG5_LongAbsenceAcrossAMeeting(t *testing.T) {
	meeting := d(t, "2026-07-01")
	long := cold(t, "2026-06-01/2026-08-14")

	m, err := monitor(t, monFri(t), triggers.HR14(), long).Since(meeting)
	require.NoError(t, err)
	var five []string
	for _, a := range m.Timeline() {
		if a.Trigger == triggers.TRIG5 {
			five = append(five, a.Date.String())
			assert.Equal(t, "2026-07-02/2026-07-29", a.Evidence.Counted[0].Span.String())
		}
	}
	assert.Equal(t, []string{"2026-07-29"}, five, "28th day after the meeting")
	// TRIG-2 and TRIG-4: the 10th working day after the meeting (Thu 2 July … Wed 15 July).
	assert.Contains(t, activations(m), "TRIG-2 2026-07-15")

	pol := triggers.HR14()
	pol.Counting = triggers.CountFullWindow
	m, err = monitor(t, monFri(t), pol, long).Since(meeting)
	require.NoError(t, err)
	assert.Equal(t, []string{"TRIG-2 2026-07-02", "TRIG-4 2026-07-02"}, activations(m),
		"the windows already exceed 10 days: the first working day after the meeting activates them; TRIG-5 was reached before the meeting")
	c := check(t, evaluate(t, m, "2026-08-14"), triggers.TRIG5)
	assert.False(t, c.Active)
	assert.Contains(t, c.String(), "reached the threshold of 28 calendar days or more on or before the stage meeting of 2026-07-01")
}

// Results marshal to JSON with rule IDs and ISO dates.
func TestTRIG_ResultsMarshalJSON(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02"))
	st := evaluate(t, m, "2026-03-02")
	b, err := json.Marshal(st)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"trigger":"TRIG-1"`)
	assert.Contains(t, string(b), `"activated":"2026-03-02"`)
	assert.Contains(t, string(b), `"window":"2025-09-03/2026-03-02"`)
	hr, err := m.Headroom(d(t, "2026-03-02"))
	require.NoError(t, err)
	_, err = json.Marshal(hr)
	require.NoError(t, err)
	_, err = json.Marshal(m.Timeline())
	require.NoError(t, err)
}

// Headroom of TRIG-5 counting the full window after a meeting held during a
// long absence: the open episode reached 28 days before the meeting, so it
// never activates TRIG-5 — it is not "pending" on more sickness.
func TestTRIG5_HeadroomOfALongAbsenceAcrossAMeeting(t *testing.T) {
	pol := triggers.HR14()
	pol.Counting = triggers.CountFullWindow
	m, err := monitor(t, monFri(t), pol, cold(t, "2026-06-01/2026-08-14")).Since(d(t, "2026-07-01"))
	require.NoError(t, err)
	hr, err := m.Headroom(d(t, "2026-08-14"))
	require.NoError(t, err)
	r := hr.Rooms[4]
	require.Equal(t, triggers.TRIG5, r.Trigger)
	assert.False(t, r.Active)
	assert.False(t, r.Pending)
	assert.True(t, r.Left.IsZero())
	assert.Equal(t, "75", r.Count.String())
	assert.Equal(t, "TRIG-5: the episode open on 2026-08-14 has 75 calendar days that count (the threshold is 28 calendar days or more); it reached the threshold on or before the stage meeting of 2026-07-01, and counting the full window only an episode reaching it after the meeting activates TRIG-5 — TRIG-5 (HR14 SAP 1.2)", r.String())
}
