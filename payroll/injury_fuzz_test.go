package payroll_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// claimSeeds are Injury Allowance inputs with a claim, in JSON.
var claimSeeds = []string{
	`{"start":"2026-01-01","periods":[{"period":"2026-01-01/2026-01-31","pay":"2500","received":"1250","benefits":"0","paidOn":"2026-01-28"},{"period":"2026-02-01/2026-02-28","pay":"2500","received":"0","benefits":"0","paidOn":"2026-02-25"}],
	  "claim":{"incident":{"date":"2025-12-31","report":"IR-2025-0412","reported":"2026-01-01"},
	    "evidence":[{"kind":"oh-report","requested":"2026-01-05","received":"2026-01-10"},{"kind":"employee-statement"}],
	    "decision":{"attributable":true,"by":"line-manager","decided":"2026-01-20","hrAdvice":"2026-01-19","paymentFrom":"2026-01-05","disputed":"2026-01-30"},
	    "benefits":[{"kind":"contributory","status":"received","applied":"2026-01-02","declared":"2026-03-10","period":"2026-01-20/2026-02-10","amount":"300"},
	                {"kind":"other","status":"applied","declared":"2026-01-12","amount":"0"}]}}`,
	`{"start":"2026-01-01","periods":[{"period":"2026-01-01/2026-01-31","pay":"1","received":"0","benefits":"0"}],"claim":{}}`,
	`{"start":"2026-01-01","attributable":true,"periods":[],"claim":{"decision":{"attributable":false,"by":"hr","decided":"2026-01-20"}}}`,
	`{"start":"2026-01-01","periods":[],"claim":{"incident":{"date":"2026-01-01","report":"fractured wrist"}}}`,
	`{"start":"2026-01-01","periods":[],"claim":{"evidence":[{"kind":"diagnosis: asthma"}]}}`,
}

// FuzzInjuryClaim decodes an Injury Allowance input with a claim from JSON
// and works it out: no panic, only typed errors, and a result whose totals
// add up, with no overpayment unless the period was paid, and never more
// overpaid than paid.
func FuzzInjuryClaim(f *testing.F) {
	for _, s := range claimSeeds {
		f.Add([]byte(s))
	}
	pol := payroll.HR14()
	f.Fuzz(func(t *testing.T, data []byte) {
		var in payroll.InjuryInput
		if json.Unmarshal(data, &in) != nil || len(in.Periods) > 50 || (in.Claim != nil && len(in.Claim.Benefits) > 20) {
			return
		}
		got, err := pol.InjuryAllowance(in)
		if err != nil {
			var ie *payroll.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			return
		}
		total, overpaid := decimal.Zero, decimal.Zero
		for i, pay := range got.Payments {
			switch {
			case pay.Allowance.IsNegative() || !pay.Allowance.Equal(pay.Allowance.Round(2)):
				t.Fatalf("allowance %v", pay.Allowance)
			case pay.Overpaid.IsNegative() || pay.Overpaid.GreaterThan(pay.Paid):
				t.Fatalf("overpaid %v of %v paid", pay.Overpaid, pay.Paid)
			case in.Periods[i].PaidOn.IsZero() && !pay.Paid.IsZero():
				t.Fatalf("paid %v without a pay day", pay.Paid)
			case !pay.Paid.IsZero() && !pay.Paid.Sub(pay.Overpaid).Equal(pay.Allowance):
				t.Fatalf("paid %v − overpaid %v is not the allowance %v", pay.Paid, pay.Overpaid, pay.Allowance)
			}
			total, overpaid = total.Add(pay.Allowance), overpaid.Add(pay.Overpaid)
		}
		if !total.Equal(got.Total) || !overpaid.Equal(got.Overpaid) {
			t.Fatalf("totals %v, %v; payments add up to %v, %v", got.Total, got.Overpaid, total, overpaid)
		}
		if len(got.Findings) == 0 {
			t.Fatal("no findings")
		}
		if _, err := json.Marshal(got); err != nil {
			t.Fatalf("result does not marshal: %v", err)
		}
	})
}

// FuzzInjuryClaimNoEcho types a text into the claim's reference and code
// fields: the error, if any, never contains it.
func FuzzInjuryClaimNoEcho(f *testing.F) {
	for _, s := range []string{"fractured wrist", "depression", "T2DM 64", "IR-1", "oh-report", "", "\x00\xff", "«»"} {
		f.Add(s)
	}
	pol := payroll.HR14()
	f.Fuzz(func(t *testing.T, text string) {
		secret := "«" + text + "»" // unique: never a date, an amount or a code
		quoted, _ := json.Marshal(secret)
		for _, doc := range []string{
			`{"start":"2026-01-01","periods":[],"claim":{"incident":{"date":"2026-01-01","report":` + string(quoted) + `}}}`,
			`{"start":"2026-01-01","periods":[],"claim":{"evidence":[{"kind":` + string(quoted) + `}]}}`,
			`{"start":"2026-01-01","periods":[],"claim":{"decision":{"by":` + string(quoted) + `,"decided":"2026-01-02"}}}`,
			`{"start":"2026-01-01","periods":[],"claim":{"benefits":[{"kind":` + string(quoted) + `,"status":"applied","declared":"2026-01-02"}]}}`,
			`{"start":"2026-01-01","periods":[],"claim":{"benefits":[{"kind":"other","status":` + string(quoted) + `,"declared":"2026-01-02"}]}}`,
		} {
			var in payroll.InjuryInput
			err := json.Unmarshal([]byte(doc), &in)
			if err == nil {
				_, err = pol.InjuryAllowance(in)
			}
			if err == nil {
				t.Fatalf("accepted %s", doc)
			}
			if strings.Contains(err.Error(), secret) {
				t.Fatalf("the error quotes the text: %v", err)
			}
		}
	})
}
