package triggers_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Worked example 1: absent Tue 2026-01-06..Wed 01-07 and Mon 2026-03-02.
func TestTRIG1_WorkedExample1(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02"))
	assert.Equal(t, []string{"TRIG-1 2026-03-02"}, activations(m), "nothing else activates")

	st := evaluate(t, m, "2026-03-02")
	c := check(t, st, triggers.TRIG1)
	assert.True(t, c.Active)
	assert.Equal(t, "2026-03-02", c.Activated.String())
	assert.Equal(t, "2025-09-03/2026-03-02", c.Evidence.Window.String())
	assert.Equal(t, 2, c.Evidence.Episodes)
	assert.Equal(t, 3, c.Evidence.WorkingDays)
	for _, tr := range []triggers.Trigger{triggers.TRIG2, triggers.TRIG3, triggers.TRIG4, triggers.TRIG5} {
		assert.False(t, check(t, st, tr).Active, tr)
	}
	assert.Equal(t, 3, check(t, st, triggers.TRIG2).Evidence.WorkingDays)

	tl := m.Timeline()
	require.Len(t, tl, 1)
	assert.Equal(t, "TRIG-1 activated on 2026-03-02: 2 episodes in the 6 months 2025-09-03 to 2026-03-02 (6–7 Jan, 2 Mar) reached the threshold of 2 — TRIG-1 (HR14 SAP 1.2)", tl[0].String())

	// The day before, one episode.
	c = check(t, evaluate(t, m, "2026-03-01"), triggers.TRIG1)
	assert.False(t, c.Active)
	assert.True(t, c.Activated.IsZero())
	assert.Equal(t, 1, c.Evidence.Episodes)
}

// Worked example 2: 0.6 FTE on Mon, Tue, Wed, absent Mon 2026-02-02..Sun 02-15.
func TestTRIG2_TRIG4_WorkedExample2_ProRata(t *testing.T) {
	emp := worker(t, "MTW....", "0.6")
	m := monitor(t, emp, triggers.HR14(), cold(t, "2026-02-02/2026-02-15"))
	assert.Equal(t, []string{"TRIG-2 2026-02-11", "TRIG-4 2026-02-11"}, activations(m))

	st := evaluate(t, m, "2026-02-15")
	for _, tr := range []triggers.Trigger{triggers.TRIG2, triggers.TRIG4} {
		c := check(t, st, tr)
		assert.True(t, c.Active, tr)
		assert.Equal(t, "2026-02-11", c.Activated.String())
		assert.True(t, dec("6").Equal(c.Evidence.Threshold.Value), "threshold 10 × 0.6")
		assert.Equal(t, 6, c.Evidence.WorkingDays, "Feb 2, 3, 4, 9, 10, 11")
	}
	c5 := check(t, st, triggers.TRIG5)
	assert.False(t, c5.Active, "one episode of 14 calendar days")
	assert.Equal(t, 14, c5.Evidence.CalendarDays)
	assert.False(t, check(t, st, triggers.TRIG1).Active)

	tl := m.Timeline()
	assert.Equal(t, "TRIG-2 activated on 2026-02-11: 6 working days lost in the 6 months 2025-08-12 to 2026-02-11 (2–11 Feb) reached the threshold of 6 working days (10 × FTE 0.6) — TRIG-2 (HR14 SAP 1.2)", tl[0].String())
}

// Worked example 3: absent Mon 2026-06-01..Fri 2026-07-10.
func TestTRIG5_WorkedExample3(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-06-01/2026-07-10"))
	assert.Equal(t, []string{"TRIG-2 2026-06-12", "TRIG-4 2026-06-12", "TRIG-5 2026-06-28"}, activations(m))

	c := check(t, evaluate(t, m, "2026-06-27"), triggers.TRIG5)
	assert.False(t, c.Active)
	assert.Equal(t, 27, c.Evidence.CalendarDays)
	c = check(t, evaluate(t, m, "2026-06-28"), triggers.TRIG5)
	assert.True(t, c.Active)
	assert.Equal(t, "2026-06-28", c.Activated.String())

	tl := m.Timeline()
	assert.Equal(t, "TRIG-5 activated on 2026-06-28: the episode 2026-06-01 to 2026-06-28 reached 28 calendar days, the threshold of 28 calendar days or more — TRIG-5 (HR14 SAP 1.2)", tl[2].String())
}

