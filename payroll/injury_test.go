package payroll_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

// TestPAY3_WorkedExample10 is worked example 10: monthly pay
// £2,500.00; half pay £1,250.00 with a benefit of £400.00 a month gives an
// Injury Allowance of £475.00 (85% = £2,125.00); full pay gives £0.00; nil
// pay with the same benefit gives £1,725.00.
func TestPAY3_WorkedExample10(t *testing.T) {
	in := payroll.InjuryInput{Attributable: true, Start: d(t, "2026-01-01"), Periods: []payroll.InjuryPeriod{
		{Period: p(t, "2026-01-01/2026-01-31"), Pay: dec("2500.00"), Received: dec("1250.00"), Benefits: dec("400.00")},
		{Period: p(t, "2026-02-01/2026-02-28"), Pay: dec("2500.00"), Received: dec("2500.00"), Benefits: dec("0")},
		{Period: p(t, "2026-03-01/2026-03-31"), Pay: dec("2500.00"), Received: dec("0"), Benefits: dec("400.00")},
	}}
	got, err := hr14(t).InjuryAllowance(in)
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ Target, Allowance decimal.Decimal }
	var rows []row
	for _, pay := range got.Payments {
		rows = append(rows, row{pay.Target, pay.Allowance})
	}
	want := []row{{dec("2125.00"), dec("475.00")}, {dec("2125.00"), dec("0.00")}, {dec("2125.00"), dec("1725.00")}}
	if diff := diff(want, rows); diff != "" {
		t.Errorf("payments (-want +got):\n%s", diff)
	}
	if !got.Total.Equal(dec("2200.00")) {
		t.Errorf("total %v, want 2200.00", got.Total)
	}
	if got.Payments[0].Allowance.StringFixed(2) != "475.00" {
		t.Errorf("allowance %v is not to the penny", got.Payments[0].Allowance)
	}
	if !hasFinding([]absence.Finding{got.Payments[1].Finding}, "PAY-3", "full pay: no Injury Allowance") {
		t.Errorf("full pay not explained: %v", got.Payments[1].Finding)
	}
	if !hasFinding([]absence.Finding{got.Payments[0].Finding}, "PAY-3",
		"85% × £2,500.00 = £2,125.00; sick pay £1,250.00 + benefits £400.00 = £1,650.00; Injury Allowance £475.00") {
		t.Errorf("the figure is not explained: %v", got.Payments[0].Finding)
	}
}

