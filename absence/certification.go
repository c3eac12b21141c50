package absence

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

// Certification is what an episode needs in certificates and whether they
// came in time (ABS-4, Proc 13, Proc 14, App 2).
//
// Day 1 for certification is the first sickness day for pay (the pay view of
// the episode, [PayView]): certificates are evidence for sick pay, and a part
// day on which less than half the shift was worked is paid as worked, so the
// next day is day 1. Days are calendar days, rest days included. Days 1–7 may
// be self-certified; from day 8 a fit note must cover every sickness day (leave
// taken during the episode needs none), received by the manager within 3
// calendar days and running on from the previous one. When a withdrawal of
// self-certification is in force on day 1 ([Employee].SelfCertificationOn) a
// fit note is needed from day 1; a withdrawal that takes effect after day 1
// does not reach back into the episode.
type Certification struct {
	Episode Period `json:"episode"` // the episode checked (Episode.Period)
	// Day1 is day 1 for certification; zero when no day is sickness for pay
	// (then nothing needs a certificate).
	Day1 Date `json:"day1"`
	// Decision is the decision on self-certification in force on Day1
	// (Employee.SelfCertificationOn); the zero decision when none had taken
	// effect by then.
	Decision SelfCertificationDecision `json:"decision"`
	// DecisionFindings explain the decisions on self-certification that
	// bear on the episode: the one in force on Day1, and a withdrawal that
	// took effect during the episode (which does not reach it). They are
	// among Findings too.
	DecisionFindings []Finding `json:"decisionFindings"`
	// SelfCertified is the span of days 1–7 that a self-certificate may cover
	// (cut at the end of the episode); zero when self-certification was
	// withdrawn.
	SelfCertified Period `json:"selfCertified"`
	// FitNoteFrom is the first sickness day a fit note must cover: day 8, or
	// day 1 when self-certification was withdrawn; zero when the episode is
	// too short to need one.
	FitNoteFrom Date `json:"fitNoteFrom"`
	// Checks are the self-certificate check (if any) and one check per fit
	// note relied on, or per stretch of days with no fit note yet, in date
	// order.
	Checks []Check `json:"checks"`
	// Uncovered are the sickness days, up to the evaluation date, that need a
	// fit note and have none received in time although the deadline has
	// passed: pay is withheld for them until a certificate is produced
	// (PAY-4). It includes the Missing days and the days covered only by a
	// late certificate.
	Uncovered []Period `json:"uncovered"`
	// Missing are the Uncovered days for which no certificate at all had been
	// received by the evaluation date.
	Missing []Period `json:"missing"`
	// Findings explain the requirements and every gap.
	Findings []Finding `json:"findings"`
}

// A heldCertificate is a certificate of one of an episode's records.
type heldCertificate struct {
	Certificate
	record, index int // where it is: h.Records[record].Certificates[index]
	id            string
}

func (c heldCertificate) describe() string {
	s := c.Kind.String() + " " + c.Covers.String() + " (record " + strconv.Itoa(c.record+1)
	if c.id != "" {
		if id := QuoteID(c.id); id != "" {
			s += " " + id
		}
	}
	return s + ", certificate " + strconv.Itoa(c.index+1) + ")"
}

