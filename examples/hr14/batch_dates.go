package main

import (
	"encoding/binary"
	"slices"
	"strconv"
	"time"

	"github.com/absencerules/hr14/absence"
)

// monthStarts[(y − EarliestYear) × 12 + m − 1] is the Unix day of the first
// day of month m of year y, for the years a record may have (1900 to 2200,
// absence.EarliestYear to LatestYear), and one more entry for the month
// after the last: a read-only table (14 KiB) from the library's own
// Date.UnixDays, with which the hot loop of hr14 batch turns a date's text
// into its Unix day without division, and checks the day of the month
// against the month's length.
var monthStarts = func() []int32 {
	n := (absence.LatestYear - absence.EarliestYear + 1) * 12
	t := make([]int32, n+1)
	for k := range t {
		d := absence.Date{Year: absence.EarliestYear + k/12, Month: time.Month(k%12 + 1), Day: 1}
		t[k] = int32(d.UnixDays())
	}
	return t
}()

// monthTexts[(y − EarliestYear) × 12 + m − 1] is the text "YYYY-MM-" of
// month m of year y, little-endian, for the years 1900 to 2200 as
// monthStarts: a read-only table (28 KiB) with which the report rows are
// written.
var monthTexts = func() (t [(absence.LatestYear - absence.EarliestYear + 1) * 12]uint64) {
	for k := range t {
		d := absence.Date{Year: absence.EarliestYear + k/12, Month: time.Month(k%12 + 1), Day: 1}
		b, _ := d.AppendText(nil)
		t[k] = binary.LittleEndian.Uint64(b)
	}
	return t
}()

// parseDay parses an ISO date, YYYY-MM-DD, of the years 1900 to 2200 that
// exists, returning it and its Unix day: what parseDate, Date.InRange and
// Date.UnixDays give together, from a table. ok is false for anything else
// (the full parser then says what is wrong).
func parseDay(b []byte) (d absence.Date, day int32, ok bool) {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return d, 0, false
	}
	// The eight digits one by one, not in a loop: this runs twice a row.
	y0, y1, y2, y3 := b[0]-'0', b[1]-'0', b[2]-'0', b[3]-'0'
	m0, m1, d0, d1 := b[5]-'0', b[6]-'0', b[8]-'0', b[9]-'0'
	if y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9 {
		return d, 0, false
	}
	y := int(y0)*1000 + int(y1)*100 + int(y2)*10 + int(y3)
	m, dd := int(m0)*10+int(m1), int(d0)*10+int(d1)
	if y < absence.EarliestYear || y > absence.LatestYear || m < 1 || m > 12 || dd < 1 {
		return d, 0, false
	}
	k := (y-absence.EarliestYear)*12 + m - 1
	start := monthStarts[k]
	if int32(dd) > monthStarts[k+1]-start {
		return d, 0, false
	}
	return absence.Date{Year: y, Month: time.Month(m), Day: dd}, start + int32(dd) - 1, true
}

// A monthCache remembers the year-month prefixes ("YYYY-MM-") of the dates
// parsed so far, direct-mapped by a hash of the prefix's eight bytes: a
// file's dates fall in a few dozen months, so that most dates need only their
// day checked. A miss (a new month, or two months sharing a slot) checks the
// prefix with parseDay and remembers its month. The zero value is empty.
// 4 KiB; one per scanner.
type monthCache [256]monthSlot

// A monthSlot is one month of a monthCache.
type monthSlot struct {
	key   uint64 // the prefix's bytes, little-endian; 0 (no prefix) if empty
	start int32  // Unix day of the month's first day
	days  uint8  // days in the month
	month uint8
	year  uint16
}

// period parses the two dates b starts with, "YYYY-MM-DD,YYYY-MM-DD" (the
// comma is not checked), into r's start and end: what parseDay gives for
// each. It reports whether both are dates that parseDay accepts.
func (c *monthCache) period(b []byte, r *absRow) bool {
	b = b[:21]
	key, endKey := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[11:])
	e := c.slot(key)
	if e.key != key { // a month not seen, or not in its slot
		if e = e.fill(key); e == nil {
			return false
		}
	}
	dd := e.day(b[8], b[9])
	if dd == 0 {
		return false
	}
	r.start, r.s = absence.Date{Year: int(e.year), Month: time.Month(e.month), Day: dd}, e.start+int32(dd)-1
	if endKey == key && b[19] == b[8] && b[20] == b[9] { // the same text: a one-day record
		r.end, r.e = r.start, r.s
		return true
	}
	if endKey != key { // most records end in the month they start in
		if e = c.slot(endKey); e.key != endKey {
			if e = e.fill(endKey); e == nil {
				return false
			}
		}
	}
	if dd = e.day(b[19], b[20]); dd == 0 {
		return false
	}
	r.end, r.e = absence.Date{Year: int(e.year), Month: time.Month(e.month), Day: dd}, e.start+int32(dd)-1
	return true
}

