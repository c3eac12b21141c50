package payroll_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// The pay of the first pay period in a new post after redeployment is the
// previous post's for the days before the transfer and the new post's, on
// its own terms, from it, by calendar days, each rounded once; Protection
// of Pay does not apply (STAGE-20, App 3).
func TestSTAGE20_RedeploymentPay(t *testing.T) {
	pol := payroll.HR14()
	for _, c := range []struct {
		name                 string
		period, starts       string
		previous, new        string
		prevDays, newDays    int
		wantPrev, wantNew    string
		wantTotal, wantDelta string
		finding              string
	}{
		{"mid-month, lower pay", "2026-03-01/2026-03-31", "2026-03-16", "2800.00", "2400.00", 15, 16, "1354.84", "1238.71", "2593.55", "-400.00",
			"Protection of Pay does not apply to an employee redeployed to a post with lower pay (App 3): from 2026-03-16 the employee is paid £400.00 a period less"},
		{"from the first day", "2026-04-01/2026-04-30", "2026-04-01", "2800.00", "2400.00", 0, 30, "0.00", "2400.00", "2400.00", "-400.00", "paid wholly under the new post's own terms and conditions, from 2026-04-01: £2,400.00"},
		{"on the last day", "2026-02-01/2026-02-28", "2026-02-28", "2800.00", "2400.00", 27, 1, "2700.00", "85.71", "2785.71", "-400.00", "1 day from 2026-02-28"},
		{"higher pay", "2026-03-01/2026-03-31", "2026-03-16", "2400.00", "2800.00", 15, 16, "1161.29", "1445.16", "2606.45", "400.00",
			"the new post pays £400.00 a period more"},
		{"same pay", "2026-03-01/2026-03-31", "2026-03-02", "2500.00", "2500.00", 1, 30, "80.65", "2419.35", "2500.00", "0", "pays the same"},
		{"a half penny rounds up", "2026-01-01/2026-01-10", "2026-01-02", "0.05", "100.00", 1, 9, "0.01", "90.00", "90.01", "99.95", "£0.01"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := pol.RedeploymentPay(payroll.RedeploymentPayInput{Period: p(t, c.period), Starts: d(t, c.starts), Previous: dec(c.previous), New: dec(c.new)})
			if err != nil {
				t.Fatal(err)
			}
			if got.PreviousDays != c.prevDays || got.NewDays != c.newDays || got.Days != c.prevDays+c.newDays {
				t.Errorf("days %d + %d of %d", got.PreviousDays, got.NewDays, got.Days)
			}
			for _, x := range []struct {
				name      string
				got, want decimal.Decimal
			}{{"previous", got.Previous, dec(c.wantPrev)}, {"new", got.New, dec(c.wantNew)}, {"total", got.Total, dec(c.wantTotal)}, {"change", got.Change, dec(c.wantDelta)}} {
				if !x.got.Equal(x.want) {
					t.Errorf("%s %s, want %s", x.name, x.got, x.want)
				}
			}
			if !got.Total.Equal(got.Previous.Add(got.New)) {
				t.Error("the total is not the sum of its parts")
			}
			text := ""
			for _, f := range got.Findings {
				if f.Rule.ID != "STAGE-20" || !strings.Contains(f.Rule.Clause, "App 3") {
					t.Errorf("%v", f)
				}
				text += f.Text + "\n"
			}
			if !strings.Contains(text, c.finding) {
				t.Errorf("no %q in\n%s", c.finding, text)
			}
		})
	}
}

