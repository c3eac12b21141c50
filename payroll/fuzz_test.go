package payroll_test

import (
	"errors"
	"math/rand"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// typed fails the test unless err is an *InputError wrapping one of the
// classes given.
func typed(t *testing.T, err error, classes ...payroll.Error) {
	t.Helper()
	var ie *payroll.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("untyped error %T: %v", err, err)
	}
	for _, c := range classes {
		if errors.Is(err, c) {
			return
		}
	}
	t.Fatalf("error %v is not one of %v", err, classes)
}

var base = absence.Date{Year: 2024, Month: 4, Day: 6}

func FuzzTable(f *testing.F) {
	f.Add(uint16(0), uint16(30), uint16(31), uint16(0), uint16(15))
	f.Add(uint16(10), uint16(5), uint16(3), uint16(40), uint16(200))
	f.Fuzz(func(t *testing.T, from1, len1, gap, len2, probe uint16) {
		e1 := payroll.Dated[payroll.SSPRate]{From: base.AddDays(int(from1 % 1000)), Value: payroll.SSPRate{Weekly: decimal.NewFromInt(1)}, Source: "s"}
		e1.To = e1.From.AddDays(int(len1%500) - 10) // may end before it starts
		e2 := payroll.Dated[payroll.SSPRate]{From: e1.To.AddDays(int(gap%100) - 5), Value: e1.Value, Source: "s"}
		if len2%3 != 0 {
			e2.To = e2.From.AddDays(int(len2 % 500))
		}
		tab := payroll.Table[payroll.SSPRate]{Name: "T", Entries: []payroll.Dated[payroll.SSPRate]{e1, e2}}
		if err := tab.Validate(); err != nil {
			typed(t, err, payroll.ErrInvalidTable)
			return
		}
		day := base.AddDays(int(probe % 2000))
		got, err := tab.At(day)
		var want []payroll.Dated[payroll.SSPRate]
		for _, e := range tab.Entries {
			if e.Covers(day) {
				want = append(want, e)
			}
		}
		switch {
		case len(want) > 1:
			t.Fatalf("a valid table has %d entries on %v", len(want), day)
		case len(want) == 0 && !errors.Is(err, payroll.ErrNoParameter):
			t.Fatalf("At(%v) = %+v, %v; no entry covers it", day, got, err)
		case len(want) == 1 && (err != nil || got.From != want[0].From):
			t.Fatalf("At(%v) = %+v, %v; want %+v", day, got, err, want[0])
		}
	})
}

func FuzzPhasedReturn(f *testing.F) {
	f.Add(uint8(27), []byte{10, 20, 30, 37}, uint16(0), uint16(0), true, true, false)
	f.Add(uint8(41), []byte{10, 20, 30, 30, 30, 30}, uint16(100), uint16(50), true, true, true)
	f.Add(uint8(70), []byte{1, 2, 3}, uint16(0), uint16(0), false, true, false)
	sched, err := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, lastDay uint8, hrs []byte, leave, lieu uint16, advice, rationale, lieuFirst bool) {
		plan := payroll.Plan{Start: mustDate("2026-03-02"), PhysicianAdvice: advice, OHRationale: rationale,
			AnnualLeave: decimal.New(int64(leave), -1), Lieu: decimal.New(int64(lieu), -1), Schedule: sched}
		plan.End = plan.Start.AddDays(int(lastDay) - 3) // may end before it starts
		for _, h := range hrs {
			plan.Hours = append(plan.Hours, decimal.New(int64(h), -1).Mul(decimal.NewFromInt(5)))
		}
		pol := payroll.HR14()
		if lieuFirst {
			pol.Draw = payroll.LieuFirst
		}
		got, err := pol.PhasedReturn(plan)
		if err != nil {
			typed(t, err, payroll.ErrPlanLength, payroll.ErrPlanWeeks, payroll.ErrExtensionEvidence,
				payroll.ErrAdditionalHours, payroll.ErrNotEnoughLeave, payroll.ErrAmount)
			return
		}
		days := plan.End.DaysSince(plan.Start) + 1
		if days > 56 || (days > 28 && (!advice || !rationale)) {
			t.Fatalf("a %d-day plan was accepted (advice %v, rationale %v)", days, advice, rationale)
		}
		need := decimal.Zero
		for _, w := range got.Weeks {
			if w.NotWorked.IsNegative() || w.Planned.GreaterThan(w.Contracted) {
				t.Fatalf("week %v: %v of %v hours", w.Week, w.Planned, w.Contracted)
			}
			if w.Extension {
				need = need.Add(w.NotWorked)
				if !w.Leave.Add(w.Lieu).Equal(w.NotWorked) {
					t.Fatalf("week %v: %v + %v drawn for %v not worked", w.Week, w.Leave, w.Lieu, w.NotWorked)
				}
			} else if !w.Leave.IsZero() || !w.Lieu.IsZero() {
				t.Fatalf("week %v drew leave inside the normal 4 weeks", w.Week)
			}
			if w.LeaveLeft.IsNegative() || w.LieuLeft.IsNegative() {
				t.Fatalf("week %v: balances %v, %v", w.Week, w.LeaveLeft, w.LieuLeft)
			}
		}
		if !got.Leave.Add(got.Lieu).Equal(need) || got.Leave.GreaterThan(plan.AnnualLeave) || got.Lieu.GreaterThan(plan.Lieu) {
			t.Fatalf("drew %v leave and %v lieu for %v hours from %v and %v", got.Leave, got.Lieu, need, plan.AnnualLeave, plan.Lieu)
		}
	})
}

