package stages

import (
	"fmt"
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// hrReviewed handles HRReviewed (STAGE-17).
func (t *tx) hrReviewed() error {
	m := t.current()
	if m == nil || (m.Step != StepStage3 && m.Step != StepIllHealth) || !m.Held.IsZero() {
		return t.reject(ErrNotDue, ruleHRReview, "HR Employee Relations reviews the case before a final review hearing; none is awaiting one")
	}
	hr := t.n.hr()
	hr.Reviewed = t.e.Date
	t.n.HRAdvice = &hr
	t.n.HRNotified = t.e.Date // the review is HR's advice on the case
	t.note(ruleHRReview, "HR Employee Relations reviewed the case with the presenting manager on %s: the procedure was followed and it is reasonable to proceed to the %s", t.e.Date, m.Step)
	return nil
}

// deliberationMeeting returns the last final review hearing (or ill-health
// retirement meeting) held.
func (t *tx) deliberationMeeting() (*Meeting, error) {
	for i := len(t.n.Meetings) - 1; i >= 0; i-- {
		m := &t.n.Meetings[i]
		if (m.Step == StepStage3 || m.Step == StepIllHealth) && m.Superseded.IsZero() && !m.Held.IsZero() {
			return m, nil
		}
	}
	return nil, t.reject(ErrNotDue, ruleDeliberation, "no final review hearing has been held")
}

// deliberationRecorded handles DeliberationRecorded (STAGE-18).
func (t *tx) deliberationRecorded() error {
	m, err := t.deliberationMeeting()
	if err != nil {
		return err
	}
	return t.deliberate(m, t.e.Deliberation)
}

// deliberate adds d to the deliberation of m.
func (t *tx) deliberate(m *Meeting, d *Deliberation) error {
	if d.Notes != nil && d.Notes.Kind == NotesCovert {
		return t.reject(ErrRequirement, rulePresent, "covert recordings are not permitted (IT07) and cannot be the record of the hearing")
	}
	m.Deliberation = mergeDeliberation(m.Deliberation, d)
	got := m.Deliberation
	t.note(ruleDeliberation, "deliberation of the %s of %s recorded on %s: %d of %d matters and %d of %d alternatives to dismissal considered%s",
		m.Step, m.Held, t.e.Date, len(got.Matters), numMatters-1, len(got.Alternatives), numAlternatives-1,
		map[bool]string{false: "", true: "; notes kept (" + notesKind(got.Notes) + ")"}[got.Notes != nil])
	return nil
}

func notesKind(n *HearingNotes) string {
	if n == nil {
		return ""
	}
	return n.Kind.String()
}

// mergeDeliberation returns old with add merged in, sharing no memory with
// either: a later entry for a matter or alternative replaces the earlier one,
// and a reference or date given replaces the old one.
func mergeDeliberation(old, add *Deliberation) *Deliberation {
	var d Deliberation
	if old != nil {
		d = *old
		d.Matters, d.Alternatives = slices.Clone(old.Matters), slices.Clone(old.Alternatives)
	}
	for _, c := range add.Matters {
		if i := slices.IndexFunc(d.Matters, func(x Consideration) bool { return x.Matter == c.Matter }); i >= 0 {
			d.Matters[i] = c
		} else {
			d.Matters = append(d.Matters, c)
		}
	}
	for _, a := range add.Alternatives {
		if i := slices.IndexFunc(d.Alternatives, func(x AlternativeConsidered) bool { return x.Alternative == a.Alternative }); i >= 0 {
			d.Alternatives[i] = a
		} else {
			d.Alternatives = append(d.Alternatives, a)
		}
	}
	slices.SortStableFunc(d.Matters, func(a, b Consideration) int { return int(a.Matter) - int(b.Matter) })
	slices.SortStableFunc(d.Alternatives, func(a, b AlternativeConsidered) int { return int(a.Alternative) - int(b.Alternative) })
	if add.Notes != nil {
		n := *add.Notes
		d.Notes = &n
	} else if d.Notes != nil {
		n := *d.Notes
		d.Notes = &n
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&d.Outcome, add.Outcome)
	set(&d.Minutes, add.Minutes)
	set(&d.ActionPlan, add.ActionPlan)
	if !add.ReliesOn.IsZero() {
		d.ReliesOn = add.ReliesOn
	}
	return &d
}

// Missing returns what the panel of m has not recorded of its deliberation
// before a decision to dismiss at the final review hearing (STAGE-17,
// STAGE-18), each with its rule, in s: HR Employee Relations' review, an
// Occupational Health opinion dated after the last absence relied on (unless
// the employee failed to attend or consent), each of the seven matters of
// SAP 1.5, each of the five alternatives to dismissal, the presence of the
// reviewing manager and the HR representative advising the case (marked
// Presenting on the hearing's panel), and how the notes were kept. It is
// empty for any other step.
func (s State) Missing(m Meeting) []absence.Finding {
	out, _ := s.missing(m)
	return out
}

// missing returns Missing and a short summary of it, the matters and the
// alternatives each given as one item listing their codes.
func (s State) missing(m Meeting) ([]absence.Finding, []string) {
	if m.Step != StepStage3 {
		return nil, nil
	}
	var out []absence.Finding
	var summary []string
	add := func(rule absence.Rule, short, format string, args ...any) {
		out = append(out, absence.Finding{Rule: rule, Text: fmt.Sprintf(format, args...)})
		if short != "" {
			summary = append(summary, short)
		}
	}
	if r := s.hr().Reviewed; r.IsZero() || r.Before(m.Due) {
		text := "HR Employee Relations' review that the procedure was followed and it is reasonable to proceed"
		add(ruleHRReview, text, "%s", text)
	}
	relies := m.Due
	if m.Route != RouteTrigger && m.Route != RouteLongTerm {
		relies = absence.Date{}
	}
	if d := m.Deliberation; d != nil && !d.ReliesOn.IsZero() {
		relies = d.ReliesOn
	}
	failed := !s.OH.Failed.IsZero() && !s.OH.Failed.Before(relies)
	if !relies.IsZero() && !failed && !s.OH.Reported.After(relies) {
		last := "none is recorded"
		if !s.OH.Reported.IsZero() {
			last = "the last is of " + s.OH.Reported.String()
		}
		text := fmt.Sprintf("an Occupational Health opinion dated after %s, the last absence the hearing relies on (%s)", relies, last)
		add(ruleOHUpdated, text, "%s", text)
	}
	var d Deliberation
	if m.Deliberation != nil {
		d = *m.Deliberation
	}
	var codes []string
	for _, mt := range Matters() {
		if !slices.ContainsFunc(d.Matters, func(c Consideration) bool { return c.Matter == mt }) {
			add(ruleDeliberation, "", "the matter considered: %s (%s)", strings.TrimPrefix(mt.String(), "your "), mt.Code())
			codes = append(codes, mt.Code())
		}
	}
	if len(codes) > 0 {
		summary = append(summary, "the matters of SAP 1.5 considered ("+strings.Join(codes, ", ")+")")
	}
	codes = codes[:0]
	for _, a := range Alternatives() {
		if !slices.ContainsFunc(d.Alternatives, func(c AlternativeConsidered) bool { return c.Alternative == a }) {
			add(ruleDeliberation, "", "the alternative to dismissal considered: %s (%s)", strings.TrimPrefix(a.String(), "your "), a.Code())
			codes = append(codes, a.Code())
		}
	}
	if len(codes) > 0 {
		summary = append(summary, "the alternatives to dismissal considered ("+strings.Join(codes, ", ")+")")
	}
	var manager, hr bool
	if m.Panel != nil {
		for _, mb := range m.Panel.Members {
			manager = manager || (mb.Presenting && mb.Role == LineManager)
			hr = hr || (mb.Presenting && mb.Role == HRRepresentative)
		}
	}
	if !manager {
		add(rulePresent, "the reviewing manager's presence", "the manager who carried out the reviews, present at the hearing (a presenting line manager on the panel)")
	}
	if !hr {
		add(rulePresent, "the advising HR representative's presence", "the HR representative who has been advising on the case, present at the hearing (a presenting HR representative on the panel)")
	}
	if d.Notes == nil {
		add(rulePresent, "the notes of the hearing", "how the notes of the hearing were kept (a note taker or the panel's recorder)")
	}
	return out, summary
}

// rejectMissing builds the ErrDeliberation error for the event, with the
// items missing.
func (t *tx) rejectMissing(miss []absence.Finding, format string, args ...any) error {
	return &EventError{Index: t.n.Events, ID: t.e.ID, Kind: t.e.Kind, Date: t.e.Date, Rule: ruleDeliberation,
		Detail: fmt.Sprintf(format, args...), Err: ErrDeliberation, Missing: miss}
}

// gateDismissal refuses a dismissal at the final review hearing without the
// full record of the deliberation, unless the event overrides it with a
// reason (STAGE-18).
func (t *tx) gateDismissal(m *Meeting) error {
	e := t.e
	if e.Deliberation != nil {
		if err := t.deliberate(m, e.Deliberation); err != nil {
			return err
		}
	}
	miss, summary := t.n.missing(*m)
	if len(miss) == 0 {
		if e.DeliberationOverride != nil {
			t.note(ruleDeliberation, "a deliberation override was given, but the deliberation is fully recorded")
		}
		return nil
	}
	texts := strings.Join(summary, "; ")
	if e.DeliberationOverride == nil {
		return t.rejectMissing(miss, "%s not recorded: %s; record them, or give deliberationOverride with its reason",
			plural(len(miss), "item"), texts)
	}
	o := *e.DeliberationOverride
	m.Override = &o
	t.note(ruleDeliberation, "dismissal decided on an override (%s) without the record of: %s", o.Reason, texts)
	return nil
}
