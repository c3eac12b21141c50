package main

import (
	"encoding/binary"
	"slices"
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
	// texts are the rows' ends of each FTE, by trigger: a comma, the
	// threshold's text and the line end. Under one
	// policy and one standard day, as here, an employee's thresholds depend
	// on the FTE alone.
	texts map[*fteInfo]*[8]wordText
}

func newTimelineWorker(sc *scanner, pol triggers.Policy, asOf absence.Date, skip bool) (*timelineWorker, error) {
	sum, err := triggers.NewSummariser(pol)
	if err != nil {
		return nil, err
	}
	return &timelineWorker{scan: sc, sum: sum, asOf: asOf, skip: skip, texts: map[*fteInfo]*[8]wordText{}}, nil
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
	var id [24]byte
	idText := newWordText(append(strconv.AppendInt(id[:0], e.id, 10), ','))
	texts := w.texts[e.fte]
	if texts == nil {
		texts = new([8]wordText)
		w.texts[e.fte] = texts
	}
	// The rows are written in place into out's spare capacity, grown when a
	// row might not fit.
	b, n := out[:cap(out)], len(out)
	for k := range acts {
		a := &acts[k]
		tail := &texts[a.Trigger]
		if tail.text == nil {
			*tail = newWordText([]byte("," + a.Threshold.String() + "\n"))
		}
		if need := n + len(idText.text) + len(tail.text) + rowFixed; need > len(b) {
			b = slices.Grow(b[:n], need-n)
			b = b[:cap(b)]
		}
		n = idText.put(b, n)
		n = triggerText[a.Trigger].put(b, n)
		day := n
		putDay(b[n:], a.Date)
		b[n+10] = ','
		putDay(b[n+11:], a.Window.Start)
		b[n+21] = ','
		if a.Window.End == a.Date { // as always: the window ends on the activation day
			binary.LittleEndian.PutUint64(b[n+22:], binary.LittleEndian.Uint64(b[day:]))
			b[n+30], b[n+31] = b[day+8], b[day+9]
		} else {
			putDay(b[n+22:], a.Window.End)
		}
		b[n+32] = ','
		n = putSmall(b, n+33, a.Episodes)
		b[n] = ','
		n = putSmall(b, n+1, a.WorkingDays)
		n = tail.put(b, n)
	}
	return b[:n], nil
}

// rowFixed bounds the bytes of a timeline row besides the employee_id and
// the threshold (with their commas and line end): the trigger and its comma
// (7, stored as 8), three dates and their commas (33), two counts of at most
// 20 digits and a comma, and 8 bytes of scratch for the last store.
const rowFixed = 8 + 33 + 41 + 8

// triggerText is the rule ID of each trigger point and a comma, made once.
var triggerText = func() (text [8]wordText) {
	for _, t := range triggers.Points() {
		text[t] = newWordText([]byte(t.String() + ","))
	}
	return text
}()
