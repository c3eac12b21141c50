package main

import (
	"bytes"
	"slices"
	"strconv"
)

// A scanner parses the absence rows of chunks and hands each employee's
// valid rows, in date order, to a report. It checks what a row cannot show on
// its own: the order of the file, that the employee is in employees.csv and
// that an employee's records do not overlap (ABS-2).
//
// A bad row is fatal, or with --skip-invalid skipped and reported; input out
// of order is always fatal (see unsortedError). A scanner belongs to one
// worker.
type scanner struct {
	absName, empName string
	attrName         string // attributes.csv, when read
	skip             bool
	rows             []absRow // scratch: the current employee's rows
	parse            rowParser
}

// A scanned chunk is what scanning found besides the report's output.
type scanned struct {
	skipped []string // the skipped rows, in file order
	err     error    // the first fatal error; the chunk's output stops before it
}

// scan parses c and calls each for every employee with absence rows, in file
// order; rows is only valid during the call.
func (s *scanner) scan(c *chunk, each func(e *empRow, rows []absRow)) scanned {
	var res scanned
	res.skipped = append(res.skipped, c.skipped...)
	// bad handles a bad row: it reports whether to go on.
	bad := func(line int, id int64, p *rowProblem) bool {
		e := &rowError{file: s.absName, line: line, employee: id, field: p.field, msg: p.msg}
		if !s.skip {
			res.err = e
			return false
		}
		res.skipped = append(res.skipped, e.Error())
		return true
	}
	var (
		prevID  = c.prevID // the last employee_id parsed
		started bool       // a row with an employee_id has been read in c
		cur     *empRow    // the current employee; nil if unknown
		next    = 0        // index in c.emps of the next employee to look for
	)
	flush := func() {
		if cur != nil && len(s.rows) > 0 {
			each(cur, s.rows)
		}
		s.rows = s.rows[:0]
	}
	text := c.abs
	var (
		used   int  // the length of the row at the start of text, if ok
		ok     bool // the row at the start of text is good
		parsed bool // that row is parsed already (by run)
	)
	for n := c.line; len(text) > 0; n++ {
		// The row is parsed in place, into the slot after the current
		// employee's rows, and kept by taking the slot in.
		k := len(s.rows)
		if k == cap(s.rows) { // never when parsed: run leaves room
			s.rows = slices.Grow(s.rows, 1)
		}
		r := &s.rows[:k+1][k]
		if !parsed {
			used, ok = s.parse.parse(text, r)
		}
		parsed = false
		if ok && k > 0 && r.id == prevID && r.s > s.rows[k-1].e {
			// A good row of the employee of the rows before (kept only for
			// a known employee), after the last of them: every check below
			// passes, and the row is kept, with the rows like it after it.
			r.line = n
			s.rows = s.rows[:k+1]
			text, n, used, ok = s.run(text[used:], n+1)
			parsed, n = true, n-1
			continue
		}
		var problem *rowProblem
		if ok {
			text = text[used:]
		} else {
			i := bytes.IndexByte(text, '\n')
			*r, problem = parseAbsence(text[:i])
			text = text[i+1:]
		}
		r.line = n
		if r.id == 0 { // no employee_id: the row belongs to nobody
			if !bad(n, 0, problem) {
				return res
			}
			continue
		}
		if !started || r.id != prevID {
			if r.id <= prevID {
				msg := "employee_id " + strconv.FormatInt(r.id, 10) + " comes after " + strconv.FormatInt(prevID, 10)
				if r.id == prevID {
					msg = "employee_id " + strconv.FormatInt(r.id, 10) + " again after other rows"
				}
				res.err = &unsortedError{rowError{file: s.absName, line: n, employee: r.id,
					msg: msg + ": the file must be sorted by employee_id"}}
				return res
			}
			if r.id > c.lastID { // a smaller id follows in this chunk
				res.err = s.descent(c, text, n+1, r.id)
				return res
			}
			flush()
			if k > 0 { // the row opens the next employee's rows
				s.rows[:1][0] = *r
				r, k = &s.rows[:1][0], 0
			}
			started, prevID = true, r.id
			for next < len(c.emps) && c.emps[next].id < r.id {
				next++
			}
			cur = nil
			if next < len(c.emps) && c.emps[next].id == r.id && c.emps[next].fte != nil {
				cur = &c.emps[next]
			}
		}
		if problem != nil {
			if !bad(n, r.id, problem) {
				return res
			}
			continue
		}
		if cur == nil {
			msg := "not in " + s.empName
			switch {
			case next == len(c.emps) && c.next.id != 0:
				msg += " before employee_id " + strconv.FormatInt(c.next.id, 10) + " (line " + strconv.Itoa(c.next.line) + "); both files must be sorted by employee_id"
			case next < len(c.emps) && c.emps[next].id != r.id:
				msg += " before employee_id " + strconv.FormatInt(c.emps[next].id, 10) + " (line " + strconv.Itoa(c.emps[next].line) + "); both files must be sorted by employee_id"
			}
			if next < len(c.emps) && c.emps[next].id == r.id {
				msg = "its row in " + s.empName + " (line " + strconv.Itoa(c.emps[next].line) + ") was skipped"
				if n := c.emps[next].attrLine; n > 0 {
					msg = "its row in " + s.attrName + " (line " + strconv.Itoa(n) + ") was skipped"
				}
			}
			if !bad(n, r.id, &rowProblem{"employee_id", msg}) {
				return res
			}
			continue
		}
		if k > 0 {
			last := &s.rows[k-1]
			switch {
			case r.s < last.s:
				res.err = &unsortedError{rowError{file: s.absName, line: n, employee: r.id, field: "start_date",
					msg: r.start.String() + " is before the previous record's " + last.start.String() + " (line " + strconv.Itoa(last.line) + "): an employee's rows must be sorted by start_date"}}
				return res
			case r.s <= last.e:
				if !bad(n, r.id, &rowProblem{"start_date", "overlaps the record on line " + strconv.Itoa(last.line) +
					" (" + last.start.String() + " to " + last.end.String() + "); records must not overlap (ABS-2)"}) {
					return res
				}
				continue
			}
		}
		s.rows = s.rows[:k+1]
	}
	flush()
	return res
}

