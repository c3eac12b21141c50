package main

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"time"

	"github.com/absencerules/hr14/absence"
)

// The bench CSV format (BENCH.md, "The input files"): two files
// with a header line, comma-separated, no quoting, "\n" line ends ("\r\n" is
// accepted too), sorted by employee_id (and the absences then by start_date).
const (
	absencesHeader  = "employee_id,start_date,end_date,reason,hours_worked,shift_hours"
	employeesHeader = "employee_id,fte,pattern"
)

// benchReasons maps the reason codes of the bench format to the library's
// closed taxonomy. GI (gastro-intestinal illness) is an infection not thought
// occupationally acquired: the format carries no infection-control evidence,
// so it counts (ABS-7). The reasons do not change any trigger count.
var benchReasons = [...]struct {
	code   string
	reason absence.Reason
}{
	{"COLD_FLU", absence.Infection},
	{"GI", absence.Infection},
	{"MSK", absence.Musculoskeletal},
	{"STRESS", absence.Stress},
	{"SURGERY", absence.SurgeryPlanned},
	{"OTHER", absence.Other},
}

// benchReason returns the library's reason for a bench reason code and the
// code's index in benchReasons, or absence.ReasonUnknown.
func benchReason(b []byte) (absence.Reason, uint8) {
	k := -1
	if len(b) > 0 {
		switch b[0] { // the codes' first letters differ
		case 'C':
			k = 0
		case 'G':
			k = 1
		case 'M':
			k = 2
		case 'S':
			k = 3
			if len(b) > 1 && b[1] == 'U' {
				k = 4
			}
		case 'O':
			k = 5
		}
	}
	if k < 0 || string(b) != benchReasons[k].code {
		return absence.ReasonUnknown, 0
	}
	return benchReasons[k].reason, uint8(k)
}

// An absRow is one parsed row of absences.csv.
type absRow struct {
	id         int64
	line       int
	start, end absence.Date
	s, e       int32 // start and end as Unix days
	reason     absence.Reason
	code       uint8 // the reason code's index in benchReasons
	part       bool  // a part-day record (hours given)
	worked     int32 // hours worked, in hundredths (part days only)
	shift      int32 // shift length, in hundredths (part days only)
}

// A rowProblem is what is wrong with one row: the field and a description
// that never quotes free text from the row (a reason column may hold a
// diagnosis), only dates, numbers and codes.
type rowProblem struct {
	field string
	msg   string
}

// splitFields cuts line at commas into fields, which must have room for want
// fields; it returns the number of fields found (more than want means too
// many).
func splitFields(line []byte, fields [][]byte) int {
	n := 0
	for {
		i := bytes.IndexByte(line, ',')
		if i < 0 {
			if n < len(fields) {
				fields[n] = line
			}
			return n + 1
		}
		if n < len(fields) {
			fields[n] = line[:i]
		}
		n++
		line = line[i+1:]
	}
}

// trimCR removes the '\r' of a "\r\n" line end.
func trimCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// idField returns the employee_id field of a line: the bytes before the first
// comma.
func idField(line []byte) []byte {
	if i := bytes.IndexByte(line, ','); i >= 0 {
		return line[:i]
	}
	return trimCR(line)
}

// parseID parses an employee_id: a positive decimal integer of at most 18
// digits without leading zeros, so that equal ids are equal text.
func parseID(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 18 || b[0] == '0' {
		return 0, false
	}
	var v int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	return v, true
}

// parseDate parses an ISO date, YYYY-MM-DD, that exists.
func parseDate(b []byte) (absence.Date, bool) {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return absence.Date{}, false
	}
	var v [8]int
	for k, i := range [8]int{0, 1, 2, 3, 5, 6, 8, 9} {
		v[k] = int(b[i]) - '0'
		if uint(v[k]) > 9 {
			return absence.Date{}, false
		}
	}
	d := absence.Date{Year: v[0]*1000 + v[1]*100 + v[2]*10 + v[3], Month: time.Month(v[4]*10 + v[5]), Day: v[6]*10 + v[7]}
	return d, d.IsValid()
}

