package stages_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
)

// Helpers for the records of issue 17 (STAGE-20 … STAGE-24).

// onRegister ends with the employee (Band 5) placed on the redeployment
// register on Wednesday 2026-04-01, after the stage 2 meeting.
func onRegister() []stages.Event {
	return with(toStage2(), stages.Event{Kind: stages.RedeploymentStarted, Date: day("2026-04-01"),
		Redeployment: &stages.Redeployment{Band: stages.Band5, Reference: "REG-SECRET-1"}})
}

func post(date string, p stages.Post) stages.Event {
	return stages.Event{Kind: stages.RedeploymentPost, Date: day(date), Post: &p}
}

func apply(date string, a stages.Application) stages.Event {
	return stages.Event{Kind: stages.RetirementApplication, Date: day(date), Application: &a}
}

func resign(date string, r *stages.Resignation) stages.Event {
	return stages.Event{Kind: stages.Resigned, Date: day(date), Resignation: r}
}

// accepted ends with NHS Pensions' acceptance (Tier 1) on 2026-03-20 of
// the application of an employee pursuing ill-health retirement.
func accepted() []stages.Event {
	return with(toIllHealth(),
		apply("2026-02-06", stages.Application{Step: stages.ApplicationInformed}),
		apply("2026-02-09", stages.Application{Step: stages.ApplicationFormGiven, Form: stages.FormAW33E}),
		apply("2026-02-16", stages.Application{Step: stages.ApplicationSent}),
		apply("2026-03-20", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionTier1}))
}

// records17Journey records every event of issue 17: a redeployment with
// its information and posts ending in a transfer, a suspension, a decision
// on overtime, then ill-health retirement, the application accepted and a
// resignation with notice waived.
func records17Journey() []stages.Event {
	return with(toStage1(),
		stages.Event{Kind: stages.OvertimeDecided, Date: day("2026-01-26"), Overtime: &stages.Overtime{Withheld: true, HRAdvice: day("2026-01-23"), Until: day("2026-02-20"), Welfare: true}},
		simple(stages.OHReferralMade, "2026-01-27"),
		stages.Event{Kind: stages.SuspensionRecorded, Date: day("2026-01-28"), Suspension: &stages.Suspension{OHAdvice: day("2026-01-27")}},
		simple(stages.OHReportReceived, "2026-02-03"),
		stages.Event{Kind: stages.SuspensionRecorded, Date: day("2026-02-04"), Suspension: &stages.Suspension{Ended: true}},
		stages.Event{Kind: stages.RedeploymentStarted, Date: day("2026-02-09"), Redeployment: &stages.Redeployment{Band: stages.Band5}},
		stages.Event{Kind: stages.RedeploymentInformed, Date: day("2026-02-09"), Reference: "INFO-1"},
		post("2026-02-12", stages.Post{ID: "V-101", Band: stages.Band5, Outcome: stages.PostIdentified}),
		post("2026-02-13", stages.Post{ID: "V-102", Band: stages.Band3, Outcome: stages.PostNotSuitable}),
		post("2026-02-16", stages.Post{ID: "V-101", Outcome: stages.PostMatched}),
		post("2026-02-17", stages.Post{ID: "V-101", Outcome: stages.PostInterview, Interview: day("2026-02-24")}),
		post("2026-02-24", stages.Post{ID: "V-101", Outcome: stages.PostSuccessful, Starts: day("2026-03-16"), Reference: "OFFER-1"}),
		trigger("2026-04-07"),
		invite("2026-04-08", stages.StepStage2, "2026-04-20"),
		simple(stages.HRNotified, "2026-04-09"),
		simple(stages.OHReferralMade, "2026-04-09"),
		held("2026-04-20", stages.StepStage2, stage2Panel()),
		letter("2026-04-21", stages.StepStage2),
		simple(stages.IllHealthRetirementPursued, "2026-05-04"),
		apply("2026-05-05", stages.Application{Step: stages.ApplicationFormGiven}),
		apply("2026-05-11", stages.Application{Step: stages.ApplicationSent, Reference: "AW33E-SECRET"}),
		apply("2026-06-15", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionTier1}),
		apply("2026-06-16", stages.Application{Step: stages.ApplicationAW8}),
		apply("2026-06-17", stages.Application{Step: stages.ApplicationAppealed}),
		resign("2026-06-18", &stages.Resignation{NoticeWaived: true, LastDay: day("2026-06-19")}),
		apply("2026-06-18", stages.Application{Step: stages.ApplicationInformed}),
		apply("2026-08-10", stages.Application{Step: stages.ApplicationAppealDecided, Decision: stages.PensionTier1}),
	)
}

