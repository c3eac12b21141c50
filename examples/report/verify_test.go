package report_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/examples/report"
)

const rich = base + `absences:
  - {id: A1, period: 2026-01-06/2026-01-07, reason: infection}
  - {id: A2, period: 2026-03-02/2026-03-04, reason: other, partDay: {worked: 5}}
events:
  - {kind: trigger-activated, date: 2026-03-03, triggers: [TRIG-1]}
  - {kind: invitation-sent, date: 2026-03-05, step: stage-1, slot: {date: 2026-03-16}}
pay:
  serviceStart: 2020-01-01
  injury: {attributable: true, start: 2026-03-01, periods: [{period: 2026-03-01/2026-03-31, pay: 3000, received: 1500, benefits: 0}]}
pension: {born: 1980-01-01, lastDay: 2026-03-31, medical: {nhsJob: true}, legacy: {section: "2008", membership: 10y, pay: 24000}}
`

// The right expectations pass.
func TestVerify_Passes(t *testing.T) {
	s := scenario(t, rich+`expect:
  episodes:
    - {period: 2026-01-06/2026-01-07, calendarDays: 2, longTerm: false, counts: true, counted: [2026-01-06/2026-01-07], workingDays: 2, payDays: [2026-01-06/2026-01-07], payWorkingDays: 2}
    - {period: 2026-03-03/2026-03-04, workingDays: 2}
  partDays: [{date: 2026-03-02, sickness: false}]
  triggers: {activated: [{trigger: TRIG-1, on: 2026-03-03, cleared: ""}], active: [TRIG-1]}
  stage: {inEffect: none, step: stage-1, dueFrom: 2026-03-03, triggers: [TRIG-1], dismissed: false, closed: false}
  deadlines: {earliestMeeting: 2026-03-12, latestRearranged: 2026-03-23}
  nextSteps: [{kind: meeting-held, step: stage-1, who: line-manager, what: "hold the stage 1", from: 2026-03-16, overdue: true, soon: false, optional: false}]
  pay:
    sickPay:
      - {firstDay: 2026-01-06, serviceYears: 6, entitlement: {full: 181, half: 184}, runs: [{period: 2026-01-06/2026-01-07, status: full}]}
      - {firstDay: 2026-03-03}
    injuryAllowance: {total: 1050, allowances: [1050.00]}
  pension: {eligible: true, tier: tier1, prospective: 18y275d, enhancement: 0d, total: 10y, pension: 4000, lumpSum: 0}
`)
	for _, o := range report.Verify(s) {
		if !o.Passed() {
			t.Errorf("%s: %v %v", o.Label, o.Err, o.Mismatches)
		}
	}
}

