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
	var v [8]int
	for k, i := range [8]int{0, 1, 2, 3, 5, 6, 8, 9} {
		v[k] = int(b[i]) - '0'
		if uint(v[k]) > 9 {
			return d, 0, false
		}
	}
	y, m, dd := v[0]*1000+v[1]*100+v[2]*10+v[3], v[4]*10+v[5], v[6]*10+v[7]
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
	y, m, dd := d.Year%10000, int(d.Month)%100, d.Day%100
	hi, lo := y/100, y%100
	return append(b, digits2[2*hi], digits2[2*hi+1], digits2[2*lo], digits2[2*lo+1], '-',
		digits2[2*m], digits2[2*m+1], '-', digits2[2*dd], digits2[2*dd+1])
}

// digits2 holds the two-digit texts of 00 to 99, in order.
const digits2 = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" + "30313233343536373839" +
	"40414243444546474849" + "50515253545556575859" + "60616263646566676869" + "70717273747576777879" +
	"80818283848586878889" + "90919293949596979899"
