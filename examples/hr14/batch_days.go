package main

import "github.com/absencerules/hr14/absence"

// A dayTable memoizes, for one worker, what the windows report needs of
// each calendar day it meets: the first day of each rolling window ending on
// it (absence.RollingWindow, month arithmetic clamped to the month's end)
// and its ISO text. A workforce's absences fall on a few thousand distinct
// days, so the library computes each once per worker instead of once per
// episode; the values are the library's, only the layout is ours.
type dayTable struct {
	months []int      // the windows, in months
	base   int32      // Unix day of ent[0]
	ent    []dayEntry // ent[d-base]
}

type dayEntry struct {
	ws   [5]int32 // first day of each window ending on this day, as a Unix day
	text [10]byte // YYYY-MM-DD
	ok   bool
}

// maxTableDays bounds a table (about 180 years, 2 MiB): days outside it are
// computed each time.
const maxTableDays = 1 << 16

func newDayTable(months []int) *dayTable { return &dayTable{months: months} }

// day returns the entry of Unix day d.
func (t *dayTable) day(d int32) *dayEntry {
	if i := d - t.base; i >= 0 && int(i) < len(t.ent) {
		if e := &t.ent[i]; e.ok {
			return e
		}
		return t.fill(&t.ent[i], d)
	}
	if !t.grow(d) {
		return t.fill(new(dayEntry), d)
	}
	return t.day(d)
}

// grow widens the table to hold d, by at least a year on that side; it
// reports false if the table would get too large.
func (t *dayTable) grow(d int32) bool {
	if len(t.ent) == 0 {
		t.base, t.ent = d-366, make([]dayEntry, 2*366)
		return true
	}
	lo, hi := t.base, t.base+int32(len(t.ent))
	if d < lo {
		lo = min(d, lo-int32(len(t.ent)), lo-366)
	} else {
		hi = max(d+1, hi+int32(len(t.ent)), hi+366)
	}
	if hi-lo > maxTableDays {
		return false
	}
	ent := make([]dayEntry, hi-lo)
	copy(ent[t.base-lo:], t.ent)
	t.base, t.ent = lo, ent
	return true
}

func (t *dayTable) fill(e *dayEntry, d int32) *dayEntry {
	date := absence.FromUnixDays(int(d))
	for k, m := range t.months {
		e.ws[k] = int32(absence.RollingWindow(date, m).Start.UnixDays())
	}
	_, _ = date.AppendText(e.text[:0]) // a valid date: no error
	e.ok = true
	return e
}
