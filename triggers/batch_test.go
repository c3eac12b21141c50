package triggers_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// batchCases returns n random cases (employees and records of the property
// tests); every seventh has two overlapping records, which
// absence.NewHistory refuses.
func batchCases(n int) []triggers.Case {
	out := make([]triggers.Case, n)
	for i := range out {
		r := rand.New(rand.NewPCG(uint64(i), 9))
		emp := randomEmployee(r)
		emp.ID = fmt.Sprint("E", i)
		recs := randomRecords(r, emp)
		if i%7 == 3 {
			recs = append(recs, recs[0])
		}
		out[i] = triggers.Case{Employee: emp, Records: recs}
	}
	return out
}

// simpleCases returns n cheap cases: a Monday–Friday worker with one day off
// sick.
func simpleCases(t *testing.T, n int) []triggers.Case {
	out := make([]triggers.Case, n)
	for i := range out {
		out[i] = triggers.Case{Employee: monFri(t), Records: []absence.Record{cold(t, "2026-03-02")}}
	}
	return out
}

// stream yields the cases, counting how many were read.
func stream(cases []triggers.Case, read *atomic.Int64) iter.Seq2[triggers.Case, error] {
	return func(yield func(triggers.Case, error) bool) {
		for _, c := range cases {
			read.Add(1)
			if !yield(c, nil) {
				return
			}
		}
	}
}

