package payroll_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// exclusions returns the exclusions of got without their findings (checked
// by text elsewhere).
func exclusions(got payroll.SSP) []payroll.SSPExclusion {
	out := make([]payroll.SSPExclusion, len(got.Exclusions))
	for i, x := range got.Exclusions {
		x.Finding = absence.Finding{}
		out[i] = x
	}
	return out
}

// TestPAY8_SSPExclusions: every way SSP is not payable or stops gives an
// exclusion with its dates, the form SSP1 data and the day SSP1 is due.
func TestPAY8_SSPExclusions(t *testing.T) {
	pol := hr14(t)
	byDay := hr14(t)
	byDay.Straddle = payroll.StraddleByDay
	long := withRate2027(t, hr14(t))
	var spells []string
	for _, r := range threeYearsOfSpells(t) {
		spells = append(spells, r.String())
	}
	tests := []struct {
		name string
		pol  payroll.Policy
		in   payroll.SSPInput
		want []payroll.SSPExclusion
	}{
		{"low earnings: no entitlement, SSP1 within 7 days of the first day", pol, payroll.SSPInput{
			Incapacity: ps(t, "2025-06-05/2025-06-08"), Schedule: week(t, "MTWTF.."),
			Earnings: []payroll.Earnings{{For: d(t, "2025-06-05"), Total: dec("999.92")}}},
			[]payroll.SSPExclusion{{Reason: payroll.ExcludedLowEarnings, PIW: d(t, "2025-06-05"), From: d(t, "2025-06-05"),
				Weeks: dec("0"), AWE: dec("124.99"), LEL: dec("125"), Due: d(t, "2025-06-12")}}},
		{"low earnings until 6 April 2026, then SSP", byDay, payroll.SSPInput{
			Incapacity: ps(t, "2026-04-02/2026-04-08"), Schedule: week(t, "MTWTF.."),
			Earnings: []payroll.Earnings{{For: d(t, "2026-04-02"), Total: dec("800")}}},
			[]payroll.SSPExclusion{{Reason: payroll.ExcludedLowEarnings, PIW: d(t, "2026-04-02"), From: d(t, "2026-04-02"),
				Until: d(t, "2026-04-05"), Weeks: dec("0"), AWE: dec("100"), LEL: dec("125"), Due: d(t, "2026-04-09")}}},
		{"28 weeks foreseen: SSP1 by the 23rd week", pol, payroll.SSPInput{
			Incapacity: ps(t, "2024-04-08/2025-01-31"), Schedule: week(t, "MTWTF.."),
			Earnings: []payroll.Earnings{wealthy(t, "2024-04-08")}},
			[]payroll.SSPExclusion{{Reason: payroll.ExcludedMaximum, PIW: d(t, "2024-04-08"), From: d(t, "2024-10-24"),
				Ended: d(t, "2024-10-23"), LastPaid: d(t, "2024-10-23"), Weeks: dec("28"), Due: d(t, "2024-09-12")}}},
		{"28 weeks run out on the last day of a spell: SSP1 within 7 days of the day before the next", pol, payroll.SSPInput{
			// 3 waiting days and 140 paid days to Wednesday 23 October 2024.
			Incapacity: ps(t, "2024-04-08/2024-10-23", "2024-11-04/2024-11-08"), Schedule: week(t, "MTWTF.."),
			Earnings: []payroll.Earnings{wealthy(t, "2024-04-08")}},
			[]payroll.SSPExclusion{{Reason: payroll.ExcludedMaximum, PIW: d(t, "2024-04-08"), From: d(t, "2024-11-04"),
				Ended: d(t, "2024-10-23"), LastPaid: d(t, "2024-10-23"), Weeks: dec("28"), Due: d(t, "2024-11-10")}}},
		{"3-year limit", long, payroll.SSPInput{
			Incapacity: ps(t, spells...), Schedule: week(t, "MTWTF.."),
			Earnings: []payroll.Earnings{wealthy(t, "2024-04-06")}},
			[]payroll.SSPExclusion{{Reason: payroll.ExcludedThreeYears, PIW: d(t, "2024-04-06"), From: d(t, "2027-04-06"),
				Ended: d(t, "2027-04-05"), LastPaid: d(t, "2027-04-05"), Weeks: dec("16"), Due: d(t, "2027-04-12")}}},
		{"employment ended", pol, payroll.SSPInput{
			Incapacity: ps(t, "2026-05-04/2026-05-08"), Schedule: week(t, "MTWTF.."),
			Earnings: []payroll.Earnings{wealthy(t, "2026-05-04")}, EmploymentEnds: d(t, "2026-05-06")},
			[]payroll.SSPExclusion{{Reason: payroll.ExcludedEmploymentEnded, PIW: d(t, "2026-05-04"), From: d(t, "2026-05-07"),
				Ended: d(t, "2026-05-06"), LastPaid: d(t, "2026-05-06"), Weeks: dec("0.6"), Due: d(t, "2026-05-13")}}},
		{"employment ended before the PIW", pol, payroll.SSPInput{
			Incapacity: ps(t, "2026-05-04/2026-05-08"), Schedule: week(t, "MTWTF.."),
			Earnings: []payroll.Earnings{wealthy(t, "2026-05-04")}, EmploymentEnds: d(t, "2026-05-01")},
			[]payroll.SSPExclusion{{Reason: payroll.ExcludedEmploymentEnded, PIW: d(t, "2026-05-04"), From: d(t, "2026-05-04"),
				Weeks: dec("0"), Due: d(t, "2026-05-11")}}},
		{"SSP to the end: no exclusion", pol, payroll.SSPInput{
			Incapacity: ps(t, "2026-05-04/2026-05-08"), Schedule: week(t, "MTWTF.."),
			Earnings: []payroll.Earnings{wealthy(t, "2026-05-04")}},
			[]payroll.SSPExclusion{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.pol.SSP(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := diff(tt.want, exclusions(got), cmpopts.EquateApprox(0, 0)); diff != "" {
				t.Errorf("exclusions (-want +got):\n%s", diff)
			}
			for _, x := range got.Exclusions {
				if x.Finding.Rule.ID != "PAY-8" || !strings.Contains(x.Finding.Text, "Form SSP1 due by "+x.Due.String()) ||
					!strings.Contains(x.Finding.Rule.Clause, "reg 15") {
					t.Errorf("finding %v does not give the rule, the SSP1 duty and its date", x.Finding)
				}
				if !hasFinding(got.Findings, "PAY-8", x.Finding.Text) {
					t.Errorf("the exclusion's finding is not among the findings: %v", x.Finding)
				}
				for _, day := range got.Days {
					if day.Paid && !day.Date.Before(x.From) && (x.Until.IsZero() || !day.Date.After(x.Until)) {
						t.Errorf("%v paid inside the exclusion from %v", day.Date, x.From)
					}
				}
			}
		})
	}
}

// TestPAY8_SSPExclusionAWEForEarnings: the low-earnings exclusion carries
// the exact average weekly earnings for the record (to 16 places).
func TestPAY8_SSPExclusionAWEForEarnings(t *testing.T) {
	in := payroll.SSPInput{Incapacity: ps(t, "2025-06-02/2025-06-06"), Schedule: week(t, "MTWTF.."),
		Earnings: []payroll.Earnings{{For: d(t, "2025-06-02"), Pattern: payroll.PaidMonthly, Total: dec("1000"), Payments: 2}}}
	got, err := hr14(t).SSP(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Exclusions) != 1 || !got.Exclusions[0].AWE.Equal(dec("115.3846153846153846")) {
		t.Fatalf("exclusions %+v, want AWE £1,000 ÷ 2 × 12 ÷ 52 to 16 places", got.Exclusions)
	}
	b, err := json.Marshal(got.Exclusions[0])
	if err != nil {
		t.Fatal(err)
	}
	var back payroll.SSPExclusion
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := diff(got.Exclusions[0], back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if !strings.Contains(string(b), `"reason":"low-earnings"`) {
		t.Errorf("reason not as a code: %s", b)
	}
}

// TestPAY8_SSPWithoutEarnings: a PIW of waiting days alone needs no
// earnings, and says that the earnings test could not be applied; one that
// would be paid fails with ErrNoEarnings, as before.
func TestPAY8_SSPWithoutEarnings(t *testing.T) {
	got := ssp(t, hr14(t), "MTWTF..", nil, "2025-06-05/2025-06-08")
	if len(got.Exclusions) != 0 || !hasFinding(got.Findings, "PAY-8", "no earnings given, so the earnings test was not applied") {
		t.Errorf("exclusions %v, findings %v", got.Exclusions, got.Findings)
	}
	_, err := hr14(t).SSP(payroll.SSPInput{Incapacity: ps(t, "2025-06-02/2025-06-06"), Schedule: week(t, "MTWTF..")})
	if !errors.Is(err, payroll.ErrNoEarnings) {
		t.Errorf("paid days without earnings: %v, want ErrNoEarnings", err)
	}
	// Pay dates that cannot give the earnings of a PIW that needs them.
	_, err = hr14(t).SSP(payroll.SSPInput{Incapacity: ps(t, "2025-06-02/2025-06-06"), Schedule: week(t, "MTWTF.."),
		Earnings: []payroll.Earnings{{Paid: []payroll.Payment{{Date: d(t, "2025-06-20"), Amount: dec("100")}}}}})
	var ie *payroll.InputError
	if !errors.Is(err, payroll.ErrEarnings) || !errors.As(err, &ie) || ie.Field != "Earnings[0].Contract" {
		t.Errorf("no payday before the PIW and no contractual pay: %v, want ErrEarnings on Earnings[0].Contract", err)
	}
}
