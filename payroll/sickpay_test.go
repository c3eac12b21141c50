package payroll_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

func hasFinding(fs []absence.Finding, id, text string) bool {
	for _, f := range fs {
		if f.Rule.ID == id && strings.Contains(f.Text, text) {
			return true
		}
	}
	return false
}

// TestPAY8_ScaleBoundaries checks the Agenda for Change Section 14 row at
// each service boundary (1st year 1 + 2 months, 2nd 2 + 2, 3rd 4 + 4, 4th
// and 5th 5 + 5, after 5 years 6 + 6: [payroll.SickPayScales]): the first
// day of service, exactly 1, 2, 3, 4 and 5 years, and the day before each,
// with the row's wording.
func TestPAY8_ScaleBoundaries(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTFSS") // 2026-03-01 is a Sunday: a Monday–Friday worker would lose no shift (ABS-2)
	start := d(t, "2021-03-02")
	type row struct {
		Years       int
		Band        payroll.Band
		Entitlement payroll.Allowance // calendar days from the first day
		Available   payroll.Allowance
	}
	first := func(y, full, half int) payroll.Band { return payroll.Band{Years: y, Full: full, Half: half} }
	tests := []struct {
		first string
		want  row
		text  string
	}{
		{"2021-03-02", row{0, first(0, 1, 2), payroll.Allowance{Full: 31, Half: 61}, payroll.Allowance{Full: 31, Half: 61}}, "during the 1st year"},
		{"2022-03-01", row{0, first(0, 1, 2), payroll.Allowance{Full: 31, Half: 61}, payroll.Allowance{Full: 31, Half: 61}}, "during the 1st year"},
		{"2022-03-02", row{1, first(1, 2, 2), payroll.Allowance{Full: 61, Half: 61}, payroll.Allowance{Full: 61, Half: 61}}, "during the 2nd year"}, // exactly 1 year
		{"2023-03-01", row{1, first(1, 2, 2), payroll.Allowance{Full: 61, Half: 61}, payroll.Allowance{Full: 61, Half: 61}}, "during the 2nd year"},
		{"2023-03-02", row{2, first(2, 4, 4), payroll.Allowance{Full: 122, Half: 123}, payroll.Allowance{Full: 122, Half: 123}}, "during the 3rd year"}, // exactly 2 years
		{"2024-03-01", row{2, first(2, 4, 4), payroll.Allowance{Full: 122, Half: 123}, payroll.Allowance{Full: 122, Half: 123}}, "during the 3rd year"},
		{"2024-03-02", row{3, first(3, 5, 5), payroll.Allowance{Full: 153, Half: 153}, payroll.Allowance{Full: 153, Half: 153}}, "during the 4th and 5th years"}, // exactly 3 years
		{"2025-03-01", row{3, first(3, 5, 5), payroll.Allowance{Full: 153, Half: 153}, payroll.Allowance{Full: 153, Half: 153}}, "during the 4th and 5th years"},
		{"2025-03-02", row{4, first(3, 5, 5), payroll.Allowance{Full: 153, Half: 153}, payroll.Allowance{Full: 153, Half: 153}}, "during the 4th and 5th years"}, // exactly 4 years
		{"2026-03-01", row{4, first(3, 5, 5), payroll.Allowance{Full: 153, Half: 153}, payroll.Allowance{Full: 153, Half: 153}}, "during the 4th and 5th years"}, // 4 years 364 days
		{"2026-03-02", row{5, first(5, 6, 6), payroll.Allowance{Full: 184, Half: 181}, payroll.Allowance{Full: 184, Half: 181}}, "after completing 5 years"},     // exactly 5 years
	}
	for _, tt := range tests {
		t.Run(tt.first, func(t *testing.T) {
			ep := episode(t, emp, tt.first)
			got, err := pol.SickPay(payroll.SickPayInput{Episode: ep, Schedule: emp.Schedule, ServiceStart: start})
			if err != nil {
				t.Fatal(err)
			}
			if diff := diff(tt.want, row{got.ServiceYears, got.Band, got.Entitlement, got.Available}); diff != "" {
				t.Errorf("row (-want +got):\n%s", diff)
			}
			if !hasFinding(got.Findings, "PAY-8", "so the row "+tt.text+" applies") {
				t.Errorf("no finding naming the row %q: %v", tt.text, got.Findings)
			}
		})
	}
}

