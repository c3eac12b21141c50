package triggers_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// FuzzPolicyValidate: Validate never panics, fails only with a typed error,
// and a policy it accepts always builds and evaluates a Monitor without
// error or panic.
func FuzzPolicyValidate(f *testing.F) {
	f.Add(6, 2, 6, "10", 12, 4, 12, "10", 28, uint8(0), 12, uint8(0), uint8(0), 0, 12, 3, 2)
	f.Add(0, 0, -1, "0", 121, 1001, 0, "366.5", 0, uint8(2), 0, uint8(3), uint8(9), -1, 0, 0, 1)
	f.Add(1, 1, 1, "0.01", 120, 1000, 120, "366", 3660, uint8(1), 120, uint8(1), uint8(1), 120, 120, 1000, 100)
	f.Fuzz(func(t *testing.T, m1, e1, m2 int, d2 string, m3, e3, m4 int, d4 string, l5 int, r5 uint8, m5 int,
		pr, cnt uint8, lapse, pm, touch, years int) {
		p := triggers.HR14()
		p.TRIG1 = triggers.EpisodeLimit{Months: m1, Episodes: e1}
		p.TRIG3 = triggers.EpisodeLimit{Months: m3, Episodes: e3}
		var err error
		if p.TRIG2.Days, err = decimal.NewFromString(d2); err != nil {
			return
		}
		if p.TRIG4.Days, err = decimal.NewFromString(d4); err != nil {
			return
		}
		p.TRIG2.Months, p.TRIG4.Months = m2, m4
		p.TRIG5 = triggers.LengthLimit{Days: l5, Reading: triggers.Length(r5), Months: m5}
		p.ProRata, p.Counting, p.LapseMonths = triggers.ProRata(pr), triggers.Counting(cnt), lapse
		p.Patterns.Months, p.Patterns.Touching, p.Patterns.TimeOfYear.Years = pm, touch, years
		if err := p.Validate(); err != nil {
			if !errors.Is(err, triggers.ErrInvalidPolicy) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("valid policy does not marshal: %v", err)
		}
		var back triggers.Policy
		if err := json.Unmarshal(b, &back); err != nil || back.Validate() != nil {
			t.Fatalf("round trip: %v", err)
		}
		office, _ := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
		emp := absence.Employee{FTE: decimal.RequireFromString("0.6"), StandardDayHours: decimal.RequireFromString("7.5"), Schedule: office}
		per, _ := absence.ParsePeriod("2026-01-05/2026-03-20")
		one, _ := absence.ParsePeriod("2026-04-07")
		h, err := absence.NewHistory(emp, []absence.Record{{Period: per, Reason: absence.Other}, {Period: one, Reason: absence.Other}}, p.Recording)
		if err != nil {
			t.Fatal(err)
		}
		m, err := triggers.New(h, p)
		if err != nil {
			t.Fatalf("New with a valid policy: %v", err)
		}
		asOf, _ := absence.ParseDate("2026-04-07")
		if _, err := m.Evaluate(asOf); err != nil {
			t.Fatal(err)
		}
		if _, err := m.Headroom(asOf); err != nil {
			t.Fatal(err)
		}
		_ = m.Timeline()
		if _, err := m.Since(asOf.AddDays(-30)); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzPolicyJSON: any JSON either fails to decode, fails validation with a
// typed error, or gives a usable policy.
func FuzzPolicyJSON(f *testing.F) {
	b, _ := json.Marshal(triggers.HR14())
	f.Add(string(b))
	f.Add(`{"trig1":{"months":6,"episodes":2},"proRata":"hours"}`)
	f.Add(`{"trig5":{"days":28,"reading":"more-than","months":12}}`)
	f.Fuzz(func(t *testing.T, s string) {
		p := triggers.HR14()
		if json.Unmarshal([]byte(s), &p) != nil {
			return
		}
		if err := p.Validate(); err != nil {
			var ie *triggers.InputError
			var ae *absence.InputError
			if !errors.As(err, &ie) && !errors.As(err, &ae) {
				t.Fatalf("untyped error %v", err)
			}
		}
		// Any decoded policy lists its knobs without failing, never its
		// name among them, and none when it equals the defaults.
		k := p.Knobs()
		for _, x := range k {
			if strings.HasPrefix(x.Name, "id") || strings.Contains(x.Name, ".id") {
				t.Fatalf("the name listed as a knob: %v", x)
			}
		}
		d := triggers.HR14()
		d.ID, d.Recording.ID = p.ID, p.Recording.ID
		if (len(k) == 0) != p.Equal(d) {
			t.Fatalf("knobs %v, equal to the defaults %v", k, p.Equal(d))
		}
		_ = p.Basis().String()
	})
}
