package stages

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// referral handles OHReferralMade (STAGE-11 when a Referral is given).
func (t *tx) referral() {
	e, n := t.e, &t.n
	n.OH.Referred = e.Date
	n.OH.Progress = nil
	r := e.Referral
	n.OH.Referral = nil
	if r == nil {
		return
	}
	c := *r
	c.Questions = slices.Clone(r.Questions)
	n.OH.Referral = &c
	t.note(ruleOHReferral, "referred to Occupational Health on %s (%s)", e.Date, r.Ground)
	if !r.Explained || !r.CopyGiven {
		t.note(ruleOHReferral, "the employee should know why they are referred and have a copy of the referral, ideally discussed and signed: %s", missingText(!r.Explained, "told why", !r.CopyGiven, "given a copy"))
	}
	if len(r.Questions) == 0 {
		t.note(ruleOHReferral, "the referral asks Occupational Health no specific question about the employee's functionality")
	}
	switch r.Release {
	case ConsentRefused:
		t.note(ruleStage3OH, "the employee refused consent to the release of the report: the Trust may have to decide on limited information, to their detriment, and they should be told so")
	case ConsentNotAsked:
		t.note(ruleOHReferral, "the employee's consent to the release of the report is not recorded")
	default:
		// consent given: nothing to say
	}
	switch r.PreCall {
	case ConsentGiven:
		t.note(ruleOHReferral, "the employee was told of, and consented to, a call between the manager and the OH adviser before the appointment: it covers background information only, and no question the employee has not consented to")
	case ConsentRefused:
		t.note(ruleOHReferral, "the employee did not consent to a call between the manager and the OH adviser: none may be held")
	default:
		// no pre-call
	}
}

// missingText lists the labels whose flag is set, e.g. "not told why, not
// given a copy".
func missingText(pairs ...any) string {
	var parts []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i].(bool) {
			parts = append(parts, "not "+pairs[i+1].(string))
		}
	}
	return strings.Join(parts, ", ")
}

// appointment handles OHAppointment (STAGE-11).
func (t *tx) appointment() error {
	e, n := t.e, &t.n
	a := e.Appointment
	if n.OH.Referred.IsZero() {
		return t.reject(ErrNotDue, ruleOHAppointment, "no referral to Occupational Health is recorded")
	}
	pr := n.OH.progress()
	defer func() { n.OH.Progress = &pr }()
	switch a.Outcome {
	case AppointmentBooked:
		if pr.Contacted.IsZero() {
			pr.Contacted = e.Date
		}
		t.note(ruleOHAppointment, "Occupational Health booked an appointment for %s on %s", a.Date, e.Date)
	case AppointmentAttended:
		if pr.Contacted.IsZero() {
			pr.Contacted = a.Date
		}
		if pr.Consulted.IsZero() {
			pr.Consulted = a.Date
		}
		t.note(ruleOHAppointment, "the employee attended the Occupational Health appointment of %s", a.Date)
	case AppointmentMissed:
		if a.Explained {
			t.note(ruleOHAppointment, "the employee did not attend the Occupational Health appointment of %s, with a reasonable explanation: another is booked", a.Date)
			break
		}
		pr.Missed = a.Date
		t.note(ruleOHAppointment, "the employee did not attend the Occupational Health appointment of %s without a reasonable explanation: HR to consider whether the disciplinary policy (HR01) applies; it is not an automatic step", a.Date)
	default: // AppointmentCancelled
		hours, how := a.NoticeHours, ""
		if hours == 0 {
			hours, how = 24*a.Date.DaysSince(e.Date), " (counted in whole days from the cancellation)"
		}
		prov := t.p.OHProvider
		charge := "no charge"
		switch {
		case !prov.ChargesNonAttendance:
			charge = "the OH provider does not charge for it"
		case hours < prov.CancelHours:
			charge = fmt.Sprintf("less than %s ahead, so charged as not attended under the OH provider's terms", plural(prov.CancelHours, "hour"))
		}
		t.note(ruleOHAppointment, "the Occupational Health appointment of %s was cancelled %s ahead%s: %s", a.Date, plural(hours, "hour"), how, charge)
	}
	return nil
}

