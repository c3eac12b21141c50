package casefile_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
)

const openCase = `asOf: 2026-06-22
employee: {fte: 1, standardDayHours: 7.5, schedule: {week: MTWTF..}}
absences:
  - {id: A1, period: 2026-01-19/2026-01-20, reason: infection}
  - {id: A2, period: 2026-06-08/.., reason: stress}
`

// An absence with no end date yet ("/..") runs to the as-of date of the
// evaluation, whichever it is.
func TestPeriod_OpenEnded(t *testing.T) {
	s, err := casefile.Decode("case.yaml", []byte(openCase))
	if err != nil {
		t.Fatal(err)
	}
	p := s.Absences[1].Period
	if !p.Open || p.Start.String() != "2026-06-08" || !p.End.IsZero() || p.String() != "2026-06-08/.." {
		t.Fatalf("open period: %+v", p)
	}
	in, err := s.Inputs()
	if err != nil {
		t.Fatal(err)
	}
	if got := in.Records[1].Period.String(); got != "2026-06-08/2026-06-22" || !in.Facts[1].Open || in.Facts[0].Open {
		t.Errorf("record %s, facts %+v", got, in.Facts)
	}
	in, err = s.InputsAsOf(absence.Date{Year: 2026, Month: 7, Day: 1})
	if err != nil || in.Records[1].Period.String() != "2026-06-08/2026-07-01" || in.Records[0].Period.String() != "2026-01-19/2026-01-20" {
		t.Errorf("as of 1 July: %v %v", in.Records, err)
	}
	in, _ = s.InputsAsOf(absence.Date{Year: 2026, Month: 6, Day: 1})
	if got := in.Records[1].Period.String(); got != "2026-06-08/2026-06-08" {
		t.Errorf("as of a day before it starts: %s", got)
	}
	// A returned date contradicts "still running".
	ret := strings.Replace(openCase, "reason: stress}", "reason: stress, returned: 2026-06-20}", 1)
	s, err = casefile.Decode("case.yaml", []byte(ret))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Inputs(); err == nil || !strings.Contains(err.Error(), "case.yaml:5:53: absence 2, returned: an absence with no end date (/..) is still running") {
		t.Errorf("returned on an open absence: %v", err)
	}
}

// Dates out of the years hr14 accepts are refused, each with what to do:
// the 9999-12-31 "no end date" of HR systems, and a year typed as 0001.
func TestPeriod_OutOfRange(t *testing.T) {
	for _, c := range []struct{ period, want string }{
		{"2026-06-08/9999-12-31", `case.yaml:5:22: absence 2, period: 9999-12-31, the "no end date" of some HR systems, is not read as one: for an absence still running, write its first day and "/.." (e.g. 2026-06-08/..), and it is evaluated up to the as-of date`},
		{"0001-06-08/2026-06-19", "case.yaml:5:22: absence 2, period: date outside the years 1900 to 2200: 0001-06-08"},
		{"0001-06-08/..", "case.yaml:5:22: absence 2, period: date outside the years 1900 to 2200: 0001-06-08"},
		{"2026-06-08/2060-06-19", "absence 2, period: record longer than ten years: 12431 days, 2026-06-08/2060-06-19; expected at most 3653 days"},
	} {
		in := strings.Replace(openCase, "2026-06-08/..", c.period, 1)
		s, err := casefile.Decode("case.yaml", []byte(in))
		if err == nil {
			_, err = s.Inputs()
			if err == nil {
				var h absence.History
				in, _ := s.Inputs()
				h, err = absence.NewHistory(in.Employee, in.Records, absence.HR14())
				_ = h
				err = s.Locate("absences[1].period", err)
			}
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v\nwant %s", c.period, err, c.want)
		}
		if !errors.Is(err, absence.ErrDateRange) && !errors.Is(err, absence.ErrTooLong) {
			t.Errorf("%s: not typed: %v", c.period, err)
		}
	}
}

// Health text typed into a code, date, number or ID field never comes back
// in an error: the error says what was expected instead.
func TestDecode_NeverEchoesHealthText(t *testing.T) {
	const health = "miscarriage at 12 weeks"
	for _, c := range []struct{ field, edit, want string }{
		{"reason", "reason: infection}|reason: " + health + "}", `absence 1, reason: not one of the codes: use "musculoskeletal"`},
		{"period", "period: 2026-01-19/2026-01-20|period: " + health, "absence 1, period: not a valid calendar date; expected a date that exists, written YYYY-MM-DD"},
		{"kind", "reason: infection}|reason: infection, kind: " + health + "}", `absence 1, kind: not one of the codes: use "sickness"`},
		{"fte", "fte: 1,|fte: " + health + ",", "employee.fte: not a decimal number: write digits"},
		{"asOf", "asOf: 2026-06-22|asOf: " + health, "asOf: not a valid calendar date"},
		{"key", "reason: infection}|reason: infection, " + health + ": yes}", "absence 1: unknown field: in absence 1, named unlike any field (a name is one word) (fields: "},
	} {
		in := strings.Replace(openCase, strings.Split(c.edit, "|")[0], strings.Split(c.edit, "|")[1], 1)
		_, err := casefile.Decode("case.yaml", []byte(in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v\nwant %s", c.field, err, c.want)
		}
		var ce *casefile.Error
		if err != nil && (strings.Contains(err.Error(), "miscarriage") || errors.As(err, &ce) && strings.Contains(ce.Path, "miscarriage")) {
			t.Errorf("%s: the health text is echoed: %v (path %q)", c.field, err, ce.Path)
		}
	}
}
