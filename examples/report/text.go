package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/triggers"
)

// WriteText writes r for a reader: first the manager's summary (one
// screen: what is happening, what to do next and by when, in plain English
// with British dates; [Summarise]), then the detail for the file or a
// bundle: each section with its explanations, the rule IDs and clauses
// included, in words an HR manager can quote, dates in ISO 8601.
func WriteText(w io.Writer, r *Report) error {
	p := &printer{w: w}
	s := r.Summary
	if s == nil {
		sum := Summarise(r)
		s = &sum
	}
	writeSummary(p, s)
	p.line("\n%s", strings.Repeat("=", 72))
	p.line("DETAIL, for the file or a bundle: every finding with its rule (catalogued in the")
	p.line("packages' documentation) and the policy's clause; dates as 2026-01-06, periods as")
	p.line("2026-01-06/2026-01-07 (first and last day).")
	p.line("%s\n", strings.Repeat("=", 72))
	title := "Sickness absence case"
	if r.Name != "" {
		title += ": " + r.Name
	}
	p.line("%s", title)
	p.line("As of %s, under %s%s", isoDay(r.AsOf), r.Policy.Name, knobs(r.Policy.Knobs))
	if !r.Policy.ID.IsZero() {
		p.line("Policy: %s; hr14 library %s", r.Policy.ID, r.Policy.Library)
	}
	emp := r.Employee
	id := emp.ID
	if id == "" {
		id = "(no ID)"
	}
	p.line("Employee %s: FTE %s, standard day %s h, %s", id, emp.FTE, emp.StandardDayHours, emp.Schedule)
	if len(emp.SelfCertification) > 0 {
		ds := make([]string, len(emp.SelfCertification))
		for i, d := range emp.SelfCertification {
			ds[i] = d.String()
		}
		p.line("Self-certification (ABS-4, HR14 Proc 13): %s", strings.Join(ds, "; "))
	}
	for _, w := range emp.OtherWork {
		covered := "no fit note recorded as covering it"
		if w.FitNoteCovers {
			covered = "a fit note covers it"
		}
		p.line("Other work declared (ABS-22, HR14 §5.4.7): %s, declared %s, %s", periodText(w.Period), w.Declared, covered)
	}
	for _, n := range r.Notes {
		p.line("Note: %s", n)
	}

	p.section("Episodes of sickness (ABS-1, ABS-2, ABS-3, ABS-7)")
	if len(r.Episodes) == 0 {
		p.item("none")
	}
	for _, ep := range r.Episodes {
		term := "short term"
		if ep.LongTerm {
			term = "long term"
		}
		p.line("  %d. %s, %s: %s, %s (%s)", ep.Number, periodText(ep.Period), reasonsText(ep.Reasons), term,
			plural(ep.CalendarDays, "calendar day"), recordsText(ep.Records))
		if ep.Triggers.Counts {
			p.line("     triggers: %s lost (%s)", plural(ep.Triggers.WorkingDays, "working day"), periodsText(ep.Triggers.Counted))
		} else {
			p.line("     triggers: does not count")
		}
		if len(ep.Pay.Days) > 0 {
			p.line("     pay: %s of sickness (%s)", plural(ep.Pay.WorkingDays, "working day"), periodsText(ep.Pay.Days))
		} else {
			p.line("     pay: no day of sickness for pay")
		}
		for _, f := range ep.Findings {
			p.line("     - %s", findingText(f))
		}
	}
	if len(r.NoShiftLost) > 0 {
		p.section("Sickness with no shift lost: not an episode (ABS-2, §4.4)")
		for _, n := range r.NoShiftLost {
			p.line("  - %s, %s (%s)", periodText(n.Period), reasonsText(n.Reasons), recordsText(n.Records))
			for _, f := range n.Findings {
				p.line("     - %s", findingText(f))
			}
		}
	}
	if rec := r.Recording; len(rec.AtWork)+len(rec.SicknessOnLeave)+len(rec.Protected)+len(rec.Appointments)+len(rec.Findings) > 0 {
		p.section("How the absences were recorded (ABS-20 on): for HR, never a decision")
		for _, a := range rec.AtWork {
			p.item("%s (record %s)", a.Text, a.Record)
		}
		for _, x := range rec.SicknessOnLeave {
			p.item("%s: sickness (record %s) during booked leave (record %s)", periodText(x.Period), x.Sickness, x.Leave)
			for _, f := range x.Findings {
				p.line("     - %s", findingText(f))
			}
		}
		for _, x := range rec.Protected {
			p.item("%s", x.Text)
		}
		for _, a := range rec.Appointments {
			p.item("appointment %s", a.Text)
		}
		for _, f := range rec.Findings {
			p.item("%s", findingText(f))
		}
	}
	if len(r.PartDays) > 0 {
		p.section("Part-day notes (ABS-3)")
		for _, pd := range r.PartDays {
			what := "not a sickness day"
			if pd.Sickness {
				what = "a sickness day for triggers, paid as worked"
			}
			p.item("%s: worked %s of %s h (record %s): %s", pd.Date, pd.Worked, pd.Shift, pd.Record, what)
		}
	}

	t := r.Triggers
	p.section("Trigger points activated up to the date, over the whole record (TRIG-1 … TRIG-5, HR14 SAP 1.2)")
	if len(t.Activations) == 0 {
		p.item("none")
	}
	for _, a := range t.Activations {
		p.item("%s", a.Text)
	}
	if t.Adjustment != "" {
		p.line("  (%s)", t.Adjustment)
	}
	whole := "over the whole record"
	if t.SinceStage != nil {
		whole += ", absences before the stage meeting included: the employee's record, not what decides the next stage"
	}
	p.section("Trigger points as of " + r.AsOf.String() + ", " + whole)
	for _, s := range t.Status {
		p.item("%s", s.Text)
	}
	p.section("Headroom " + whole)
	for _, h := range t.Headroom {
		p.item("%s", h.Text)
	}
	if ss := t.SinceStage; ss != nil {
		how := "only sickness after it counts"
		if ss.Counting == triggers.CountFullWindow {
			how = "full windows, with sickness after it"
		}
		p.section(fmt.Sprintf("Counting from the stage meeting of %s (%s: %s): what makes the next stage due, and the employee's improvement target (TRIG-7, HR14 SAP 1.3–1.5)", ss.From, ss.Counting, how))
		for _, s := range ss.Status {
			p.item("%s", s.Text)
		}
		p.line("  Headroom, counting from the meeting (what to tell the employee at the return-to-work interview):")
		for _, h := range ss.Headroom {
			p.item("%s", h.Text)
		}
		for _, line := range ss.Readings {
			p.line("  %s", line)
		}
	}
	p.section("Patterns (TRIG-6: advice for the manager, never a trigger)")
	recognisable := 0
	for _, pat := range t.Patterns {
		if pat.Recognisable {
			recognisable++
			p.item("%s", pat.Text)
		}
	}
	if recognisable == 0 {
		p.item("no recognisable pattern")
	}
	p.item("%s", t.Bradford)

	pr := r.Procedure
	p.section("Formal procedure (STAGE rules)")
	stage := "no formal stage"
	if pr.Stage.String() != "none" {
		stage = strings.ReplaceAll(pr.Stage.String(), "-", " ") + " since " + pr.Since.String()
	}
	p.line("  Stage in effect: %s", stage)
	if pr.Dismissed {
		p.line("  A decision to dismiss stands.")
	}
	if pr.Closed {
		p.line("  The case is closed (dismissal upheld on appeal).")
	}
	if !pr.Resigned.IsZero() {
		p.line("  The employee resigned on %s: the procedure has ended (STAGE-22).", pr.Resigned)
	}
	p.line("  Events recorded: %d", pr.Recorded)
	for _, d := range pr.Derived {
		linked := ""
		if d.Linked {
			linked = ", reached through absences linked to the underlying condition (STAGE-15): record it as linked"
		}
		p.line("  Found from the absence record, to be recorded: %s on %s (%s)%s", d.Kind, d.Date, strings.Join(d.Triggers, ", "), linked)
	}
	for _, m := range pr.Meetings {
		p.line("  - %s: due from %s (%s)%s", m.Step, m.Due, m.Route, meetingState(m))
		for _, d := range deadlineLines(m) {
			p.line("      %s", d)
		}
	}
	p.line("  Next steps:")
	if len(pr.NextSteps) == 0 {
		p.line("    none")
	}
	for _, s := range pr.NextSteps {
		p.line("    - %s", s.Text)
	}

	if len(pr.Duties) > 0 || len(pr.ServiceLevels) > 0 {
		p.section("Duties recorded (STAGE-11 … STAGE-24, ABS-12)")
		for _, d := range pr.Duties {
			p.item("%s %s: %s — %s", d.Date, d.Kind, d.Text, d.Rule)
		}
		for _, x := range pr.ServiceLevels {
			p.item("%s", x.Text)
		}
		for _, f := range pr.Findings {
			if duty(f.Rule) && (strings.Contains(f.Text, "must") || strings.Contains(f.Text, "no decision") || strings.Contains(f.Text, "not an automatic step") ||
				strings.Contains(f.Text, "override") || strings.Contains(f.Text, "are linked to the underlying condition")) {
				p.item("%s — %s", f.Text, f.Rule)
			}
		}
	}

	p.section("Recording checks (ABS-4, ABS-6, ABS-9, ABS-10, ABS-11, ABS-12, ABS-16)")
	open := 0
	for _, c := range r.Checks {
		switch c.Status {
		case absence.Met, absence.NotRequired:
			continue
		default: // pending, late, overdue: shown
		}
		open++
		p.item("episode %d: %s", c.Episode, c.Text)
	}
	if open == 0 {
		p.item("nothing pending, late or overdue")
	}

	if pay := r.Pay; pay != nil {
		p.section("Pay (PAY rules)")
		for _, sp := range pay.SickPay {
			p.item("episode %d: sick pay from %s, %s of reckonable service: %d full-pay and %d half-pay days available, %d and %d left after it",
				sp.Episode, sp.FirstDay, plural(sp.ServiceYears, "year"), sp.Available.Full, sp.Available.Half, sp.Remaining.Full, sp.Remaining.Half)
			if sp.Status != "" {
				p.line("    on %s: %s pay", r.AsOf, sp.Status)
			}
			if sp.Paid != "" {
				p.line("    paid %s (SSP %s, top-up %s); withheld %s", pounds(sp.Paid), pounds(sp.SSP), pounds(sp.TopUp), pounds(sp.Withheld))
			}
			if sp.Change != "" {
				p.line("    why the figures changed: %s — PAY-8 (AfC Section 14)", strings.TrimSuffix(sp.Change, "."))
			}
		}
		if pay.SSP != "" {
			p.item("Statutory Sick Pay over the history: %s", pounds(pay.SSP))
		}
		for _, x := range pay.SSPExclusions {
			p.item("%s", x.Finding.Text)
		}
		if ia := pay.InjuryAllowance; ia != nil {
			window := "no days left"
			if !ia.Window.IsZero() {
				window = ia.Window.String()
			}
			p.item("Injury Allowance (PAY-3), %s: %s in all", window, pounds(ia.Total))
			if ia.Overpaid != "" && ia.Overpaid != "0.00" {
				p.item("Injury Allowance overpaid, to be recovered (PAY-14): %s", pounds(ia.Overpaid))
			}
			if ia.Overpaid != "" { // a claim: its findings, then the payments
				for _, f := range ia.Findings {
					p.line("    - %s", findingText(f))
				}
			}
			for _, pmt := range ia.Payments {
				p.line("    %s: %s — %s", pmt.Period, pounds(pmt.Allowance), pmt.Text)
			}
			for _, s := range ia.Steps {
				p.line("    next: %s: %s — %s (%s)", s.Who, s.What, s.Rule, s.Clause)
			}
		}
		if rp := pay.Redeployment; rp != nil {
			p.item("first pay period in the new post after redeployment (STAGE-20), %s: %s", rp.Period, pounds(rp.Total))
			for _, f := range rp.Findings {
				p.line("    - %s", findingText(f))
			}
		}
	}
	if pen := r.Pension; pen != nil {
		p.section("Ill-health retirement (PEN rules)")
		if pen.Status != pension.Active {
			p.item("a %s (PEN-8)", pen.Status)
		}
		if !pen.Eligible {
			p.item("not eligible")
		} else {
			p.item("%s from %s (age %d)", pen.Tier, pen.Retires, pen.Age)
		}
		if l := pen.Legacy; l != nil {
			p.item("%s: membership %s + enhancement %s = %s (prospective %s)", l.Section, l.Membership, l.Enhancement, l.Total, l.Prospective)
			if l.Pension != "" {
				p.line("    pension %s a year, lump sum %s", pounds(l.Pension), pounds(l.LumpSum))
			}
		}
		if s := pen.Scheme2015; s != nil {
			p.item("2015 Scheme: built up %s + addition %s = %s a year (assumed %s)", pounds(s.BuiltUp), pounds(s.Addition), pounds(s.Pension), s.Assumed)
		}
		for _, f := range pen.Findings {
			p.line("    - %s", findingText(f))
		}
	}
	if r.WhatIf != nil {
		writeWhatIf(p, r.WhatIf)
	}
	return p.err
}

