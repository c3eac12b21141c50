package letters_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/stages"
	"github.com/shopspring/decimal"
)

// withEvents is journey C with its events changed by edit, replayed.
func withEvents(t *testing.T, edit func([]stages.Event) []stages.Event) letters.Case {
	t.Helper()
	c := journeyC(t)
	c.Events = edit(append([]stages.Event(nil), c.Events...))
	c.State = replay(t, c.Events)
	return c
}

// TestLET9_EveryGroundAndQuestionInWords: every ground of a referral and
// every question category is printed in words, never as its code, and the
// plan's adjustments are listed.
func TestLET9_EveryGroundAndQuestionInWords(t *testing.T) {
	r, _ := letters.New()
	for g := stages.GroundAbsenceReason; g <= stages.GroundSelfReferral; g++ {
		c := withEvents(t, func(es []stages.Event) []stages.Event {
			ref := *es[0].Referral
			ref.Ground, ref.By, ref.Release, ref.PreCall = g, stages.PartyHR, stages.ConsentRefused, stages.ConsentNotAsked
			ref.Questions = nil
			for q := stages.QuestionFitness; q <= stages.QuestionIllHealth; q++ {
				ref.Questions = append(ref.Questions, q)
			}
			if g == stages.GroundFormalStage {
				ref.Step = stages.StepStage2
			}
			es[0].Referral = &ref
			es[0].Date = day("2026-01-21")
			es[0], es[1] = es[1], es[0]
			return es
		})
		l, err := letters.FromCase(letters.Sample(letters.OHReferralCopy), c)
		if err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		f := l.Referral
		if f.Reason == "" || len(f.Questions) != 9 || f.By != "HR Employee Relations" || f.Release != "refused" || len(f.Adjustments) != 1 {
			t.Errorf("%s: %+v", g, f)
		}
		for _, q := range f.Questions {
			if !strings.HasSuffix(q, "?") || strings.Contains(q, "-for-") {
				t.Errorf("%s: question %q", g, q)
			}
		}
		text, err := r.String(letters.Text, l)
		if err != nil || !strings.Contains(text, "you do not agree to its release") || strings.Contains(text, "background information only: Yes / No") {
			t.Errorf("%s: %v\n%s", g, err, text)
		}
	}
	c := withEvents(t, func(es []stages.Event) []stages.Event { es[0].Referral = nil; return es })
	base := letters.Sample(letters.OHReferral)
	l, err := letters.FromCase(base, c)
	if err != nil || l.Referral.Reason != base.Referral.Reason || len(l.Referral.Questions) != 3 {
		t.Errorf("a referral recorded without its record keeps the host's: %v %+v", err, l.Referral)
	}
}

// TestLET7_EveryEventDescribed: every kind of event is described in words
// in the chronology, never by its bare code.
func TestLET7_EveryEventDescribed(t *testing.T) {
	ma, a := journeyA(t)
	mb, b := journeyB(t)
	dismissed := dismissedA(a)
	upheld := append(append([]stages.Event(nil), dismissed...),
		stages.Event{Kind: stages.DismissalUpheld, Date: day("2026-09-09"), Panel: appealPanel(), Attendance: stages.Represented},
		step(stages.OutcomeLetterSent, "2026-09-11", stages.StepAppeal))
	overturned := append(append([]stages.Event(nil), dismissed...),
		stages.Event{Kind: stages.DismissalOverturned, Date: day("2026-09-09"), Panel: appealPanel(), Attendance: stages.Absent},
		step(stages.OutcomeLetterSent, "2026-09-11", stages.StepAppeal),
		ev(stages.RedeploymentStarted, "2026-09-14"), stages.Event{Kind: stages.RedeploymentEnded, Date: day("2026-10-12"), Redeployed: true},
		ev(stages.TerminalDiagnosisRecorded, "2026-10-13"))
	notDismissed := append(append([]stages.Event(nil), a...),
		stages.Event{Kind: stages.NotDismissed, Date: day("2026-07-20"), Deliberation: deliberation()}, step(stages.OutcomeLetterSent, "2026-07-22", stages.StepStage3))
	rearranged := []stages.Event{
		trig("2026-03-02", "TRIG-1"),
		invite("2026-03-05", stages.StepStage1, slot("2026-03-16", "10:00", "Ward 6")),
		step(stages.NoticeWaived, "2026-03-06", stages.StepStage1),
		{Kind: stages.MeetingNotAttended, Date: day("2026-03-16"), Step: stages.StepStage1, Explained: true},
		{Kind: stages.MeetingRearranged, Date: day("2026-03-17"), Step: stages.StepStage1, Slot: slot("2026-03-20", "", ""), Rearrangement: stages.AfterNonAttendance},
		{Kind: stages.OHFailed, Date: day("2026-03-18"), Failure: stages.DidNotConsent},
		ev(stages.LongTermOngoing, "2026-03-19"),
	}
	cases := []struct {
		m      func() letters.Case
		events []stages.Event
	}{
		{func() letters.Case { return letters.Case{Monitor: ma} }, upheld},
		{func() letters.Case { return letters.Case{Monitor: ma} }, overturned},
		{func() letters.Case { return letters.Case{Monitor: ma} }, notDismissed},
		{func() letters.Case { return letters.Case{Monitor: mb} }, b},
	}
	var described int
	for _, x := range cases {
		c := x.m()
		c.Events, c.State, c.Policy = x.events, replay(t, x.events), stages.HR14()
		ch, err := letters.NewChronology(c, letters.ChronologyOptions{AsOf: day("2026-12-31"), ReliesOn: stages.StepStage3})
		if err != nil && !strings.Contains(err.Error(), "no stage 3") {
			t.Fatal(err)
		}
		ch, err = letters.NewChronology(c, letters.ChronologyOptions{AsOf: day("2026-12-31")})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ch.Entries {
			if e.Kind == letters.EntryEvent {
				described++
				if e.Text == capitalised(e.Source.EventKind.String()) {
					t.Errorf("%s is not described: %q", e.Source, e.Text)
				}
			}
		}
	}
	s, err := stages.Replay(rearranged, stages.HR14())
	if err != nil {
		t.Fatal(err)
	}
	{
		ch, err := letters.NewChronology(letters.Case{Monitor: ma, Events: rearranged, State: s, Policy: stages.HR14()}, letters.ChronologyOptions{AsOf: day("2026-12-31")})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ch.Entries {
			if e.Kind == letters.EntryEvent && e.Text == capitalised(e.Source.EventKind.String()) {
				t.Errorf("%s is not described", e.Source)
			}
		}
	}
	if described < 60 {
		t.Errorf("only %d events described", described)
	}
}