// TRIG-5 knob: "greater than 4 weeks" (App 11) activates on the 29th day.
func TestTRIG5_MoreThanFourWeeksKnob(t *testing.T) {
	pol := triggers.HR14()
	pol.TRIG5.Reading = triggers.MoreThan
	m := monitor(t, monFri(t), pol, cold(t, "2026-06-01/2026-07-10"))
	assert.Equal(t, []string{"TRIG-2 2026-06-12", "TRIG-4 2026-06-12", "TRIG-5 2026-06-29"}, activations(m))
	assert.Equal(t, "HR14 App 11", m.Timeline()[2].Rule.Clause)

	// Exactly 28 days: active under the default, not under the knob.
	four := cold(t, "2026-06-01/2026-06-28")
	assert.Contains(t, activations(monitor(t, monFri(t), triggers.HR14(), four)), "TRIG-5 2026-06-28")
	assert.NotContains(t, activations(monitor(t, monFri(t), pol, four)), "TRIG-5 2026-06-28")
}

// TRIG-5 stays active while the long episode has a day in the rolling 12 months.
func TestTRIG5_ActiveWhileInTwelveMonthWindow(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-06-01/2026-07-10"))
	c := check(t, evaluate(t, m, "2027-07-09"), triggers.TRIG5)
	assert.True(t, c.Active, "2026-07-10 is in the window 2026-07-10..2027-07-09")
	assert.Equal(t, "2026-06-28", c.Activated.String())
	c = check(t, evaluate(t, m, "2027-07-10"), triggers.TRIG5)
	assert.False(t, c.Active, "the window 2026-07-11..2027-07-10 holds none of it")
	assert.Equal(t, "2027-07-10", c.Cleared.String())
	assert.Equal(t, "2027-07-10", m.Timeline()[2].Cleared.String())
}

// Worked example 7: norovirus with a documented infection-control link does
// not count; with a negative specimen it does.
func TestTRIG1_WorkedExample7_Exclusions(t *testing.T) {
	noro := sick(t, "2026-01-12/2026-01-13", absence.OccupationalInfection)
	noro.Evidence.InfectionControlLink = true
	m := monitor(t, monFri(t), triggers.HR14(), noro, cold(t, "2026-03-10"))
	assert.Empty(t, activations(m))
	c := check(t, evaluate(t, m, "2026-03-10"), triggers.TRIG1)
	assert.Equal(t, 1, c.Evidence.Episodes)
	require.Len(t, c.Evidence.Excluded, 1)
	assert.Equal(t, absence.CauseOccupationalInfection, c.Evidence.Excluded[0].Cause)
	assert.Contains(t, c.Explain(), "not counted: occupationally acquired infection")

	noro.Evidence = absence.Evidence{Specimen: absence.SpecimenNegative}
	m = monitor(t, monFri(t), triggers.HR14(), noro, cold(t, "2026-03-10"))
	assert.Equal(t, []string{"TRIG-1 2026-03-10"}, activations(m))
}