type printer struct {
	w   io.Writer
	err error
}

func (p *printer) line(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format+"\n", args...)
	}
}

func (p *printer) section(title string) { p.line("\n%s", title) }

func (p *printer) item(format string, args ...any) { p.line("  - "+format, args...) }

// isoDay writes a date of the detail with its weekday: "2026-03-16
// (Monday)".
func isoDay(d absence.Date) string { return d.String() + " (" + d.Weekday().String() + ")" }

func knobs(k []string) string {
	if len(k) == 0 {
		return ""
	}
	return " (knobs: " + strings.Join(k, ", ") + ")"
}

func findingText(f Finding) string { return fmt.Sprintf("%s — %s (%s)", f.Text, f.Rule, f.Clause) }

func periodText(p absence.Period) string {
	if p.Start == p.End {
		return p.Start.String()
	}
	return p.String()
}

func periodsText(ps []absence.Period) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = periodText(p)
	}
	return strings.Join(s, ", ")
}

func reasonsText(rs []absence.Reason) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = r.String()
	}
	if len(s) == 0 {
		return "no sickness reason"
	}
	return strings.Join(s, ", ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func meetingState(m Meeting) string {
	var parts []string
	switch {
	case !m.Superseded.IsZero() && m.Held.IsZero():
		parts = append(parts, "superseded on "+m.Superseded.String())
	case m.Invited.IsZero():
		parts = append(parts, "not yet invited")
	case m.Slot != nil:
		parts = append(parts, "arranged for "+isoDay(m.Slot.Date))
	}
	if !m.Held.IsZero() {
		parts = append(parts, "held "+m.Held.String())
	}
	if m.Decision.String() != "" {
		parts = append(parts, "decision "+m.Decision.String())
	}
	if !m.Letter.IsZero() {
		parts = append(parts, "letter "+m.Letter.String())
	}
	if len(parts) == 0 {
		return ""
	}
	return ": " + strings.Join(parts, ", ")
}

