package report

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
	"github.com/shopspring/decimal"
)

// An Outcome is the result of checking one expectation of a scenario.
type Outcome struct {
	// Label names the expectation: the scenario's name, the expectation's
	// label if any, and its as-of date.
	Label string
	AsOf  absence.Date
	// Mismatches are the expectations the result does not meet.
	Mismatches []Mismatch
	// Err is an evaluation error the scenario did not expect.
	Err error
}

// Passed reports whether the result met the expectation.
func (o Outcome) Passed() bool { return o.Err == nil && len(o.Mismatches) == 0 }

// Verify evaluates s once for each of its expectations (each as of its own
// date) and checks the result. A scenario with no expectation yields no
// outcome.
func Verify(s *casefile.Scenario) []Outcome {
	var out []Outcome
	for i := range s.Expect {
		out = append(out, verify(s, &s.Expect[i]))
	}
	return out
}

func verify(s *casefile.Scenario, x *casefile.Expect) Outcome {
	asOf := x.AsOf
	if asOf.IsZero() {
		asOf = s.AsOf
	}
	o := Outcome{AsOf: asOf, Label: label(s, x, asOf)}
	e, err := evaluate(&s.Case, asOf, true)
	var r *Report
	if err == nil {
		r = e.r
	}
	v := &verifier{}
	if x.Rejected != "" {
		switch {
		case err == nil:
			v.scalar("rejected", x.Rejected, "a result", "the case must be rejected with an error containing the text wanted")
		case !strings.Contains(err.Error(), x.Rejected):
			v.scalar("rejected", x.Rejected, err.Error(), "the error does not contain the text wanted")
		}
		o.Mismatches = v.out
		return o
	}
	if err != nil {
		o.Err = err
		return o
	}
	v.episodes(x.Episodes, r)
	v.partDays(x.PartDays, r)
	v.noShiftLost(x.NoShiftLost, r)
	v.triggers(x.Triggers, r)
	v.stage(x.Stage, r)
	v.deadlines(x.Deadlines, r)
	v.nextSteps(x.NextSteps, r)
	v.pay(x.Pay, r)
	v.pension(x.Pension, r)
	v.letters(x.Letters, e)
	v.recording(x.Recording, r)
	o.Mismatches = v.out
	return o
}

func label(s *casefile.Scenario, x *casefile.Expect, asOf absence.Date) string {
	name := s.Name
	if name == "" {
		name = "(unnamed scenario)"
	}
	if x.Label != "" {
		name += ": " + x.Label
	}
	return name + " [as of " + asOf.String() + "]"
}

type verifier struct{ out []Mismatch }

func (v *verifier) scalar(path, want, got, note string) {
	v.out = append(v.out, Mismatch{Path: path, Want: []string{want}, Got: []string{got}, Note: note})
}

// check records a mismatch when want is given and differs from got.
func check[T comparable](v *verifier, path string, want *T, got T, show func(T) string) {
	if want != nil && *want != got {
		v.scalar(path, show(*want), show(got), "")
	}
}

