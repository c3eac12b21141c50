package main

import (
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
