package report

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
	"github.com/shopspring/decimal"
)

// CorrectionFormat identifies this version of the JSON form of a
// Correction. A change that removes or renames a field changes it.
const CorrectionFormat = "hr14.correction/1"

// A Correction is what a late correction of an employee's record changes
// (issue 19): the case before it (Old) and after it (New), both evaluated as
// of the same date, compared. It lists only what differs: the episodes, the
// trigger activations and the days they clear, the formal stage and the
// steps due, the letters that would now say something different, and sick
// pay day by day with the money to pay the employee or to recover. A case
// compared with itself is Empty.
type Correction struct {
	Format string       `json:"format"` // always CorrectionFormat
	AsOf   absence.Date `json:"asOf"`   // both cases evaluated as of it
	Old    string       `json:"old"`    // the cases' names
	New    string       `json:"new"`

	Episodes    []EpisodeChange    `json:"episodes"`
	Activations []ActivationChange `json:"activations"`
	Procedure   ProcedureChange    `json:"procedure"`
	Letters     []LetterChange     `json:"letters"`
	// Pay is nil when neither case works out sick pay, or nothing in it
	// changes.
	Pay *PayChange `json:"pay,omitempty"`
}

// An EpisodeChange is an episode that is new, gone or different after the
// correction (ABS-1, ABS-2, ABS-3, ABS-7): Before and After are the same
// stretch of sickness before and after it (their periods overlap); one of
// them is nil for an episode that is new or no longer one.
type EpisodeChange struct {
	Before *Episode `json:"before,omitempty"`
	After  *Episode `json:"after,omitempty"`
	Text   string   `json:"text"`
}

// An ActivationChange is a trigger activation up to the date that the
// correction brings ("activated"), takes away ("withdrawn"), or makes clear
// on another day ("cleared": the activation's Cleared is the new day, Before
// the old; zero while active on the date).
type ActivationChange struct {
	Change     string       `json:"change"`
	Activation Activation   `json:"activation"`
	Before     absence.Date `json:"before,omitempty"`
	Text       string       `json:"text"`
}

// ProcedureChange is what the correction changes in the formal procedure
// (STAGE rules): the stage in effect, the trigger activations found from the
// record and not yet recorded (derived events), and the steps due.
type ProcedureChange struct {
	// StageBefore and StageAfter are set when the stage in effect differs,
	// e.g. "stage-1 since 2026-03-17".
	StageBefore string `json:"stageBefore,omitempty"`
	StageAfter  string `json:"stageAfter,omitempty"`
	// Derived lists the derived events that are new ("+ ") or gone ("- ").
	Derived []string `json:"derived"`
	// Due are the steps due as of the date that are new; NoLongerDue those
	// that are no longer due.
	Due         []Step `json:"due"`
	NoLongerDue []Step `json:"noLongerDue"`
}

// A LetterChange is a letter of the case that would now say something
// different: its kind, whether it could be written before and after the
// correction, and, when it could be written both times, the lines that
// differ ("- " before, "+ " after); when it could be written only once,
// Refused is why it cannot be written the other time. A case without a
// letter section is given placeholder names, so that what the case itself
// puts in the letter can be compared.
type LetterChange struct {
	Kind    letters.Kind `json:"kind"`
	Before  bool         `json:"before"`
	After   bool         `json:"after"`
	Lines   []string     `json:"lines"`
	Refused string       `json:"refused,omitempty"`
}

// PayChange is what the correction changes in sick pay (PAY-8, PAY-4):
// the days whose rate changes and the money.
type PayChange struct {
	// Days are the runs of days whose occupational sick pay rate changes:
	// Before and After are "full", "half", "nil", or "" for a day that is
	// not a sick-pay day.
	Days []PayDays `json:"days"`
	// Paid, Withheld and SSP are the totals over the episodes (with
	// pay.dayPay; "" otherwise) before and after, and the difference.
	Paid     Amounts `json:"paid"`
	Withheld Amounts `json:"withheld"`
	SSP      Amounts `json:"ssp"`
	// Settle is what the correction means in money: "pay" the employee
	// Amount more, "recover" Amount from them, or "none". It is the
	// difference in what is paid and not withheld (Paid − Withheld): pay
	// withheld for days without a timely certificate is not yet owed.
	Settle string `json:"settle"`
	Amount string `json:"amount"`
	Text   string `json:"text"`
}

