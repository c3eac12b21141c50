package letters_test

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
	"github.com/shopspring/decimal"
)

// chronologyA is the chronology of journey A, dismissed and appealed, as of
// 1 September 2026.
func chronologyA(t testing.TB, o letters.ChronologyOptions) (letters.Chronology, error) {
	t.Helper()
	m, events := journeyA(t)
	events = dismissedA(events)
	if o.AsOf.IsZero() {
		o.AsOf = day("2026-09-01")
	}
	return letters.NewChronology(letters.Case{State: replay(t, events), Policy: stages.HR14(), Monitor: m, Events: events}, o)
}

// TestLET7_ChronologyGolden renders the sample chronology as text, HTML and
// JSON, and its timeline as SVG, and compares them with testdata/golden; go
// test ./letters -run Golden -update rewrites them.
func TestLET7_ChronologyGolden(t *testing.T) {
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	c := letters.SampleChronology()
	if len(c.Entries) == 0 || c.Timeline == nil {
		t.Fatal("SampleChronology is empty")
	}
	js, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{"chronology.json": string(js) + "\n", "timeline.svg": c.Timeline.SVG()}
	for f, ext := range map[letters.Format]string{letters.Text: "txt", letters.HTML: "html"} {
		s, err := r.ChronologyString(f, c)
		if err != nil {
			t.Fatal(err)
		}
		outputs["chronology."+ext] = s
	}
	for name, got := range outputs {
		compareGolden(t, filepath.Join("testdata", "golden", name), got)
	}
}

// compareGolden compares got with the golden file, or rewrites it with
// -update.
func compareGolden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./letters -run Golden -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run with -update to accept):\n%s", file, firstDiff(got, string(want)))
	}
}

// TestLET7_ChronologyJSON: a chronology travels as JSON and comes back the
// same.
func TestLET7_ChronologyJSON(t *testing.T) {
	c := letters.SampleChronology()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back letters.Chronology
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(back)
	if string(again) != string(b) {
		t.Errorf("round trip differs:\n%s\n%s", b, again)
	}
	var k letters.EntryKind
	if err := k.UnmarshalText([]byte("diagnosis: flu")); !errors.Is(err, letters.ErrInvalid) || strings.Contains(err.Error(), "flu") {
		t.Errorf("unknown entry kind: %v", err)
	}
	var bk letters.BarKind
	var mk letters.MarkKind
	if bk.UnmarshalText([]byte("x")) == nil || mk.UnmarshalText([]byte("x")) == nil {
		t.Error("unknown bar or mark kind accepted")
	}
	if _, err := letters.EntryKind(0).MarshalText(); err == nil {
		t.Error("zero entry kind marshalled")
	}
	if _, err := letters.BarKind(9).MarshalText(); err == nil {
		t.Error("bad bar kind marshalled")
	}
	if _, err := letters.MarkKind(0).MarshalText(); err == nil {
		t.Error("zero mark kind marshalled")
	}
}

// TestLET7_EveryEventAndAbsenceOnce: in the chronology of a random case,
// every absence record and every event on or before the as-of date
// appears exactly once (as its absence or event entry), the entries are in
// date order, and no confidential text reaches it.
func TestLET7_EveryEventAndAbsenceOnce(t *testing.T) {
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	for seed := range uint64(60) {
		rng := rand.New(rand.NewPCG(seed, 18))
		c, records, events, asOf := randomCase(t, rng)
		ch, err := letters.NewChronology(c, letters.ChronologyOptions{AsOf: asOf})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		absences, evs := map[int]int{}, map[int]int{}
		for i, e := range ch.Entries {
			if i > 0 && e.Date.Before(ch.Entries[i-1].Date) {
				t.Errorf("seed %d: entry %d is out of date order", seed, i+1)
			}
			switch e.Kind {
			case letters.EntryAbsence:
				absences[e.Source.Record]++
			case letters.EntryEvent:
				evs[e.Source.Event]++
			default: // facts derived from a record or the triggers
			}
		}
		for i, rec := range records {
			if want := b2i(!rec.Period.Start.After(asOf)); absences[i+1] != want {
				t.Errorf("seed %d: record %d appears %d times, want %d", seed, i+1, absences[i+1], want)
			}
		}
		for j, e := range events {
			if want := b2i(!e.Date.After(asOf)); evs[j+1] != want {
				t.Errorf("seed %d: event %d (%s) appears %d times, want %d", seed, j+1, e.Kind, evs[j+1], want)
			}
		}
		if len(absences) > len(records) || len(evs) > len(events) {
			t.Errorf("seed %d: entries name records or events the case does not have", seed)
		}
		for _, f := range []letters.Format{letters.Text, letters.HTML} {
			out, err := r.ChronologyString(f, ch)
			if err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
			if strings.Contains(out, "CONFIDENTIAL") {
				t.Errorf("seed %d: confidential text in the chronology", seed)
			}
		}
	}
}

