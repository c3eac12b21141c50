package letters

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/stages"
)

// A Chronology is the index of a tribunal bundle: every dated fact of one
// employee's case, in date order, each naming its source (an absence record
// or an event of the case) and the rule and clause it relates to, with the
// policy and version it was produced under and the date it is "as of"
// (LET-7). [NewChronology] builds it from a [Case]; a [Renderer] prints it as
// text or HTML (with the attendance timeline picture, LET-8) and it
// marshals to JSON as it is.
//
// It holds categories, dates, counts and rule IDs only: never a diagnosis,
// a note or a reference from a record or an event.
type Chronology struct {
	// Policy is the policy the case was evaluated under; Library the hr14
	// version (absence.LibraryVersion).
	Policy  absence.PolicyID `json:"policy"`
	Library string           `json:"library"`
	// AsOf is the date the chronology is produced as of: nothing after it
	// is listed.
	AsOf absence.Date `json:"asOf"`
	// Employee names the employee in the heading, e.g. "Jo Rivers
	// (N-4471)"; the host's, optional.
	Employee string `json:"employee,omitempty"`
	// Letterhead is the host's block at the top; optional.
	Letterhead Letterhead `json:"letterhead"`
	// From and To are the date range asked for (both included); zero:
	// unbounded.
	From absence.Date `json:"from,omitempty"`
	To   absence.Date `json:"to,omitempty"`
	// ReliesOn names the step whose reliance was asked for, e.g. "the stage
	// 3 final review hearing held on Monday 20 July 2026"; empty: every
	// fact.
	ReliesOn string `json:"reliesOn,omitempty"`
	// Entries are the facts, in date order.
	Entries []Entry `json:"entries"`
	// Timeline is the attendance timeline picture's content (LET-8); nil
	// when not drawn.
	Timeline *Timeline `json:"timeline,omitempty"`
}

// An Entry is one dated fact of a case.
type Entry struct {
	// Date is the day of the fact: an absence's or a certificate's first
	// day, the day an event happened.
	Date absence.Date `json:"date"`
	// Period is the days the fact covers (absences, certificates, gaps in
	// certification); zero for a fact of one day.
	Period absence.Period `json:"period"`
	Kind   EntryKind      `json:"kind"`
	Source Source         `json:"source"`
	// Rule is the rule and clause the fact relates to.
	Rule absence.Rule `json:"rule"`
	// Text says what happened, in one line of categories, dates and counts.
	Text string `json:"text"`
}

// A Source says where an entry comes from: an absence record, an event of
// the case, or the trigger points worked out from the records. Positions
// count from 1; 0 means none.
type Source struct {
	// Record is the absence record's position in the history
	// (absence.History.Records), and RecordID its ID when it has the shape
	// of one.
	Record   int    `json:"record,omitempty"`
	RecordID string `json:"recordId,omitempty"`
	// Event is the event's position in the case, EventID its ID when it has
	// the shape of one, and EventKind its kind.
	Event     int         `json:"event,omitempty"`
	EventID   string      `json:"eventId,omitempty"`
	EventKind stages.Kind `json:"eventKind,omitempty"`
	// Counted are the positions of the records a trigger activation counted
	// (trigger-activated and trigger-cleared entries, worked out from the
	// records).
	Counted []int `json:"counted,omitempty"`
}

// String names the source for a reader, e.g. "record 2 (A2)", "event 5
// (oh-referral-made)", "records 1, 2".
func (s Source) String() string {
	switch {
	case s.Event > 0:
		id := s.EventKind.String()
		if s.EventID != "" {
			id = s.EventID + ", " + id
		}
		return "event " + strconv.Itoa(s.Event) + " (" + id + ")"
	case s.Record > 0:
		if s.RecordID != "" {
			return "record " + strconv.Itoa(s.Record) + " (" + s.RecordID + ")"
		}
		return "record " + strconv.Itoa(s.Record)
	case len(s.Counted) > 0:
		out := make([]string, len(s.Counted))
		for i, n := range s.Counted {
			out[i] = strconv.Itoa(n)
		}
		if len(out) == 1 {
			return "record " + out[0]
		}
		return "records " + join(out)
	default:
		return "the employee's record"
	}
}

