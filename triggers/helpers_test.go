package triggers_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// d parses a date in a test, failing the test on a typo.
func d(t testing.TB, s string) absence.Date {
	t.Helper()
	v, err := absence.ParseDate(s)
	require.NoError(t, err, "bad test date %q", s)
	return v
}

// p parses "start/end" or a single date.
func p(t testing.TB, s string) absence.Period {
	t.Helper()
	v, err := absence.ParsePeriod(s)
	require.NoError(t, err, "bad test period %q", s)
	return v
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// worker returns an employee on a weekly pattern (ParseWeekMask form) at the
// given FTE, 7.5-hour days.
func worker(t testing.TB, mask, fte string) absence.Employee {
	t.Helper()
	w, err := absence.ParseWeekMask(mask, dec("7.5"))
	require.NoError(t, err)
	return absence.Employee{ID: "e1", FTE: dec(fte), StandardDayHours: dec("7.5"), Schedule: w}
}

// monFri is the full-time Monday–Friday worker of the worked
// examples.
func monFri(t testing.TB) absence.Employee { return worker(t, "MTWTF..", "1") }

func sick(t testing.TB, period string, reason absence.Reason) absence.Record {
	t.Helper()
	return absence.Record{Period: p(t, period), Reason: reason}
}

// cold is an ordinary countable sickness record.
func cold(t testing.TB, period string) absence.Record { return sick(t, period, absence.Infection) }

func monitor(t testing.TB, emp absence.Employee, pol triggers.Policy, recs ...absence.Record) *triggers.Monitor {
	t.Helper()
	h, err := absence.NewHistory(emp, recs, pol.Recording)
	require.NoError(t, err)
	m, err := triggers.New(h, pol)
	require.NoError(t, err)
	return m
}

func evaluate(t testing.TB, m *triggers.Monitor, asOf string) triggers.Status {
	t.Helper()
	st, err := m.Evaluate(d(t, asOf))
	require.NoError(t, err)
	return st
}

func check(t testing.TB, st triggers.Status, tr triggers.Trigger) triggers.Check {
	t.Helper()
	c, ok := st.Check(tr)
	require.True(t, ok)
	return c
}

// activations returns the timeline as "TRIG-n date" strings.
func activations(m *triggers.Monitor) []string {
	var out []string
	for _, a := range m.Timeline() {
		out = append(out, a.Trigger.String()+" "+a.Date.String())
	}
	return out
}