func deadlineLines(m Meeting) []string {
	d := m.Deadlines
	var out []string
	add := func(what string, day absence.Date) {
		if !day.IsZero() {
			out = append(out, what+" "+isoDay(day))
		}
	}
	if d.Soon {
		out = append(out, "due as soon as practicable (28+ days' absence from "+d.SoonFrom.String()+")")
	}
	add("earliest meeting date (7 days' notice):", d.EarliestMeeting)
	add("latest re-arranged date:", d.LatestRearranged)
	add("management case by:", d.ManagementCase)
	add("employee's case by:", d.EmployeeCase)
	add("management response to the appeal by:", d.AppealResponse)
	add("decision letter by:", d.DecisionLetter)
	add("appeal by:", d.Appeal)
	return out
}

func recordsText(ids []string) string {
	if len(ids) == 1 {
		return "record " + ids[0]
	}
	return "records " + strings.Join(ids, ", ")
}

// pounds writes an amount of money ("2200.00") the British way: "£2,200.00".
func pounds(amount string) string {
	sign := ""
	if strings.HasPrefix(amount, "-") {
		sign, amount = "-", amount[1:]
	}
	whole, frac, _ := strings.Cut(amount, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return sign + "£" + b.String()
}

// duty reports whether a rule ID is one of the duties' (STAGE-11 …
// STAGE-24).
func duty(id string) bool {
	n, ok := strings.CutPrefix(id, "STAGE-")
	return ok && len(n) == 2 && n >= "11" && n <= "24"
}