// An EntryKind says what sort of fact an entry is. Text codes are in
// parentheses.
type EntryKind uint8

// The kinds of entry.
const (
	EntryAbsence           EntryKind = iota + 1 // an absence record: its days, kind, reason category, working days and episode ("absence")
	EntryCertificate                            // a self-certificate or fit note received ("certificate")
	EntryUncertified                            // days needing a fit note with none received in time: pay withheld (PAY-4) ("uncertified")
	EntryReturned                               // the first day back at work ("returned")
	EntryInterview                              // a return-to-work interview and what its record says ("rtw-interview")
	EntryContact                                // the manager's contact during the absence ("contact")
	EntrySelfCertification                      // a decision to withdraw or restore self-certification ("self-certification")
	EntryTriggerActivated                       // a trigger point activated, worked out from the records ("trigger-activated")
	EntryTriggerCleared                         // a trigger point no longer active ("trigger-cleared")
	EntryEvent                                  // an event of the case: a meeting, a letter, a record of a duty ("event")
	numEntryKinds
)

var entryKindCodes = [numEntryKinds]string{"", "absence", "certificate", "uncertified", "returned", "rtw-interview",
	"contact", "self-certification", "trigger-activated", "trigger-cleared", "event"}

// String returns the kind's code, e.g. "absence".
func (k EntryKind) String() string {
	if k > 0 && k < numEntryKinds {
		return entryKindCodes[k]
	}
	return "entry-kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the kind's code.
func (k EntryKind) MarshalText() ([]byte, error) {
	if k == 0 || k >= numEntryKinds {
		return nil, &FieldError{Field: "Entry.Kind", Detail: k.String(), Err: ErrInvalid}
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *EntryKind) UnmarshalText(b []byte) error {
	for i := EntryAbsence; i < numEntryKinds; i++ {
		if entryKindCodes[i] == string(b) {
			*k = i
			return nil
		}
	}
	return &FieldError{Field: "Entry.Kind", Detail: "unknown kind of entry; expected one of " + join(entryKindCodes[1:]), Err: ErrInvalid}
}

// ChronologyOptions say which chronology to build.
type ChronologyOptions struct {
	// AsOf is the date the chronology is produced as of; required. Records
	// starting and events dated after it are not listed; an absence still
	// running is listed to its last day known.
	AsOf absence.Date
	// Policy names the policy the case is evaluated under; zero:
	// absence.HR14v16().
	Policy absence.PolicyID
	// Employee and Letterhead are the host's, for the heading; optional.
	Employee   string
	Letterhead Letterhead
	// From and To limit the entries to a date range (both included); zero:
	// unbounded. An entry covering days is kept when any of its days is in
	// the range.
	From, To absence.Date
	// ReliesOn keeps only the facts that the most recent meeting of this
	// step relied on (LET-7), and the timeline shows only them, with its
	// windows at the step's conclusion unless At is given; StepNone keeps
	// every fact.
	ReliesOn stages.Step
	// Contacts are the days the manager contacted the employee during each
	// absence, by the record's index in the history (Monitor.History().
	// Records); optional.
	Contacts [][]absence.Date
	// At is the date the timeline picture shows the rolling windows at;
	// zero: AsOf. NoTimeline leaves the picture out.
	At         absence.Date
	NoTimeline bool
}

// NewChronology returns the chronology of the case c (LET-7): its absence
// records (c.Monitor's history) with their certificates, gaps in
// certification, returns and return-to-work interviews, and the manager's
// contacts; the decisions on self-certification; the trigger activations
// and clearances worked out from the records, as the trigger policy counts
// them after each formal stage (TRIG-7); and every event of the case
// (c.Events), meetings, letters, records of duties and decisions with the
// matters and alternatives considered. It adds the timeline picture
// (LET-8) unless asked not to.
//
// c.Events are the events the case has recorded, as replayed into c.State
// (State.Events must equal len(c.Events)); c.Monitor is required. It fails
// with a *FieldError for invalid options and a *CaseError for a case that
// does not hold together (a state that is not the replay of the events, a
// step to rely on that the case does not hold).
func NewChronology(c Case, o ChronologyOptions) (Chronology, error) {
	const k = Kind(0)
	ch := &checker{}
	ch.date("AsOf", o.AsOf, true)
	ch.date("From", o.From, false)
	ch.date("To", o.To, false)
	ch.date("At", o.At, false)
	ch.text("Employee", o.Employee, false)
	if !o.From.IsZero() && !o.To.IsZero() {
		ch.order("From", o.From, "To", o.To, false)
	}
	if err := ch.err(); err != nil {
		return Chronology{}, err
	}
	switch {
	case c.Monitor == nil:
		return Chronology{}, &CaseError{Kind: k, Detail: "the chronology needs the employee's absence history (Case.Monitor)"}
	case c.State.Events != len(c.Events):
		return Chronology{}, &CaseError{Kind: k, Detail: "the case's state is not the replay of its events (" + strconv.Itoa(c.State.Events) + " events applied, " + strconv.Itoa(len(c.Events)) + " given)"}
	}
	pol := o.Policy
	if pol.IsZero() {
		pol = absence.HR14v16()
	}
	if err := pol.Validate(); err != nil {
		return Chronology{}, &CaseError{Kind: k, Detail: "the policy is not named", Cause: err}
	}
	out := Chronology{Policy: pol, Library: absence.LibraryVersion, AsOf: o.AsOf, Employee: o.Employee, Letterhead: o.Letterhead,
		From: o.From, To: o.To}
	b := chronicler{c: c, o: o, h: c.Monitor.History()}
	entries, err := b.entries()
	if err != nil {
		return Chronology{}, err
	}
	var rel *relied
	if o.ReliesOn != stages.StepNone {
		if rel, err = b.reliance(o.ReliesOn); err != nil {
			return Chronology{}, err
		}
		entries = slices.DeleteFunc(entries, func(e Entry) bool { return !rel.keep(e) })
		out.ReliesOn = rel.what
	}
	if !o.From.IsZero() || !o.To.IsZero() {
		entries = slices.DeleteFunc(entries, func(e Entry) bool { return !inRange(e, o.From, o.To) })
	}
	out.Entries = entries
	if out.Entries == nil {
		out.Entries = []Entry{}
	}
	if !o.NoTimeline {
		at := o.At
		switch {
		case !at.IsZero():
		case rel != nil:
			at = rel.end
		default:
			at = o.AsOf
		}
		t, err := b.timeline(at)
		if err != nil {
			return Chronology{}, err
		}
		if rel != nil {
			rel.picture(&t, b.h)
			t.Span = b.span(t)
		}
		out.Timeline = &t
	}
	return out, nil
}

// inRange reports whether any day of e is from from to to (zero: unbounded).
func inRange(e Entry, from, to absence.Date) bool {
	first, last := e.Date, e.Date
	if !e.Period.IsZero() {
		first, last = e.Period.Start, e.Period.End
	}
	return (from.IsZero() || !last.Before(from)) && (to.IsZero() || !first.After(to))
}

// entryOrder orders entries by date, then the record-based facts before the
// trigger points worked out from them before the events, each group in its
// own order.
func entryOrder(a, b ordered) int {
	return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.group, b.group), cmp.Compare(a.seq, b.seq))
}

// An ordered entry carries its sort key while the chronology is built.
type ordered struct {
	Entry
	group, seq int
}