// randomCase is a random year of absences of a full-time employee and the
// procedure they drive: each trigger activation recorded, an invitation
// and the meeting 10 days later, and duties recorded on the way.
func randomCase(t testing.TB, rng *rand.Rand) (letters.Case, []absence.Record, []stages.Event, absence.Date) {
	t.Helper()
	start := day("2026-01-05")
	var records []absence.Record
	d := start
	for n := 0; n < 12; n++ {
		d = d.AddDays(3 + rng.IntN(40))
		length := 1 + rng.IntN(6)
		if rng.IntN(8) == 0 {
			length = 20 + rng.IntN(30)
		}
		rec := sick("R"+strconv.Itoa(n), d.String()+"/"+d.AddDays(length-1).String(), absence.Reason(1+rng.IntN(6)))
		switch rng.IntN(6) {
		case 0:
			rec.Kind, rec.Reason = absence.Leave, absence.ReasonUnknown
		case 1:
			rec.Returned = rec.Period.End.AddDays(1)
			rec.Interviewed = rec.Returned
			rec.Interview = &absence.Interview{TriggersExplained: rng.IntN(2) == 0}
		case 2:
			rec.Certificates = []absence.Certificate{{Kind: absence.SelfCertificate, Covers: rec.Period, Received: rec.Period.End.AddDays(rng.IntN(5))}}
		}
		records = append(records, rec)
		d = d.AddDays(length)
	}
	m := monitor(t, "1", records...)
	asOf := d.AddDays(rng.IntN(30) - 40)
	pol := stages.HR14()
	var s stages.State
	var events []stages.Event
	try := func(e stages.Event) bool {
		next, err := s.Apply(e, pol)
		if err != nil {
			return false
		}
		s = next
		events = append(events, e)
		return true
	}
	pending := map[absence.Date][]stages.Event{}
	for on := start; !on.After(d); on = on.AddDays(1) {
		for _, e := range pending[on] {
			try(e)
		}
		ev, ok, err := stages.Progress(s, pol, stages.TriggerMonitor(m), on)
		if err != nil {
			t.Fatal(err)
		}
		if ok && !ev.Date.After(on) {
			if ev.Date.Before(s.Last) {
				ev.Date = s.Last
			}
			if try(ev) {
				if st, due := s.Current(); due {
					meet := on.AddDays(10)
					try(stages.Event{ID: "E-" + on.String(), Kind: stages.InvitationSent, Date: on, Step: st.Step, Slot: &stages.Slot{Date: meet, Time: "10:00", Place: "CONFIDENTIAL-PLACE"}})
					held := stages.Event{Kind: stages.MeetingHeld, Date: meet, Step: st.Step}
					if st.Step == stages.StepStage2 {
						held.Panel = panel(lineChair, other)
					}
					if st.Step == stages.StepStage3 {
						held = stages.Event{Kind: stages.HRReviewed, Date: on}
					}
					pending[meet] = append(pending[meet], held)
				}
			}
		}
		switch rng.IntN(25) {
		case 0:
			try(stages.Event{Kind: stages.HRNotified, Date: on, Reference: "CONFIDENTIAL-REF"})
		case 1:
			try(stages.Event{Kind: stages.OHReferralMade, Date: on, Referral: &stages.Referral{Ground: stages.GroundFormalStage, Explained: true}})
		case 2:
			try(stages.Event{Kind: stages.ContactAgreed, Date: on, ContactDays: 7})
		case 3:
			try(stages.Event{Kind: stages.OHReportReceived, Date: on})
		}
	}
	return letters.Case{State: s, Policy: pol, Monitor: m, Events: events}, records, events, asOf
}

