package letters_test

import (
	"strings"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
)

// FuzzValidate changes a sample letter with fuzzed names, dates and counts.
// Validate never panics, and a letter it accepts renders in both formats
// with no blank: no "<no value>", no zero date, no unescaped markup.
func FuzzValidate(f *testing.F) {
	f.Add(uint8(1), "Alex Morgan", "Ward 6", "Infection", "TRIG-1", 2026, 3, 16, 2026, 3, 5, 2, uint8(0), uint8(0))
	f.Add(uint8(7), "<script>x</script>", "", "", "TRIG-9", 2026, 2, 30, 0, 0, 0, -1, uint8(2), uint8(5))
	f.Add(uint8(9), "a\nb", "\x00", "é", "", 1, 1, 1, 9999, 12, 31, 0, uint8(1), uint8(6))
	f.Add(uint8(0), "", "x", "y", "TRIG-5", 2026, 7, 20, 2026, 7, 22, 1000, uint8(3), uint8(1))
	r, err := letters.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, kind uint8, name, place, reason, id string, my, mm, md, ly, lm, ld, days int, grounds, st uint8) {
		l := letters.Sample(letters.Kind(kind % 24))
		if name != "" {
			name = "NAME-" + name // a marker no error may echo
		}
		l.To.Name, l.Meeting.Place = name, place
		l.Meeting.Date = absence.Date{Year: my, Month: time.Month(mm), Day: md}
		l.Date = absence.Date{Year: ly, Month: time.Month(lm), Day: ld}
		l.Outcome.Grounds = stages.Grounds(grounds % 4)
		l.Meeting.Step = stages.Step(st % 8)
		if len(l.Basis.Absences) > 0 {
			if reason != "" {
				reason = "REASON-" + reason
			}
			l.Basis.Absences[0].Reason, l.Basis.Absences[0].WorkingDays = reason, days
		}
		if len(l.Basis.Triggers) > 0 {
			l.Basis.Triggers[0].ID = id
		}
		if err := l.Validate(); err != nil {
			if msg := err.Error(); strings.Contains(msg, "NAME-") || strings.Contains(msg, "REASON-") {
				t.Errorf("the error echoes free text: %v", err)
			}
			return
		}
		for _, f := range []letters.Format{letters.Text, letters.HTML} {
			out, err := r.String(f, l)
			if err != nil {
				t.Fatalf("a valid letter does not render: %v", err)
			}
			if strings.Contains(out, "<no value>") || strings.Contains(out, "0000-00-00") {
				t.Errorf("blank in a valid letter:\n%s", out)
			}
			if f == letters.HTML && strings.Contains(out, "<script") {
				t.Errorf("unescaped markup in the HTML")
			}
		}
	})
}

// FuzzChronology changes the sample chronology with fuzzed text, dates
// and kinds. Validate never panics nor echoes the text it refuses, and a
// chronology it accepts renders in both formats, escaped in HTML, with its
// picture well-formed.
func FuzzChronology(f *testing.F) {
	f.Add("Alex Morgan", "Sickness", uint8(1), 2026, 3, 2, 2026, 9, 1, 2026, 4, 1)
	f.Add("<script>x</script>", "a\nb", uint8(0), 2026, 2, 30, 0, 0, 0, 2027, 1, 1)
	f.Add("", "", uint8(11), 1, 1, 1, 9999, 12, 31, 2026, 9, 2)
	r, err := letters.New()
	if err != nil {
		f.Fatal(err)
	}
	base := letters.SampleChronology()
	f.Fuzz(func(t *testing.T, employee, text string, kind uint8, ey, em, ed, ay, am, ad, ty, tm, td int) {
		c := base
		c.Entries = append([]letters.Entry(nil), base.Entries...)
		if employee != "" {
			employee = "NAME-" + employee
		}
		if text != "" {
			text = "TEXT-" + text
		}
		c.Employee = employee
		c.Entries[0].Text, c.Entries[0].Kind = text, letters.EntryKind(kind)
		c.Entries[0].Date = absence.Date{Year: ey, Month: time.Month(em), Day: ed}
		c.AsOf = absence.Date{Year: ay, Month: time.Month(am), Day: ad}
		tl := *base.Timeline
		tl.At = absence.Date{Year: ty, Month: time.Month(tm), Day: td}
		c.Timeline = &tl
		if err := c.Validate(); err != nil {
			if msg := err.Error(); strings.Contains(msg, "NAME-") || strings.Contains(msg, "TEXT-") {
				t.Errorf("the error echoes free text: %v", err)
			}
			return
		}
		for _, f := range []letters.Format{letters.Text, letters.HTML} {
			out, err := r.ChronologyString(f, c)
			if err != nil {
				t.Fatalf("a valid chronology does not render: %v", err)
			}
			if f == letters.HTML && strings.Contains(out, "<script") {
				t.Error("unescaped markup in the HTML")
			}
		}
	})
}
