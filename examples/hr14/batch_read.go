package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"math"
	"strconv"
)

// A chunk is the unit of parallel work: consecutive whole lines of
// absences.csv holding every row of the employees in it, with the rows of
// employees.csv up to its last employee. The reader only cuts the absences
// at a change of employee_id and parses the employees file; the workers parse
// the absence rows.
type chunk struct {
	seq    int
	abs    []byte // complete lines of absences.csv, each ending in '\n'
	line   int    // line number of the first line of abs
	prevID int64  // the last employee_id parsed before abs; 0 if none
	lastID int64  // the last employee_id parsed in abs (prevID if none): the largest, if sorted
	// emps are the rows of employees.csv with an id after the previous
	// chunk's last absence employee_id and up to this chunk's, in order.
	// Rows skipped with --skip-invalid are there with a nil fte when their id
	// parsed, so that their absences say why they are skipped.
	emps    []empRow
	next    empRow   // the employees.csv row after emps, if read (id 0 if not)
	skipped []string // employees.csv rows skipped (--skip-invalid)
	err     error    // a fatal error of the reader: reported instead of this chunk
	rows    int      // lines in abs
	size    int64    // bytes read from both files for this chunk
	buf     *[]byte  // the buffer abs lives in, returned to the pool when done
	empBuf  *[]empRow
	pools   *chunkPools // where buf and empBuf go back to (recycle); nil if nowhere
}

// chunkPools are the pools of a run's chunks: the absence bytes and the
// employee rows.
type chunkPools struct {
	bytes *bufferPool
	emps  *pool[empRow]
}

func newChunkPools(n int) *chunkPools {
	return &chunkPools{bytes: newBufferPool(n), emps: newPool[empRow](n)}
}

// recycle returns c's memory to its pools, once nothing reads c any more.
func (c *chunk) recycle() {
	if c.pools == nil {
		return
	}
	c.pools.bytes.put(c.buf)
	if c.empBuf != nil {
		*c.empBuf = c.emps[:0]
		c.pools.emps.put(c.empBuf)
	}
	c.abs, c.emps, c.buf, c.empBuf = nil, nil, nil, nil
}

// A rowError is a bad row: which file, line and employee, which field, and
// what is wrong. It never quotes free text from the row.
type rowError struct {
	file     string
	line     int
	employee int64 // 0 if unknown
	field    string
	msg      string
}

func (e *rowError) Error() string {
	s := e.file + ":" + strconv.Itoa(e.line) + ": "
	if e.employee != 0 {
		s += "employee " + strconv.FormatInt(e.employee, 10) + ": "
	}
	if e.field != "" {
		s += e.field + ": "
	}
	return s + e.msg
}

// errUnsorted marks a rowError for input out of order: always fatal, since
// skipping rows would drop valid data. Test with errors.Is.
var errUnsorted = errors.New("input not sorted")

// An unsortedError is a rowError for input out of order.
type unsortedError struct{ rowError }

func (e *unsortedError) Error() string {
	return e.rowError.Error() + " (sort it first: keep the header, then sort -t, -k1,1n -k2,2)"
}

func (e *unsortedError) Is(target error) bool { return target == errUnsorted }

// A reader cuts the input into chunks.
type reader struct {
	absName, empName string
	abs              io.Reader
	emp              *bufio.Reader
	parse            *employeeParser
	skip             bool
	block            int // size of a chunk's absence bytes, before cutting
	pools            *chunkPools

	absLine, empLine int
	lastAbsID        int64  // the last employee_id parsed in absences.csv
	lastEmpID        int64  // the last employee_id in employees.csv
	pending          empRow // the next employee row, read but not yet handed out
	hasPending       bool
	empEOF           bool
	attrs            *attrReader // attributes.csv beside employees.csv; nil if not read
}

