package payroll_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/payroll"
	"github.com/shopspring/decimal"
)

func hours(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = dec(s)
	}
	return out
}

// TestPAY2_FourWeeks: up to 4 weeks on normal pay, nothing drawn from leave.
func TestPAY2_FourWeeks(t *testing.T) {
	plan := payroll.Plan{Start: d(t, "2026-03-02"), End: d(t, "2026-03-29"), Hours: hours("15", "22.5", "30", "37.5"),
		Schedule: week(t, "MTWTF..")}
	got, err := hr14(t).PhasedReturn(plan)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Weeks) != 4 || !got.Leave.IsZero() || !got.Lieu.IsZero() {
		t.Fatalf("%d weeks, %v leave, %v lieu", len(got.Weeks), got.Leave, got.Lieu)
	}
	w := got.Weeks[0]
	want := payroll.PlanWeek{Week: p(t, "2026-03-02/2026-03-08"), Contracted: dec("37.5"), Planned: dec("15"), NotWorked: dec("22.5"),
		Leave: dec("0"), Lieu: dec("0"), LeaveLeft: dec("0"), LieuLeft: dec("0"), Finding: w.Finding}
	if diff := diff(want, w); diff != "" {
		t.Errorf("week 1 (-want +got):\n%s", diff)
	}
	if !hasFinding(got.Findings, "PAY-2", "recorded as back at work") {
		t.Errorf("findings %v", got.Findings)
	}

	// A fifth week is an extension: it needs the physician's advice and
	// Occupational Health's rationale.
	plan.End, plan.Hours = d(t, "2026-04-05"), hours("15", "22.5", "30", "37.5", "37.5")
	if _, err := hr14(t).PhasedReturn(plan); !errors.Is(err, payroll.ErrExtensionEvidence) {
		t.Errorf("5 weeks without evidence: %v, want ErrExtensionEvidence", err)
	}
	plan.PhysicianAdvice = true
	if _, err := hr14(t).PhasedReturn(plan); !errors.Is(err, payroll.ErrExtensionEvidence) {
		t.Errorf("5 weeks without OH rationale: %v, want ErrExtensionEvidence", err)
	}
	plan.OHRationale = true
	if _, err := hr14(t).PhasedReturn(plan); err != nil {
		t.Errorf("5 weeks with evidence, full hours in week 5: %v", err)
	}
}

// TestPAY2_Extension: the hours not worked in the extension come from annual
// leave, then lieu time (or the other way with the Draw knob), and a clear
// error when they do not cover it.
func TestPAY2_Extension(t *testing.T) {
	plan := payroll.Plan{Start: d(t, "2026-03-02"), End: d(t, "2026-04-12"),
		Hours:           hours("15", "22.5", "30", "30", "30", "30"),
		PhysicianAdvice: true, OHRationale: true,
		AnnualLeave: dec("10"), Lieu: dec("10"), Schedule: week(t, "MTWTF..")}
	type draw struct{ Leave, Lieu, LeaveLeft, LieuLeft decimal.Decimal }
	for _, tt := range []struct {
		order payroll.Draw
		want  []draw
	}{
		{payroll.LeaveFirst, []draw{{dec("7.5"), dec("0"), dec("2.5"), dec("10")}, {dec("2.5"), dec("5"), dec("0"), dec("5")}}},
		{payroll.LieuFirst, []draw{{dec("0"), dec("7.5"), dec("10"), dec("2.5")}, {dec("5"), dec("2.5"), dec("5"), dec("0")}}},
	} {
		t.Run(tt.order.String(), func(t *testing.T) {
			pol := hr14(t)
			pol.Draw = tt.order
			got, err := pol.PhasedReturn(plan)
			if err != nil {
				t.Fatal(err)
			}
			var draws []draw
			for _, w := range got.Weeks {
				if w.Extension {
					draws = append(draws, draw{w.Leave, w.Lieu, w.LeaveLeft, w.LieuLeft})
				} else if !w.Leave.IsZero() || !w.Lieu.IsZero() {
					t.Errorf("%v: leave drawn in the first 4 weeks", w.Week)
				}
			}
			if diff := diff(tt.want, draws); diff != "" {
				t.Errorf("extension weeks (-want +got):\n%s", diff)
			}
			if !got.Leave.Add(got.Lieu).Equal(dec("15")) {
				t.Errorf("drawn %v + %v, want 15 hours", got.Leave, got.Lieu)
			}
		})
	}
	plan.AnnualLeave, plan.Lieu = dec("5"), dec("5")
	_, err := hr14(t).PhasedReturn(plan)
	if !errors.Is(err, payroll.ErrNotEnoughLeave) {
		t.Fatalf("10 hours for 15: %v, want ErrNotEnoughLeave", err)
	}
	var ie *payroll.InputError
	if !errors.As(err, &ie) || ie.Value != "15 hours not worked in the extension, 5 hours of annual leave and 5 of lieu time" {
		t.Errorf("error %v does not say how much is missing", err)
	}
}

func TestPAY2_Errors(t *testing.T) {
	ok := payroll.Plan{Start: d(t, "2026-03-02"), End: d(t, "2026-03-11"), Hours: hours("15", "15"), Schedule: week(t, "MTWTF..")}
	got, err := hr14(t).PhasedReturn(ok)
	if err != nil {
		t.Fatal(err)
	}
	if last := got.Weeks[1]; last.Week != p(t, "2026-03-09/2026-03-11") || !last.Contracted.Equal(dec("22.5")) {
		t.Errorf("short last week %v with %v hours", last.Week, last.Contracted)
	}
	tests := []struct {
		name string
		edit func(*payroll.Plan)
		want error
	}{
		{"longer than 8 weeks", func(pl *payroll.Plan) {
			pl.End, pl.Hours = d(t, "2026-04-27"), hours("1", "1", "1", "1", "1", "1", "1", "1", "1")
			pl.PhysicianAdvice, pl.OHRationale = true, true
		}, payroll.ErrPlanLength},
		{"ends before it starts", func(pl *payroll.Plan) { pl.End = d(t, "2026-03-01") }, payroll.ErrPlanLength},
		{"weeks missing", func(pl *payroll.Plan) { pl.Hours = hours("15") }, payroll.ErrPlanWeeks},
		{"more than normal hours", func(pl *payroll.Plan) { pl.Hours = hours("15", "22.6") }, payroll.ErrAdditionalHours},
		{"bank shift booked", func(pl *payroll.Plan) { pl.Additional = hours("0", "7.5") }, payroll.ErrAdditionalHours},
		{"negative hours", func(pl *payroll.Plan) { pl.Hours = hours("-1", "15") }, payroll.ErrAmount},
		{"negative leave", func(pl *payroll.Plan) { pl.AnnualLeave = dec("-1") }, payroll.ErrAmount},
		{"no schedule", func(pl *payroll.Plan) { pl.Schedule = nil }, payroll.ErrNoSchedule},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := ok
			tt.edit(&plan)
			if _, err := hr14(t).PhasedReturn(plan); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}
