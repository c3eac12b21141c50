package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestQuickstartRuns(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		// Episodes (ABS-1, ABS-3, ABS-7).
		"Episode 1: 2026-01-06/2026-01-07",
		"does not count",
		"long term",
		"ABS-3",
		// Triggers, with the evidence, and the status on the day of return.
		"TRIG-1 activated on 2026-03-02: 2 episodes in the 6 months 2025-09-03 to 2026-03-02",
		"TRIG-5 activated on 2026-10-28",
		"As of 2026-11-09, over the whole record (every absence in the rolling windows, before the stage 1 meeting too):",
		// The procedure: the trigger after the stage 1 meeting makes stage 2 due.
		"Since the stage 1 meeting of 2026-03-16: trigger-activated on 2026-10-01 (TRIG-1)",
		"Due: the stage 2 sickness review meeting, from 2026-10-01",
		"invite the employee in writing to a stage 2 review meeting",
		// Headroom counted from the meeting: the January and March episodes
		// no longer count.
		"TRIG-3: 2 episodes in the 12 months 2025-11-10 to 2026-11-09, against the threshold of 4; 2 more episodes would activate it",
		// … and why the whole record's TRIG-3 says otherwise.
		"Two readings of TRIG-3: over the whole record it is active since 2026-10-01 (4 episodes in the window ending 2026-11-09); counting only sickness after the stage meeting of 2026-03-16 it is not (2 episodes, against 4). Only the second decides the next stage",
		// Sick pay: 5th year of service in January (5 months' full pay), 6th
		// from April 2026 (6 months), less what was paid in the 12 months
		// before.
		"Episode 1: from 2026-01-06, 151 full-pay and 153 half-pay days left at the start",
		"Episode 5: from 2026-10-01, 175 full-pay and 183 half-pay days left at the start, 138 and 183 after it; full pay on its last day, 2026-11-06",
		// Why the days jump from 149 to 176: the 5-year step of the scale.
		"why: Available at the start: 176 full-pay and 184 half-pay days, against 149 and 153 for the absence before: the row of the scale rose on 2026-04-06, when the employee completed 5 years of reckonable service",
		// The letter for the step now due: the stage 2 invitation, naming
		// only the trigger recorded for it (LET-2) with the absences it counted.
		"The stage-2-invitation letter to send (plain text",
		"Monday 9 November 2026\n\nAlex Morgan\n",
		"Dear Alex\n\nStage 2 sickness review meeting\n",
		"After our stage 1 sickness review meeting on Monday 16 March 2026, your attendance record shows that you reached this trigger point",
		"- 2 episodes of sickness absence in a rolling 6-month period: reached on Thursday 1 October 2026.",
		"- Monday 7 September 2026 to Wednesday 9 September 2026: 3 working days (Other)\n- Thursday 1 October 2026 to Friday 6 November 2026: 27 working days (Stress)\n",
		"Date: Monday 23 November 2026\nTime: 10:00\n",
		"- Jordan Lee, Deputy Office Manager, second manager",
		"no later than Monday 30 November 2026",
		// The duties on record, in date order with their rule, and the
		// documented return-to-work interview.
		"2026-01-14 informal-discussion: informal discussion of attendance; review on 2026-02-16 — STAGE-16",
		"2026-03-13 oh-report-received: Occupational Health report: may be fit for work with adjustments",
		"2026-03-16 adjustment-recorded: adjustment chair (auxiliary aids or equipment): agreed — STAGE-14",
		"2026-04-15 case-conference-held: case conference held: 4 attendees, 1 action agreed — STAGE-13",
		"2026-09-08 contact-agreed: contact agreed at least every 7 days — ABS-12",
		"record of the return-to-work interview of 2026-11-09, due by 2026-11-09: met on 2026-11-09 — ABS-11",
		// A declared disability: disability discounting is checked with HR
		// before the stage 2 meeting (App 10).
		"check with HR Employee Relations whether any absences should be discounted as disability-related before the stage 2 sickness review meeting",
		// The stage 3 deliberation: refused until the alternatives are
		// recorded, then accepted.
		"refused: stages: event 16 (decision-dismiss, 2026-07-20): the deliberation is not fully recorded: 5 items not recorded: the alternatives to dismissal considered (reasonable-adjustments, reduced-hours, redesign-duties, redeployment, ill-health-retirement)",
		"with the alternatives recorded: dismissed true",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The letter names no other trigger point (TRIG-5 activated later, on
	// 28 October, and did not make stage 2 due) and no absence before the
	// stage 1 meeting.
	_, letter, ok := strings.Cut(out, "The stage-2-invitation letter")
	if !ok {
		t.Fatal("no letter")
	}
	for _, bad := range []string{"28 calendar days", "these trigger points", "January 2026", "TRIG-"} {
		if strings.Contains(letter, bad) {
			t.Errorf("the letter contains %q:\n%s", bad, letter)
		}
	}
}

// The quick start's first screen is the manager's summary: what is
// happening, what to do next and by when, and the figures with why they
// change, in plain English about "the employee", with British dates in
// words and no rule references; the detail begins after it.
func TestQuickstartFirstScreenIsTheSummary(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	const screen = 50 // lines of a terminal
	if lines[0] != "MANAGER'S SUMMARY" {
		t.Fatalf("first line %q", lines[0])
	}
	end := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "DETAIL") {
			end = i
			break
		}
	}
	if end < 0 || end > screen {
		t.Fatalf("the detail starts on line %d, not within the first screen of %d lines", end+1, screen)
	}
	summary := strings.Join(lines[:end], "\n")
	flat := strings.Join(strings.Fields(summary), " ") // the summary is wrapped
	for _, want := range []string{
		"Administrator, Corporate Services (quick start sample): employee E1001, as of Monday 9 November 2026",
		"Stage 1 of the formal procedure has been in effect since Monday 16 March 2026; a stage 2 sickness review meeting is due (since Thursday 1 October 2026).",
		"4 episodes of sickness absence that count towards the trigger points, 33 working days in all (6–7 January, 2 March, 7–9 September and 1 October – 6 November 2026)",
		"12–13 January 2026 (occupationally acquired infection) does not count",
		"Counting only sickness after the stage 1 meeting of Monday 16 March 2026 (what decides the next formal stage), the employee has reached 4 trigger points",
		"The whole record also meets 4 episodes in a rolling 12 months (4 episodes), but absences before the meeting do not count towards the next stage: since the meeting there are 2 episodes, so 2 more episodes would reach it.",
		"Now — invite the employee in writing to a stage 2 review meeting",
		"138 full-pay and 183 half-pay days are left",
		"The sick pay allowance rose on 6 April 2026, when the employee completed 5 years of reckonable NHS service: from 5 months' full pay and 5 months' half pay to 6 months' full pay and 6 months' half pay",
		"Worked out under HR14 v16 Sickness Absence Management, University Hospitals of North Midlands NHS Trust, in effect from 1 September 2022",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the summary lacks %q:\n%s", want, summary)
		}
	}
	// One date style and one person: no ISO date or period, no "you", no
	// rule reference other than the triggers the case must record.
	for _, bad := range []*regexp.Regexp{regexp.MustCompile(`\d{4}-\d{2}-\d{2}`), regexp.MustCompile(`(?i)\byou(r)?\b`),
		regexp.MustCompile(`\b(?:A|S|P|L)[A-Z]{2,4}-\d+`) /* a rule ID other than a trigger's */, regexp.MustCompile(`HR14 (SAP|Proc|App|§)`)} {
		if m := bad.FindString(summary); m != "" {
			t.Errorf("the summary contains %q:\n%s", m, summary)
		}
	}
}
