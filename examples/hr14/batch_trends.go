package main

import (
	"cmp"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// The trends report (--report trends) is what §5.3.3, §5.3.5 and §7.1 ask
// managers and HR to look at: for each department and staff group
// (attributes.csv; without it, the whole workforce) and month of the
// period,
//
//   - the sickness rate: the working days lost to sickness over the
//     scheduled days of the team (the weekly patterns' days in the month);
//   - episodes per FTE: the episodes (ABS-2) that began in the month over
//     the team's whole-time equivalents;
//   - the reason mix: the days lost by reason code;
//   - the share of the days lost in long-term episodes (ABS-1: 28 calendar
//     days or more, the whole episode's length);
//   - the trigger points activated in the month, by trigger.
//
// The days lost are the scheduled days of the days that count as sickness
// (the episodes' counted runs, ABS-3: a part day with half or more of the
// shift worked is not one; the bench format records no exclusion of
// ABS-7); the episodes and runs are the library's (triggers.Summariser's
// absence.Builder), the activations its summaries. Rows are given for each
// department and staff group, each department and each staff group alone
// ("All") and the whole workforce; a team of fewer than 10 employees has
// its figures suppressed as "*". The bench format has no starters or
// leavers: every employee counts in every month.
const trendsHeader = "department,staff_group,month,headcount,fte,scheduled_days,days_lost,sickness_rate_percent," +
	"episodes,episodes_per_fte,long_term_days,long_term_share_percent," +
	"days_COLD_FLU,days_GI,days_MSK,days_STRESS,days_SURGERY,days_OTHER," +
	"activations,TRIG-1,TRIG-2,TRIG-3,TRIG-4,TRIG-5\n"

// trendMonth is what one team lost in one month.
type trendMonth struct {
	daysLost int64
	episodes int64
	longDays int64
	reason   [len(benchReasons)]int64 // days lost by reason code
	acts     [5]int64                 // activations of TRIG-1 … TRIG-5
}

func (m *trendMonth) add(o *trendMonth) {
	m.daysLost += o.daysLost
	m.episodes += o.episodes
	m.longDays += o.longDays
	for k := range m.reason {
		m.reason[k] += o.reason[k]
	}
	for k := range m.acts {
		m.acts[k] += o.acts[k]
	}
}

// A trendCell is one team (a department and staff group): its employees
// by pattern and FTE, for the scheduled days and whole-time equivalents,
// and its months.
type trendCell struct {
	head   int64
	pats   map[*patternInfo]int64
	ftes   map[*fteInfo]int64
	months monthly[trendMonth]
}

func newTrendCell() *trendCell {
	return &trendCell{pats: map[*patternInfo]int64{}, ftes: map[*fteInfo]int64{}}
}

func (c *trendCell) merge(o *trendCell) {
	c.head += o.head
	for p, n := range o.pats {
		c.pats[p] += n
	}
	for f, n := range o.ftes {
		c.ftes[f] += n
	}
	mergeMonthly(&c.months, &o.months, func(d, s *trendMonth) { d.add(s) })
}

// A teamKey is a department and a staff group (their groups in the
// attrTable), or allGroups for all of them.
type teamKey [2]int32

const allGroups = -1

// A trendsAcc is a worker's teams.
type trendsAcc struct{ cells map[teamKey]*trendCell }

func (a *trendsAcc) cell(k teamKey) *trendCell {
	c := a.cells[k]
	if c == nil {
		c = newTrendCell()
		a.cells[k] = c
	}
	return c
}

func (a *trendsAcc) merge(o *trendsAcc) {
	for k, c := range o.cells {
		a.cell(k).merge(c)
	}
}

// A trendsWorker evaluates the employees of one chunk after another.
type trendsWorker struct {
	scan     *scanner
	sum      *triggers.Summariser
	asOf     absence.Date
	in       period
	from, to int32 // in as Unix days
	skip     bool
	longDays int // ABS-1's long-term length
	recordMaker
	days   absence.DayCounter
	months monthTable
	long   []bool // by episode index: long term
	acc    trendsAcc
}

func newTrendsWorker(j *batchJob) (*trendsWorker, error) {
	sum, err := triggers.NewSummariser(j.pol)
	if err != nil {
		return nil, err
	}
	w := &trendsWorker{scan: j.scanner(), sum: sum, asOf: j.asOf, in: j.in, skip: j.skip,
		longDays: j.pol.Recording.LongTermDays, acc: trendsAcc{cells: map[teamKey]*trendCell{}}}
	w.from, w.to = j.in.days()
	return w, nil
}

// team returns the team of e.
func team(e *empRow) teamKey {
	if !e.hasGroups {
		return teamKey{allGroups, allGroups}
	}
	return teamKey{int32(e.groups[department]), int32(e.groups[staffGroup])}
}

// chunk counts the employees of c.
func (w *trendsWorker) chunk(c *chunk) chunkResult {
	for k := range c.emps {
		if e := &c.emps[k]; e.fte != nil {
			cell := w.acc.cell(team(e))
			cell.head++
			cell.pats[e.pat]++
			cell.ftes[e.fte]++
		}
	}
	return eachEmployee(w.scan, c, w.skip, func(e *empRow, rows []absRow) error {
		recs := w.records(rows)
		emp := absence.Employee{FTE: e.fte.fte, StandardDayHours: standardDay, Schedule: e.pat.sched}
		var acts []triggers.Activated
		var err error
		if w.asOf.IsZero() {
			acts, err = w.sum.Activations(emp, recs)
		} else {
			acts, err = w.sum.ActivationsTo(emp, recs, w.asOf)
		}
		cell := w.acc.cell(team(e))
		if err != nil {
			cell.head--
			cell.pats[e.pat]--
			cell.ftes[e.fte]--
			return w.scan.refused(e, rows, err)
		}
		for _, a := range acts {
			if w.in.has(a.Date) {
				cell.months.at(monthOf(a.Date)).acts[a.Trigger-triggers.TRIG1]++
			}
		}
		w.lost(cell, emp, rows, w.sum.Counted())
		return nil
	})
}

// lost adds the days lost and the episodes of one employee, from the
// counted runs of their episodes, to cell.
func (w *trendsWorker) lost(cell *trendCell, emp absence.Employee, rows []absRow, c absence.CountedRuns) {
	if len(c.Days) == 0 {
		return
	}
	w.days.Reset(emp.Schedule, absence.FromUnixDays(c.Days[0][0]), absence.FromUnixDays(c.Days[len(c.Days)-1][1]))
	// Each episode's length (ABS-1): from its first to its last day. An
	// episode's runs are consecutive; with no exclusion (the bench format
	// has none) its days are those of its runs.
	w.long = w.long[:0]
	for k := 0; k < len(c.Days); {
		end := k
		for end+1 < len(c.Days) && c.Episodes[end+1] == c.Episodes[k] {
			end++
		}
		long := c.Days[end][1]-c.Days[k][0]+1 >= w.longDays
		if s := int32(c.Days[k][0]); s >= w.from && s <= w.to {
			cell.months.at(w.months.month(s)).episodes++
		}
		for range end - k + 1 {
			w.long = append(w.long, long)
		}
		k = end + 1
	}
	// The days of each run, by the record (and so the reason) they belong
	// to and by month: rows are in date order and do not overlap, and every
	// counted day is in a row.
	r := 0
	for k, d := range c.Days {
		from, to := int32(d[0]), int32(d[1])
		for r < len(rows) && rows[r].e < from {
			r++
		}
		for i := r; i < len(rows) && rows[i].s <= to; i++ {
			a, b := max(from, rows[i].s, w.from), min(to, rows[i].e, w.to)
			for a <= b { // month by month
				m, last := w.months.month(a), w.months.last(a)
				n := int64(w.days.Days(int(a), int(min(b, last))))
				tm := cell.months.at(m)
				tm.daysLost += n
				tm.reason[rows[i].code] += n
				if w.long[k] {
					tm.longDays += n
				}
				a = last + 1
			}
		}
	}
}

// A monthTable memoizes, for one worker, the month of each day it meets
// and the month's last day.
type monthTable struct {
	base int32
	ent  []monthEntry
}

type monthEntry struct {
	month int32 // monthOf, plus 1: 0 until filled
	last  int32 // the month's last day, as a Unix day
}

func (t *monthTable) entry(d int32) *monthEntry {
	i := d - t.base
	if i < 0 || int(i) >= len(t.ent) {
		lo, hi := d-400, d+400
		if len(t.ent) > 0 {
			lo, hi = min(d, t.base)-400, max(d+1, t.base+int32(len(t.ent)))+400
		}
		if hi-lo > 1<<16 { // far-off days: not memoized
			e := &monthEntry{}
			t.fill(e, d)
			return e
		}
		ent := make([]monthEntry, hi-lo)
		if len(t.ent) > 0 {
			copy(ent[t.base-lo:], t.ent)
		}
		t.base, t.ent = lo, ent
		i = d - t.base
	}
	e := &t.ent[i]
	if e.month == 0 {
		t.fill(e, d)
	}
	return e
}

func (t *monthTable) fill(e *monthEntry, d int32) {
	date := absence.FromUnixDays(int(d))
	e.month = int32(monthOf(date)) + 1
	e.last = int32(monthPeriod(monthOf(date)).End.UnixDays())
}

func (t *monthTable) month(d int32) int  { return int(t.entry(d).month - 1) }
func (t *monthTable) last(d int32) int32 { return t.entry(d).last }

// A trendRow is one row of the report: a team (or a roll-up) in a month.
type trendRow struct {
	dept, group string
	month       int
	head        int64
	fte         decimal.Decimal
	scheduled   int64
	trendMonth
}

// trendRows returns the report's rows, teams and roll-ups, sorted by
// department, staff group and month: the teams of acc, the months from
// the first one with a day lost or an activation to the last, cut to the
// period.
func trendRows(tab *attrTable, acc *trendsAcc, in period) []trendRow {
	// The roll-ups.
	roll := map[teamKey]*trendCell{}
	add := func(k teamKey, c *trendCell) {
		r := roll[k]
		if r == nil {
			r = newTrendCell()
			roll[k] = r
		}
		r.merge(c)
	}
	lo, hi := 1<<31-1, -1<<31
	for k, c := range acc.cells {
		add(k, c)
		if k != (teamKey{allGroups, allGroups}) {
			add(teamKey{k[0], allGroups}, c)
			add(teamKey{allGroups, k[1]}, c)
			add(teamKey{allGroups, allGroups}, c)
		}
		if a, b := c.months.span(); a < b {
			lo, hi = min(lo, a), max(hi, b)
		}
	}
	if !in.from.IsZero() {
		lo = max(lo, monthOf(in.from))
	}
	if !in.to.IsZero() {
		hi = min(hi, monthOf(in.to)+1)
	}
	name := func(a attribute, g int32) string {
		if g == allGroups {
			return "All"
		}
		return tab.name(a, uint16(g))
	}
	// Each pattern's scheduled days in each month of the period, once.
	periodOf := func(m int) absence.Period {
		p := monthPeriod(m)
		if !in.from.IsZero() && p.Start.Before(in.from) {
			p.Start = in.from
		}
		if !in.to.IsZero() && p.End.After(in.to) {
			p.End = in.to
		}
		return p
	}
	sched := map[*patternInfo][]int64{}
	var rows []trendRow
	for k, c := range roll {
		fte := decimal.Zero
		for f, n := range c.ftes {
			fte = fte.Add(f.fte.Mul(decimal.NewFromInt(n)))
		}
		scheduled := make([]int64, max(hi-lo, 0))
		for pat, n := range c.pats {
			days := sched[pat]
			if days == nil {
				days = make([]int64, len(scheduled))
				for m := lo; m < hi; m++ {
					days[m-lo] = int64(pat.week.ScheduledDays(periodOf(m)))
				}
				sched[pat] = days
			}
			for i, d := range days {
				scheduled[i] += d * n
			}
		}
		for m := lo; m < hi; m++ {
			rows = append(rows, trendRow{dept: name(department, k[0]), group: name(staffGroup, k[1]), month: m, head: c.head,
				fte: fte, scheduled: scheduled[m-lo], trendMonth: c.months.get(m)})
		}
	}
	slices.SortFunc(rows, func(a, b trendRow) int {
		return cmpFirst(teamOrder(a.dept, b.dept), teamOrder(a.group, b.group), a.month-b.month)
	})
	return rows
}

// teamOrder puts "All" first, then names in natural order (D2 before D10).
func teamOrder(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "All":
		return -1
	case b == "All":
		return 1
	}
	return naturalCompare(a, b)
}

