package triggers

import "github.com/absencerules/hr14/absence"

// A Comparer gives the timeline summaries of one employee after another
// under two policies, for a trust weighing a change of policy against the
// one it has ("2 episodes in 6 months" against "3 in 12"): the summaries
// under each are exactly those of a [Summariser] of that policy, so those
// of the Monitors that New builds from absence.NewHistory under each.
//
// When the two policies record absences alike (equal Recording: the same
// exclusions and part-day reading, so the same episodes), the episodes are
// formed once and both sweeps run on them; otherwise each policy forms its
// own. A Comparer reuses its memory from one employee to the next and is not
// safe for concurrent use: give each goroutine its own.
type Comparer struct {
	a, b  *Summariser
	share bool // a and b record alike: b sweeps a's counted runs
}

// NewComparer returns a Comparer of policies a and b. It fails with
// [ErrInvalidPolicy] if either is invalid.
func NewComparer(a, b Policy) (*Comparer, error) {
	sa, err := NewSummariser(a)
	if err != nil {
		return nil, err
	}
	sb, err := NewSummariser(b)
	if err != nil {
		return nil, err
	}
	return &Comparer{a: sa, b: sb, share: a.Recording.Equal(b.Recording)}, nil
}

// Policies returns the two policies c compares.
func (c *Comparer) Policies() (a, b Policy) { return c.a.policy, c.b.policy }

// TimelineSummaries returns emp's summaries over the whole of records under
// each policy: what [Summariser.TimelineSummary] returns under a and under
// b. It fails with the first error of either (the error absence.NewHistory
// gives for records it refuses, under a's recording policy first). Both
// results share c's memory: they are valid until the next call.
func (c *Comparer) TimelineSummaries(emp absence.Employee, records []absence.Record) (a, b []Summary, err error) {
	return c.summaries(emp, records, noClip, false)
}

// TimelineSummariesTo is TimelineSummaries as of asOf, as
// [Summariser.TimelineSummaryTo] under each policy. It also fails for an
// invalid date.
func (c *Comparer) TimelineSummariesTo(emp absence.Employee, records []absence.Record, asOf absence.Date) (a, b []Summary, err error) {
	if !asOf.IsValid() {
		c.a.runs, c.b.runs = absence.CountedRuns{}, absence.CountedRuns{}
		return nil, nil, dateErr("asOf", asOf)
	}
	return c.summaries(emp, records, asOf.UnixDays(), true)
}

// loadBoth prepares both Summarisers for emp and records.
func (c *Comparer) loadBoth(emp absence.Employee, records []absence.Record) error {
	if err := c.a.load(emp, records); err != nil {
		c.b.runs = absence.CountedRuns{}
		return err
	}
	if c.share {
		return c.b.loadRuns(emp, c.a.runs)
	}
	return c.b.load(emp, records)
}

func (c *Comparer) summaries(emp absence.Employee, records []absence.Record, cut int, cutting bool) (a, b []Summary, err error) {
	if err := c.loadBoth(emp, records); err != nil {
		return nil, nil, err
	}
	c.a.out = c.a.m.appendSummary(c.a.out[:0], cut, cutting)
	c.b.out = c.b.m.appendSummary(c.b.out[:0], cut, cutting)
	return c.a.out, c.b.out, nil
}

// Counted returns the counted runs of the last employee under each policy,
// as [Summariser.Counted]: the same runs when the policies record alike.
func (c *Comparer) Counted() (a, b absence.CountedRuns) { return c.a.runs, c.b.runs }
