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
//	reader ──chunks──▶ workers (parse, compute and format) ──in order──▶ writer
//
// Memory is bounded by the chunks in flight, whatever the size of the files.
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

	// The comparison, equality and trends reports (report set).
	report    string          // "compare", "equality" or "trends"; "" for timeline or windows
	other     triggers.Policy // --compare's policy
	in        period          // --from … --as-of
	differ    io.Writer       // --differ: the employees whose outcome differs; nil if not asked
	attrName  string          // --attributes
	attrs     io.Reader       // nil if not read
	attrTab   *attrTable      // the groups met in attrs
	scheme    *adjustScheme   // --adjustments: applied to disabled employees; nil if none
	refs      map[attribute]string
	html      io.Writer // --html (trends)
	summaries []string  // what the run says at its end on a terminal

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
	pools := newChunkPools(depth + 2*j.workers + 2)
	rd := &reader{absName: j.absName, empName: j.empName, emp: bufio.NewReaderSize(j.emp, 64<<10),
		parse: newEmployeeParser(j.pol), skip: j.skip, block: j.block, pools: pools}
	if j.attrs != nil {
		j.attrTab = newAttrTable()
		rd.attrs = &attrReader{name: j.attrName, rd: bufio.NewReaderSize(j.attrs, 64<<10), tab: j.attrTab}
	}
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
	switch {
	case j.windows:
		return j.runWindows(ctx, chunks, depth, done)
	case j.report == "compare":
		return j.runCompare(ctx, chunks, depth, done)
	case j.report == "equality":
		return j.runEquality(ctx, chunks, depth, done)
	case j.report == "trends":
		return j.runTrends(ctx, chunks, depth, done)
	}
	return j.runTimeline(ctx, chunks, depth, done)
}

func (j *batchJob) scanner() *scanner {
	return &scanner{absName: j.absName, empName: j.empName, attrName: j.attrName, skip: j.skip}
}

// runWindows computes and formats the windows report in the workers.
func (j *batchJob) runWindows(ctx context.Context, chunks <-chan *chunk, depth int, done func(*chunk)) error {
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
	return j.runReport(ctx, chunks, depth, done, j.out, header, func(c *chunk, out []byte) ([]byte, chunkResult) {
		st := <-states
		defer func() { states <- st }()
		sc := st.scan.scan(c, func(e *empRow, rows []absRow) {
			out = st.win.employee(out, e, rows)
		})
		return out, chunkResult{scanned: sc}
	})
}

// runTimeline evaluates each chunk's employees in the workers, each with its
// own triggers.Summariser, and writes the rows in input order.
func (j *batchJob) runTimeline(ctx context.Context, chunks <-chan *chunk, depth int, done func(*chunk)) error {
	states := make(chan *timelineWorker, j.workers)
	for range j.workers {
		w, err := newTimelineWorker(j.scanner(), j.pol, j.asOf, j.skip)
		if err != nil {
			return err
		}
		states <- w
	}
	return j.runReport(ctx, chunks, depth, done, j.out, []byte(timelineHeader), func(c *chunk, out []byte) ([]byte, chunkResult) {
		w := <-states
		defer func() { states <- w }()
		return w.chunk(c, out)
	})
}

// A chunkResult is what a worker gives back for a chunk: the report's rows
// and what scanning found.
type chunkResult struct {
	buf *[]byte
	scanned
	refused []refusal // employees the library refused, after the chunk's skipped rows
}

// runReport runs report on each chunk in the workers, appending the chunk's
// rows to a pooled buffer, and writes the rows in input order with the
// chunk's skipped rows and refused employees reported.
//
// Nothing is written before a chunk's rows have all been validated: the
// header goes out with the first chunk that has no bad row, a chunk with a
// bad row (which stops the run) writes none of its rows, and a run that
// stops in its first chunk leaves the output empty.
func (j *batchJob) runReport(ctx context.Context, chunks <-chan *chunk, depth int, done func(*chunk),
	w io.Writer, header []byte, report func(c *chunk, out []byte) ([]byte, chunkResult)) error {
	outPool := newBufferPool(depth + j.workers + 2)
	err := inOrder(ctx, chunks, j.workers, depth, func(c *chunk) chunkResult {
		if c.err != nil {
			return chunkResult{}
		}
		// The same size for every chunk, so that the pool's buffers serve
		// any chunk (the rows of a chunk may outgrow it: append grows it).
		buf := outPool.get(max(j.block, len(c.abs)) * 5 / 4)
		b, res := report(c, (*buf)[:0])
		*buf, res.buf = b, buf
		return res
	}, func(c *chunk, r chunkResult) error {
		if c.err != nil {
			j.log.skipped(c.skipped)
			return c.err
		}
		j.log.skipped(r.skipped)
		for _, x := range r.refused {
			j.log.skippedCase(x.msg, x.rows)
		}
		if r.err != nil {
			return r.err
		}
		var err error
		if header != nil {
			_, err = w.Write(header)
			header = nil
		}
		if err == nil && len(*r.buf) > 0 {
			_, err = w.Write(*r.buf)
		}
		outPool.put(r.buf)
		done(c)
		c.recycle()
		return err
	})
	if err == nil && header != nil { // no rows at all: the header alone
		_, err = w.Write(header)
	}
	return err
}