// TestLET7_Filters: a date range keeps the facts with a day in it; "what
// a step relies on" keeps the absences its basis and the earlier steps'
// counted, the activations that made them due, and the events up to its
// outcome letter.
func TestLET7_Filters(t *testing.T) {
	all, err := chronologyA(t, letters.ChronologyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ranged, err := chronologyA(t, letters.ChronologyOptions{From: day("2026-04-01"), To: day("2026-05-31")})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ranged.Entries {
		last := e.Date
		if !e.Period.IsZero() {
			last = e.Period.End
		}
		if last.Before(day("2026-04-01")) || e.Date.After(day("2026-05-31")) {
			t.Errorf("range: %s %s is outside", e.Date, e.Text)
		}
	}
	if len(ranged.Entries) == 0 || len(ranged.Entries) >= len(all.Entries) || ranged.From != day("2026-04-01") {
		t.Errorf("range kept %d of %d entries", len(ranged.Entries), len(all.Entries))
	}
	if ranged.Timeline.Span != period("2026-04-01/2026-05-31") {
		t.Errorf("range: the timeline spans %s", ranged.Timeline.Span)
	}
	stage2, err := chronologyA(t, letters.ChronologyOptions{ReliesOn: stages.StepStage2})
	if err != nil {
		t.Fatal(err)
	}
	if stage2.ReliesOn != "the stage 2 sickness review meeting held on Monday 11 May 2026" {
		t.Errorf("ReliesOn = %q", stage2.ReliesOn)
	}
	var ids []string
	for _, e := range stage2.Entries {
		if e.Date.After(day("2026-05-13")) {
			t.Errorf("stage 2 relies on %s, after its outcome letter", e.Text)
		}
		switch e.Kind {
		case letters.EntryAbsence:
			ids = append(ids, e.Source.RecordID)
		case letters.EntryTriggerActivated:
			ids = append(ids, e.Rule.ID+"@"+e.Date.String())
		default: // the records' other facts, the events
		}
	}
	want := []string{"A1", "A2", "TRIG-1@2026-03-02", "A3", "A4", "TRIG-1@2026-04-27"}
	if !slices.Equal(ids, want) {
		t.Errorf("stage 2 relies on %v, want %v", ids, want)
	}
	hearing, err := chronologyA(t, letters.ChronologyOptions{ReliesOn: stages.StepStage3})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(hearing.Entries); n <= len(stage2.Entries) || hearing.Entries[n-1].Date != day("2026-07-22") {
		t.Errorf("the hearing relies on %d entries, the last on %s", n, hearing.Entries[n-1].Date)
	}
	_, err = chronologyA(t, letters.ChronologyOptions{ReliesOn: stages.StepIllHealth})
	var ce *letters.CaseError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "letters: chronology: ") {
		t.Errorf("a step the case does not have: %v", err)
	}
}