func (v *verifier) list(path string, want, got []string) {
	if !equalLines(want, got) {
		v.out = append(v.out, Mismatch{Path: path, List: true, Want: want, Got: got})
	}
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// An item is a list item as "key: value" pairs; lines renders the items of
// a list with the same keys, so that only what an expectation gives is
// compared.
type item map[string]string

// lines renders items with the keys each wanted item gives: want[i] with
// its own keys, got[i] with the keys of want[i] (or of the last wanted item,
// for items beyond them; of the first key when nothing is wanted), so that
// only what an expectation gives is compared.
func lines(keys []string, want, got []item) (w, g []string) {
	render := func(it, keysOf item) string {
		var parts []string
		for _, k := range keys {
			if _, ok := keysOf[k]; ok {
				parts = append(parts, k+": "+it[k])
			}
		}
		return strings.Join(parts, ", ")
	}
	for _, it := range want {
		w = append(w, render(it, it))
	}
	for i, it := range got {
		keysOf := item{keys[0]: ""}
		if len(want) > 0 {
			keysOf = want[min(i, len(want)-1)]
		}
		g = append(g, render(it, keysOf))
	}
	return w, g
}

func compareItems(v *verifier, path string, keys []string, want, got []item) {
	w, g := lines(keys, want, got)
	v.list(path, w, g)
}

func put[T any](it item, key string, p *T, show func(T) string) {
	if p != nil {
		it[key] = show(*p)
	}
}

func itoa(n int) string                { return strconv.Itoa(n) }
func btoa(b bool) string               { return strconv.FormatBool(b) }
func dtoa(d absence.Date) string       { return orDash(d.String(), d.IsZero()) }
func ptoa(p absence.Period) string     { return periodText(p) }
func ptoas(ps []absence.Period) string { return "[" + periodsText(ps) + "]" }
func moneyOf(d decimal.Decimal) string { return money(d) }
func code[T interface{ MarshalText() ([]byte, error) }](v T) string {
	b, err := v.MarshalText()
	if err != nil {
		return fmt.Sprint(v)
	}
	if len(b) == 0 {
		return `""`
	}
	return string(b)
}

func orDash(s string, zero bool) string {
	if zero {
		return "-"
	}
	return s
}

var episodeKeys = []string{"period", "calendarDays", "longTerm", "counts", "counted", "workingDays", "countedDays", "payDays", "payWorkingDays"}

func (v *verifier) episodes(want *[]casefile.EpisodeExpect, r *Report) {
	if want == nil {
		return
	}
	var w, g []item
	for _, e := range *want {
		it := item{"period": ptoa(e.Period)}
		put(it, "calendarDays", e.CalendarDays, itoa)
		put(it, "longTerm", e.LongTerm, btoa)
		put(it, "counts", e.Counts, btoa)
		put(it, "counted", e.Counted, ptoas)
		put(it, "workingDays", e.WorkingDays, itoa)
		put(it, "countedDays", e.CountedDays, itoa)
		put(it, "payDays", e.PayDays, ptoas)
		put(it, "payWorkingDays", e.PayWorkingDays, itoa)
		w = append(w, it)
	}
	for _, e := range r.Episodes {
		g = append(g, item{
			"period": ptoa(e.Period), "calendarDays": itoa(e.CalendarDays), "longTerm": btoa(e.LongTerm),
			"counts": btoa(e.Triggers.Counts), "counted": ptoas(e.Triggers.Counted), "workingDays": itoa(e.Triggers.WorkingDays),
			"countedDays": itoa(e.Triggers.CountedDays), "payDays": ptoas(e.Pay.Days), "payWorkingDays": itoa(e.Pay.WorkingDays),
		})
	}
	compareItems(v, "episodes", episodeKeys, w, g)
}

func (v *verifier) noShiftLost(want *[]casefile.NoShiftLostExpect, r *Report) {
	if want == nil {
		return
	}
	var w, g []item
	for _, n := range *want {
		it := item{"period": ptoa(n.Period)}
		put(it, "payDays", n.PayDays, ptoas)
		w = append(w, it)
	}
	for _, n := range r.NoShiftLost {
		g = append(g, item{"period": ptoa(n.Period), "payDays": ptoas(n.Pay.Days)})
	}
	compareItems(v, "noShiftLost", []string{"period", "payDays"}, w, g)
}

func (v *verifier) partDays(want *[]casefile.PartDayExpect, r *Report) {
	if want == nil {
		return
	}
	var w, g []item
	for _, p := range *want {
		it := item{"date": dtoa(p.Date)}
		put(it, "sickness", p.Sickness, btoa)
		w = append(w, it)
	}
	for _, p := range r.PartDays {
		g = append(g, item{"date": dtoa(p.Date), "sickness": btoa(p.Sickness)})
	}
	compareItems(v, "partDays", []string{"date", "sickness"}, w, g)
}

func (v *verifier) triggers(want *casefile.TriggerExpect, r *Report) {
	if want == nil {
		return
	}
	if want.Activated != nil {
		var w, g []item
		for _, a := range *want.Activated {
			it := item{"trigger": a.Trigger.String(), "on": dtoa(a.On)}
			put(it, "cleared", a.Cleared, dtoa)
			w = append(w, it)
		}
		for _, a := range r.Triggers.Activations {
			g = append(g, item{"trigger": a.Trigger.String(), "on": dtoa(a.Date), "cleared": dtoa(a.Cleared)})
		}
		compareItems(v, "triggers.activated", []string{"trigger", "on", "cleared"}, w, g)
	}
	if want.Active != nil {
		var w, g []string
		for _, t := range *want.Active {
			w = append(w, t.String())
		}
		sort.Strings(w)
		for _, s := range r.Triggers.Status {
			if s.Active {
				g = append(g, s.Trigger.String())
			}
		}
		v.list("triggers.active", w, g)
	}
}

// latest returns the latest formal step of the procedure, if any.
func latest(r *Report) (Meeting, bool) {
	ms := r.Procedure.Meetings
	if len(ms) == 0 {
		return Meeting{}, false
	}
	return ms[len(ms)-1], true
}

func (v *verifier) stage(want *casefile.StageExpect, r *Report) {
	if want == nil {
		return
	}
	p := r.Procedure
	check(v, "stage.inEffect", want.InEffect, p.Stage, code[stages.Stage])
	check(v, "stage.since", want.Since, p.Since, dtoa)
	check(v, "stage.dismissed", want.Dismissed, p.Dismissed, btoa)
	check(v, "stage.closed", want.Closed, p.Closed, btoa)
	// The step under way or due: the latest step, unless it has concluded.
	var cur Meeting
	if m, ok := latest(r); ok && !m.Concluded {
		cur = m
	}
	check(v, "stage.step", want.Step, cur.Step, code[stages.Step])
	check(v, "stage.dueFrom", want.DueFrom, cur.Due, dtoa)
	if want.Triggers != nil {
		v.list("stage.triggers", *want.Triggers, cur.Triggers)
	}
}

func (v *verifier) deadlines(want *stages.Deadlines, r *Report) {
	if want == nil {
		return
	}
	m, _ := latest(r)
	got := m.Deadlines
	for _, d := range []struct {
		name      string
		want, got absence.Date
	}{
		{"soonFrom", want.SoonFrom, got.SoonFrom},
		{"earliestMeeting", want.EarliestMeeting, got.EarliestMeeting},
		{"latestRearranged", want.LatestRearranged, got.LatestRearranged},
		{"managementCase", want.ManagementCase, got.ManagementCase},
		{"employeeCase", want.EmployeeCase, got.EmployeeCase},
		{"appealResponse", want.AppealResponse, got.AppealResponse},
		{"decisionLetter", want.DecisionLetter, got.DecisionLetter},
		{"appeal", want.Appeal, got.Appeal},
	} {
		if !d.want.IsZero() && d.want != d.got {
			note := ""
			if m.Step == stages.StepNone {
				note = "no formal step yet"
			} else {
				note = "deadlines of the " + m.Step.String()
			}
			v.scalar("deadlines."+d.name, dtoa(d.want), dtoa(d.got), note)
		}
	}
	if want.Soon && !got.Soon {
		v.scalar("deadlines.soon", "true", "false", "")
	}
}

var stepKeys = []string{"kind", "step", "who", "what", "from", "by", "soon", "overdue", "optional"}

func (v *verifier) nextSteps(want []casefile.StepExpect, r *Report) {
	var got []item
	for _, s := range r.Procedure.NextSteps {
		got = append(got, item{
			"kind": code(s.Kind), "step": code(s.Step), "who": code(s.Who), "what": s.What,
			"from": dtoa(s.From), "by": dtoa(s.By), "soon": btoa(s.Soon), "overdue": btoa(s.Overdue), "optional": btoa(s.Optional),
		})
	}
	for i, x := range want {
		it := item{}
		put(it, "kind", x.Kind, code[stages.Kind])
		put(it, "step", x.Step, code[stages.Step])
		put(it, "who", x.Who, code[stages.Party])
		if x.What != "" {
			it["what"] = x.What
		}
		put(it, "from", x.From, dtoa)
		put(it, "by", x.By, dtoa)
		put(it, "soon", x.Soon, btoa)
		put(it, "overdue", x.Overdue, btoa)
		put(it, "optional", x.Optional, btoa)
		found := false
		for _, g := range got {
			if matchStep(it, g) {
				found = true
				break
			}
		}
		if !found {
			// Show every step due, with the fields this expectation gives.
			w, _ := lines(stepKeys, []item{it}, nil)
			var g []string
			for _, gi := range got {
				_, l := lines(stepKeys, []item{it}, []item{gi})
				g = append(g, l...)
			}
			v.out = append(v.out, Mismatch{Path: fmt.Sprintf("nextSteps[%d]", i), List: true, Note: "no next step matches", Want: w, Got: g})
		}
	}
}

func matchStep(want, got item) bool {
	for k, w := range want {
		if k == "what" {
			if !strings.Contains(got[k], w) {
				return false
			}
			continue
		}
		if got[k] != w {
			return false
		}
	}
	return true
}

var sickPayKeys = []string{"firstDay", "serviceYears", "entitlement", "available", "remaining", "status", "runs", "paid"}

func allowance(a payroll.Allowance) string { return fmt.Sprintf("%d full, %d half", a.Full, a.Half) }

func runs(rs []payroll.Run) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = periodText(r.Period) + " " + code(r.Status)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func (v *verifier) pay(want *casefile.PayExpect, r *Report) {
	if want == nil {
		return
	}
	var pay Pay
	if r.Pay != nil {
		pay = *r.Pay
	}
	if want.SickPay != nil {
		var w, g []item
		for _, s := range *want.SickPay {
			it := item{}
			put(it, "firstDay", s.FirstDay, dtoa)
			put(it, "serviceYears", s.ServiceYears, itoa)
			put(it, "entitlement", s.Entitlement, allowance)
			put(it, "available", s.Available, allowance)
			put(it, "remaining", s.Remaining, allowance)
			put(it, "status", s.Status, code[payroll.Status])
			put(it, "runs", s.Runs, runs)
			put(it, "paid", s.Paid, moneyOf)
			w = append(w, it)
		}
		for _, s := range pay.SickPay {
			status := s.Status
			if status == "" {
				status = "(not a pay day)"
			}
			paid := s.Paid
			if paid == "" {
				paid = "(no pay.dayPay)"
			}
			g = append(g, item{
				"firstDay": dtoa(s.FirstDay), "serviceYears": itoa(s.ServiceYears), "entitlement": allowance(s.Entitlement),
				"available": allowance(s.Available), "remaining": allowance(s.Remaining), "status": status, "runs": runs(s.Runs), "paid": paid,
			})
		}
		compareItems(v, "pay.sickPay", sickPayKeys, w, g)
	}
	if x := want.InjuryAllowance; x != nil {
		ia := pay.InjuryAllowance
		if ia == nil {
			v.scalar("pay.injuryAllowance", "an Injury Allowance", "none", "the case gives no pay.injury")
			return
		}
		if x.Total != nil && money(*x.Total) != ia.Total {
			v.scalar("pay.injuryAllowance.total", money(*x.Total), ia.Total, "")
		}
		if x.Allowances != nil {
			var w, g []string
			for _, a := range *x.Allowances {
				w = append(w, money(a))
			}
			for _, p := range ia.Payments {
				g = append(g, p.Allowance)
			}
			v.list("pay.injuryAllowance.allowances", w, g)
		}
		if x.Overpaid != nil && money(*x.Overpaid) != orDash(ia.Overpaid, ia.Overpaid == "") {
			v.scalar("pay.injuryAllowance.overpaid", money(*x.Overpaid), orDash(ia.Overpaid, ia.Overpaid == ""), "")
		}
		texts := findingTexts(ia.Findings)
		for _, p := range ia.Payments {
			texts = append(texts, p.Text)
		}
		v.contains("pay.injuryAllowance.findings", x.Findings, texts)
		var steps []string
		for _, s := range ia.Steps {
			steps = append(steps, s.Who.String()+": "+s.What)
		}
		v.contains("pay.injuryAllowance.steps", x.Steps, steps)
	}
	if x := want.Redeployment; x != nil {
		rp := pay.Redeployment
		if rp == nil {
			v.scalar("pay.redeployment", "the pay of the first period in the new post", "none", "the case gives no pay.redeployment")
			return
		}
		for _, m := range []struct {
			path string
			want *decimal.Decimal
			got  string
		}{{"pay.redeployment.previous", x.Previous, rp.Previous}, {"pay.redeployment.new", x.New, rp.New}, {"pay.redeployment.total", x.Total, rp.Total}} {
			if m.want != nil && money(*m.want) != m.got {
				v.scalar(m.path, money(*m.want), m.got, "")
			}
		}
		v.contains("pay.redeployment.findings", x.Findings, findingTexts(rp.Findings))
	}
}

// contains records a mismatch for each wanted text that no text of got
// contains.
func (v *verifier) contains(path string, want, got []string) {
	for _, w := range want {
		found := false
		for _, g := range got {
			if strings.Contains(g, w) {
				found = true
				break
			}
		}
		if !found {
			v.out = append(v.out, Mismatch{Path: path, List: true, Want: []string{w}, Got: got, Note: "no item contains the text wanted"})
		}
	}
}

func findingTexts(fs []Finding) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, findingText(f))
	}
	return out
}

