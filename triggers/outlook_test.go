package triggers_test

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/require"
)

// oneDay is the hypothetical absence of an Outlook, recorded for real.
func oneDay(d absence.Date) absence.Record {
	return absence.Record{Period: absence.Day(d), Reason: absence.Other}
}

// truth is what really adding one day of sickness on day gives for trigger
// t: the record added to the history and the history evaluated again from
// scratch (NewHistory, New, the adjustment and the meeting: Monitor.With).
func truth(t *testing.T, m *triggers.Monitor, day absence.Date, tr triggers.Trigger) triggers.Answer {
	t.Helper()
	for _, r := range m.History().Records {
		if r.Period.Contains(day) {
			return triggers.AlreadyAbsent
		}
	}
	st, err := m.Evaluate(day)
	require.NoError(t, err)
	before, _ := st.Check(tr)
	w, err := m.With(oneDay(day))
	require.NoError(t, err)
	acts, err := w.TimelineTo(day)
	require.NoError(t, err)
	activates := false
	for _, a := range acts {
		activates = activates || (a.Trigger == tr && a.Date == day)
	}
	after, err := w.Evaluate(day)
	require.NoError(t, err)
	ch, _ := after.Check(tr)
	switch {
	case before.Active:
		require.False(t, activates, "%v active on %v already, yet activates again", tr, day)
		require.True(t, ch.Active, "%v active on %v, and no longer with one more day", tr, day)
		return triggers.AlreadyActive
	case activates:
		return triggers.Activates
	case ch.Active:
		return triggers.KeepsActive
	}
	return triggers.DoesNotActivate
}

// The forward calendar equals really adding the day: for random histories
// (every schedule, kind, exclusion, part day, policy knob and adjustment of
// the engine's own property tests), random as-of dates, with and without a
// stage meeting under both countings, the answer on each scheduled day is
// what recording one day of sickness on it and evaluating the history again
// from scratch gives. Days the employee is not scheduled to work are not in
// any range's ends, and the ranges are in order and do not touch.
func TestTRIG_OutlookEqualsAddingTheDay(t *testing.T) {
	n, sample := 50, 40
	if testing.Short() {
		n, sample = 10, 15
	}
	cases(t, n, func(t *testing.T, seed uint64, c randomCase, h absence.History, m *triggers.Monitor) {
		r := rand.New(rand.NewPCG(seed, 19))
		for round := range 3 {
			asOf := start2027.AddDays(r.IntN(900) - 30)
			mon := m
			if round > 0 {
				pol := c.pol
				pol.Counting = triggers.Counting(round - 1)
				var err error
				mon, err = triggers.New(h, pol)
				require.NoError(t, err)
				if !c.adj.IsZero() {
					mon, err = mon.WithAdjustment(c.adj)
					require.NoError(t, err)
				}
				mon, err = mon.Since(asOf.AddDays(-r.IntN(200)))
				require.NoError(t, err)
			}
			o, err := mon.Outlook(asOf, 12)
			require.NoError(t, err)
			require.Equal(t, absence.Period{Start: asOf.AddDays(1), End: asOf.AddMonths(12)}, o.Days)
			require.Len(t, o.Points, 5)
			for _, p := range o.Points {
				for i, rg := range p.Ranges {
					require.False(t, rg.Days.End.Before(rg.Days.Start))
					require.True(t, o.Days.Contains(rg.Days.Start) && o.Days.Contains(rg.Days.End))
					for _, end := range []absence.Date{rg.Days.Start, rg.Days.End} {
						_, ok := c.emp.Schedule.ShiftOn(end)
						require.True(t, ok, "%v: range %v ends on a day off", p.Trigger, rg.Days)
					}
					if i > 0 {
						prev := p.Ranges[i-1]
						require.True(t, prev.Days.End.Before(rg.Days.Start))
						require.NotEqual(t, prev.Answer, rg.Answer)
					}
				}
			}
			// Every day of a few stretches, and days at random.
			var days []absence.Date
			for range 2 {
				s := o.Days.Start.AddDays(r.IntN(330))
				for k := range 8 {
					days = append(days, s.AddDays(k))
				}
			}
			for range sample {
				days = append(days, o.Days.Start.AddDays(r.IntN(o.Days.Days())))
			}
			for _, day := range days {
				if _, ok := c.emp.Schedule.ShiftOn(day); !ok {
					continue
				}
				for _, p := range o.Points {
					got, ok := p.On(day)
					require.True(t, ok, "%v: no range holds the working day %v", p.Trigger, day)
					require.Equal(t, truth(t, mon, day, p.Trigger), got, "%v on %v (as of %v, meeting %v %v)",
						p.Trigger, day, asOf, mon.Policy().Counting, o.Meeting)
				}
			}
		}
	})
}

// Worked example 1: a Mon–Fri worker off on 6–7 Jan and 2 Mar
// 2026 activated TRIG-1 on 2 Mar. As of 31 Mar TRIG-1 is active until both
// episodes are no longer in one 6-month window: 6–7 Jan leaves on 7 Jul, so
// one more day on 7 Jul keeps it active. From 8 Jul one more day activates
// TRIG-1 again while 2 Mar is in the window (until 1 Sep), and from 2 Sep it
// does not.
func TestTRIG1_OutlookWorkedExample1(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-01-06/2026-01-07"), cold(t, "2026-03-02"))
	o, err := m.Outlook(d(t, "2026-03-31"), 12)
	require.NoError(t, err)
	p := o.Points[0]
	require.Equal(t, triggers.TRIG1, p.Trigger)
	require.Equal(t, []triggers.Range{
		{Days: p2(t, "2026-04-01/2026-07-06"), Answer: triggers.AlreadyActive},
		{Days: p2(t, "2026-07-07"), Answer: triggers.KeepsActive},
		{Days: p2(t, "2026-07-08/2026-09-01"), Answer: triggers.Activates},
		{Days: p2(t, "2026-09-02/2027-03-31"), Answer: triggers.DoesNotActivate},
	}, p.Ranges)
	require.Equal(t, "TRIG-1: from 2026-04-01 to 2026-07-06 it is active already; on 2026-07-07 one more day of sickness keeps it active (it would otherwise clear); from 2026-07-08 to 2026-09-01 one more day of sickness activates it; from 2026-09-02 to 2027-03-31 it does not — TRIG-1 (HR14 SAP 1.2)", p.String())
}

// p2 is p for a period that must start and end on a working day of monFri.
func p2(t *testing.T, s string) absence.Period { return p(t, s) }

func TestOutlookErrors(t *testing.T) {
	m := monitor(t, monFri(t), triggers.HR14(), cold(t, "2026-03-02"))
	_, err := m.Outlook(d(t, "2026-03-31"), 0)
	require.True(t, errors.Is(err, triggers.ErrOutlook))
	_, err = m.Outlook(d(t, "2026-03-31"), triggers.MaxOutlookMonths+1)
	require.True(t, errors.Is(err, triggers.ErrOutlook))
	_, err = m.Outlook(absence.Date{Year: 2026, Month: 2, Day: 30}, 12)
	require.True(t, errors.Is(err, triggers.ErrInvalidDate))
}