// TestLET7_Refusals: a chronology without its as-of date, with a reversed
// range, without the absence history or with a state that is not the
// replay of its events is refused with an error naming what is wrong; a
// chronology filled by hand is validated before rendering.
func TestLET7_Refusals(t *testing.T) {
	m, events := journeyA(t)
	s := replay(t, events)
	c := letters.Case{State: s, Policy: stages.HR14(), Monitor: m, Events: events}
	tests := []struct {
		name string
		c    letters.Case
		o    letters.ChronologyOptions
		want error
		text string
	}{
		{"no as-of date", c, letters.ChronologyOptions{}, letters.ErrMissing, "AsOf"},
		{"reversed range", c, letters.ChronologyOptions{AsOf: day("2026-09-01"), From: day("2026-06-01"), To: day("2026-05-01")}, letters.ErrInvalid, "From"},
		{"an employee's name over two lines", c, letters.ChronologyOptions{AsOf: day("2026-09-01"), Employee: "a\nb"}, letters.ErrInvalid, "Employee"},
		{"no history", letters.Case{State: s, Policy: stages.HR14(), Events: events}, letters.ChronologyOptions{AsOf: day("2026-09-01")}, letters.ErrCase, "Case.Monitor"},
		{"state of other events", letters.Case{State: s, Policy: stages.HR14(), Monitor: m, Events: events[:3]}, letters.ChronologyOptions{AsOf: day("2026-09-01")}, letters.ErrCase, "replay"},
		{"unnamed policy", c, letters.ChronologyOptions{AsOf: day("2026-09-01"), Policy: absence.PolicyID{Title: "x"}}, letters.ErrCase, "policy"},
	}
	for _, tt := range tests {
		_, err := letters.NewChronology(tt.c, tt.o)
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
			t.Errorf("%s: %v, want %v naming %s", tt.name, err, tt.want, tt.text)
		}
	}
	r, _ := letters.New()
	bad := letters.Chronology{Entries: []letters.Entry{{Text: "x\ny"}}, Timeline: &letters.Timeline{At: day("2027-01-01"), Span: period("2026-01-01/2026-12-31")},
		Policy: absence.PolicyID{Title: "x"}, From: absence.Date{Year: 2026, Month: 2, Day: 30}}
	var out strings.Builder
	err := r.RenderChronology(&out, letters.HTML, bad)
	for _, field := range []string{"AsOf", "Entries[0].Date", "Entries[0].Kind", "Entries[0].Rule.ID", "Entries[0].Text", "Timeline.At", "Policy", "From"} {
		if !hasField(err, field) {
			t.Errorf("hand-filled chronology: %s not named in %v", field, err)
		}
	}
	if out.Len() > 0 {
		t.Error("an invalid chronology was written")
	}
	if _, err := r.ChronologyString(0, letters.SampleChronology()); !errors.Is(err, letters.ErrInvalid) {
		t.Errorf("no format: %v", err)
	}
	if err := r.RenderChronology(failingWriter{}, letters.Text, letters.SampleChronology()); err == nil {
		t.Error("a failing writer: no error")
	}
}

