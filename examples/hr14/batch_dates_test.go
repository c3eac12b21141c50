package main

import (
	"testing"

	"github.com/absencerules/hr14/absence"
)

// parseDay gives, for every day of the years 1900 to 2200, the date and Unix
// day of the library's parser and Date.UnixDays, and appendDay its text;
// days that do not exist and years outside are refused. A monthCache gives
// the same, whether it knows the month or not.
func TestParseDayEveryDay(t *testing.T) {
	var c monthCache
	first := absence.Date{Year: absence.EarliestYear, Month: 1, Day: 1}
	last := absence.Date{Year: absence.LatestYear, Month: 12, Day: 31}
	for n := first.UnixDays(); n <= last.UnixDays(); n++ {
		want := absence.FromUnixDays(n)
		text := want.String()
		d, day, ok := parseDay([]byte(text))
		if !ok || d != want || int(day) != n {
			t.Fatalf("%s: %v %d %v", text, d, day, ok)
		}
		for range 2 { // the month new, then known
			var r absRow
			if ok := c.period([]byte(text+","+text), &r); r.start != d || r.end != d || r.s != day || r.e != day || !ok {
				t.Fatalf("%s: cache %+v %v", text, r, ok)
			}
		}
		if got := string(appendDay(nil, d)); got != text {
			t.Fatalf("appendDay(%s) = %s", text, got)
		}
	}
	for _, s := range []string{"1899-12-31", "2201-01-01", "2023-02-29", "2024-02-30", "2024-04-31", "2024-00-10",
		"2024-13-01", "2024-01-00", "2024-1-01", "2024/01/01", "20240101xx", "2024-01-0a", "9999-12-31", "2024-01-32", "2023-06-31", "2023-06-3 ", "2023-06- 1"} {
		if _, _, ok := parseDay([]byte(s)); ok {
			t.Errorf("%s accepted", s)
		}
		var r absRow
		if len(s) == 10 && (c.period([]byte(s+",2024-01-01"), &r) || c.period([]byte("2024-01-01,"+s), &r)) {
			t.Errorf("%s accepted by the cache", s)
		}
	}
	if _, _, ok := parseDay([]byte("2024-02-29")); !ok {
		t.Error("2024-02-29 refused")
	}
}
