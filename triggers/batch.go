package triggers

import (
	"context"
	"iter"
	"runtime"
	"sync"

	"github.com/absencerules/hr14/absence"
)

// A Case is one employee's input to a [Batch]: the employee and their absence
// records, as absence.NewHistory takes them (in any order).
type Case struct {
	Employee absence.Employee
	Records  []absence.Record
}

// A Result is what a [Batch] gives back for one case, in the order of the
// input.
type Result[R any] struct {
	// Index is the position of the case in the input stream, from 0.
	Index int
	// Case is the case as read from the stream.
	Case Case
	// Value is what Batch.Evaluate (or Summarise) returned; the zero R when
	// Err is set.
	Value R
	// Err is why this case could not be evaluated: the error of
	// absence.NewHistory (an *absence.InputError naming the record by index),
	// of [New], or of Evaluate (or Summarise). The other cases are not
	// affected.
	Err error
}

// A Batch evaluates many employees' absence histories in parallel, the
// whole-workforce run: for each [Case] of a stream it builds the history
// (absence.NewHistory under Policy.Recording) and the [Monitor] (under
// Policy), calls Evaluate on it in one of Workers goroutines, and hands the
// results to the caller in input order, one at a time. With Summarise
// instead, each worker finds the cases' timeline summaries with a
// [Summariser] of its own, without building either.
//
// Memory is bounded by the cases in flight, not by the stream: Run reads at
// most about InFlight cases ahead of the one it is handing back, so a stream
// of a million employees can be evaluated with the memory of a few thousand
// histories. The output order, and so the output, does not depend on Workers.
//
// A Batch holds no state between runs; one value may be Run many times, also
// concurrently.
type Batch[R any] struct {
	// Policy is the trigger policy every case is evaluated under; its
	// Recording is the absence policy the histories are built with.
	Policy Policy
	// Evaluate computes the result of one employee from their Monitor: for
	// example m.Timeline(), or m.Evaluate(asOf). It runs in a worker
	// goroutine, concurrently with other calls, so it must not share mutable
	// state without synchronisation. Evaluate or Summarise is required, not
	// both.
	Evaluate func(m *Monitor) (R, error)
	// Summarise, instead of Evaluate, computes the result of one employee
	// from their timeline summaries, for the whole-workforce timeline: each
	// worker has a Summariser of its own, and Summarise calls
	// s.TimelineSummary(c.Employee, c.Records) or TimelineSummaryTo on it,
	// at a small part of the cost of building the History and the Monitor
	// (see [Summariser]). What s returns is valid only during the call; a
	// refusal of the records is the Result's Err as with Evaluate.
	Summarise func(s *Summariser, c Case) (R, error)
	// Workers is the number of goroutines evaluating cases; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// InFlight bounds the cases read from the stream but not yet handed back;
	// 0 means 256 per worker.
	InFlight int
}

// batchGroup is how many consecutive cases a worker takes at a time, so that
// the cost of handing work between goroutines is shared by many cases.
const batchGroup = 32

// ErrNoEvaluate is returned by [Batch.Run] when Batch.Evaluate and
// Batch.Summarise are both nil, or both set.
const ErrNoEvaluate Error = "batch needs one Evaluate or Summarise function"

// Run evaluates every case of cases and calls emit with each [Result], in
// input order, from the goroutine that called Run.
//
// A case that cannot be evaluated is not an error of the run: its Result
// carries the error, and emit decides whether to stop (by returning an error)
// or to go on. Run stops at the first error of the stream itself (the error
// of a pair yielded by cases, returned as it is, after the results of the
// cases before it), at the first error emit returns (returned as it is), or
// when ctx is done (ctx.Err()). It fails at once with [ErrInvalidPolicy] or
// [ErrNoEvaluate] before reading the stream.
//
// Run returns only when the iteration of cases has stopped and every worker
// has finished.
func (b Batch[R]) Run(ctx context.Context, cases iter.Seq2[Case, error], emit func(Result[R]) error) error {
	if err := b.Policy.Validate(); err != nil {
		return err
	}
	basis := b.Policy.Basis() // once for every employee
	if (b.Evaluate == nil) == (b.Summarise == nil) {
		return ErrNoEvaluate
	}
	workers := b.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	inFlight := b.InFlight
	if inFlight <= 0 {
		inFlight = 256 * workers
	}
	groups := max(1, (inFlight+batchGroup-1)/batchGroup)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The reader sends each group of cases both to the workers and, in order,
	// to the emitter; the capacity of ordered bounds the groups in flight.
	type group struct {
		results []Result[R]
		err     error         // the stream's error after these results
		done    chan struct{} // closed when results are evaluated
	}
	work := make(chan *group, workers)
	ordered := make(chan *group, groups)

	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the reader
		defer wg.Done()
		defer close(ordered)
		defer close(work)
		send := func(g *group) bool {
			select {
			case ordered <- g:
			case <-ctx.Done():
				return false
			}
			select {
			case work <- g:
				return true
			case <-ctx.Done():
				close(g.done) // the emitter is no longer waiting for it
				return false
			}
		}
		g := &group{done: make(chan struct{})}
		i := 0
		for c, err := range cases {
			if err != nil {
				g.err = err
				break
			}
			g.results = append(g.results, Result[R]{Index: i, Case: c})
			i++
			if len(g.results) == batchGroup {
				if !send(g) {
					return
				}
				g = &group{done: make(chan struct{})}
			}
			if ctx.Err() != nil {
				return
			}
		}
		if len(g.results) > 0 || g.err != nil {
			send(g)
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s *Summariser
			if b.Summarise != nil {
				s, _ = NewSummariser(b.Policy) // the policy is valid
			}
			for g := range work {
				for k := range g.results {
					if ctx.Err() != nil {
						break
					}
					b.evaluate(&g.results[k], s, basis)
				}
				close(g.done)
			}
		}()
	}

	err := func() error {
		for g := range ordered {
			select {
			case <-g.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			for _, r := range g.results {
				if err := emit(r); err != nil {
					return err
				}
			}
			if g.err != nil {
				return g.err
			}
		}
		return ctx.Err()
	}()
	cancel()
	for range ordered { // let the reader finish
	}
	wg.Wait()
	return err
}

// evaluate fills in the value or error of one result, with the worker's
// Summariser s when summarising.
func (b Batch[R]) evaluate(r *Result[R], s *Summariser, basis absence.Basis) {
	if s != nil {
		r.Value, r.Err = b.Summarise(s, r.Case)
		return
	}
	h, err := absence.NewHistory(r.Case.Employee, r.Case.Records, b.Policy.Recording)
	if err != nil {
		r.Err = err
		return
	}
	m, err := newMonitor(h, b.Policy, basis) // the policy is valid
	if err != nil {
		r.Err = err
		return
	}
	r.Value, r.Err = b.Evaluate(m)
}
