package report_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/examples/internal/fill"
	"github.com/absencerules/hr14/examples/report"
	"github.com/absencerules/hr14/stages"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Every value of the report's JSON form survives a round trip.
func TestReport_JSONRoundTrip(t *testing.T) {
	f := fill.New(rand.New(rand.NewPCG(3, 4)))
	for i := range 200 {
		var want report.Report
		f.Value(&want)
		data, err := json.Marshal(want)
		if err != nil {
			t.Fatalf("%d: marshal: %v", i, err)
		}
		var got report.Report
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatalf("%d: unmarshal: %v\n%s", i, err, data)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%d: round trip (-want +got):\n%s", i, diff)
		}
	}
}

const base = `name: Report test
asOf: 2026-03-31
employee:
  id: E1
  fte: 1
  standardDayHours: 7.5
  schedule: {week: MTWTF.., bankHolidaysOff: true}
`

func scenario(t *testing.T, in string) *casefile.Scenario {
	t.Helper()
	s, err := casefile.Decode("case.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	return &s
}

func TestEvaluate_PlacesLibraryErrors(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		class          error
	}{
		{"FTE", strings.Replace(base, "fte: 1", "fte: 1.5", 1), "case.yaml:5:3: employee.fte: invalid case: absence: employee (ID \"E1\") FTE", absence.ErrFTE},
		{"part day on a day off", base + "absences:\n  - {period: 2026-03-07, reason: other, partDay: {worked: 2}}\n", "case.yaml:9:41: absences[0].partDay: invalid case: absence: record 0 PartDay", absence.ErrPartDayNotScheduled},
		{"cosmetic surgery as sickness", base + "absences:\n  - {period: 2026-03-02, reason: cosmetic-not-required}\n", "absences[0]", absence.ErrNotSickness},
		{"lowering adjustment", base + "adjustment: {trig1: 1}\n", "case.yaml:8:14: adjustment.trig1: invalid case: triggers: adjustment", nil},
		{"event out of order", base + "events:\n  - {kind: trigger-activated, date: 2026-03-02, triggers: [TRIG-1]}\n  - {kind: trigger-activated, date: 2026-03-01, triggers: [TRIG-1]}\n", "case.yaml:10:5: events[1]: invalid case: stages: event 1", stages.ErrOutOfOrder},
		{"malformed event", base + "events:\n  - {kind: trigger-activated, date: 2026-03-02}\n", "events[0]", stages.ErrInvalidEvent},
		{"sick pay before service", base + "absences:\n  - {period: 2026-03-02, reason: other}\npay: {serviceStart: 2026-04-01}\n", "pay", nil},
		{"injury allowance", base + "pay:\n  injury: {attributable: true, start: 2026-01-01, periods: [{period: 2026-01-01/2026-01-31, pay: 0, received: 0, benefits: 0}]}\n", "pay.injury", nil},
		{"pension", base + "pension: {born: 1980-01-01, lastDay: 1970-01-01, medical: {nhsJob: true}, legacy: {section: \"2008\", membership: 10y}}\n", "pension.lastDay", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := scenario(t, c.in)
			_, err := report.Evaluate(&s.Case, absence.Date{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want %q", err, c.want)
			}
			var ce *casefile.Error
			if !errors.As(err, &ce) || !errors.Is(err, casefile.ErrInvalid) {
				t.Errorf("not a located case error: %#v", err)
			}
			if c.class != nil && !errors.Is(err, c.class) {
				t.Errorf("errors.Is(%v, %v) is false", err, c.class)
			}
		})
	}
	s := scenario(t, base)
	if _, err := report.Evaluate(&s.Case, absence.Date{Year: 2026, Month: 2, Day: 30}); !errors.Is(err, absence.ErrInvalidDate) {
		t.Errorf("invalid as-of date: %v", err)
	}
}

