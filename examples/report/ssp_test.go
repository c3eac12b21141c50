package report_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/report"
)

// TestEvaluate_SSPExclusions: a case file's pay history (pay dates and
// amounts) gives the earnings of each period of incapacity; low earnings
// before 6 April 2026 give no SSP, an exclusion and form SSP1's due date, in
// the JSON and the text (PAY-8).
func TestEvaluate_SSPExclusions(t *testing.T) {
	s := scenario(t, base+`absences:
  - {id: A1, period: 2026-03-02/2026-03-06, reason: infection}
pay:
  serviceStart: 2020-01-01
  dayPay: 100
  earnings:
    - pattern: monthly
      paid: [{date: 2025-12-31, amount: 2000}, {date: 2026-01-30, amount: 200}, {date: 2026-02-27, amount: 600}]
`)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Pay == nil || r.Pay.SSP != "0.00" || len(r.Pay.SSPExclusions) != 1 {
		t.Fatalf("pay %+v, want no SSP and one exclusion", r.Pay)
	}
	x := r.Pay.SSPExclusions[0]
	if x.Reason != "low-earnings" || x.PIW.String() != "2026-03-02" || x.Due.String() != "2026-03-09" || x.Weeks != "0.00" ||
		x.Finding.Rule != "PAY-8" {
		t.Errorf("exclusion %+v", x)
	}
	var b strings.Builder
	if err := report.WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	// £800 paid 1 January to 27 February 2026 (2 calendar months) × 12 ÷ 52.
	if want := "average weekly earnings £92.3076… are below the lower earnings limit of £125.00 a week"; !strings.Contains(b.String(), want) ||
		!strings.Contains(b.String(), "Form SSP1 due by 2026-03-09") {
		t.Errorf("text lacks %q and the SSP1 date:\n%s", want, b.String())
	}
}
