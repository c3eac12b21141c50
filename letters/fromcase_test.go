package letters_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// TestFromCase_Refusals: a letter the case does not support is refused with
// a *CaseError (ErrCase) saying why.
func TestFromCase_Refusals(t *testing.T) {
	ma, a := journeyA(t)
	p := stages.HR14()
	bad := p
	bad.NoticeDays = -1
	superseded := append(append([]stages.Event(nil), a[:14]...), ev(stages.IllHealthRetirementPursued, "2026-06-23"))
	tests := []struct {
		name   string
		kind   letters.Kind
		events []stages.Event
		policy stages.Policy
		mon    *triggers.Monitor
		want   string
	}{
		{"invalid policy", letters.Stage1Invitation, a[:2], bad, ma, "invalid stages policy"},
		{"no meeting", letters.Stage2Invitation, a[:2], p, ma, "the case has no stage 2 sickness review meeting"},
		{"not invited", letters.Stage1Invitation, a[:1], p, ma, "no invitation to the stage 1 sickness review meeting is recorded"},
		{"not held", letters.Stage1Outcome, a[:2], p, ma, "the stage 1 sickness review meeting has not been held"},
		{"no decision", letters.Dismissal, a, p, ma, "no decision to dismiss"},
		{"no decision not to dismiss", letters.NotDismissed, a, p, ma, "no decision not to dismiss"},
		{"no appeal upheld", letters.AppealUpheld, a, p, ma, "no appeal that upheld the dismissal"},
		{"no appeal overturned", letters.AppealOverturned, a, p, ma, "no appeal that overturned the dismissal"},
		{"superseded", letters.HearingInvitation, superseded, p, ma, "was superseded on 2026-06-23"},
		{"no monitor", letters.Stage1Invitation, a[:2], p, nil, "needs the employee's absence history"},
		{"trigger without activation", letters.Stage1Invitation, []stages.Event{trig("2026-03-02", "TRIG-3"), a[1]}, p, ma,
			"TRIG-3 is recorded as making the stage 1 sickness review meeting due, but the absence history shows no activation of it by 2026-03-05"},
		{"long-term absence not in the history", letters.Stage1Invitation, []stages.Event{ev(stages.LongTermOngoing, "2026-02-02"), invite("2026-02-03", stages.StepStage1, slot("2026-02-10", "10:00", "x"))}, p, ma,
			"no episode of the absence history contains 2026-02-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := stages.Replay(tt.events, p)
			_, err := letters.FromCase(letters.Sample(tt.kind), letters.Case{State: s, Policy: tt.policy, Monitor: tt.mon})
			var ce *letters.CaseError
			if !errors.Is(err, letters.ErrCase) || !errors.As(err, &ce) || ce.Kind != tt.kind {
				t.Fatalf("got %v, want a *CaseError for %s", err, tt.kind)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
	if _, err := letters.FromCase(letters.Letter{}, letters.Case{Policy: p}); !errors.Is(err, letters.ErrInvalid) {
		t.Errorf("no kind: got %v, want ErrInvalid", err)
	}
	if _, err := letters.FromCase(letters.Sample(letters.Stage1Invitation), letters.Case{State: replay(t, a[:2]), Policy: bad, Monitor: ma}); !errors.Is(err, stages.ErrInvalidPolicy) {
		t.Errorf("the cause is not kept: %v", err)
	}
}

// TestFromCase_CaseWins: the facts the case holds replace whatever base
// says; what the case does not hold comes from base.
func TestFromCase_CaseWins(t *testing.T) {
	ma, a := journeyA(t)
	base := letters.Sample(letters.Stage2Invitation)
	base.Date = day("2030-01-01")
	base.Meeting.Place = "somewhere else"
	base.Basis.Triggers = []letters.Trigger{{ID: "TRIG-3", Point: "made up", Activated: day("2026-04-01"), Evidence: "made up"}}
	base.Deadlines.Appeal = day("2030-02-01")
	l, err := letters.FromCase(base, letters.Case{State: replay(t, upTo(a, stages.InvitationSent, stages.StepStage2)), Policy: stages.HR14(), Monitor: ma})
	if err != nil {
		t.Fatal(err)
	}
	if l.Date != day("2026-04-29") || l.Meeting.Place != "Seminar room 2, Example Hospital" || len(l.Basis.Triggers) != 1 ||
		l.Basis.Triggers[0].ID != "TRIG-1" || !l.Deadlines.Appeal.IsZero() || l.Basis.Since != day("2026-03-16") {
		t.Errorf("the case's facts are not used: %+v", l)
	}
	if l.To.Name != base.To.Name || l.From != base.From || len(l.Meeting.People) != 2 {
		t.Errorf("base's details are lost: %+v", l)
	}
}

// TestFromCase_Rearranged: a re-arranged meeting's letter is dated by the
// host and gives the new date.
func TestFromCase_Rearranged(t *testing.T) {
	ma, a := journeyA(t)
	events := append(append([]stages.Event(nil), a[:2]...),
		stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-03-09"), Step: stages.StepStage1,
			Slot: slot("2026-03-20", "15:00", "Ward 6 office"), Rearrangement: stages.AtEmployeeRequest})
	base := letters.Sample(letters.Stage1Invitation)
	base.Date = day("2026-03-09")
	l := mustFromCase(t, base, events, ma)
	if l.Date != day("2026-03-09") || l.Meeting.Date != day("2026-03-20") || !l.Meeting.Rearranged || l.Deadlines.Rearranged != day("2026-03-23") {
		t.Errorf("re-arranged: %+v %+v", l.Meeting, l.Deadlines)
	}
	r, _ := letters.New()
	out, _ := r.String(letters.Text, l)
	if !strings.Contains(out, "The meeting has been re-arranged") {
		t.Error("the letter does not say the meeting was re-arranged")
	}
}

func mustFromCase(t *testing.T, base letters.Letter, events []stages.Event, m *triggers.Monitor) letters.Letter {
	t.Helper()
	l, err := letters.FromCase(base, letters.Case{State: replay(t, events), Policy: stages.HR14(), Monitor: m})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestFromCase_Pattern: TRIG-6, a recognisable pattern, is the manager's
// judgement: its words and absences come from base.
func TestFromCase_Pattern(t *testing.T) {
	ma, _ := journeyA(t)
	events := []stages.Event{trig("2026-03-02", "TRIG-6"), invite("2026-03-05", stages.StepStage1, slot("2026-03-16", "10:00", "Ward 6 office"))}
	base := letters.Sample(letters.Stage1Invitation)
	base.Basis = letters.Basis{}
	s := replay(t, events)
	_, err := letters.FromCase(base, letters.Case{State: s, Policy: stages.HR14(), Monitor: ma})
	var fe *letters.FieldError
	if !errors.Is(err, letters.ErrMissing) || !errors.As(err, &fe) || fe.Field != "Basis.Triggers[TRIG-6]" {
		t.Fatalf("no pattern wording: got %v", err)
	}
	base.Basis.Triggers = []letters.Trigger{{ID: "TRIG-6", Point: "a recognisable pattern of absence", Evidence: "Your last three absences each began on a Monday."}}
	base.Basis.Absences = []letters.Absence{{Period: period("2026-03-02/2026-03-02"), WorkingDays: 1, Reason: "Musculoskeletal"}}
	l, err := letters.FromCase(base, letters.Case{State: s, Policy: stages.HR14(), Monitor: ma})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Basis.Triggers) != 1 || l.Basis.Triggers[0].Activated != day("2026-03-02") || len(l.Basis.Absences) != 1 {
		t.Errorf("pattern basis: %+v", l.Basis)
	}
}

// TestFromCase_Redeployment: a stage 3 hearing due because the redeployment
// register ended with no post explains that, with no triggers.
func TestFromCase_Redeployment(t *testing.T) {
	_, a := journeyA(t)
	events := append(append([]stages.Event(nil), a[:4]...),
		ev(stages.RedeploymentStarted, "2026-03-23"),
		stages.Event{Kind: stages.RedeploymentEnded, Date: day("2026-04-27")},
		ev(stages.HRNotified, "2026-04-28"),
		invite("2026-04-29", stages.StepStage3, slot("2026-05-18", "10:00", "Boardroom")),
	)
	l := mustFromCase(t, letters.Sample(letters.HearingInvitation), events, nil)
	if l.Basis.Redeployment != period("2026-03-23/2026-04-27") || len(l.Basis.Triggers) != 0 || l.Basis.Since != day("2026-03-16") {
		t.Errorf("basis: %+v", l.Basis)
	}
	r, _ := letters.New()
	out, _ := r.String(letters.HTML, l)
	if !strings.Contains(out, "redeployment register from Monday 23 March 2026 to Monday 27 April 2026") {
		t.Error("the letter does not explain the redeployment register")
	}
	// A later stay on the register hides the one that ended the hearing's way.
	later := append(append([]stages.Event(nil), events...), ev(stages.RedeploymentStarted, "2026-05-01"))
	s := replay(t, later)
	if _, err := letters.FromCase(letters.Sample(letters.HearingInvitation), letters.Case{State: s, Policy: stages.HR14()}); !errors.Is(err, letters.ErrCase) {
		t.Errorf("later stay: got %v, want ErrCase", err)
	}
}

// TestFromCase_CountedFrom: the letter counts from the date the stage in
// effect took effect when its step became due, as stages.State.Since says.
func TestFromCase_CountedFrom(t *testing.T) {
	ma, a := journeyA(t)
	notDismissed := append(append([]stages.Event(nil), a...), ev(stages.NotDismissed, "2026-07-20"))
	for _, events := range [][]stages.Event{dismissedA(a), notDismissed} {
		var s stages.State
		for _, e := range events {
			before := s
			var err error
			if s, err = s.Apply(e, stages.HR14()); err != nil {
				t.Fatal(err)
			}
			if len(s.Meetings) > len(before.Meetings) && s.Meetings[len(s.Meetings)-1].Route == stages.RouteTrigger {
				m := s.Meetings[len(s.Meetings)-1]
				k := map[stages.Step]letters.Kind{stages.StepStage1: letters.Stage1Outcome, stages.StepStage2: letters.Stage2Outcome, stages.StepStage3: letters.HearingInvitation}[m.Step]
				l := mustFromCase(t, letters.Sample(k), upToMeeting(events, m.Step), ma)
				if l.Basis.Since != before.Since {
					t.Errorf("%s: counted from %s, State.Since was %s", m.Step, l.Basis.Since, before.Since)
				}
			}
		}
	}
}

// upToMeeting returns the events up to the one that completes the step for
// its letter: the outcome letter of a review, the invitation to a hearing.
func upToMeeting(events []stages.Event, st stages.Step) []stages.Event {
	if st == stages.StepStage3 {
		return upTo(events, stages.InvitationSent, st)
	}
	return upTo(events, stages.OutcomeLetterSent, st)
}

// TestFromCase_NoHealthDetails: a diagnosis or note on a record never reaches
// a letter; the reason category does.
func TestFromCase_NoHealthDetails(t *testing.T) {
	r, _ := letters.New()
	for _, g := range goldens(t) {
		for _, f := range []letters.Format{letters.Text, letters.HTML} {
			out, _ := r.String(f, g.letter)
			if strings.Contains(out, "CONFIDENTIAL") {
				t.Errorf("%s: a diagnosis or note is in the letter", g.name)
			}
		}
	}
}

// TestFromCase_IllHealthAppeal: an appeal against a dismissal at the
// ill-health retirement meeting explains that route.
func TestFromCase_IllHealthAppeal(t *testing.T) {
	mb, b := journeyB(t)
	events := append(append([]stages.Event(nil), b...),
		ev(stages.AppealLodged, "2026-09-25"),
		invite("2026-09-28", stages.StepAppeal, slot("2026-10-14", "10:00", "Boardroom")))
	l := mustFromCase(t, letters.Sample(letters.AppealInvitation), events, mb)
	if l.Appeal.Step != stages.StepIllHealth || l.Basis.IllHealth != day("2026-09-01") || !l.IllHealth() ||
		l.Appeal.Letter != day("2026-09-18") || l.Deadlines.AppealResponse != day("2026-10-07") {
		t.Errorf("appeal: %+v %+v %+v", l.Appeal, l.Basis, l.Deadlines)
	}
	r, _ := letters.New()
	out, _ := r.String(letters.Text, l)
	if !strings.Contains(out, "made at the ill-health retirement formal meeting on Wednesday 16 September 2026") {
		t.Errorf("the letter does not name the meeting:\n%s", out)
	}
}
