package triggers

import "github.com/absencerules/hr14/absence"

// WithAdjustment returns a new Summariser like s whose thresholds are raised
// by a, a reasonable adjustment (TRIG-9): its summaries are those of
// [Monitor.WithAdjustment] with a on the Monitor that New builds from the
// same input. It is for a workforce run that applies a trust's adjustments
// to the employees they are agreed for, with one Summariser for them and
// one for everybody else. It fails with [ErrAdjustment] if a would lower a
// threshold, as Monitor.WithAdjustment does.
//
// The new Summariser shares no memory with s.
func (s *Summariser) WithAdjustment(a Adjustment) (*Summariser, error) {
	if err := a.Validate(s.policy); err != nil {
		return nil, err
	}
	n, err := NewSummariser(s.policy)
	if err != nil {
		return nil, err // never: s's policy is valid
	}
	n.m.adj = a
	return n, nil
}

// Adjustment returns the reasonable adjustment s applies (zero if none).
func (s *Summariser) Adjustment() Adjustment { return s.m.adj }

// Counted returns the counted runs of the employee of the last call of
// TimelineSummary or TimelineSummaryTo that got as far as forming the
// episodes (absence.Builder.Counted under the policy's Recording): the
// episodes' days that count, for a workforce report that needs them beside
// the activations (days lost, episodes begun) without forming them again.
// It shares s's memory: it is valid until the next call. After a call that
// failed to form the episodes it is empty.
func (s *Summariser) Counted() absence.CountedRuns { return s.runs }