func TestSTAGE20_Information(t *testing.T) {
	p := stages.HR14()
	a := mustAction(t, onRegister(), "2026-04-02", "STAGE-20", stages.RedeploymentInformed, "information on the Trust's redeployment process")
	if a.Who != stages.PartyHR || a.By != day("2026-04-01") || !a.Overdue {
		t.Errorf("%v", a)
	}
	info := stages.Event{Kind: stages.RedeploymentInformed, Date: day("2026-04-01"), Reference: "INFO-1"}
	s := mustReplay(t, p, with(onRegister(), info))
	if len(s.Redeployment.Informed) != 1 || s.Redeployment.Band != stages.Band5 || !hasFinding(s, "STAGE-20", "given information on the Trust's redeployment process on 2026-04-01") {
		t.Errorf("%+v %v", s.Redeployment, s.Findings)
	}
	noAction(t, with(onRegister(), info), "2026-04-02", "STAGE-20", stages.RedeploymentInformed, "")
	// Only on the register.
	rejected(t, p, with(toStage2(), info), stages.ErrNotDue, "STAGE-20")
	invalid(t, stages.Event{Kind: stages.RedeploymentStarted, Date: day("2026-04-01"), Redeployment: &stages.Redeployment{Band: 99}}, "Redeployment.Band")
}

func TestSTAGE20_PostBand(t *testing.T) {
	p := stages.HR14()
	t.Run("at the same band or below", func(t *testing.T) {
		for _, b := range []stages.Band{stages.Band5, stages.Band4, stages.Band1} {
			mustReplay(t, p, with(onRegister(), post("2026-04-06", stages.Post{ID: "V-1", Band: b, Outcome: stages.PostIdentified})))
		}
	})
	t.Run("above the employee's band is refused", func(t *testing.T) {
		ee := rejectedErr(t, p, with(onRegister(), post("2026-04-06", stages.Post{ID: "V-1", Band: stages.Band6, Outcome: stages.PostMatched})), stages.ErrRequirement, "STAGE-20")
		if !strings.Contains(ee.Error(), "Band 6, above the employee's Band 5") {
			t.Error(ee)
		}
	})
	t.Run("the post's band is needed when the employee's is known", func(t *testing.T) {
		rejected(t, p, with(onRegister(), post("2026-04-06", stages.Post{ID: "V-1", Outcome: stages.PostIdentified})), stages.ErrRequirement, "STAGE-20")
	})
	t.Run("a post's band never changes", func(t *testing.T) {
		events := with(onRegister(), post("2026-04-06", stages.Post{ID: "V-1", Band: stages.Band4, Outcome: stages.PostIdentified}),
			post("2026-04-07", stages.Post{ID: "V-1", Band: stages.Band3, Outcome: stages.PostMatched}))
		rejected(t, p, events, stages.ErrInvalidEvent, "STAGE-20")
	})
	t.Run("without the employee's band, a finding says the band was not checked", func(t *testing.T) {
		s := mustReplay(t, p, with(toStage2(), simple(stages.RedeploymentStarted, "2026-04-01"), post("2026-04-06", stages.Post{ID: "V-1", Band: stages.Band8a, Outcome: stages.PostIdentified})))
		if !hasFinding(s, "STAGE-20", "the employee's band is not recorded on the register: whether post V-1 (Band 8a) is at the same band or below could not be checked") {
			t.Error(s.Findings)
		}
	})
	t.Run("only on the register", func(t *testing.T) {
		rejected(t, p, with(toStage2(), post("2026-04-06", stages.Post{ID: "V-1", Band: stages.Band4, Outcome: stages.PostIdentified})), stages.ErrNotDue, "STAGE-20")
	})
	invalid(t, post("2026-04-06", stages.Post{Band: stages.Band4, Outcome: stages.PostIdentified}), "Post.ID")
	invalid(t, post("2026-04-06", stages.Post{ID: "V-1", Band: stages.Band4}), "Post.Outcome")
	invalid(t, post("2026-04-06", stages.Post{ID: "V-1", Band: 40, Outcome: stages.PostIdentified}), "Post.Band")
	invalid(t, post("2026-04-06", stages.Post{ID: "V-1", Outcome: stages.PostInterview}), "Post.Interview")
	invalid(t, post("2026-04-06", stages.Post{ID: "V-1", Outcome: stages.PostSuccessful, Interview: day("2026-04-07")}), "Post.Interview")
	invalid(t, post("2026-04-06", stages.Post{ID: "V-1", Outcome: stages.PostMatched, Starts: day("2026-04-07")}), "Post.Starts")
	invalid(t, post("2026-04-06", stages.Post{ID: "V-1", Outcome: stages.PostSuccessful, Interview: day("2026-04-06"), Starts: day("2026-04-05")}), "Post.Starts")
}

