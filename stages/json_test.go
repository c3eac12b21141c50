package stages_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/google/go-cmp/cmp"
)

// scenarios are valid cases covering every kind of event.
func scenarios() map[string][]stages.Event {
	override := func(e stages.Event) stages.Event { e.Override = true; return e }
	rep := held("2026-02-20", stages.StepIllHealth, illHealthPanel())
	rep.Attendance = stages.Represented
	return map[string][]stages.Event{
		"journey":   fullJourney(),
		"duties":    dutiesJourney(),
		"records17": records17Journey(),
		"upheld": with(toAppealInvited(), simple(stages.AppealResponseSubmitted, "2026-09-01"),
			appealHeard(stages.DismissalUpheld, "2026-09-09"), letter("2026-09-10", stages.StepAppeal)),
		"ill health": with(toIllHealth(), rep, dismissed("2026-02-20"),
			stages.Event{Kind: stages.TerminationLetterSent, Date: day("2026-02-24"), Notice: &stages.Notice{Weeks: 12, LastDay: day("2026-05-19")}}),
		"redeployment": with(toStage2(), simple(stages.RedeploymentStarted, "2026-04-01"),
			stages.Event{Kind: stages.RedeploymentEnded, Date: day("2026-06-24")},
			simple(stages.HRNotified, "2026-06-25"),
			invite("2026-06-26", stages.StepStage3, "2026-07-20"),
			stages.Event{Kind: stages.OHFailed, Date: day("2026-07-01"), Failure: stages.DidNotConsent}),
		"terminal": with(toStage2(), trigger("2026-06-29", "TRIG-3"), simple(stages.TerminalDiagnosisRecorded, "2026-06-30"),
			simple(stages.HRNotified, "2026-06-30"), override(invite("2026-07-01", stages.StepStage3, "2026-07-20")),
			override(submitted("2026-07-06", stages.ManagementSide)),
			stages.Event{Kind: stages.OHReportReceived, Date: day("2026-07-08"), Specialist: true}),
		"non-attendance": {
			trigger("2026-06-28", "TRIG-5", "TRIG-2"),
			invite("2026-06-29", stages.StepStage1, "2026-07-01"),
			{Kind: stages.NoticeWaived, Date: day("2026-06-30"), Step: stages.StepStage1, ID: "w-1"},
			{Kind: stages.MeetingNotAttended, Date: day("2026-07-01"), Step: stages.StepStage1, Explained: true},
			{Kind: stages.MeetingRearranged, Date: day("2026-07-01"), Step: stages.StepStage1, Slot: slot("2026-07-03"), Rearrangement: stages.AfterNonAttendance},
			{Kind: stages.MeetingRearranged, Date: day("2026-07-02"), Step: stages.StepStage1, Slot: &stages.Slot{Date: day("2026-07-08")}, Rearrangement: stages.AtEmployeeRequest},
			{Kind: stages.MeetingNotAttended, Date: day("2026-07-08"), Step: stages.StepStage1},
			{Kind: stages.MeetingRearranged, Date: day("2026-07-09"), Step: stages.StepStage1, Slot: slot("2026-07-10"), Rearrangement: stages.AfterNonAttendance},
			{Kind: stages.MeetingNotAttended, Date: day("2026-07-10"), Step: stages.StepStage1},
			simple(stages.LongTermOngoing, "2026-07-20"),
		},
	}
}

// Every kind of event appears in the scenarios, so the round-trip tests
// cover them all.
func TestScenarios_CoverEveryKind(t *testing.T) {
	seen := map[stages.Kind]bool{}
	for _, events := range scenarios() {
		for _, e := range events {
			seen[e.Kind] = true
		}
	}
	for _, k := range stages.Kinds() {
		if !seen[k] {
			t.Errorf("no scenario has a %s event", k)
		}
	}
}