func (v *verifier) pension(want *casefile.PensionExpect, r *Report) {
	if want == nil {
		return
	}
	p := r.Pension
	if p == nil {
		v.scalar("pension", "an assessment", "none", "the case gives no pension member")
		return
	}
	check(v, "pension.eligible", want.Eligible, p.Eligible, btoa)
	check(v, "pension.tier", want.Tier, p.Tier, code[pension.Tier])
	var l LegacyAward
	if p.Legacy != nil {
		l = *p.Legacy
	}
	check(v, "pension.prospective", want.Prospective, l.Prospective, pension.Membership.String)
	check(v, "pension.enhancement", want.Enhancement, l.Enhancement, pension.Membership.String)
	check(v, "pension.total", want.Total, l.Total, pension.Membership.String)
	moneyCheck := func(path string, want *decimal.Decimal, got string) {
		if want != nil && money(*want) != got {
			v.scalar(path, money(*want), orDash(got, got == ""), "")
		}
	}
	moneyCheck("pension.pension", want.Pension, l.Pension)
	moneyCheck("pension.lumpSum", want.LumpSum, l.LumpSum)
	var addition string
	if p.Scheme2015 != nil {
		addition = p.Scheme2015.Addition
	}
	moneyCheck("pension.addition", want.Addition, addition)
	v.contains("pension.findings", want.Findings, findingTexts(p.Findings))
}