// timelineText is the timeline of a Monitor as one comparable string.
func timelineText(m *triggers.Monitor) (string, error) {
	var b strings.Builder
	for _, a := range m.Timeline() {
		b.WriteString(a.String())
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// sequential evaluates the cases one by one, as Batch must.
func sequential(t *testing.T, cases []triggers.Case) ([]string, []error) {
	t.Helper()
	vals, errs := make([]string, len(cases)), make([]error, len(cases))
	for i, c := range cases {
		h, err := absence.NewHistory(c.Employee, c.Records, absence.HR14())
		if err != nil {
			errs[i] = err
			continue
		}
		m, err := triggers.New(h, triggers.HR14())
		require.NoError(t, err)
		vals[i], _ = timelineText(m)
	}
	return vals, errs
}

// TestBatchEqualsSequential: whatever the number of workers and the bound on
// cases in flight, Batch hands back every case, in input order, with the
// result (or the error) of evaluating it alone.
func TestBatchEqualsSequential(t *testing.T) {
	cases := batchCases(200)
	wantVals, wantErrs := sequential(t, cases)
	for _, workers := range []int{1, 3, 8} {
		for _, inFlight := range []int{1, 0} {
			t.Run(fmt.Sprintf("workers=%d,inFlight=%d", workers, inFlight), func(t *testing.T) {
				b := triggers.Batch[string]{Policy: triggers.HR14(), Workers: workers, InFlight: inFlight, Evaluate: timelineText}
				var read atomic.Int64
				next := 0
				err := b.Run(context.Background(), stream(cases, &read), func(r triggers.Result[string]) error {
					require.Equal(t, next, r.Index, "results out of order")
					assert.Equal(t, cases[next].Employee.ID, r.Case.Employee.ID)
					if wantErrs[next] != nil {
						assert.ErrorIs(t, r.Err, absence.ErrDuplicate, "case %d", next)
					} else {
						assert.NoError(t, r.Err, "case %d", next)
						assert.Equal(t, wantVals[next], r.Value, "case %d", next)
					}
					next++
					return nil
				})
				require.NoError(t, err)
				assert.Equal(t, len(cases), next)
			})
		}
	}
}

// TestBatchSummariseEqualsMonitor: with Summarise, each worker's Summariser
// gives every case the summaries of its Monitor (or NewHistory's error), in
// input order, whatever the number of workers.
func TestBatchSummariseEqualsMonitor(t *testing.T) {
	cases := batchCases(300)
	want := make([][]exactly, len(cases))
	for i, c := range cases {
		if h, err := absence.NewHistory(c.Employee, c.Records, absence.HR14()); err == nil {
			m, err := triggers.New(h, triggers.HR14())
			require.NoError(t, err)
			want[i] = exactSummaries(m.TimelineSummary())
		}
	}
	for _, workers := range []int{1, 3} {
		b := triggers.Batch[[]exactly]{Policy: triggers.HR14(), Workers: workers, InFlight: 40,
			Summarise: func(s *triggers.Summariser, c triggers.Case) ([]exactly, error) {
				sum, err := s.TimelineSummary(c.Employee, c.Records)
				return exactSummaries(sum), err // copied: sum is valid only during the call
			}}
		next := 0
		err := b.Run(context.Background(), stream(cases, new(atomic.Int64)), func(r triggers.Result[[]exactly]) error {
			require.Equal(t, next, r.Index)
			if want[next] == nil && r.Err != nil {
				assert.ErrorIs(t, r.Err, absence.ErrDuplicate, "case %d", next)
			} else {
				require.NoError(t, r.Err, "case %d", next)
				assert.Equal(t, want[next], r.Value, "case %d", next)
			}
			next++
			return nil
		})
		require.NoError(t, err)
		assert.Equal(t, len(cases), next)
	}
}

// TestBatchBoundsCasesInFlight: Run reads no more than InFlight (rounded up
// to whole groups of 32) plus three groups ahead of the result it hands back,
// so memory is bounded by the cases in flight, not by the stream.
func TestBatchBoundsCasesInFlight(t *testing.T) {
	cases := simpleCases(t, 2000)
	for _, inFlight := range []int{1, 64, 100} {
		var read atomic.Int64
		emitted, ahead := int64(0), int64(0)
		b := triggers.Batch[string]{Policy: triggers.HR14(), Workers: 2, InFlight: inFlight, Evaluate: timelineText}
		err := b.Run(context.Background(), stream(cases, &read), func(triggers.Result[string]) error {
			emitted++
			ahead = max(ahead, read.Load()-emitted)
			return nil
		})
		require.NoError(t, err)
		bound := int64((inFlight+31)/32*32 + 3*32)
		assert.LessOrEqual(t, ahead, bound, "InFlight %d", inFlight)
	}
}

// TestBatchStops: a stream error ends the run after the results before it;
// an error from emit ends it at once and stops reading; so does cancelling
// the context. No goroutine is left behind.
func TestBatchStops(t *testing.T) {
	before := runtime.NumGoroutine()
	cases := simpleCases(t, 500)
	b := triggers.Batch[string]{Policy: triggers.HR14(), Workers: 2, InFlight: 64, Evaluate: timelineText}
	errStream := errors.New("disk on fire")

	t.Run("stream error", func(t *testing.T) {
		in := func(yield func(triggers.Case, error) bool) {
			for i, c := range cases {
				if i == 40 {
					yield(triggers.Case{}, errStream)
					return
				}
				if !yield(c, nil) {
					return
				}
			}
		}
		n := 0
		err := b.Run(context.Background(), in, func(r triggers.Result[string]) error { n++; return nil })
		assert.ErrorIs(t, err, errStream)
		assert.Equal(t, 40, n, "the results before the error")
	})

	t.Run("emit error", func(t *testing.T) {
		var read atomic.Int64
		errStop := errors.New("stop")
		n := 0
		err := b.Run(context.Background(), stream(cases, &read), func(triggers.Result[string]) error {
			n++
			if n == 10 {
				return errStop
			}
			return nil
		})
		assert.ErrorIs(t, err, errStop)
		assert.Equal(t, 10, n)
		assert.Less(t, read.Load(), int64(len(cases)), "reading stopped")
	})

	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		var read atomic.Int64
		n := 0
		err := b.Run(ctx, stream(cases, &read), func(triggers.Result[string]) error {
			if n++; n == 5 {
				cancel()
			}
			return nil
		})
		assert.ErrorIs(t, err, context.Canceled)
		assert.Less(t, n, len(cases))
	})

	t.Run("invalid", func(t *testing.T) {
		bad := b
		bad.Policy.TRIG1.Episodes = 0
		assert.ErrorIs(t, bad.Run(context.Background(), stream(cases, new(atomic.Int64)), nil), triggers.ErrInvalidPolicy)
		none := b
		none.Evaluate = nil
		assert.ErrorIs(t, none.Run(context.Background(), stream(cases, new(atomic.Int64)), nil), triggers.ErrNoEvaluate)
		both := b
		both.Summarise = func(*triggers.Summariser, triggers.Case) (string, error) { return "", nil }
		assert.ErrorIs(t, both.Run(context.Background(), stream(cases, new(atomic.Int64)), nil), triggers.ErrNoEvaluate)
	})

	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before, "goroutines left behind")
}

