package payroll_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// TestPAY9_CarryOver: leave accrues during sickness; when sickness prevented
// it, statutory leave (20 days pro rata) less leave taken carries over for
// 18 months after the end of the leave year.
func TestPAY9_CarryOver(t *testing.T) {
	pol := hr14(t)
	in := payroll.LeaveInput{Year: p(t, "2025-04-01/2026-03-31"), ServiceStart: d(t, "2022-01-01"), FTE: dec("1"),
		Taken: dec("5"), SicknessPrevented: true, Sickness: ps(t, "2025-05-01/2026-03-31")}
	got, err := pol.Leave(in)
	if err != nil {
		t.Fatal(err)
	}
	want := payroll.Leave{Employed: in.Year, ServiceYears: 3, Entitlement: dec("35"), Accrued: dec("35"), Taken: dec("5"),
		Untaken: dec("30"), Statutory: dec("20"), CarryOver: dec("15"), CarryOverExpires: d(t, "2027-09-30"),
		TerminationPay: dec("0"), SickDays: 335, Findings: got.Findings}
	if diff := diff(want, got); diff != "" {
		t.Errorf("leave (-want +got):\n%s", diff)
	}

	// Leave accrues during sickness: the same with no sickness at all.
	in.Sickness = nil
	well, err := pol.Leave(in)
	if err != nil {
		t.Fatal(err)
	}
	if !well.Accrued.Equal(got.Accrued) {
		t.Errorf("accrued %v with sickness, %v without", got.Accrued, well.Accrued)
	}

	// Leave taken counts as statutory first: 22 days taken leaves none.
	in.Taken = dec("22")
	if got, _ := pol.Leave(in); !got.CarryOver.IsZero() {
		t.Errorf("22 days taken: %v carried over, want 0", got.CarryOver)
	}
	// Only when sickness prevented it.
	in.Taken, in.SicknessPrevented = dec("5"), false
	if got, _ := pol.Leave(in); !got.CarryOver.IsZero() || !got.CarryOverExpires.IsZero() {
		t.Errorf("not prevented: %v carried over until %v", got.CarryOver, got.CarryOverExpires)
	}
	// Part time: pro rata.
	in.FTE, in.SicknessPrevented, in.Taken = dec("0.6"), true, dec("0")
	part, err := pol.Leave(in)
	if err != nil {
		t.Fatal(err)
	}
	if !part.Statutory.Equal(dec("12")) || !part.CarryOver.Equal(dec("12")) || !part.Entitlement.Equal(dec("21")) {
		t.Errorf("0.6 FTE: statutory %v, carry-over %v, entitlement %v; want 12, 12, 21", part.Statutory, part.CarryOver, part.Entitlement)
	}
}

// TestPAY9_IllHealthTermination: accrued untaken leave for the current leave
// year is paid (SAP 1.5.2).
func TestPAY9_IllHealthTermination(t *testing.T) {
	in := payroll.LeaveInput{Year: p(t, "2026-04-01/2027-03-31"), ServiceStart: d(t, "2014-01-01"), FTE: dec("1"),
		Ends: d(t, "2026-09-30"), IllHealth: true, Taken: dec("5"), DayPay: dec("100")}
	got, err := hr14(t).Leave(in)
	if err != nil {
		t.Fatal(err)
	}
	// 33 + 8 days × 183/365 = 20.5562 accrued; 15.5562 untaken; × £100.
	type figures struct{ Entitlement, Accrued, Untaken, Pay, Carry string }
	gotF := figures{got.Entitlement.String(), got.Accrued.String(), got.Untaken.String(), got.TerminationPay.StringFixed(2), got.CarryOver.String()}
	if diff := diff(figures{"41", "20.56", "15.56", "1555.62", "0"}, gotF); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
	if !hasFinding(got.Findings, "PAY-9", "capability due to ill health: accrued untaken leave for the current leave year paid") {
		t.Errorf("findings %v", got.Findings)
	}
	in.IllHealth = false
	if got, _ := hr14(t).Leave(in); !got.TerminationPay.IsZero() {
		t.Errorf("not ill health: paid %v", got.TerminationPay)
	}
}

func TestPAY9_LeaveBands(t *testing.T) {
	for _, tt := range []struct {
		service string
		want    string
	}{{"2021-04-02", "35"}, {"2021-04-01", "37"}, {"2016-04-01", "41"}} {
		got, err := hr14(t).Leave(payroll.LeaveInput{Year: p(t, "2026-04-01/2027-03-31"), ServiceStart: d(t, tt.service), FTE: dec("1")})
		if err != nil {
			t.Fatal(err)
		}
		if !got.Entitlement.Equal(dec(tt.want)) {
			t.Errorf("service from %s: entitlement %v, want %s", tt.service, got.Entitlement, tt.want)
		}
	}
}

func TestPAY9_Errors(t *testing.T) {
	ok := payroll.LeaveInput{Year: p(t, "2026-04-01/2027-03-31"), ServiceStart: d(t, "2020-01-01"), FTE: dec("1")}
	tests := []struct {
		name string
		edit func(*payroll.LeaveInput)
		want error
	}{
		{"two-year leave year", func(in *payroll.LeaveInput) { in.Year = p(t, "2026-04-01/2028-03-31") }, payroll.ErrLeaveYear},
		{"FTE 0", func(in *payroll.LeaveInput) { in.FTE = dec("0") }, payroll.ErrAmount},
		{"FTE over 1", func(in *payroll.LeaveInput) { in.FTE = dec("1.1") }, payroll.ErrAmount},
		{"negative taken", func(in *payroll.LeaveInput) { in.Taken = dec("-1") }, payroll.ErrAmount},
		{"ends outside the year", func(in *payroll.LeaveInput) { in.Ends = d(t, "2027-04-01") }, payroll.ErrEmployment},
		{"ill health with no end", func(in *payroll.LeaveInput) { in.IllHealth = true }, payroll.ErrEmployment},
		{"bad sickness", func(in *payroll.LeaveInput) { in.Sickness = []absence.Period{{}} }, payroll.ErrInvalidPeriod},
		{"before the tables", func(in *payroll.LeaveInput) { in.Year = p(t, "1998-01-01/1998-12-31") }, payroll.ErrNoParameter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := ok
			tt.edit(&in)
			if _, err := hr14(t).Leave(in); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}
