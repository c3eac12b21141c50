package payroll_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// govukCase is one case of testdata/govuk-ssp-calculator.json: answers
// given to GOV.UK's SSP calculator and the outcome it showed, in the
// library's terms (the file's "transform" says how).
type govukCase struct {
	ID         string            `json:"id"`
	Count      int               `json:"count"`
	Incapacity []string          `json:"incapacity"` // the linked period, if any, and the current one
	Mask       string            `json:"mask"`       // the usual working days, Monday first
	Earnings   *payroll.Earnings `json:"earnings"`
	// Outcome: "entitled", "not-earned-enough", "maximum", "waiting-days"
	// or "no-piw".
	Outcome string      `json:"outcome"`
	Weeks   [][2]string `json:"weeks"` // entitled: the Saturday ending each week and its SSP
	Total   string      `json:"total"` // entitled: the current period's SSP
	LEL     string      `json:"lel"`   // not earned enough: the lower earnings limit
	AWE     string      `json:"awe"`   // not earned enough: the AWE GOV.UK showed, when comparable
}

// govukPolicy is HR14 with the SSP rates of 2017/18 and 2018/19 (GOV.UK's
// rates file, alphagov/smart-answers statutory_sick_pay.yml) and the rules
// before 6 April 2026 from 6 April 2017.
func govukPolicy(t testing.TB) payroll.Policy {
	t.Helper()
	pol := hr14(t)
	const src = "GOV.UK SSP rates (alphagov/smart-answers statutory_sick_pay.yml), tax year "
	pol.Parameters.SSPRates = payroll.Table[payroll.SSPRate]{Name: "SSPRates", Entries: []payroll.Dated[payroll.SSPRate]{
		{From: d(t, "2017-04-06"), To: d(t, "2018-04-05"), Value: payroll.SSPRate{Weekly: dec("89.35"), LEL: dec("113")}, Source: src + "2017/18"},
		{From: d(t, "2018-04-06"), To: d(t, "2019-04-05"), Value: payroll.SSPRate{Weekly: dec("92.05"), LEL: dec("116")}, Source: src + "2018/19"},
	}}
	rules := pol.Parameters.SSPRules
	old := rules.Entries[0]
	old.From = d(t, "2017-04-06")
	pol.Parameters.SSPRules = payroll.Table[payroll.SSPRules]{Name: rules.Name, Entries: []payroll.Dated[payroll.SSPRules]{old, rules.Entries[1]}}
	if err := pol.Validate(); err != nil {
		t.Fatal(err)
	}
	return pol
}

// TestPAY8_GOVUKCalculatorArtefacts runs every regression artefact of
// GOV.UK's SSP calculator (alphagov/smart-answers, 715 sets of answers, as
// 379 distinct cases), each relevant period as GOV.UK asks for it: 8 weeks
// or more of pay (weekly, fortnightly, four-weekly, monthly, irregular),
// paid for less than 8 weeks, sick before the first payday. The outcome
// must agree: SSP week by week for the current period of sickness, not
// earned enough (a low-earnings exclusion with no waiting days), the
// maximum reached (an exclusion), only waiting days, or no PIW.
func TestPAY8_GOVUKCalculatorArtefacts(t *testing.T) {
	b, err := os.ReadFile("testdata/govuk-ssp-calculator.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []govukCase `json:"cases"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatal(err)
	}
	pol := govukPolicy(t)
	artefacts := 0
	for _, c := range file.Cases {
		artefacts += c.Count
		t.Run(c.ID, func(t *testing.T) { c.check(t, pol) })
	}
	if len(file.Cases) != 379 || artefacts != 715 {
		t.Errorf("%d cases standing for %d artefacts, want 379 for 715", len(file.Cases), artefacts)
	}
}