// PayDays is a run of days whose sick pay rate changes.
type PayDays struct {
	Days   absence.Period `json:"days"`
	Before string         `json:"before"`
	After  string         `json:"after"`
}

// Amounts are a total before and after a correction, and After − Before.
type Amounts struct {
	Before     string `json:"before"`
	After      string `json:"after"`
	Difference string `json:"difference"`
}

// Empty reports whether the correction changes nothing.
func (c *Correction) Empty() bool {
	p := c.Procedure
	return len(c.Episodes) == 0 && len(c.Activations) == 0 && p.StageBefore == "" && p.StageAfter == "" &&
		len(p.Derived) == 0 && len(p.Due) == 0 && len(p.NoLongerDue) == 0 && len(c.Letters) == 0 && c.Pay == nil
}

// Compare evaluates the case before a correction (old) and after it (new)
// as of asOf — new's as-of date when asOf is zero — and returns what
// differs. Every error is a *casefile.Error placing the problem in the file
// of the case that has it.
func Compare(old, new *casefile.Case, asOf absence.Date) (*Correction, error) {
	if asOf.IsZero() {
		asOf = new.AsOf
	}
	before, err := evaluate(old, asOf, true)
	if err != nil {
		return nil, err
	}
	after, err := evaluate(new, asOf, true)
	if err != nil {
		return nil, err
	}
	c := &Correction{Format: CorrectionFormat, AsOf: before.asOf, Old: old.Name, New: new.Name,
		Episodes: []EpisodeChange{}, Activations: []ActivationChange{}, Letters: []LetterChange{}}
	c.Episodes = episodeChanges(before.r.Episodes, after.r.Episodes)
	c.Activations = activationChanges(before.r.Triggers.Activations, after.r.Triggers.Activations)
	c.Procedure = procedureChange(before.r.Procedure, after.r.Procedure)
	if c.Letters, err = letterChanges(before, after); err != nil {
		return nil, err
	}
	c.Pay = payChange(before.r.Pay, after.r.Pay)
	return c, nil
}

// episodeKey is what an episode is, for comparing: everything the report
// says of it but its number and the IDs of its records.
func episodeKey(e Episode) string {
	e.Number, e.Records = 0, nil
	return fmt.Sprintf("%+v", e)
}

func episodeChanges(old, new []Episode) []EpisodeChange {
	out := []EpisodeChange{}
	same := func(a []Episode, b []Episode) []bool {
		keys := map[string]int{}
		for _, e := range b {
			keys[episodeKey(e)]++
		}
		found := make([]bool, len(a))
		for i, e := range a {
			if k := episodeKey(e); keys[k] > 0 {
				keys[k]--
				found[i] = true
			}
		}
		return found
	}
	oldSame, newSame := same(old, new), same(new, old)
	paired := make([]bool, len(new))
	for i := range old {
		if oldSame[i] {
			continue
		}
		ch := EpisodeChange{Before: &old[i]}
		for j := range new {
			if !newSame[j] && !paired[j] && new[j].Period.Overlaps(old[i].Period) {
				paired[j], ch.After = true, &new[j]
				break
			}
		}
		out = append(out, ch)
	}
	for j := range new {
		if !newSame[j] && !paired[j] {
			out = append(out, EpisodeChange{After: &new[j]})
		}
	}
	slices.SortStableFunc(out, func(a, b EpisodeChange) int { return episodeStart(a).Compare(episodeStart(b)) })
	for i := range out {
		out[i].Text = out[i].text()
	}
	return out
}

func episodeStart(c EpisodeChange) absence.Date {
	if c.Before != nil {
		return c.Before.Period.Start
	}
	return c.After.Period.Start
}

func (c EpisodeChange) text() string {
	switch {
	case c.Before == nil:
		return "new episode " + episodeText(*c.After)
	case c.After == nil:
		return "no longer an episode: " + episodeText(*c.Before)
	}
	return "episode " + episodeText(*c.Before) + " is now " + episodeText(*c.After)
}