func TestEvaluate_AsOfCutsRecordsAndEvents(t *testing.T) {
	s := scenario(t, base+`absences:
  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection}
  - {id: A2, period: 2026-03-02, reason: infection}
events:
  - {kind: trigger-activated, date: 2026-03-02, triggers: [TRIG-1]}
  - {kind: invitation-sent, date: 2026-03-05, step: stage-1, slot: {date: 2026-03-16}}
`)
	r, err := report.Evaluate(&s.Case, absence.Date{Year: 2026, Month: 2, Day: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Episodes) != 1 || r.Procedure.Recorded != 0 || len(r.Triggers.Activations) != 0 || len(r.Notes) != 2 {
		t.Errorf("as of 2026-02-01: %d episodes, %d events, %d activations, notes %q", len(r.Episodes), r.Procedure.Recorded, len(r.Triggers.Activations), r.Notes)
	}
	r, err = report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if r.AsOf.String() != "2026-03-31" || r.Procedure.Recorded != 2 || len(r.Procedure.Derived) != 0 || r.Procedure.Meetings[0].Deadlines.EarliestMeeting.String() != "2026-03-12" {
		t.Errorf("as of the case's date: %+v", r.Procedure)
	}
}

func TestEvaluate_AdjustmentAndDerivedEvents(t *testing.T) {
	s := scenario(t, base+`adjustment: {trig1: 3, agreed: 2026-01-01, reference: OH-17}
absences:
  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection}
  - {id: A2, period: 2026-03-02, reason: infection}
  - {id: A3, period: 2026-03-23, reason: infection}
`)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Triggers.Activations) != 1 || r.Triggers.Activations[0].Date.String() != "2026-03-23" || !strings.Contains(r.Triggers.Adjustment, "TRIG-1 3 episodes, agreed 2026-01-01") {
		t.Errorf("triggers: %+v", r.Triggers.Activations)
	}
	if len(r.Procedure.Derived) != 1 || r.Procedure.Derived[0].Date.String() != "2026-03-23" || r.Procedure.Meetings[0].Step != stages.StepStage1 {
		t.Errorf("derived: %+v", r.Procedure)
	}
	var b strings.Builder
	if err := report.WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"(reasonable adjustment: TRIG-1 3 episodes, agreed 2026-01-01)", "Found from the absence record, to be recorded: trigger-activated on 2026-03-23 (TRIG-1)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
}

func TestWriteText_Sections(t *testing.T) {
	s := scenario(t, strings.Replace(base, "  schedule: {week: MTWTF.., bankHolidaysOff: true}", "  schedule: {roster: [{date: 2026-03-02, hours: 12}, {date: 2026-03-03, hours: 12}]}", 1)+`absences:
  - {id: A1, period: 2026-03-02/2026-03-03, reason: work-related, partDay: {worked: 2}}
pay:
  serviceStart: 2020-01-01
  injury: {attributable: true, start: 2026-03-02, periods: [{period: 2026-03-01/2026-03-31, pay: 3000, received: 1500, benefits: 0}]}
pension: {born: 1980-01-01, lastDay: 2026-03-31, medical: {nhsJob: true}, legacy: {section: "2008", membership: 10y, pay: 24000}}
`)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := report.WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Employee E1: FTE 1, standard day 7.5 h, roster of 2 shifts",
		"Part-day notes (ABS-3)",
		"2026-03-02: worked 2 of 12 h (record A1): a sickness day for triggers, paid as worked",
		"Injury Allowance (PAY-3), 2026-03-02/2027-03-01: £1,016.13 in all",
		"Ill-health retirement (PEN rules)",
		"2008 Section: membership 10 years + enhancement 0 days = 10 years",
		"pension £4,000.00 a year, lump sum £0.00",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
}