func TestCompletedYears(t *testing.T) {
	tests := []struct {
		start, on string
		want      int
	}{
		{"2021-03-02", "2026-03-02", 5},
		{"2021-03-02", "2026-03-01", 4},
		{"2024-02-29", "2025-02-28", 1}, // anniversary of 29 February
		{"2024-02-29", "2025-02-27", 0},
		{"2026-01-01", "2025-12-31", 0}, // before the start
		{"2026-01-01", "2026-01-01", 0},
	}
	for _, tt := range tests {
		if got := payroll.CompletedYears(d(t, tt.start), d(t, tt.on)); got != tt.want {
			t.Errorf("CompletedYears(%s, %s) = %d, want %d", tt.start, tt.on, got, tt.want)
		}
	}
}

// TestPAY8_DayByDay follows a first-year employee through full, half and nil
// pay under the default calendar-month reading.
func TestPAY8_DayByDay(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	ep := episode(t, emp, "2026-01-05/2026-05-31")
	got, err := pol.SickPay(payroll.SickPayInput{Episode: ep, Schedule: emp.Schedule, ServiceStart: d(t, "2025-06-01")})
	if err != nil {
		t.Fatal(err)
	}
	want := []payroll.Run{
		{Period: p(t, "2026-01-05/2026-02-04"), Status: payroll.FullPay}, // 1 month: to the day before 5 February
		{Period: p(t, "2026-02-05/2026-04-04"), Status: payroll.HalfPay}, // 2 months
		{Period: p(t, "2026-04-05/2026-05-31"), Status: payroll.NilPay},
	}
	if diff := diff(want, got.Runs); diff != "" {
		t.Errorf("runs (-want +got):\n%s", diff)
	}
	if got.Remaining != (payroll.Allowance{}) {
		t.Errorf("remaining %+v, want none", got.Remaining)
	}
	if len(got.Days) != p(t, "2026-01-05/2026-05-31").Days() {
		t.Errorf("%d days", len(got.Days))
	}
	if pd, ok := got.StatusOn(d(t, "2026-02-05")); !ok || pd.Status != payroll.HalfPay || !pd.Scheduled {
		t.Errorf("StatusOn(2026-02-05) = %+v, %v", pd, ok)
	}
	if _, ok := got.StatusOn(d(t, "2026-06-01")); ok {
		t.Error("StatusOn after the absence reported a pay day")
	}
	for _, text := range []string{"1 month's full pay", "full pay 2026-01-05 to 2026-02-04", "2026-04-05/2026-05-31: nil pay (57 days)"} {
		if !hasFinding(got.Findings, "PAY-8", text) {
			t.Errorf("no PAY-8 finding containing %q in %v", text, got.Findings)
		}
	}
}