// slot returns the slot of a date's prefix (its first eight bytes, as
// little-endian key): the month of key if e.key == key.
func (c *monthCache) slot(key uint64) *monthSlot { return &c[(key*0x9E3779B97F4A7C15)>>56] }

// fill makes e the month of key, a date's prefix, and returns it; nil if
// the prefix is no year of 1900 to 2200 and month that parseDay accepts (e
// is then unchanged).
func (e *monthSlot) fill(key uint64) *monthSlot {
	// The first day of the month, parsed.
	var t [10]byte
	binary.LittleEndian.PutUint64(t[:], key)
	t[8], t[9] = '0', '1'
	d, day, ok := parseDay(t[:])
	if !ok {
		return nil
	}
	k := (d.Year-absence.EarliestYear)*12 + int(d.Month) - 1
	*e = monthSlot{key: key, start: day, days: uint8(monthStarts[k+1] - day), month: uint8(d.Month), year: uint16(d.Year)}
	return e
}

// day returns the day of the month with the digits d0 and d1, or 0 if they
// name no day of e's month.
func (e *monthSlot) day(d0, d1 byte) int {
	d0, d1 = d0-'0', d1-'0'
	dd := int(d0)*10 + int(d1)
	if d0 > 9 || d1 > 9 || uint(dd-1) >= uint(e.days) {
		return 0
	}
	return dd
}

// appendDay appends d, a valid date of the years 0 to 9999, as YYYY-MM-DD:
// Date.AppendText without its checks.
func appendDay(b []byte, d absence.Date) []byte {
	n := len(b)
	b = slices.Grow(b, 10)[:n+10]
	putDay(b[n:], d)
	return b
}

// putDay writes d, a valid date of the years 0 to 9999, as YYYY-MM-DD into
// the first 10 bytes of b: for the report rows.
func putDay(b []byte, d absence.Date) {
	b = b[:10]
	if k := uint((d.Year-absence.EarliestYear)*12 + int(d.Month) - 1); k < uint(len(monthTexts)) {
		// The years of the records: "YYYY-MM-" from the table.
		dd := 2 * (uint(d.Day) % 100)
		binary.LittleEndian.PutUint64(b, monthTexts[k])
		b[8], b[9] = digits2[dd], digits2[dd+1]
		return
	}
	// Unsigned, so that the divisions by constants are multiplications and
	// every index is provably inside digits2.
	y, m, dd := uint(d.Year)%10000, uint(d.Month)%100, uint(d.Day)%100
	hi, lo := 2*(y/100), 2*(y%100)
	m, dd = 2*m, 2*dd
	b[0], b[1], b[2], b[3], b[4] = digits2[hi], digits2[hi+1], digits2[lo], digits2[lo+1], '-'
	b[5], b[6], b[7], b[8], b[9] = digits2[m], digits2[m+1], '-', digits2[dd], digits2[dd+1]
}

// putSmall writes v ≥ 0 in decimal at b[n:], which has room for 20 digits,
// returning the index after it; one- and two-digit numbers (nearly all
// counts of episodes and days) from digits2.
func putSmall(b []byte, n int, v int) int {
	if uint(v) < 10 {
		b[n] = byte('0' + v)
		return n + 1
	}
	if uint(v) < 100 {
		b[n], b[n+1] = digits2[2*v], digits2[2*v+1]
		return n + 2
	}
	return len(strconv.AppendInt(b[:n], int64(v), 10))
}

// A wordText is a short text, written with one 8-byte store when it has at
// most 8 bytes (the store's bytes after the text are scratch: the next write
// covers them, or they are past the end of the output).
type wordText struct {
	text []byte
	word uint64 // text's bytes, little-endian, when len(text) ≤ 8
}

func newWordText(text []byte) wordText {
	t := wordText{text: text}
	if len(text) <= 8 {
		var w [8]byte
		copy(w[:], text)
		t.word = binary.LittleEndian.Uint64(w[:])
	}
	return t
}

// put writes t at b[n:], which has room for at least 8 bytes and t,
// returning the index after it.
func (t *wordText) put(b []byte, n int) int {
	if len(t.text) <= 8 {
		binary.LittleEndian.PutUint64(b[n:], t.word)
		return n + len(t.text)
	}
	return n + copy(b[n:], t.text)
}

// digits2 holds the two-digit texts of 00 to 99, in order.
const digits2 = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" + "30313233343536373839" +
	"40414243444546474849" + "50515253545556575859" + "60616263646566676869" + "70717273747576777879" +
	"80818283848586878889" + "90919293949596979899"
