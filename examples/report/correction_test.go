package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/triggers"
)

func decodeFile(t *testing.T, path string) []casefile.Scenario {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	all, err := casefile.DecodeAll(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return all
}

const corrections = "../hr14/testdata/corrections/"
const wardNurse = "../hr14/testdata/cases/ward-nurse.yaml"

// A case compared with itself changes nothing: every case and scenario of
// the hr14 command's test data (the worked examples), with pay, letters
// and stages, at each of its expectations' dates.
func TestCompare_SelfIsEmpty(t *testing.T) {
	files, err := filepath.Glob("../hr14/testdata/scenarios/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, wardNurse, corrections+"reopened.yaml", corrections+"part-day.yaml", corrections+"reason.yaml")
	compared := 0
	for _, f := range files {
		for _, sc := range decodeFile(t, f) {
			dates := []absence.Date{{}}
			for _, e := range sc.Expect {
				dates = append(dates, e.AsOf)
			}
			for _, d := range dates {
				c, err := report.Compare(&sc.Case, &sc.Case, d)
				if err != nil {
					continue // a scenario the library refuses on purpose
				}
				compared++
				if !c.Empty() {
					b, _ := json.MarshalIndent(c, "", "  ")
					t.Errorf("%s as of %v: a case compared with itself changes:\n%s", f, d, b)
				}
				var text bytes.Buffer
				if err := report.WriteCorrectionText(&text, c); err != nil || !strings.Contains(text.String(), "Nothing changes.") {
					t.Errorf("%s: %v\n%s", f, err, text.String())
				}
			}
		}
	}
	if compared < 20 {
		t.Fatalf("only %d cases compared", compared)
	}
}

func compare(t *testing.T, after string) *report.Correction {
	t.Helper()
	old, new := decodeFile(t, wardNurse)[0], decodeFile(t, corrections+after)[0]
	c, err := report.Compare(&old.Case, &new.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// PAY-8: a closed absence reopened (the stress absence of the sample case,
// 8–19 June, unfit until 26 June with a fit note): seven more days of full
// sick pay at £140.50 a day, £983.50 to pay; the episode is longer; nothing
// else changes as of 29 June (TRIG-2 and TRIG-4, active since 19 June, are
// still active).
func TestPAY8_CompareReopenedAbsence(t *testing.T) {
	c := compare(t, "reopened.yaml")
	p := c.Pay
	if p == nil || p.Settle != "pay" || p.Amount != "983.50" || p.Paid.Difference != "983.50" || p.Withheld.Difference != "0.00" {
		t.Fatalf("pay %+v", p)
	}
	if len(p.Days) != 1 || p.Days[0].Days.String() != "2026-06-20/2026-06-26" || p.Days[0].Before != "" || p.Days[0].After != "full" {
		t.Errorf("days %+v", p.Days)
	}
	if len(c.Episodes) != 1 || c.Episodes[0].Before.Period.String() != "2026-06-08/2026-06-19" || c.Episodes[0].After.Period.String() != "2026-06-08/2026-06-26" {
		t.Errorf("episodes %+v", c.Episodes)
	}
	if len(c.Activations) != 0 || len(c.Letters) != 0 {
		t.Errorf("activations %+v, letters %+v", c.Activations, c.Letters)
	}
	if c.AsOf.String() != "2026-06-29" {
		t.Errorf("as of %v", c.AsOf)
	}
}

// ABS-3, PAY-1: a part day entered late (4 of 7.5 hours worked on 19
// January): half or more worked, the day is not sickness, so one day of full
// sick pay, £140.50, is recovered; the episode is one day shorter, which
// moves TRIG-2 and TRIG-4 from 12 to 15 June; and the stage 1 letters now
// list the first absence as one working day.
func TestPAY1_ComparePartDayEnteredLate(t *testing.T) {
	c := compare(t, "part-day.yaml")
	if p := c.Pay; p == nil || p.Settle != "recover" || p.Amount != "140.50" || p.Paid.Difference != "-140.50" ||
		len(p.Days) != 1 || p.Days[0].Days.String() != "2026-01-19/2026-01-19" || p.Days[0].Before != "full" || p.Days[0].After != "" {
		t.Fatalf("pay %+v", c.Pay)
	}
	var got []string
	for _, a := range c.Activations {
		got = append(got, a.Change+" "+a.Activation.Trigger.String()+" "+a.Activation.Date.String())
	}
	want := []string{"withdrawn TRIG-2 2026-06-12", "withdrawn TRIG-4 2026-06-12", "activated TRIG-2 2026-06-15", "activated TRIG-4 2026-06-15"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("activations %v, want %v", got, want)
	}
	if len(c.Letters) != 2 {
		t.Fatalf("letters %+v", c.Letters)
	}
	for _, l := range c.Letters {
		if !l.Before || !l.After || strings.Join(l.Lines, "\n") != "- - Monday 19 January 2026 to Tuesday 20 January 2026: 2 working days (Infection)\n+ - Tuesday 20 January 2026: 1 working day (Infection)" {
			t.Errorf("%s: %+v", l.Kind, l)
		}
	}
	// Counted from the stage 1 meeting, the stage 2 trigger of 19 June does
	// not move.
	if pr := c.Procedure; len(pr.Derived) != 0 || len(pr.Due) != 0 || len(pr.NoLongerDue) != 0 || pr.StageBefore != "" {
		t.Errorf("procedure %+v", pr)
	}
}

// ABS-7: a reason changed late (A2 now an occupational infection that
// Infection Control linked to work): it no longer counts, so the TRIG-1
// activation of 2 March that made the stage 1 meeting due goes, TRIG-1
// activates on 8 June instead, the stage 1 letters no longer stand (and say
// why), and sick pay is unchanged.
func TestABS7_CompareReasonChanged(t *testing.T) {
	c := compare(t, "reason.yaml")
	if c.Pay != nil {
		t.Errorf("pay %+v", c.Pay)
	}
	first := c.Activations[0]
	if first.Change != "withdrawn" || first.Activation.Trigger != triggers.TRIG1 || first.Activation.Date.String() != "2026-03-02" {
		t.Errorf("first change %+v", first)
	}
	if len(c.Letters) != 2 || c.Letters[0].After || !strings.Contains(c.Letters[0].Refused, "no activation of it") {
		t.Errorf("letters %+v", c.Letters)
	}
	var text bytes.Buffer
	if err := report.WriteCorrectionText(&text, c); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"no longer activated: TRIG-1 activated on 2026-03-02", "now activated: TRIG-1 activated on 2026-06-08",
		"stage-1-invitation: could be written before the correction, cannot now"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
}

// An error in either case is placed in its file.
func TestCompare_Errors(t *testing.T) {
	old := decodeFile(t, wardNurse)[0]
	bad := scenario(t, base+"absences:\n  - {period: 2026-01-06/2026-01-07, reason: infection}\n  - {period: 2026-01-07, reason: infection}\n")
	for _, pair := range [][2]*casefile.Case{{&old.Case, &bad.Case}, {&bad.Case, &old.Case}} {
		_, err := report.Compare(pair[0], pair[1], absence.Date{})
		if err == nil || !strings.Contains(err.Error(), "case.yaml:10:6: absences[1].period") {
			t.Errorf("got %v", err)
		}
	}
}

// STAGE-1: with no events recorded, a correction that takes the trigger
// away (the second absence agreed as disability-related, ABS-7) takes away
// the activation found from the record and the stage 1 invitation due:
// monitoring attendance is what is due instead.
func TestSTAGE1_CompareStepNoLongerDue(t *testing.T) {
	const recs = "absences:\n  - {period: 2026-01-06/2026-01-07, reason: infection}\n  - {period: 2026-03-02, reason: stress%s}\n"
	old := scenario(t, base+strings.Replace(recs, "%s", "", 1))
	new := scenario(t, base+strings.Replace(recs, "%s", ", evidence: {disabilityDiscounted: true}", 1))
	c, err := report.Compare(&old.Case, &new.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	pr := c.Procedure
	if pr.StageBefore != "" || len(pr.Derived) != 1 || pr.Derived[0] != "- trigger-activated on 2026-03-02 (TRIG-1)" ||
		len(pr.NoLongerDue) != 1 || len(pr.Due) != 1 || !strings.Contains(pr.Due[0].Text, "monitor attendance against the trigger points") {
		t.Fatalf("procedure %+v", pr)
	}
	found := false
	for _, s := range pr.NoLongerDue {
		found = found || strings.Contains(s.Text, "invite the employee in writing to a stage 1 review meeting")
	}
	if !found {
		t.Errorf("no longer due %+v", pr.NoLongerDue)
	}
	if len(c.Activations) != 1 || c.Activations[0].Change != "withdrawn" {
		t.Errorf("activations %+v", c.Activations)
	}
}
