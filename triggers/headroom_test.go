package triggers_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// At the return-to-work interview after worked example 1.
func TestTRIG1_HeadroomAfterWorkedExample1(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02"))
	hr, err := m.Headroom(d(t, "2026-03-03"))
	require.NoError(t, err)
	require.Len(t, hr.Rooms, 5)

	r1 := hr.Rooms[0]
	assert.True(t, r1.Active)
	// Window ending 2026-07-07 starts 2026-01-08: 6–7 Jan has left it.
	assert.Equal(t, "2026-07-07", r1.Clear.String())
	require.Len(t, r1.Leaving, 2)
	assert.Equal(t, "2026-07-07", r1.Leaving[0].Leaves.String())
	assert.Equal(t, "2026-09-02", r1.Leaving[1].Leaves.String())
	assert.Equal(t, "TRIG-1 is active: 2 episodes in the 6 months 2025-09-04 to 2026-03-03, against the threshold of 2. With no more sickness the employee is clear of TRIG-1 on 2026-07-07. 6–7 Jan leaves the window on 2026-07-07. 2 Mar leaves the window on 2026-09-02. — TRIG-1 (HR14 SAP 1.2)", r1.String())
	st := evaluate(t, m, "2026-07-06")
	assert.True(t, check(t, st, triggers.TRIG1).Active)
	assert.False(t, check(t, evaluate(t, m, "2026-07-07"), triggers.TRIG1).Active)

	r2 := hr.Rooms[1]
	assert.False(t, r2.Active)
	assert.Equal(t, "3", r2.Count.String())
	assert.Equal(t, "7", r2.Left.String())
	assert.Contains(t, r2.String(), "7 more working days would activate it")

	r3 := hr.Rooms[2]
	assert.Equal(t, "2", r3.Left.String())
	assert.Equal(t, "2027-01-07", r3.Leaving[0].Leaves.String())

	r5 := hr.Rooms[4]
	assert.Equal(t, "0", r5.Count.String())
	assert.Equal(t, "28", r5.Left.String())
	assert.Contains(t, r5.String(), "no episode is open on 2026-03-03")
}

// Day triggers clear when the working day that keeps the window at the
// threshold leaves it; an open episode counts its days so far for TRIG-5.
func TestTRIG2_HeadroomClearDate(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-06-01/2026-07-10"))
	hr, err := m.Headroom(d(t, "2026-06-20"))
	require.NoError(t, err)
	// 15 working days by Sat 20 June; the 6th, Mon 8 June, leaves the window ending 2026-12-08.
	assert.Equal(t, "2026-12-08", hr.Rooms[1].Clear.String())
	assert.Equal(t, "20", hr.Rooms[4].Count.String(), "open episode, 20 days so far")
	assert.Equal(t, "8", hr.Rooms[4].Left.String())
	assert.Contains(t, hr.Rooms[4].String(), "8 more calendar days of it would activate it")

	hr, err = m.Headroom(d(t, "2026-07-10"))
	require.NoError(t, err)
	assert.True(t, hr.Rooms[4].Active)
	assert.Equal(t, "2027-07-10", hr.Rooms[4].Clear.String(), "TRIG-5 clears when 2026-07-10 leaves the 12 months")
}

