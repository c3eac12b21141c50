package main

import (
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
		"As of Monday 9 November 2026:",
		// The procedure: the trigger after the stage 1 meeting makes stage 2 due.
		"Since the stage 1 meeting of 2026-03-16: trigger-activated on 2026-10-01 (TRIG-1)",
		"Due: the stage 2 sickness review meeting, from 2026-10-01",
		"invite the employee in writing to a stage 2 review meeting",
		// Headroom counted from the meeting: the January and March episodes
		// no longer count.
		"TRIG-3: 2 episodes in the 12 months 2025-11-10 to 2026-11-09, against the threshold of 4; 2 more episodes would activate it",
		// Sick pay: 5th year of service in January (5 months' full pay), 6th
		// from April 2026 (6 months), less what was paid in the 12 months
		// before.
		"Episode 1: from 2026-01-06, 151 full-pay and 153 half-pay days left at the start",
		"Episode 5: from 2026-10-01, 175 full-pay and 183 half-pay days left at the start, 138 and 183 after it; full pay on its last day, 2026-11-06",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
