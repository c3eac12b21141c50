package payroll_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// These tests use only the API of main before issue 14, so that they can be
// run against it: they fail there and pass here.

// withRate2027 adds a 2027/28 rate (the 2026/27 figure, for the test only),
// so that a day after 5 April 2027 can be paid.
func withRate2027(t testing.TB, pol payroll.Policy) payroll.Policy {
	t.Helper()
	rates := pol.Parameters.SSPRates
	last := rates.Entries[len(rates.Entries)-1]
	rates.Entries = append(rates.Entries[:len(rates.Entries):len(rates.Entries)], payroll.Dated[payroll.SSPRate]{
		From: d(t, "2027-04-06"), To: d(t, "2028-04-05"), Value: last.Value, Source: "test: 2026/27 figure carried on"})
	pol.Parameters.SSPRates = rates
	return pol
}

// threeYearsOfSpells is a worker off Monday to Thursday every 8 weeks from
// Saturday 6 April 2024, each spell linking with the one before, and off
// again from 1 to 8 April 2027: 3 years from the first day end on 5 April
// 2027 (SSP (General) Regulations 1982 reg 3(3)).
func threeYearsOfSpells(t testing.TB) []absence.Period {
	t.Helper()
	out := []absence.Period{p(t, "2024-04-06/2024-04-11")}
	for k := 1; k <= 19; k++ {
		start := d(t, "2024-04-08").AddDays(56 * k)
		out = append(out, absence.Period{Start: start, End: start.AddDays(3)})
	}
	return append(out, p(t, "2027-04-01/2027-04-08"))
}

// TestPAY8_ThreeYearLimit: a worker off a few days every 8 weeks has one
// linked period of incapacity; entitlement ends 3 years after it began,
// although the 28 weeks are far from paid, with a finding and form SSP1 due
// 7 days after.
func TestPAY8_ThreeYearLimit(t *testing.T) {
	pol := withRate2027(t, hr14(t))
	earn := []payroll.Earnings{wealthy(t, "2024-04-06")}
	got := ssp(t, pol, "MTWTF..", earn, func() []string {
		var s []string
		for _, r := range threeYearsOfSpells(t) {
			s = append(s, r.String())
		}
		return s
	}()...)
	if len(got.PIWs) != 1 {
		t.Fatalf("%d PIWs, want one linked PIW", len(got.PIWs))
	}
	paid := paidDays(got)
	if _, ok := paid["2027-04-05"]; !ok {
		t.Error("2027-04-05, the last day of the 3 years, is not paid")
	}
	for _, s := range []string{"2027-04-06", "2027-04-07", "2027-04-08"} {
		if _, ok := paid[s]; ok {
			t.Errorf("%s is paid after the 3-year limit", s)
		}
		if day, _ := got.Day(d(t, s)); !strings.Contains(day.Note, "ended 3 years after it began, on 2027-04-05") {
			t.Errorf("%s: note %q does not give the limit", s, day.Note)
		}
	}
	if !hasFinding(got.Findings, "PAY-8", "entitlement ends 3 years after the period of incapacity for work (linked periods of sickness) began on 2024-04-06, on 2027-04-05; no SSP from 2027-04-06. Form SSP1 due by 2027-04-12") {
		t.Errorf("no finding for the 3-year limit: %v", got.Findings)
	}
}

// TestPAY8_LowEarningsNoEntitlement: before 6 April 2026 average weekly
// earnings below the lower earnings limit mean no SSP arises at all: no
// waiting days are served, every day says why, and the first finding of
// the period says so, with form SSP1 due 7 days after the first day of
// sickness.
func TestPAY8_LowEarningsNoEntitlement(t *testing.T) {
	low := []payroll.Earnings{{For: d(t, "2025-06-05"), Pattern: payroll.PaidWeekly, Total: dec("999.92")}} // £124.99 a week
	got := ssp(t, hr14(t), "MTWTF..", low, "2025-06-05/2025-06-08")
	if !got.Total.IsZero() || len(got.Days) != 4 {
		t.Fatalf("total %v over %d days, want £0 over 4", got.Total, len(got.Days))
	}
	for _, day := range got.Days {
		if day.Waiting || !strings.Contains(day.Note, "below the lower earnings limit £125.00") {
			t.Errorf("%v: waiting %v, note %q; want no waiting day and the earnings limit", day.Date, day.Waiting, day.Note)
		}
	}
	if len(got.Findings) == 0 || !strings.HasPrefix(got.Findings[0].Text,
		"No SSP for the period of incapacity for work from 2025-06-05: average weekly earnings £124.99 are below the lower earnings limit of £125.00 a week") {
		t.Errorf("the first finding does not say why there is no SSP: %v", got.Findings)
	}
	if !hasFinding(got.Findings, "PAY-8", "Form SSP1 due by 2025-06-12") {
		t.Errorf("no SSP1 due date: %v", got.Findings)
	}
	if hasFinding(got.Findings, "PAY-8", "waiting days (no SSP)") {
		t.Errorf("waiting days are explained for a period with no entitlement: %v", got.Findings)
	}
}

// TestPAY8_LowEarningsAcross2026: with the by-day reading, a PIW that
// begins before 6 April 2026 with earnings below the limit has no
// entitlement (and no waiting days) on the days before; SSP is paid from
// the first qualifying day on or after 6 April 2026, at 80% of earnings.
func TestPAY8_LowEarningsAcross2026(t *testing.T) {
	pol := hr14(t)
	pol.Straddle = payroll.StraddleByDay
	low := []payroll.Earnings{{For: d(t, "2026-04-02"), Pattern: payroll.PaidWeekly, Total: dec("800")}} // £100 a week
	got := ssp(t, pol, "MTWTF..", low, "2026-04-02/2026-04-08")
	want := map[string]string{"2026-04-06": "16.0000", "2026-04-07": "16.0000", "2026-04-08": "16.0000"} // 80% of £100 ÷ 5
	if diff := diff(want, paidDays(got)); diff != "" {
		t.Errorf("paid days (-want +got):\n%s", diff)
	}
	for _, s := range []string{"2026-04-02", "2026-04-03"} {
		if day, _ := got.Day(d(t, s)); day.Waiting || !strings.Contains(day.Note, "below the lower earnings limit") {
			t.Errorf("%s: waiting %v, note %q; want no entitlement", s, day.Waiting, day.Note)
		}
	}
	if !hasFinding(got.Findings, "PAY-8", "on the days to 2026-04-05, under the rules before 6 April 2026; SSP is payable from the first qualifying day after") {
		t.Errorf("the end of the exclusion is not explained: %v", got.Findings)
	}
}

// TestPAY8_MaximumSSP1: when the 28 weeks will run out while the employee
// is still off, form SSP1 is due by the first day of the 23rd week of SSP.
func TestPAY8_MaximumSSP1(t *testing.T) {
	got := ssp(t, hr14(t), "MTWTF..", []payroll.Earnings{wealthy(t, "2024-04-08")}, "2024-04-08/2025-01-31")
	// Paid from Thursday 11 April 2024 (after 3 waiting days): 22 weeks of
	// 5 days are paid by Wednesday 11 September; the 23rd week starts on
	// Thursday 12 September.
	if !hasFinding(got.Findings, "PAY-8", "Form SSP1 due by 2024-09-12, giving: reason: the 28 weeks of SSP have been paid") {
		t.Errorf("no SSP1 due by the 23rd week: %v", got.Findings)
	}
	if day, _ := got.Day(d(t, "2024-10-26")); day.Note != "the 28-week maximum has been paid" {
		t.Errorf("Saturday after the maximum: note %q", day.Note)
	}
}
