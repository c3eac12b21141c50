package stages_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// decodeEvents turns fuzz bytes into a sequence of events, 6 bytes each:
// kind, days since the previous event plus 2 (so 0 and 1 go backwards), step,
// flags, codes, and the offset of a meeting slot. The mapping keeps most
// values near what the procedure expects so that the fuzzer reaches deep
// states, but anything may come out: unknown kinds, wrong fields, dates out
// of order.
func decodeEvents(b []byte) []stages.Event {
	panels := []func() *stages.Panel{
		func() *stages.Panel { return nil }, stage2Panel, stage3Panel, appealPanel, illHealthPanel,
		func() *stages.Panel {
			return &stages.Panel{Members: []stages.Member{{Role: stages.LineManager, Chair: true}}}
		},
		func() *stages.Panel { return delegatedPanel("2026-01-05") },
	}
	trigs := []string{"TRIG-1", "TRIG-2", "TRIG-3", "TRIG-4", "TRIG-5", "TRIG-6", "TRIG-9"}
	date := day("2026-01-05")
	var out []stages.Event
	for len(b) >= 6 {
		k, gap, st, flags, codes, off := b[0], b[1], b[2], b[3], b[4], b[5]
		b = b[6:]
		date = date.AddDays(int(gap) - 2)
		e := stages.Event{Kind: stages.Kind(k % 48), Date: date}
		if flags&1 != 0 {
			e.Step = stages.Step(st % 8)
		}
		if flags&2 != 0 {
			e.Slot = &stages.Slot{Date: date.AddDays(int(off)), Time: "09:30"}
		}
		if flags&4 != 0 {
			e.Triggers = []string{trigs[codes%7]}
			if codes&0x80 != 0 {
				e.Triggers = append(e.Triggers, trigs[(codes>>4)%7])
			}
		}
		if flags&8 != 0 {
			e.Panel = panels[int(off)%len(panels)]()
		}
		e.Explained = flags&16 != 0
		e.Override = flags&32 != 0
		e.Specialist = flags&64 != 0 && e.Kind == stages.OHReportReceived && codes&0x20 != 0
		e.Redeployed = flags&128 != 0 && e.Kind == stages.RedeploymentEnded
		switch e.Kind {
		case stages.CaseSubmitted:
			e.Side = stages.Side(codes % 4)
		case stages.Dismissed:
			e.Grounds = stages.Grounds(codes % 4)
		case stages.OHFailed:
			e.Failure = stages.OHFailure(codes % 4)
		case stages.MeetingRearranged:
			e.Rearrangement = stages.Rearrangement(codes % 5)
		case stages.HearingHeld, stages.DismissalUpheld, stages.DismissalOverturned, stages.MeetingHeld:
			e.Attendance = stages.Attendance(codes % 4)
		case stages.TerminationLetterSent:
			if codes&1 != 0 {
				e.Notice = &stages.Notice{Weeks: int(codes % 13), PayInLieu: codes&2 != 0}
			}
		default:
			// the other kinds carry no codes here
		}
		decodeDuties(&e, flags, codes, off)
		out = append(out, e)
	}
	return out
}