func FuzzInjuryAllowance(f *testing.F) {
	f.Add(uint32(250000), uint32(125000), uint32(40000), uint8(0), uint8(30))
	f.Add(uint32(250000), uint32(0), uint32(40000), uint8(200), uint8(30))
	f.Add(uint32(1), uint32(0), uint32(0), uint8(20), uint8(0))
	f.Fuzz(func(t *testing.T, pay, received, benefits uint32, startOffset, length uint8) {
		period := absence.Period{Start: mustDate("2026-01-01")}
		period.End = period.Start.AddDays(int(length))
		in := payroll.InjuryInput{Attributable: true, Start: mustDate("2025-01-01").AddDays(int(startOffset) * 2),
			Periods: []payroll.InjuryPeriod{{Period: period, Pay: decimal.New(int64(pay), -2),
				Received: decimal.New(int64(received), -2), Benefits: decimal.New(int64(benefits), -2)}}}
		got, err := payroll.HR14().InjuryAllowance(in)
		if err != nil {
			typed(t, err, payroll.ErrAmount)
			return
		}
		ia := got.Payments[0].Allowance
		target := decimal.RequireFromString("0.85").Mul(in.Periods[0].Pay)
		income := in.Periods[0].Received.Add(in.Periods[0].Benefits)
		switch {
		case ia.IsNegative():
			t.Fatalf("negative allowance %v", ia)
		case !ia.Equal(ia.Round(2)):
			t.Fatalf("allowance %v not to the penny", ia)
		case !in.Periods[0].Received.LessThan(in.Periods[0].Pay) && !ia.IsZero():
			t.Fatalf("allowance %v on full pay", ia)
		case ia.Add(income).Sub(target).GreaterThan(decimal.New(5, -3)) && ia.IsPositive():
			t.Fatalf("allowance %v tops %v above 85%% (%v)", ia, income, target)
		}
		if got.Payments[0].Share.Equal(decimal.NewFromInt(1)) && in.Periods[0].Received.LessThan(in.Periods[0].Pay) &&
			!ia.Equal(decimal.Max(decimal.Zero, target.Sub(income)).Round(2)) {
			t.Fatalf("whole period inside: allowance %v, want max(0, %v − %v)", ia, target, income)
		}
	})
}

