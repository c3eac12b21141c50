package main

import (
	"encoding/binary"
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
	if e == nil {
		return false
	}
	dd := e.day(b[8], b[9])
	if dd == 0 {
		return false
	}
	r.start, r.s = absence.Date{Year: int(e.year), Month: time.Month(e.month), Day: dd}, e.start+int32(dd)-1
	if endKey != key { // most records end in the month they start in
		if e = c.slot(endKey); e == nil {
			return false
		}
	}
	if dd = e.day(b[19], b[20]); dd == 0 {
		return false
	}
	r.end, r.e = absence.Date{Year: int(e.year), Month: time.Month(e.month), Day: dd}, e.start+int32(dd)-1
	return true
}

// slot returns the month of a date's prefix (its first eight bytes, as
// little-endian key), remembering it, or nil if the prefix is no year of 1900
// to 2200 and month that parseDay accepts.
func (c *monthCache) slot(key uint64) *monthSlot {
	e := &c[(key*0x9E3779B97F4A7C15)>>56]
	if e.key == key {
		return e
	}
	// Not seen, or not in its slot: the first day of the month, parsed.
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
// Date.AppendText without its checks, for the report rows.
func appendDay(b []byte, d absence.Date) []byte {
	// Unsigned, so that the divisions by constants are multiplications and
	// every index is provably inside digits2.
	y, m, dd := uint(d.Year)%10000, uint(d.Month)%100, uint(d.Day)%100
	hi, lo := 2*(y/100), 2*(y%100)
	m, dd = 2*m, 2*dd
	return append(b, digits2[hi], digits2[hi+1], digits2[lo], digits2[lo+1], '-',
		digits2[m], digits2[m+1], '-', digits2[dd], digits2[dd+1])
}

// digits2 holds the two-digit texts of 00 to 99, in order.
const digits2 = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" + "30313233343536373839" +
	"40414243444546474849" + "50515253545556575859" + "60616263646566676869" + "70717273747576777879" +
	"80818283848586878889" + "90919293949596979899"
