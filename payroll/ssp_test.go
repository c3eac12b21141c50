package payroll_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// wealthy are earnings well above every limit, for the PIW starting on the
// given day.
func wealthy(t testing.TB, start string) payroll.Earnings {
	return payroll.Earnings{For: d(t, start), Pattern: payroll.PaidMonthly, Total: dec("9000"), Payments: 3}
}

func ssp(t testing.TB, pol payroll.Policy, mask string, earnings []payroll.Earnings, periods ...string) payroll.SSP {
	t.Helper()
	got, err := pol.SSP(payroll.SSPInput{Incapacity: ps(t, periods...), Schedule: week(t, mask), Earnings: earnings})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// paidDays returns the dates of the paid days and their amounts.
func paidDays(s payroll.SSP) map[string]string {
	out := map[string]string{}
	for _, day := range s.Days {
		if day.Paid {
			out[day.Date.String()] = day.Amount.StringFixed(4)
		}
	}
	return out
}

// TestPAY8_SSPDailyRate is HMRC's daily rate: £123.25 ÷ 6 = £20.5416,
// truncated, and the week's six days (£123.2496) rounded up to £123.25.
func TestPAY8_SSPDailyRate(t *testing.T) {
	got := ssp(t, hr14(t), "MTWTFS.", []payroll.Earnings{wealthy(t, "2026-05-04")}, "2026-05-04/2026-05-09")
	for _, day := range got.Days {
		if !day.Paid || !day.Daily.Equal(dec("20.5416")) || !day.Weekly.Equal(dec("123.25")) {
			t.Errorf("%v: paid %v, weekly %v, daily %v; want £123.25 and £20.5416", day.Date, day.Paid, day.Weekly, day.Daily)
		}
	}
	want := []payroll.SSPWeek{{Week: p(t, "2026-05-03/2026-05-09"), Qualifying: 6, Paid: 6, Amount: dec("123.25")}}
	if diff := diff(want, got.Weeks); diff != "" {
		t.Errorf("weeks (-want +got):\n%s", diff)
	}
}

// TestPAY8_SSPBefore2026: a PIW of 4+ days, 3 waiting days, the flat rate
// of 2025/26 (£118.75 ÷ 5 = £23.75).
func TestPAY8_SSPBefore2026(t *testing.T) {
	earn := []payroll.Earnings{{For: d(t, "2025-06-02"), Pattern: payroll.PaidWeekly, Total: dec("4000")}}
	got := ssp(t, hr14(t), "MTWTF..", earn, "2025-06-02/2025-06-13")
	want := []payroll.SSPWeek{
		{Week: p(t, "2025-06-01/2025-06-07"), Qualifying: 5, Paid: 2, Amount: dec("47.50")},
		{Week: p(t, "2025-06-08/2025-06-14"), Qualifying: 5, Paid: 5, Amount: dec("118.75")},
	}
	if diff := diff(want, got.Weeks); diff != "" {
		t.Errorf("weeks (-want +got):\n%s", diff)
	}
	if !got.Total.Equal(dec("166.25")) {
		t.Errorf("total %v, want 166.25", got.Total)
	}
	var waiting []absence.Date
	for _, day := range got.Days {
		if day.Waiting {
			waiting = append(waiting, day.Date)
		}
	}
	if diff := diff([]absence.Date{d(t, "2025-06-02"), d(t, "2025-06-03"), d(t, "2025-06-04")}, waiting); diff != "" {
		t.Errorf("waiting days (-want +got):\n%s", diff)
	}
	if !hasFinding(got.Findings, "PAY-8", "waiting days (no SSP): 2025-06-02, 2025-06-03, 2025-06-04") ||
		!hasFinding(got.Findings, "PAY-8", "reach the lower earnings limit of £125.00") {
		t.Errorf("findings do not explain waiting days and the LEL: %v", got.Findings)
	}

	// Three days are not a period of incapacity for work before 6 April 2026.
	short := ssp(t, hr14(t), "MTWTF..", earn, "2025-06-02/2025-06-04")
	if len(short.PIWs) != 0 || len(short.Days) != 0 || !short.Total.IsZero() {
		t.Errorf("3 days gave %d PIWs, total %v", len(short.PIWs), short.Total)
	}
	if !hasFinding(short.Findings, "PAY-8", "fewer than 4: not a period of incapacity for work") {
		t.Errorf("no finding for the short run: %v", short.Findings)
	}

	// Below the lower earnings limit: no SSP.
	low := []payroll.Earnings{{For: d(t, "2025-06-02"), Pattern: payroll.PaidWeekly, Total: dec("999.99")}}
	poor := ssp(t, hr14(t), "MTWTF..", low, "2025-06-02/2025-06-13")
	if !poor.Total.IsZero() || !hasFinding(poor.Findings, "PAY-8", "below the lower earnings limit of £125.00") {
		t.Errorf("AWE £124.99: total %v, findings %v", poor.Total, poor.Findings)
	}
}

// TestPAY8_SSPLinking: PIWs separated by 56 days or less link (no new
// waiting days); 57 days apart they do not.
func TestPAY8_SSPLinking(t *testing.T) {
	pol := hr14(t)
	earn := []payroll.Earnings{{For: d(t, "2025-06-02"), Pattern: payroll.PaidWeekly, Total: dec("4000")}}
	// 2025-06-05 + 57 = 2025-08-01: 56 days between.
	linked := ssp(t, pol, "MTWTF..", earn, "2025-06-02/2025-06-05", "2025-08-01/2025-08-06")
	if len(linked.PIWs) != 1 || len(linked.PIWs[0].Spells) != 2 {
		t.Fatalf("PIWs %+v, want one with two spells", linked.PIWs)
	}
	want := map[string]string{"2025-06-05": "23.7500", "2025-08-01": "23.7500", "2025-08-04": "23.7500",
		"2025-08-05": "23.7500", "2025-08-06": "23.7500"}
	if diff := diff(want, paidDays(linked)); diff != "" {
		t.Errorf("paid days (-want +got):\n%s", diff)
	}

	// 57 days between: a new PIW, which needs its own earnings and serves
	// its own waiting days.
	_, err := pol.SSP(payroll.SSPInput{Incapacity: ps(t, "2025-06-02/2025-06-05", "2025-08-02/2025-08-07"),
		Schedule: week(t, "MTWTF.."), Earnings: earn})
	if !errors.Is(err, payroll.ErrNoEarnings) {
		t.Fatalf("second PIW without earnings: %v, want ErrNoEarnings", err)
	}
	earn = append(earn, payroll.Earnings{For: d(t, "2025-08-02"), Pattern: payroll.PaidWeekly, Total: dec("4000")})
	apart := ssp(t, pol, "MTWTF..", earn, "2025-06-02/2025-06-05", "2025-08-02/2025-08-07")
	if len(apart.PIWs) != 2 {
		t.Fatalf("%d PIWs, want 2", len(apart.PIWs))
	}
	want = map[string]string{"2025-06-05": "23.7500", "2025-08-07": "23.7500"}
	if diff := diff(want, paidDays(apart)); diff != "" {
		t.Errorf("paid days (-want +got):\n%s", diff)
	}
}

// TestPAY8_SSPFrom2026: from 6 April 2026 a single day is a PIW, there are
// no waiting days, no earnings test, and the weekly rate is the lower of the
// flat rate and 80% of AWE.
func TestPAY8_SSPFrom2026(t *testing.T) {
	pol := hr14(t)
	high := ssp(t, pol, "MTWTF..", []payroll.Earnings{wealthy(t, "2026-05-05")}, "2026-05-05")
	if diff := diff(map[string]string{"2026-05-05": "24.6500"}, paidDays(high)); diff != "" {
		t.Errorf("one day, high earnings (-want +got):\n%s", diff)
	}

	// £1,500 over 3 monthly payments: AWE £115.3846…, 80% = £92.3076…;
	// daily £18.4615 (truncated); the week rounds up to £18.47.
	low := []payroll.Earnings{{For: d(t, "2026-05-05"), Pattern: payroll.PaidMonthly, Total: dec("1500"), Payments: 3}}
	got := ssp(t, pol, "MTWTF..", low, "2026-05-05")
	if diff := diff(map[string]string{"2026-05-05": "18.4615"}, paidDays(got)); diff != "" {
		t.Errorf("one day, low earnings (-want +got):\n%s", diff)
	}
	if !got.Total.Equal(dec("18.47")) {
		t.Errorf("total %v, want 18.47", got.Total)
	}
	if !hasFinding(got.Findings, "PAY-8", "80% of average weekly earnings £115.38, lower than the flat rate £123.25") {
		t.Errorf("the 80%% cap is not explained: %v", got.Findings)
	}
	// Earnings are needed for the cap.
	if _, err := pol.SSP(payroll.SSPInput{Incapacity: ps(t, "2026-05-05"), Schedule: week(t, "MTWTF..")}); !errors.Is(err, payroll.ErrNoEarnings) {
		t.Errorf("no earnings: %v, want ErrNoEarnings", err)
	}
}

// TestPAY8_SSPStraddle: a run of incapacity across 6 April 2026 is refused
// unless the host chooses a transitional rule.
func TestPAY8_SSPStraddle(t *testing.T) {
	pol := hr14(t)
	in := payroll.SSPInput{Incapacity: ps(t, "2026-04-02/2026-04-08"), Schedule: week(t, "MTWTF.."),
		Earnings: []payroll.Earnings{wealthy(t, "2026-04-02")}}
	_, err := pol.SSP(in)
	if !errors.Is(err, payroll.ErrStraddle) {
		t.Fatalf("straddle: %v, want ErrStraddle", err)
	}
	var ie *payroll.InputError
	if !errors.As(err, &ie) || ie.Value != "2026-04-02/2026-04-08" {
		t.Errorf("the error does not name the run: %v", err)
	}

	pol.Straddle = payroll.StraddleByDay
	got, err := pol.SSP(in)
	if err != nil {
		t.Fatal(err)
	}
	// Thursday and Friday are waiting days under the old rules; from Monday
	// 6 April there are none, at the 2026/27 rate.
	want := map[string]string{"2026-04-06": "24.6500", "2026-04-07": "24.6500", "2026-04-08": "24.6500"}
	if diff := diff(want, paidDays(got)); diff != "" {
		t.Errorf("paid days (-want +got):\n%s", diff)
	}
	if !hasFinding(got.Findings, "PAY-8", "UNCONFIRMED") {
		t.Errorf("the transitional choice is not explained: %v", got.Findings)
	}
}

// TestPAY8_SSPLinkAcross2026: a PIW of 4+ days before 6 April 2026 links
// with a later one; a shorter run before then was never a PIW and does not.
func TestPAY8_SSPLinkAcross2026(t *testing.T) {
	pol := hr14(t)
	earn := []payroll.Earnings{wealthy(t, "2026-03-02")}
	got := ssp(t, pol, "MTWTF..", earn, "2026-03-02/2026-03-05", "2026-04-14")
	if len(got.PIWs) != 1 || len(got.PIWs[0].Spells) != 2 {
		t.Errorf("PIWs %+v, want one linked PIW", got.PIWs)
	}
	want := map[string]string{"2026-03-05": "23.7500", "2026-04-14": "24.6500"}
	if diff := diff(want, paidDays(got)); diff != "" {
		t.Errorf("paid days (-want +got):\n%s", diff)
	}

	short := ssp(t, pol, "MTWTF..", []payroll.Earnings{wealthy(t, "2026-04-14")}, "2026-03-02/2026-03-03", "2026-04-14")
	if len(short.PIWs) != 1 || short.PIWs[0].Spells[0] != p(t, "2026-04-14") {
		t.Errorf("PIWs %+v, want only 2026-04-14", short.PIWs)
	}
}

// TestPAY8_SSPMaximum: at most 28 weeks of SSP in a linked PIW.
func TestPAY8_SSPMaximum(t *testing.T) {
	got := ssp(t, hr14(t), "MTWTF..", []payroll.Earnings{wealthy(t, "2024-04-08")}, "2024-04-08/2025-01-31")
	paid := paidDays(got)
	if len(paid) != 140 {
		t.Errorf("%d days paid, want 28 weeks × 5 = 140", len(paid))
	}
	if _, ok := paid["2024-10-23"]; !ok {
		t.Error("the 140th qualifying day after the waiting days, 2024-10-23, is not paid")
	}
	if _, ok := paid["2024-10-24"]; ok {
		t.Error("2024-10-24 is paid beyond the maximum")
	}
	if !got.Total.Equal(dec("3269.00")) { // 28 × £116.75
		t.Errorf("total %v, want 3269.00", got.Total)
	}
	if !hasFinding(got.Findings, "PAY-8", "28-week maximum of SSP was reached before 2024-10-24") {
		t.Errorf("no finding for the maximum: %v", got.Findings)
	}
}

// TestPAY8_SSPNoQualifyingDayInWeek: in a week with no scheduled day the
// Wednesday is the qualifying day, at the whole weekly rate.
func TestPAY8_SSPNoQualifyingDayInWeek(t *testing.T) {
	var shifts []absence.RosterShift
	for _, s := range []string{"2026-05-04", "2026-05-05", "2026-05-06", "2026-05-18"} {
		shifts = append(shifts, absence.RosterShift{Date: d(t, s), Hours: dec("11.5")})
	}
	roster, err := absence.NewRoster(shifts)
	if err != nil {
		t.Fatal(err)
	}
	got, err := hr14(t).SSP(payroll.SSPInput{Incapacity: ps(t, "2026-05-04/2026-05-16"), Schedule: roster,
		Earnings: []payroll.Earnings{wealthy(t, "2026-05-04")}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"2026-05-04": "41.0833", "2026-05-05": "41.0833", "2026-05-06": "41.0833", "2026-05-13": "123.2500"}
	if diff := diff(want, paidDays(got)); diff != "" {
		t.Errorf("paid days (-want +got):\n%s", diff)
	}
	wantWeeks := []payroll.SSPWeek{
		{Week: p(t, "2026-05-03/2026-05-09"), Qualifying: 3, Paid: 3, Amount: dec("123.25")}, // 123.2499 rounded up
		{Week: p(t, "2026-05-10/2026-05-16"), Qualifying: 1, Paid: 1, Amount: dec("123.25")},
	}
	if diff := diff(wantWeeks, got.Weeks); diff != "" {
		t.Errorf("weeks (-want +got):\n%s", diff)
	}
}

func TestPAY8_SSPEndsWithEmployment(t *testing.T) {
	got, err := hr14(t).SSP(payroll.SSPInput{Incapacity: ps(t, "2026-05-04/2026-05-08"), Schedule: week(t, "MTWTF.."),
		Earnings: []payroll.Earnings{wealthy(t, "2026-05-04")}, EmploymentEnds: d(t, "2026-05-06")})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(paidDays(got)); n != 3 {
		t.Errorf("%d days paid, want 3 (to the last day of employment)", n)
	}
}

func TestPAY8_SSPErrors(t *testing.T) {
	pol := hr14(t)
	sched := week(t, "MTWTF..")
	tests := []struct {
		name string
		in   payroll.SSPInput
		want error
	}{
		{"before the tables", payroll.SSPInput{Incapacity: ps(t, "2023-05-01/2023-05-10"), Schedule: sched}, payroll.ErrNoParameter},
		{"after the tables", payroll.SSPInput{Incapacity: ps(t, "2027-05-04"), Schedule: sched,
			Earnings: []payroll.Earnings{wealthy(t, "2027-05-04")}}, payroll.ErrNoParameter},
		{"no schedule", payroll.SSPInput{Incapacity: ps(t, "2026-05-04")}, payroll.ErrNoSchedule},
		{"unsorted", payroll.SSPInput{Incapacity: ps(t, "2026-05-06", "2026-05-04"), Schedule: sched}, payroll.ErrUnsorted},
		{"overlap", payroll.SSPInput{Incapacity: ps(t, "2026-05-04/2026-05-06", "2026-05-06"), Schedule: sched}, payroll.ErrUnsorted},
		{"negative earnings", payroll.SSPInput{Incapacity: ps(t, "2026-05-04"), Schedule: sched,
			Earnings: []payroll.Earnings{{For: d(t, "2026-05-04"), Total: dec("-1")}}}, payroll.ErrEarnings},
		{"monthly without payments", payroll.SSPInput{Incapacity: ps(t, "2026-05-04"), Schedule: sched,
			Earnings: []payroll.Earnings{{For: d(t, "2026-05-04"), Pattern: payroll.PaidMonthly, Total: dec("1")}}}, payroll.ErrEarnings},
		{"earnings twice", payroll.SSPInput{Incapacity: ps(t, "2026-05-04"), Schedule: sched,
			Earnings: []payroll.Earnings{wealthy(t, "2026-05-04"), wealthy(t, "2026-05-04")}}, payroll.ErrEarnings},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := pol.SSP(tt.in); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestEarningsAWE(t *testing.T) {
	tests := []struct {
		e    payroll.Earnings
		want string
	}{
		{payroll.Earnings{Pattern: payroll.PaidWeekly, Total: dec("1000")}, "125"},
		{payroll.Earnings{Pattern: payroll.PaidMonthly, Total: dec("2600"), Payments: 2}, "300"}, // 2600 ÷ 2 × 12 ÷ 52
	}
	for _, tt := range tests {
		got, err := tt.e.AWE()
		if err != nil || !got.Equal(dec(tt.want)) {
			t.Errorf("%+v.AWE() = %v, %v; want %s", tt.e, got, err, tt.want)
		}
	}
	_ = decimal.Zero
}

// TestPAY8_SSPAcrossTaxYear: a PIW that runs into a new tax year is paid at
// each day's rate, and its earnings test is the lower earnings limit in
// force when it began: AWE £124 reach 2024/25's £123, so SSP goes on after 6
// April 2025 although 2025/26's limit is £125.
func TestPAY8_SSPAcrossTaxYear(t *testing.T) {
	earn := []payroll.Earnings{{For: d(t, "2025-03-24"), Pattern: payroll.PaidWeekly, Total: dec("992")}} // £124 a week
	got := ssp(t, hr14(t), "MTWTF..", earn, "2025-03-24/2025-04-11")
	want := []payroll.SSPWeek{
		{Week: p(t, "2025-03-23/2025-03-29"), Qualifying: 5, Paid: 2, Amount: dec("46.70")},  // 2 × £23.35 after 3 waiting days
		{Week: p(t, "2025-03-30/2025-04-05"), Qualifying: 5, Paid: 5, Amount: dec("116.75")}, // 2024/25
		{Week: p(t, "2025-04-06/2025-04-12"), Qualifying: 5, Paid: 5, Amount: dec("118.75")}, // 2025/26 rate
	}
	if diff := diff(want, got.Weeks); diff != "" {
		t.Errorf("weeks (-want +got):\n%s", diff)
	}
	if !hasFinding(got.Findings, "PAY-8", "£124.00 reach the lower earnings limit of £123.00 a week in force on 2025-03-24") {
		t.Errorf("the earnings test is not explained: %v", got.Findings)
	}
}
