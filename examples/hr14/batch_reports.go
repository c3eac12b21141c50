package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
)

// runCompare runs the comparison of two policies (batch_compare.go): the
// employees whose outcome differs go to j.differ in input order as chunks
// are done, the counts to j.out once the run is over.
func (j *batchJob) runCompare(ctx context.Context, chunks <-chan *chunk, depth int, done func(*chunk)) error {
	pool, err := newWorkerPool(j.workers, func() (*compareWorker, error) {
		return newCompareWorker(j.scanner(), j.pol, j.other, j.asOf, j.in, j.skip)
	})
	if err != nil {
		return err
	}
	differ, header := io.Discard, []byte(nil)
	if j.differ != nil {
		differ, header = j.differ, []byte("employee_id\n")
	}
	err = j.runReport(ctx, chunks, depth, done, differ, header, func(c *chunk, out []byte) (res []byte, r chunkResult) {
		pool.with(func(w *compareWorker) { res, r = w.chunk(c, out, j.differ != nil) })
		return res, r
	})
	if err != nil {
		return err
	}
	var acc compareAcc
	for _, w := range pool.all {
		acc.merge(&w.acc)
	}
	j.summaries = append(j.summaries, fmt.Sprintf("%d of %d employees with absences have another outcome under the other policy", acc.differ, acc.evaluated))
	return writeCompare(j.out, &acc)
}

// runEquality runs the equality report (batch_equality.go).
func (j *batchJob) runEquality(ctx context.Context, chunks <-chan *chunk, depth int, done func(*chunk)) error {
	pool, err := newWorkerPool(j.workers, func() (*equalityWorker, error) { return newEqualityWorker(j) })
	if err != nil {
		return err
	}
	err = j.runReport(ctx, chunks, depth, done, io.Discard, nil, func(c *chunk, out []byte) (_ []byte, r chunkResult) {
		pool.with(func(w *equalityWorker) { r = w.chunk(c) })
		return out, r
	})
	if err != nil {
		return err
	}
	var acc equalityAcc
	for _, w := range pool.all {
		acc.merge(&w.acc)
	}
	ref, err := references(j.attrTab, &acc, j.refs)
	if err != nil {
		return err
	}
	return writeEquality(j.out, j.attrTab, &acc, ref, j.scheme != nil)
}

// runTrends runs the trends report (batch_trends.go), with its HTML page
// when asked for.
func (j *batchJob) runTrends(ctx context.Context, chunks <-chan *chunk, depth int, done func(*chunk)) error {
	pool, err := newWorkerPool(j.workers, func() (*trendsWorker, error) { return newTrendsWorker(j) })
	if err != nil {
		return err
	}
	err = j.runReport(ctx, chunks, depth, done, io.Discard, nil, func(c *chunk, out []byte) (_ []byte, r chunkResult) {
		pool.with(func(w *trendsWorker) { r = w.chunk(c) })
		return out, r
	})
	if err != nil {
		return err
	}
	acc := trendsAcc{cells: map[teamKey]*trendCell{}}
	for _, w := range pool.all {
		acc.merge(&w.acc)
	}
	tab := j.attrTab
	if tab == nil {
		tab = newAttrTable()
	}
	rows := trendRows(tab, &acc, j.in)
	j.summaries = append(j.summaries, strconv.Itoa(len(rows))+" rows of team trends")
	if err := writeTrends(j.out, rows); err != nil {
		return err
	}
	if j.html != nil {
		return writeTrendsHTML(j.html, rows, j.pol, j.in)
	}
	return nil
}

// A workerPool holds a report's workers, one for each of runReport's
// goroutines, so that each keeps its own buffers and totals; a chunk
// borrows a free one for its work. The totals are merged from all once the
// run is over.
type workerPool[W any] struct {
	all  []W
	free chan W
}

// newWorkerPool makes n workers with newWorker.
func newWorkerPool[W any](n int, newWorker func() (W, error)) (*workerPool[W], error) {
	p := &workerPool[W]{all: make([]W, 0, n), free: make(chan W, n)}
	for range n {
		w, err := newWorker()
		if err != nil {
			return nil, err
		}
		p.all = append(p.all, w)
		p.free <- w
	}
	return p, nil
}

// with runs f with a free worker, waiting for one if all are busy.
func (p *workerPool[W]) with(f func(W)) {
	w := <-p.free
	defer func() { p.free <- w }()
	f(w)
}