func TestSTAGE20_InterviewAndTransfer(t *testing.T) {
	p := stages.HR14()
	matched := with(onRegister(), post("2026-04-06", stages.Post{ID: "V-1", Band: stages.Band4, Outcome: stages.PostMatched}))
	t.Run("a result needs the interview", func(t *testing.T) {
		rejected(t, p, with(matched, post("2026-04-14", stages.Post{ID: "V-1", Outcome: stages.PostSuccessful})), stages.ErrRequirement, "STAGE-20")
	})
	interview := with(matched, post("2026-04-07", stages.Post{ID: "V-1", Outcome: stages.PostInterview, Interview: day("2026-04-14")}))
	t.Run("successful: an internal transfer that ends the register", func(t *testing.T) {
		s := mustReplay(t, p, with(interview, post("2026-04-14", stages.Post{ID: "V-1", Outcome: stages.PostSuccessful, Starts: day("2026-05-05")})))
		r := s.Redeployment
		if r.On() || !r.Redeployed || r.End != day("2026-04-14") || r.Transfer == nil ||
			*r.Transfer != (stages.Transfer{Post: "V-1", Band: stages.Band4, Decided: day("2026-04-14"), Starts: day("2026-05-05")}) {
			t.Fatalf("%+v", r)
		}
		if !hasFinding(s, "STAGE-20", "starts in the post by way of an internal transfer (from 2026-05-05), which ends the redeployment register; pay follows the new post's terms and conditions, Protection of Pay does not apply") {
			t.Error(s.Findings)
		}
		// The register is over: no more posts, no end of the register.
		rejected(t, p, with(interview, post("2026-04-14", stages.Post{ID: "V-1", Outcome: stages.PostSuccessful}),
			stages.Event{Kind: stages.RedeploymentEnded, Date: day("2026-05-01")}), stages.ErrNotDue, "STAGE-7")
		noAction(t, with(interview, post("2026-04-14", stages.Post{ID: "V-1", Outcome: stages.PostSuccessful})), "2026-04-15", "STAGE-7", 0, "")
	})
	t.Run("the interview's date carries over, or comes with the result", func(t *testing.T) {
		mustReplay(t, p, with(matched, post("2026-04-14", stages.Post{ID: "V-1", Outcome: stages.PostUnsuccessful, Interview: day("2026-04-13")})))
	})
	t.Run("unsuccessful: the search goes on", func(t *testing.T) {
		s := mustReplay(t, p, with(interview, post("2026-04-14", stages.Post{ID: "V-1", Outcome: stages.PostUnsuccessful})))
		if !s.Redeployment.On() || !hasFinding(s, "STAGE-20", "the search goes on for the rest of the register (until 2026-06-24 at the latest)") {
			t.Errorf("%+v %v", s.Redeployment, s.Findings)
		}
		// The post's outcome is final.
		rejected(t, p, with(interview, post("2026-04-14", stages.Post{ID: "V-1", Outcome: stages.PostUnsuccessful}),
			post("2026-04-15", stages.Post{ID: "V-1", Outcome: stages.PostMatched})), stages.ErrNotDue, "STAGE-20")
		// With no post found by the end, a stage 3 hearing (STAGE-7).
		s = mustReplay(t, p, with(interview, post("2026-04-14", stages.Post{ID: "V-1", Outcome: stages.PostUnsuccessful}),
			stages.Event{Kind: stages.RedeploymentEnded, Date: day("2026-06-24")}))
		if cur, ok := s.Current(); !ok || cur.Step != stages.StepStage3 || cur.Route != stages.RouteRedeployment {
			t.Errorf("%+v", cur)
		}
	})
}

func TestSTAGE20_NextSteps(t *testing.T) {
	identified := with(onRegister(), post("2026-04-06", stages.Post{ID: "V-1", Band: stages.Band4, Outcome: stages.PostIdentified}))
	a := mustAction(t, identified, "2026-04-06", "STAGE-20", stages.RedeploymentPost, "decide whether the employee is matched to post V-1 (Band 4), identified on 2026-04-06")
	if a.Who != stages.PartyHR {
		t.Error(a)
	}
	matched := with(identified, post("2026-04-07", stages.Post{ID: "V-1", Outcome: stages.PostMatched}))
	a = mustAction(t, matched, "2026-04-07", "STAGE-20", stages.RedeploymentPost, "arrange the interview with the hiring manager for post V-1 (Band 4) (matched on 2026-04-07)")
	if a.Who != stages.PartyHR || !a.Soon {
		t.Error(a)
	}
	arranged := with(matched, post("2026-04-08", stages.Post{ID: "V-1", Outcome: stages.PostInterview, Interview: day("2026-04-14")}))
	a = mustAction(t, arranged, "2026-04-15", "STAGE-20", stages.RedeploymentPost, "interview the employee for post V-1 (Band 4) on 2026-04-14, and record the result")
	if a.Who != stages.PartyHiringManager || a.By != day("2026-04-14") || !a.Overdue || a.Who.String() != "hiring manager" {
		t.Error(a)
	}
	noAction(t, with(arranged, post("2026-04-14", stages.Post{ID: "V-1", Outcome: stages.PostNotSuitable})), "2026-04-15", "STAGE-20", stages.RedeploymentPost, "")
	// An ID that is not shaped like one is never printed.
	odd := with(onRegister(), post("2026-04-06", stages.Post{ID: "hip replacement", Band: stages.Band4, Outcome: stages.PostIdentified}))
	mustAction(t, odd, "2026-04-06", "STAGE-20", stages.RedeploymentPost, "post (not shown) (Band 4)")
}