// TestPAY3_TwelveMonthCutOff: the allowance runs 12 months from the first day
// of the episode; a pay period across the end is paid for its days inside.
func TestPAY3_TwelveMonthCutOff(t *testing.T) {
	var periods []payroll.InjuryPeriod
	for _, m := range []string{"2026-01-01/2026-01-31", "2026-02-01/2026-02-28", "2027-01-01/2027-01-31", "2027-02-01/2027-02-28"} {
		periods = append(periods, payroll.InjuryPeriod{Period: p(t, m), Pay: dec("3100"), Received: dec("0"), Benefits: dec("0")})
	}
	in := payroll.InjuryInput{Attributable: true, Start: d(t, "2026-01-15"), Periods: periods}
	got, err := hr14(t).InjuryAllowance(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := p(t, "2026-01-15/2027-01-14"); got.Window != want {
		t.Errorf("window %v, want %v", got.Window, want)
	}
	var allowances []decimal.Decimal
	for _, pay := range got.Payments {
		allowances = append(allowances, pay.Allowance)
	}
	// 85% of £3,100 = £2,635: 17/31 of it in January 2026, all of February,
	// 14/31 in January 2027 (to the 14th), nothing in February 2027.
	want := []decimal.Decimal{dec("1445.00"), dec("2635.00"), dec("1190.00"), dec("0")}
	if diff := diff(want, allowances); diff != "" {
		t.Errorf("allowances (-want +got):\n%s", diff)
	}

	// Never past the end of the employment.
	in.EmploymentEnds = d(t, "2026-02-14")
	got, err = hr14(t).InjuryAllowance(in)
	if err != nil {
		t.Fatal(err)
	}
	allowances = allowances[:0]
	for _, pay := range got.Payments {
		allowances = append(allowances, pay.Allowance)
	}
	want = []decimal.Decimal{dec("1445.00"), dec("1317.50"), dec("0"), dec("0")} // 14/28 of £2,635
	if diff := diff(want, allowances); diff != "" {
		t.Errorf("allowances with the employment ending (-want +got):\n%s", diff)
	}
}

// TestPAY3_Window: the 12 months run from the first day of each episode: a
// pay period before it has none, a period across its start is shared out,
// and the next episode starts 12 months of its own.
func TestPAY3_Window(t *testing.T) {
	month := func(s string) payroll.InjuryPeriod {
		return payroll.InjuryPeriod{Period: p(t, s), Pay: dec("3100"), Received: dec("1550"), Benefits: dec("0")}
	}
	in := payroll.InjuryInput{Attributable: true, Start: d(t, "2026-01-15"),
		Periods: []payroll.InjuryPeriod{month("2025-12-01/2025-12-31"), month("2026-01-01/2026-01-31"), month("2027-01-01/2027-01-31")}}
	got, err := hr14(t).InjuryAllowance(in)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Allowance decimal.Decimal
		Share     decimal.Decimal
	}
	var rows []row
	for _, pay := range got.Payments {
		rows = append(rows, row{pay.Allowance, pay.Share})
	}
	// 85% of £3,100 = £2,635 − £1,550 = £1,085: none in December, 17/31 in
	// January 2026 (£595.00), 14/31 in January 2027 (£490.00).
	want := []row{{dec("0"), dec("0")}, {dec("595.00"), dec("0.5483870967741935")}, {dec("490.00"), dec("0.4516129032258065")}}
	if diff := diff(want, rows); diff != "" {
		t.Errorf("payments (-want +got):\n%s", diff)
	}
	if !got.Total.Equal(dec("1085.00")) {
		t.Errorf("total %v, want 1085.00: 12 months of the shortfall", got.Total)
	}
	if f := got.Payments[0].Finding; !hasFinding([]absence.Finding{f}, "PAY-3", "outside 2026-01-15/2027-01-14") {
		t.Errorf("December not explained: %v", f)
	}
	if f := got.Payments[2].Finding; !hasFinding([]absence.Finding{f}, "PAY-3", "× 14 of 31 days inside 2026-01-15/2027-01-14") {
		t.Errorf("January 2027 not explained: %v", f)
	}

	// A later episode has 12 months of its own.
	in.Start = d(t, "2027-01-01")
	in.Periods = in.Periods[2:]
	got, err = hr14(t).InjuryAllowance(in)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Total.Equal(dec("1085.00")) {
		t.Errorf("new episode: %v, want 1085.00", got.Total)
	}
}

func TestPAY3_PhasedReturnAndEligibility(t *testing.T) {
	pol := hr14(t)
	in := payroll.InjuryInput{Attributable: true, Start: d(t, "2026-01-01"), Periods: []payroll.InjuryPeriod{
		{Period: p(t, "2026-01-01/2026-01-31"), Pay: dec("2500"), Received: dec("2000"), Benefits: dec("0"), PhasedReturn: true},
	}}
	got, err := pol.InjuryAllowance(in)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Total.Equal(dec("125")) {
		t.Errorf("reduced-pay phased return: %v, want 125.00", got.Total)
	}
	in.Attributable = false
	got, err = pol.InjuryAllowance(in)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Total.IsZero() {
		t.Errorf("not attributable: %v, want 0", got.Total)
	}
}

func TestPAY3_Errors(t *testing.T) {
	pol := hr14(t)
	month := p(t, "2026-01-01/2026-01-31")
	tests := []struct {
		name string
		in   payroll.InjuryInput
		want error
	}{
		{"zero pay", payroll.InjuryInput{Start: d(t, "2026-01-01"), Periods: []payroll.InjuryPeriod{{Period: month}}}, payroll.ErrAmount},
		{"negative benefit", payroll.InjuryInput{Start: d(t, "2026-01-01"), Periods: []payroll.InjuryPeriod{
			{Period: month, Pay: dec("1"), Benefits: dec("-1")}}}, payroll.ErrAmount},
		{"overlap", payroll.InjuryInput{Start: d(t, "2026-01-01"), Periods: []payroll.InjuryPeriod{
			{Period: month, Pay: dec("1")}, {Period: p(t, "2026-01-31/2026-02-27"), Pay: dec("1")}}}, payroll.ErrUnsorted},
		{"before Injury Allowance", payroll.InjuryInput{Start: d(t, "2013-03-30")}, payroll.ErrNoParameter},
		{"no start", payroll.InjuryInput{}, payroll.ErrInvalidDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := pol.InjuryAllowance(tt.in); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := pol.InjuryAllowance(payroll.InjuryInput{Start: d(t, "2013-03-31")}); err != nil {
		t.Errorf("on the day Injury Allowance began: %v", err)
	}
}