// decodeDuties fills the records of the duties' events (issue 16) from the
// fuzz bytes: flags 64 asks for a full record where a kind has one, codes and
// off choose the codes and dates.
func decodeDuties(e *stages.Event, flags, codes, off byte) {
	full := flags&64 != 0
	date := e.Date
	defer secrets(e)
	switch e.Kind {
	case stages.TriggerActivated:
		e.Linked = flags&128 != 0
	case stages.HRNotified:
		e.Topic = stages.HRTopic(codes % 5)
	case stages.OHReferralMade:
		if full {
			e.Referral = &stages.Referral{Ground: stages.ReferralGround(codes % 8), Explained: codes&8 != 0, CopyGiven: codes&16 != 0,
				Release: stages.Consent(off % 4), PreCall: stages.Consent((off >> 2) % 4), Questions: []stages.Question{stages.Question(off >> 4)}}
		}
	case stages.OHReportReceived:
		if full {
			e.Report = &stages.OHReport{Underlying: stages.Answer(codes % 5), EqualityAct: stages.Answer((codes >> 3) % 5), Fitness: stages.Fitness(off % 5)}
			if codes&0x40 != 0 {
				e.Report.Recommendations = []stages.Recommendation{{Kind: stages.AdjustmentKind(off >> 3)}}
			}
		}
	case stages.OHAppointment:
		a := &stages.Appointment{Outcome: stages.AppointmentOutcome(codes % 6), Explained: codes&0x40 != 0, Date: date.AddDays(int(off))}
		if a.Outcome == stages.AppointmentAttended || a.Outcome == stages.AppointmentMissed {
			a.Date = date.AddDays(-int(off))
		}
		if codes&0x80 != 0 {
			a.NoticeHours = int(off)
		}
		e.Appointment = a
	case stages.AdjustmentRecorded:
		a := &stages.Adjustment{ID: "A" + string(rune('0'+codes%4)), Kind: stages.AdjustmentKind(codes >> 2 % 19),
			Decision: stages.AdjustmentDecision(off % 8), Factor: stages.Factor(off >> 3 % 9)}
		switch a.Kind {
		case stages.AdjustTriggerThresholds:
			a.Thresholds = &triggers.Adjustment{TRIG1: 3}
		case stages.AdjustDiscountAbsences:
			a.Absences = []absence.Period{absence.Day(date.AddDays(-7))}
		default:
		}
		e.Adjustment = a
	case stages.DisabilityAssessed:
		e.Disability = &stages.DisabilityAssessment{Likely: stages.Answer(codes % 5)}
	case stages.CaseConferenceRequested:
		e.Conference = &stages.Conference{RequestedBy: stages.Party(codes % 12)}
	case stages.CaseConferenceHeld:
		f := &stages.Conference{Attendees: []stages.Party{stages.PartyLineManager, stages.PartyHR}, MinutesCopied: codes&1 != 0,
			Actions: []stages.CaseAction{{ID: "C" + string(rune('0'+codes>>1%4)), Kind: stages.ActionKind(off % 8), Owner: stages.PartyLineManager, By: date.AddDays(int(off))}}}
		if codes&0x80 != 0 {
			f.PreMeeting = &stages.PreMeeting{Date: date, Clinical: codes&0x40 != 0, Consent: codes&0x20 != 0}
		}
		e.Conference = f
	case stages.ActionCompleted:
		e.ActionID = "C" + string(rune('0'+codes%4))
	case stages.DeliberationRecorded, stages.Dismissed, stages.NotDismissed:
		switch {
		case full:
			e.Deliberation = fullDeliberation()
		case e.Kind == stages.DeliberationRecorded:
			e.Deliberation = &stages.Deliberation{Matters: []stages.Consideration{{Matter: stages.Matter(codes % 9), Evidence: "p"}},
				Notes: &stages.HearingNotes{Kind: stages.NotesKind(off % 5)}}
		default:
		}
		if e.Kind == stages.Dismissed && codes&0x80 != 0 {
			e.DeliberationOverride = &stages.DeliberationOverride{Reason: stages.OverrideReason(codes >> 4 % 5)}
		}
	case stages.InformalDiscussion:
		e.Informal = &stages.Informal{Goals: []stages.Goal{stages.Goal(codes % 7)}, Review: date.AddDays(int(off))}
	case stages.ContactAgreed:
		e.ContactDays = int(codes % 20)
	default:
		decodeRecords17(e, flags, codes, off)
	}
}

// secret marks free text that must never reach an error, a finding or a
// String.
const secret = "SECRET-TEXT"

// secretPlace marks a meeting's place: a next step may name it (a dashboard
// shows where the meeting is), an error never does.
const secretPlace = "SECRET-PLACE"

// secrets puts the secret in every free-text field of e's records that the
// kind takes (references, evidence, places, names).
func secrets(e *stages.Event) {
	switch e.Kind {
	case stages.HRNotified, stages.HRReviewed, stages.DisabilityDeclared, stages.ActionCompleted, stages.ContactAgreed:
		e.Reference = secret
	default:
	}
	if e.Slot != nil {
		e.Slot.Place = secretPlace
	}
	for _, p := range []**stages.Panel{&e.Panel} {
		if *p != nil && len((*p).Members) > 0 {
			(*p).Members[0].Name = secret
		}
	}
	if r := e.Referral; r != nil {
		r.Reference = secret
	}
	if r := e.Report; r != nil {
		r.Reference = secret
	}
	if a := e.Adjustment; a != nil {
		a.Reference = secret
	}
	if f := e.Conference; f != nil {
		f.Reference = secret
	}
	if d := e.Deliberation; d != nil {
		d.Outcome, d.Minutes = secret, secret
		for i := range d.Matters {
			d.Matters[i].Evidence = secret
		}
		for i := range d.Alternatives {
			d.Alternatives[i].Reference = secret
		}
		if d.Notes != nil {
			d.Notes.Reference = secret
		}
	}
	if o := e.DeliberationOverride; o != nil {
		o.Reference = secret
	}
	if i := e.Informal; i != nil {
		i.Reference = secret
	}
	secrets17(e)
}