// checkSSP checks the invariants of an SSP result.
func checkSSP(t *testing.T, got payroll.SSP) {
	t.Helper()
	sum := map[absence.Date]decimal.Decimal{}
	for _, day := range got.Days {
		if !day.Paid && !day.Amount.IsZero() {
			t.Fatalf("%v: unpaid day with amount %v", day.Date, day.Amount)
		}
		if day.Waiting && day.Date.Compare(mustDate("2026-04-06")) >= 0 {
			t.Fatalf("%v: waiting day from 6 April 2026", day.Date)
		}
		if day.Paid && (!day.Daily.Equal(day.Daily.Truncate(4)) || day.Amount.GreaterThan(day.Daily) || !day.Qualifying) {
			t.Fatalf("%v: daily %v, amount %v, qualifying %v", day.Date, day.Daily, day.Amount, day.Qualifying)
		}
		w := day.Date.AddDays(-int(day.Date.Weekday()))
		sum[w] = sum[w].Add(day.Amount)
	}
	total := decimal.Zero
	for _, w := range got.Weeks {
		s := sum[w.Week.Start]
		if w.Amount.LessThan(s) || !w.Amount.Sub(s).LessThan(decimal.New(1, -2)) || !w.Amount.Equal(w.Amount.Round(2)) {
			t.Fatalf("week %v: %v for daily amounts adding up to %v", w.Week, w.Amount, s)
		}
		total = total.Add(w.Amount)
	}
	if !total.Equal(got.Total) {
		t.Fatalf("total %v, weeks add up to %v", got.Total, total)
	}
	// No SSP inside an exclusion; SSP1 is due no earlier than the PIW's
	// first day, and the last day paid is a paid day before it.
	for _, x := range got.Exclusions {
		if x.From.Before(x.PIW) || x.Due.Before(x.PIW) || (!x.Until.IsZero() && x.Until.Before(x.From)) {
			t.Fatalf("exclusion %+v out of order", x)
		}
		if !x.LastPaid.IsZero() {
			if day, ok := got.Day(x.LastPaid); !ok || !day.Paid || !x.LastPaid.Before(x.From) {
				t.Fatalf("exclusion %+v: last paid %v is not a paid day before it", x, x.LastPaid)
			}
		}
		for _, day := range got.Days {
			if day.Paid && !day.Date.Before(x.From) && (x.Until.IsZero() || !day.Date.After(x.Until)) && inPIW(got, x.PIW, day.Date) {
				t.Fatalf("%v paid inside exclusion %+v", day.Date, x)
			}
		}
	}
	// At most 28 weeks of SSP in a PIW: 28 × the highest weekly rate, plus a
	// penny of rounding a week.
	for _, w := range got.PIWs {
		paid := decimal.Zero
		for _, day := range got.Days {
			for _, s := range w.Spells {
				if s.Contains(day.Date) {
					paid = paid.Add(day.Amount)
				}
			}
		}
		if paid.GreaterThan(decimal.RequireFromString("123.25").Mul(decimal.NewFromInt(28))) {
			t.Fatalf("PIW %v paid %v, more than 28 weeks", w.Spells, paid)
		}
	}
}

// inPIW reports whether d is in the PIW starting on start.
func inPIW(got payroll.SSP, start, d absence.Date) bool {
	for _, w := range got.PIWs {
		if w.Spells[0].Start != start {
			continue
		}
		for _, s := range w.Spells {
			if s.Contains(d) {
				return true
			}
		}
	}
	return false
}

// sspCase builds SSP input from fuzzed numbers: up to three runs of
// incapacity between 6 April 2024 and 5 April 2027.
func sspCase(start uint16, len1, gap1, len2, gap2, len3 uint8, mask uint8) payroll.SSPInput {
	var in payroll.SSPInput
	d := base.AddDays(int(start % 1000))
	for i, n := range []uint8{len1, len2, len3} {
		if i > 0 {
			d = d.AddDays(1 + int([]uint8{gap1, gap2}[i-1]%90))
		}
		p := absence.Period{Start: d, End: d.AddDays(int(n % 200))}
		if p.End.After(mustDate("2027-04-05")) {
			break
		}
		in.Incapacity = append(in.Incapacity, p)
		in.Earnings = append(in.Earnings, payroll.Earnings{For: d, Pattern: payroll.PaidWeekly, Total: decimal.NewFromInt(int64(mask) * 10)})
		d = p.End
	}
	m := []byte("MTWTFSS")
	for i := range m {
		if mask&(1<<i) == 0 {
			m[i] = '.'
		}
	}
	if mask&0x7f == 0 {
		m[2] = 'W'
	}
	in.Schedule, _ = absence.ParseWeekMask(string(m), decimal.RequireFromString("7.5"))
	return in
}

func FuzzSSP(f *testing.F) {
	f.Add(uint16(0), uint8(11), uint8(20), uint8(3), uint8(56), uint8(199), uint8(0x1f))
	f.Add(uint16(700), uint8(0), uint8(0), uint8(0), uint8(89), uint8(5), uint8(0x7f))
	f.Fuzz(func(t *testing.T, start uint16, len1, gap1, len2, gap2, len3, mask uint8) {
		pol := payroll.HR14()
		pol.Straddle = payroll.StraddleByDay
		got, err := pol.SSP(sspCase(start, len1, gap1, len2, gap2, len3, mask))
		if err != nil {
			typed(t, err, payroll.ErrNoParameter)
			return
		}
		checkSSP(t, got)
	})
}

