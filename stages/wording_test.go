package stages_test

import (
	"strings"
	"testing"

	"github.com/absencerules/hr14/stages"
)

// Findings, errors and next steps are quoted in letters: a period of one is
// singular ("1 day", "1 day's notice", "1 business day"), whatever the policy.
func TestSTAGE_WordingUsesTheSingularForOne(t *testing.T) {
	p := stages.HR14()
	p.NoticeDays, p.RearrangeDays, p.ManagementCaseDays, p.EmployeeCaseDays = 1, 1, 1, 1
	p.DecisionLetterBusinessDays, p.AppealDays, p.AppealResponseBusinessDays, p.AppealDecisionBusinessDays = 1, 1, 1, 1
	p.RedeploymentMinWeeks, p.RedeploymentMaxWeeks, p.LapseMonths = 1, 1, 1

	var texts []string
	collect := func(s stages.State) {
		for _, f := range s.Findings {
			texts = append(texts, f.Text)
		}
		for _, asOf := range []string{"2026-01-12", "2026-03-20", "2026-07-21", "2026-12-31"} {
			acts, err := s.NextSteps(day(asOf), p, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range acts {
				texts = append(texts, a.What, a.String())
			}
		}
	}
	reject := func(events []stages.Event) {
		_, err := stages.Replay(events, p)
		if err == nil {
			t.Fatalf("accepted %v", events[len(events)-1])
		}
		texts = append(texts, err.Error())
	}

	// Stage 1 with short notice, the lapse note on the next trigger.
	s1 := []stages.Event{trigger("2026-01-12"), invite("2026-01-12", stages.StepStage1, "2026-01-13")}
	collect(mustReplay(t, p, s1))
	reject(with(s1, stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-01-12"), Step: stages.StepStage1,
		Slot: slot("2026-01-20"), Rearrangement: stages.AtEmployeeRequest}))
	s1 = with(s1, held("2026-01-13", stages.StepStage1, nil), letter("2026-01-14", stages.StepStage1))
	collect(mustReplay(t, p, with(s1, trigger("2026-03-16"))))

	// Stage 2 notice not met, not waivable.
	s2 := with(s1, trigger("2026-02-02"), simple(stages.HRNotified, "2026-02-02"), simple(stages.OHReferralMade, "2026-02-02"))
	reject(with(s2, invite("2026-02-02", stages.StepStage2, "2026-02-02")))
	s2 = with(s2, invite("2026-02-02", stages.StepStage2, "2026-02-03"), held("2026-02-03", stages.StepStage2, stage2Panel()),
		letter("2026-02-04", stages.StepStage2))

	// Stage 3: a management case 0 days before, a late employee case and
	// late letters.
	s3 := with(s2, trigger("2026-02-09"), simple(stages.HRReviewed, "2026-02-09"),
		invite("2026-02-09", stages.StepStage3, "2026-02-20"), simple(stages.OHReportReceived, "2026-02-10"))
	collect(mustReplay(t, p, s3))
	s3 = with(s3, submitted("2026-02-20", stages.ManagementSide))
	collect(mustReplay(t, p, s3))
	reject(with(s3, hearing("2026-02-20")))
	s3 = with(s3, stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-02-20"), Step: stages.StepStage3,
		Slot: slot("2026-02-23"), Rearrangement: stages.ByTrust},
		submitted("2026-02-23", stages.EmployeeSide), hearing("2026-02-23"), dismissed("2026-02-23"),
		stages.Event{Kind: stages.TerminationLetterSent, Date: day("2026-02-27")})
	collect(mustReplay(t, p, s3))
	reject(with(s3, simple(stages.AppealLodged, "2026-03-02")))

	// Redeployment of 1 week.
	r := with(s2, stages.Event{Kind: stages.RedeploymentStarted, Date: day("2026-02-05")})
	collect(mustReplay(t, p, r))
	reject(with(r, stages.Event{Kind: stages.RedeploymentEnded, Date: day("2026-02-06")}))
	reject(with(r, stages.Event{Kind: stages.RedeploymentEnded, Date: day("2026-02-13")}))

	if len(texts) < 20 {
		t.Fatalf("only %d texts collected", len(texts))
	}
	for _, s := range texts {
		for _, bad := range []string{" 1 days", " 1 business days", " 1 weeks", " 1 months", "1 days' notice"} {
			if strings.Contains(s, bad) {
				t.Errorf("%q contains %q", s, bad)
			}
		}
	}
}
