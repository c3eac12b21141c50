package absence_test

import (
	"encoding"
	"strings"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// textParsers are every parser of the package that takes text from a host.
func textParsers() map[string]func(string) error {
	un := func(v encoding.TextUnmarshaler) func(string) error {
		return func(s string) error { return v.UnmarshalText([]byte(s)) }
	}
	return map[string]func(string) error{
		"ParseDate":       func(s string) error { _, err := absence.ParseDate(s); return err },
		"ParsePeriod":     func(s string) error { _, err := absence.ParsePeriod(s); return err },
		"ParseReason":     func(s string) error { _, err := absence.ParseReason(s); return err },
		"ParseKind":       func(s string) error { _, err := absence.ParseKind(s); return err },
		"ParseWeekMask":   func(s string) error { _, err := absence.ParseWeekMask(s, decimal.NewFromInt(7)); return err },
		"CertificateKind": un(new(absence.CertificateKind)),
		"Specimen":        un(new(absence.Specimen)),
		"Cause":           un(new(absence.Cause)),
		"Status":          un(new(absence.Status)),
		"Task":            un(new(absence.Task)),
		"Treatment":       un(new(absence.Treatment)),
		"HalfShift":       un(new(absence.HalfShift)),
		"FitNoteStart":    un(new(absence.FitNoteStart)),
		"DayBasis":        un(new(absence.DayBasis)),
		"Fitness":         un(new(absence.Fitness)),
		"Advice":          un(new(absence.Advice)),
		"Issuer":          un(new(absence.Issuer)),
		"TimeAgreement":   un(new(absence.TimeAgreement)),
		"SickOnLeave":     un(new(absence.SickOnLeave)),
		"FertilityScope":  un(new(absence.FertilityScope)),
	}
}

// FuzzNoEcho: no error of the package ever quotes free text it rejected.
// Text with a space in it is a sentence, never a date, code or identifier:
// a health detail typed into the wrong field (`reason: miscarriage at 12
// weeks`, a diagnosis as a record's ID) must not come back in an error.
func FuzzNoEcho(f *testing.F) {
	for _, s := range []string{"miscarriage at 12 weeks", "chemo at Christie last week", "2026-01-06 to 2026-01-09", "MTW TF..", "a b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = "said " + s + " at work" // always a sentence
		for name, parse := range textParsers() {
			if err := parse(s); err != nil && strings.Contains(err.Error(), s) {
				t.Fatalf("%s quotes the text it rejected: %v", name, err)
			}
		}
		// The text as a record's ID, on a record the package refuses.
		emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.NewFromInt(7), Schedule: mustWeek(t)}
		_, err := absence.NewHistory(emp, []absence.Record{{ID: s, Period: absence.Period{Start: absence.Date{Year: 2026, Month: 1, Day: 9}, End: absence.Date{Year: 2026, Month: 1, Day: 6}}, Reason: absence.Other}}, absence.HR14())
		if err == nil || strings.Contains(err.Error(), s) {
			t.Fatalf("a record whose ID is a sentence: %v", err)
		}
	})
}

func mustWeek(t *testing.T) absence.Schedule {
	w, err := absence.ParseWeekMask("MTWTF..", decimal.NewFromInt(7))
	require.NoError(t, err)
	return w
}

