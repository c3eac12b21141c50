package payroll_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// TestParameters_SSPRates checks the SSP rates and lower earnings limits of
// GOV.UK's rates data (2024/25 to 2026/27) and that a date in no tax year of
// them is an error, not a guess.
func TestParameters_SSPRates(t *testing.T) {
	rates := payroll.EnglandSSPRates()
	tests := []struct {
		day       string
		weekly    string
		lel       string
		noneFound bool
	}{
		{day: "2024-04-05", noneFound: true},
		{day: "2024-04-06", weekly: "116.75", lel: "123"},
		{day: "2025-04-05", weekly: "116.75", lel: "123"},
		{day: "2025-04-06", weekly: "118.75", lel: "125"},
		{day: "2026-04-05", weekly: "118.75", lel: "125"},
		{day: "2026-04-06", weekly: "123.25", lel: "0"}, // no lower earnings limit
		{day: "2027-04-05", weekly: "123.25", lel: "0"},
		{day: "2027-04-06", noneFound: true},
	}
	for _, tt := range tests {
		got, err := rates.At(d(t, tt.day))
		if tt.noneFound {
			var ie *payroll.InputError
			if !errors.Is(err, payroll.ErrNoParameter) || !errors.As(err, &ie) || ie.Field != "SSPRates" || ie.Value != tt.day {
				t.Errorf("%s: %v, want ErrNoParameter naming SSPRates and the date", tt.day, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.day, err)
		}
		want := payroll.SSPRate{Weekly: dec(tt.weekly), LEL: dec(tt.lel)}
		if diff := diff(want, got.Value); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.day, diff)
		}
		if got.Source == "" {
			t.Errorf("%s: no source", tt.day)
		}
	}
}

// TestParameters_SSPRules: the rule change of 6 April 2026.
func TestParameters_SSPRules(t *testing.T) {
	rules := payroll.EnglandSSPRules()
	before, err := rules.Value(d(t, "2026-04-05"))
	if err != nil {
		t.Fatal(err)
	}
	after, err := rules.Value(d(t, "2026-04-06"))
	if err != nil {
		t.Fatal(err)
	}
	want := []payroll.SSPRules{
		{MinPIWDays: 4, WaitingDays: 3, LinkDays: 56, EarningsTest: true, AWECap: decimal.Zero, MaxWeeks: 28,
			LimitYears: 3, NoticeDays: 7, NoticeWeek: 23},
		{MinPIWDays: 1, WaitingDays: 0, LinkDays: 56, EarningsTest: false, AWECap: dec("0.8"), MaxWeeks: 28,
			LimitYears: 3, NoticeDays: 7, NoticeWeek: 23},
	}
	if diff := diff(want, []payroll.SSPRules{before, after}); diff != "" {
		t.Errorf("rules before and from 6 April 2026 (-want +got):\n%s", diff)
	}
}