func TestSTAGE21_Application(t *testing.T) {
	p := stages.HR14()
	s := mustReplay(t, p, accepted())
	a := s.Application
	if a == nil || a.Form != stages.FormAW33E || a.Member != pension.Active || a.Sent != day("2026-02-16") || a.Decision != stages.PensionTier1 {
		t.Fatalf("%+v", a)
	}
	if d, on := a.Outcome(); d != stages.PensionTier1 || on != day("2026-03-20") {
		t.Errorf("%v %v", d, on)
	}
	if !hasFinding(s, "STAGE-21", "NHS Pensions' decision, received on 2026-03-20: accepted, Tier 1") ||
		!hasFinding(s, "STAGE-22", "if the employee resigns, the requirement to give notice may be waived, which may affect their claim to benefits through the Benefits Agency") {
		t.Error(s.Findings)
	}
	t.Run("steps out of order are refused", func(t *testing.T) {
		rejected(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionRefused})), stages.ErrNotDue, "STAGE-21")
		rejected(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationAW8})), stages.ErrNotDue, "STAGE-21")
		rejected(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationAppealed})), stages.ErrNotDue, "STAGE-21")
		rejected(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationAppealDecided, Decision: stages.PensionTier1})), stages.ErrNotDue, "STAGE-21")
		sent := with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationSent}))
		rejected(t, p, with(sent, apply("2026-02-03", stages.Application{Step: stages.ApplicationFormGiven})), stages.ErrNotDue, "STAGE-21")
		rejected(t, p, with(sent, apply("2026-02-03", stages.Application{Step: stages.ApplicationSent})), stages.ErrNotDue, "STAGE-21")
		rejected(t, p, with(accepted(), apply("2026-03-23", stages.Application{Step: stages.ApplicationFormGiven})), stages.ErrNotDue, "STAGE-21")
		rejected(t, p, with(accepted(), apply("2026-03-23", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionTier2})), stages.ErrNotDue, "STAGE-21")
		tier2 := with(sent, apply("2026-03-02", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionTier2}))
		rejected(t, p, with(tier2, apply("2026-03-03", stages.Application{Step: stages.ApplicationAppealed})), stages.ErrNotDue, "STAGE-21")
	})
	t.Run("a refusal, disputed and accepted on appeal", func(t *testing.T) {
		events := with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationSent}),
			apply("2026-03-02", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionRefused}))
		s := mustReplay(t, p, events)
		if !hasFinding(s, "STAGE-21", "refused; the member may dispute it with NHS Pensions") {
			t.Error(s.Findings)
		}
		rejected(t, p, with(events, apply("2026-03-03", stages.Application{Step: stages.ApplicationAW8})), stages.ErrNotDue, "STAGE-21")
		events = with(events, apply("2026-03-09", stages.Application{Step: stages.ApplicationAppealed}))
		rejected(t, p, with(events, apply("2026-03-10", stages.Application{Step: stages.ApplicationAppealed})), stages.ErrNotDue, "STAGE-21")
		// A new application waits for the dispute.
		rejected(t, p, with(events, apply("2026-03-10", stages.Application{Step: stages.ApplicationFormGiven})), stages.ErrNotDue, "STAGE-21")
		events = with(events, apply("2026-05-11", stages.Application{Step: stages.ApplicationAppealDecided, Decision: stages.PensionTier2}))
		s = mustReplay(t, p, events)
		if d, on := s.Application.Outcome(); d != stages.PensionTier2 || on != day("2026-05-11") {
			t.Errorf("%v %v", d, on)
		}
		mustReplay(t, p, with(events, apply("2026-05-12", stages.Application{Step: stages.ApplicationAW8})))
	})
	t.Run("after a final refusal, a new application", func(t *testing.T) {
		mustReplay(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationSent}),
			apply("2026-03-02", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionRefused}),
			apply("2026-09-01", stages.Application{Step: stages.ApplicationFormGiven})))
	})
	t.Run("the application goes on after the dismissal is upheld", func(t *testing.T) {
		final := with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-01"), appealHeard(stages.DismissalUpheld, "2026-09-09"))
		mustReplay(t, p, with(final, apply("2026-09-14", stages.Application{Step: stages.ApplicationFormGiven, Member: pension.Deferred})))
		rejected(t, p, with(final, stages.Event{Kind: stages.OvertimeDecided, Date: day("2026-09-14"), Overtime: &stages.Overtime{}}), stages.ErrClosed, "STAGE-5")
	})
	invalid(t, apply("2026-02-02", stages.Application{}), "Application.Step")
	invalid(t, apply("2026-02-02", stages.Application{Step: stages.ApplicationDecided}), "Application.Decision")
	invalid(t, apply("2026-02-02", stages.Application{Step: stages.ApplicationSent, Decision: stages.PensionTier1}), "Application.Decision")
	invalid(t, apply("2026-02-02", stages.Application{Step: stages.ApplicationInformed, Form: stages.FormAW33E}), "Application.Form")
	invalid(t, apply("2026-02-02", stages.Application{Step: stages.ApplicationSent, Form: stages.FormAW8}), "Application.Form")
	invalid(t, apply("2026-02-02", stages.Application{Step: stages.ApplicationAW8, Form: stages.FormAW33E}), "Application.Form")
	invalid(t, apply("2026-02-02", stages.Application{Step: stages.ApplicationSent, Member: 9}), "Application.Member")
	invalid(t, apply("2026-02-02", stages.Application{Step: stages.ApplicationInformed, Member: pension.Deferred}), "Application.Member")
	invalid(t, apply("2026-02-02", stages.Application{Step: 20}), "Application.Step")
}