// parseHundredths parses a non-negative decimal number with at most two
// decimals and at most 4 integer digits ("3.75", "7.5", "12") in hundredths.
func parseHundredths(b []byte) (int32, bool) {
	whole, frac, dot := bytes.Cut(b, []byte{'.'})
	if len(whole) == 0 || len(whole) > 4 || (dot && (len(frac) == 0 || len(frac) > 2)) {
		return 0, false
	}
	var v int32
	for _, c := range whole {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int32(c-'0')
	}
	for k := range 2 {
		v *= 10
		if k < len(frac) {
			c := frac[k]
			if c < '0' || c > '9' {
				return 0, false
			}
			v += int32(c - '0')
		}
	}
	return v, true
}

// A rowParser parses the rows of absences.csv in the exact layout of the
// generator, remembering what the rows before had: the last employee_id's
// text (an employee's rows are consecutive) and the months of the dates
// (monthCache). The zero value is ready; one per scanner.
type rowParser struct {
	idKey  uint64 // the last id's text and its comma, little-endian (idLen+1 bytes)
	idMask uint64 // the bytes of idKey that count
	idLen  int    // the last id's length in digits; 0 if none
	id     int64
	months monthCache
}

// parse parses the row at the start of text into r when it is a good row in
// the exact layout of the generator ("\n" line end, no spaces), returning the
// bytes it takes, line end included; ok is false otherwise (r is then
// undefined), and the caller parses the line with parseAbsence, which says
// what is wrong. It gives what parseAbsence gives. This is the hot loop of
// hr14 batch: one pass over the bytes, no search for the line end or the
// commas.
func (p *rowParser) parse(text []byte, r *absRow) (n int, ok bool) {
	i := 0
	if len(text) >= 8 && p.idLen > 0 && binary.LittleEndian.Uint64(text)&p.idMask == p.idKey {
		// The same digits and then a comma: the last row's id, which parsed.
		r.id, i = p.id, p.idLen
	} else {
		r.id = 0
		for ; i < len(text) && text[i] != ','; i++ {
			c := text[i] - '0'
			if c > 9 || i == 18 || i == 0 && c == 0 {
				return 0, false
			}
			r.id = r.id*10 + int64(c)
		}
		if i == 0 || i == len(text) {
			return 0, false
		}
		if i < 8 && len(text) >= 8 { // remember it: the next rows are most likely the same employee's
			p.idMask = 1<<(8*(i+1)) - 1
			p.idKey, p.idLen, p.id = binary.LittleEndian.Uint64(text)&p.idMask, i, r.id
		}
	}
	if len(text) < i+24 || text[i+11] != ',' || text[i+22] != ',' {
		return 0, false
	}
	if !p.months.period(text[i+1:], r) {
		return 0, false
	}
	if r.e < r.s || r.e-r.s >= absence.MaxRecordDays {
		return 0, false // the full parser says why
	}
	j := i + 23
	code, k := reasonCode(text[j:])
	if k == 0 {
		return 0, false
	}
	k += j // after the comma after the code
	r.reason, r.code = benchReasons[code].reason, code
	if k < len(text) && text[k] == ',' { // no hours: a full day
		if k+1 < len(text) && text[k+1] == '\n' {
			r.part, r.worked, r.shift = false, 0, 0
			return k + 2, true
		}
		return 0, false
	}
	j = k
	for k = j; k < len(text) && text[k] != ','; k++ {
	}
	if k >= len(text) {
		return 0, false
	}
	r.part = true
	if r.worked, ok = parseHundredths(text[j:k]); !ok {
		return 0, false
	}
	j = k + 1
	for k = j; k < len(text) && text[k] != '\n'; k++ {
	}
	if k >= len(text) {
		return 0, false
	}
	if r.shift, ok = parseHundredths(text[j:k]); !ok || r.shift == 0 || r.shift > 2400 || r.worked >= r.shift || r.s != r.e {
		return 0, false
	}
	return k + 1, true
}

