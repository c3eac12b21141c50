package main

import (
	"io"
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// The comparison (--compare OTHER) evaluates every employee under two
// policies in one pass, with a triggers.Comparer per worker (the episodes
// formed once when the policies record absences alike), and counts for each
// month of the period and for the whole period, under each policy:
//
//   - the employees who activate each trigger point (TRIG-1 … TRIG-5), and
//     any of them: an employee counts once in a month however often they
//     activate it then, and once in the period;
//   - the first-stage reviews that become due: STAGE-1 makes a stage 1
//     meeting due on any trigger activated while no formal stage is in
//     effect. A batch holds no case records, so every employee is taken to
//     have none at the start of the data, the first activation of any
//     trigger point makes the review due, and the stage then stays in effect
//     (HR14 sets no lapse, TRIG-8): one review at most per employee, counted
//     in the month of that first activation when it falls in the period.
//
// With --differ FILE the employees whose outcome differs are listed there,
// by employee_id alone: those for whom the two policies differ in whether
// or when a first-stage review becomes due, or in which trigger points they
// activate in the period.
const compareHeader = "period,measure,base,compare,difference\n"

// compareMeasures are the report's measures, in its order.
var compareMeasures = [...]string{"TRIG-1", "TRIG-2", "TRIG-3", "TRIG-4", "TRIG-5", "any-trigger", "first-stage-review"}

const (
	measureAny    = 5
	measureReview = 6
)

// compareCounts are the employees counted for each measure under each
// policy (0 base, 1 compare).
type compareCounts [2][len(compareMeasures)]int64

func (c *compareCounts) add(o *compareCounts) {
	for p := range c {
		for k := range c[p] {
			c[p][k] += o[p][k]
		}
	}
}

// A compareAcc is a worker's counts, merged when the run is over.
type compareAcc struct {
	months    monthly[compareCounts]
	all       compareCounts
	differ    int64 // employees whose outcome differs
	evaluated int64 // employees evaluated (with absence rows)
}

func (a *compareAcc) merge(o *compareAcc) {
	mergeMonthly(&a.months, &o.months, func(d, s *compareCounts) { d.add(s) })
	a.all.add(&o.all)
	a.differ += o.differ
	a.evaluated += o.evaluated
}

// A compareWorker evaluates the employees of one chunk after another.
type compareWorker struct {
	scan *scanner
	cmp  *triggers.Comparer
	asOf absence.Date
	in   period
	skip bool
	recordMaker
	acc compareAcc
}

func newCompareWorker(sc *scanner, a, b triggers.Policy, asOf absence.Date, in period, skip bool) (*compareWorker, error) {
	c, err := triggers.NewComparer(a, b)
	if err != nil {
		return nil, err
	}
	return &compareWorker{scan: sc, cmp: c, asOf: asOf, in: in, skip: skip}, nil
}

// chunk evaluates the employees of c; with differ, the employee_id of each
// employee whose outcome differs is appended to out.
func (w *compareWorker) chunk(c *chunk, out []byte, differ bool) ([]byte, chunkResult) {
	res := eachEmployee(w.scan, c, w.skip, func(e *empRow, rows []absRow) error {
		recs := w.records(rows)
		emp := absence.Employee{FTE: e.fte.fte, StandardDayHours: standardDay, Schedule: e.pat.sched}
		var a, b []triggers.Activated
		var err error
		if w.asOf.IsZero() {
			a, b, err = w.cmp.Activations(emp, recs)
		} else {
			a, b, err = w.cmp.ActivationsTo(emp, recs, w.asOf)
		}
		if err != nil {
			return w.scan.refused(e, rows, err)
		}
		w.acc.evaluated++
		oa := w.outcome(0, a)
		ob := w.outcome(1, b)
		if oa != ob {
			w.acc.differ++
			if differ {
				out = strconv.AppendInt(out, e.id, 10)
				out = append(out, '\n')
			}
		}
		return nil
	})
	return out, res
}

// An outcome is what the comparison counts of one employee under one
// policy: the trigger points activated in the period and the first-stage
// review.
type outcome struct {
	mask   uint8        // bit t: trigger t activated in the period
	review absence.Date // the first activation: the first-stage review; zero if none
}

// outcome counts the summaries of one employee under policy p (0 or 1).
func (w *compareWorker) outcome(p int, acts []triggers.Activated) outcome {
	var o outcome
	month, mask := 0, uint8(0) // the month being counted and its triggers
	flush := func() {
		if mask == 0 {
			return
		}
		c := w.acc.months.at(month)
		for t := triggers.TRIG1; t <= triggers.TRIG5; t++ {
			if mask&(1<<t) != 0 {
				c[p][t-triggers.TRIG1]++
			}
		}
		c[p][measureAny]++
	}
	if len(acts) > 0 { // activations are in date order
		o.review = acts[0].Date
		if w.in.has(o.review) {
			w.acc.months.at(monthOf(o.review))[p][measureReview]++
			w.acc.all[p][measureReview]++
		}
	}
	for _, a := range acts {
		if !w.in.has(a.Date) {
			continue
		}
		if m := monthOf(a.Date); m != month {
			flush()
			month, mask = m, 0
		}
		mask |= 1 << a.Trigger
		o.mask |= 1 << a.Trigger
	}
	flush()
	for t := triggers.TRIG1; t <= triggers.TRIG5; t++ {
		if o.mask&(1<<t) != 0 {
			w.acc.all[p][t-triggers.TRIG1]++
		}
	}
	if o.mask != 0 {
		w.acc.all[p][measureAny]++
	}
	return o
}

// writeCompare writes the comparison: a row per month and measure, from the
// first month with a count to the last, then the whole period ("all").
func writeCompare(w io.Writer, acc *compareAcc) error {
	b := []byte(compareHeader)
	row := func(label string, c *compareCounts) {
		for k, name := range compareMeasures {
			b = append(b, label...)
			b = append(b, ',')
			b = append(b, name...)
			b = append(b, ',')
			b = strconv.AppendInt(b, c[0][k], 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, c[1][k], 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, c[1][k]-c[0][k], 10)
			b = append(b, '\n')
		}
	}
	lo, hi := acc.months.span()
	for m := lo; m < hi; m++ {
		c := acc.months.get(m)
		row(monthText(m), &c)
	}
	row("all", &acc.all)
	_, err := w.Write(b)
	return err
}
