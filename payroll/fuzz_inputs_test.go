package payroll_test

import (
	"encoding/json"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// Fuzz targets for the inputs the earlier targets do not reach: every text
// code, a policy read from JSON, leave years, pay treatments, statements,
// appointments and arbitrary earlier sick pay. Each must never panic, and
// every failure must be an *InputError wrapping one of the package's
// classes (typed, in fuzz_test.go).

// fuzzBase is the first day fuzzed dates count from: the first day with an
// SSP rate.
var fuzzBase = absence.Date{Year: 2024, Month: 4, Day: 6}

// fuzzHistory builds a Monday–Friday worker's history from fuzzed bytes, 4
// bytes a record: days after the previous record, length, kind and reason,
// part day. It returns false when absence refuses the records (they are
// absence's to validate).
func fuzzHistory(data []byte) (absence.History, bool) {
	emp := absence.Employee{ID: "e1", FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5")}
	emp.Schedule, _ = absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	var recs []absence.Record
	day := fuzzBase
	for i := 0; i+4 <= len(data) && len(recs) < 12; i += 4 {
		start := day.AddDays(int(data[i] % 40))
		r := absence.Record{Period: absence.Period{Start: start, End: start.AddDays(int(data[i+1] % 60))}}
		switch k := data[i+2] % 8; k {
		case 0, 1, 2, 3:
			r.Reason = absence.Reasons()[int(data[i+2]/8)%len(absence.Reasons())]
		case 4:
			r.Kind, r.Reason = absence.MedicalSuspension, absence.MentalHealth
			r.Evidence.OHConfirmedFit = data[i+2]&0x80 != 0
		case 5:
			r.Kind = absence.MedicalExclusion
		case 6:
			r.Kind = absence.Unauthorised
		case 7:
			r.Kind = absence.Leave
			if data[i+2]&0x80 != 0 {
				r.Reason = absence.CosmeticSurgeryNotRequired
			}
		}
		if r.Kind == absence.Sickness && data[i+3]%4 == 0 {
			r.PartDay = &absence.PartDay{Worked: decimal.New(int64(data[i+3]%75), -1)}
		}
		recs = append(recs, r)
		day = r.Period.End.AddDays(1)
	}
	h, err := absence.NewHistory(emp, recs, absence.HR14())
	return h, err == nil
}

// fuzzPeriods turns pairs of bytes into periods from fuzzBase.
func fuzzPeriods(data []byte) []absence.Period {
	var out []absence.Period
	for i := 0; i+2 <= len(data) && len(out) < 8; i += 2 {
		start := fuzzBase.AddDays(int(data[i]) * 3)
		out = append(out, absence.Period{Start: start, End: start.AddDays(int(data[i+1]%20) - 2)}) // may be reversed
	}
	return out
}

// FuzzUnmarshalTextCodes: every text code either parses and marshals back to
// itself, or is refused with a typed error.
func FuzzUnmarshalTextCodes(f *testing.F) {
	for _, s := range []string{"leave-first", "lieu-first", "weekly", "monthly", "every-day", "scheduled-days",
		"sick-leave", "as-worked", "withheld", "unauthorised", "suspended", "normal-pay", "leave", "paid", "time-owing",
		"calendar-months", "refuse", "full", "", "x", "Leave-First", "leave-first\x00",
		"irregular", "week", "days", "relevant-period", "contract", "low-earnings", "three-years", "employment-ended"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(u interface{ UnmarshalText([]byte) error }, m func() ([]byte, error)) {
			if err := u.UnmarshalText([]byte(s)); err != nil {
				typed(t, err, payroll.ErrInvalidPolicy)
				return
			}
			if b, err := m(); err != nil || string(b) != s {
				t.Fatalf("%q → %q, %v", s, b, err)
			}
		}
		var (
			dr payroll.Draw
			pp payroll.PayPattern
			db payroll.DayBasis
			tr payroll.Treatment
			ao payroll.AppointmentOutcome
			mr payroll.MonthRule
			sd payroll.Straddle
			st payroll.Status
			cp payroll.ContractPeriod
			ab payroll.AWEBasis
			er payroll.ExclusionReason
		)
		// The marshal funcs read the value after UnmarshalText has set it.
		check(&dr, func() ([]byte, error) { return dr.MarshalText() })
		check(&pp, func() ([]byte, error) { return pp.MarshalText() })
		check(&db, func() ([]byte, error) { return db.MarshalText() })
		check(&tr, func() ([]byte, error) { return tr.MarshalText() })
		check(&ao, func() ([]byte, error) { return ao.MarshalText() })
		check(&mr, func() ([]byte, error) { return mr.MarshalText() })
		check(&sd, func() ([]byte, error) { return sd.MarshalText() })
		check(&st, func() ([]byte, error) { return st.MarshalText() })
		check(&cp, func() ([]byte, error) { return cp.MarshalText() })
		check(&ab, func() ([]byte, error) { return ab.MarshalText() })
		check(&er, func() ([]byte, error) { return er.MarshalText() })
	})
}

// FuzzPolicyJSON: JSON read over the HR14 policy (a host's overrides)
// either fails to decode, fails Validate with a typed error, or works: sick
// pay, SSP and leave with it never panic and fail only with typed errors.
//
// The seeds are small patches, not a whole policy: Go's fuzzer stalls on
// seeds of a few kilobytes (a whole policy is about 3 KB of JSON).
func FuzzPolicyJSON(f *testing.F) {
	for _, s := range []string{
		`{}`,
		`{"months":"30-days","straddle":"by-day","draw":"lieu-first"}`,
		`{"months":"working-days","phasedWeeks":-1}`,
		`{"parameters":{"sickPayScale":{"name":"S","entries":[{"from":"2020-01-01","value":{"bands":[{"years":0,"full":1,"half":1}],"lookBackMonths":12},"source":"s"}]}}}`,
		`{"parameters":{"sspRules":{"name":"R","entries":[{"from":"2024-04-06","value":{"minPIWDays":1,"waitingDays":9,"linkDays":0,"aweCap":"1","maxWeeks":1},"source":"s"}]}}}`,
		`{"parameters":{"sspRules":{"name":"R","entries":[{"from":"2024-04-06","value":{"minPIWDays":1,"waitingDays":0,"linkDays":9,"earningsTest":true,"maxWeeks":2,"limitYears":1,"noticeDays":1,"noticeWeek":2},"source":"s"}]}}}`,
		`{"parameters":{"sspRates":{"name":"T","entries":[{"from":"2026-01-01","to":"2026-12-31","value":{"weekly":"0.01","lel":"1e9"},"source":"s"}]}}}`,
		`{"parameters":{"statutoryLeave":{"name":"L","entries":[{"from":"1900-01-01","value":{"fullTimeDays":99999,"carryOverMonths":99999999},"source":"s"}]}}}`,
		`{"parameters":{"annualLeave":{"name":"A","entries":[{"from":"1900-01-01","value":{"bands":[{"years":0,"days":0}],"bankHolidays":0},"source":"s"}]}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(runPolicyJSON)
}

// runPolicyJSON is one case of FuzzPolicyJSON.
func runPolicyJSON(t *testing.T, data []byte) {
	pol := payroll.HR14()
	if err := json.Unmarshal(data, &pol); err != nil {
		return // not a policy
	}
	if err := pol.Validate(); err != nil {
		typed(t, err, payroll.ErrInvalidPolicy, payroll.ErrInvalidTable)
		return
	}
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5")}
	emp.Schedule, _ = absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	h, err := absence.NewHistory(emp, []absence.Record{{Period: absence.Period{Start: mustDate("2026-03-02"), End: mustDate("2026-05-29")}, Reason: absence.Other}}, absence.HR14())
	if err != nil {
		t.Fatal(err)
	}
	all := []payroll.Error{payroll.ErrNoParameter, payroll.ErrStraddle, payroll.ErrNoEarnings}
	if _, err := pol.SickPay(payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: mustDate("2020-01-01")}); err != nil {
		typed(t, err, all...)
	}
	if _, err := pol.SSP(payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: emp.Schedule,
		Earnings: []payroll.Earnings{{For: mustDate("2026-03-02"), Total: decimal.NewFromInt(4000)}}}); err != nil {
		typed(t, err, all...)
	}
	if _, err := pol.Leave(payroll.LeaveInput{Year: mustPeriod("2025-04-01/2026-03-31"), ServiceStart: mustDate("2020-01-01"),
		FTE: decimal.NewFromInt(1), SicknessPrevented: true}); err != nil {
		typed(t, err, all...)
	}
}

// FuzzLeave: arbitrary leave years never panic; accepted ones keep leave
// within its bounds (accrued ≤ entitlement, carry-over ≤ statutory leave and
// untaken leave, nothing negative).
func FuzzLeave(f *testing.F) {
	f.Add(uint16(0), uint16(364), uint16(1500), uint16(0), uint16(0), uint8(100), uint16(50), true, false, uint16(10000))
	f.Add(uint16(30), uint16(200), uint16(4000), uint16(10), uint16(150), uint8(60), uint16(400), false, true, uint16(12345))
	f.Add(uint16(0), uint16(800), uint16(0), uint16(0), uint16(0), uint8(0), uint16(0), false, false, uint16(0))
	f.Fuzz(func(t *testing.T, start, length, serviceBefore, starts, ends uint16, fte uint8, taken uint16, prevented, illHealth bool, dayPay uint16) {
		year := absence.Period{Start: fuzzBase.AddDays(int(start % 1000))}
		year.End = year.Start.AddDays(int(length%400) - 5)
		in := payroll.LeaveInput{Year: year, ServiceStart: year.Start.AddDays(-int(serviceBefore % 6000)),
			FTE: decimal.New(int64(fte), -2), Taken: decimal.New(int64(taken), -1), SicknessPrevented: prevented,
			IllHealth: illHealth, DayPay: decimal.New(int64(dayPay), -2),
			Sickness: []absence.Period{{Start: year.Start, End: year.Start.AddDays(int(length % 300))}}}
		if starts != 0 {
			in.Starts = year.Start.AddDays(int(starts%400) - 10)
		}
		if ends != 0 {
			in.Ends = year.Start.AddDays(int(ends % 420))
		}
		got, err := payroll.HR14().Leave(in)
		if err != nil {
			typed(t, err, payroll.ErrLeaveYear, payroll.ErrEmployment, payroll.ErrAmount, payroll.ErrInvalidPeriod,
				payroll.ErrUnsorted, payroll.ErrNoParameter, payroll.ErrInvalidDate)
			return
		}
		zero := decimal.Zero
		switch {
		case got.Accrued.GreaterThan(got.Entitlement), got.Accrued.IsNegative(), got.Untaken.IsNegative():
			t.Fatalf("accrued %v of %v, untaken %v", got.Accrued, got.Entitlement, got.Untaken)
		case got.CarryOver.IsNegative(), got.CarryOver.GreaterThan(got.Statutory), got.CarryOver.GreaterThan(got.Untaken):
			t.Fatalf("carry-over %v, statutory %v, untaken %v", got.CarryOver, got.Statutory, got.Untaken)
		case !got.CarryOver.Equal(zero) && (!prevented || !in.Ends.IsZero()):
			t.Fatalf("carry-over %v without sickness preventing leave, or after the employment ended", got.CarryOver)
		case !got.TerminationPay.Equal(got.TerminationPay.Round(2)) || got.TerminationPay.IsNegative():
			t.Fatalf("termination pay %v", got.TerminationPay)
		case !got.TerminationPay.IsZero() && !illHealth:
			t.Fatalf("termination pay %v without an ill-health termination", got.TerminationPay)
		}
	})
}

// FuzzTreatments: arbitrary histories, certificates and suspensions never
// panic; every sickness pay day is treated exactly once, as sick leave or
// withheld, and no two treated runs overlap.
func FuzzTreatments(f *testing.F) {
	f.Add([]byte{0, 11, 0, 1, 20, 1, 5, 1, 14, 0, 6, 1, 10, 11, 7, 1, 60, 2, 0, 0}, []byte{3, 4}, []byte{3, 1}, uint8(2), uint8(3))
	f.Add([]byte{5, 30, 8, 0, 0, 3, 4, 4, 1, 1, 135, 2}, []byte{}, []byte{}, uint8(0), uint8(0))
	f.Add([]byte{0, 0, 0, 0}, []byte{0, 0, 255, 255}, []byte{0, 5}, uint8(99), uint8(0))
	f.Fuzz(func(t *testing.T, recs, uncovered, produced []byte, suspend, advised uint8) {
		h, ok := fuzzHistory(recs)
		if !ok {
			return
		}
		in := payroll.TreatmentInput{History: h, Certification: payroll.Certification{Uncovered: fuzzPeriods(uncovered), Produced: fuzzPeriods(produced)}}
		if suspend != 0 {
			s := payroll.Suspension{Record: int(suspend%16) - 1}
			if advised != 0 {
				s.HRAdvised = fuzzBase.AddDays(int(advised))
			}
			in.Suspensions = []payroll.Suspension{s}
		}
		got, err := payroll.HR14().Treatments(in)
		if err != nil {
			typed(t, err, payroll.ErrInvalidPeriod, payroll.ErrUncovered, payroll.ErrNotUnauthorised, payroll.ErrNoHRAdvice)
			return
		}
		for i := 1; i < len(got.Days); i++ {
			if got.Days[i].Period.Start.Before(got.Days[i-1].Period.Start) || got.Days[i].Period.Overlaps(got.Days[i-1].Period) {
				t.Fatalf("treated runs out of order or overlapping: %v, %v", got.Days[i-1].Period, got.Days[i].Period)
			}
		}
		for _, ep := range h.Episodes {
			for _, run := range ep.Pay.Days {
				for d := range run.All() {
					n := 0
					for _, x := range got.Days {
						if x.Period.Contains(d) {
							n++
							if x.Treatment != payroll.SickLeave && x.Treatment != payroll.Withheld {
								t.Fatalf("%v: a sickness pay day treated as %v", d, x.Treatment)
							}
							if (x.Treatment == payroll.Withheld) != in.Certification.Withheld(d) {
								t.Fatalf("%v: %v, withheld %v", d, x.Treatment, in.Certification.Withheld(d))
							}
						}
					}
					if n != 1 {
						t.Fatalf("%v: treated %d times", d, n)
					}
				}
			}
		}
	})
}

// FuzzStatement: statements of arbitrary absences add up to the penny: each
// week Paid = SSP + TopUp with Paid at least SSP and Withheld at most Paid,
// and the total is the sum of the weeks.
func FuzzStatement(f *testing.F) {
	f.Add(uint16(0), uint8(11), uint16(10000), uint16(0), uint16(0), false, []byte{3, 4})
	f.Add(uint16(730), uint8(40), uint16(12345), uint16(20), uint16(5), true, []byte{})
	f.Add(uint16(760), uint8(0), uint16(1), uint16(999), uint16(999), false, []byte{250, 3})
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5")}
	emp.Schedule, _ = absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	f.Fuzz(func(t *testing.T, start uint16, length uint8, dayPay, priorFull, priorHalf uint16, scheduled bool, uncovered []byte) {
		first := fuzzBase.AddDays(int(start % 1000))
		h, err := absence.NewHistory(emp, []absence.Record{{Period: absence.Period{Start: first, End: first.AddDays(int(length))}, Reason: absence.Other}}, absence.HR14())
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Episodes) == 0 {
			return // a weekend alone: no shift lost, no episode (ABS-2, §4.4)
		}
		pol := payroll.HR14()
		pol.Straddle = payroll.StraddleByDay
		sp, err := pol.SickPay(payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: first.AddDays(-int(start)),
			PriorDays: payroll.Allowance{Full: int(priorFull % 400), Half: int(priorHalf % 400)}})
		if err != nil {
			t.Fatal(err)
		}
		s, err := pol.SSP(payroll.SSPInput{Incapacity: payroll.Incapacity(h), Schedule: emp.Schedule,
			Earnings: []payroll.Earnings{{For: first, Total: decimal.New(int64(dayPay)*40, -2)}}})
		if err != nil {
			typed(t, err, payroll.ErrNoParameter)
			return
		}
		in := payroll.StatementInput{SickPay: sp, SSP: s, DayPay: decimal.New(int64(dayPay), -2),
			Certification: payroll.Certification{Uncovered: fuzzPeriods(uncovered)}}
		if scheduled {
			in.PayOn = payroll.ScheduledDaysOnly
		}
		st, err := pol.Statement(in)
		if err != nil {
			typed(t, err, payroll.ErrInvalidPeriod)
			return
		}
		checkStatement(t, st)
	})
}

// checkStatement checks that a statement adds up to the penny.
func checkStatement(t *testing.T, st payroll.Statement) {
	t.Helper()
	sum := payroll.WeekPay{OSP: decimal.Zero, SSP: decimal.Zero, Paid: decimal.Zero, TopUp: decimal.Zero, Withheld: decimal.Zero}
	for _, w := range st.Weeks {
		for _, v := range []decimal.Decimal{w.OSP, w.SSP, w.Paid, w.TopUp, w.Withheld} {
			if !v.Equal(v.Round(2)) || v.IsNegative() {
				t.Fatalf("week %v: %v is not a non-negative amount in pence", w.Week, v)
			}
		}
		switch {
		case !w.Paid.Equal(w.SSP.Add(w.TopUp)):
			t.Fatalf("week %v: paid %v ≠ SSP %v + top-up %v", w.Week, w.Paid, w.SSP, w.TopUp)
		case w.Paid.LessThan(w.SSP) || w.Paid.LessThan(w.OSP):
			t.Fatalf("week %v: paid %v below SSP %v or OSP %v", w.Week, w.Paid, w.SSP, w.OSP)
		case w.Withheld.GreaterThan(w.Paid):
			t.Fatalf("week %v: withheld %v of %v", w.Week, w.Withheld, w.Paid)
		}
		sum.OSP, sum.SSP, sum.Paid = sum.OSP.Add(w.OSP), sum.SSP.Add(w.SSP), sum.Paid.Add(w.Paid)
		sum.TopUp, sum.Withheld = sum.TopUp.Add(w.TopUp), sum.Withheld.Add(w.Withheld)
	}
	sum.Week = st.Total.Week
	if diff := diff(sum, st.Total); diff != "" {
		t.Fatalf("total is not the sum of the weeks (-sum +total):\n%s", diff)
	}
	if !st.Total.Paid.Equal(st.Total.SSP.Add(st.Total.TopUp)) {
		t.Fatalf("total paid %v ≠ SSP %v + top-up %v", st.Total.Paid, st.Total.SSP, st.Total.TopUp)
	}
}

// FuzzAppointments: arbitrary appointments never panic; the hours owed are
// the hours of the time-owing ones and nothing else.
func FuzzAppointments(f *testing.F) {
	f.Add([]byte{0, 20, 0, 40, 10, 40, 200, 40, 3, 1})
	f.Add([]byte{255, 0, 1, 250})
	f.Fuzz(func(t *testing.T, data []byte) {
		var appts []payroll.AppointmentHours
		day := fuzzBase
		for i := 0; i+2 <= len(data) && len(appts) < 20; i += 2 {
			day = day.AddDays(int(data[i] % 128))
			appts = append(appts, payroll.AppointmentHours{Appointment: absence.Appointment{Date: day, InControl: data[i]&0x80 != 0},
				Hours: decimal.New(int64(data[i+1])-5, -1)})
		}
		got, err := payroll.HR14().Appointments(absence.HR14(), appts)
		if err != nil {
			typed(t, err, payroll.ErrAmount)
			return
		}
		for i, a := range got {
			want := decimal.Zero
			if a.Outcome == payroll.TimeOwing {
				want = appts[i].Hours
			}
			if a.Index != i || !a.Owed.Equal(want) || (appts[i].InControl && a.Outcome != payroll.TimeOwing) {
				t.Fatalf("appointment %d: %+v", i, a)
			}
		}
	})
}

// FuzzSickPayInput: arbitrary earlier sick pay and dates never panic; bad
// input is a typed error; accepted input never deducts more than the sick
// pay given.
func FuzzSickPayInput(f *testing.F) {
	f.Add(int16(-300), uint8(10), uint8(2), int16(-20), uint8(5), uint8(1), int16(0), int16(0))
	f.Add(int16(-5), uint8(10), uint8(0), int16(-400), uint8(200), uint8(3), int16(30), int16(-1))
	f.Add(int16(0), uint8(0), uint8(1), int16(0), uint8(0), uint8(2), int16(-9999), int16(5))
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.RequireFromString("7.5")}
	emp.Schedule, _ = absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	first := mustDate("2026-03-02")
	h, err := absence.NewHistory(emp, []absence.Record{{Period: absence.Period{Start: first, End: first.AddDays(40)}, Reason: absence.Other}}, absence.HR14())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, p1 int16, l1, s1 uint8, p2 int16, l2, s2 uint8, ends, service int16) {
		in := payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: first.AddDays(-int(service)),
			Prior: []payroll.PaidSpell{
				{Period: absence.Period{Start: first.AddDays(int(p1)), End: first.AddDays(int(p1) + int(l1) - 3)}, Status: payroll.Status(s1 % 4)},
				{Period: absence.Period{Start: first.AddDays(int(p2)), End: first.AddDays(int(p2) + int(l2) - 3)}, Status: payroll.Status(s2 % 4), WorkRelated: s2&4 != 0},
			}}
		if ends != 0 {
			in.EmploymentEnds = first.AddDays(int(ends))
		}
		got, err := payroll.HR14().SickPay(in)
		if err != nil {
			typed(t, err, payroll.ErrInvalidPeriod, payroll.ErrPriorPay, payroll.ErrService, payroll.ErrEmployment,
				payroll.ErrInvalidDate, payroll.ErrNoParameter)
			return
		}
		given := 0
		for _, ps := range in.Prior {
			given += ps.Period.Days()
		}
		if got.Used.Full+got.Used.Half > given {
			t.Fatalf("deducted %+v of %d days given", got.Used, given)
		}
		if !in.EmploymentEnds.IsZero() && len(got.Days) > 0 && got.Days[len(got.Days)-1].Date.After(in.EmploymentEnds) {
			t.Fatalf("sick pay on %v after the employment ended on %v", got.Days[len(got.Days)-1].Date, in.EmploymentEnds)
		}
	})
}

// TestUnmarshalTextKeepsValue: an unknown code is refused and leaves the
// value as it was.
func TestUnmarshalTextKeepsValue(t *testing.T) {
	m := payroll.WorkingDayMonths
	if err := m.UnmarshalText([]byte("fortnights")); err == nil || m != payroll.WorkingDayMonths {
		t.Errorf("MonthRule: %v, %v", m, err)
	}
	s := payroll.FullPay
	if err := s.UnmarshalText([]byte("quarter")); err == nil || s != payroll.FullPay {
		t.Errorf("Status: %v, %v", s, err)
	}
}
