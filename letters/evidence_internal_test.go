package letters

import (
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

func d(s string) absence.Date {
	v, err := absence.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestEvidenceWording: the evidence of each kind of activation, with pro
// rata, hours, a reasonable adjustment, both counting modes after a stage
// meeting, both TRIG-5 readings and excluded days inside a long absence.
func TestEvidenceWording(t *testing.T) {
	window := absence.Period{Start: d("2025-09-03"), End: d("2026-03-02")}
	tests := []struct {
		name        string
		a           triggers.Activation
		point, want string
	}{
		{"TRIG-1 adjusted", triggers.Activation{Trigger: triggers.TRIG1, Date: d("2026-03-02"), Evidence: triggers.Evidence{
			Window: window, Months: 6, Episodes: 3,
			Threshold: triggers.Threshold{Value: dec("3"), Unit: triggers.Episodes, Policy: dec("2"), Adjusted: dec("3")}}},
			"2 episodes of sickness absence in a rolling 6-month period",
			"You had 3 episodes of sickness absence in the 6 months from Wednesday 3 September 2025 to Monday 2 March 2026. Your trigger point is 3 episodes, raised from 2 as a reasonable adjustment."},
		{"TRIG-2 at 0.65 FTE", triggers.Activation{Trigger: triggers.TRIG2, Date: d("2026-03-02"), Evidence: triggers.Evidence{
			Window: window, Months: 6, WorkingDays: 7,
			Threshold: triggers.Threshold{Value: dec("6.5"), Unit: triggers.WorkingDays, Policy: dec("10"), FTE: dec("0.65")}}},
			"10 working days of sickness absence (pro rata) in a rolling 6-month period",
			"You lost 7 working days to sickness absence in the 6 months from Wednesday 3 September 2025 to Monday 2 March 2026. For your working pattern the trigger point is 6.5 working days (10 days pro rata at 0.65 FTE), so it is reached on the 7th working day."},
		{"TRIG-4 adjusted full time, full window", triggers.Activation{Trigger: triggers.TRIG4, Date: d("2026-03-02"), Meeting: d("2026-01-12"), Counting: triggers.CountFullWindow,
			Evidence: triggers.Evidence{Window: window, Months: 12, WorkingDays: 12,
				Threshold: triggers.Threshold{Value: dec("12"), Unit: triggers.WorkingDays, Policy: dec("10"), Adjusted: dec("12"), FTE: dec("1")}}},
			"10 working days of sickness absence (pro rata) in a rolling 12-month period",
			"You lost 12 working days to sickness absence in the 12 months from Wednesday 3 September 2025 to Monday 2 March 2026, including sickness after Monday 12 January 2026. Your trigger point is 12 working days, raised from 10 as a reasonable adjustment."},
		{"TRIG-2 by hours", triggers.Activation{Trigger: triggers.TRIG2, Date: d("2026-03-02"), Evidence: triggers.Evidence{
			Window: window, Months: 6, Hours: dec("45"),
			Threshold: triggers.Threshold{Value: dec("45"), Unit: triggers.Hours, Policy: dec("10"), FTE: dec("0.6"), DayHours: dec("7.5")}}},
			"10 working days of sickness absence (pro rata) in a rolling 6-month period",
			"You lost 45 hours to sickness absence in the 6 months from Wednesday 3 September 2025 to Monday 2 March 2026. For your working hours the trigger point is 45 hours (10 days of 7.5 hours at 0.6 FTE)."},
		{"TRIG-5 more than 4 weeks, after a meeting", triggers.Activation{Trigger: triggers.TRIG5, Date: d("2026-04-14"), Meeting: d("2026-03-16"),
			Evidence: triggers.Evidence{Window: window, Months: 12, CalendarDays: 29,
				Counted:   []triggers.Counted{{Span: absence.Period{Start: d("2026-03-17"), End: d("2026-04-14")}}},
				Threshold: triggers.Threshold{Value: dec("29"), Unit: triggers.CalendarDays, Policy: dec("28"), Reading: triggers.MoreThan}}},
			"an episode of sickness absence of more than 28 calendar days",
			"Counting only sickness after Monday 16 March 2026, your absence from Tuesday 17 March 2026 reached 29 calendar days on Tuesday 14 April 2026."},
		{"TRIG-5 with days inside the absence that do not count", triggers.Activation{Trigger: triggers.TRIG5, Date: d("2026-07-18"),
			Evidence: triggers.Evidence{Window: window, Months: 12, CalendarDays: 28,
				Counted:   []triggers.Counted{{Span: absence.Period{Start: d("2026-06-01"), End: d("2026-07-18")}, CountedDays: 28}},
				Threshold: triggers.Threshold{Value: dec("28"), Unit: triggers.CalendarDays, Policy: dec("28")}}},
			"an episode of sickness absence of 28 calendar days or more",
			"Your absence from Monday 1 June 2026 reached 28 calendar days of sickness that counts towards the trigger points on Saturday 18 July 2026."},
		{"TRIG-3 one episode", triggers.Activation{Trigger: triggers.TRIG3, Date: d("2026-03-02"), Evidence: triggers.Evidence{
			Window: window, Months: 1, Episodes: 1,
			Threshold: triggers.Threshold{Value: dec("1"), Unit: triggers.Episodes, Policy: dec("1")}}},
			"1 episode of sickness absence in a rolling 1-month period",
			"You had 1 episode of sickness absence in the 1 month from Wednesday 3 September 2025 to Monday 2 March 2026."},
	}
	for _, tt := range tests {
		tr := triggerOf(tt.a)
		if tr.Point != tt.point {
			t.Errorf("%s: point\n got %s\nwant %s", tt.name, tr.Point, tt.point)
		}
		if tr.Evidence != tt.want {
			t.Errorf("%s: evidence\n got %s\nwant %s", tt.name, tr.Evidence, tt.want)
		}
	}
}

func TestOrdinalAndJoin(t *testing.T) {
	for n, want := range map[int64]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 103: "103rd", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %s", n, got)
		}
	}
	for want, items := range map[string][]string{"": nil, "a": {"a"}, "a and b": {"a", "b"}, "a, b and c": {"a", "b", "c"}} {
		if got := join(items); got != want {
			t.Errorf("join(%v) = %q", items, got)
		}
	}
	if reasonLabels([]absence.Reason{absence.Infection, absence.Stress}) != "Infection, Stress" {
		t.Error("reasonLabels")
	}
}