// ExampleBatch evaluates a stream of employees in parallel and prints each
// one's activations, in input order.
func ExampleBatch() {
	w, _ := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	emp := func(id string) absence.Employee {
		return absence.Employee{ID: id, FTE: dec("1"), StandardDayHours: dec("7.5"), Schedule: w}
	}
	day := func(s string) absence.Period { p, _ := absence.ParsePeriod(s); return p }
	cases := []triggers.Case{
		{Employee: emp("E1"), Records: []absence.Record{
			{Period: day("2026-01-06/2026-01-07"), Reason: absence.Infection},
			{Period: day("2026-03-02"), Reason: absence.Musculoskeletal},
		}},
		{Employee: emp("E2"), Records: []absence.Record{
			{Period: day("2026-02-02/2026-03-06"), Reason: absence.Stress},
		}},
	}
	b := triggers.Batch[[]triggers.Activation]{
		Policy:   triggers.HR14(),
		Evaluate: func(m *triggers.Monitor) ([]triggers.Activation, error) { return m.Timeline(), nil },
	}
	err := b.Run(context.Background(), func(yield func(triggers.Case, error) bool) {
		for _, c := range cases {
			if !yield(c, nil) {
				return
			}
		}
	}, func(r triggers.Result[[]triggers.Activation]) error {
		if r.Err != nil {
			return r.Err
		}
		for _, a := range r.Value {
			fmt.Println(r.Case.Employee.ID, a.Trigger, a.Date)
		}
		return nil
	})
	fmt.Println("error:", err)
	// Output:
	// E1 TRIG-1 2026-03-02
	// E2 TRIG-2 2026-02-13
	// E2 TRIG-4 2026-02-13
	// E2 TRIG-5 2026-03-01
	// error: <nil>
}

// BenchmarkBatch is the whole-workforce path from cases, 1000 random
// employees (about 12 records each) per iteration on GOMAXPROCS workers:
// history, monitor and timeline with Evaluate (timeline), and the timeline
// summaries with Summarise (summarise).
func BenchmarkBatch(b *testing.B) {
	cases := batchCases(1000)
	cases = slices.DeleteFunc(cases, func(c triggers.Case) bool {
		_, err := absence.NewHistory(c.Employee, c.Records, absence.HR14())
		return err != nil
	})
	records := 0
	for _, c := range cases {
		records += len(c.Records)
	}
	for _, mode := range []string{"timeline", "summarise"} {
		bt := triggers.Batch[int]{Policy: triggers.HR14(), Evaluate: func(m *triggers.Monitor) (int, error) { return len(m.Timeline()), nil }}
		if mode == "summarise" {
			bt.Evaluate, bt.Summarise = nil, func(s *triggers.Summariser, c triggers.Case) (int, error) {
				sum, err := s.TimelineSummary(c.Employee, c.Records)
				return len(sum), err
			}
		}
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				err := bt.Run(context.Background(), stream(cases, new(atomic.Int64)), func(r triggers.Result[int]) error { return r.Err })
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
		})
	}
}