// Events and states marshal to JSON and back without loss, and a state
// restored from JSON carries on exactly as the original.
func TestJSON_RoundTripAndResume(t *testing.T) {
	p := stages.HR14()
	for name, events := range scenarios() {
		t.Run(name, func(t *testing.T) {
			want := mustReplay(t, p, events)
			b, err := json.Marshal(events)
			if err != nil {
				t.Fatal(err)
			}
			var back []stages.Event
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(events, back); d != "" {
				t.Fatalf("events round trip (-want +got):\n%s", d)
			}
			var s stages.State
			for k := range events {
				b, err := json.Marshal(s)
				if err != nil {
					t.Fatal(err)
				}
				var restored stages.State
				if err := json.Unmarshal(b, &restored); err != nil {
					t.Fatal(err)
				}
				if d := cmp.Diff(s, restored); d != "" {
					t.Fatalf("state after %d events round trip (-want +got):\n%s", k, d)
				}
				// Resume from the restored state.
				got := restored
				for _, e := range events[k:] {
					if got, err = got.Apply(e, p); err != nil {
						t.Fatalf("resuming after %d events: %v", k, err)
					}
				}
				if d := cmp.Diff(want, got); d != "" {
					t.Fatalf("resumed after %d events (-replayed +resumed):\n%s", k, d)
				}
				if s, err = s.Apply(events[k], p); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// Apply never changes the state it is called on, even when two events are
// applied to the same state.
func TestApply_DoesNotModifyReceiver(t *testing.T) {
	p := stages.HR14()
	s := mustReplay(t, p, with(toStage3Invited(), submitted("2026-07-06", stages.ManagementSide)))
	before, _ := json.Marshal(s)
	a, err := s.Apply(hearing("2026-07-20"), p)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Apply(stages.Event{Kind: stages.MeetingNotAttended, Date: day("2026-07-20"), Step: stages.StepStage3, Explained: true}, p)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := json.Marshal(s)
	if string(before) != string(after) {
		t.Errorf("the receiver changed:\n%s\n%s", before, after)
	}
	ma, _ := a.Latest(stages.StepStage3)
	mb, _ := b.Latest(stages.StepStage3)
	if ma.Held.IsZero() || !mb.Held.IsZero() || !mb.AwaitingNewDate || ma.AwaitingNewDate {
		t.Errorf("the two successors share state: %+v / %+v", ma, mb)
	}
	// A rejected event returns the receiver unchanged.
	c, err := s.Apply(trigger("2026-01-01"), p)
	if err == nil || c.Events != s.Events {
		t.Errorf("rejected event: %v, %d events", err, c.Events)
	}
	// A panel given in an event is copied, not shared.
	e := hearing("2026-07-20")
	a, _ = s.Apply(e, p)
	e.Panel.Members[0].Band = stages.Band2
	if ma, _ := a.Latest(stages.StepStage3); ma.Panel.Members[0].Band != stages.Band8a {
		t.Error("the state shares the event's panel")
	}
}

// The JSON field names and codes are stable: hosts store them.
func TestJSON_StableNames(t *testing.T) {
	e := stages.Event{ID: "e-7", Kind: stages.InvitationSent, Date: day("2026-03-05"), Step: stages.StepStage1,
		Slot: &stages.Slot{Date: day("2026-03-16"), Time: "14:30", Place: "Room 4"}}
	b, _ := json.Marshal(e)
	const want = `{"id":"e-7","kind":"invitation-sent","date":"2026-03-05","step":"stage-1","slot":{"date":"2026-03-16","time":"14:30","place":"Room 4"}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	e = stages.Event{Kind: stages.Dismissed, Date: day("2026-07-20"), Grounds: stages.SOSR, Override: true}
	b, _ = json.Marshal(e)
	const want2 = `{"kind":"decision-dismiss","date":"2026-07-20","grounds":"sosr","terminalDiagnosisOverride":true}`
	if string(b) != want2 {
		t.Errorf("got  %s\nwant %s", b, want2)
	}
	p := stages.Panel{Group: stages.MedicalDental, Members: []stages.Member{{Role: stages.MedicalDirector, Band: stages.Band8a, Chair: true, Delegate: true}}}
	b, _ = json.Marshal(p)
	const want3 = `{"group":"medical-dental","members":[{"role":"medical-director","band":"8a","chair":true,"delegate":true}]}`
	if string(b) != want3 {
		t.Errorf("got  %s\nwant %s", b, want3)
	}
	s := mustReplay(t, stages.HR14(), []stages.Event{trigger("2026-03-02")})
	b, _ = json.Marshal(s)
	// Dates are structs, so an unset date is "" rather than omitted (go 1.23
	// has no omitzero); both forms read back as the zero Date.
	// The state names the policy its events were applied under (issue 15).
	want4 := `{"stage":"none","since":"","meetings":[{"step":"stage-1","route":"trigger","due":"2026-03-02","triggers":["TRIG-1"],"invited":"","slot":{"date":""},"original":"","noticeFrom":"","managementCase":"","employeeCase":"","held":"","decided":"","letter":"","superseded":""}],"oh":{"referred":"","reported":"","failed":""},"hrNotified":"","redeployment":{"start":"","end":""},"illHealthRetirement":"","terminalDiagnosis":"","events":1,"last":"2026-03-02","findings":[{"rule":{"id":"STAGE-1","clause":"HR14 SAP 1.3"},"text":"TRIG-1 activated on 2026-03-02: a stage 1 sickness review meeting is due"}],"basis":{"policy":{"reference":"HR14","title":"Sickness Absence Management","version":"16","trust":"University Hospitals of North Midlands NHS Trust","effective":"2022-09-01"},"library":"` + absence.LibraryVersion + `"}}`
	if string(b) != want4 {
		t.Errorf("got  %s\nwant %s", b, want4)
	}
	var short stages.State
	if err := json.Unmarshal([]byte(`{"stage":"none","meetings":[{"step":"stage-1","route":"trigger","due":"2026-03-02","triggers":["TRIG-1"],"slot":{}}],"events":1,"last":"2026-03-02","findings":[{"rule":{"id":"STAGE-1","clause":"HR14 SAP 1.3"},"text":"TRIG-1 activated on 2026-03-02: a stage 1 sickness review meeting is due"}]}`), &short); err != nil {
		t.Fatal(err)
	}
	s.Basis = nil // a state stored before states named their policy
	if d := cmp.Diff(s, short); d != "" {
		t.Errorf("omitted dates (-want +got):\n%s", d)
	}
}

func TestJSON_UnknownCodes(t *testing.T) {
	for _, in := range []string{
		`{"kind":"meeting","date":"2026-03-05"}`,
		`{"kind":"meeting-held","date":"2026-03-05","step":"stage-4"}`,
		`{"kind":"case-submitted","date":"2026-03-05","side":"union"}`,
		`{"kind":"decision-dismiss","date":"2026-03-05","grounds":"conduct"}`,
		`{"kind":"hearing-held","date":"2026-03-05","panel":{"group":"dental","members":[]}}`,
		`{"kind":"hearing-held","date":"2026-03-05","panel":{"members":[{"role":"boss"}]}}`,
		`{"kind":"hearing-held","date":"2026-03-05","panel":{"members":[{"role":"hr","band":"10"}]}}`,
		`{"kind":"oh-failed","date":"2026-03-05","failure":"refused"}`,
		`{"kind":"meeting-rearranged","date":"2026-03-05","rearrangement":"weather"}`,
		`{"kind":"hearing-held","date":"2026-03-05","attendance":"video"}`,
	} {
		var e stages.Event
		err := json.Unmarshal([]byte(in), &e)
		var ce *stages.CodeError
		if !errors.As(err, &ce) || !errors.Is(err, stages.ErrInvalidEvent) {
			t.Errorf("%s: got %v, want a *CodeError", in, err)
		}
	}
	var s stages.State
	if err := json.Unmarshal([]byte(`{"stage":"stage-3"}`), &s); !errors.Is(err, stages.ErrInvalidEvent) {
		t.Errorf("state with stage-3: %v", err)
	}
	if _, err := json.Marshal(stages.Event{Kind: 200}); err == nil {
		t.Error("marshalled a kind out of range")
	}
}

// A transition that fails part-way (here after counting a non-attendance)
// leaves no trace in the state Replay returns with the error.
func TestReplay_ErrorReturnsCleanState(t *testing.T) {
	p := stages.HR14()
	miss := func(date string) stages.Event {
		return stages.Event{Kind: stages.MeetingNotAttended, Date: day(date), Step: stages.StepStage2}
	}
	events := with(toStage1(), trigger("2026-03-09"), invite("2026-03-11", stages.StepStage2, "2026-03-23"), miss("2026-03-23"),
		stages.Event{Kind: stages.MeetingRearranged, Date: day("2026-03-24"), Step: stages.StepStage2, Slot: slot("2026-03-26"), Rearrangement: stages.AfterNonAttendance},
		miss("2026-03-26"))
	got, err := stages.Replay(events, p)
	if !errors.Is(err, stages.ErrRequirement) {
		t.Fatalf("got %v", err)
	}
	want := mustReplay(t, p, events[:len(events)-1])
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("state returned with the error (-want +got):\n%s", d)
	}
	// The same through Apply.
	after, err := want.Apply(events[len(events)-1], p)
	if err == nil {
		t.Fatal("Apply accepted the event")
	}
	if d := cmp.Diff(mustReplay(t, p, events[:len(events)-1]), after); d != "" {
		t.Errorf("Apply changed the state on error:\n%s", d)
	}
}

// What a host shows or stores besides the case — next steps, deadlines and
// panel reports — also decodes from its JSON to the same value.
func TestJSON_NextStepsDeadlinesAndReportsRoundTrip(t *testing.T) {
	p := stages.HR14()
	s := mustReplay(t, p, toStage3Invited())
	acts, err := s.NextSteps(day("2026-07-10"), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	cur, _ := s.Current()
	dl := cur.Deadlines(p)
	rep := stage3Panel().Check(stages.StepStage3)
	bad := stages.Panel{Members: []stages.Member{{Role: stages.LineManager, Chair: true}}}.Check(stages.StepStage3)
	for name, pair := range map[string][2]any{
		"actions": {acts, &[]stages.Action{}}, "deadlines": {dl, &stages.Deadlines{}},
		"report": {rep, &stages.Report{}}, "bad report": {bad, &stages.Report{}},
	} {
		b, err := json.Marshal(pair[0])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := json.Unmarshal(b, pair[1]); err != nil {
			t.Fatalf("%s: %v in %s", name, err, b)
		}
		got := reflect.ValueOf(pair[1]).Elem().Interface()
		if d := cmp.Diff(pair[0], got); d != "" {
			t.Errorf("%s round trip (-want +got):\n%s", name, d)
		}
	}
	if len(acts) == 0 || len(bad.Problems) == 0 {
		t.Fatal("nothing to round-trip")
	}
}
