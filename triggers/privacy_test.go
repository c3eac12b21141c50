package triggers_test

import (
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
)

// FuzzConfidentialNeverPrinted: the diagnosis and notes of the records a
// Monitor holds never appear in its explanations, errors or fmt output,
// whatever the text (issue 10: privacy, with fuzzed text).
func FuzzConfidentialNeverPrinted(f *testing.F) {
	for _, s := range []string{"depression", "", "TRIG-1", "%d", "2026-03-02"} {
		f.Add(s)
	}
	w, _ := absence.ParseWeekMask("MTWTF..", dec("7.5"))
	emp := absence.Employee{ID: "e", FTE: dec("0.6"), StandardDayHours: dec("7.5"), Schedule: w}
	f.Fuzz(func(t *testing.T, text string) {
		secret := absence.Confidential("⟦SECRET⟧" + text)
		leaks := func(what, s string) {
			t.Helper()
			if strings.Contains(s, string(secret)) || (len(text) >= 4 && strings.Contains(s, hex.EncodeToString([]byte(secret)))) {
				t.Fatalf("%s reveals the confidential text: %q", what, s)
			}
		}
		var recs []absence.Record
		for i, per := range []string{"2026-01-06/2026-01-07", "2026-03-02", "2026-05-11/2026-06-30"} {
			r := absence.Record{ID: fmt.Sprint("r", i), Reason: absence.Stress, Diagnosis: secret, Notes: secret}
			r.Period, _ = absence.ParsePeriod(per)
			recs = append(recs, r)
		}
		h, err := absence.NewHistory(emp, recs, absence.HR14())
		if err != nil {
			t.Fatal(err)
		}
		m, err := triggers.New(h, triggers.HR14())
		if err != nil {
			t.Fatal(err)
		}
		asOf := absence.Date{Year: 2026, Month: 7, Day: 1}
		st, _ := m.Evaluate(asOf)
		hr, _ := m.Headroom(asOf)
		ps, _ := m.Patterns(asOf, absence.EnglandAndWales())
		ms, _ := m.Since(absence.Date{Year: 2026, Month: 3, Day: 16})
		lp, _ := ms.Lapse(asOf)
		texts := []string{st.String(), st.Explain(), hr.String(), ps.String(), lp.String()}
		for _, a := range m.Timeline() {
			texts = append(texts, a.String(), a.Explain())
		}
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x"} {
			texts = append(texts, fmt.Sprintf(verb, m), fmt.Sprintf(verb, st), fmt.Sprintf(verb, m.History()))
		}
		// Errors: a history built under another policy, a bad date.
		other := triggers.HR14()
		other.Recording.Exclude.Pregnancy = false
		if _, err := triggers.New(h, other); err != nil {
			texts = append(texts, err.Error())
		}
		if _, err := m.Evaluate(absence.Date{}); err != nil {
			texts = append(texts, err.Error())
		}
		for i, s := range texts {
			leaks(fmt.Sprint("output ", i), s)
		}
	})
}

// A Monitor prints as a summary with every verb: it holds the records (and
// their confidential text) in unexported fields that fmt would print raw.
func TestMonitor_StringHidesTheRecords(t *testing.T) {
	r := cold(t, "2026-01-06/2026-01-07")
	r.Diagnosis = "depression"
	m := monitor(t, monFri(t), triggers.HR14(), r, cold(t, "2026-03-02"))
	want := `triggers.Monitor{employee "e1", 2 episodes}`
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x"} {
		if got := fmt.Sprintf(verb, m); got != want {
			t.Errorf("%s: %q", verb, got)
		}
	}
	ms, err := m.Since(d(t, "2026-03-16"))
	if err != nil {
		t.Fatal(err)
	}
	if got := ms.String(); got != `triggers.Monitor{employee "e1", 2 episodes, meeting 2026-03-16 (after-meeting)}` {
		t.Errorf("%q", got)
	}
	if got := (*triggers.Monitor)(nil).String(); got != "triggers.Monitor(nil)" {
		t.Errorf("%q", got)
	}
}