// run keeps the rows at the start of text (line n on) that go on from the
// last of s.rows: good rows of the same employee, each after the one before,
// which pass every check of scan. It stops at the first other row, which it
// leaves parsed in the slot after s.rows (used and ok as rowParser.parse
// gives them), returning the text from that row on and its line number.
// This is scan's loop for the rows after an employee's first, without the
// state of the rest of scan.
func (s *scanner) run(text []byte, n int) (rest []byte, line, used int, ok bool) {
	rows := s.rows
	id, end := rows[len(rows)-1].id, rows[len(rows)-1].e
	for len(text) > 0 {
		k := len(rows)
		if k == cap(rows) {
			rows = slices.Grow(rows, 1)
		}
		r := &rows[:k+1][k]
		if used, ok = s.parse.parse(text, r); !ok || r.id != id || r.s <= end {
			break
		}
		r.line, end = n, r.e
		n++
		text = text[used:]
		rows = rows[:k+1]
	}
	s.rows = rows
	return text, n, used, ok
}

// descent returns the error for the first line of text (line n on) whose
// employee_id is smaller than id: the chunk's last id is smaller than one
// before it, so there is one.
func (s *scanner) descent(c *chunk, text []byte, n int, id int64) error {
	for ; len(text) > 0; n++ {
		i := bytes.IndexByte(text, '\n')
		if v, ok := parseID(idField(text[:i])); ok {
			if v < id {
				return &unsortedError{rowError{file: s.absName, line: n, employee: v,
					msg: "employee_id " + strconv.FormatInt(v, 10) + " comes after " + strconv.FormatInt(id, 10) + ": the file must be sorted by employee_id"}}
			}
			id = v
		}
		text = text[i+1:]
	}
	return &unsortedError{rowError{file: s.absName, line: n, msg: "the file must be sorted by employee_id"}}
}