func (c govukCase) check(t *testing.T, pol payroll.Policy) {
	in := payroll.SSPInput{Incapacity: ps(t, c.Incapacity...), Schedule: week(t, c.Mask)}
	if c.Earnings != nil {
		e := *c.Earnings
		e.For = in.Incapacity[0].Start
		in.Earnings = []payroll.Earnings{e}
	}
	got, err := pol.SSP(in)
	if err != nil {
		t.Fatal(err)
	}
	current := in.Incapacity[len(in.Incapacity)-1]
	if c.Outcome == "no-piw" {
		if len(got.PIWs) != 0 || len(got.Days) != 0 {
			t.Errorf("%d PIWs, %d days; want none", len(got.PIWs), len(got.Days))
		}
		return
	}
	if len(got.PIWs) != 1 {
		t.Fatalf("%d PIWs, want one (linked) PIW", len(got.PIWs))
	}
	weeks := currentWeeks(got, current)
	total := decimal.Zero
	for _, w := range weeks {
		total = total.Add(dec(w[1]))
	}
	var reasons []payroll.ExclusionReason
	for _, x := range got.Exclusions {
		reasons = append(reasons, x.Reason)
	}
	switch c.Outcome {
	case "entitled":
		if diff := diff(c.Weeks, weeks, decimalStrings); diff != "" || !total.Equal(dec(c.Total)) {
			t.Errorf("weeks (-GOV.UK +hr14):\n%s\ntotal %v, want %s", diff, total, c.Total)
		}
	case "not-earned-enough":
		if len(got.Exclusions) != 1 || got.Exclusions[0].Reason != payroll.ExcludedLowEarnings ||
			!got.Exclusions[0].LEL.Equal(dec(c.LEL)) || !total.IsZero() {
			t.Errorf("exclusions %v, SSP %v; want low earnings under the limit £%s and none", reasons, total, c.LEL)
		}
		if c.AWE != "" && !got.PIWs[0].AWE.Round(2).Equal(dec(c.AWE)) {
			t.Errorf("AWE %v, GOV.UK showed %s", got.PIWs[0].AWE, c.AWE)
		}
		for _, day := range got.Days {
			if day.Waiting {
				t.Errorf("%v is a waiting day although no entitlement arises", day.Date)
			}
		}
	case "maximum":
		if len(got.Exclusions) != 1 || got.Exclusions[0].Reason != payroll.ExcludedMaximum ||
			got.Exclusions[0].From.After(current.Start) || !total.IsZero() {
			t.Errorf("exclusions %+v, SSP %v for the current period; want the maximum reached before it", got.Exclusions, total)
		}
	case "waiting-days":
		if len(got.Exclusions) != 0 || !total.IsZero() {
			t.Errorf("exclusions %v, SSP %v; want none", reasons, total)
		}
		for _, day := range got.Days {
			if current.Contains(day.Date) && day.Qualifying && !day.Waiting {
				t.Errorf("%v: a qualifying day that is not a waiting day", day.Date)
			}
		}
	default:
		t.Fatalf("unknown outcome %q", c.Outcome)
	}
}

// currentWeeks returns the SSP of each week (Sunday to Saturday) of the
// current period as GOV.UK shows it: the Saturday ending it and the days
// paid in the current period added up and rounded up to the penny, without
// the trailing weeks of nothing.
func currentWeeks(got payroll.SSP, current absence.Period) [][2]string {
	var out [][2]string
	sat := current.Start
	for sat.Weekday() != time.Saturday {
		sat = sat.AddDays(1)
	}
	for ; !sat.AddDays(-6).After(current.End); sat = sat.AddDays(7) {
		sum := decimal.Zero
		for d := range (absence.Period{Start: sat.AddDays(-6), End: sat}).All() {
			if day, ok := got.Day(d); ok && day.Paid && current.Contains(d) {
				sum = sum.Add(day.Amount)
			}
		}
		out = append(out, [2]string{sat.String(), sum.RoundCeil(2).String()})
	}
	for len(out) > 0 && dec(out[len(out)-1][1]).IsZero() {
		out = out[:len(out)-1]
	}
	return out
}

// decimalStrings compares week amounts as numbers ("0" equals "0.00").
var decimalStrings = cmp.Comparer(func(a, b [2]string) bool {
	return a[0] == b[0] && strings.TrimSpace(a[1]) != "" && dec(a[1]).Equal(dec(b[1]))
})
