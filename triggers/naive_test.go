package triggers_test

import (
	"math/rand/v2"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// naive evaluates the trigger points the slow, obvious way: for one day at a
// time, looking at every day of the window. It shares no code with the
// engine (only the absence package's dates, windows and schedules) and is the
// reference the property tests compare the engine with.
type naive struct {
	pol      triggers.Policy
	adj      triggers.Adjustment
	emp      absence.Employee
	meeting  int // Unix day; 0 with hasMeet false means none
	hasMeet  bool
	first    int    // Unix day of index 0 of the arrays
	ep       []int  // episode index of a counted day, -1 if not counted
	work     []bool // scheduled day
	hours    []decimal.Decimal
	cut      int // days after cut are not seen
	episodes int
	days     [][]int // counted days of each episode, in order
	seen     []int   // scratch: seen[e] == stamp when episode e was seen
	stamp    int
}

func newNaive(h absence.History, pol triggers.Policy, adj triggers.Adjustment, meeting absence.Date) *naive {
	first := absence.Date{Year: 2025, Month: time.January, Day: 1}.UnixDays()
	last := absence.Date{Year: 2032, Month: time.December, Day: 31}.UnixDays()
	n := &naive{pol: pol, adj: adj, emp: h.Employee, first: first, cut: last, episodes: len(h.Episodes)}
	if !meeting.IsZero() {
		n.meeting, n.hasMeet = meeting.UnixDays(), true
	}
	size := last - first + 1
	n.ep = make([]int, size)
	n.work = make([]bool, size)
	n.hours = make([]decimal.Decimal, size)
	for i := range n.ep {
		n.ep[i] = -1
		if s, ok := h.Employee.Schedule.ShiftOn(absence.FromUnixDays(first + i)); ok {
			n.work[i], n.hours[i] = true, s.Hours
		}
	}
	n.days = make([][]int, len(h.Episodes))
	n.seen = make([]int, len(h.Episodes))
	for e, ep := range h.Episodes {
		for _, p := range ep.Triggers.Counted {
			for day := range p.All() {
				n.ep[day.UnixDays()-first] = e
				n.days[e] = append(n.days[e], day.UnixDays())
			}
		}
	}
	return n
}

// episodeOf returns the episode of a counted day that counts, or -1: after
// the cut nothing is seen, and counting after a meeting only later days count.
func (n *naive) episodeOf(day int) int {
	if day > n.cut || day < n.first || day-n.first >= len(n.ep) {
		return -1
	}
	if n.hasMeet && n.pol.Counting == triggers.CountAfterMeeting && day <= n.meeting {
		return -1
	}
	return n.ep[day-n.first]
}

func (n *naive) months(t triggers.Trigger) int {
	switch t {
	case triggers.TRIG1:
		return n.pol.TRIG1.Months
	case triggers.TRIG2:
		return n.pol.TRIG2.Months
	case triggers.TRIG3:
		return n.pol.TRIG3.Months
	case triggers.TRIG4:
		return n.pol.TRIG4.Months
	default:
		return n.pol.TRIG5.Months
	}
}

// threshold returns the threshold of t, worked out from scratch.
func (n *naive) threshold(t triggers.Trigger) decimal.Decimal {
	pick := func(pol, adj int) decimal.Decimal {
		if adj != 0 {
			pol = adj
		}
		return decimal.NewFromInt(int64(pol))
	}
	days := func(pol, adj decimal.Decimal) decimal.Decimal {
		if !adj.IsZero() {
			pol = adj
		}
		v := pol.Mul(n.emp.FTE)
		if n.pol.ProRata == triggers.ByHours {
			v = v.Mul(n.emp.StandardDayHours)
		}
		return v
	}
	switch t {
	case triggers.TRIG1:
		return pick(n.pol.TRIG1.Episodes, n.adj.TRIG1)
	case triggers.TRIG2:
		return days(n.pol.TRIG2.Days, n.adj.TRIG2)
	case triggers.TRIG3:
		return pick(n.pol.TRIG3.Episodes, n.adj.TRIG3)
	case triggers.TRIG4:
		return days(n.pol.TRIG4.Days, n.adj.TRIG4)
	default:
		// TRIG-5, below
	}
	l := n.pol.TRIG5.Days
	if n.adj.TRIG5 != 0 {
		l = n.adj.TRIG5
	}
	if n.pol.TRIG5.Reading == triggers.MoreThan {
		l++
	}
	return decimal.NewFromInt(int64(l))
}

// window returns the first day of t's window ending on day.
func (n *naive) window(t triggers.Trigger, day int) int {
	return absence.RollingWindow(absence.FromUnixDays(day), n.months(t)).Start.UnixDays()
}

// amount returns the count of t in the window ending on day: episodes,
// working days or hours.
func (n *naive) amount(t triggers.Trigger, day int) decimal.Decimal {
	s := n.window(t, day)
	n.stamp++
	episodes, wd, hours := 0, 0, decimal.Zero
	for x := s; x <= day; x++ {
		e := n.episodeOf(x)
		if e < 0 {
			continue
		}
		if n.seen[e] != n.stamp {
			n.seen[e] = n.stamp
			episodes++
		}
		if n.work[x-n.first] {
			wd++
			hours = hours.Add(n.hours[x-n.first])
		}
	}
	switch {
	case t == triggers.TRIG1 || t == triggers.TRIG3:
		return decimal.NewFromInt(int64(episodes))
	case n.pol.ProRata == triggers.ByHours:
		return hours
	}
	return decimal.NewFromInt(int64(wd))
}

// active reports whether t is active on day.
func (n *naive) active(t triggers.Trigger, day int) bool {
	if t == triggers.TRIG5 {
		return n.long(day)
	}
	if n.amount(t, day).Cmp(n.threshold(t)) < 0 {
		return false
	}
	if n.hasMeet && n.pol.Counting == triggers.CountFullWindow {
		for x := max(n.window(t, day), n.meeting+1); x <= day; x++ {
			if n.episodeOf(x) >= 0 {
				return true
			}
		}
		return false
	}
	return true
}

// long is TRIG-5 on day: some episode's length, seen up to day, reached the
// threshold, and the episode has a counted day in the window. The length is
// the number of its counted days (CountedDays) or its counted span.
func (n *naive) long(day int) bool {
	length := int(n.threshold(triggers.TRIG5).IntPart())
	span := n.pol.TRIG5.Measure == triggers.CountedSpan
	s := n.window(triggers.TRIG5, day)
	for e := 0; e < n.episodes; e++ {
		first, seen, reach, inWindow := -1, 0, -1, false
		for _, x := range n.days[e] {
			if x > day {
				break
			}
			if n.episodeOf(x) != e {
				continue
			}
			if first < 0 {
				first = x
			}
			seen++ // counted days so far
			if span {
				seen = x - first + 1
			}
			if reach < 0 && seen >= length {
				reach = x // the first day the length seen so far is reached
			}
			if x >= s {
				inWindow = true
			}
		}
		if first < 0 || !inWindow || reach < 0 {
			continue
		}
		if n.hasMeet && n.pol.Counting == triggers.CountFullWindow && reach <= n.meeting {
			continue
		}
		return true
	}
	return false
}

// naiveEvent is an activation found day by day.
type naiveEvent struct {
	t             triggers.Trigger
	date, cleared absence.Date
}

// timeline evaluates every day from..to and returns the activations, each
// with the first day it was no longer active.
func (n *naive) timeline(from, to int) []naiveEvent {
	var out []naiveEvent
	for _, t := range triggers.Points() {
		prev := n.active(t, from-1)
		open := -1
		for x := from; x <= to; x++ {
			a := n.active(t, x)
			if a && !prev {
				out = append(out, naiveEvent{t: t, date: absence.FromUnixDays(x)})
				open = len(out) - 1
			}
			if !a && prev && open >= 0 {
				out[open].cleared = absence.FromUnixDays(x)
			}
			prev = a
		}
	}
	return out
}

// randomCase builds a random employee, history, policy and adjustment:
// weekly patterns (including part-time and Mon/Wed/Fri/Sun), rosters, bank
// holidays off, part days, exclusions, leave, fractional FTE thresholds,
// hours mode, both TRIG-5 readings and measures, month-end and leap-day
// windows.
type randomCase struct {
	emp  absence.Employee
	recs []absence.Record
	pol  triggers.Policy
	adj  triggers.Adjustment
}

var start2027 = absence.Date{Year: 2027, Month: time.January, Day: 1}

func newRandomCase(r *rand.Rand) randomCase {
	var c randomCase
	c.emp = randomEmployee(r)
	c.pol = triggers.HR14()
	if r.IntN(3) == 0 {
		c.pol.ProRata = triggers.ByHours
	}
	if r.IntN(3) == 0 {
		c.pol.TRIG5.Reading = triggers.MoreThan
	}
	if r.IntN(3) == 0 {
		c.pol.TRIG5.Measure = triggers.CountedSpan
	}
	if r.IntN(4) == 0 {
		c.pol.Recording.Exclude.NegativeSample = absence.LinkPrevails
	}
	if r.IntN(4) == 0 {
		c.pol.Recording.ExactlyHalf = absence.HalfSickness
	}
	if r.IntN(3) == 0 {
		c.pol.Recording.SicknessOnLeave = absence.OnLeaveFitNote
	}
	if r.IntN(4) == 0 { // a different trust's numbers
		c.pol.TRIG1 = triggers.EpisodeLimit{Months: 1 + r.IntN(12), Episodes: 1 + r.IntN(4)}
		c.pol.TRIG2 = triggers.DayLimit{Months: 1 + r.IntN(12), Days: decimal.NewFromInt(int64(1 + r.IntN(15)))}
		c.pol.TRIG4.Days = dec("7.5")
		c.pol.TRIG5.Days = 5 + r.IntN(30)
		c.pol.TRIG5.Months = 1 + r.IntN(12)
	}
	if r.IntN(4) == 0 {
		c.adj = triggers.Adjustment{TRIG1: c.pol.TRIG1.Episodes + r.IntN(2), TRIG4: c.pol.TRIG4.Days.Add(decimal.NewFromInt(int64(r.IntN(6)))),
			TRIG5: c.pol.TRIG5.Days + r.IntN(10)}
	}
	c.recs = randomRecords(r, c.emp)
	if r.IntN(4) == 0 && len(c.recs) > 0 {
		// Fertility treatment with its embryo transfer during a record:
		// sickness in the protected period is left out (ABS-24).
		rec := c.recs[r.IntN(len(c.recs))]
		t := absence.FertilityTreatment{Transfer: rec.Period.Start.AddDays(r.IntN(rec.Period.Days()))}
		if r.IntN(3) > 0 {
			t.Ended = t.Transfer.AddDays(r.IntN(20))
		}
		c.emp.FertilityTreatments = []absence.FertilityTreatment{t}
		if r.IntN(3) == 0 {
			c.pol.Recording.Exclude.Fertility = absence.PregnancyReasonOnly
		}
	}
	return c
}

func randomEmployee(r *rand.Rand) absence.Employee {
	h75, h125 := dec("7.5"), dec("12.5")
	emp := absence.Employee{ID: "rnd", StandardDayHours: h75}
	ftes := []string{"1", "0.8", "0.6", "0.65", "0.5"}
	emp.FTE = dec(ftes[r.IntN(len(ftes))])
	switch r.IntN(6) {
	case 0, 1:
		masks := []string{"MTWTF..", "MTW....", "MTWT...", "M.W.F.S", "...TFSS", "M......"}
		w, _ := absence.ParseWeekMask(masks[r.IntN(len(masks))], h75)
		emp.Schedule = w
	case 2:
		w, _ := absence.ParseWeekMask("MTWTF..", h75)
		emp.Schedule = w.BankHolidaysOff(absence.EnglandAndWales())
	case 3:
		var week [7]absence.Shift
		week[time.Monday] = absence.Shift{Hours: h125}
		week[time.Wednesday] = absence.Shift{Hours: h125}
		week[time.Saturday] = absence.Shift{Hours: dec("11.25"), Night: true}
		w, _ := absence.NewWeeklyPattern(week)
		emp.Schedule = w
	default:
		var shifts []absence.RosterShift
		density := 2 + r.IntN(6) // shifts on about density in 8 days
		hours := []decimal.Decimal{h75, h125, dec("11.5"), dec("4")}
		for day := start2027.AddDays(-400); day.Before(start2027.AddDays(1500)); day = day.AddDays(1) {
			if r.IntN(8) < density {
				shifts = append(shifts, absence.RosterShift{Date: day, Hours: hours[r.IntN(len(hours))]})
			}
		}
		ro, _ := absence.NewRoster(shifts)
		emp.Schedule = ro
	}
	return emp
}

func randomRecords(r *rand.Rand, emp absence.Employee) []absence.Record {
	var recs []absence.Record
	day := start2027.AddDays(r.IntN(60))
	count := 3 + r.IntN(20)
	reasons := []absence.Reason{absence.Infection, absence.Musculoskeletal, absence.Stress, absence.Other,
		absence.OccupationalInfection, absence.PregnancyRelated, absence.SurgeryPlanned}
	for range count {
		if r.IntN(10) == 0 {
			// A long episode with a stretch that does not count in the
			// middle (leave, or excluded sickness), as far as TRIG-5's
			// length: its 28th day may fall in the stretch.
			first := 3 + r.IntN(15)
			mid := absence.Record{Period: absence.Period{Start: day.AddDays(first), End: day.AddDays(first + 4 + r.IntN(25))}, Kind: absence.Leave}
			if r.IntN(2) == 0 {
				mid.Kind, mid.Reason = absence.Sickness, absence.PregnancyRelated
			}
			recs = append(recs,
				absence.Record{Period: absence.Period{Start: day, End: day.AddDays(first - 1)}, Reason: absence.Infection},
				mid,
				absence.Record{Period: absence.Period{Start: mid.Period.End.AddDays(1), End: mid.Period.End.AddDays(1 + r.IntN(10))}, Reason: absence.Other})
			day = recs[len(recs)-1].Period.End.AddDays(2 + r.IntN(40))
			continue
		}
		length := 1 + r.IntN(5)
		if r.IntN(6) == 0 {
			length = 10 + r.IntN(50)
		}
		rec := absence.Record{Period: absence.Period{Start: day, End: day.AddDays(length - 1)}, Reason: reasons[r.IntN(len(reasons))]}
		switch k := r.IntN(20); {
		case k < 2:
			rec.Kind, rec.Reason = absence.Leave, absence.ReasonUnknown
		case k < 3:
			rec.Kind, rec.Reason = absence.MedicalExclusion, absence.ReasonUnknown
		case k < 4:
			rec.Kind, rec.Reason = absence.Unauthorised, absence.ReasonUnknown
		case k < 5:
			rec.Kind = absence.MedicalSuspension
			rec.Evidence.OHConfirmedFit = r.IntN(2) == 0
		}
		if rec.Kind == absence.Sickness {
			rec.Evidence.InfectionControlLink = r.IntN(2) == 0
			rec.Evidence.DisabilityDiscounted = r.IntN(10) == 0
			rec.Evidence.Specimen = absence.Specimen(r.IntN(4))
			if s, ok := emp.Schedule.ShiftOn(day); ok && r.IntN(5) == 0 {
				half := s.Hours.Div(decimal.NewFromInt(2))
				worked := []decimal.Decimal{decimal.Zero, half, half.Sub(dec("0.5")), s.Hours.Sub(dec("0.25"))}
				rec.PartDay = &absence.PartDay{Worked: worked[r.IntN(len(worked))], SentHome: r.IntN(8) == 0}
			}
			if length >= 3 && r.IntN(8) == 0 {
				// A "may be fit" note from a later day: the employer made
				// the changes (at work from then, ABS-20) or could not.
				from := day.AddDays(1 + r.IntN(length-1))
				c := absence.Certificate{Kind: absence.FitNote, Fitness: absence.MayBeFitForWork, Received: from,
					Covers: absence.Period{Start: from, End: from.AddDays(r.IntN(10))}, Advice: []absence.Advice{absence.PhasedReturn}}
				c.Employer = &absence.AdviceDecision{Decided: from}
				if r.IntN(3) > 0 {
					c.Employer.Made, c.Employer.From = true, from
				}
				rec.Certificates = append(rec.Certificates, c)
			}
		}
		if rec.Kind == absence.Leave && r.IntN(2) == 0 {
			// Sickness during the booked leave, reported on its first day
			// or not: it replaces the leave or the days stay leave (ABS-21).
			from := day.AddDays(r.IntN(length))
			sick := absence.Record{Period: absence.Period{Start: from, End: from.AddDays(r.IntN(length + 3))}, Reason: absence.Infection}
			if r.IntN(3) > 0 {
				sick.Reported = time.Date(from.Year, from.Month, from.Day, 6, 0, 0, 0, time.UTC)
			}
			if r.IntN(3) == 0 {
				sick.Certificates = []absence.Certificate{{Kind: absence.FitNote, Covers: sick.Period, Received: sick.Period.End}}
			}
			recs = append(recs, rec, sick)
			last := rec.Period.End
			if sick.Period.End.After(last) {
				last = sick.Period.End
			}
			day = last.AddDays(1 + r.IntN(40))
			continue
		}
		recs = append(recs, rec)
		gap := r.IntN(40)
		if r.IntN(4) == 0 {
			gap = r.IntN(4) // adjacent or nearly: episodes join over rest days
		}
		day = rec.Period.End.AddDays(1 + gap)
	}
	return recs
}

// counts returns the episodes, working days and hours of t's window ending
// on day.
func (n *naive) counts(t triggers.Trigger, day int) (episodes, wd int, hours decimal.Decimal) {
	s := n.window(t, day)
	n.stamp++
	hours = decimal.Zero
	for x := s; x <= day; x++ {
		e := n.episodeOf(x)
		if e < 0 {
			continue
		}
		if n.seen[e] != n.stamp {
			n.seen[e] = n.stamp
			episodes++
		}
		if n.work[x-n.first] {
			wd++
			hours = hours.Add(n.hours[x-n.first])
		}
	}
	return episodes, wd, hours
}

// isolated returns a random period of length days, not overlapping recs,
// with a scheduled day that no record covers between it and every record
// (so it joins no episode), or ok false after some tries.
func isolated(r interface{ IntN(int) int }, emp absence.Employee, recs []absence.Record, length int) (absence.Period, bool) {
	covered := func(d absence.Date) bool {
		for _, rec := range recs {
			if rec.Period.Contains(d) {
				return true
			}
		}
		return false
	}
	// worked reports whether some scheduled day in from..to is not covered.
	worked := func(from, to absence.Date) bool {
		for x := range (absence.Period{Start: from, End: to}).All() {
			if _, ok := emp.Schedule.ShiftOn(x); ok && !covered(x) {
				return true
			}
		}
		return false
	}
	for range 200 {
		s := start2027.AddDays(r.IntN(1200))
		p := absence.Period{Start: s, End: s.AddDays(length - 1)}
		ok := true
		for _, rec := range recs {
			if rec.Period.Overlaps(p) {
				ok = false
				break
			}
			if rec.Period.End.Before(p.Start) && !worked(rec.Period.End.AddDays(1), p.Start.AddDays(-1)) {
				ok = false
				break
			}
			if rec.Period.Start.After(p.End) && !worked(p.End.AddDays(1), rec.Period.Start.AddDays(-1)) {
				ok = false
				break
			}
		}
		if ok {
			return p, true
		}
	}
	return absence.Period{}, false
}

// free returns a random period of length days overlapping no record.
func free(r interface{ IntN(int) int }, recs []absence.Record, length int) (absence.Period, bool) {
	for range 200 {
		s := start2027.AddDays(r.IntN(1200))
		p := absence.Period{Start: s, End: s.AddDays(length - 1)}
		ok := true
		for _, rec := range recs {
			if rec.Period.Overlaps(p) {
				ok = false
				break
			}
		}
		if ok {
			return p, true
		}
	}
	return absence.Period{}, false
}