// report handles the record of OHReportReceived (STAGE-12): its headings,
// its recommendations as proposed plan entries, and what follows from the
// underlying-condition and Equality Act headings.
func (t *tx) report() error {
	e, n := t.e, &t.n
	r := *e.Report
	r.Recommendations = slices.Clone(e.Report.Recommendations)
	for i := range r.Recommendations {
		if r.Recommendations[i].ID == "" {
			r.Recommendations[i].ID = e.Date.String() + "/" + strconv.Itoa(i+1)
		}
		if _, ok := n.entry(r.Recommendations[i].ID); ok {
			return &EventError{Index: n.Events, ID: e.ID, Kind: e.Kind, Date: e.Date, Rule: ruleOHReport,
				Field: "Report.Recommendations[" + strconv.Itoa(i) + "].ID", Detail: "a plan entry with that ID already exists", Err: ErrInvalidEvent}
		}
	}
	n.OH.Report = &r
	var parts []string
	if r.Fitness != FitnessNotGiven {
		parts = append(parts, r.Fitness.String())
	}
	if r.Underlying != AnswerNone {
		parts = append(parts, "underlying condition linking the absences: "+r.Underlying.String())
	}
	if r.EqualityAct != AnswerNone {
		parts = append(parts, "Equality Act likely to apply: "+r.EqualityAct.String())
	}
	if r.Prognosis != PrognosisNotGiven {
		p := "prognosis: " + r.Prognosis.String()
		if r.PrognosisWeeks > 0 {
			p += " within " + plural(r.PrognosisWeeks, "week")
		}
		parts = append(parts, p)
	}
	if !r.Review.IsZero() {
		parts = append(parts, "OH review on "+r.Review.String())
	}
	if len(parts) == 0 {
		parts = append(parts, "no heading recorded")
	}
	t.note(ruleOHReport, "Occupational Health report of %s: %s", e.Date, strings.Join(parts, "; "))
	plan := slices.Clone(n.Plan)
	for _, rec := range r.Recommendations {
		plan = append(plan, PlanEntry{Adjustment: Adjustment{ID: rec.ID, Kind: rec.Kind, ProposedBy: PartyOH},
			Proposed: e.Date, Updated: e.Date, Report: e.Date, Event: n.Events})
		t.note(ruleOHReport, "OH recommends %s (plan entry %s): the manager follows it, or documents why not", rec.Kind, rec.ID)
	}
	n.Plan = plan
	if d := n.disability(); r.EqualityAct == Yes && d.Indicated.IsZero() {
		d.Indicated = e.Date
		n.Disability = &d
		t.note(rulePlan, "Occupational Health advises that the Equality Act is likely to apply: the manager decides whether the definition of disability is met and considers reasonable adjustments")
	}
	t.underlyingAdvice(r.Underlying)
	return nil
}

// An Expectation is a dated expectation of a service the case depends on,
// such as the Occupational Health referral's service levels (STAGE-11,
// App 9), with whether it was met as of a date.
type Expectation struct {
	What   string         `json:"what"`           // e.g. "Occupational Health contacts the employee"
	Due    absence.Date   `json:"due"`            // the date expected
	Done   absence.Date   `json:"done,omitempty"` // when it happened; zero if not yet
	Status absence.Status `json:"status"`         // pending, met, late or overdue as of the date asked
	Rule   absence.Rule   `json:"rule"`
}

// String returns e.g. "Occupational Health contacts the employee: expected
// by 2026-03-17, overdue — STAGE-11 (HR14 App 9)".
func (x Expectation) String() string {
	s := x.What + ": expected by " + x.Due.String() + ", " + x.Status.String()
	if !x.Done.IsZero() {
		s += " on " + x.Done.String()
	}
	return s + " — " + x.Rule.String()
}

// ServiceLevels returns the service levels of the last Occupational Health
// referral as dated expectations as of asOf (STAGE-11, App 9): OH contacts
// the employee, the consultation takes place, the report arrives. Each
// expected date runs from the one before it, as done or else as expected. A
// referral answered by a report has its expectations met (or late); none are
// returned without a referral. An invalid
// policy gives a *PolicyError.
func (s State) ServiceLevels(asOf absence.Date, p Policy) ([]Expectation, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return s.serviceLevels(asOf, p), nil
}

// serviceLevels is ServiceLevels with p already validated.
func (s State) serviceLevels(asOf absence.Date, p Policy) []Expectation {
	o := s.OH
	if o.Referred.IsZero() {
		return nil
	}
	after := func(d absence.Date) absence.Date {
		if d.IsZero() || d.Before(o.Referred) || d.After(asOf) {
			return absence.Date{}
		}
		return d
	}
	reported := after(o.Reported)
	out := make([]Expectation, 0, 3)
	from := o.Referred
	add := func(what string, due, done absence.Date, on bool) {
		if on {
			st := absence.Pending
			switch {
			case !done.IsZero() && !done.After(due):
				st = absence.Met
			case !done.IsZero():
				st = absence.Late
			case asOf.After(due):
				st = absence.Overdue
			}
			out = append(out, Expectation{What: what, Due: due, Done: done, Status: st, Rule: ruleServiceLevels})
		}
		if !done.IsZero() {
			from = done
		} else {
			from = due
		}
	}
	pr := o.progress()
	contacted := after(pr.Contacted)
	if contacted.IsZero() && !reported.IsZero() {
		contacted = reported
	}
	add("Occupational Health contacts the employee to offer an appointment (referral of "+o.Referred.String()+")",
		from.AddDays(p.OHContactDays), contacted, p.OHContactDays > 0)
	consulted := after(pr.Consulted)
	if consulted.IsZero() && !reported.IsZero() {
		consulted = reported
	}
	add("the Occupational Health consultation takes place", p.Calendar.AddBusinessDays(from, p.OHConsultationBusinessDays), consulted,
		p.OHConsultationBusinessDays > 0)
	add("the Occupational Health report is sent", from.AddDays(p.OHReportDays), reported, p.OHReportDays > 0)
	return out
}