func TestSTAGE21_FormFollowsStatus(t *testing.T) {
	p := stages.HR14()
	for _, c := range []struct {
		member pension.Status
		want   stages.PensionForm
	}{{pension.Active, stages.FormAW33E}, {pension.OptedOut, stages.FormAW33E}, {pension.Deferred, stages.FormAW240}} {
		if got := stages.FormFor(c.member); got != c.want {
			t.Errorf("%s: %s, want %s", c.member, got, c.want)
		}
		s := mustReplay(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationFormGiven, Member: c.member})))
		if s.Application.Form != c.want || s.Application.Member != c.member {
			t.Errorf("%+v", s.Application)
		}
		// The form sent is the one given.
		s = mustReplay(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationFormGiven, Member: c.member}),
			apply("2026-02-09", stages.Application{Step: stages.ApplicationSent})))
		if s.Application.Form != c.want || s.Application.Member != c.member || s.Application.Given != day("2026-02-02") {
			t.Errorf("%+v", s.Application)
		}
	}
	ee := rejectedErr(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationFormGiven, Form: stages.FormAW240})), stages.ErrRequirement, "STAGE-21")
	if !strings.Contains(ee.Error(), "form AW240 does not fit an active member: App 12 gives AW33E to a member still employed in the NHS") {
		t.Error(ee)
	}
	rejected(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationSent, Form: stages.FormAW33E, Member: pension.Deferred})), stages.ErrRequirement, "STAGE-21")
	// A form sent other than the one given.
	rejected(t, p, with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationFormGiven}),
		apply("2026-02-09", stages.Application{Step: stages.ApplicationSent, Member: pension.Deferred})), stages.ErrRequirement, "STAGE-21")
	// The deferred route is Tier 1 only (PEN-8).
	deferred := with(toStage1(), apply("2026-02-02", stages.Application{Step: stages.ApplicationSent, Member: pension.Deferred}))
	rejected(t, p, with(deferred, apply("2026-03-02", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionTier2})), stages.ErrRequirement, "STAGE-21")
	appealed := with(deferred, apply("2026-03-02", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionRefused}),
		apply("2026-03-03", stages.Application{Step: stages.ApplicationAppealed}))
	rejected(t, p, with(appealed, apply("2026-04-02", stages.Application{Step: stages.ApplicationAppealDecided, Decision: stages.PensionTier2})), stages.ErrRequirement, "STAGE-21")
}

func TestSTAGE21_NextSteps(t *testing.T) {
	pursued := with(toStage1(), simple(stages.IllHealthRetirementPursued, "2026-02-02"))
	a := mustAction(t, pursued, "2026-02-03", "STAGE-21", stages.RetirementApplication, "make the employee aware that the decision on an ill-health pension is NHS Pensions' and may be turned down")
	if a.Who != stages.PartyLineManager {
		t.Error(a)
	}
	a = mustAction(t, pursued, "2026-02-03", "STAGE-21", stages.RetirementApplication, "give the employee form AW33E to apply to NHS Pensions for ill-health retirement (pursued since 2026-02-02)")
	if a.Who != stages.PartyHR {
		t.Error(a)
	}
	given := with(pursued, apply("2026-02-03", stages.Application{Step: stages.ApplicationInformed}),
		apply("2026-02-04", stages.Application{Step: stages.ApplicationFormGiven}))
	noAction(t, given, "2026-02-05", "STAGE-21", 0, "make the employee aware")
	a = mustAction(t, given, "2026-02-05", "STAGE-21", stages.RetirementApplication, "complete form AW33E, given on 2026-02-04, and send it to NHS Pensions")
	if a.Who != stages.PartyEmployee || !a.Optional {
		t.Error(a)
	}
	decided := with(given, apply("2026-02-09", stages.Application{Step: stages.ApplicationSent}),
		apply("2026-03-20", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionTier1}))
	mustAction(t, decided, "2026-03-20", "STAGE-21", stages.RetirementApplication, "give the member form AW8 to claim the ill-health benefits (NHS Pensions' decision of 2026-03-20: accepted, Tier 1)")
	a = mustAction(t, decided, "2026-03-20", "STAGE-21", stages.RetirementApplication, "dispute NHS Pensions' decision of 2026-03-20 (accepted, Tier 1)")
	if a.Who != stages.PartyEmployee || !a.Optional {
		t.Error(a)
	}
	done := with(decided, apply("2026-03-23", stages.Application{Step: stages.ApplicationAW8}))
	noAction(t, done, "2026-03-23", "STAGE-21", 0, "form AW8")
	// No application started before ill-health retirement is pursued: nothing to do.
	noAction(t, toStage1(), "2026-02-03", "STAGE-21", 0, "")
	// After a dismissal, the application's steps go on.
	dismissedIHR := with(toIllHealth(), held("2026-02-20", stages.StepIllHealth, illHealthPanel()), dismissed("2026-02-20"),
		apply("2026-02-23", stages.Application{Step: stages.ApplicationSent}),
		apply("2026-04-01", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionTier2}))
	mustAction(t, dismissedIHR, "2026-04-01", "STAGE-21", stages.RetirementApplication, "give the member form AW8")
	noAction(t, dismissedIHR, "2026-04-01", "STAGE-21", 0, "make the employee aware")
}

