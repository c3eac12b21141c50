package letters

import (
	"slices"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// reliance returns which entries the most recent meeting of step st relied
// on, and names the meeting (LET-7):
//
//   - the absence records the step's basis relies on, and that of every
//     formal step before it in the case (the episodes the trigger
//     activations that made each due counted, or the long-term absence
//     ongoing), with their certificates, returns, interviews and contacts;
//   - the trigger activations that made those steps due;
//   - every event up to the step's conclusion (its outcome or termination
//     letter, else its decision, else the day it was held; else the as-of
//     date): the panel considers "the overall management of the individual
//     and all actions taken to date" (Conduct of Stage 3).
//
// Entries of other records, decisions on self-certification, activations
// that made no step due and everything after the step are left out.
func (b *chronicler) reliance(st stages.Step) (*relied, error) {
	ms := b.c.State.Meetings
	at := -1
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Step == st && !ms[i].Due.After(b.o.AsOf) {
			at = i
			break
		}
	}
	if at < 0 {
		return nil, &CaseError{Detail: "the case has no " + st.String() + " to rely on"}
	}
	m := ms[at]
	end, what := b.o.AsOf, "the "+st.String()+" due from "+m.Due.LongDate()
	switch {
	case !m.Letter.IsZero():
		end = m.Letter
	case !m.Decided.IsZero():
		end = m.Decided
	case !m.Held.IsZero():
		end = m.Held
	}
	if !m.Held.IsZero() {
		what = "the " + st.String() + " held on " + m.Held.LongDate()
	}
	if end.After(b.o.AsOf) {
		end = b.o.AsOf
	}
	records := map[int]bool{} // positions from 1
	acts := map[actKey]bool{} // activations that made a step due
	for j := 0; j <= at; j++ {
		if !ms[j].Superseded.IsZero() {
			continue
		}
		if err := b.basisOf(j, records, acts); err != nil {
			return nil, err
		}
	}
	return &relied{records: records, acts: acts, end: end, what: what}, nil
}

// relied is what a step relied on: the records (by position, from 1), the
// activations, and the day the step concluded.
type relied struct {
	records map[int]bool
	acts    map[actKey]bool
	end     absence.Date
	what    string
}

// keep reports whether the step relied on entry e.
func (r *relied) keep(e Entry) bool {
	if e.Date.After(r.end) {
		return false
	}
	switch e.Kind {
	case EntryEvent:
		return true
	case EntryTriggerActivated:
		return r.acts[actKey{e.Rule.ID, e.Date}]
	case EntryTriggerCleared, EntrySelfCertification:
		return false
	default:
		return r.records[e.Source.Record]
	}
}

// picture keeps in t only what the step relied on: the bars of its
// records, their episodes, the activations and the meetings up to its end.
func (r *relied) picture(t *Timeline, h absence.History) {
	t.Bars = slices.DeleteFunc(t.Bars, func(x TimelineBar) bool { return !r.records[x.Record] })
	t.Episodes = slices.DeleteFunc(t.Episodes, func(e TimelineEpisode) bool {
		for _, ri := range h.Episodes[e.Number-1].Records {
			if r.records[ri+1] {
				return false
			}
		}
		return true
	})
	t.Marks = slices.DeleteFunc(t.Marks, func(m TimelineMark) bool {
		return m.Date.After(r.end) || (m.Kind != MarkMeeting && !r.acts[actKey{m.Label, m.Date}])
	})
}

// An actKey names an activation: its trigger and day.
type actKey struct {
	id   string
	date absence.Date
}

// basisOf adds the records and activations the meeting at index i relied
// on to the sets.
func (b *chronicler) basisOf(i int, records map[int]bool, acts map[actKey]bool) error {
	m := b.c.State.Meetings[i]
	asOf := m.Invited
	if asOf.IsZero() || asOf.After(b.o.AsOf) {
		asOf = m.Due
	}
	h := b.h
	addEpisode := func(ep int) {
		if ep < 0 || ep >= len(h.Episodes) {
			return
		}
		for _, ri := range h.Episodes[ep].Records {
			records[ri+1] = true
		}
	}
	switch m.Route {
	case stages.RouteLongTerm:
		for k, ep := range h.Episodes {
			if ep.Period.Contains(m.Due) {
				addEpisode(k)
			}
		}
	case stages.RouteTrigger:
		found, err := b.c.activations(0, m, b.c.countedFrom(i), asOf)
		if err != nil {
			return err
		}
		for _, a := range found {
			acts[actKey{a.Trigger.String(), a.Date}] = true
			for _, c := range a.Evidence.Counted {
				addEpisode(c.Episode)
			}
		}
	default: // the redeployment register, ill-health retirement, an appeal: no absences of their own
	}
	return nil
}