func capitalised(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// TestLET17_EveryExclusionReason: each reason SSP is not payable is
// worded for the employee, with the earnings when they are too low.
func TestLET17_EveryExclusionReason(t *testing.T) {
	r, _ := letters.New()
	for _, reason := range []payroll.ExclusionReason{payroll.ExcludedLowEarnings, payroll.ExcludedMaximum, payroll.ExcludedThreeYears, payroll.ExcludedEmploymentEnded} {
		c := journeyC(t)
		x := payroll.SSPExclusion{Reason: reason, PIW: day("2026-04-13"), From: day("2026-04-13"), Due: day("2026-04-20"),
			AWE: decimal.RequireFromString("120"), LEL: decimal.RequireFromString("125"), Weeks: decimal.Zero}
		c.SSP = []payroll.SSPExclusion{x}
		base := letters.Sample(letters.SSPExclusionNotice)
		base.Date = day("2026-04-16")
		l, err := letters.FromCase(base, c)
		if err != nil {
			t.Fatalf("%s: %v", reason, err)
		}
		text, err := r.String(letters.Text, l)
		if err != nil || !strings.Contains(text, "is not payable for your sickness from Monday 13 April 2026, because "+l.SSP.Reason) {
			t.Errorf("%s: %v\n%s", reason, err, text)
		}
		if (reason == payroll.ExcludedLowEarnings) != strings.Contains(text, "average weekly earnings: £120.00, below the lower earnings limit of £125.00") {
			t.Errorf("%s: the earnings", reason)
		}
	}
}

// TestLET16_NotAttributable: a claim decided not attributable says so,
// with the Grievance and Disputes Policy, and no payment date; one awaited
// says that; one with no incident says so.
func TestLET16_NotAttributable(t *testing.T) {
	r, _ := letters.New()
	c := journeyC(t)
	claim := *c.Claim
	claim.Incident = nil
	claim.Decision = &payroll.InjuryDecision{Attributable: false, By: payroll.RoleHR, Decided: day("2026-05-06")}
	c.Claim = &claim
	l, err := letters.FromCase(letters.Sample(letters.InjuryAllowanceClaim), c)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := r.String(letters.Text, l)
	for _, want := range []string{"Injury Allowance is not payable. Decided on Wednesday 6 May 2026 by HR.", "Grievance and Disputes Policy (HR03)",
		"No: no incident (a disease or other health condition)", "- Tuesday 14 April 2026 to Friday 22 May 2026: 28 working days (Work-related injury or condition)"} {
		if !strings.Contains(text, want) {
			t.Errorf("lacks %q:\n%s", want, text)
		}
	}
	claim.Decision = nil
	l, err = letters.FromCase(letters.Sample(letters.InjuryAllowanceClaim), c)
	if err != nil {
		t.Fatal(err)
	}
	if text, _ := r.String(letters.Text, l); !strings.Contains(text, "The decision is awaited.") || strings.Contains(text, "commence") {
		t.Errorf("awaited:\n%s", text)
	}
	bad := letters.Sample(letters.InjuryAllowanceClaim)
	bad.Injury.Attributable, bad.Injury.Decided = false, absence.Date{}
	bad.Injury.Report = "free text, not a reference"
	if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "Injury.Decided") || !strings.Contains(err.Error(), "Injury.Report") {
		t.Errorf("payment without a decision, a report that is not a reference: %v", err)
	}
}

// TestLET12_RegisterEnded: the register's information says when the stay
// ended, and whether a post was found.
func TestLET12_RegisterEnded(t *testing.T) {
	c := withEvents(t, func(es []stages.Event) []stages.Event {
		return append(es,
			stages.Event{Kind: stages.RedeploymentPost, Date: day("2026-06-15"), Post: &stages.Post{ID: "V-101", Outcome: stages.PostInterview, Interview: day("2026-06-22")}},
			stages.Event{Kind: stages.RedeploymentEnded, Date: day("2026-07-13"), Redeployed: true})
	})
	base := letters.Sample(letters.RedeploymentRegister)
	base.Date = day("2026-07-14")
	l, err := letters.FromCase(base, c)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := letters.New()
	text, _ := r.String(letters.HTML, l)
	if l.Register.Ended != day("2026-07-13") || !l.Register.Redeployed || !strings.Contains(text, "when you moved to a suitable alternative post") ||
		!strings.Contains(text, "<li>post V-101: interview arranged for 22 Jun 2026</li>") {
		t.Errorf("%+v", l.Register)
	}
}