// encodeDuties is decodeDuties' inverse for the records of the seeds: flags,
// codes and off that decode to a valid event of the same kind.
func encodeDuties(e stages.Event) (flags, codes, off byte) {
	switch e.Kind {
	case stages.TriggerActivated:
		if e.Linked {
			flags |= 128
		}
	case stages.HRNotified:
		codes = byte(e.Topic)
	case stages.OHReferralMade:
		if r := e.Referral; r != nil {
			flags |= 64
			codes = byte(r.Ground)
			if r.Explained {
				codes |= 8
			}
			if r.CopyGiven {
				codes |= 16
			}
			off = byte(r.Release) | byte(r.PreCall)<<2 | byte(stages.QuestionUnderlying)<<4
		}
	case stages.OHReportReceived:
		if r := e.Report; r != nil {
			flags |= 64
			codes = byte(r.Underlying) | byte(r.EqualityAct)<<3
			off = byte(r.Fitness)
		}
	case stages.OHAppointment:
		a := e.Appointment
		codes = byte(a.Outcome)
		if a.Explained {
			codes |= 0x40
		}
		off = byte(a.Date.DaysSince(e.Date))
		if a.Outcome == stages.AppointmentAttended || a.Outcome == stages.AppointmentMissed {
			off = byte(e.Date.DaysSince(a.Date))
		}
	case stages.AdjustmentRecorded:
		a := e.Adjustment
		kind := a.Kind
		if kind == stages.AdjustmentNone {
			kind = stages.AdjustOther // an update of an entry the seed cannot express: a new entry
		}
		codes = byte(kind)<<2 | map[string]byte{"T1": 1, "D1": 2}[a.ID]
		off = byte(a.Decision) | byte(a.Factor)<<3
	case stages.DisabilityAssessed:
		codes = byte(e.Disability.Likely)
	case stages.CaseConferenceRequested:
		codes = byte(e.Conference.RequestedBy)
	case stages.CaseConferenceHeld:
		codes, off = 1, byte(stages.ActionRiskAssess)
	case stages.ActionCompleted:
	case stages.DeliberationRecorded, stages.Dismissed, stages.NotDismissed:
		if e.Deliberation != nil && len(e.Deliberation.Matters) == len(stages.Matters()) {
			flags |= 64
		} else if e.Kind == stages.DeliberationRecorded {
			codes, off = byte(stages.MatterAbsenceRecord), byte(stages.NotesNoteTaker)
		}
		if e.DeliberationOverride != nil {
			codes |= 0x80 | byte(e.DeliberationOverride.Reason)<<4
		}
	case stages.InformalDiscussion:
		codes = byte(e.Informal.Goals[0])
		off = byte(e.Informal.Review.DaysSince(e.Date))
	case stages.ContactAgreed:
		codes = byte(e.ContactDays)
	default:
		return encodeRecords17(e)
	}
	return flags, codes, off
}

// encodeSeed turns a scenario into fuzz bytes close to it (the decoder's
// inverse for the fields it can express), to seed the corpus with deep,
// valid cases.
func encodeSeed(events []stages.Event) []byte {
	var b []byte
	prev := day("2026-01-05")
	for _, e := range events {
		gap := e.Date.DaysSince(prev) + 2
		if gap < 0 || gap > 255 {
			gap = 2
		}
		prev = prev.AddDays(gap - 2)
		var flags, codes, off byte
		if e.Step != stages.StepNone {
			flags |= 1
		}
		if e.Slot != nil {
			flags |= 2
			off = byte(e.Slot.Date.DaysSince(e.Date))
		}
		if len(e.Triggers) > 0 {
			flags |= 4
		}
		if e.Panel != nil {
			flags |= 8
			switch e.Kind {
			case stages.MeetingHeld:
				if e.Step == stages.StepIllHealth {
					off = 4
				} else {
					off = 1
				}
			case stages.HearingHeld:
				off = 2
			default:
				off = 3
			}
		}
		if e.Explained {
			flags |= 16
		}
		if e.Override {
			flags |= 32
		}
		switch {
		case e.Side != 0:
			codes = byte(e.Side)
		case e.Grounds != 0:
			codes = byte(e.Grounds)
		case e.Failure != 0:
			codes = byte(e.Failure)
		case e.Rearrangement != 0:
			codes = byte(e.Rearrangement)
		}
		if f, c, o := encodeDuties(e); f|c|o != 0 {
			flags |= f
			if e.Kind != stages.Dismissed {
				codes = c
			}
			if e.Slot == nil && e.Panel == nil {
				off = o
			}
		}
		b = append(b, byte(e.Kind), byte(gap), byte(e.Step), flags, codes, off)
	}
	return b
}