// naturalCompare compares names with their runs of digits as numbers.
func naturalCompare(a, b string) int {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, _ := strconv.Atoi(a[:min(da, 18)])
			nb, _ := strconv.Atoi(b[:min(db, 18)])
			if na != nb {
				return cmp.Compare(na, nb)
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(int(a[0]), int(b[0]))
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

func cmpFirst(c ...int) int {
	for _, x := range c {
		if x != 0 {
			return x
		}
	}
	return 0
}

// writeTrends writes the rows as CSV.
func writeTrends(w io.Writer, rows []trendRow) error {
	b := make([]byte, 0, len(trendsHeader)+160*len(rows))
	b = append(b, trendsHeader...)
	num := func(n int64) { b = append(strconv.AppendInt(b, n, 10), ',') }
	for i := range rows {
		r := &rows[i]
		b = append(b, csvField(r.dept)...)
		b = append(b, ',')
		b = append(b, csvField(r.group)...)
		b = append(b, ',')
		b = append(b, monthText(r.month)...)
		b = append(b, ',')
		b = append(b, shownCount(r.head)...)
		if r.head < minShown {
			b = append(b, strings.Repeat(",*", strings.Count(trendsHeader, ",")-3)...)
			b = append(b, '\n')
			continue
		}
		b = append(b, ',')
		b = append(b, r.fte.StringFixed(2)...)
		b = append(b, ',')
		num(r.scheduled)
		num(r.daysLost)
		b = append(appendPercent(b, r.daysLost, r.scheduled), ',')
		num(r.episodes)
		b = append(append(b, perFTE(r.episodes, r.fte)...), ',')
		num(r.longDays)
		b = append(appendPercent(b, r.longDays, r.daysLost), ',')
		for _, n := range r.reason {
			num(n)
		}
		total := int64(0)
		for _, n := range r.acts {
			total += n
		}
		num(total)
		for _, n := range r.acts {
			num(n)
		}
		b[len(b)-1] = '\n'
	}
	_, err := w.Write(b)
	return err
}

// perFTE returns n over fte with 3 decimals.
func perFTE(n int64, fte decimal.Decimal) string {
	if fte.IsZero() {
		return ""
	}
	return decimal.NewFromInt(n).DivRound(fte, 3).StringFixed(3)
}