// episodeText describes an episode in a line: "2026-06-08/2026-06-19
// (Stress): 12 calendar days, 8 working days counted, 8 pay days".
func episodeText(e Episode) string {
	counted := "does not count towards triggers"
	if e.Triggers.Counts {
		counted = plural(e.Triggers.WorkingDays, "working day") + " counted (" + periodsText(e.Triggers.Counted) + ")"
	}
	return fmt.Sprintf("%s (%s): %s, %s, %s of sickness for pay", periodText(e.Period), reasonsText(e.Reasons),
		plural(e.CalendarDays, "calendar day"), counted, plural(e.Pay.WorkingDays, "working day"))
}

func activationChanges(old, new []Activation) []ActivationChange {
	out := []ActivationChange{}
	type key struct {
		t string
		d absence.Date
	}
	was := map[key]Activation{}
	for _, a := range old {
		was[key{a.Trigger.String(), a.Date}] = a
	}
	is := map[key]bool{}
	for _, a := range new {
		k := key{a.Trigger.String(), a.Date}
		is[k] = true
		b, ok := was[k]
		switch {
		case !ok:
			out = append(out, ActivationChange{Change: "activated", Activation: a, Text: "now activated: " + a.Text})
		case b.Cleared != a.Cleared:
			out = append(out, ActivationChange{Change: "cleared", Activation: a, Before: b.Cleared,
				Text: fmt.Sprintf("%s activated on %s now %s instead of %s", a.Trigger, a.Date, clearsText(a.Cleared), clearsText(b.Cleared))})
		}
	}
	for _, a := range old {
		if !is[key{a.Trigger.String(), a.Date}] {
			out = append(out, ActivationChange{Change: "withdrawn", Activation: a, Text: "no longer activated: " + a.Text})
		}
	}
	slices.SortStableFunc(out, func(a, b ActivationChange) int { return a.Activation.Date.Compare(b.Activation.Date) })
	return out
}

func clearsText(d absence.Date) string {
	if d.IsZero() {
		return "is active on the date"
	}
	return "clears on " + d.String()
}

func procedureChange(old, new Procedure) ProcedureChange {
	out := ProcedureChange{Derived: []string{}, Due: []Step{}, NoLongerDue: []Step{}}
	stage := func(p Procedure) string {
		if p.Stage == stages.NoStage {
			return "none"
		}
		return p.Stage.String() + " since " + p.Since.String()
	}
	if s, t := stage(old), stage(new); s != t {
		out.StageBefore, out.StageAfter = s, t
	}
	derived := func(p Procedure) []string {
		var out []string
		for _, d := range p.Derived {
			out = append(out, fmt.Sprintf("%s on %s (%s)", d.Kind, d.Date, strings.Join(d.Triggers, ", ")))
		}
		return out
	}
	out.Derived = changedLines(derived(old), derived(new))
	texts := func(steps []Step) map[string]bool {
		m := map[string]bool{}
		for _, s := range steps {
			m[s.Text] = true
		}
		return m
	}
	was, is := texts(old.NextSteps), texts(new.NextSteps)
	for _, s := range new.NextSteps {
		if !was[s.Text] {
			out.Due = append(out.Due, s)
		}
	}
	for _, s := range old.NextSteps {
		if !is[s.Text] {
			out.NoLongerDue = append(out.NoLongerDue, s)
		}
	}
	return out
}

// changedLines returns the lines of a line diff of old and new that differ:
// "- " old, "+ " new.
func changedLines(old, new []string) []string {
	out := []string{}
	if slices.Equal(old, new) {
		return out
	}
	for _, l := range diffLines(old, new) {
		if !strings.HasPrefix(l, "  ") {
			out = append(out, l)
		}
	}
	return out
}

