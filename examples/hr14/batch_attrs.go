package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
)

// attributesHeader is the header of attributes.csv (BENCH.md, "The
// attributes file"): one row per employee, in the order of employees.csv.
const attributesHeader = "employee_id,staff_group,department,disability,sex,age_band,ethnicity"

// An attribute is one column of attributes.csv after the employee_id: the
// groups an equality or team report splits the workforce by.
type attribute uint8

// The attributes, in the order of the file's columns.
const (
	staffGroup attribute = iota
	department
	disability
	sex
	ageBand
	ethnicity
	numAttrs
)

// attrNames are the attributes' column names.
var attrNames = [numAttrs]string{"staff_group", "department", "disability", "sex", "age_band", "ethnicity"}

// The disability values (WDES): the report compares "Yes" with "No".
const (
	disabledYes    = "Yes"
	disabledNo     = "No"
	disabledUnsaid = "Not declared"
)

// maxGroups bounds the distinct values of one attribute: a category, not an
// identifier (a column of names would otherwise fill the memory).
const maxGroups = 4096

// maxValue bounds the length of a value.
const maxValue = 64

// An attrTable interns the values of each attribute: an employee row holds
// their indexes, and a report names the groups only when it is written.
// The reader fills it; the workers only read indexes, and the names are
// read once the run is over.
type attrTable struct {
	names [numAttrs][]string
	index [numAttrs]map[string]uint16
}

// The groups of disability, interned first so that workers know "Yes"
// without reading the table while the reader adds to it.
const (
	groupYes uint16 = iota
	groupNo
	groupUnsaid
)

func newAttrTable() *attrTable {
	t := &attrTable{}
	for a := range t.index {
		t.index[a] = map[string]uint16{}
	}
	for g, v := range []string{disabledYes, disabledNo, disabledUnsaid} {
		t.names[disability] = append(t.names[disability], v)
		t.index[disability][v] = uint16(g)
	}
	return t
}

// name returns the value of group g of a.
func (t *attrTable) name(a attribute, g uint16) string { return t.names[a][g] }

// lookup returns the group of value v of a, if it has been met.
func (t *attrTable) lookup(a attribute, v string) (uint16, bool) {
	g, ok := t.index[a][v]
	return g, ok
}

// parse parses one row of attributes.csv (without its line end): the
// employee_id and the group of each attribute. A value is never quoted in
// a problem: a misplaced column could hold free text about someone's health.
func (t *attrTable) parse(line []byte) (id int64, groups [numAttrs]uint16, problem *rowProblem) {
	var f [1 + numAttrs][]byte
	if n := splitFields(trimCR(line), f[:]); n != len(f) {
		return 0, groups, &rowProblem{"", strconv.Itoa(len(f)) + " fields expected, found " + strconv.Itoa(n)}
	}
	id, ok := parseID(f[0])
	if !ok {
		return 0, groups, &rowProblem{"employee_id", "not a positive integer without leading zeros" + shown(f[0])}
	}
	for a := range numAttrs {
		v := f[1+a]
		if g, ok := t.index[a][string(v)]; ok {
			groups[a] = g
			continue
		}
		if p := badValue(attribute(a), v); p != nil {
			return id, groups, p
		}
		if len(t.names[a]) >= maxGroups {
			return id, groups, &rowProblem{attrNames[a], "more than " + strconv.Itoa(maxGroups) + " different values: a category is expected"}
		}
		g := uint16(len(t.names[a]))
		t.names[a] = append(t.names[a], string(v))
		t.index[a][string(v)] = g
		groups[a] = g
	}
	return id, groups, nil
}

// badValue says what is wrong with a new value of a, or nil.
func badValue(a attribute, v []byte) *rowProblem {
	if a == disability {
		switch string(v) {
		case disabledYes, disabledNo, disabledUnsaid:
			return nil
		}
		return &rowProblem{attrNames[a], `not one of "Yes", "No", "Not declared"`}
	}
	if len(v) == 0 || len(v) > maxValue {
		return &rowProblem{attrNames[a], "empty or longer than " + strconv.Itoa(maxValue) + " characters"}
	}
	for _, c := range v {
		if c < ' ' || c == '"' || c == 0x7f {
			return &rowProblem{attrNames[a], "holds a control character or a quote"}
		}
	}
	return nil
}

// An attrReader reads attributes.csv beside employees.csv, one row for
// each employee row.
type attrReader struct {
	name string
	rd   *bufio.Reader
	line int
	tab  *attrTable
	eof  bool
}

// header checks the header line.
func (a *attrReader) header() error {
	line, err := a.rd.ReadSlice('\n')
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return err
	}
	line = trimCR(bytes.TrimSuffix(bytes.TrimPrefix(line, []byte("\uFEFF")), []byte("\n")))
	if string(line) != attributesHeader {
		return &rowError{file: a.name, line: 1, msg: "header expected: " + attributesHeader}
	}
	a.line = 1
	return nil
}

// next reads the row of the employee whose employees.csv row has id (0 if
// it did not parse) and sets e's groups. A problem with the row is a
// *rowError; a row of another employee is an *unsortedError: the files
// must list the same employees in the same order.
func (a *attrReader) next(e *empRow, id int64) error {
	line, err := a.rd.ReadSlice('\n')
	long := false
	for errors.Is(err, bufio.ErrBufferFull) {
		long = true
		line, err = a.rd.ReadSlice('\n')
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	if len(line) == 0 {
		a.eof = true
		return &unsortedError{rowError{file: a.name, line: a.line + 1, employee: id,
			msg: "no row for this employee: " + a.name + " must list the employees of employees.csv, in the same order"}}
	}
	a.line++
	if long {
		return &rowError{file: a.name, line: a.line, employee: id, msg: "line too long"}
	}
	got, groups, problem := a.tab.parse(bytes.TrimSuffix(line, []byte{'\n'}))
	if got != 0 && id != 0 && got != id {
		return &unsortedError{rowError{file: a.name, line: a.line, employee: got,
			msg: "employee_id " + strconv.FormatInt(got, 10) + " where employees.csv has " + strconv.FormatInt(id, 10) +
				": both files must list the same employees in the same order"}}
	}
	if problem != nil {
		return &rowError{file: a.name, line: a.line, employee: got, field: problem.field, msg: problem.msg}
	}
	e.groups, e.hasGroups = groups, true
	return nil
}

// end checks that no row is left once employees.csv has ended.
func (a *attrReader) end() error {
	if a.eof {
		return nil
	}
	line, err := a.rd.ReadSlice('\n')
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return err
	}
	a.eof = true
	if len(bytes.TrimSpace(line)) == 0 {
		return nil
	}
	id, _ := parseID(idField(line))
	return &unsortedError{rowError{file: a.name, line: a.line + 1, employee: id,
		msg: "a row after the last employee of employees.csv: both files must list the same employees in the same order"}}
}