// Certification returns the certificates needed for episode i of h (an index
// into h.Episodes) and whether they were received in time, as of asOf: a
// certificate received after asOf, or with no Received date, is not there yet.
//
// It fails with [ErrNoEpisode] for a bad index and [ErrInvalidDate] for an
// invalid asOf.
func (h History) Certification(i int, asOf Date) (Certification, error) {
	ep, err := h.episode(i)
	if err != nil {
		return Certification{}, err
	}
	if err := checkDate("date", -1, "asOf", asOf); err != nil {
		return Certification{}, err
	}
	c := Certification{Episode: ep.Period}
	pay := ep.Pay
	if len(pay.Days) == 0 {
		c.Findings = append(c.Findings, Finding{ruleSelfCertificate,
			"no day of the episode is sickness for pay (a part day is paid as worked): no certificate is needed"})
		return c, nil
	}
	pol := h.Policy
	day1 := pay.Span.Start
	c.Day1 = day1
	c.Findings = append(c.Findings, Finding{ruleSelfCertificate, fmt.Sprintf(
		"day 1 for certification is %s, the first day of sickness for pay; days are calendar days", day1)})

	var held []heldCertificate
	for _, ri := range ep.Records {
		r := h.Records[ri]
		for j, ct := range r.Certificates {
			if ct.Received.IsZero() || ct.Received.After(asOf) {
				continue
			}
			held = append(held, heldCertificate{ct, ri, j, r.ID})
		}
	}
	slices.SortStableFunc(held, func(a, b heldCertificate) int {
		return cmp.Or(a.Covers.Start.Compare(b.Covers.Start), a.Received.Compare(b.Received))
	})

	fitFrom := day1.AddDays(pol.SelfCertificateDays)
	dec, inForce := h.Employee.SelfCertificationOn(day1)
	if inForce {
		c.Decision = dec
		c.DecisionFindings = append(c.DecisionFindings, Finding{ruleSelfCertificate, selfCertificationText(dec, day1)})
	}
	for _, x := range h.Employee.SelfCertification {
		if x.Withdrawn && x.From.After(day1) && !x.From.After(pay.Span.End) {
			c.DecisionFindings = append(c.DecisionFindings, Finding{ruleSelfCertificate, fmt.Sprintf(
				"the right to self-certify was withdrawn from %s, after day 1 of this episode (%s): the withdrawal applies to sickness starting on or after that day, not to this episode",
				x.From, day1)})
		}
	}
	c.Findings = append(c.Findings, c.DecisionFindings...)
	if inForce && dec.Withdrawn {
		fitFrom = day1
	} else if pol.SelfCertificateDays > 0 {
		c.selfCertificate(pay, Period{day1, minDate(fitFrom.AddDays(-1), pay.Span.End)}, held, asOf)
	}
	if fitFrom.After(pay.Span.End) {
		c.Findings = append(c.Findings, Finding{ruleFitNote, fmt.Sprintf(
			"the absence lasts %s from day 1, not more than %d: no fit note is needed",
			plural(pay.Span.End.DaysSince(day1)+1, "calendar day"), pol.SelfCertificateDays)})
	} else {
		c.fitNotes(pol, clipPeriods(pay.Days, Period{fitFrom, pay.Span.End}), held, asOf)
	}
	c.advice(held, asOf)
	return c, nil
}

// selfCertificate adds the check that days 1–7 are covered by a certificate
// of either kind. HR14 sets no deadline for it (Proc 13).
func (c *Certification) selfCertificate(pay PayView, window Period, held []heldCertificate, asOf Date) {
	c.SelfCertified = window
	var gaps []Period
	var done Date
	for _, p := range clipPeriods(pay.Days, window) {
		for d := range p.All() {
			got := Date{}
			for _, hc := range held {
				if hc.Covers.Contains(d) && (got.IsZero() || hc.Received.Before(got)) {
					got = hc.Received
				}
			}
			if got.IsZero() {
				gaps = addDay(gaps, d)
			} else if got.After(done) {
				done = got
			}
		}
	}
	if len(gaps) > 0 {
		done = Date{}
	}
	ck := dateCheck(TaskSelfCertificate, ruleSelfCertificate, "self-certificate for "+window.String(), Date{}, done, asOf)
	days := fmt.Sprintf("days 1–%d (%s to %s)", window.Days(), window.Start, window.End)
	if window.Days() == 1 {
		days = fmt.Sprintf("day 1 (%s)", window.Start)
	}
	ck.Findings = append(ck.Findings, Finding{ruleSelfCertificate,
		days + " may be self-certified; HR14 sets no deadline for the self-certificate"})
	for _, g := range gaps {
		ck.Findings = append(ck.Findings, Finding{ruleSelfCertificate, fmt.Sprintf(
			"no certificate received for %s as of %s", g, asOf)})
	}
	c.Checks = append(c.Checks, ck)
}