// TestPAY8_LookBack checks the 12-month look-back: the days of sick pay in
// the 12 months before the first day of absence, full and half separately.
func TestPAY8_LookBack(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	ep := episode(t, emp, "2026-03-02/2026-03-06")
	in := payroll.SickPayInput{Episode: ep, Schedule: emp.Schedule, ServiceStart: d(t, "2010-01-01"),
		Prior: []payroll.PaidSpell{
			{Period: p(t, "2025-10-01/2025-10-10"), Status: payroll.HalfPay}, // in: 10 days
			{Period: p(t, "2025-02-20/2025-03-05"), Status: payroll.FullPay}, // 2025-03-02..05 in: 4 days
			{Period: p(t, "2024-12-01/2024-12-10"), Status: payroll.FullPay}, // before the window
			{Period: p(t, "2026-03-01"), Status: payroll.FullPay},            // the day before: in
		}}
	got, err := pol.SickPay(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := p(t, "2025-03-02/2026-03-01"); got.LookBack != want {
		t.Errorf("look-back %v, want %v", got.LookBack, want)
	}
	if want := (payroll.Allowance{Full: 5, Half: 10}); got.Used != want {
		t.Errorf("used %+v, want %+v", got.Used, want)
	}
	if want := (payroll.Allowance{Full: 184 - 5, Half: 181 - 10}); got.Available != want {
		t.Errorf("available %+v, want %+v", got.Available, want)
	}

	// The window's first day counts; the day before it does not.
	for _, tt := range []struct {
		day  string
		used int
	}{{"2025-03-02", 1}, {"2025-03-01", 0}} {
		in.Prior = []payroll.PaidSpell{{Period: p(t, tt.day), Status: payroll.FullPay}}
		got, err := pol.SickPay(in)
		if err != nil {
			t.Fatal(err)
		}
		if got.Used.Full != tt.used {
			t.Errorf("sick pay on %s: %d days deducted, want %d", tt.day, got.Used.Full, tt.used)
		}
	}

	// Host-counted days are deducted on top.
	in.Prior, in.PriorDays = nil, payroll.Allowance{Full: 200, Half: 3}
	got, err = pol.SickPay(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := (payroll.Allowance{Full: 0, Half: 178}); got.Available != want {
		t.Errorf("available %+v, want %+v", got.Available, want)
	}
	if got.Runs[0].Status != payroll.HalfPay {
		t.Errorf("with the full-pay days used up the absence starts on %v", got.Runs[0].Status)
	}
}

// TestPAY8_WorkRelatedLookBack: from 1 July 2023 the look-back deducts sick
// pay for work-related absence too; before, it did not.
func TestPAY8_WorkRelatedLookBack(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	prior := []payroll.PaidSpell{{Period: p(t, "2023-01-02/2023-01-11"), Status: payroll.FullPay, WorkRelated: true}}
	for _, tt := range []struct {
		first string
		used  int
	}{{"2023-06-30", 0}, {"2023-07-03", 10}} {
		ep := episode(t, emp, tt.first)
		got, err := pol.SickPay(payroll.SickPayInput{Episode: ep, Schedule: emp.Schedule, ServiceStart: d(t, "2010-01-01"), Prior: prior})
		if err != nil {
			t.Fatal(err)
		}
		if got.Used.Full != tt.used {
			t.Errorf("absence from %s: %d work-related days deducted, want %d", tt.first, got.Used.Full, tt.used)
		}
		if tt.used == 0 && !hasFinding(got.Findings, "PAY-8", "work-related absence: not deducted") {
			t.Errorf("no finding explaining the work-related days: %v", got.Findings)
		}
	}
}

func TestPAY8_MonthRules(t *testing.T) {
	emp := employee(t, "MTWTF..")
	ep := episode(t, emp, "2026-01-08/2026-01-13") // Thursday to Tuesday
	base := payroll.SickPayInput{Episode: ep, Schedule: emp.Schedule, ServiceStart: d(t, "2025-06-01")}

	t.Run("30 days", func(t *testing.T) {
		pol := hr14(t)
		pol.Months = payroll.ThirtyDayMonths
		got, err := pol.SickPay(base)
		if err != nil {
			t.Fatal(err)
		}
		if want := (payroll.Allowance{Full: 30, Half: 60}); got.Entitlement != want {
			t.Errorf("entitlement %+v, want %+v", got.Entitlement, want)
		}
	})
	t.Run("working days", func(t *testing.T) {
		pol := hr14(t)
		pol.Months = payroll.WorkingDayMonths
		in := base
		in.PriorDays = payroll.Allowance{Full: 20}
		got, err := pol.SickPay(in)
		if err != nil {
			t.Fatal(err)
		}
		// 8 January to 7 February: 22 weekdays; 8 February to 7 April: 42.
		if want := (payroll.Allowance{Full: 22, Half: 42}); got.Entitlement != want {
			t.Errorf("entitlement %+v, want %+v", got.Entitlement, want)
		}
		// 2 full-pay working days left: Thursday and Friday use them, the
		// weekend takes the rate then running, Monday is the first half-pay
		// day.
		want := []payroll.Run{
			{Period: p(t, "2026-01-08/2026-01-09"), Status: payroll.FullPay},
			{Period: p(t, "2026-01-10/2026-01-13"), Status: payroll.HalfPay},
		}
		if diff := diff(want, got.Runs); diff != "" {
			t.Errorf("runs (-want +got):\n%s", diff)
		}
		if want := (payroll.Allowance{Full: 0, Half: 40}); got.Remaining != want {
			t.Errorf("remaining %+v, want %+v", got.Remaining, want)
		}
	})
	t.Run("calendar months", func(t *testing.T) {
		pol := hr14(t)
		in := base
		in.PriorDays = payroll.Allowance{Full: 29} // 31 − 29 = 2 calendar days left
		got, err := pol.SickPay(in)
		if err != nil {
			t.Fatal(err)
		}
		want := []payroll.Run{
			{Period: p(t, "2026-01-08/2026-01-09"), Status: payroll.FullPay},
			{Period: p(t, "2026-01-10/2026-01-13"), Status: payroll.HalfPay},
		}
		if diff := diff(want, got.Runs); diff != "" {
			t.Errorf("runs (-want +got):\n%s", diff)
		}
		if want := (payroll.Allowance{Full: 0, Half: 59 - 4}); got.Remaining != want {
			t.Errorf("remaining %+v, want %+v", got.Remaining, want)
		}
	})
}

// TestPAY8_EndsWithEmployment: no sick pay after the employment ends
// (AfC 14.3).
func TestPAY8_EndsWithEmployment(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	ep := episode(t, emp, "2026-01-05/2026-01-20")
	in := payroll.SickPayInput{Episode: ep, Schedule: emp.Schedule, ServiceStart: d(t, "2015-01-01"),
		EmploymentEnds: d(t, "2026-01-15")}
	got, err := pol.SickPay(in)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(got.Days); n != 11 || got.Days[n-1].Date != in.EmploymentEnds {
		t.Errorf("%d days, last %v; want 11 ending on the last day of employment", n, got.Days[n-1].Date)
	}
	if !hasFinding(got.Findings, "PAY-8", "5 days of absence after it have no sick pay") {
		t.Errorf("no employment-end finding: %v", got.Findings)
	}
	in.EmploymentEnds = d(t, "2026-01-04")
	if _, err := pol.SickPay(in); !errors.Is(err, payroll.ErrEmployment) {
		t.Errorf("absence after the employment: %v, want ErrEmployment", err)
	}
}

// TestPAY8_ReinstatementHook: the UNCONFIRMED reinstatement rule is never
// applied by hr14; the host's decision turns later nil-pay days into half pay.
func TestPAY8_ReinstatementHook(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	ep := episode(t, emp, "2026-01-05/2026-05-31")
	in := payroll.SickPayInput{Episode: ep, Schedule: emp.Schedule, ServiceStart: d(t, "2025-06-01"),
		ReinstateHalfPayFrom: d(t, "2026-05-01")}
	got, err := pol.SickPay(in)
	if err != nil {
		t.Fatal(err)
	}
	want := []payroll.Run{
		{Period: p(t, "2026-01-05/2026-02-04"), Status: payroll.FullPay},
		{Period: p(t, "2026-02-05/2026-04-04"), Status: payroll.HalfPay},
		{Period: p(t, "2026-04-05/2026-04-30"), Status: payroll.NilPay},
		{Period: p(t, "2026-05-01/2026-05-31"), Status: payroll.HalfPay, Reinstated: true},
	}
	if diff := diff(want, got.Runs); diff != "" {
		t.Errorf("runs (-want +got):\n%s", diff)
	}
	if !hasFinding(got.Findings, "PAY-8", "UNCONFIRMED") {
		t.Errorf("the reinstatement is not explained: %v", got.Findings)
	}
}

// TestPAY1_PartDayNotSickPay: a day on which less than half the shift was
// worked is paid as worked; sick pay starts the next day (worked example
// 5).
func TestPAY1_PartDayNotSickPay(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	rec := absence.Record{Period: p(t, "2026-09-07/2026-09-09"), Reason: absence.Other,
		PartDay: &absence.PartDay{Worked: dec("3")}}
	h := history(t, emp, rec)
	got, err := pol.SickPay(payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: d(t, "2020-01-01")})
	if err != nil {
		t.Fatal(err)
	}
	if got.FirstDay != d(t, "2026-09-08") || len(got.Days) != 2 {
		t.Errorf("sick pay from %v for %d days; want from 2026-09-08 for 2", got.FirstDay, len(got.Days))
	}
	if !hasFinding(got.Findings, "PAY-1", "2026-09-07: part day, paid as worked") {
		t.Errorf("no PAY-1 finding: %v", got.Findings)
	}
}

// TestPAY8_PaidChains: one absence's sick pay is the next one's look-back.
func TestPAY8_PaidChains(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	h := history(t, emp, sick(t, "2026-01-05/2026-01-25"), sick(t, "2026-02-02/2026-02-20"))
	in := payroll.SickPayInput{Episode: h.Episodes[0], Schedule: emp.Schedule, ServiceStart: d(t, "2025-06-01")}
	first, err := pol.SickPay(in)
	if err != nil {
		t.Fatal(err)
	}
	in.Episode, in.Prior = h.Episodes[1], first.Paid()
	second, err := pol.SickPay(in)
	if err != nil {
		t.Fatal(err)
	}
	// 1 month from 2 February is 28 calendar days, less 21 used: 7 left,
	// then half pay.
	want := []payroll.Run{
		{Period: p(t, "2026-02-02/2026-02-08"), Status: payroll.FullPay},
		{Period: p(t, "2026-02-09/2026-02-20"), Status: payroll.HalfPay},
	}
	if diff := diff(want, second.Runs); diff != "" {
		t.Errorf("runs (-want +got):\n%s", diff)
	}
}

func TestPAY8_SickPayErrors(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	ep := episode(t, emp, "2026-03-02/2026-03-06")
	ok := payroll.SickPayInput{Episode: ep, Schedule: emp.Schedule, ServiceStart: d(t, "2020-01-01")}
	tests := []struct {
		name string
		edit func(*payroll.SickPayInput)
		want error
	}{
		{"no schedule", func(in *payroll.SickPayInput) { in.Schedule = nil }, payroll.ErrNoSchedule},
		{"no pay days", func(in *payroll.SickPayInput) { in.Episode = absence.Episode{} }, payroll.ErrNoPayDays},
		{"service after absence", func(in *payroll.SickPayInput) { in.ServiceStart = d(t, "2026-03-03") }, payroll.ErrService},
		{"no service date", func(in *payroll.SickPayInput) { in.ServiceStart = absence.Date{} }, payroll.ErrInvalidDate},
		{"prior overlaps", func(in *payroll.SickPayInput) {
			in.Prior = []payroll.PaidSpell{{Period: p(t, "2026-02-27/2026-03-02"), Status: payroll.FullPay}}
		}, payroll.ErrPriorPay},
		{"prior overlap each other", func(in *payroll.SickPayInput) {
			in.Prior = []payroll.PaidSpell{
				{Period: p(t, "2026-01-05/2026-01-09"), Status: payroll.FullPay},
				{Period: p(t, "2026-01-01/2026-01-05"), Status: payroll.HalfPay}}
		}, payroll.ErrPriorPay},
		{"prior nil pay", func(in *payroll.SickPayInput) {
			in.Prior = []payroll.PaidSpell{{Period: p(t, "2026-01-05/2026-01-09"), Status: payroll.NilPay}}
		}, payroll.ErrPriorPay},
		{"negative prior days", func(in *payroll.SickPayInput) { in.PriorDays.Half = -1 }, payroll.ErrPriorPay},
		{"unsorted pay days", func(in *payroll.SickPayInput) {
			in.Episode.Pay.Days = ps(t, "2026-03-05", "2026-03-02")
		}, payroll.ErrUnsorted},
		{"no scale", func(in *payroll.SickPayInput) {
			in.Episode = episode(t, emp, "2004-06-01")
			in.ServiceStart = d(t, "2000-01-01")
		}, payroll.ErrNoParameter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := ok
			tt.edit(&in)
			_, err := pol.SickPay(in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			var ie *payroll.InputError
			if !errors.As(err, &ie) {
				t.Errorf("error %T is not an *InputError", err)
			}
		})
	}
	if _, err := pol.SickPay(ok); err != nil {
		t.Fatal(err)
	}
	bad := pol
	bad.Months = 9
	if _, err := bad.SickPay(ok); !errors.Is(err, payroll.ErrInvalidPolicy) {
		t.Errorf("bad policy: %v", err)
	}
	_ = decimal.Zero
}

// TestPAY8_SickPays: over a history, each episode's look-back counts the sick
// pay of the episodes before it.
func TestPAY8_SickPays(t *testing.T) {
	pol := hr14(t)
	emp := employee(t, "MTWTF..")
	h := history(t, emp,
		sick(t, "2026-01-05/2026-01-25"),
		absence.Record{Period: p(t, "2026-02-02/2026-02-20"), Reason: absence.WorkRelated},
		absence.Record{Period: p(t, "2026-03-02"), Reason: absence.Other, PartDay: &absence.PartDay{Worked: dec("1")}},
		sick(t, "2026-04-06/2026-04-10"),
	)
	got, err := pol.SickPays(h, d(t, "2025-06-01"), nil, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("%d results for 4 episodes", len(got))
	}
	if want := (payroll.Allowance{Full: 21}); got[1].Used != want {
		t.Errorf("second episode used %+v, want %+v", got[1].Used, want)
	}
	if len(got[2].Days) != 0 || !hasFinding(got[2].Findings, "PAY-1", "no sickness days for pay") {
		t.Errorf("part-day episode: %+v", got[2])
	}
	// 21 days of full pay and the 7 + 12 of the work-related episode (from
	// 1 July 2023 deducted too): 28 full, 12 half.
	if want := (payroll.Allowance{Full: 28, Half: 12}); got[3].Used != want {
		t.Errorf("fourth episode used %+v, want %+v", got[3].Used, want)
	}
	if _, err := pol.SickPays(h, d(t, "2025-06-01"), nil, d(t, "2026-03-31")); !errors.Is(err, payroll.ErrEmployment) {
		t.Errorf("episode after the employment: %v", err)
	}
}