// Worked example 8: example 1, a stage 1 meeting on 2026-03-16, then absent
// Mon 2026-05-11 and Mon 2026-06-15..Tue 06-16.
func TestTRIG1_WorkedExample8_CountingAfterMeeting(t *testing.T) {
	recs := []absence.Record{cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02"),
		cold(t, "2026-05-11"), cold(t, "2026-06-15/2026-06-16")}
	meeting := d(t, "2026-03-16")

	m, err := monitor(t, monFri(t), triggers.HR14(), recs...).Since(meeting)
	require.NoError(t, err)
	assert.Equal(t, []string{"TRIG-1 2026-06-15"}, activations(m), "default: 2nd post-meeting episode")
	c := check(t, evaluate(t, m, "2026-06-15"), triggers.TRIG1)
	assert.Equal(t, 2, c.Evidence.Episodes)
	assert.Len(t, c.Evidence.BeforeMeeting, 2, "6–7 Jan and 2 Mar are before the meeting")
	assert.Contains(t, c.String(), "2 episodes after the stage meeting of 2026-03-16 in the 6 months 2025-12-16 to 2026-06-15 (11 May, 15 Jun)", "cut at the as-of date")
	assert.Contains(t, evaluate(t, m, "2026-06-16").Checks[0].String(), "(11 May, 15–16 Jun)")
	assert.False(t, check(t, evaluate(t, m, "2026-06-14"), triggers.TRIG1).Active)

	pol := triggers.HR14()
	pol.Counting = triggers.CountFullWindow
	m, err = monitor(t, monFri(t), pol, recs...).Since(meeting)
	require.NoError(t, err)
	tl := m.Timeline()
	require.NotEmpty(t, tl)
	assert.Equal(t, "TRIG-1 2026-05-11", tl[0].Trigger.String()+" "+tl[0].Date.String(), "full-window knob")
	assert.Equal(t, "2025-11-12/2026-05-11", tl[0].Evidence.Window.String())
	assert.Equal(t, 3, tl[0].Evidence.Episodes, "01-06, 03-02 and 05-11")
	assert.Contains(t, tl[0].String(), "with sickness after the stage meeting of 2026-03-16 (11 May)")
	c = check(t, evaluate(t, m, "2026-05-10"), triggers.TRIG1)
	assert.False(t, c.Active, "2 episodes in the window but none after the meeting")
	assert.Equal(t, 2, c.Evidence.Episodes)
}

// Under the counted-span measure (the reading before issue 14, kept as the
// knob triggers.CountedSpan), TRIG-5 is reached on the 28th calendar day of
// the episode's counted span as seen on that day. When the 28th day falls in
// leave (or an excluded stretch) inside the episode, nobody knows on that day
// that the episode goes on: it activates on the day sickness resumes, and an
// evaluation as of the 28th day agrees with one made on a history that ends
// there.
func TestTRIG5_CountedSpan_TwentyEighthDayInLeaveActivatesWhenSicknessResumes(t *testing.T) {
	leave := absence.Record{Period: p(t, "2026-06-11/2026-06-30"), Kind: absence.Leave}
	excluded := sick(t, "2026-06-11/2026-06-30", absence.PregnancyRelated)
	pol := triggers.HR14()
	pol.TRIG5.Measure = triggers.CountedSpan
	for _, between := range []absence.Record{leave, excluded} {
		t.Run(between.Kind.Code()+"/"+between.Reason.Code(), func(t *testing.T) {
			m := monitor(t, monFri(t), pol, cold(t, "2026-06-01/2026-06-10"), between, cold(t, "2026-07-01/2026-07-03"))
			require.Len(t, m.History().Episodes, 1, "one episode: no shift worked in between")
			assert.Contains(t, activations(m), "TRIG-5 2026-07-01")
			assert.NotContains(t, activations(m), "TRIG-5 2026-06-28")

			c := check(t, evaluate(t, m, "2026-06-28"), triggers.TRIG5)
			assert.False(t, c.Active, "as of 28 June only 1–10 June are known sickness")
			cut := monitor(t, monFri(t), pol, cold(t, "2026-06-01/2026-06-10"), between)
			assert.Equal(t, check(t, evaluate(t, cut, "2026-06-28"), triggers.TRIG5).Active, c.Active)

			c = check(t, evaluate(t, m, "2026-07-01"), triggers.TRIG5)
			assert.True(t, c.Active)
			for _, a := range m.Timeline() {
				if a.Trigger == triggers.TRIG5 {
					assert.Equal(t, "TRIG-5 activated on 2026-07-01: the episode 2026-06-01 to 2026-07-01 reached 31 calendar days, the threshold of 28 calendar days or more — TRIG-5 (HR14 SAP 1.2)", a.String())
				}
			}
		})
	}
}