// letters renders each letter expected and checks its text.
func (v *verifier) letters(want []casefile.LetterExpect, e *evaluation) {
	if len(want) == 0 {
		return
	}
	r, err := letters.New()
	if err != nil {
		v.scalar("letters", "the letters package's templates", err.Error(), "")
		return
	}
	for i, x := range want {
		path := fmt.Sprintf("letters[%d]", i)
		if !x.Kind.IsValid() {
			v.scalar(path+".kind", "a letter, e.g. stage-1-invitation", "(none)", "required")
			continue
		}
		format := letters.Text
		if x.HTML {
			format = letters.HTML
		}
		what := fmt.Sprintf("the %s letter (%s)", x.Kind, format)
		l, err := e.letter(x.Kind)
		var text string
		if err == nil {
			text, err = r.String(format, l)
		}
		switch {
		case x.Refused != "" && err == nil:
			v.scalar(path+".refused", x.Refused, "a letter", what+" must be refused with an error containing the text wanted")
			continue
		case x.Refused != "":
			if msg := oneLine(err); !strings.Contains(msg, x.Refused) {
				v.scalar(path+".refused", x.Refused, msg, "the error does not contain the text wanted")
			}
			continue
		case err != nil:
			v.scalar(path, what, oneLine(err), "the letter could not be written")
			continue
		}
		see := fmt.Sprintf("%s; see it with: hr14 letter --kind %s --as-of %s", what, x.Kind, e.asOf)
		if x.HTML {
			see = strings.Replace(see, "--kind", "--html --kind", 1)
		}
		if f := e.c.File(); f != "" {
			see += " " + f
		}
		for j, c := range x.Contains {
			if !strings.Contains(text, c) {
				v.scalar(fmt.Sprintf("%s.contains[%d]", path, j), strconv.Quote(c), "not in the letter", see)
			}
		}
		for j, c := range x.NotContains {
			if k := strings.Index(text, c); k >= 0 {
				v.scalar(fmt.Sprintf("%s.notContains[%d]", path, j), "no "+strconv.Quote(c), strconv.Quote(around(text, k, len(c))), see)
			}
		}
	}
}

// oneLine returns err's message on one line (a joined error has one line
// per error).
func oneLine(err error) string { return strings.ReplaceAll(err.Error(), "\n", "; ") }

// around returns the text around text[i:i+n], within its line, for a
// message: up to 30 bytes either side, cut at rune boundaries.
func around(text string, i, n int) string {
	start, end := i, i+n
	for k := 0; k < 30 && start > 0 && text[start-1] != '\n'; k++ {
		start--
	}
	for k := 0; k < 30 && end < len(text) && text[end] != '\n'; k++ {
		end++
	}
	for start > 0 && !utf8.RuneStart(text[start]) {
		start++
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	out := text[start:end]
	if start > 0 && text[start-1] != '\n' {
		out = "…" + out
	}
	if end < len(text) && text[end] != '\n' {
		out += "…"
	}
	return out
}
