package triggers

import "github.com/absencerules/hr14/absence"

// An Activated is an activation reduced to its trigger point and its days:
// what a workforce report that counts activations (how many employees
// activate TRIG-1 in March, under this policy or that one) needs, without
// even the counts of a [Summary]'s evidence. Its fields are those of the
// Summary, and so of the [Activation].
type Activated struct {
	Trigger Trigger      `json:"trigger"`
	Date    absence.Date `json:"date"`
	// Cleared is as in Activation: zero, in ActivationsTo, while still
	// active on the cut-off date.
	Cleared absence.Date `json:"cleared"`
}

// appendActivated appends the activations to out, as appendSummary finds
// them.
func (m *Monitor) appendActivated(out []Activated, cut int, cutting bool) []Activated {
	m.activations(cut, cutting, func(t Trigger, s span) {
		a := Activated{Trigger: t, Date: m.b.date(s.from)}
		if !cutting || s.to < cut {
			a.Cleared = m.b.date(s.to + 1)
		}
		out = append(out, a)
	})
	return out
}

// Activations returns emp's activations over the whole of records, as
// [Summariser.TimelineSummary] gives them (and so [Monitor.Timeline]),
// reduced to their trigger points and days. It fails with the error
// absence.NewHistory would. The result shares s's memory: it is valid until
// the next call.
func (s *Summariser) Activations(emp absence.Employee, records []absence.Record) ([]Activated, error) {
	if err := s.load(emp, records); err != nil {
		return nil, err
	}
	s.acts = s.m.appendActivated(s.acts[:0], noClip, false)
	return s.acts, nil
}

// ActivationsTo is Activations as of asOf, as
// [Summariser.TimelineSummaryTo]. It also fails for an invalid date.
func (s *Summariser) ActivationsTo(emp absence.Employee, records []absence.Record, asOf absence.Date) ([]Activated, error) {
	if !asOf.IsValid() {
		s.runs = absence.CountedRuns{}
		return nil, dateErr("asOf", asOf)
	}
	if err := s.load(emp, records); err != nil {
		return nil, err
	}
	s.acts = s.m.appendActivated(s.acts[:0], asOf.UnixDays(), true)
	return s.acts, nil
}

// Activations returns emp's activations under each policy, as
// [Summariser.Activations] under each gives them. Errors and memory are as
// in [Comparer.TimelineSummaries].
func (c *Comparer) Activations(emp absence.Employee, records []absence.Record) (a, b []Activated, err error) {
	return c.activated(emp, records, noClip, false)
}

// ActivationsTo is Activations as of asOf. It also fails for an invalid
// date.
func (c *Comparer) ActivationsTo(emp absence.Employee, records []absence.Record, asOf absence.Date) (a, b []Activated, err error) {
	if !asOf.IsValid() {
		c.a.runs, c.b.runs = absence.CountedRuns{}, absence.CountedRuns{}
		return nil, nil, dateErr("asOf", asOf)
	}
	return c.activated(emp, records, asOf.UnixDays(), true)
}

func (c *Comparer) activated(emp absence.Employee, records []absence.Record, cut int, cutting bool) (a, b []Activated, err error) {
	if err := c.loadBoth(emp, records); err != nil {
		return nil, nil, err
	}
	c.a.acts = c.a.m.appendActivated(c.a.acts[:0], cut, cutting)
	c.b.acts = c.b.m.appendActivated(c.b.acts[:0], cut, cutting)
	return c.a.acts, c.b.acts, nil
}