func TestSTAGE22_Resignation(t *testing.T) {
	p := stages.HR14()
	t.Run("notice waived after acceptance, with the warning", func(t *testing.T) {
		events := with(accepted(), resign("2026-03-23", &stages.Resignation{NoticeWaived: true, LastDay: day("2026-03-27")}))
		s := mustReplay(t, p, events)
		r := s.Resignation
		if r == nil || !r.NoticeWaived || r.Accepted != stages.PensionTier1 || r.LastDay != day("2026-03-27") {
			t.Fatalf("%+v", r)
		}
		if !hasFinding(s, "STAGE-22", "the requirement to give notice was waived: this may affect their claim to benefits through the Benefits Agency") ||
			!hasFinding(s, "STAGE-22", "the ill-health retirement formal meeting under way ends with the resignation") {
			t.Error(s.Findings)
		}
		if m, _ := s.Latest(stages.StepIllHealth); m.Superseded != day("2026-03-23") {
			t.Errorf("%+v", m)
		}
		// The employee was made aware of App 14's points before: no warning step.
		noAction(t, events, "2026-03-23", "STAGE-22", 0, "")
		// The procedure is over, and its next steps with it.
		for _, a := range nextSteps(t, events, "2026-03-23") {
			if a.Rule.ID != "STAGE-21" {
				t.Errorf("a next step after the resignation: %v", a)
			}
		}
		rejected(t, p, with(events, trigger("2026-03-24")), stages.ErrClosed, "STAGE-22")
		rejected(t, p, with(events, resign("2026-03-24", nil)), stages.ErrClosed, "STAGE-22")
		mustReplay(t, p, with(events, apply("2026-03-24", stages.Application{Step: stages.ApplicationAW8})))
	})
	t.Run("without the warning, telling the employee is a next step", func(t *testing.T) {
		events := with(toIllHealth(), apply("2026-02-16", stages.Application{Step: stages.ApplicationSent}),
			apply("2026-03-20", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionTier2}),
			resign("2026-03-23", &stages.Resignation{NoticeWaived: true}))
		a := mustAction(t, events, "2026-03-24", "STAGE-22", stages.RetirementApplication, "tell the employee, whose notice was waived on resigning on 2026-03-23, that this may affect their claim to benefits through the Benefits Agency")
		if a.Who != stages.PartyHR || !a.Soon {
			t.Error(a)
		}
		noAction(t, with(events, apply("2026-03-24", stages.Application{Step: stages.ApplicationInformed})), "2026-03-24", "STAGE-22", 0, "")
	})
	t.Run("notice is waived only after acceptance", func(t *testing.T) {
		rejected(t, p, with(toIllHealth(), resign("2026-02-10", &stages.Resignation{NoticeWaived: true})), stages.ErrRequirement, "STAGE-22")
		refused := with(toIllHealth(), apply("2026-02-16", stages.Application{Step: stages.ApplicationSent}),
			apply("2026-03-20", stages.Application{Step: stages.ApplicationDecided, Decision: stages.PensionRefused}))
		rejected(t, p, with(refused, resign("2026-03-23", &stages.Resignation{NoticeWaived: true})), stages.ErrRequirement, "STAGE-22")
		s := mustReplay(t, p, with(refused, resign("2026-03-23", nil)))
		if s.Resignation.Accepted != stages.PensionUndecided || !hasFinding(s, "STAGE-22", "the employee resigned on 2026-03-23; the procedure ends") {
			t.Errorf("%+v %v", s.Resignation, s.Findings)
		}
	})
	t.Run("the redeployment register ends", func(t *testing.T) {
		s := mustReplay(t, p, with(onRegister(), resign("2026-04-10", nil)))
		if s.Redeployment.On() || s.Redeployment.End != day("2026-04-10") || s.Redeployment.Redeployed {
			t.Errorf("%+v", s.Redeployment)
		}
	})
	t.Run("not after a dismissal", func(t *testing.T) {
		rejected(t, p, with(toDismissed(), resign("2026-07-23", nil)), stages.ErrClosed, "STAGE-22")
	})
	invalid(t, resign("2026-03-23", &stages.Resignation{LastDay: day("2026-03-20")}), "Resignation.LastDay")
}

