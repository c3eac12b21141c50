package triggers

import (
	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A Summariser gives the timeline summaries ([Monitor.TimelineSummary]) of
// one employee after another, reusing its memory: the whole-workforce path.
// It forms each employee's episodes with an absence.Builder (the code of
// absence.NewHistory without the explanation nobody reads here) and sweeps
// them with the code of [New] and [Monitor.TimelineSummary], so its
// summaries are those of
//
//	h, err := absence.NewHistory(emp, records, pol.Recording)
//	m, err := triggers.New(h, pol)
//	m.TimelineSummary()
//
// at a small part of the cost: once its buffers have grown to the largest
// history it allocates nothing per employee, and it works out the
// thresholds of each distinct FTE once.
//
// A Summariser is not safe for concurrent use: give each goroutine its own.
type Summariser struct {
	b      *absence.Builder
	m      Monitor // prepared for the current employee, in reused memory
	full   base
	cache  map[thresholdKey]*thresholdEntry
	out    []Summary
	acts   []Activated
	policy Policy
	runs   absence.CountedRuns // the counted runs of the last employee loaded
}

// thresholdKey is the exact representation of an employee's FTE and
// standard day hours, on which the thresholds depend.
type thresholdKey struct {
	fte, hours   int64
	fteE, hoursE int32
}

type thresholdEntry struct {
	th  *[numTriggers]Threshold
	lim limits
}

// maxThresholds bounds the thresholds a Summariser keeps: a workforce has a
// few hundred distinct FTEs at most.
const maxThresholds = 4096

// NewSummariser returns a Summariser evaluating under pol. It fails with
// [ErrInvalidPolicy] for an invalid policy.
func NewSummariser(pol Policy) (*Summariser, error) {
	if err := pol.Validate(); err != nil {
		return nil, err
	}
	b, err := absence.NewBuilder(pol.Recording)
	if err != nil {
		return nil, err
	}
	s := &Summariser{b: b, cache: map[thresholdKey]*thresholdEntry{}, policy: pol}
	s.full.memo = newDayMemo(pol)
	s.m = Monitor{h: absence.History{Policy: pol.Recording}, pol: pol, reuse: true, full: &s.full}
	return s, nil
}

// Policy returns the policy s evaluates under.
func (s *Summariser) Policy() Policy { return s.policy }

// TimelineSummary returns the summaries of emp's activations over the whole
// of records, as [Monitor.TimelineSummary] of the Monitor that New builds
// from absence.NewHistory(emp, records, pol.Recording) does; it fails with
// the error NewHistory would. The result shares s's memory: it is valid until
// the next call.
func (s *Summariser) TimelineSummary(emp absence.Employee, records []absence.Record) ([]Summary, error) {
	if err := s.load(emp, records); err != nil {
		return nil, err
	}
	s.out = s.m.appendSummary(s.out[:0], noClip, false)
	return s.out, nil
}

// TimelineSummaryTo is TimelineSummary as of asOf: as
// [Monitor.TimelineSummaryTo]. It also fails for an invalid date.
func (s *Summariser) TimelineSummaryTo(emp absence.Employee, records []absence.Record, asOf absence.Date) ([]Summary, error) {
	if !asOf.IsValid() {
		s.runs = absence.CountedRuns{}
		return nil, dateErr("asOf", asOf)
	}
	if err := s.load(emp, records); err != nil {
		return nil, err
	}
	s.out = s.m.appendSummary(s.out[:0], asOf.UnixDays(), true)
	return s.out, nil
}

// load prepares s.m for emp and records, as New prepares a Monitor.
func (s *Summariser) load(emp absence.Employee, records []absence.Record) error {
	runs, err := s.b.Counted(emp, records)
	if err != nil {
		s.runs = absence.CountedRuns{}
		return err
	}
	return s.loadRuns(emp, runs)
}

// loadRuns prepares s.m for emp and the counted runs of its records, built
// under s.policy.Recording from a validated emp.
func (s *Summariser) loadRuns(emp absence.Employee, runs absence.CountedRuns) error {
	s.runs = runs
	m := &s.m
	// The History has no episodes: only their counted runs, in s.full, and
	// the summaries never look further.
	m.h.Employee = emp // its Policy is set once, by NewSummariser
	if err := s.full.reset(runs); err != nil {
		return err // never: the Builder's runs are in order
	}
	m.days.reset(emp.Schedule, &s.full)
	s.thresholds()
	m.prepare()
	return nil
}

// thresholds sets the thresholds of s.m, worked out once for each exact FTE
// and standard day.
func (s *Summariser) thresholds() {
	m := &s.m
	emp := m.h.Employee
	// The Builder has validated them: FTE at most 1 and hours at most 24, so
	// with an exponent of -17 or more each coefficient fits in an int64.
	if !exact(emp.FTE) || !exact(emp.StandardDayHours) {
		m.thresholds()
		return
	}
	key := thresholdKey{emp.FTE.CoefficientInt64(), emp.StandardDayHours.CoefficientInt64(), emp.FTE.Exponent(), emp.StandardDayHours.Exponent()}
	if e := s.cache[key]; e != nil {
		m.th, m.lim = e.th, e.lim
		return
	}
	m.thresholds()
	if len(s.cache) < maxThresholds {
		s.cache[key] = &thresholdEntry{th: m.th, lim: m.lim}
	}
}

// exact reports whether the coefficient of d, a validated FTE or day
// length (at most 24), fits in an int64.
func exact(d decimal.Decimal) bool { return d.Exponent() >= -17 }