func TestSTAGE20_RedeploymentPayErrors(t *testing.T) {
	pol := payroll.HR14()
	ok := payroll.RedeploymentPayInput{Period: p(t, "2026-03-01/2026-03-31"), Starts: d(t, "2026-03-16"), Previous: dec("2800"), New: dec("2400")}
	for _, c := range []struct {
		field string
		err   payroll.Error
		edit  func(*payroll.RedeploymentPayInput)
	}{
		{"Period", payroll.ErrInvalidPeriod, func(in *payroll.RedeploymentPayInput) { in.Period = absence.Period{} }},
		{"Period", payroll.ErrInvalidPeriod, func(in *payroll.RedeploymentPayInput) { in.Period.End = d(t, "2026-02-01") }},
		{"Starts", payroll.ErrInvalidDate, func(in *payroll.RedeploymentPayInput) { in.Starts = absence.Date{} }},
		{"Starts", payroll.ErrInvalidDate, func(in *payroll.RedeploymentPayInput) { in.Starts = d(t, "2026-04-01") }},
		{"Previous", payroll.ErrAmount, func(in *payroll.RedeploymentPayInput) { in.Previous = dec("-1") }},
		{"New", payroll.ErrAmount, func(in *payroll.RedeploymentPayInput) { in.New = decimal.Zero }},
	} {
		in := ok
		c.edit(&in)
		_, err := pol.RedeploymentPay(in)
		var ie *payroll.InputError
		if !errors.As(err, &ie) || !errors.Is(err, c.err) || ie.Field != c.field {
			t.Errorf("%s: %v", c.field, err)
		}
	}
	_, err := pol.RedeploymentPay(payroll.RedeploymentPayInput{Period: p(t, "2026-03-01/2026-03-31"), Starts: d(t, "2026-04-01"), New: dec("1")})
	if err == nil || !strings.Contains(err.Error(), "expected a day of the pay period 2026-03-01/2026-03-31") {
		t.Error(err)
	}
}

// FuzzRedeploymentPay: any input gives a typed error or figures that add
// up, each within half a penny of the exact share.
func FuzzRedeploymentPay(f *testing.F) {
	f.Add(uint16(31), uint16(15), int64(280000), int64(240000))
	f.Add(uint16(1), uint16(0), int64(0), int64(1))
	f.Fuzz(func(t *testing.T, length, before uint16, prev, next int64) {
		start := absence.Date{Year: 2026, Month: 3, Day: 1}
		in := payroll.RedeploymentPayInput{
			Period: absence.Period{Start: start, End: start.AddDays(int(length%400) - 1)}, Starts: start.AddDays(int(before % 400)),
			Previous: decimal.New(prev, -2), New: decimal.New(next, -2),
		}
		got, err := payroll.HR14().RedeploymentPay(in)
		if err != nil {
			var ie *payroll.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			return
		}
		if !got.Total.Equal(got.Previous.Add(got.New)) || got.PreviousDays+got.NewDays != got.Days {
			t.Fatalf("%+v", got)
		}
		exact := in.New.Mul(decimal.NewFromInt(int64(got.NewDays))).DivRound(decimal.NewFromInt(int64(got.Days)), 10)
		if got.New.Sub(exact).Abs().GreaterThan(dec("0.005")) {
			t.Fatalf("new %s, exact %s", got.New, exact)
		}
	})
}

// The first month in a new post after redeployment, with lower pay.
func ExamplePolicy_RedeploymentPay() {
	pay, err := payroll.HR14().RedeploymentPay(payroll.RedeploymentPayInput{
		Period:   mustPeriod("2026-03-01/2026-03-31"),
		Starts:   mustDate("2026-03-16"),
		Previous: decimal.RequireFromString("2800.00"),
		New:      decimal.RequireFromString("2400.00"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pay.Previous, pay.New, pay.Total)
	for _, f := range pay.Findings {
		fmt.Println(f)
	}
	// Output:
	// 1354.84 1238.71 2593.55
	// the first pay period in the new post, 2026-03-01/2026-03-31, is paid by calendar days: 15 days in the previous post at £2,800.00 a period (£1,354.84) and 16 days from 2026-03-16 in the new post at £2,400.00 a period under its own terms and conditions (£1,238.71): £2,593.55 — STAGE-20 (HR14 App 3 (the new role's terms and conditions; Protection of Pay does not apply), §5.6.3)
	// Protection of Pay does not apply to an employee redeployed to a post with lower pay (App 3): from 2026-03-16 the employee is paid £400.00 a period less than in the previous post — STAGE-20 (HR14 App 3 (the new role's terms and conditions; Protection of Pay does not apply), §5.6.3)
}
