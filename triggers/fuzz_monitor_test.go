package triggers_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// fuzzCase decodes a trigger case from bytes: byte 0 the schedule (working
// weekdays; bit 7 bank holidays off), byte 1 the FTE and the policy's
// readings, byte 2 another trust's numbers (bits 6 and 7: the negative-sample
// and TRIG-5 measure knobs), byte 3 a reasonable adjustment, then records of
// 4 bytes each (gap, length, kind and evidence, part day and specimen; kind
// 4 a "may be fit" note with the changes made, ABS-20; 5 leave with sickness
// over it, ABS-21; 6 an embryo transfer during it, ABS-24), from
// 2027-01-01 for at most three years. Records never overlap, so the
// history is always valid: the fuzzer explores the trigger engine.
func fuzzCase(b []byte) (randomCase, bool) {
	if len(b) < 4 {
		return randomCase{}, false
	}
	sched, knobs, nums, adj := b[0], b[1], b[2], b[3]
	b = b[4:]
	var c randomCase
	h75 := dec("7.5")
	week := [7]absence.Shift{}
	mask := sched & 0x7f
	if mask == 0 {
		mask = 0x3e // Monday to Friday
	}
	for wd := range 7 {
		if mask&(1<<wd) != 0 {
			week[wd] = absence.Shift{Hours: []decimal.Decimal{h75, dec("12.5"), dec("4")}[wd%3]}
		}
	}
	w, err := absence.NewWeeklyPattern(week)
	if err != nil {
		return randomCase{}, false
	}
	if sched&0x80 != 0 {
		w = w.BankHolidaysOff(absence.EnglandAndWales())
	}
	ftes := []string{"1", "0.8", "0.6", "0.65", "0.5", "0.3", "1", "0.75"}
	c.emp = absence.Employee{ID: "fz", FTE: dec(ftes[knobs%8]), StandardDayHours: h75, Schedule: w}

	c.pol = triggers.HR14()
	if knobs&0x08 != 0 {
		c.pol.ProRata = triggers.ByHours
	}
	if knobs&0x10 != 0 {
		c.pol.TRIG5.Reading = triggers.MoreThan
	}
	if knobs&0x20 != 0 {
		c.pol.Recording.ExactlyHalf = absence.HalfSickness
	}
	if knobs&0x40 != 0 {
		c.pol.Counting = triggers.CountFullWindow
	}
	if knobs&0x80 != 0 { // another trust's numbers
		c.pol.TRIG1 = triggers.EpisodeLimit{Months: 1 + int(nums%12), Episodes: 1 + int(nums>>4%4)}
		c.pol.TRIG2 = triggers.DayLimit{Months: 1 + int(nums>>2%12), Days: decimal.NewFromInt(int64(1 + nums%15))}
		c.pol.TRIG4.Days = dec("7.5")
		c.pol.TRIG5 = triggers.LengthLimit{Days: 3 + int(nums%30), Reading: c.pol.TRIG5.Reading, Months: 1 + int(nums>>3%12)}
	}
	if nums&0x80 != 0 {
		c.pol.TRIG5.Measure = triggers.CountedSpan
	}
	if nums&0x40 != 0 {
		c.pol.Recording.Exclude.NegativeSample = absence.LinkPrevails
	}
	if adj != 0 {
		c.adj = triggers.Adjustment{TRIG1: c.pol.TRIG1.Episodes + int(adj%3), TRIG4: c.pol.TRIG4.Days.Add(decimal.NewFromInt(int64(adj >> 2 % 6))),
			TRIG5: c.pol.TRIG5.Days + int(adj>>5)}
		if adj%3 == 0 {
			c.adj.TRIG1 = 0
		}
	}

	day := start2027
	last := start2027.AddMonths(36)
	for len(b) >= 4 && len(c.recs) < 40 {
		gap, length, kind, part := b[0], b[1], b[2], b[3]
		b = b[4:]
		start := day.AddDays(int(gap % 50))
		n := 1 + int(length%8)
		if length&0x80 != 0 {
			n = 10 + int(length%50)
		}
		end := start.AddDays(n - 1)
		if end.After(last) {
			break
		}
		r := absence.Record{Period: absence.Period{Start: start, End: end},
			Reason: []absence.Reason{absence.Infection, absence.Musculoskeletal, absence.Stress, absence.Other,
				absence.OccupationalInfection, absence.PregnancyRelated, absence.SurgeryPlanned, absence.MentalHealth}[kind%8]}
		switch kind >> 3 % 8 {
		case 1:
			r.Kind, r.Reason = absence.Leave, absence.ReasonUnknown
		case 2:
			r.Kind, r.Reason = absence.MedicalExclusion, absence.ReasonUnknown
		case 3:
			r.Kind = absence.MedicalSuspension
			r.Evidence.OHConfirmedFit = kind&0x80 != 0
		case 4: // a "may be fit" note whose changes the employer made: at work from its day (ABS-20)
			from := start.AddDays(1 + int(part>>1)%n)
			if from.After(end) {
				break
			}
			r.Certificates = []absence.Certificate{{Kind: absence.FitNote, Fitness: absence.MayBeFitForWork, Received: from,
				Covers: absence.Period{Start: from, End: end}, Employer: &absence.AdviceDecision{Made: true, From: from, Decided: from}}}
		case 5: // booked leave with sickness over its later days, reported on their first day or not (ABS-21)
			r.Kind, r.Reason = absence.Leave, absence.ReasonUnknown
			from := start.AddDays(int(part>>1) % n)
			sick := absence.Record{Period: absence.Period{Start: from, End: end.AddDays(int(part >> 5))}, Reason: absence.Infection}
			if part&1 != 0 {
				sick.Reported = time.Date(from.Year, from.Month, from.Day, 6, 0, 0, 0, time.UTC)
			}
			if kind&0x80 != 0 {
				c.pol.Recording.SicknessOnLeave = absence.OnLeaveFitNote
				sick.Certificates = []absence.Certificate{{Kind: absence.FitNote, Covers: absence.Period{Start: from, End: from}, Received: from}}
			}
			c.recs = append(c.recs, r)
			r, end = sick, sick.Period.End
			c.recs = append(c.recs, r)
			day = end.AddDays(1)
			continue
		case 6: // an embryo transfer during this sickness: its protected period (ABS-24)
			ft := absence.FertilityTreatment{Transfer: start.AddDays(int(part>>1) % n)}
			if part&1 == 0 {
				ft.Ended = ft.Transfer.AddDays(int(part >> 4))
			}
			if k := len(c.emp.FertilityTreatments); k == 0 || ft.Transfer.After(c.emp.FertilityTreatments[k-1].Transfer) {
				c.emp.FertilityTreatments = append(c.emp.FertilityTreatments, ft)
			}
		}
		if r.Kind == absence.Sickness {
			r.Evidence.InfectionControlLink = kind&0x40 != 0
			r.Evidence.DisabilityDiscounted = kind&0xc0 == 0xc0
			r.Evidence.Specimen = absence.Specimen(part >> 5 & 3)
			if sh, ok := w.ShiftOn(start); ok && part&1 != 0 {
				worked := sh.Hours.Mul(decimal.New(int64(part>>1%10), -1)) // 0 … 90% of the shift
				r.PartDay = &absence.PartDay{Worked: worked, SentHome: part&0x80 != 0}
			}
		}
		c.recs = append(c.recs, r)
		day = end.AddDays(1)
	}
	return c, true
}

