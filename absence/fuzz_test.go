package absence_test

import (
	"errors"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-03-02", "2028-02-29", "2026-02-29", "", "9999-12-31", "0000-01-01", "2026-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := absence.ParseDate(s)
		if err != nil {
			if !errors.Is(err, absence.ErrInvalidDate) && !errors.Is(err, absence.ErrDateRange) {
				t.Fatalf("ParseDate(%q): error %v is not ErrInvalidDate or ErrDateRange", s, err)
			}
			return
		}
		if !v.IsValid() {
			t.Fatalf("ParseDate(%q) = %v, not valid", s, v)
		}
		if v.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, v.String())
		}
		if back := absence.FromUnixDays(v.UnixDays()); back != v {
			t.Fatalf("UnixDays round trip of %v gave %v", v, back)
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2026-01-06/2026-01-07", "2026-01-06..2026-01-07", "2026-01-07/2026-01-06", "2026-03-02", "/", ".."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := absence.ParsePeriod(s)
		if err != nil {
			if !errors.Is(err, absence.ErrInvalidDate) && !errors.Is(err, absence.ErrReversedPeriod) && !errors.Is(err, absence.ErrDateRange) {
				t.Fatalf("ParsePeriod(%q): untyped error %v", s, err)
			}
			return
		}
		if !v.IsValid() || v.Days() < 1 {
			t.Fatalf("ParsePeriod(%q) = %v", s, v)
		}
		back, err := absence.ParsePeriod(v.String())
		if err != nil || back != v {
			t.Fatalf("round trip of %v: %v, %v", v, back, err)
		}
	})
}

func FuzzAddMonths(f *testing.F) {
	f.Add(2026, 8, 31, -6)
	f.Add(2028, 2, 29, 12)
	f.Fuzz(func(t *testing.T, y, m, day, n int) {
		if y < 1 || y > 9000 || n < -1000 || n > 1000 {
			return
		}
		in, err := absence.NewDate(y, time.Month(1+mod(m, 12)), 1+mod(day, 31))
		if err != nil {
			return
		}
		out := in.AddMonths(n)
		if !out.IsValid() {
			t.Fatalf("%v + %d months = %v, invalid", in, n, out)
		}
		if out.Day > in.Day || (out.Day < in.Day && out.Day != absence.DaysIn(out.Year, out.Month)) {
			t.Fatalf("%v + %d months = %v: day not kept or clamped", in, n, out)
		}
		if back := out.AddMonths(-n); in.Day <= absence.DaysIn(out.Year, out.Month) && back != in {
			t.Fatalf("%v + %d − %d months = %v", in, n, n, back)
		}
	})
}

func FuzzAddBusinessDays(f *testing.F) {
	f.Add(20000, 5)
	f.Add(20811, -5)
	ew := absence.EnglandAndWales()
	f.Fuzz(func(t *testing.T, day, n int) {
		if day < 0 || day > 40000 || n < -300 || n > 300 {
			return
		}
		start := absence.FromUnixDays(day)
		end := ew.AddBusinessDays(start, n)
		if n != 0 && !ew.IsBusinessDay(end) {
			t.Fatalf("%v %+d business days = %v, not a business day", start, n, end)
		}
		if n > 0 && ew.AddBusinessDays(end, -n) != start && ew.IsBusinessDay(start) {
			t.Fatalf("%v %+d business days = %v, but back is %v", start, n, end, ew.AddBusinessDays(end, -n))
		}
	})
}

func FuzzParseWeekMask(f *testing.F) {
	for _, s := range []string{"MTWTF..", "..WT.SS", "M.W.F..", ".......", "MTWTFSSX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := absence.ParseWeekMask(s, dec("7.5"))
		if err != nil {
			return
		}
		back, err := absence.ParseWeekMask(w.Mask(), dec("7.5"))
		if err != nil || back.Mask() != w.Mask() {
			t.Fatalf("mask %q → %q does not round-trip", s, w.Mask())
		}
	})
}

func mod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}
