package letters_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
)

// points are the trigger points as HR14 sets them, in a letter's words.
var points = map[string]string{
	"TRIG-1": "2 episodes of sickness absence in a rolling 6-month period",
	"TRIG-2": "10 working days of sickness absence (pro rata) in a rolling 6-month period",
	"TRIG-3": "4 episodes of sickness absence in a rolling 12-month period",
	"TRIG-4": "10 working days of sickness absence (pro rata) in a rolling 12-month period",
	"TRIG-5": "an episode of sickness absence of 28 calendar days or more",
}

// TestLET2_NamesExactlyTheTriggersThatActivated: every letter with a trigger
// basis names the trigger points that made its step due, each with its
// activation date, and no other (LET-2: only those that fired).
func TestLET2_NamesExactlyTheTriggersThatActivated(t *testing.T) {
	ma, a := journeyA(t)
	mb, b := journeyB(t)
	// Worked example 2: 0.6 FTE (Mon–Wed), absent 2 to 15 February 2026:
	// TRIG-2 and TRIG-4 on Wednesday 11 February, nothing else.
	m2 := monitor(t, "0.6", sick("W2", "2026-02-02/2026-02-15", absence.Infection))
	e2 := []stages.Event{
		trig("2026-02-11", "TRIG-2", "TRIG-4"),
		invite("2026-02-12", stages.StepStage1, slot("2026-02-23", "09:30", "Clinic 3 office")),
	}
	// Journey B invited before TRIG-5 activated on 28 June: the letters
	// name TRIG-2 and TRIG-4 only, even when written after 28 June.
	early := []stages.Event{
		trig("2026-06-12", "TRIG-2", "TRIG-4"),
		invite("2026-06-15", stages.StepStage1, slot("2026-06-22", "11:00", "by telephone")),
		step(stages.MeetingHeld, "2026-06-22", stages.StepStage1),
		step(stages.OutcomeLetterSent, "2026-07-01", stages.StepStage1),
	}
	notDismissed := append(append([]stages.Event(nil), a...), ev(stages.NotDismissed, "2026-07-20"))
	tests := []struct {
		name   string
		kind   letters.Kind
		letter letters.Letter
		want   []string
		dates  []string
	}{
		{"A stage 1 invitation", letters.Stage1Invitation, fromCase(t, letters.Stage1Invitation, ma, upTo(a, stages.InvitationSent, stages.StepStage1)), []string{"TRIG-1"}, []string{"2026-03-02"}},
		{"A stage 1 outcome", letters.Stage1Outcome, fromCase(t, letters.Stage1Outcome, ma, upTo(a, stages.OutcomeLetterSent, stages.StepStage1)), []string{"TRIG-1"}, []string{"2026-03-02"}},
		{"A stage 2 invitation", letters.Stage2Invitation, fromCase(t, letters.Stage2Invitation, ma, upTo(a, stages.InvitationSent, stages.StepStage2)), []string{"TRIG-1"}, []string{"2026-04-27"}},
		{"A stage 3 invitation", letters.HearingInvitation, fromCase(t, letters.HearingInvitation, ma, a), []string{"TRIG-1", "TRIG-2", "TRIG-4"}, []string{"2026-06-15", "2026-06-15", "2026-06-15"}},
		{"A not dismissed", letters.NotDismissed, fromCase(t, letters.NotDismissed, ma, notDismissed), []string{"TRIG-1", "TRIG-2", "TRIG-4"}, []string{"2026-06-15", "2026-06-15", "2026-06-15"}},
		{"A appeal invitation", letters.AppealInvitation, fromCase(t, letters.AppealInvitation, ma, dismissedA(a)), []string{"TRIG-1", "TRIG-2", "TRIG-4"}, []string{"2026-06-15", "2026-06-15", "2026-06-15"}},
		{"B stage 1 invitation", letters.Stage1Invitation, fromCase(t, letters.Stage1Invitation, mb, upTo(b, stages.InvitationSent, stages.StepStage1)), []string{"TRIG-2", "TRIG-4", "TRIG-5"}, []string{"2026-06-12", "2026-06-12", "2026-06-28"}},
		{"B invited before TRIG-5", letters.Stage1Invitation, fromCase(t, letters.Stage1Invitation, mb, early[:2]), []string{"TRIG-2", "TRIG-4"}, []string{"2026-06-12", "2026-06-12"}},
		{"B outcome after TRIG-5", letters.Stage1Outcome, fromCase(t, letters.Stage1Outcome, mb, early), []string{"TRIG-2", "TRIG-4"}, []string{"2026-06-12", "2026-06-12"}},
		{"worked example 2", letters.Stage1Invitation, fromCase(t, letters.Stage1Invitation, m2, e2), []string{"TRIG-2", "TRIG-4"}, []string{"2026-02-11", "2026-02-11"}},
	}
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			for i, tr := range tt.letter.Basis.Triggers {
				ids = append(ids, tr.ID)
				if tr.Activated != day(tt.dates[i]) {
					t.Errorf("%s activated %s, want %s", tr.ID, tr.Activated, tt.dates[i])
				}
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("triggers %v, want %v", ids, tt.want)
			}
			for _, f := range []letters.Format{letters.Text, letters.HTML} {
				out, err := r.String(f, tt.letter)
				if err != nil {
					t.Fatal(err)
				}
				for id, p := range points {
					if got, want := strings.Count(out, p), b2i(slices.Contains(tt.want, id)); got != want {
						t.Errorf("%s letter names %s %d times, want %d", f, id, got, want)
					}
				}
				for _, d := range tt.dates {
					if !strings.Contains(out, "reached on "+day(d).LongDate()) {
						t.Errorf("%s letter does not give the activation date %s", f, day(d).LongDate())
					}
				}
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestLET2_PartTimeEvidence: a pro-rata threshold is explained for a
// part-time employee (worked example 2: 10 days × 0.6 = 6).
func TestLET2_PartTimeEvidence(t *testing.T) {
	m := monitor(t, "0.6", sick("W2", "2026-02-02/2026-02-15", absence.Infection))
	l := fromCase(t, letters.Stage1Invitation, m, []stages.Event{
		trig("2026-02-11", "TRIG-2", "TRIG-4"),
		invite("2026-02-12", stages.StepStage1, slot("2026-02-23", "09:30", "Clinic 3 office")),
	})
	want := "You lost 6 working days to sickness absence in the 6 months from Tuesday 12 August 2025 to Wednesday 11 February 2026. " +
		"For your working pattern the trigger point is 6 working days (10 days pro rata at 0.6 FTE)."
	if got := l.Basis.Triggers[0].Evidence; got != want {
		t.Errorf("evidence:\n got %s\nwant %s", got, want)
	}
	if got := l.Basis.Absences; len(got) != 1 || got[0].WorkingDays != 6 || got[0].Period != period("2026-02-02/2026-02-12") || got[0].Reason != "Infection" {
		t.Errorf("absences: %+v", got)
	}
}
