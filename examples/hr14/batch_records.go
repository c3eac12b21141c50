package main

import (
	"errors"
	"slices"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A recordMaker turns an employee's parsed rows into absence.Records, in
// memory reused from one employee to the next: the records, their part
// days and the hours met so far.
type recordMaker struct {
	recs  []absence.Record
	parts []absence.PartDay
	hours []decimal.Decimal // hours[h] is h hundredths of an hour; zero until first met
	known []bool            // known[h]: hours[h] is set
}

// records returns the records of rows, valid until the next call.
func (w *recordMaker) records(rows []absRow) []absence.Record {
	if len(w.recs) < len(rows) {
		w.recs = make([]absence.Record, len(rows))
	}
	recs := w.recs[:len(rows)]
	w.parts = slices.Grow(w.parts[:0], len(rows)) // never reallocated below: the records point into it
	for k := range rows {
		// Only these fields are ever set, so the others are still zero.
		r, rec := &rows[k], &recs[k]
		rec.Period, rec.Reason, rec.PartDay, rec.Evidence.DisabilityDiscounted = absence.Period{Start: r.start, End: r.end}, r.reason, nil, false
		if r.part {
			w.parts = append(w.parts, absence.PartDay{Worked: w.hoursOf(r.worked), Shift: w.hoursOf(r.shift)})
			rec.PartDay = &w.parts[len(w.parts)-1]
		}
	}
	return recs
}

// hoursOf returns h hundredths of an hour (0 ≤ h ≤ 2400, as the parser
// checks), made once per worker.
func (w *recordMaker) hoursOf(h int32) decimal.Decimal {
	if w.hours == nil {
		w.hours, w.known = make([]decimal.Decimal, 2401), make([]bool, 2401)
	}
	if !w.known[h] {
		w.hours[h], w.known[h] = decimal.New(int64(h), -2), true
	}
	return w.hours[h]
}

// eachEmployee scans c and calls f for every employee with absence rows.
// An error of f is the library's refusal of the employee: it ends the
// chunk's output, or with skip the employee is left out and reported.
func eachEmployee(sc *scanner, c *chunk, skip bool, f func(e *empRow, rows []absRow) error) chunkResult {
	var res chunkResult
	var failed error // a refused employee, when not skipping: nothing after it
	res.scanned = sc.scan(c, func(e *empRow, rows []absRow) {
		if failed != nil {
			return
		}
		if err := f(e, rows); err != nil {
			if !skip {
				failed = err
				return
			}
			res.refused = append(res.refused, refusal{err.Error(), len(rows)})
		}
	})
	if failed != nil {
		res.err = failed // it comes before any error the scan found later
	}
	return res
}

// refused names the line of an employee the library refused: the record's
// line for an error about a record, else the employee's.
func (s *scanner) refused(e *empRow, rows []absRow, err error) *rowError {
	var ie *absence.InputError
	re := &rowError{file: s.empName, line: e.line, employee: e.id, msg: err.Error()}
	if errors.As(err, &ie) && ie.Input == "record" && ie.Index >= 0 && ie.Index < len(rows) {
		re.file, re.line = s.absName, rows[ie.Index].line
	}
	return re
}
