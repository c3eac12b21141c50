package letters

import (
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// The rules the chronology's record-based entries relate to (the ABS rules
// of package absence, the PAY rule of package payroll).
var (
	ruleSickness       = absence.Rule{ID: "ABS-2", Clause: "HR14 §4.1, §4.2, Proc 12"}
	ruleLeave          = absence.Rule{ID: "ABS-8", Clause: "HR14 Proc 15"}
	ruleUnauthorised   = absence.Rule{ID: "ABS-5", Clause: "HR14 Proc 2, Proc 9"}
	ruleExclusion      = absence.Rule{ID: "ABS-7", Clause: "HR14 Proc 19"}
	ruleSuspension     = absence.Rule{ID: "ABS-7", Clause: "HR14 §4.6"}
	ruleSelfCert       = absence.Rule{ID: "ABS-4", Clause: "HR14 Proc 13"}
	ruleFitNote        = absence.Rule{ID: "ABS-4", Clause: "HR14 Proc 14, App 2"}
	rulePayWithheld    = absence.Rule{ID: "PAY-4", Clause: "HR14 Proc 14"}
	ruleReturned       = absence.Rule{ID: "ABS-6", Clause: "HR14 Proc 16"}
	ruleInterview      = absence.Rule{ID: "ABS-11", Clause: "HR14 §5.3.7, Proc 16, SAP 1.1"}
	ruleContact        = absence.Rule{ID: "ABS-10", Clause: "HR14 §5.3.2, Proc 8, App 14"}
	ruleSelfCertDecide = absence.Rule{ID: "ABS-4", Clause: "HR14 Proc 13 (withdrawal of self-certification)"}
)

// A chronicler builds the entries of one chronology.
type chronicler struct {
	c Case
	o ChronologyOptions
	h absence.History
}

// The groups entries of one day are listed in.
const (
	groupRecords = iota
	groupTriggers
	groupEvents
)

// entries returns every fact of the case as of o.AsOf, in order.
func (b *chronicler) entries() ([]Entry, error) {
	var all []ordered
	add := func(group int, e Entry) {
		all = append(all, ordered{Entry: e, group: group, seq: len(all)})
	}
	if err := b.records(func(e Entry) { add(groupRecords, e) }); err != nil {
		return nil, err
	}
	acts, err := b.activations()
	if err != nil {
		return nil, err
	}
	for _, a := range acts {
		add(groupTriggers, a)
	}
	for _, e := range b.events() {
		add(groupEvents, e)
	}
	slices.SortStableFunc(all, entryOrder)
	out := make([]Entry, len(all))
	for i, o := range all {
		out[i] = o.Entry
		out[i].Text = capitalise(out[i].Text)
	}
	return out, nil
}

// records adds the entries of the absence records: each absence, its
// certificates, return and interview, the contacts, the days without a
// timely certificate, and the decisions on self-certification.
func (b *chronicler) records(add func(Entry)) error {
	h, asOf := b.h, b.o.AsOf
	episodeOf := map[int]int{}
	for i, ep := range h.Episodes {
		for _, r := range ep.Records {
			episodeOf[r] = i
		}
	}
	for i, r := range h.Records {
		if r.Period.Start.After(asOf) {
			continue
		}
		src := Source{Record: i + 1, RecordID: idOf(r.ID)}
		p := r.Period
		if p.End.After(asOf) {
			p.End = asOf
		}
		ep, inEpisode := episodeOf[i]
		add(Entry{Date: p.Start, Period: p, Kind: EntryAbsence, Source: src, Rule: recordRule(r), Text: b.absenceText(r, p, ep, inEpisode)})
		for _, ct := range r.Certificates {
			if !ct.Received.IsValid() || ct.Received.After(asOf) || !ct.Covers.IsValid() {
				continue
			}
			rule := ruleSelfCert
			if ct.Kind == absence.FitNote {
				rule = ruleFitNote
			}
			add(Entry{Date: ct.Received, Period: ct.Covers, Kind: EntryCertificate, Source: src, Rule: rule,
				Text: ct.Kind.String() + " received, covering " + shortPeriod(ct.Covers)})
		}
		if d := r.Returned; d.IsValid() && !d.After(asOf) {
			add(Entry{Date: d, Kind: EntryReturned, Source: src, Rule: ruleReturned, Text: "returned to work"})
		}
		if d := r.Interviewed; d.IsValid() && !d.After(asOf) {
			add(Entry{Date: d, Kind: EntryInterview, Source: src, Rule: ruleInterview, Text: interviewText(r.Interview)})
		}
		if i < len(b.o.Contacts) {
			for _, d := range b.o.Contacts[i] {
				if d.IsValid() && !d.After(asOf) {
					add(Entry{Date: d, Kind: EntryContact, Source: src, Rule: ruleContact, Text: "the manager contacted the employee during the absence"})
				}
			}
		}
	}
	for i, ep := range h.Episodes {
		if ep.Period.Start.After(asOf) {
			continue
		}
		cert, err := h.Certification(i, asOf)
		if err != nil {
			return &CaseError{Detail: "cannot check the certificates of episode " + shortPeriod(ep.Period), Cause: err}
		}
		for _, p := range cert.Uncovered {
			src := Source{}
			for _, ri := range ep.Records {
				if h.Records[ri].Period.Overlaps(p) {
					src = Source{Record: ri + 1, RecordID: idOf(h.Records[ri].ID)}
					break
				}
			}
			text := "the fit note for " + shortPeriod(p) + " (" + plural(p.Days(), "day") + ") was received late: pay for them is withheld until a reasonable explanation is given for the delay"
			for _, m := range cert.Missing {
				if m.Overlaps(p) {
					text = "no fit note was received for " + shortPeriod(p) + " (" + plural(p.Days(), "day") + "): pay for them is withheld until one is produced and a reasonable explanation given"
				}
			}
			add(Entry{Date: p.Start, Period: p, Kind: EntryUncertified, Source: src, Rule: rulePayWithheld, Text: text})
		}
	}
	for _, d := range h.Employee.SelfCertification {
		if !d.From.IsValid() || d.From.After(asOf) {
			continue
		}
		text := "the right to self-certify is restored from " + shortDate(d.From)
		if d.Withdrawn {
			text = "the right to self-certify is withdrawn from " + shortDate(d.From) + ": a fit note is needed from day 1"
		}
		if d.HRAdvised.IsValid() {
			text += "; HR advised on " + shortDate(d.HRAdvised)
		}
		add(Entry{Date: d.From, Kind: EntrySelfCertification, Rule: ruleSelfCertDecide, Text: text})
	}
	return nil
}

// recordRule is the rule an absence record relates to, by its kind.
func recordRule(r absence.Record) absence.Rule {
	switch r.Kind {
	case absence.Leave:
		return ruleLeave
	case absence.Unauthorised:
		return ruleUnauthorised
	case absence.MedicalExclusion:
		return ruleExclusion
	case absence.MedicalSuspension:
		return ruleSuspension
	default:
		return ruleSickness
	}
}

// absenceText describes record r over p (its days up to the as-of date):
// the kind, the reason category, the part day, the working days that count
// and its episode.
func (b *chronicler) absenceText(r absence.Record, p absence.Period, ep int, inEpisode bool) string {
	h := b.h
	var s strings.Builder
	s.WriteString(r.Kind.String() + ", " + shortPeriod(p))
	if r.Reason != absence.ReasonUnknown {
		s.WriteString(" (" + r.Reason.String() + ")")
	}
	if r.Period.End.After(b.o.AsOf) {
		s.WriteString(", still absent on " + shortDate(b.o.AsOf))
	}
	if pd := r.PartDay; pd != nil {
		s.WriteString("; went home ill part-way through the shift on " + shortDate(r.Period.Start) + " (" + pd.Worked.String() + " hours worked)")
	}
	if !inEpisode {
		if r.IsSickness() {
			s.WriteString("; no scheduled shift lost: no episode")
		} else {
			s.WriteString("; not sickness")
		}
		return s.String()
	}
	e := h.Episodes[ep]
	days := 0
	for _, run := range e.Triggers.Counted {
		if q, ok := run.Intersect(p); ok {
			days += h.Employee.Schedule.ScheduledDays(q)
		}
	}
	switch {
	case !r.IsSickness():
		s.WriteString("; not sickness, inside episode " + itoa(ep+1))
	default:
		s.WriteString("; " + plural(days, "working day") + " counted towards the trigger points; episode " + itoa(ep+1))
		if e.LongTerm {
			s.WriteString(" (long term)")
		}
	}
	var causes []string
	for _, x := range e.Triggers.Excluded {
		if x.Period.Overlaps(p) && r.IsSickness() && x.Cause != absence.CauseLeave {
			causes = append(causes, x.Cause.String())
		}
	}
	if causes = slices.Compact(causes); len(causes) > 0 {
		s.WriteString("; days not counted: " + join(causes))
	}
	return s.String()
}

// interviewText describes a return-to-work interview from its record.
func interviewText(v *absence.Interview) string {
	if v == nil {
		return "return-to-work interview held; no record of what it covered"
	}
	var covered []string
	for _, x := range []struct {
		on   bool
		what string
	}{
		{v.TriggersExplained, "trigger points explained"},
		{v.NextStepsExplained, "next formal steps explained"},
		{v.SupportDiscussed, "support discussed"},
		{v.AdjustmentsDiscussed, "adjustments discussed"},
		{v.BarExplained, "the week without additional hours explained"},
	} {
		if x.on {
			covered = append(covered, x.what)
		}
	}
	s := "return-to-work interview held by the " + strings.ReplaceAll(v.HeldBy.String(), "-", " ")
	if len(covered) > 0 {
		s += ": " + strings.Join(covered, "; ")
	}
	if len(v.Headroom) > 0 {
		hs := make([]string, len(v.Headroom))
		for k, hr := range v.Headroom {
			hs[k] = hr.Trigger + " " + hr.Left.String() + " left"
		}
		s += "; headroom shown: " + strings.Join(hs, ", ")
	}
	if v.OHReferral != absence.OHNotConsidered {
		s += "; OH referral: " + strings.ReplaceAll(v.OHReferral.String(), "-", " ")
	}
	if v.FitNote != absence.NoFitNote {
		s += "; fit note: " + strings.ReplaceAll(v.FitNote.String(), "-", " ")
	}
	return s
}

// stageStarts returns the dates from which the trigger policy counts, in
// order: the stage 1 and 2 meetings held and the decisions returning the
// employee to stage 2 (State.Since at each change), up to asOf.
func stageStarts(s stages.State, asOf absence.Date) []absence.Date {
	var out []absence.Date
	for _, m := range s.Meetings {
		var d absence.Date
		switch {
		case !m.Superseded.IsZero():
		case (m.Step == stages.StepStage1 || m.Step == stages.StepStage2) && !m.Held.IsZero():
			d = m.Held
		case m.Decision == stages.DecisionNotDismiss || m.Decision == stages.DecisionOverturned:
			d = m.Decided
		}
		if d.IsValid() && !d.After(asOf) && (len(out) == 0 || d.After(out[len(out)-1])) {
			out = append(out, d)
		}
	}
	return out
}

// activations returns the trigger activations and clearances as the trigger
// policy counts them at each point of the case: up to the first formal
// meeting over the whole history, then after each stage meeting (or the
// decision returning the employee to stage 2) only as counted from it
// (TRIG-7), until the next one. A clearance is listed when it comes before
// counting starts afresh.
func (b *chronicler) activations() ([]Entry, error) {
	asOf := b.o.AsOf
	starts := append([]absence.Date{{}}, stageStarts(b.c.State, asOf)...)
	var out []Entry
	for k, since := range starts {
		end := asOf
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		mon := b.c.Monitor
		if !since.IsZero() {
			var err error
			if mon, err = mon.Since(since); err != nil {
				return nil, &CaseError{Detail: "cannot count from " + since.String(), Cause: err}
			}
		}
		acts, err := mon.TimelineTo(asOf)
		if err != nil {
			return nil, &CaseError{Detail: "cannot work out the trigger points as of " + asOf.String(), Cause: err}
		}
		for _, a := range acts {
			if a.Date.After(end) || (!since.IsZero() && !a.Date.After(since)) {
				continue
			}
			src := Source{Counted: b.countedRecords(a)}
			rule := absence.Rule{ID: a.Rule.ID, Clause: a.Rule.Clause}
			out = append(out, Entry{Date: a.Date, Kind: EntryTriggerActivated, Source: src, Rule: rule, Text: activationText(a)})
			if c := a.Cleared; c.IsValid() && !c.After(end) {
				out = append(out, Entry{Date: c, Kind: EntryTriggerCleared, Source: src, Rule: rule,
					Text: a.Trigger.String() + " no longer active: " + point(a) + " not reached from this day"})
			}
		}
	}
	return out, nil
}

// countedRecords returns the positions (from 1) of the records of the
// episodes an activation counted.
func (b *chronicler) countedRecords(a triggers.Activation) []int {
	var out []int
	for _, c := range a.Evidence.Counted {
		if c.Episode < 0 || c.Episode >= len(b.h.Episodes) {
			continue
		}
		for _, ri := range b.h.Episodes[c.Episode].Records {
			if b.h.Records[ri].IsSickness() && !b.h.Records[ri].Period.Start.After(b.o.AsOf) {
				out = append(out, ri+1)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// activationText says what reached a trigger point, in the third person,
// e.g. "TRIG-1 activated: 2 episodes of sickness absence in a rolling
// 6-month period — 2 episodes in the 6 months from 3 Sep 2025 to 2 Mar
// 2026 (episodes 1, 2)".
func activationText(a triggers.Activation) string {
	ev, th := a.Evidence, a.Evidence.Threshold
	var count string
	switch a.Trigger {
	case triggers.TRIG1, triggers.TRIG3:
		count = plural(ev.Episodes, "episode")
	case triggers.TRIG2, triggers.TRIG4:
		count = plural(ev.WorkingDays, "working day") + " lost"
		if th.Unit == triggers.Hours {
			count = count1(ev.Hours.String(), "hour") + " lost"
		}
	default: // TRIG-5
		start := a.Date
		if len(ev.Counted) > 0 {
			start = ev.Counted[0].Span.Start
		}
		return a.Trigger.String() + " activated: " + point(a) + " — the absence from " + shortDate(start) + " reached " + plural(ev.CalendarDays, "calendar day")
	}
	s := a.Trigger.String() + " activated: " + point(a) + " — " + count + " in the " + plural(ev.Months, "month") + " from " +
		shortDate(ev.Window.Start) + " to " + shortDate(ev.Window.End)
	if th.Unit != triggers.Episodes && !th.FTE.IsZero() && !th.FTE.Equal(decimal.NewFromInt(1)) {
		s += " (threshold " + count1(th.Value.String(), th.Unit.String()[:len(th.Unit.String())-1]) + " pro rata)"
	}
	if !a.Meeting.IsZero() {
		if a.Counting == triggers.CountAfterMeeting {
			s += ", counting only sickness after " + shortDate(a.Meeting)
		} else {
			s += ", including sickness after " + shortDate(a.Meeting)
		}
	}
	return s
}

// count1 writes a decimal count and its noun, "1 hour", "7.5 hours".
func count1(n, noun string) string {
	if n == "1" {
		return "1 " + noun
	}
	return n + " " + noun + "s"
}

// idOf returns a host's ID when it has the shape of one, else "".
func idOf(id string) string {
	if absence.QuoteID(id) == "" {
		return ""
	}
	return id
}