// TestParameters_Other checks the Section 14 scale, Injury Allowance and leave
// figures and their dates.
func TestParameters_Other(t *testing.T) {
	par := payroll.England()
	scale, err := par.SickPayScale.Value(d(t, "2026-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	want := payroll.Scale{Bands: []payroll.Band{{0, 1, 2}, {1, 2, 2}, {2, 4, 4}, {3, 5, 5}, {5, 6, 6}}, LookBackMonths: 12, CountWorkRelated: true}
	if diff := diff(want, scale); diff != "" {
		t.Errorf("scale (-want +got):\n%s", diff)
	}
	if old, _ := par.SickPayScale.Value(d(t, "2023-06-30")); old.CountWorkRelated {
		t.Error("before 1 July 2023 work-related absence was not deducted")
	}
	if _, err := par.InjuryAllowance.At(d(t, "2013-03-30")); !errors.Is(err, payroll.ErrNoParameter) {
		t.Errorf("Injury Allowance before 31 March 2013: %v", err)
	}
	ia, err := par.InjuryAllowance.Value(d(t, "2013-03-31"))
	if err != nil || !ia.Rate.Equal(dec("0.85")) || ia.Months != 12 {
		t.Errorf("Injury Allowance: %+v, %v", ia, err)
	}
	al, err := par.AnnualLeave.Value(d(t, "2026-04-01"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := diff(payroll.AnnualLeave{Bands: []payroll.LeaveBand{{0, 27}, {5, 29}, {10, 33}}, BankHolidays: 8}, al); diff != "" {
		t.Errorf("annual leave (-want +got):\n%s", diff)
	}
	codified, err := par.StatutoryLeave.At(d(t, "2024-01-01"))
	if err != nil || codified.Value != (payroll.StatutoryLeave{FullTimeDays: 20, CarryOverMonths: 18}) || codified.From != d(t, "2024-01-01") {
		t.Errorf("statutory leave from 1 January 2024: %+v, %v", codified, err)
	}
}

// TestParameters_Fresh: every call returns tables of its own.
func TestParameters_Fresh(t *testing.T) {
	a, b := payroll.England(), payroll.England()
	a.SickPayScale.Entries[1].Value.Bands[0].Full = 99
	a.SSPRates.Entries[0].Value.Weekly = dec("1")
	if b.SickPayScale.Entries[1].Value.Bands[0].Full != 1 || !b.SSPRates.Entries[0].Value.Weekly.Equal(dec("116.75")) {
		t.Error("changing one Parameters value changed another")
	}
	if c := payroll.HR14(); c.Parameters.SickPayScale.Entries[1].Value.Bands[0].Full != 1 {
		t.Error("HR14 shares tables with an earlier value")
	}
}

func TestTable_Validate(t *testing.T) {
	rate := payroll.SSPRate{Weekly: dec("100"), LEL: dec("100")}
	entry := func(from, to string, v payroll.SSPRate) payroll.Dated[payroll.SSPRate] {
		e := payroll.Dated[payroll.SSPRate]{From: d(t, from), Value: v, Source: "test"}
		if to != "" {
			e.To = d(t, to)
		}
		return e
	}
	tests := []struct {
		name    string
		entries []payroll.Dated[payroll.SSPRate]
		ok      bool
	}{
		{"one open", []payroll.Dated[payroll.SSPRate]{entry("2026-01-01", "", rate)}, true},
		{"gap", []payroll.Dated[payroll.SSPRate]{entry("2026-01-01", "2026-01-31", rate), entry("2026-03-01", "", rate)}, true},
		{"none", nil, false},
		{"overlap", []payroll.Dated[payroll.SSPRate]{entry("2026-01-01", "2026-01-31", rate), entry("2026-01-31", "", rate)}, false},
		{"open before another", []payroll.Dated[payroll.SSPRate]{entry("2026-01-01", "", rate), entry("2026-03-01", "", rate)}, false},
		{"reversed", []payroll.Dated[payroll.SSPRate]{entry("2026-01-31", "2026-01-01", rate)}, false},
		{"unsorted", []payroll.Dated[payroll.SSPRate]{entry("2026-03-01", "", rate), entry("2026-01-01", "2026-01-31", rate)}, false},
		{"bad value", []payroll.Dated[payroll.SSPRate]{entry("2026-01-01", "", payroll.SSPRate{Weekly: dec("0")})}, false},
		{"no source", []payroll.Dated[payroll.SSPRate]{{From: d(t, "2026-01-01"), Value: rate}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := payroll.Table[payroll.SSPRate]{Name: "T", Entries: tt.entries}.Validate()
			if tt.ok != (err == nil) || (err != nil && !errors.Is(err, payroll.ErrInvalidTable)) {
				t.Errorf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
	gap := payroll.Table[payroll.SSPRate]{Name: "T", Entries: tests[1].entries}
	if _, err := gap.At(d(t, "2026-02-15")); !errors.Is(err, payroll.ErrNoParameter) {
		t.Errorf("a day in the gap: %v", err)
	}
	if e, err := gap.At(d(t, "2026-03-01")); err != nil || e.From != d(t, "2026-03-01") {
		t.Errorf("the first day of the second entry: %+v, %v", e, err)
	}
}

func TestPolicy_Validate(t *testing.T) {
	if err := (payroll.Policy{}).Validate(); err == nil {
		t.Error("the zero Policy is valid")
	}
	for name, edit := range map[string]func(*payroll.Policy){
		"months":    func(p *payroll.Policy) { p.Months = 3 },
		"straddle":  func(p *payroll.Policy) { p.Straddle = 2 },
		"draw":      func(p *payroll.Policy) { p.Draw = 2 },
		"phased":    func(p *payroll.Policy) { p.PhasedWeeks = -1 },
		"extension": func(p *payroll.Policy) { p.ExtensionWeeks = -1 },
		"scale":     func(p *payroll.Policy) { p.Parameters.SickPayScale.Entries[0].Value.Bands[0].Years = 1 },
		"rules":     func(p *payroll.Policy) { p.Parameters.SSPRules.Entries[1].Value.AWECap = dec("1.5") },
	} {
		pol := payroll.HR14()
		edit(&pol)
		if err := pol.Validate(); err == nil {
			t.Errorf("%s: invalid policy accepted", name)
		}
	}
}

// TestPolicy_JSON: a policy survives a JSON round trip, knobs as text codes.
func TestPolicy_JSON(t *testing.T) {
	pol := payroll.HR14()
	pol.Months, pol.Straddle, pol.Draw = payroll.WorkingDayMonths, payroll.StraddleByDay, payroll.LieuFirst
	b, err := json.Marshal(pol)
	if err != nil {
		t.Fatal(err)
	}
	var back payroll.Policy
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := diff(pol, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	var m payroll.MonthRule
	if err := m.UnmarshalText([]byte("fortnights")); !errors.Is(err, payroll.ErrInvalidPolicy) {
		t.Errorf("unknown month rule: %v", err)
	}
	if _, err := payroll.Status(7).MarshalText(); err == nil {
		t.Error("an unknown status marshals")
	}
	_ = absence.Date{}
}
