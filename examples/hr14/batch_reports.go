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
	all := make([]*compareWorker, 0, j.workers)
	free := make(chan *compareWorker, j.workers)
	for range j.workers {
		w, err := newCompareWorker(j.scanner(), j.pol, j.other, j.asOf, j.in, j.skip)
		if err != nil {
			return err
		}
		all = append(all, w)
		free <- w
	}
	differ, header := io.Discard, []byte(nil)
	if j.differ != nil {
		differ, header = j.differ, []byte("employee_id\n")
	}
	err := j.runReport(ctx, chunks, depth, done, differ, header, func(c *chunk, out []byte) ([]byte, chunkResult) {
		w := <-free
		defer func() { free <- w }()
		return w.chunk(c, out, j.differ != nil)
	})
	if err != nil {
		return err
	}
	var acc compareAcc
	for _, w := range all {
		acc.merge(&w.acc)
	}
	j.summaries = append(j.summaries, fmt.Sprintf("%d of %d employees with absences have another outcome under the other policy", acc.differ, acc.evaluated))
	return writeCompare(j.out, &acc)
}

// runEquality runs the equality report (batch_equality.go).
func (j *batchJob) runEquality(ctx context.Context, chunks <-chan *chunk, depth int, done func(*chunk)) error {
	all := make([]*equalityWorker, 0, j.workers)
	free := make(chan *equalityWorker, j.workers)
	for range j.workers {
		w, err := newEqualityWorker(j)
		if err != nil {
			return err
		}
		all = append(all, w)
		free <- w
	}
	err := j.runReport(ctx, chunks, depth, done, io.Discard, nil, func(c *chunk, out []byte) ([]byte, chunkResult) {
		w := <-free
		defer func() { free <- w }()
		return out, w.chunk(c)
	})
	if err != nil {
		return err
	}
	var acc equalityAcc
	for _, w := range all {
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
	all := make([]*trendsWorker, 0, j.workers)
	free := make(chan *trendsWorker, j.workers)
	for range j.workers {
		w, err := newTrendsWorker(j)
		if err != nil {
			return err
		}
		all = append(all, w)
		free <- w
	}
	err := j.runReport(ctx, chunks, depth, done, io.Discard, nil, func(c *chunk, out []byte) ([]byte, chunkResult) {
		w := <-free
		defer func() { free <- w }()
		return out, w.chunk(c)
	})
	if err != nil {
		return err
	}
	acc := trendsAcc{cells: map[teamKey]*trendCell{}}
	for _, w := range all {
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