// TestLET7_ChronologyEscaped: markup in the host's text of a chronology is
// escaped in HTML and in the SVG, and printed as given in plain text.
func TestLET7_ChronologyEscaped(t *testing.T) {
	r, _ := letters.New()
	c := letters.SampleChronology()
	c.Employee = script
	c.Letterhead.Organisation = `<img src=x onerror="alert(1)">`
	c.Entries[0].Text = script
	c.Timeline.Marks = append(c.Timeline.Marks, letters.TimelineMark{Date: c.Timeline.At, Kind: letters.MarkMeeting, Label: script, Text: script})
	page, err := r.ChronologyString(letters.HTML, c)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "<img"} {
		if strings.Contains(page, bad) {
			t.Errorf("the HTML contains %q unescaped", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;") {
		t.Error("the escaped name is missing")
	}
	svg := regexp.MustCompile(`(?s)<svg.*</svg>`).FindString(page)
	body := strings.Replace(page, svg, "", 1)
	for _, m := range tag.FindAllStringSubmatch(body, -1) {
		if !chronologyTags[m[2]] {
			t.Errorf("the chronology has an element <%s%s> that no template writes", m[1], m[2])
		}
	}
	if err := xml.Unmarshal([]byte(svg), new(any)); err != nil {
		t.Errorf("the inline SVG with markup in a label is not well-formed: %v", err)
	}
	text, err := r.ChronologyString(letters.Text, c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "Case chronology: "+script+"\n") {
		t.Error("the plain text does not show the name as given")
	}
}

// chronologyTags are the elements the chronology's HTML template writes
// outside its picture.
var chronologyTags = map[string]bool{"!DOCTYPE": true, "html": true, "head": true, "meta": true, "title": true, "style": true,
	"body": true, "header": true, "p": true, "h1": true, "h2": true, "table": true, "thead": true, "tbody": true, "tr": true,
	"th": true, "td": true, "figure": true, "figcaption": true, "ul": true, "li": true}

// TestLET8_TimelineSVG: the picture is well-formed SVG with a title and a
// description for screen readers, drawn in greys only, with no script or
// external reference, the same bytes every time; it shows every absence,
// episode, activation and meeting of the case.
func TestLET8_TimelineSVG(t *testing.T) {
	c := letters.SampleChronology()
	tl := c.Timeline
	svg := tl.SVG()
	if svg != letters.SampleChronology().Timeline.SVG() {
		t.Error("two drawings of the same timeline differ")
	}
	var doc struct {
		XMLName xml.Name `xml:"svg"`
		Title   string   `xml:"title"`
		Desc    string   `xml:"desc"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
		t.Fatalf("not well-formed: %v", err)
	}
	if !strings.HasPrefix(doc.Title, "Attendance timeline from 1 Sep 2025") || !strings.Contains(doc.Desc, "episode 5 leaves it on 5 Dec 2026") {
		t.Errorf("title %q, desc %q", doc.Title, doc.Desc)
	}
	for _, bad := range []string{"<script", "href", "<image", "<foreignObject"} {
		if strings.Contains(svg, bad) {
			t.Errorf("the SVG contains %q", bad)
		}
	}
	if regexp.MustCompile(`\son[a-z]+=`).MatchString(svg) {
		t.Error("the SVG has an event handler")
	}
	for _, col := range regexp.MustCompile(`#([0-9a-fA-F]{6})\b`).FindAllStringSubmatch(svg, -1) {
		if h := col[1]; h[0:2] != h[2:4] || h[2:4] != h[4:6] {
			t.Errorf("colour #%s is not a grey", h)
		}
	}
	counts := map[letters.BarKind]int{}
	for _, b := range tl.Bars {
		counts[b.Kind]++
	}
	if counts[letters.BarCounted] != 6 || counts[letters.BarLeave] != 1 || len(tl.Episodes) != 6 {
		t.Errorf("bars %v, %d episodes", counts, len(tl.Episodes))
	}
	marks := map[letters.MarkKind]int{}
	for _, m := range tl.Marks {
		marks[m.Kind]++
	}
	if marks[letters.MarkActivated] != 5 || marks[letters.MarkMeeting] != 3 {
		t.Errorf("marks %v", marks)
	}
	if n := strings.Count(svg, `fill="#000"/>`); n < 6 {
		t.Errorf("%d solid shapes drawn", n)
	}
	if len(tl.Windows) != 2 || tl.Windows[0].Months != 6 || tl.Windows[1].Months != 12 || tl.Windows[0].Episodes != 2 {
		t.Errorf("windows %+v", tl.Windows)
	}
}

// TestLET8_TimelineKinds: part days, days that do not count and leave
// inside an episode get their own bars; a trigger that clears before the
// next stage is marked; the axis labels every month, or fewer over years.
func TestLET8_TimelineKinds(t *testing.T) {
	half := decimal.RequireFromString("3")
	records := []absence.Record{
		{ID: "P1", Period: period("2026-01-05/2026-01-06"), Reason: absence.Infection, PartDay: &absence.PartDay{Worked: half}},
		{ID: "X1", Period: period("2026-02-02/2026-02-03"), Reason: absence.OccupationalInfection, Evidence: absence.Evidence{InfectionControlLink: true}},
		{ID: "L1", Period: period("2026-02-04/2026-02-04"), Kind: absence.Leave},
		{ID: "S1", Period: period("2026-02-05/2026-02-06"), Reason: absence.Infection},
		{ID: "S2", Period: period("2026-03-02/2026-03-02"), Reason: absence.Stress},
		{ID: "U1", Period: period("2026-09-07/2026-09-07"), Kind: absence.Unauthorised},
	}
	m := monitor(t, "1", records...)
	ch, err := letters.NewChronology(letters.Case{Monitor: m, Policy: stages.HR14()}, letters.ChronologyOptions{AsOf: day("2028-12-31"), At: day("2026-03-02"), To: day("2028-12-31"),
		Contacts: [][]absence.Date{{day("2026-01-06")}}})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[letters.BarKind]bool{}
	for _, b := range ch.Timeline.Bars {
		kinds[b.Kind] = true
	}
	for _, k := range []letters.BarKind{letters.BarCounted, letters.BarExcluded, letters.BarPartDay, letters.BarLeave} {
		if !kinds[k] {
			t.Errorf("no %s bar", k)
		}
	}
	var cleared, contact, excluded bool
	for _, e := range ch.Entries {
		cleared = cleared || e.Kind == letters.EntryTriggerCleared
		contact = contact || e.Kind == letters.EntryContact
		excluded = excluded || strings.Contains(e.Text, "days not counted: occupationally acquired infection")
	}
	if !cleared || !contact || !excluded {
		t.Errorf("cleared %v, contact %v, excluded %v", cleared, contact, excluded)
	}
	svg := ch.Timeline.SVG()
	if !strings.Contains(svg, ">Mar 2025<") || !strings.Contains(svg, ">Mar 2026<") || !strings.Contains(svg, ">Mar 2027<") {
		t.Errorf("the axis over three years does not name each year:\n%s", svg)
	}
	if strings.Contains(svg, ">Feb<") && strings.Contains(svg, ">Mar<") && strings.Contains(svg, ">Apr<") {
		t.Error("the axis over three years labels every month")
	}
	if s := strings.Join(ch.Timeline.Text(), " "); !strings.Contains(s, "part day") || !strings.Contains(s, "not counted") || !strings.Contains(s, "cleared on") {
		t.Errorf("text alternative: %s", s)
	}
	empty, err := letters.NewChronology(letters.Case{Monitor: monitor(t, "1"), Policy: stages.HR14()}, letters.ChronologyOptions{AsOf: day("2026-03-02")})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := letters.New()
	text, err := r.ChronologyString(letters.Text, empty)
	if err != nil || !strings.Contains(text, "No facts are recorded.") || !strings.Contains(text, "No absences are recorded.") {
		t.Errorf("empty chronology: %v\n%s", err, text)
	}
}

// TestLET7_SourceString names sources for a reader.
func TestLET7_SourceString(t *testing.T) {
	tests := []struct {
		s    letters.Source
		want string
	}{
		{letters.Source{Record: 2, RecordID: "A2"}, "record 2 (A2)"},
		{letters.Source{Record: 3}, "record 3"},
		{letters.Source{Event: 5, EventKind: stages.OHReferralMade}, "event 5 (oh-referral-made)"},
		{letters.Source{Event: 1, EventID: "E1", EventKind: stages.MeetingHeld}, "event 1 (E1, meeting-held)"},
		{letters.Source{Counted: []int{4}}, "record 4"},
		{letters.Source{Counted: []int{1, 2, 3}}, "records 1, 2 and 3"},
		{letters.Source{}, "the employee's record"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.s, got, tt.want)
		}
	}
	if letters.EntryKind(99).String() != "entry-kind(99)" || letters.BarKind(0).String() != "bar(0)" || letters.MarkKind(7).String() != "mark(7)" {
		t.Error("String of out-of-range kinds")
	}
}

// TestLET7_AsOfCuts: nothing after the as-of date is listed, and an
// absence still running is listed to that day.
func TestLET7_AsOfCuts(t *testing.T) {
	c, err := chronologyA(t, letters.ChronologyOptions{AsOf: day("2026-05-28")})
	if err != nil {
		t.Fatal(err)
	}
	last := c.Entries[len(c.Entries)-1]
	if last.Date.After(day("2026-05-28")) {
		t.Errorf("entry after the as-of date: %+v", last)
	}
	var running bool
	for _, e := range c.Entries {
		if e.Kind == letters.EntryAbsence && e.Period.End == day("2026-05-28") && strings.Contains(e.Text, "still absent on 28 May 2026") {
			running = true
		}
	}
	if !running {
		t.Error("the absence running on the as-of date is not cut there")
	}
	if _, err := chronologyA(t, letters.ChronologyOptions{AsOf: day("2026-05-28"), NoTimeline: true}); err != nil {
		t.Fatal(err)
	}
}