func FuzzReplay(f *testing.F) {
	for _, events := range scenarios() {
		f.Add(encodeSeed(events))
	}
	f.Add([]byte{})
	f.Add([]byte{1, 0, 0, 4, 0, 0, 3, 3, 2, 3, 0, 9})
	p := stages.HR14()
	f.Fuzz(func(t *testing.T, b []byte) {
		defer watchdog()()
		events := decodeEvents(b)
		s, err := stages.Replay(events, p)
		if err != nil {
			var ee *stages.EventError
			if !errors.As(err, &ee) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			if ee.Index != s.Events || ee.Index >= len(events) {
				t.Fatalf("error index %d, state has %d events of %d", ee.Index, s.Events, len(events))
			}
			if ee.Rule.ID == "" && ee.Field == "" {
				t.Fatalf("error names neither a rule nor a field: %v", err)
			}
			if ee.Error() == "" {
				t.Fatal("empty message")
			}
			if strings.Contains(ee.Error(), secret) || strings.Contains(ee.Error(), secretPlace) {
				t.Fatalf("free text in an error: %v", ee)
			}
		} else if s.Events != len(events) {
			t.Fatalf("%d events applied of %d", s.Events, len(events))
		}
		// Replay is deterministic, and the same as applying the events one
		// at a time, keeping every state (copy on write: no later event may
		// change an earlier state).
		again, err2 := stages.Replay(events, p)
		if d := cmp.Diff(s, again); d != "" || (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("replay is not deterministic: %v / %v\n%s", err, err2, d)
		}
		var seq stages.State
		var kept []stages.State
		var kj [][]byte
		for _, e := range events {
			n, err := seq.Apply(e, p)
			if err != nil {
				break
			}
			j, _ := json.Marshal(seq)
			kept, kj = append(kept, seq), append(kj, j)
			seq = n
		}
		if d := cmp.Diff(s, seq); d != "" {
			t.Fatalf("Replay and Apply one by one differ:\n%s", d)
		}
		for i, k := range kept {
			if j, _ := json.Marshal(k); string(j) != string(kj[i]) {
				t.Fatalf("state %d changed after later events were applied", i)
			}
		}
		// Whatever was accepted round-trips through JSON and answers
		// questions without panicking.
		j, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back stages.State
		if err := json.Unmarshal(j, &back); err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(s, back); d != "" {
			t.Fatalf("state round trip:\n%s", d)
		}
		acts, err := s.NextSteps(s.Last, p, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range s.Meetings {
			_ = m.Deadlines(p)
		}
		// No free text reaches a finding, a next step or a record's summary.
		for _, f := range s.Findings {
			if strings.Contains(f.Text, secret) {
				t.Fatalf("free text in a finding: %v", f)
			}
		}
		for _, a := range acts {
			if strings.Contains(a.String(), secret) {
				t.Fatalf("free text in a next step: %v", a)
			}
		}
		for _, r := range stages.Records(events[:s.Events]) {
			if strings.Contains(r.String(), secret) {
				t.Fatalf("free text in a record: %v", r)
			}
		}
		// Invariants of the procedure.
		if s.Final && !s.Dismissed {
			t.Fatal("final without a dismissal")
		}
		if s.Stage > stages.NoStage && s.Since.IsZero() {
			t.Fatal("a stage in effect with no date")
		}
		if s.AnnualLeavePayable && !s.Dismissed {
			t.Fatal("annual leave payable without a dismissal")
		}
		open := 0
		for _, m := range s.Meetings {
			if !m.Concluded() {
				open++
			}
		}
		if open > 1 {
			t.Fatalf("%d steps under way at once", open)
		}
	})
}

func FuzzEventJSON(f *testing.F) {
	for _, events := range scenarios() {
		b, _ := json.Marshal(events)
		f.Add(b)
	}
	f.Add([]byte(`[{"kind":"trigger-activated","date":"2026-03-02","triggers":["TRIG-1"]}]`))
	f.Add([]byte(`[{"kind":"hearing-held","date":"2026-03-02","panel":{"members":[{"role":"hr","chair":true}]}}]`))
	p := stages.HR14()
	f.Fuzz(func(t *testing.T, b []byte) {
		var events []stages.Event
		if err := json.Unmarshal(b, &events); err != nil {
			return
		}
		s, err := stages.Replay(events, p)
		var ee *stages.EventError
		if err != nil && !errors.As(err, &ee) {
			t.Fatalf("untyped error %T: %v", err, err)
		}
		// Accepted events round trip.
		accepted := events[:s.Events]
		j, err := json.Marshal(accepted)
		if err != nil {
			t.Fatalf("accepted events do not marshal: %v", err)
		}
		var back []stages.Event
		if err := json.Unmarshal(j, &back); err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(accepted, back, cmpopts.EquateEmpty()); d != "" {
			t.Fatalf("events round trip:\n%s", d)
		}
	})
}

// The fuzz seeds decode to valid cases, so the fuzzer starts from deep
// states of the procedure.
func TestFuzzSeeds_AreValid(t *testing.T) {
	for name, events := range scenarios() {
		got := decodeEvents(encodeSeed(events))
		if _, err := stages.Replay(got, stages.HR14()); err != nil || len(got) != len(events) {
			t.Errorf("%s: %d events: %v", name, len(got), err)
		}
	}
}

// FuzzResume applies an event to a state decoded from arbitrary JSON, as a
// host resuming a stored case does: no panic, and a typed error if refused.
func FuzzResume(f *testing.F) {
	p := stages.HR14()
	for _, events := range scenarios() {
		for _, k := range []int{1, len(events) / 2, len(events) - 1} {
			s, _ := stages.Replay(events[:k], p)
			sj, _ := json.Marshal(s)
			ej, _ := json.Marshal(events[k])
			f.Add(sj, ej)
		}
	}
	f.Fuzz(func(t *testing.T, sj, ej []byte) {
		var s stages.State
		var e stages.Event
		if json.Unmarshal(sj, &s) != nil || json.Unmarshal(ej, &e) != nil {
			return
		}
		defer watchdog()()
		n, err := s.Apply(e, p)
		if err != nil {
			var ee *stages.EventError
			if !errors.As(err, &ee) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			return
		}
		if _, err := n.NextSteps(n.Last, p, nil); err != nil {
			t.Fatal(err)
		}
		for _, m := range n.Meetings {
			_ = m.Deadlines(p)
		}
	})
}

// FuzzPolicy validates arbitrary policy numbers: Validate fails with a
// typed *PolicyError naming a field, or the policy replays every scenario —
// accepting or refusing each event with a typed error, in bounded time —
// and answers next steps and deadlines.
func FuzzPolicy(f *testing.F) {
	f.Add(7, 7, 14, 5, 5, 21, 5, 5, 4, 12, 2, 0, 1, 4)
	f.Add(0, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 6, 2, 5)
	f.Add(3660, 3660, 3660, 3660, 3660, 3660, 3660, 3660, 520, 520, 100, 120, 0, 6)
	f.Add(-1, 1<<40, 14, 5, 1<<40, 21, 5, 5, 4, 3, 0, -1, 3, 0)
	f.Fuzz(func(t *testing.T, notice, rearrange, mcase, ecase, letterDays, appeal, response, decision, minW, maxW, missed, lapse, from, terminal int) {
		p := stages.HR14()
		p.NoticeDays, p.RearrangeDays, p.ManagementCaseDays, p.EmployeeCaseDays = notice, rearrange, mcase, ecase
		p.DecisionLetterBusinessDays, p.AppealDays, p.AppealResponseBusinessDays, p.AppealDecisionBusinessDays = letterDays, appeal, response, decision
		p.RedeploymentMinWeeks, p.RedeploymentMaxWeeks, p.MissedMeetings, p.LapseMonths = minW, maxW, missed, lapse
		p.IllHealthRetirementFrom, p.TerminalDiagnosisFrom = stages.Stage(uint8(from)), stages.Step(uint8(terminal))
		defer watchdog()()
		if err := p.Validate(); err != nil {
			var pe *stages.PolicyError
			if !errors.As(err, &pe) || !errors.Is(err, stages.ErrInvalidPolicy) || pe.Field == "" {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			return
		}
		for name, events := range scenarios() {
			s, err := stages.Replay(events, p)
			if err != nil {
				var ee *stages.EventError
				if !errors.As(err, &ee) || ee.Rule.ID == "" && ee.Field == "" {
					t.Fatalf("%s: untyped error %v", name, err)
				}
			}
			if _, err := s.NextSteps(s.Last.AddDays(30), p, nil); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			for _, m := range s.Meetings {
				_ = m.Deadlines(p)
			}
		}
	})
}

// watchdog makes a fuzz input that runs for more than 10 seconds crash the
// fuzzing process, so that the fuzzer records it (it records panics, not
// hangs). Use it as defer watchdog()().
func watchdog() (stop func()) {
	done := make(chan struct{})
	go func() {
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			panic("fuzz input ran for more than 10 s: a hang")
		}
	}()
	return func() { close(done) }
}