// TestPAY8_SSPProperties runs the SSP invariants over random histories.
func TestPAY8_SSPProperties(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	pol := payroll.HR14()
	pol.Straddle = payroll.StraddleByDay
	for range 300 {
		in := sspCase(uint16(r.Intn(1000)), uint8(r.Intn(256)), uint8(r.Intn(256)), uint8(r.Intn(256)),
			uint8(r.Intn(256)), uint8(r.Intn(256)), uint8(r.Intn(256)))
		got, err := pol.SSP(in)
		if err != nil {
			typed(t, err, payroll.ErrNoParameter)
			continue
		}
		checkSSP(t, got)
	}
}

func FuzzSickPay(f *testing.F) {
	f.Add(uint16(400), uint16(200), uint8(3), uint8(10), uint8(0), false)
	f.Add(uint16(4000), uint16(30), uint8(100), uint8(100), uint8(2), true)
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5")}
	emp.Schedule, _ = absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	f.Fuzz(func(t *testing.T, serviceDays, length uint16, priorFull, priorHalf, rule uint8, reinstate bool) {
		first := mustDate("2026-01-05")
		h, err := absence.NewHistory(emp, []absence.Record{{Period: absence.Period{Start: first, End: first.AddDays(int(length % 800))},
			Reason: absence.Other}}, absence.HR14())
		if err != nil {
			t.Fatal(err)
		}
		in := payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule,
			ServiceStart: first.AddDays(-int(serviceDays % 5000)),
			PriorDays:    payroll.Allowance{Full: int(priorFull), Half: int(priorHalf)}}
		if reinstate {
			in.ReinstateHalfPayFrom = first.AddDays(300)
		}
		pol := payroll.HR14()
		pol.Months = payroll.MonthRule(rule % 3)
		got, err := pol.SickPay(in)
		if err != nil {
			t.Fatalf("valid input: %v", err)
		}
		if len(got.Days) != in.Episode.Pay.Span.Days() {
			t.Fatalf("%d days for %v", len(got.Days), in.Episode.Pay.Span)
		}
		prev := payroll.FullPay
		full, halfs := 0, 0
		for _, day := range got.Days {
			if day.Status > prev && !day.Reinstated {
				t.Fatalf("%v: %v after %v", day.Date, day.Status, prev)
			}
			if day.Reinstated && (day.Status != payroll.HalfPay || day.Date.Before(in.ReinstateHalfPayFrom)) {
				t.Fatalf("%v: reinstated %v", day.Date, day.Status)
			}
			if !day.Reinstated {
				prev = day.Status
			}
			uses := pol.Months != payroll.WorkingDayMonths || day.Scheduled
			if uses && day.Status == payroll.FullPay {
				full++
			}
			if uses && day.Status == payroll.HalfPay && !day.Reinstated {
				halfs++
			}
		}
		if full > got.Available.Full || halfs > got.Available.Half ||
			got.Available.Full-full != got.Remaining.Full || got.Available.Half-halfs != got.Remaining.Half {
			t.Fatalf("used %d full and %d half of %+v, %+v remaining", full, halfs, got.Available, got.Remaining)
		}
	})
}

func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"calendar-months", "30-days", "working-days", "refuse", "by-day", "full", "nil", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var m payroll.MonthRule
		if err := m.UnmarshalText([]byte(s)); err == nil {
			if b, _ := m.MarshalText(); string(b) != s {
				t.Fatalf("%q → %v → %q", s, m, b)
			}
		} else {
			typed(t, err, payroll.ErrInvalidPolicy)
		}
		var st payroll.Status
		if err := st.UnmarshalText([]byte(s)); err == nil {
			if b, _ := st.MarshalText(); string(b) != s {
				t.Fatalf("%q → %v → %q", s, st, b)
			}
		}
		var sd payroll.Straddle
		if err := sd.UnmarshalText([]byte(s)); err == nil {
			if b, _ := sd.MarshalText(); string(b) != s {
				t.Fatalf("%q → %v → %q", s, sd, b)
			}
		}
	})
}