func TestSTAGE22_Leaving(t *testing.T) {
	p := stages.HR14()
	sosr := dismissed("2026-07-20")
	sosr.Grounds = stages.SOSR
	for _, c := range []struct {
		name   string
		events []stages.Event
		want   pension.Leaving
		on     string
	}{
		{"no dismissal", toStage2(), pension.LeavingNotRecorded, ""},
		{"a final review hearing, capability", toDismissed(), pension.LeavingAttendance, "2026-07-20"},
		{"a final review hearing, SOSR", with(toHearing(), sosr), pension.LeavingOtherDismissal, "2026-07-20"},
		{"the ill-health retirement meeting", with(toIllHealth(), held("2026-02-20", stages.StepIllHealth, illHealthPanel()), dismissed("2026-02-20")), pension.LeavingIllHealth, "2026-02-20"},
		{"overturned on appeal", with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-01"), appealHeard(stages.DismissalOverturned, "2026-09-09")), pension.LeavingNotRecorded, ""},
		{"resigned after acceptance", with(accepted(), resign("2026-03-23", nil)), pension.LeavingIllHealth, "2026-03-23"},
		{"resigned before any acceptance", with(toStage1(), resign("2026-03-23", nil)), pension.LeavingNotRecorded, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, on, rule := mustReplay(t, p, c.events).Leaving()
			var want absence.Date
			if c.on != "" {
				want = day(c.on)
			}
			if l != c.want || on != want || (l != pension.LeavingNotRecorded) != (rule.ID == "STAGE-22") {
				t.Errorf("%v %v %v, want %v %v", l, on, rule, c.want, want)
			}
		})
	}
}

func TestSTAGE23_MedicalSuspension(t *testing.T) {
	p := stages.HR14()
	suspend := func(date string, s stages.Suspension) stages.Event {
		return stages.Event{Kind: stages.SuspensionRecorded, Date: day(date), Suspension: &s}
	}
	t.Run("without OH advice sought it is refused", func(t *testing.T) {
		rejected(t, p, with(toStage1(), suspend("2026-02-02", stages.Suspension{})), stages.ErrRequirement, "STAGE-23")
	})
	t.Run("after OH advice sought", func(t *testing.T) {
		s := mustReplay(t, p, with(toStage1(), suspend("2026-02-02", stages.Suspension{OHAdvice: day("2026-01-30")})))
		if sp := s.Suspension; sp == nil || !sp.On() || sp.OHAdvice != day("2026-01-30") ||
			!hasFinding(s, "STAGE-23", "suspended from duty for medical reasons on 2026-02-02, after seeking Occupational Health advice on 2026-01-30, until an accurate medical opinion can be obtained; it counts as sickness absence unless Occupational Health confirms the employee was fit at the time") {
			t.Errorf("%+v %v", s.Suspension, s.Findings)
		}
	})
	referred := with(toStage1(), simple(stages.OHReferralMade, "2026-01-30"))
	suspended := with(referred, suspend("2026-02-02", stages.Suspension{}))
	t.Run("the case's OH referral counts as advice sought", func(t *testing.T) {
		s := mustReplay(t, p, suspended)
		if s.Suspension.OHAdvice != day("2026-01-30") || !hasFinding(s, "STAGE-23", "on 2026-01-30 (the last Occupational Health event on the case)") {
			t.Errorf("%+v %v", s.Suspension, s.Findings)
		}
	})
	t.Run("next steps: the medical opinion, then the end", func(t *testing.T) {
		a := mustAction(t, suspended, "2026-02-03", "STAGE-23", stages.OHReportReceived, "obtain an accurate medical opinion from Occupational Health: the medical suspension of 2026-02-02 lasts until one is obtained")
		if a.Who != stages.PartyLineManager || !a.Soon {
			t.Error(a)
		}
		reported := with(suspended, simple(stages.OHReportReceived, "2026-02-09"))
		mustAction(t, reported, "2026-02-09", "STAGE-23", stages.SuspensionRecorded, "end the medical suspension of 2026-02-02 now that Occupational Health's opinion of 2026-02-09 is in, and record on the absence whether it confirms the employee was fit at the time")
		ended := with(reported, suspend("2026-02-10", stages.Suspension{Ended: true}))
		s := mustReplay(t, p, ended)
		if s.Suspension.On() || s.Suspension.Ended != day("2026-02-10") {
			t.Errorf("%+v", s.Suspension)
		}
		noAction(t, ended, "2026-02-10", "STAGE-23", 0, "")
	})
	t.Run("order", func(t *testing.T) {
		rejected(t, p, with(suspended, suspend("2026-02-03", stages.Suspension{OHAdvice: day("2026-02-01")})), stages.ErrNotDue, "STAGE-23")
		rejected(t, p, with(toStage1(), suspend("2026-02-03", stages.Suspension{Ended: true})), stages.ErrNotDue, "STAGE-23")
		rejected(t, p, with(toDismissed(), suspend("2026-07-23", stages.Suspension{OHAdvice: day("2026-07-01")})), stages.ErrClosed, "STAGE-23")
	})
	invalid(t, suspend("2026-02-02", stages.Suspension{OHAdvice: day("2026-02-03")}), "Suspension.OHAdvice")
	invalid(t, suspend("2026-02-02", stages.Suspension{Ended: true, OHAdvice: day("2026-02-01")}), "Suspension.OHAdvice")
	invalid(t, stages.Event{Kind: stages.SuspensionRecorded, Date: day("2026-02-02")}, "Suspension")
}

