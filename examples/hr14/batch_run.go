package main

import (
	"bufio"
	"context"
	"io"
	"sync"
	"sync/atomic"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// A batchJob is one run of hr14 batch: a pipeline that streams both files
// through the workers and writes the report in input order.
//
//	reader ──chunks──▶ workers (parse; windows: compute and format) ──in order──▶ writer
//	                   timeline: parsed cases ──▶ triggers.Batch ──in order──▶ writer
//
// Memory is bounded by the chunks and cases in flight, whatever the size of
// the files.
type batchJob struct {
	absName, empName string
	abs, emp         io.Reader
	pol              triggers.Policy
	asOf             absence.Date // zero: none
	windows          bool         // --report windows
	skip             bool         // --skip-invalid
	workers          int
	block            int // bytes of absences per chunk
	out              io.Writer
	log              *batchLog

	stats batchStats
}

// batchStats are the counts of a run, updated as chunks are written.
type batchStats struct {
	rows      atomic.Int64 // absence rows read
	employees atomic.Int64 // employees.csv rows read
	bytes     atomic.Int64 // input bytes done
}

func (j *batchJob) run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	depth := 4 * j.workers
	pool := newBufferPool(depth + 2*j.workers + 2)
	rd := &reader{absName: j.absName, empName: j.empName, emp: bufio.NewReaderSize(j.emp, 64<<10),
		parse: newEmployeeParser(j.pol), skip: j.skip, block: j.block, pool: pool}
	chunks := make(chan *chunk, j.workers)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		rd.run(ctx, j.abs, chunks)
	}()
	defer func() {
		cancel()
		wg.Wait()
	}()
	done := func(c *chunk) {
		j.stats.rows.Add(int64(c.rows))
		j.stats.employees.Add(int64(len(c.emps)))
		j.stats.bytes.Add(c.size)
	}
	if j.windows {
		return j.runWindows(ctx, chunks, pool, depth, done)
	}
	return j.runTimeline(ctx, chunks, pool, depth, done, &wg)
}

func (j *batchJob) scanner() *scanner {
	return &scanner{absName: j.absName, empName: j.empName, skip: j.skip}
}

// runWindows computes and formats the windows report in the workers.
func (j *batchJob) runWindows(ctx context.Context, chunks <-chan *chunk, pool *bufferPool, depth int, done func(*chunk)) error {
	asOf := int32(1<<31 - 1)
	if !j.asOf.IsZero() {
		asOf = int32(j.asOf.UnixDays())
	}
	type state struct {
		scan *scanner
		win  *windowReport
	}
	states := make(chan *state, j.workers)
	var header []byte
	for range j.workers {
		st := &state{scan: j.scanner(), win: newWindowReport(j.pol, asOf)}
		header = st.win.header()
		states <- st
	}
	if _, err := j.out.Write(header); err != nil {
		return err
	}
	type result struct {
		buf *[]byte
		scanned
	}
	outPool := newBufferPool(depth + j.workers + 2)
	return inOrder(ctx, chunks, j.workers, depth, func(c *chunk) result {
		if c.err != nil {
			return result{}
		}
		st := <-states
		defer func() { states <- st }()
		buf := outPool.get(len(c.abs) + len(c.abs)/4)
		b := (*buf)[:0]
		sc := st.scan.scan(c, func(e *empRow, rows []absRow) {
			b = st.win.employee(b, e, rows)
		})
		*buf = b
		return result{buf, sc}
	}, func(c *chunk, r result) error {
		if c.err != nil {
			j.log.skipped(c.skipped)
			return c.err
		}
		j.log.skipped(r.skipped)
		_, err := j.out.Write(*r.buf)
		outPool.put(r.buf)
		pool.put(c.buf)
		done(c)
		if err != nil {
			return err
		}
		return r.err
	})
}

// runTimeline parses cases in the workers and evaluates them with
// triggers.Batch.
func (j *batchJob) runTimeline(ctx context.Context, chunks <-chan *chunk, pool *bufferPool, depth int, done func(*chunk), wg *sync.WaitGroup) error {
	if _, err := io.WriteString(j.out, timelineHeader); err != nil {
		return err
	}
	states := make(chan *scanner, j.workers)
	for range j.workers {
		states <- j.scanner()
	}
	parsed := make(chan *parsedChunk, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(parsed)
		_ = inOrder(ctx, chunks, j.workers, depth, func(c *chunk) *parsedChunk {
			if c.err != nil {
				return &parsedChunk{c: c, scanned: scanned{skipped: c.skipped}}
			}
			st := <-states
			defer func() { states <- st }()
			pc := parseCases(st, c)
			pool.put(c.buf) // the cases do not refer to the text
			c.abs, c.buf = nil, nil
			return pc
		}, func(_ *chunk, pc *parsedChunk) error {
			select {
			case parsed <- pc:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	q := &chunkQueue{log: j.log, done: done}
	cases := func(yield func(triggers.Case, error) bool) {
		for pc := range parsed {
			q.push(pc)
			if pc.c.err != nil {
				yield(triggers.Case{}, pc.c.err)
				return
			}
			for k := range pc.cases {
				if !yield(pc.cases[k], nil) {
					return
				}
			}
			if pc.scanned.err != nil {
				yield(triggers.Case{}, pc.scanned.err)
				return
			}
		}
	}
	w := bufio.NewWriterSize(j.out, 1<<20)
	sc := j.scanner()
	asOf := j.asOf
	b := triggers.Batch[[]byte]{
		Policy:   j.pol,
		Workers:  j.workers,
		Evaluate: func(m *triggers.Monitor) ([]byte, error) { return timelineRows(m, asOf) },
	}
	err := b.Run(ctx, cases, func(r triggers.Result[[]byte]) error {
		pc, k := q.locate(r.Index)
		if r.Err != nil {
			e := sc.caseError(r.Case.Employee.ID, pc.meta[k], r.Err)
			if !j.skip {
				return e
			}
			j.log.skippedCase(e.Error(), pc.meta[k].rows)
			return nil
		}
		_, err := w.Write(r.Value)
		return err
	})
	q.finish()
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// A chunkQueue holds the parsed chunks whose cases are in triggers.Batch, so
// that each result can be traced back to its lines, and reports each chunk's
// skipped rows when its first case is written.
type chunkQueue struct {
	mu   sync.Mutex
	q    []*parsedChunk
	base []int // index of the first case of each chunk in q
	next int   // index of the first case of the next chunk pushed
	log  *batchLog
	done func(*chunk)
	cur  *parsedChunk // the front chunk, whose skipped rows have been reported
}

func (q *chunkQueue) push(pc *parsedChunk) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.q = append(q.q, pc)
	q.base = append(q.base, q.next)
	q.next += len(pc.cases)
}

// locate returns the chunk of case i and its position in it, finishing the
// chunks before it.
func (q *chunkQueue) locate(i int) (*parsedChunk, int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		pc := q.q[0]
		if q.cur != pc {
			q.cur = pc
			q.log.skipped(pc.scanned.skipped)
		}
		if k := i - q.base[0]; k < len(pc.cases) {
			return pc, k
		}
		q.pop()
	}
}

func (q *chunkQueue) pop() {
	if q.cur != q.q[0] {
		q.log.skipped(q.q[0].scanned.skipped)
	}
	q.done(q.q[0].c)
	q.q[0], q.cur = nil, nil
	q.q, q.base = q.q[1:], q.base[1:]
}

// finish finishes every chunk left.
func (q *chunkQueue) finish() {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.q) > 0 {
		q.pop()
	}
}