// placeholderLetter is the letter section given to a case without one, so
// that what the case itself puts in a letter can be compared.
func placeholderLetter(asOf absence.Date) *casefile.Letter {
	return &casefile.Letter{LetterDetails: casefile.LetterDetails{
		To:      letters.Recipient{Name: "(the employee)", Address: []string{"(the employee's address)"}},
		From:    letters.Signatory{Name: "(the manager)", JobTitle: "(job title)", Phone: "(telephone)"},
		People:  []letters.Person{{Name: "(who attends)", Role: "(role)"}},
		Reasons: []string{"(the reasons for the decision)"},
		Notice:  &stages.Notice{Weeks: 4, LastDay: asOf},
	}}
}

// letterChanges renders every letter of the formal procedure from both
// evaluations, as plain text, and keeps the kinds whose text differs.
func letterChanges(old, new *evaluation) ([]LetterChange, error) {
	rd, err := letters.New()
	if err != nil {
		return nil, err
	}
	render := func(e *evaluation, k letters.Kind) ([]string, error) {
		c := *e.c
		if c.Letter == nil {
			c.Letter = placeholderLetter(e.asOf)
		}
		ec := *e
		ec.c = &c
		l, err := ec.letter(k)
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		if err := rd.Render(&b, letters.Text, l); err != nil {
			return nil, err
		}
		return strings.Split(strings.TrimRight(b.String(), "\n"), "\n"), nil
	}
	out := []LetterChange{}
	for _, k := range letters.Kinds() {
		if !k.Formal() {
			continue // the documents describe one record each: not compared
		}
		a, errA := render(old, k)
		b, errB := render(new, k)
		ch := LetterChange{Kind: k, Before: errA == nil, After: errB == nil, Lines: []string{}}
		switch {
		case errA != nil && errB != nil:
			continue
		case errA != nil:
			ch.Refused = errA.Error()
		case errB != nil:
			ch.Refused = errB.Error()
		default:
			if ch.Lines = changedLines(a, b); len(ch.Lines) == 0 {
				continue
			}
		}
		out = append(out, ch)
	}
	return out, nil
}

// payChange compares sick pay: the rate of every day, and the money.
func payChange(old, new *Pay) *PayChange {
	if old == nil && new == nil {
		return nil
	}
	rates := func(p *Pay) map[absence.Date]string {
		m := map[absence.Date]string{}
		if p == nil {
			return m
		}
		for _, sp := range p.SickPay {
			for _, r := range sp.Runs {
				code, _ := r.Status.MarshalText()
				for d := range r.Period.All() {
					m[d] = string(code)
				}
			}
		}
		return m
	}
	was, is := rates(old), rates(new)
	var days []absence.Date
	for d := range was {
		if is[d] != was[d] {
			days = append(days, d)
		}
	}
	for d := range is {
		if _, ok := was[d]; !ok {
			days = append(days, d)
		}
	}
	slices.SortFunc(days, absence.Date.Compare)
	out := &PayChange{Days: []PayDays{}}
	for _, d := range days {
		if k := len(out.Days) - 1; k >= 0 && out.Days[k].Days.End.AddDays(1) == d && out.Days[k].Before == was[d] && out.Days[k].After == is[d] {
			out.Days[k].Days.End = d
			continue
		}
		out.Days = append(out.Days, PayDays{Days: absence.Day(d), Before: was[d], After: is[d]})
	}
	total := func(p *Pay, field func(SickPay) string) (decimal.Decimal, bool) {
		sum, any := decimal.Zero, false
		if p == nil {
			return sum, false
		}
		for _, sp := range p.SickPay {
			if v, err := decimal.NewFromString(field(sp)); err == nil {
				sum, any = sum.Add(v), true
			}
		}
		return sum, any
	}
	amounts := func(field func(SickPay) string) (Amounts, decimal.Decimal, bool) {
		a, okA := total(old, field)
		b, okB := total(new, field)
		if !okA && !okB {
			return Amounts{}, decimal.Zero, false
		}
		return Amounts{Before: money(a), After: money(b), Difference: money(b.Sub(a))}, b.Sub(a), true
	}
	paid, dPaid, money1 := amounts(func(s SickPay) string { return s.Paid })
	withheld, dWithheld, _ := amounts(func(s SickPay) string { return s.Withheld })
	ssp, _, _ := amounts(func(s SickPay) string { return s.SSP })
	out.Paid, out.Withheld, out.SSP = paid, withheld, ssp
	settle := dPaid.Sub(dWithheld)
	switch {
	case !money1 || settle.IsZero():
		out.Settle, out.Amount = "none", money(decimal.Zero)
	case settle.IsPositive():
		out.Settle, out.Amount = "pay", money(settle)
	default:
		out.Settle, out.Amount = "recover", money(settle.Neg())
	}
	if len(out.Days) == 0 && dPaid.IsZero() && dWithheld.IsZero() && out.SSP.Before == out.SSP.After {
		return nil
	}
	out.Text = out.text(money1)
	return out
}