// TestNoEcho_SaysWhatWasExpected: a rejected code is described by the codes
// expected, and a rejected text by its shape, never quoted.
func TestNoEcho_SaysWhatWasExpected(t *testing.T) {
	_, err := absence.ParseReason("miscarriage at 12 weeks")
	require.ErrorIs(t, err, absence.ErrUnknownReason)
	assert.Equal(t, "absence: reason: unknown or missing absence reason; expected one of musculoskeletal, mental-health, stress, infection, occupational-infection, surgery-planned, surgery-emergency, cosmetic-required, cosmetic-not-required, pregnancy, work-related, other", err.Error())

	_, err = absence.ParseWeekMask("MTWTF", decimal.NewFromInt(7))
	assert.Equal(t, `absence: schedule mask: schedule has no working days: "MTWTF"; expected 7 characters, Monday first: a letter for a day worked, '.' for a day off (e.g. MTWTF..)`, err.Error())
	_, err = absence.ParseWeekMask("Mon to Fri", decimal.NewFromInt(7))
	assert.NotContains(t, err.Error(), "Mon to Fri")

	assert.Equal(t, `"A-2"`, absence.QuoteID("A-2"))
	assert.Equal(t, "", absence.QuoteID("miscarriage at 12 weeks"))
	assert.Equal(t, "", absence.QuoteID(strings.Repeat("x", 41)))
	assert.Equal(t, "Certificates 1.Covers", absence.FieldText("Certificates[0].Covers"))
	assert.Equal(t, "Prior 3.Period 1", absence.FieldText("Prior[2].Period[0]"))
	assert.Equal(t, "PartDay.Worked", absence.FieldText("PartDay.Worked"))
	assert.Equal(t, "A[x]", absence.FieldText("A[x]"))
}

// TestRecordRange: dates outside 1900–2200 and records over ten years are
// refused with their own classes, positions counted from 1 in the message.
func TestRecordRange(t *testing.T) {
	emp := absence.Employee{FTE: decimal.NewFromInt(1), StandardDayHours: decimal.NewFromInt(7), Schedule: mustWeek(t)}
	day := func(y int, m, d int) absence.Date { return absence.Date{Year: y, Month: timeMonth(m), Day: d} }
	ok := absence.Record{ID: "A1", Period: absence.Period{Start: day(2026, 1, 5), End: day(2026, 1, 6)}, Reason: absence.Other}
	for _, c := range []struct {
		name string
		rec  absence.Record
		want error
		msg  string
	}{
		{"year 0001 typo", absence.Record{ID: "A2", Period: absence.Period{Start: day(1, 6, 8), End: day(2026, 6, 19)}, Reason: absence.Other},
			absence.ErrDateRange, `absence: record 2 (ID "A2") Period.Start: date outside the years 1900 to 2200: 0001-06-08`},
		{"no end date, 9999-12-31", absence.Record{ID: "A2", Period: absence.Period{Start: day(2026, 6, 8), End: day(9999, 12, 31)}, Reason: absence.Other},
			absence.ErrDateRange, `absence: record 2 (ID "A2") Period.End: date outside the years 1900 to 2200: 9999-12-31`},
		{"returned in 2206", absence.Record{ID: "A2", Period: absence.Period{Start: day(2026, 6, 8), End: day(2026, 6, 9)}, Returned: day(2206, 6, 10), Reason: absence.Other},
			absence.ErrDateRange, `Returned: date outside the years 1900 to 2200: 2206-06-10`},
		{"certificate from 1026", absence.Record{ID: "A2", Period: absence.Period{Start: day(2026, 6, 8), End: day(2026, 6, 9)}, Reason: absence.Other,
			Certificates: []absence.Certificate{{Covers: absence.Period{Start: day(1026, 6, 8), End: day(2026, 6, 9)}}}},
			absence.ErrDateRange, `Certificates 1: date outside the years 1900 to 2200: 1026-06-08`},
		{"62 years", absence.Record{ID: "A2", Period: absence.Period{Start: day(2026, 6, 8), End: day(2088, 6, 9)}, Reason: absence.Other},
			absence.ErrTooLong, `absence: record 2 (ID "A2") Period: record longer than ten years: 22648 days, 2026-06-08/2088-06-09; expected at most 3653 days`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := absence.NewHistory(emp, []absence.Record{ok, c.rec}, absence.HR14())
			require.ErrorIs(t, err, c.want)
			assert.Contains(t, err.Error(), c.msg)
		})
	}
	ten := absence.Record{Period: absence.Period{Start: day(2026, 1, 1), End: day(2026, 1, 1).AddDays(absence.MaxRecordDays - 1)}, Kind: absence.Leave}
	_, err := absence.NewHistory(emp, []absence.Record{ten}, absence.HR14())
	assert.NoError(t, err, "a record of exactly MaxRecordDays")
}

func timeMonth(m int) time.Month { return time.Month(m) }
