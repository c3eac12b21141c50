package main

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// The timeline report (--report timeline, the default) is every activation of
// TRIG-1 … TRIG-5 of every employee, as triggers.Monitor.Timeline finds it
// under HR14 (or --policy): the history built by absence.NewHistory (ABS-1 …
// ABS-3), one row per activation with the evidence of the window ending on
// the activation day. With --as-of D it is Monitor.TimelineTo(D): only
// activations by D, seeing no day after D.
//
// The workers compute it with a triggers.Summariser each, which gives
// exactly Monitor.TimelineSummary (the counts of each activation's evidence)
// without building the explanation nobody reads here, in memory reused from
// one employee to the next.
const timelineHeader = "employee_id,trigger,activated_on,window_start,window_end,episodes,working_days,threshold\n"

// A timelineWorker evaluates the employees of one chunk after another: its
// buffers (the records of the current employee, their part days, the hours
// and threshold texts met so far) are reused, so that a worker allocates
// nothing per employee once they have grown.
type timelineWorker struct {
	scan *scanner
	sum  *triggers.Summariser
	asOf absence.Date // zero: none
	skip bool
	recordMaker
	// texts are the thresholds' texts of each FTE, by trigger. Under one
	// policy and one standard day, as here, an employee's thresholds depend
	// on the FTE alone.
	texts map[*fteInfo]*[8]string
}

func newTimelineWorker(sc *scanner, pol triggers.Policy, asOf absence.Date, skip bool) (*timelineWorker, error) {
	sum, err := triggers.NewSummariser(pol)
	if err != nil {
		return nil, err
	}
	return &timelineWorker{scan: sc, sum: sum, asOf: asOf, skip: skip, texts: map[*fteInfo]*[8]string{}}, nil
}

// A refusal is an employee the library refused, skipped with --skip-invalid.
type refusal struct {
	msg  string
	rows int
}

// chunk evaluates the employees of c, appending their rows to out. An
// employee the library refuses ends the chunk's output with its error, or
// with --skip-invalid is left out and reported.
func (w *timelineWorker) chunk(c *chunk, out []byte) ([]byte, chunkResult) {
	res := eachEmployee(w.scan, c, w.skip, func(e *empRow, rows []absRow) (err error) {
		out, err = w.employee(out, e, rows)
		return err
	})
	return out, res
}

// employee appends the timeline rows of one employee. An error is the
// library's refusal, naming the line.
func (w *timelineWorker) employee(out []byte, e *empRow, rows []absRow) ([]byte, error) {
	recs := w.records(rows)
	emp := absence.Employee{FTE: e.fte.fte, StandardDayHours: standardDay, Schedule: e.pat.sched}
	var acts []triggers.Summary
	var err error
	if w.asOf.IsZero() {
		acts, err = w.sum.TimelineSummary(emp, recs)
	} else {
		acts, err = w.sum.TimelineSummaryTo(emp, recs, w.asOf)
	}
	if err != nil {
		return out, w.scan.refused(e, rows, err)
	}
	var id [20]byte
	idText := strconv.AppendInt(id[:0], e.id, 10)
	texts := w.texts[e.fte]
	if texts == nil {
		texts = new([8]string)
		w.texts[e.fte] = texts
	}
	for _, a := range acts {
		out = append(out, idText...)
		out = append(out, ',')
		out = append(out, triggerText[a.Trigger]...)
		out = append(out, ',')
		day := len(out)
		out = appendDay(out, a.Date)
		out = append(out, ',')
		out = appendDay(out, a.Window.Start)
		out = append(out, ',')
		if a.Window.End == a.Date { // as always: the window ends on the activation day
			out = append(out, out[day:day+10]...)
		} else {
			out = appendDay(out, a.Window.End)
		}
		out = append(out, ',')
		out = strconv.AppendInt(out, int64(a.Episodes), 10)
		out = append(out, ',')
		out = strconv.AppendInt(out, int64(a.WorkingDays), 10)
		out = append(out, ',')
		if texts[a.Trigger] == "" {
			texts[a.Trigger] = a.Threshold.String()
		}
		out = append(out, texts[a.Trigger]...)
		out = append(out, '\n')
	}
	return out, nil
}

// triggerText is the rule ID of each trigger point, made once.
var triggerText = func() (text [8]string) {
	for _, t := range triggers.Points() {
		text[t] = t.String()
	}
	return text
}()
