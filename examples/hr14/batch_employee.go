package main

import (
	"bytes"
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// standardDay is the length of every scheduled day and of the standard day:
// the bench format has no shift lengths (a part-day row carries its own).
var standardDay = decimal.New(75, -1)

// An empRow is one parsed row of employees.csv.
type empRow struct {
	id   int64
	line int
	fte  *fteInfo
	pat  *patternInfo
	// groups are the employee's groups in attributes.csv, when it is read
	// (hasGroups): indexes into the run's attrTable.
	groups    [numAttrs]uint16
	hasGroups bool
	attrLine  int // the line of attributes.csv for which the row is skipped; 0 if none
}

// An fteInfo is an FTE value and what it means for the day thresholds.
type fteInfo struct {
	fte decimal.Decimal
	// days are the TRIG-2 and TRIG-4 thresholds pro rata, rounded up to whole
	// working days: 10 × 0.65 = 6.5 is reached by the 7th day, as the
	// triggers package compares them.
	days [2]int32
}

// A patternInfo is a weekly pattern, as a value and as the Schedule an
// absence.Employee holds (boxed once, not once per employee).
type patternInfo struct {
	week  absence.WeeklyPattern
	sched absence.Schedule
	mask  uint8 // bit time.Weekday set for a worked day, from week.Week()
}

// worked returns 1 if Unix day d is a worked day of the pattern, else 0:
// ScheduledDays of that one day.
func (p *patternInfo) worked(d int32) uint8 {
	return p.mask >> ((d%7 + 11) % 7) & 1 // 1970-01-01 was a Thursday (time.Weekday 4)
}

// employeeParser parses employees.csv rows. Few distinct FTE values and
// patterns occur in a workforce (two decimals, 127 masks), so it parses each
// once and shares the result: rows are then cheap and allocate nothing.
type employeeParser struct {
	pol      triggers.Policy
	ftes     map[string]*fteInfo
	patterns map[string]*patternInfo
}

func newEmployeeParser(pol triggers.Policy) *employeeParser {
	return &employeeParser{pol: pol, ftes: map[string]*fteInfo{}, patterns: map[string]*patternInfo{}}
}

// parse parses one row (without its line end). The id is set whenever it
// parses, even if another field is wrong.
func (p *employeeParser) parse(line []byte) (e empRow, problem *rowProblem) {
	var f [3][]byte
	if n := splitFields(trimCR(line), f[:]); n != len(f) {
		return e, &rowProblem{"", "3 fields expected, found " + strconv.Itoa(n)}
	}
	id, ok := parseID(f[0])
	if !ok {
		return e, &rowProblem{"employee_id", "not a positive integer without leading zeros" + shown(f[0])}
	}
	e.id = id
	if e.fte, problem = p.fteOf(f[1]); problem != nil {
		return e, problem
	}
	if e.pat, problem = p.patternOf(f[2]); problem != nil {
		return e, problem
	}
	return e, nil
}

func (p *employeeParser) fteOf(b []byte) (*fteInfo, *rowProblem) {
	if fi, ok := p.ftes[string(b)]; ok {
		return fi, nil
	}
	bad := &rowProblem{"fte", "not a number more than 0 and at most 1" + shown(b)}
	whole, frac, dot := bytes.Cut(b, []byte{'.'})
	if len(whole) == 0 || len(b) > 12 || dot && len(frac) == 0 || !digits(whole) || !digits(frac) {
		return nil, bad
	}
	fte, err := decimal.NewFromString(string(b))
	if err != nil {
		return nil, bad
	}
	// The library's rule for an FTE: more than 0, at most 1.
	if (absence.Employee{FTE: fte, StandardDayHours: standardDay, Schedule: absence.Roster{}}).Validate() != nil {
		return nil, bad
	}
	fi := &fteInfo{fte: fte}
	for k, l := range []triggers.DayLimit{p.pol.TRIG2, p.pol.TRIG4} {
		fi.days[k] = int32(l.Days.Mul(fte).Ceil().IntPart())
	}
	p.ftes[string(b)] = fi
	return fi, nil
}

func (p *employeeParser) patternOf(b []byte) (*patternInfo, *rowProblem) {
	if pi, ok := p.patterns[string(b)]; ok {
		return pi, nil
	}
	w, err := absence.ParseWeekMask(string(b), standardDay)
	if err != nil {
		return nil, &rowProblem{"pattern", "not 7 characters, Monday first, a letter for a worked day and '.' for a day off, with at least one worked day"}
	}
	pi := &patternInfo{week: w, sched: w}
	for wd, sh := range w.Week() {
		if !sh.Hours.IsZero() {
			pi.mask |= 1 << wd
		}
	}
	p.patterns[string(b)] = pi
	return pi, nil
}

func digits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