// headers checks the header lines of both files.
func (r *reader) headers(abs *bufio.Reader) error {
	for _, f := range []struct {
		name, want string
		rd         *bufio.Reader
	}{{r.absName, absencesHeader, abs}, {r.empName, employeesHeader, r.emp}} {
		line, err := f.rd.ReadSlice('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, bufio.ErrBufferFull) {
				return &rowError{file: f.name, line: 1, msg: "header expected: " + f.want}
			}
			return err
		}
		line = trimCR(bytes.TrimSuffix(bytes.TrimPrefix(line, []byte("\uFEFF")), []byte("\n")))
		if string(line) != f.want {
			return &rowError{file: f.name, line: 1, msg: "header expected: " + f.want}
		}
	}
	r.absLine, r.empLine = 2, 1
	if r.attrs != nil {
		return r.attrs.header()
	}
	return nil
}

// run reads both files and sends their chunks, in order, until the end of
// the input, a fatal error (sent as a chunk's err) or ctx is done.
func (r *reader) run(ctx context.Context, absFile io.Reader, out chan<- *chunk) {
	defer close(out)
	seq := 0
	send := func(c *chunk) bool {
		c.seq = seq
		seq++
		select {
		case out <- c:
			return c.err == nil
		case <-ctx.Done():
			return false
		}
	}
	abs := bufio.NewReaderSize(absFile, 64<<10)
	if err := r.headers(abs); err != nil {
		send(&chunk{err: err})
		return
	}
	r.abs = abs
	var carry []byte
	for {
		buf := r.pools.bytes.get(max(r.block, 2*len(carry)))
		b := (*buf)[:0]
		b = append(b, carry...)
		n, err := io.ReadFull(r.abs, b[len(b):cap(b)])
		b = b[:len(b)+n]
		eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			send(&chunk{err: err})
			return
		}
		end := len(b)
		if eof {
			if end > 0 && b[end-1] != '\n' {
				b = append(b, '\n')
				end++
			}
		} else if end = cutEmployees(b); end == 0 {
			// One employee fills the block: read on with a larger one.
			if len(b) >= maxChunk {
				send(&chunk{err: &rowError{file: r.absName, line: r.absLine,
					msg: "more than 256 MiB without a change of employee_id (or without a line end)"}})
				return
			}
			carry = append(carry[:0], b...)
			r.pools.bytes.put(buf)
			continue
		}
		carry = append(carry[:0], b[end:]...)
		*buf = b
		c := &chunk{abs: b[:end], line: r.absLine, prevID: r.lastAbsID, buf: buf, size: int64(end), pools: r.pools}
		c.empBuf = r.pools.emps.get(0)
		c.emps = *c.empBuf
		c.rows = bytes.Count(c.abs, []byte{'\n'})
		r.absLine += c.rows
		if id, ok := lastID(c.abs); ok {
			r.lastAbsID = id
			r.employeesUpTo(c, id, math.MaxInt)
		}
		c.lastID = r.lastAbsID
		if r.hasPending {
			c.next = r.pending
		}
		if !send(c) {
			return
		}
		if eof {
			break
		}
	}
	// The employees after the last one with absences: checked, no output.
	for !r.empEOF || r.hasPending {
		c := &chunk{line: r.absLine, prevID: r.lastAbsID, lastID: r.lastAbsID}
		r.employeesUpTo(c, math.MaxInt64, 1<<16)
		if !send(c) {
			return
		}
	}
}

// maxChunk bounds the rows of one employee (and the length of a line).
const maxChunk = 256 << 20

// employeesUpTo adds to c the employees.csv rows with an id up to last, at
// most n of them.
func (r *reader) employeesUpTo(c *chunk, last int64, n int) {
	for len(c.emps) < n && c.err == nil {
		if !r.hasPending {
			if r.empEOF || !r.readEmployee(c) {
				return
			}
			continue
		}
		if r.pending.id > last {
			return
		}
		c.emps = append(c.emps, r.pending)
		r.hasPending = false
	}
}