// Wrong expectations in every section fail, each with a message that says
// what was wanted and what was got.
func TestVerify_Mismatches(t *testing.T) {
	s := scenario(t, rich+`expect:
  label: wrong everywhere
  episodes:
    - {period: 2026-01-06/2026-01-07, workingDays: 3}
  partDays: []
  triggers: {activated: [], active: [TRIG-2]}
  stage: {inEffect: stage-1, since: 2026-03-16, step: stage-2, dueFrom: 2026-03-02, triggers: [TRIG-2], dismissed: true, closed: true}
  deadlines: {earliestMeeting: 2026-03-13, soon: true}
  nextSteps: [{kind: meeting-held, by: 2026-03-17}]
  pay:
    sickPay: [{status: half, paid: 10}]
    injuryAllowance: {total: 1, allowances: [1]}
  pension: {eligible: false, tier: tier2, prospective: 1y, enhancement: 1y, total: 1y, pension: 1, lumpSum: 1, addition: 1}
  letters: [{kind: stage-1-invitation, contains: [Dear]}]
`)
	outs := report.Verify(s)
	if len(outs) != 1 || outs[0].Passed() || outs[0].Label != "Report test: wrong everywhere [as of 2026-03-31]" {
		t.Fatalf("outcomes: %+v", outs)
	}
	var got []string
	for _, m := range outs[0].Mismatches {
		got = append(got, m.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"episodes (- want, + got):\n- period: 2026-01-06/2026-01-07, workingDays: 3\n+ period: 2026-01-06/2026-01-07, workingDays: 2\n+ period: 2026-03-03/2026-03-04, workingDays: 2",
		"partDays (- want, + got):\n+ date: 2026-03-02",
		"triggers.activated (- want, + got):\n+ trigger: TRIG-1",
		"triggers.active (- want, + got):\n- TRIG-2\n+ TRIG-1",
		"stage.inEffect: want stage-1, got none",
		"stage.since: want 2026-03-16, got -",
		"stage.dismissed: want true, got false",
		"stage.closed: want true, got false",
		"stage.step: want stage-2, got stage-1",
		"stage.dueFrom: want 2026-03-02, got 2026-03-03",
		"stage.triggers (- want, + got):\n- TRIG-2\n+ TRIG-1",
		"deadlines.earliestMeeting: want 2026-03-13, got 2026-03-12 (deadlines of the stage 1 sickness review meeting)",
		"deadlines.soon: want true, got false",
		"nextSteps[0]: no next step matches (- want, + got):\n- kind: meeting-held, by: 2026-03-17\n+ kind: meeting-held, by: 2026-03-16",
		"pay.sickPay (- want, + got):\n- status: half, paid: 10.00\n+ status: (not a pay day), paid: (no pay.dayPay)",
		"pay.injuryAllowance.total: want 1.00, got 1050.00",
		"pay.injuryAllowance.allowances (- want, + got):\n- 1.00\n+ 1050.00",
		"pension.eligible: want false, got true",
		"pension.tier: want tier2, got tier1",
		"pension.prospective: want 1 year, got 18 years 275 days",
		"pension.pension: want 1.00, got 4000.00",
		"pension.addition: want 1.00, got -",
		"letters[0]: want the stage-1-invitation letter (text), got case.yaml:1:1: letter: the case file has no letter section",
	} {
		if !strings.Contains(all, strings.ReplaceAll(want, "\n", "\n  ")) {
			t.Errorf("mismatches lack:\n%s\n\ngot:\n%s", want, all)
		}
	}
}

func TestVerify_RejectedAndErrors(t *testing.T) {
	bad := base + "events:\n  - {kind: meeting-held, date: 2026-03-02, step: stage-2}\n"
	for _, c := range []struct {
		in, want string
		err      bool
	}{
		{bad + "expect: {rejected: STAGE-2}\n", "", false},
		{bad + "expect: {rejected: STAGE-3}\n", "rejected: want STAGE-3, got case.yaml:9:5: event 1: meeting-held on 2026-03-02", false},
		{base + "expect: {rejected: anything}\n", "rejected: want anything, got a result (the case must be rejected", false},
		{bad + "expect: {stage: {step: stage-2}}\n", "", true},
	} {
		s := scenario(t, c.in)
		o := report.Verify(s)[0]
		if (o.Err != nil) != c.err {
			t.Errorf("%q: error %v", c.in, o.Err)
		}
		var ms []string
		for _, m := range o.Mismatches {
			ms = append(ms, m.String())
		}
		if got := strings.Join(ms, "\n"); (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("%q: mismatches %q, want %q", c.in, got, c.want)
		}
	}
	if outs := report.Verify(scenario(t, base)); len(outs) != 0 {
		t.Errorf("no expectation, outcomes %v", outs)
	}
}

func TestMismatch_String(t *testing.T) {
	for _, c := range []struct {
		m    report.Mismatch
		want string
	}{
		{report.Mismatch{Path: "x", Want: []string{"1"}, Got: []string{""}}, "x: want 1, got (none)"},
		{report.Mismatch{Path: "x", List: true}, "x (- want, + got):\n    (none)"},
		{report.Mismatch{Path: "x", List: true, Want: []string{"a", "b", "c"}, Got: []string{"a", "c", "d"}}, "x (- want, + got):\n    a\n  - b\n    c\n  + d"},
		{report.Mismatch{Path: "x", List: true, Want: []string{"a"}, Got: []string{"b"}, Note: "why"}, "x: why (- want, + got):\n  - a\n  + b"},
	} {
		if got := c.m.String(); got != c.want {
			t.Errorf("got\n%s\nwant\n%s", got, c.want)
		}
	}
}
