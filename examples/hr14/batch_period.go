package main

import (
	"strconv"
	"time"

	"github.com/absencerules/hr14/absence"
)

// A period is what the comparison, equality and trends reports count: the
// days from --from to --as-of, both included; a zero end is open.
type period struct{ from, to absence.Date }

// has reports whether d is in p.
func (p period) has(d absence.Date) bool {
	return (p.from.IsZero() || !d.Before(p.from)) && (p.to.IsZero() || !d.After(p.to))
}

// days returns p as Unix days, open ends as the extremes of int32.
func (p period) days() (from, to int32) {
	from, to = -1<<31, 1<<31-1
	if !p.from.IsZero() {
		from = int32(p.from.UnixDays())
	}
	if !p.to.IsZero() {
		to = int32(p.to.UnixDays())
	}
	return from, to
}

// monthOf returns the month of d as a number: year × 12 + month − 1.
func monthOf(d absence.Date) int { return d.Year*12 + int(d.Month) - 1 }

// monthText returns month m as YYYY-MM.
func monthText(m int) string {
	y, mo := m/12, m%12+1
	s := strconv.Itoa(y)
	if mo < 10 {
		return s + "-0" + strconv.Itoa(mo)
	}
	return s + "-" + strconv.Itoa(mo)
}

// monthPeriod returns the days of month m.
func monthPeriod(m int) absence.Period {
	first := absence.Date{Year: m / 12, Month: time.Month(m%12 + 1), Day: 1}
	return absence.Period{Start: first, End: first.AddMonths(1).AddDays(-1)}
}

// A monthly holds a T for each month met, in a slice that grows to the
// months met: a workforce's history spans a few years.
type monthly[T any] struct {
	base int // month of v[0]
	v    []T
}

// at returns the T of month m, growing the slice to hold it.
func (s *monthly[T]) at(m int) *T {
	if len(s.v) == 0 {
		s.base, s.v = m, make([]T, 1, 48)
		return &s.v[0]
	}
	if m < s.base {
		grown := make([]T, s.base-m+len(s.v))
		copy(grown[s.base-m:], s.v)
		s.base, s.v = m, grown
	}
	for m-s.base >= len(s.v) {
		var zero T
		s.v = append(s.v, zero)
	}
	return &s.v[m-s.base]
}

// span returns the first month and the month after the last; lo == hi if
// none was met.
func (s *monthly[T]) span() (lo, hi int) { return s.base, s.base + len(s.v) }

// get returns the T of month m, or the zero T.
func (s *monthly[T]) get(m int) T {
	if m < s.base || m >= s.base+len(s.v) {
		var zero T
		return zero
	}
	return s.v[m-s.base]
}

// mergeMonthly adds every month of src into dst with add.
func mergeMonthly[T any](dst, src *monthly[T], add func(d, s *T)) {
	for k := range src.v {
		add(dst.at(src.base+k), &src.v[k])
	}
}
