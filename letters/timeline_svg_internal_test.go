package letters

import (
	"testing"

	"github.com/absencerules/hr14/absence"
)

// The timeline is drawn in fixed point (LET-8): a position prints with one
// decimal, negative ones too, and the scale rounds to the nearest tenth and
// clamps days outside the span to the plot.
func TestLET8_FixedPointGeometry(t *testing.T) {
	for v, want := range map[tenths]string{0: "0.0", 5: "0.5", 1240: "124.0", 2806: "280.6", -15: "-1.5"} {
		if got := v.String(); got != want {
			t.Errorf("tenths(%d) = %q, want %q", int(v), got, want)
		}
	}
	span := absence.Period{Start: d("2026-01-01"), End: d("2026-01-03")} // 3 days over 680 units
	sc := newScale(span)
	for day, want := range map[string]tenths{
		"2025-12-01": plotLeft, "2026-01-01": plotLeft, "2026-01-02": plotLeft + 2267,
		"2026-01-03": plotLeft + 4533, "2026-01-04": plotRight, "2026-02-01": plotRight,
	} {
		if got := sc.x(d(day)); got != want {
			t.Errorf("x(%s) = %s, want %s", day, got, want)
		}
	}
	if got := sc.width(absence.Day(d("2026-01-01"))); got != 2267 {
		t.Errorf("width of a day = %s, want 226.7", got)
	}
}