// readEmployee reads the next row of employees.csv into r.pending. It
// returns false at the end of the file or on a fatal error (set in c.err).
func (r *reader) readEmployee(c *chunk) bool {
	line, err := r.emp.ReadSlice('\n')
	long := false
	for errors.Is(err, bufio.ErrBufferFull) { // a line too long to be a row
		long = true
		c.size += int64(len(line))
		line, err = r.emp.ReadSlice('\n')
	}
	if err != nil && !errors.Is(err, io.EOF) {
		c.err = err
		return false
	}
	if len(line) == 0 {
		r.empEOF = true
		if r.attrs != nil {
			if err := r.attrs.end(); err != nil {
				c.err = err
			}
		}
		return false
	}
	r.empLine++
	c.size += int64(len(line))
	line = bytes.TrimSuffix(line, []byte{'\n'})
	e, problem := r.parse.parse(line)
	if long {
		e, problem = empRow{}, &rowProblem{"", "line too long"}
	}
	e.line = r.empLine
	if e.id != 0 {
		if e.id <= r.lastEmpID {
			msg := "employee_id " + strconv.FormatInt(e.id, 10) + " comes after " + strconv.FormatInt(r.lastEmpID, 10) + ": the file must be sorted by employee_id"
			if e.id == r.lastEmpID {
				msg = "employee_id " + strconv.FormatInt(e.id, 10) + " appears twice"
			}
			c.err = &unsortedError{rowError{file: r.empName, line: r.empLine, employee: e.id, msg: msg}}
			return false
		}
		r.lastEmpID = e.id
	}
	if r.attrs != nil {
		if err := r.attrs.next(&e, e.id); err != nil {
			var re *rowError
			if errors.Is(err, errUnsorted) || !errors.As(err, &re) || !r.skip {
				c.err = err
				return false
			}
			if problem == nil { // the employee is skipped for its attributes
				c.skipped = append(c.skipped, re.Error())
				e.fte, e.pat, e.attrLine = nil, nil, r.attrs.line
			}
		}
	}
	if problem != nil {
		re := &rowError{file: r.empName, line: r.empLine, employee: e.id, field: problem.field, msg: problem.msg}
		if !r.skip {
			c.err = re
			return false
		}
		c.skipped = append(c.skipped, re.Error())
		if e.id == 0 {
			return true // nowhere to put it
		}
		e.fte, e.pat = nil, nil
	}
	r.pending, r.hasPending = e, true
	return true
}

// cutEmployees returns the length of the longest prefix of b that holds only
// whole lines and every line of each employee in it: it ends before the
// lines of the last employee_id of b's complete lines (and any lines with an
// unreadable employee_id among them), which may go on after b. It returns 0
// if there is no such prefix.
func cutEmployees(b []byte) int {
	end := bytes.LastIndexByte(b, '\n')
	if end < 0 {
		return 0
	}
	var last []byte
	for end > 0 {
		start := bytes.LastIndexByte(b[:end], '\n') + 1
		key := idField(b[start:end])
		if _, ok := parseID(key); ok {
			if last == nil {
				last = key
			} else if !bytes.Equal(key, last) {
				return end + 1
			}
		}
		end = start - 1
	}
	return 0
}

// lastID returns the last employee_id that parses among the lines of b.
func lastID(b []byte) (int64, bool) {
	end := len(b) - 1 // b ends in '\n'
	for end >= 0 {
		start := bytes.LastIndexByte(b[:end], '\n') + 1
		if id, ok := parseID(idField(b[start:end])); ok {
			return id, true
		}
		end = start - 1
	}
	return 0, false
}

// A pool recycles slices (the chunks' buffers and employee rows, the
// report's output), so that memory stays at the chunks in flight and a run
// allocates nothing per chunk once the pool holds them: fresh memory costs
// page faults, clearing and collections.
type pool[T any] struct{ free chan *[]T }

// A bufferPool recycles byte buffers.
type bufferPool = pool[byte]

func newPool[T any](n int) *pool[T] { return &pool[T]{free: make(chan *[]T, n)} }

func newBufferPool(n int) *bufferPool { return newPool[byte](n) }

// get returns an empty slice with a capacity of at least size.
func (p *pool[T]) get(size int) *[]T {
	select {
	case b := <-p.free:
		if cap(*b) >= size {
			*b = (*b)[:0]
			return b
		}
	default:
	}
	b := make([]T, 0, size)
	return &b
}

// put returns b to the pool; b may be nil.
func (p *pool[T]) put(b *[]T) {
	if b == nil {
		return
	}
	select {
	case p.free <- b:
	default:
	}
}
