package main

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// The windows report (--report windows) is the per-episode rolling-window
// report of the benchmark's SQL baseline (BENCH.md, "The windows report's
// rules"), byte for byte: one row per counted episode with the 6- and
// 12-month episode and working-day counts, the long-episode flag and whether any threshold is
// reached, sorted by employee and episode start.
//
// It is the bench's report, not HR14's evaluation, and it is computed with
// the library's own primitives, so that agreeing with an independent SQL
// implementation checks them: the windows are absence.RollingWindow (month
// arithmetic clamped to the month's end), the working days are the weekly
// pattern's ScheduledDays, and the numbers come from the trigger policy:
//
//	episodes6   episodes in the TRIG-1 window (6 months) ending on the episode's first day D
//	days6       working days lost in the TRIG-2 window (6 months), compared with TRIG-2's 10 × FTE
//	episodes12  episodes in the TRIG-3 window (12 months), compared with TRIG-3's 4
//	days12      working days lost in the TRIG-4 window (12 months), compared with TRIG-4's 10 × FTE
//	long        an episode in the TRIG-5 window (12 months) of TRIG-5's length (28 days or more)
//	triggered   any of them reaches its threshold (TRIG-1's 2 episodes for episodes6)
//
// Where the bench's rules are not HR14's (examples/INTERPRETATIONS.md):
//
//   - Every counted record is its own episode. HR14 (ABS-2) joins records
//     with no scheduled shift worked between them (29 Feb and 1 Mar 2024 in
//     the edge set are one episode under HR14, two here). The generated data
//     always has a worked day between records, so there the two agree.
//   - A part day counts when less than half the shift was worked, as in
//     ABS-3; exactly half follows the policy's ExactlyHalf (not counted under
//     the HR14 default, as in the bench). A part day is not checked against
//     the pattern (HR14 rejects one on a day with no scheduled shift).
//   - long uses the whole length of every episode in the window, the current
//     one included, known in advance in a retrospective batch; HR14's TRIG-5
//     activates on the 28th day of the episode, seeing no day after D.
//   - The counts are as of D, the first day of the episode: the current
//     episode adds one episode and at most one working day (day D).
type windowReport struct {
	months  [5]int  // window of TRIG-1 … TRIG-5, in months
	windows []int   // the distinct values of months
	win     [5]int  // index in windows of each trigger's window
	ep      [2]int  // TRIG-1 and TRIG-3 thresholds, in episodes
	length  int32   // TRIG-5 length, in calendar days
	half    bool    // a part day with exactly half worked counts (ExactlyHalf = HalfSickness)
	asOf    int32   // records are cut at this Unix day (math.MaxInt32: none)
	scratch winData // per employee, reused
	days    *dayTable
	count   absence.DayCounter // the current employee's scheduled days
}

// winData is one employee's counted episodes in a layout for the sweep: day
// numbers and prefix sums, so that each episode's windows cost a table
// look-up, pointer moves and, for an episode that began before the window, one
// ScheduledDays call.
type winData struct {
	s, e    []int32
	wd      []int32 // working days of each episode (ScheduledDays)
	cumWD   []int32 // cumWD[k] = wd of episodes [0, k)
	cumLong []int32 // cumLong[k] = long episodes among [0, k)
}

func newWindowReport(pol triggers.Policy, asOf int32) *windowReport {
	w := &windowReport{
		months: [5]int{pol.TRIG1.Months, pol.TRIG2.Months, pol.TRIG3.Months, pol.TRIG4.Months, pol.TRIG5.Months},
		ep:     [2]int{pol.TRIG1.Episodes, pol.TRIG3.Episodes},
		length: int32(pol.TRIG5.Days),
		half:   pol.Recording.ExactlyHalf == absence.HalfSickness,
		asOf:   asOf,
	}
	if pol.TRIG5.Reading == triggers.MoreThan {
		w.length++
	}
	for t, m := range w.months {
		k := 0
		for k < len(w.windows) && w.windows[k] != m {
			k++
		}
		if k == len(w.windows) {
			w.windows = append(w.windows, m)
		}
		w.win[t] = k
	}
	return w
}