// FuzzMonitor is the trigger engine's fuzz target (issue 10: trigger
// evaluation, no panic, invariants hold). For a decoded case it checks, on
// every input: the timeline found by the sweep equals day-by-day evaluation
// (the naive reference), before and after a stage meeting; Evaluate and
// Headroom agree with it on the given day; an active trigger clears on the
// day day-by-day evaluation of the history cut there says; TimelineTo is the
// timeline cut; results marshal to JSON; patterns never activate anything.
func FuzzMonitor(f *testing.F) {
	f.Add([]byte{0x3e, 0, 0, 0, 5, 1, 0, 0, 50, 0, 0, 0}, uint16(100), uint16(70))                          // worked example 1 (two short absences)
	f.Add([]byte{0x0e, 2, 0, 0, 30, 13, 0, 0}, uint16(30), uint16(45))                                      // worked example 2 (0.6 FTE, Mon–Wed)
	f.Add([]byte{0x3e, 0, 0, 0, 10, 0xa7, 0, 0}, uint16(200), uint16(60))                                   // worked example 3 (a long absence)
	f.Add([]byte{0x3e, 0x40, 0, 0, 3, 9, 0, 0, 0, 19, 8, 0, 0, 4, 3, 0}, uint16(20), uint16(40))            // leave inside an episode, full window
	f.Add([]byte{0xbe, 0x9b, 0x35, 0x27, 2, 2, 0x44, 3, 7, 0x85, 5, 0, 1, 1, 2, 1}, uint16(9), uint16(300)) // trust numbers, hours, adjustment
	f.Fuzz(func(t *testing.T, b []byte, meetingDay, asOfDay uint16) {
		c, ok := fuzzCase(b)
		if !ok {
			return
		}
		h, err := absence.NewHistory(c.emp, c.recs, c.pol.Recording)
		if err != nil {
			t.Fatalf("a decoded history is invalid: %v", err)
		}
		m, err := triggers.New(h, c.pol)
		if err != nil {
			t.Fatal(err)
		}
		if !c.adj.IsZero() {
			if m, err = m.WithAdjustment(c.adj); err != nil {
				if !errors.Is(err, triggers.ErrAdjustment) && !errors.Is(err, triggers.ErrInvalidPolicy) {
					t.Fatalf("untyped error %v", err)
				}
				return
			}
		}
		// Day by day from before the first record to 13 months after the
		// last, when every window has emptied.
		from, to := start2027.AddDays(-2).UnixDays(), start2027.AddMonths(13).UnixDays()
		if n := len(c.recs); n > 0 {
			to = c.recs[n-1].Period.End.AddMonths(13).UnixDays()
		}
		asOf := start2027.AddDays(int(asOfDay % 1300))
		meeting := start2027.AddDays(int(meetingDay % 1100))
		ms, err := m.Since(meeting)
		if err != nil {
			t.Fatal(err)
		}
		for _, mon := range []struct {
			m       *triggers.Monitor
			meeting absence.Date
		}{{m, absence.Date{}}, {ms, meeting}} {
			nv := newNaive(h, c.pol, c.adj, mon.meeting)
			want := nv.timeline(from, to)
			got := timelineOf(mon.m)
			if len(want) != len(got) {
				t.Fatalf("meeting %v: timeline %v, day by day %v", mon.meeting, got, want)
			}
			for i := range want {
				if want[i] != got[i] {
					t.Fatalf("meeting %v: activation %d is %+v, day by day %+v", mon.meeting, i, got[i], want[i])
				}
			}
			for _, a := range mon.m.Timeline() {
				if a.Trigger == triggers.TRIG6 || (!mon.meeting.IsZero() && !a.Date.After(mon.meeting)) {
					t.Fatalf("activation %v", a)
				}
				_ = a.String()
				_ = a.Explain()
			}

			st, err := mon.m.Evaluate(asOf)
			if err != nil {
				t.Fatal(err)
			}
			hr, err := mon.m.Headroom(asOf)
			if err != nil {
				t.Fatal(err)
			}
			for i, ch := range st.Checks {
				tr := ch.Trigger
				if active := nv.active(tr, asOf.UnixDays()); ch.Active != active || hr.Rooms[i].Active != active {
					t.Fatalf("%v on %v: Evaluate %v, Headroom %v, day by day %v", tr, asOf, ch.Active, hr.Rooms[i].Active, active)
				}
				if tr != triggers.TRIG5 {
					eps, wd, _ := nv.counts(tr, asOf.UnixDays())
					if ch.Evidence.Episodes != eps || ch.Evidence.WorkingDays != wd {
						t.Fatalf("%v on %v: %d episodes %d days, day by day %d %d", tr, asOf, ch.Evidence.Episodes, ch.Evidence.WorkingDays, eps, wd)
					}
				}
				r := hr.Rooms[i]
				switch {
				case r.Active && !r.Clear.After(asOf):
					t.Fatalf("%v active on %v clears on %v", tr, asOf, r.Clear)
				case !r.Active && !r.Clear.IsZero():
					t.Fatalf("%v not active has a clear date", tr)
				case !r.Active && tr != triggers.TRIG5 && !r.Pending && !r.Left.IsPositive():
					t.Fatalf("%v not active, not pending, with %v left", tr, r.Left)
				}
			}
			// Clear dates: day by day on the history cut at asOf.
			cut := newNaive(h, c.pol, c.adj, mon.meeting)
			cut.cut = asOf.UnixDays()
			for _, r := range hr.Rooms {
				if !r.Active {
					continue
				}
				x := asOf.UnixDays() + 1
				for cut.active(r.Trigger, x) && x < to+800 {
					x++
				}
				if absence.FromUnixDays(x) != r.Clear {
					t.Fatalf("%v as of %v (meeting %v): clear %v, day by day %v", r.Trigger, asOf, mon.meeting, r.Clear, absence.FromUnixDays(x))
				}
			}
			// TimelineTo is the timeline seen as of asOf.
			tl, err := mon.m.TimelineTo(asOf)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, a := range mon.m.Timeline() {
				if a.Date.After(asOf) {
					continue
				}
				b := tl[n]
				n++
				stillActive := b.Cleared.IsZero() && a.Cleared.After(asOf) // no clear date seen as of asOf
				if b.Trigger != a.Trigger || b.Date != a.Date || (b.Cleared != a.Cleared && !stillActive) {
					t.Fatalf("TimelineTo(%v) has %v %v %v, Timeline %v %v %v", asOf, b.Trigger, b.Date, b.Cleared, a.Trigger, a.Date, a.Cleared)
				}
			}
			if n != len(tl) {
				t.Fatalf("TimelineTo(%v) has %d activations, the timeline %d up to then", asOf, len(tl), n)
			}
			for _, v := range []any{st, hr, tl} {
				if _, err := json.Marshal(v); err != nil {
					t.Fatal(err)
				}
			}
			_, _ = st.String(), st.Explain()
			_ = hr.String()
			if !mon.meeting.IsZero() {
				if _, err := mon.m.Lapse(asOf); err != nil {
					t.Fatal(err)
				}
			}
		}
		ps, err := m.Patterns(asOf, absence.EnglandAndWales())
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps.Findings {
			if p.Count < 0 || (p.Kind != triggers.PatternPartDays && p.Kind != triggers.PatternTimeOfYear && p.Count > p.Of) || p.Recognisable != (p.Count >= p.Level) {
				t.Fatalf("pattern %+v", p)
			}
		}
		_ = ps.String()
	})
}
