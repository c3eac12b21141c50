package main

import (
	"errors"
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// The timeline report (--report timeline, the default) is every activation of
// TRIG-1 … TRIG-5 of every employee, as triggers.Monitor.Timeline finds it
// under HR14 (or --policy): the history built by absence.NewHistory (ABS-1 …
// ABS-3), one row per activation with the evidence of the window ending on
// the activation day. With --as-of D it is Monitor.TimelineTo(D): only
// activations by D, seeing no day after D.
const timelineHeader = "employee_id,trigger,activated_on,window_start,window_end,episodes,working_days,threshold\n"

// A parsedChunk is a chunk turned into the cases of triggers.Batch.
type parsedChunk struct {
	c       *chunk
	cases   []triggers.Case
	meta    []caseMeta
	scanned scanned
}

// caseMeta is where a case came from, to name lines in errors.
type caseMeta struct {
	empLine int
	lines   []int // line of each record
	rows    int   // rows of the case
}

// parseCases scans a chunk into cases: each employee's rows as the records
// absence.NewHistory takes, a part day with its hours (PartDay.Worked and
// Shift).
func parseCases(s *scanner, c *chunk) *parsedChunk {
	pc := &parsedChunk{c: c}
	recs := make([]absence.Record, 0, c.rows)
	lines := make([]int, 0, c.rows)
	pc.cases = make([]triggers.Case, 0, c.rows/8+len(c.emps)/4+1)
	pc.meta = make([]caseMeta, 0, cap(pc.cases))
	pc.scanned = s.scan(c, func(e *empRow, rows []absRow) {
		from := len(recs)
		for k := range rows {
			r := &rows[k]
			rec := absence.Record{Period: absence.Period{Start: r.start, End: r.end}, Reason: r.reason}
			if r.part {
				rec.PartDay = &absence.PartDay{Worked: decimal.New(int64(r.worked), -2), Shift: decimal.New(int64(r.shift), -2)}
			}
			recs = append(recs, rec)
			lines = append(lines, r.line)
		}
		pc.cases = append(pc.cases, triggers.Case{
			Employee: absence.Employee{ID: strconv.FormatInt(e.id, 10), FTE: e.fte.fte, StandardDayHours: standardDay, Schedule: e.pat.sched},
			Records:  recs[from:len(recs):len(recs)],
		})
		pc.meta = append(pc.meta, caseMeta{empLine: e.line, lines: lines[from:len(lines):len(lines)], rows: len(rows)})
	})
	return pc
}

// triggerText is the rule ID of each trigger point, made once.
var triggerText = func() (text [8]string) {
	for _, t := range triggers.Points() {
		text[t] = t.String()
	}
	return text
}()

// timelineRows formats the activations of one employee, from
// Monitor.TimelineSummary: the counts of each activation's evidence without
// its lists.
func timelineRows(m *triggers.Monitor, asOf absence.Date) ([]byte, error) {
	acts := m.TimelineSummary()
	if !asOf.IsZero() {
		var err error
		if acts, err = m.TimelineSummaryTo(asOf); err != nil {
			return nil, err
		}
	}
	if len(acts) == 0 {
		return nil, nil
	}
	id := m.History().Employee.ID
	out := make([]byte, 0, len(acts)*64)
	for _, a := range acts {
		out = append(out, id...)
		out = append(out, ',')
		out = append(out, triggerText[a.Trigger]...)
		out = append(out, ',')
		out, _ = a.Date.AppendText(out)
		out = append(out, ',')
		out, _ = a.Window.Start.AppendText(out)
		out = append(out, ',')
		out, _ = a.Window.End.AppendText(out)
		out = append(out, ',')
		out = strconv.AppendInt(out, int64(a.Episodes), 10)
		out = append(out, ',')
		out = strconv.AppendInt(out, int64(a.WorkingDays), 10)
		out = append(out, ',')
		out = append(out, a.Threshold.String()...)
		out = append(out, '\n')
	}
	return out, nil
}

// caseError names the line of a case that the library refused: the record's
// line for an error about a record, else the employee's.
func (s *scanner) caseError(id string, meta caseMeta, err error) *rowError {
	var ie *absence.InputError
	n, _ := strconv.ParseInt(id, 10, 64)
	e := &rowError{file: s.empName, line: meta.empLine, employee: n, msg: err.Error()}
	if errors.As(err, &ie) && ie.Input == "record" && ie.Index >= 0 && ie.Index < len(meta.lines) {
		e.file, e.line = s.absName, meta.lines[ie.Index]
	}
	return e
}