// header returns the report's header line. Its column names carry the
// windows' months, as in the bench: episodes6,days6,episodes12,days12 for
// the HR14 windows.
func (w *windowReport) header() []byte {
	m := func(t int) string { return strconv.Itoa(w.months[t]) }
	return []byte("employee_id,episode_start,episodes" + m(0) + ",days" + m(1) + ",episodes" + m(2) + ",days" + m(3) + ",long,triggered\n")
}

// counts reports whether a row counts as an episode (rule 1), and cuts it
// at the as-of date.
func (w *windowReport) counts(r *absRow) bool {
	if r.s > w.asOf {
		return false
	}
	if r.e > w.asOf {
		r.e = w.asOf
		r.end = absence.FromUnixDays(int(w.asOf))
	}
	if !r.part {
		return true
	}
	return 2*r.worked < r.shift || w.half && 2*r.worked == r.shift
}

// employee appends the report rows of one employee to out.
func (w *windowReport) employee(out []byte, e *empRow, rows []absRow) []byte {
	d := &w.scratch
	if w.days == nil {
		w.days = newDayTable(w.windows)
	}
	d.s, d.e, d.wd = d.s[:0], d.e[:0], d.wd[:0]
	d.cumWD, d.cumLong = append(d.cumWD[:0], 0), append(d.cumLong[:0], 0)
	if len(rows) == 0 {
		return out
	}
	// The pattern's ScheduledDays, counted on Unix days (the bench's patterns
	// have no bank holidays off).
	w.count.Reset(e.pat.sched, rows[0].start, rows[len(rows)-1].end)
	for k := range rows {
		r := &rows[k]
		if !w.counts(r) {
			continue
		}
		wd := int32(w.count.Days(int(r.s), int(r.e)))
		long := int32(0)
		if r.e-r.s+1 >= w.length {
			long = 1
		}
		d.s, d.e, d.wd = append(d.s, r.s), append(d.e, r.e), append(d.wd, wd)
		d.cumWD = append(d.cumWD, d.cumWD[len(d.cumWD)-1]+wd)
		d.cumLong = append(d.cumLong, d.cumLong[len(d.cumLong)-1]+long)
	}
	if len(d.s) == 0 {
		return out
	}
	var idText [20]byte
	id := strconv.AppendInt(idText[:0], e.id, 10)
	var first [5]int // per window: the first episode ending on or after its start
	for i := range d.s {
		day := w.days.day(d.s[i])
		today := int32(e.pat.worked(d.s[i])) // the anchor counts only day D
		var episodes, days [5]int32
		for k := range w.windows {
			ws := day.ws[k]
			j := first[k]
			for d.e[j] < ws { // stops at i at the latest: d.e[i] ≥ D ≥ ws
				j++
			}
			first[k] = j
			episodes[k] = int32(i - j + 1)
			days[k] = d.cumWD[i] - d.cumWD[j] + today
			if j < i && d.s[j] < ws { // the straddler counts only its days from ws
				days[k] += int32(w.count.Days(int(ws), int(d.e[j]))) - d.wd[j]
			}
		}
		e6, d6 := episodes[w.win[0]], days[w.win[1]]
		e12, d12 := episodes[w.win[2]], days[w.win[3]]
		long := d.cumLong[i+1]-d.cumLong[first[w.win[4]]] > 0
		th := &e.fte.days
		triggered := int(e6) >= w.ep[0] || d6 >= th[0] || int(e12) >= w.ep[1] || d12 >= th[1] || long
		out = append(out, id...)
		out = append(out, ',')
		out = append(out, day.text[:]...)
		out = append(out, ',')
		out = appendCount(out, e6)
		out = append(out, ',')
		out = appendCount(out, d6)
		out = append(out, ',')
		out = appendCount(out, e12)
		out = append(out, ',')
		out = appendCount(out, d12)
		out = append(out, ',', bit(long), ',', bit(triggered), '\n')
	}
	return out
}

// appendCount appends a non-negative count in decimal; most are below 100.
func appendCount(b []byte, n int32) []byte {
	switch {
	case n < 10:
		return append(b, byte('0'+n))
	case n < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func bit(b bool) byte {
	if b {
		return '1'
	}
	return '0'
}