func TestSTAGE24_Overtime(t *testing.T) {
	p := stages.HR14()
	decide := func(date string, o stages.Overtime) stages.Event {
		return stages.Event{Kind: stages.OvertimeDecided, Date: day(date), Overtime: &o}
	}
	rejected(t, p, with(toStage1(), decide("2026-01-26", stages.Overtime{Withheld: true, Welfare: true})), stages.ErrRequirement, "STAGE-24")
	s := mustReplay(t, p, with(toStage1(), decide("2026-01-26", stages.Overtime{Withheld: true, HRAdvice: day("2026-01-23"), Until: day("2026-02-20"), Welfare: true})))
	if o := s.Overtime; o == nil || !o.Withheld || o.Until != day("2026-02-20") ||
		!hasFinding(s, "STAGE-24", "overtime withheld from 2026-01-26 until 2026-02-20, on HR advice of 2026-01-23; the week without additional hours after short-term sickness applies in any case (ABS-6, Proc 16)") {
		t.Errorf("%+v %v", s.Overtime, s.Findings)
	}
	noAction(t, with(toStage1(), decide("2026-01-26", stages.Overtime{Withheld: true, HRAdvice: day("2026-01-23"), Until: day("2026-02-20"), Welfare: true})), "2026-01-27", "STAGE-24", 0, "")
	open := with(toStage1(), decide("2026-01-26", stages.Overtime{Withheld: true, HRAdvice: day("2026-01-26")}))
	s = mustReplay(t, p, open)
	if !hasFinding(s, "STAGE-24", "the decision does not record that the employee's welfare was considered") {
		t.Error(s.Findings)
	}
	mustAction(t, open, "2026-01-27", "STAGE-24", stages.OvertimeDecided, "consider the employee's welfare in the decision of 2026-01-26 to withhold overtime")
	a := mustAction(t, open, "2026-01-27", "STAGE-24", stages.OvertimeDecided, "review the decision of 2026-01-26 to withhold overtime, which sets no end")
	if !a.Optional {
		t.Error(a)
	}
	// Deciding not to withhold needs no HR advice, and replaces the decision.
	s = mustReplay(t, p, with(open, decide("2026-02-02", stages.Overtime{})))
	if s.Overtime.Withheld || !hasFinding(s, "STAGE-24", "decided on 2026-02-02 not to withhold overtime") {
		t.Errorf("%+v", s.Overtime)
	}
	noAction(t, with(open, decide("2026-02-02", stages.Overtime{})), "2026-02-03", "STAGE-24", 0, "")
	rejected(t, p, with(toDismissed(), decide("2026-07-23", stages.Overtime{})), stages.ErrClosed, "STAGE-24")
	invalid(t, decide("2026-01-26", stages.Overtime{Withheld: true, HRAdvice: day("2026-01-27")}), "Overtime.HRAdvice")
	invalid(t, decide("2026-01-26", stages.Overtime{Until: day("2026-02-01")}), "Overtime.Until")
	invalid(t, decide("2026-01-26", stages.Overtime{Withheld: true, HRAdvice: day("2026-01-26"), Until: day("2026-01-25")}), "Overtime.Until")
}

// The records of issue 17 list in date order with their source, and never
// print a reference.
func TestSTAGE_Records17(t *testing.T) {
	events := records17Journey()
	s := mustReplay(t, stages.HR14(), events)
	if s.Resignation == nil || s.Redeployment.Transfer == nil || s.Application.AppealDecision != stages.PensionTier1 {
		t.Fatalf("%+v", s)
	}
	recs := stages.Records(events)
	seen := map[stages.Kind]bool{}
	for _, r := range recs {
		for _, ref := range []string{"INFO-1", "OFFER-1", "AW33E-SECRET"} {
			if strings.Contains(r.String(), ref) {
				t.Errorf("a reference is printed: %v", r)
			}
		}
		seen[r.Kind] = true
	}
	for _, k := range []stages.Kind{stages.RedeploymentInformed, stages.RedeploymentPost, stages.RetirementApplication,
		stages.Resigned, stages.SuspensionRecorded, stages.OvertimeDecided} {
		if !seen[k] {
			t.Errorf("no record of %s", k)
		}
	}
	want := []string{
		"2026-01-26 overtime-decision: overtime withheld until 2026-02-20, on HR advice of 2026-01-23 — STAGE-24 (HR14 §5.3.6)",
		"2026-01-28 medical-suspension: medical suspension from duty, after seeking Occupational Health advice on 2026-01-27 — STAGE-23 (HR14 §4.6)",
		"2026-02-24 redeployment-post: redeployment post V-101 (Band 5): successful at interview: internal transfer from 2026-03-16 — STAGE-20 (HR14 §5.6.3, App 3 (internal transfer; Protection of Pay does not apply))",
		"2026-06-18 resignation: resignation; notice waived; last day of employment 2026-06-19 — STAGE-22 (HR14 App 14 (resignation after the application is accepted))",
		"2026-05-11 ill-health-retirement-application: ill-health retirement application: sent to NHS Pensions on form AW33E (active member) — STAGE-21 (HR14 App 12 (Requesting ill-health retirement), App 14)",
	}
	for _, w := range want {
		found := false
		for _, r := range recs {
			found = found || r.String() == w
		}
		if !found {
			t.Errorf("no record %q", w)
		}
	}
}