// Counting the full window after a meeting: the window can meet the
// threshold with nothing after the meeting yet.
func TestTRIG1_HeadroomPendingAfterMeeting(t *testing.T) {
	pol := triggers.HR14()
	pol.Counting = triggers.CountFullWindow
	m, err := monitor(t, monFri(t), pol, cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02")).Since(d(t, "2026-03-16"))
	require.NoError(t, err)
	hr, err := m.Headroom(d(t, "2026-03-20"))
	require.NoError(t, err)
	r := hr.Rooms[0]
	assert.False(t, r.Active)
	assert.True(t, r.Pending)
	assert.Contains(t, r.String(), "any sickness after the meeting would activate it")
}

// The stage lapse knob: by default a stage never lapses.
func TestTRIG_StageLapse(t *testing.T) {
	recs := []absence.Record{cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02")}
	base := monitor(t, monFri(t), triggers.HR14(), recs...)
	_, err := base.Lapse(d(t, "2027-06-01"))
	assert.True(t, errors.Is(err, triggers.ErrNoMeeting))

	m, err := base.Since(d(t, "2026-03-16"))
	require.NoError(t, err)
	l, err := m.Lapse(d(t, "2030-01-01"))
	require.NoError(t, err)
	assert.False(t, l.Lapsed)
	assert.Contains(t, l.String(), "HR14 sets no date after which a stage lapses")

	pol := triggers.HR14()
	pol.LapseMonths = 12
	m, err = monitor(t, monFri(t), pol, recs...).Since(d(t, "2026-03-16"))
	require.NoError(t, err)
	l, err = m.Lapse(d(t, "2027-03-16"))
	require.NoError(t, err)
	assert.False(t, l.Lapsed)
	assert.Equal(t, "2027-03-17", l.On.String())
	l, err = m.Lapse(d(t, "2027-03-17"))
	require.NoError(t, err)
	assert.True(t, l.Lapsed)
	assert.Equal(t, "No trigger activated in the 12 months after the stage meeting of 2026-03-16: the stage lapsed on 2027-03-17 (a trust setting: HR14 sets no date after which a stage lapses)", l.String())

	// An activation before the lapse date keeps the stage in force.
	recs = append(recs, cold(t, "2026-05-11"), cold(t, "2026-06-15/2026-06-16"))
	m, err = monitor(t, monFri(t), pol, recs...).Since(d(t, "2026-03-16"))
	require.NoError(t, err)
	l, err = m.Lapse(d(t, "2027-06-01"))
	require.NoError(t, err)
	assert.False(t, l.Lapsed)
	assert.True(t, l.Activated)
	assert.Equal(t, "2026-06-15", l.Activation.Date.String())
}

// Bad input gives typed errors, never a panic.
func TestTRIG_Errors(t *testing.T) {
	h, err := absence.NewHistory(monFri(t), []absence.Record{cold(t, "2026-01-06")}, absence.HR14())
	require.NoError(t, err)

	pol := triggers.HR14()
	pol.Recording.Exclude.Pregnancy = false
	_, err = triggers.New(h, pol)
	assert.True(t, errors.Is(err, triggers.ErrPolicyMismatch), "%v", err)

	pol = triggers.HR14()
	pol.TRIG2.Days = dec("0")
	_, err = triggers.New(h, pol)
	assert.True(t, errors.Is(err, triggers.ErrInvalidPolicy))
	var ie *triggers.InputError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "TRIG2.Days", ie.Field)
	assert.Equal(t, "triggers: policy TRIG2.Days: invalid trigger policy: 0", err.Error())

	m, err := triggers.New(h, triggers.HR14())
	require.NoError(t, err)
	bad := absence.Date{Year: 2026, Month: 2, Day: 30}
	_, err = m.Evaluate(bad)
	assert.True(t, errors.Is(err, triggers.ErrInvalidDate))
	_, err = m.Headroom(bad)
	assert.True(t, errors.Is(err, triggers.ErrInvalidDate))
	_, err = m.Since(bad)
	assert.True(t, errors.Is(err, triggers.ErrInvalidDate))
	_, err = m.TimelineTo(bad)
	assert.True(t, errors.Is(err, triggers.ErrInvalidDate))
	_, err = m.Patterns(bad, absence.EnglandAndWales())
	assert.True(t, errors.Is(err, triggers.ErrInvalidDate))

	// A history not built by NewHistory: counted runs out of order.
	h.Episodes = append(h.Episodes, h.Episodes[0])
	_, err = triggers.New(h, triggers.HR14())
	assert.True(t, errors.Is(err, triggers.ErrHistory), "%v", err)
}

// TimelineTo sees only days up to its date.
func TestTRIG_TimelineTo(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-06-01/2026-07-10"))
	tl, err := m.TimelineTo(d(t, "2026-06-20"))
	require.NoError(t, err)
	require.Len(t, tl, 2, "TRIG-2 and TRIG-4; TRIG-5 is later")
	assert.True(t, tl[0].Cleared.IsZero(), "still active on the cut-off")
	tl, err = m.TimelineTo(d(t, "2028-01-01"))
	require.NoError(t, err)
	require.Len(t, tl, 3)
	assert.Equal(t, "2026-12-29", tl[0].Cleared.String())
}