// reasonCode returns the index in benchReasons of the reason code that b
// starts with, followed by a comma, and the length of both; n is 0 if there
// is none. What benchReason accepts, told by the first letter (and the
// second for STRESS and SURGERY), then compared with the code in one piece.
func reasonCode(b []byte) (code uint8, n int) {
	if len(b) < 3 {
		return 0, 0
	}
	switch b[0] {
	case 'C':
		if len(b) >= 9 && string(b[:9]) == "COLD_FLU," {
			return 0, 9
		}
	case 'G':
		if string(b[:3]) == "GI," {
			return 1, 3
		}
	case 'M':
		if len(b) >= 4 && string(b[:4]) == "MSK," {
			return 2, 4
		}
	case 'S':
		if len(b) >= 7 && string(b[:7]) == "STRESS," {
			return 3, 7
		}
		if len(b) >= 8 && string(b[:8]) == "SURGERY," {
			return 4, 8
		}
	case 'O':
		if len(b) >= 6 && string(b[:6]) == "OTHER," {
			return 5, 6
		}
	}
	return 0, 0
}

// parseAbsence parses one row of absences.csv (without its line end). The id
// is parsed even when another field is wrong (id is then set and ok false).
func parseAbsence(line []byte) (r absRow, p *rowProblem) {
	var f [6][]byte
	if n := splitFields(trimCR(line), f[:]); n != len(f) {
		return r, &rowProblem{"", strconv.Itoa(len(f)) + " fields expected, found " + strconv.Itoa(n)}
	}
	id, ok := parseID(f[0])
	if !ok {
		return r, &rowProblem{"employee_id", "not a positive integer without leading zeros" + shown(f[0])}
	}
	r.id = id
	if r.start, ok = parseDate(f[1]); !ok {
		return r, &rowProblem{"start_date", "not a valid date (YYYY-MM-DD)" + shown(f[1])}
	}
	if r.end, ok = parseDate(f[2]); !ok {
		return r, &rowProblem{"end_date", "not a valid date (YYYY-MM-DD)" + shown(f[2])}
	}
	if !r.start.InRange() {
		return r, &rowProblem{"start_date", "date outside the years 1900 to 2200: " + r.start.String()}
	}
	if !r.end.InRange() {
		msg := "date outside the years 1900 to 2200: " + r.end.String()
		if r.end.Year == 9999 {
			msg += " (not read as \"no end date\": give the last day of absence known)"
		}
		return r, &rowProblem{"end_date", msg}
	}
	r.s, r.e = int32(r.start.UnixDays()), int32(r.end.UnixDays())
	if r.e < r.s {
		return r, &rowProblem{"end_date", r.end.String() + " is before start_date " + r.start.String()}
	}
	if n := int(r.e-r.s) + 1; n > absence.MaxRecordDays {
		return r, &rowProblem{"end_date", "record longer than ten years (" + strconv.Itoa(n) + " days): check the years"}
	}
	r.reason, r.code = benchReason(f[3])
	if r.reason == absence.ReasonUnknown {
		// Never quote it: a free-text reason may be a diagnosis.
		return r, &rowProblem{"reason", "not one of COLD_FLU, GI, MSK, STRESS, SURGERY, OTHER"}
	}
	switch {
	case len(f[4]) == 0 && len(f[5]) == 0:
		return r, nil
	case len(f[4]) == 0 || len(f[5]) == 0:
		return r, &rowProblem{"hours_worked", "hours_worked and shift_hours must both be given (a part day) or both be empty"}
	}
	r.part = true
	if r.worked, ok = parseHundredths(f[4]); !ok {
		return r, &rowProblem{"hours_worked", "not a number of hours with at most 2 decimals" + shown(f[4])}
	}
	if r.shift, ok = parseHundredths(f[5]); !ok || r.shift == 0 || r.shift > 2400 {
		return r, &rowProblem{"shift_hours", "not a number of hours more than 0 and at most 24" + shown(f[5])}
	}
	switch {
	case r.worked >= r.shift:
		return r, &rowProblem{"hours_worked", "must be less than shift_hours"}
	case r.s != r.e:
		return r, &rowProblem{"end_date", "a part day (hours given) must start and end on the same day"}
	}
	return r, nil
}

// shown returns a field's value for an error message, as ` "value"`, when it
// is short and made only of digits, '.' and '-' (a date or a number), and the
// empty string otherwise: a misplaced column could hold free text about
// someone's health, which a message must never repeat.
func shown(b []byte) string {
	if len(b) == 0 || len(b) > 24 {
		return ""
	}
	for _, c := range b {
		if (c < '0' || c > '9') && c != '.' && c != '-' {
			return ""
		}
	}
	return ` "` + string(b) + `"`
}