// fitNotes checks every day that needs a fit note (req, in order) against the
// fit notes held.
func (c *Certification) fitNotes(pol Policy, req []Period, held []heldCertificate, asOf Date) {
	n := pol.FitNoteDays
	c.FitNoteFrom = req[0].Start
	how := fmt.Sprintf("the first day it must cover (day %d, then the day after the previous fit note ends)", c.FitNoteFrom.DaysSince(c.Day1)+1)
	if pol.FitNoteFrom == CertificateStart {
		how = "the first day it covers"
	}
	c.Findings = append(c.Findings, Finding{ruleFitNote, fmt.Sprintf(
		"from %s a fit note must cover every day of sickness, received by the manager within %s of %s",
		c.FitNoteFrom, plural(n, "calendar day"), how)})
	for _, hc := range held {
		if hc.Kind == SelfCertificate && hc.Covers.Overlaps(Period{c.FitNoteFrom, req[len(req)-1].End}) {
			c.Findings = append(c.Findings, Finding{ruleFitNote, fmt.Sprintf(
				"the %s cannot cover days from %s, which need a fit note", hc.describe(), c.FitNoteFrom)})
		}
	}

	// Each day is covered in time by a fit note, covered only by a late one,
	// or not covered. Consecutive days with the same outcome and certificate
	// form one group, and each group one check.
	type group struct {
		cert    int  // index into held; -1 for no certificate
		timely  bool // covered in time
		stretch Date // the first day the certificate had to cover
		from    Date // the day its FitNoteDays run from
		due     Date // its deadline
		days    []Period
	}
	var groups []group
	find := func(cert int, timely bool, stretch Date) *group {
		for i := len(groups) - 1; i >= 0; i-- { // most often the last
			g := &groups[i]
			if g.cert == cert && g.timely == timely && (cert >= 0 || g.stretch == stretch) {
				return g
			}
		}
		return nil
	}
	var (
		stretch     Date  // first day of the current stretch to be covered
		prevTimely  []int // fit notes that covered the previous day in time
		prevCovered bool
	)
	for _, p := range req {
		for d := range p.All() {
			if stretch.IsZero() || (prevCovered && !anyCovers(held, prevTimely, d)) {
				stretch = d
			}
			from := func(hc heldCertificate) Date {
				if pol.FitNoteFrom == CertificateStart {
					return hc.Covers.Start
				}
				return stretch
			}
			due := func(hc heldCertificate) Date { return from(hc).AddDays(n) }
			prevTimely = prevTimely[:0]
			late := -1
			for k, hc := range held {
				if hc.Covers.Start.After(d) {
					break // held is in order of first day covered
				}
				if hc.Kind != FitNote || hc.Covers.End.Before(d) {
					continue
				}
				if !hc.Received.After(due(hc)) {
					prevTimely = append(prevTimely, k)
				} else if late < 0 || hc.Received.Before(held[late].Received) {
					late = k
				}
			}
			prevCovered = len(prevTimely) > 0
			var g group
			switch {
			case prevCovered:
				k := prevTimely[0]
				g = group{cert: k, timely: true, stretch: stretch, from: from(held[k]), due: due(held[k])}
			case late >= 0:
				g = group{cert: late, stretch: stretch, from: from(held[late]), due: due(held[late])}
			default:
				g = group{cert: -1, stretch: stretch, from: stretch, due: stretch.AddDays(n)}
			}
			if !g.timely && asOf.After(g.due) && !d.After(asOf) {
				c.Uncovered = addDay(c.Uncovered, d)
				if g.cert < 0 {
					c.Missing = addDay(c.Missing, d)
				}
			}
			if e := find(g.cert, g.timely, g.stretch); e != nil {
				e.days = addDay(e.days, d)
				continue
			}
			g.days = addDay(nil, d)
			groups = append(groups, g)
		}
	}

	for _, g := range groups {
		span := Period{g.days[0].Start, g.days[len(g.days)-1].End}
		var ck Check
		if g.cert < 0 {
			ck = dateCheck(TaskFitNote, ruleFitNote, "fit note for "+span.String(), g.due, Date{}, asOf)
			ck.Findings = append(ck.Findings, Finding{ruleFitNote, fmt.Sprintf(
				"no fit note received for %s as of %s; one covering %s had to be received within %s, by %s",
				span, asOf, g.stretch, plural(n, "calendar day"), g.due)})
		} else {
			hc := held[g.cert]
			ck = dateCheck(TaskFitNote, ruleFitNote, "fit note "+hc.Covers.String(), g.due, hc.Received, asOf)
			ck.Findings = append(ck.Findings, Finding{ruleFitNote, fmt.Sprintf(
				"the %s, relied on for %s, had to be received within %s of %s, by %s; it was received %s",
				hc.describe(), span, plural(n, "calendar day"), g.from, g.due, hc.Received)})
		}
		c.Checks = append(c.Checks, ck)
	}
	for _, u := range c.Uncovered {
		c.Findings = append(c.Findings, Finding{ruleFitNote, fmt.Sprintf(
			"%s not covered by a fit note received in time: pay is withheld until a certificate is produced and a reasonable explanation given for the delay (PAY-4)", u)})
	}
}

// anyCovers reports whether any of the held certificates ks covers d.
func anyCovers(held []heldCertificate, ks []int, d Date) bool {
	for _, k := range ks {
		if held[k].Covers.Contains(d) {
			return true
		}
	}
	return false
}

// clipPeriods returns the parts of ps inside w, in order.
func clipPeriods(ps []Period, w Period) []Period {
	var out []Period
	for _, p := range ps {
		if q, ok := p.Intersect(w); ok {
			out = append(out, q)
		}
	}
	return out
}

// addDay adds d to runs (in date order), extending the last run when d
// follows it.
func addDay(runs []Period, d Date) []Period {
	if n := len(runs); n > 0 && runs[n-1].End.AddDays(1) == d {
		runs[n-1].End = d
		return runs
	}
	return append(runs, Day(d))
}

func minDate(a, b Date) Date {
	if b.Before(a) {
		return b
	}
	return a
}