func TestWriteText_WriteError(t *testing.T) {
	s := scenario(t, base)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if err := report.WriteText(failingWriter{}, r); err == nil {
		t.Error("no error from a failing writer")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestABS4_SelfCertificationDecisionsInTheReport: a case file records the
// Trust's dated decisions on self-certification (Proc 13, COVERAGE #63);
// only sickness starting while a withdrawal is in force needs a fit note
// from day 1 and has pay withheld (PAY-4); the report lists the decisions
// and says in each episode which one applied.
func TestABS4_SelfCertificationDecisionsInTheReport(t *testing.T) {
	const in = `name: Self-certification withdrawn
asOf: 2026-03-31
employee:
  id: E1
  fte: 1
  standardDayHours: 7.5
  schedule: {week: MTWTF.., bankHolidaysOff: true}
  selfCertification:
    - {from: 2026-03-02, withdrawn: true, hrAdvised: 2026-02-25}
absences:
  - {id: A1, period: 2025-03-03/2025-03-05, reason: other, certificates: [{kind: self, covers: 2025-03-03/2025-03-05, received: 2025-03-07}]}
  - {id: A2, period: 2026-03-09/2026-03-11, reason: other, certificates: [{kind: self, covers: 2026-03-09/2026-03-11, received: 2026-03-13}]}
pay: {serviceStart: 2010-01-01, dayPay: 100}
`
	s := scenario(t, in)
	r, err := report.Evaluate(&s.Case, absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Employee.SelfCertification; len(got) != 1 || got[0].String() != "self-certification withdrawn from 2026-03-02 (HR advice 2026-02-25)" {
		t.Errorf("employee's decisions %v", got)
	}
	var checks []string
	for _, c := range r.Checks {
		if c.Task == absence.TaskSelfCertificate || c.Task == absence.TaskFitNote {
			checks = append(checks, c.Text)
		}
	}
	want := []string{
		"self-certificate for 2025-03-03/2025-03-05: met on 2025-03-07 — ABS-4 (HR14 Proc 13)",
		"fit note for 2026-03-09/2026-03-11, due by 2026-03-12: overdue — ABS-4 (HR14 Proc 14, App 2)",
	}
	if diff := cmp.Diff(want, checks); diff != "" {
		t.Errorf("certificate checks (-want +got):\n%s", diff)
	}
	if len(r.Episodes) != 2 || len(r.Episodes[0].Findings) == 0 {
		t.Fatalf("episodes %+v", r.Episodes)
	}
	last := r.Episodes[1].Findings[len(r.Episodes[1].Findings)-1]
	if last.Rule != "ABS-4" || !strings.Contains(last.Text, "the Trust withdrew the right to self-certify from 2026-03-02, after HR advice on 2026-02-25") {
		t.Errorf("episode 2's last finding %+v", last)
	}
	for _, f := range r.Episodes[0].Findings {
		if f.Rule == "ABS-4" {
			t.Errorf("episode 1 is not reached by the withdrawal: %+v", f)
		}
	}
	if r.Pay == nil || len(r.Pay.SickPay) != 2 || r.Pay.SickPay[0].Withheld != "0.00" || r.Pay.SickPay[1].Withheld != "300.00" {
		t.Errorf("pay withheld %+v", r.Pay)
	}
	var text strings.Builder
	if err := report.WriteText(&text, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "Self-certification (ABS-4, HR14 Proc 13): self-certification withdrawn from 2026-03-02 (HR advice 2026-02-25)") {
		t.Errorf("text:\n%s", text.String())
	}

	// The former flag, which had no date, is refused with a pointer to the
	// field that replaces it.
	_, err = casefile.Decode("case.yaml", []byte(strings.Replace(in, "  selfCertification:\n    - {from: 2026-03-02, withdrawn: true, hrAdvised: 2026-02-25}\n", "  selfCertificationWithdrawn: true\n", 1)))
	if !errors.Is(err, casefile.ErrUnknownField) || !strings.Contains(err.Error(), `case.yaml:8:3: employee.selfCertificationWithdrawn: unknown field: "selfCertificationWithdrawn" in employee is replaced by "selfCertification"`) {
		t.Errorf("the former flag: %v", err)
	}
	// A withdrawal without HR advice is refused where it is.
	s = scenario(t, strings.Replace(in, ", hrAdvised: 2026-02-25", "", 1))
	_, err = report.Evaluate(&s.Case, absence.Date{})
	if !errors.Is(err, absence.ErrNoHRAdvice) || !strings.Contains(err.Error(), "employee.selfCertification[0].hrAdvised") {
		t.Errorf("no HR advice: %v", err)
	}
}