func (p *PayChange) text(withMoney bool) string {
	var parts []string
	for _, d := range p.Days {
		parts = append(parts, fmt.Sprintf("%s: %s → %s", periodText(d.Days), rateText(d.Before), rateText(d.After)))
	}
	s := "sick pay days: " + strings.Join(parts, "; ")
	if len(parts) == 0 {
		s = "no sick pay day changes rate"
	}
	if !withMoney {
		return s
	}
	s += fmt.Sprintf(". Paid %s → %s (%s); withheld %s → %s", pounds(p.Paid.Before), pounds(p.Paid.After), signed(p.Paid.Difference),
		pounds(p.Withheld.Before), pounds(p.Withheld.After))
	switch p.Settle {
	case "pay":
		s += ": pay the employee " + pounds(p.Amount)
	case "recover":
		s += ": recover " + pounds(p.Amount) + " from the employee"
	default:
		s += ": nothing to pay or recover"
	}
	return s
}

func rateText(code string) string {
	if code == "" {
		return "not a sick-pay day"
	}
	return code + " pay"
}

func signed(amount string) string {
	if strings.HasPrefix(amount, "-") {
		return "−" + pounds(amount[1:])
	}
	return "+" + pounds(amount)
}

// WriteCorrectionText writes c for a reader: what the correction changes,
// section by section, or that it changes nothing.
func WriteCorrectionText(w io.Writer, c *Correction) error {
	p := &printer{w: w}
	p.line("Late correction: %s → %s, both as of %s", nameOr(c.Old, "the case before"), nameOr(c.New, "the case after"), c.AsOf.LongDate())
	if c.Empty() {
		p.line("Nothing changes.")
		return p.err
	}
	if len(c.Episodes) > 0 {
		p.section("Episodes (ABS-1, ABS-2, ABS-3, ABS-7)")
		for _, e := range c.Episodes {
			p.item("%s", e.Text)
		}
	}
	if len(c.Activations) > 0 {
		p.section("Trigger activations up to the date (TRIG-1 … TRIG-5)")
		for _, a := range c.Activations {
			p.item("%s", a.Text)
		}
	}
	pr := c.Procedure
	if pr.StageBefore != "" || len(pr.Derived) > 0 || len(pr.Due) > 0 || len(pr.NoLongerDue) > 0 {
		p.section("Formal procedure (STAGE rules)")
		if pr.StageBefore != "" {
			p.item("stage in effect: %s → %s", pr.StageBefore, pr.StageAfter)
		}
		for _, d := range pr.Derived {
			p.item("trigger activation to record: %s", d)
		}
		for _, s := range pr.Due {
			p.item("now due: %s", s.Text)
		}
		for _, s := range pr.NoLongerDue {
			p.item("no longer due: %s", s.Text)
		}
	}
	if len(c.Letters) > 0 {
		p.section("Letters that would now say something different")
		for _, l := range c.Letters {
			switch {
			case !l.Before:
				p.item("%s: could not be written before the correction, can now (before: %s)", l.Kind, l.Refused)
			case !l.After:
				p.item("%s: could be written before the correction, cannot now: %s", l.Kind, l.Refused)
			default:
				p.item("%s:", l.Kind)
			}
			for _, line := range l.Lines {
				p.line("      %s", line)
			}
		}
	}
	if c.Pay != nil {
		p.section("Sick pay (PAY-8, PAY-4)")
		p.item("%s", c.Pay.Text)
	}
	return p.err
}

func nameOr(name, other string) string {
	if name == "" {
		return other
	}
	return name
}
