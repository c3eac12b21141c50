package stages

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// A Record is one of the duties' records of a case as a chronology or a
// tribunal bundle lists it: the event it came from (its index and the host's
// ID), its kind and date, the rule that asks for it, and a one-line summary
// of categories and dates. A summary never holds a reference or other free
// text from the event.
type Record struct {
	Event   int          `json:"event"`        // index of the event in the case
	ID      string       `json:"id,omitempty"` // the event's ID
	Kind    Kind         `json:"kind"`
	Date    absence.Date `json:"date"`
	Rule    absence.Rule `json:"rule"`
	Summary string       `json:"summary"`
}

// String returns e.g. "2026-03-02 oh-referral-made: referral to Occupational
// Health (early-intervention) — STAGE-11 (HR14 App 6 Q1, Q3, Q6; OH Plus)".
func (r Record) String() string {
	return r.Date.String() + " " + r.Kind.String() + ": " + r.Summary + " — " + r.Rule.String()
}

// Records returns the duties' records among events, in the events' order
// (which is date order in a valid case), each with the index of its event:
// OH referrals, appointments and reports with their records, the plan's
// adjustments, disability, case conferences and their actions, HR's advice
// by topic and review, the deliberation, informal discussions and agreed
// contact, and triggers linked to an underlying condition; and issue 17's:
// the information on the redeployment process and each post considered,
// the ill-health retirement application's steps, a resignation, medical
// suspensions and decisions on overtime (STAGE-20 … STAGE-24). Events are
// not validated: give those Replay accepted.
func Records(events []Event) []Record {
	var out []Record
	kinds := map[string]AdjustmentKind{} // the kind of each plan entry, for updates that leave it out
	bands := map[string]Band{}           // the band of each redeployment post, likewise
	for i := range events {
		e := &events[i]
		switch {
		case e.Kind == OHReportReceived && e.Report != nil:
			for k, r := range e.Report.Recommendations {
				id := r.ID
				if id == "" {
					id = e.Date.String() + "/" + strconv.Itoa(k+1)
				}
				kinds[id] = r.Kind
			}
		case e.Kind == AdjustmentRecorded && e.Adjustment != nil:
			if a := e.Adjustment; a.Kind != AdjustmentNone {
				kinds[a.ID] = a.Kind
			} else if k, ok := kinds[a.ID]; ok {
				c := *e
				ad := *a
				ad.Kind = k
				c.Adjustment = &ad
				e = &c
			}
		}
		if e.Kind == RedeploymentPost && e.Post != nil {
			e = e.withPostBand(bands)
		}
		rule, summary, ok := e.record()
		if ok {
			out = append(out, Record{Event: i, ID: e.ID, Kind: e.Kind, Date: e.Date, Rule: rule, Summary: summary})
		}
	}
	return out
}

// record summarises a duty's event; ok is false for other events.
func (e *Event) record() (absence.Rule, string, bool) {
	switch e.Kind {
	case OHReferralMade:
		r := e.Referral
		if r == nil {
			return ruleOHReferral, "referral to Occupational Health", true
		}
		parts := []string{"referral to Occupational Health (" + r.Ground.String() + ")"}
		if r.Reason != absence.ReasonUnknown {
			parts = append(parts, "reason category "+r.Reason.String())
		}
		parts = append(parts, yesNo(r.Explained, "employee told why", "employee not told why"),
			yesNo(r.CopyGiven, "copy given", "no copy given"), "consent to release: "+consentText(r.Release))
		if r.PreCall != ConsentNotAsked {
			parts = append(parts, "manager–OH pre-call: "+consentText(r.PreCall))
		}
		if len(r.Questions) > 0 {
			qs := make([]string, len(r.Questions))
			for i, q := range r.Questions {
				qs[i] = q.String()
			}
			parts = append(parts, "questions: "+strings.Join(qs, ", "))
		}
		return ruleOHReferral, strings.Join(parts, "; "), true
	case OHAppointment:
		a := e.Appointment
		s := "Occupational Health appointment of " + a.Date.String() + ": " + a.Outcome.String()
		if a.Outcome == AppointmentMissed {
			s += yesNo(a.Explained, ", with a reasonable explanation", ", without a reasonable explanation")
		}
		return ruleOHAppointment, s, true
	case OHReportReceived:
		r := e.Report
		if r == nil {
			return ruleOHReport, "Occupational Health report", true
		}
		s := fmt.Sprintf("Occupational Health report: %s; underlying condition %s; Equality Act %s; prognosis %s; %s",
			r.Fitness, orNone(r.Underlying.String()), orNone(r.EqualityAct.String()), orNone(r.Prognosis.String()), plural(len(r.Recommendations), "recommendation"))
		return ruleOHReport, s, true
	case AdjustmentRecorded:
		a := e.Adjustment
		s := "adjustment " + idText(a.ID)
		if a.Kind != AdjustmentNone {
			s += " (" + a.Kind.String() + ")"
		}
		s += ": " + a.Decision.String()
		if a.Factor != FactorNone {
			s += ", because " + a.Factor.String()
		}
		return rulePlan, s, true
	case DisabilityDeclared:
		return rulePlan, "disability declared", true
	case DisabilityAssessed:
		return rulePlan, "Equality Act definition likely met: " + e.Disability.Likely.String(), true
	case CaseConferenceRequested:
		return ruleConference, "case conference requested by the " + e.Conference.RequestedBy.String(), true
	case CaseConferenceHeld:
		return ruleConference, fmt.Sprintf("case conference held: %s, %s agreed", plural(len(e.Conference.Attendees), "attendee"), plural(len(e.Conference.Actions), "action")), true
	case ActionCompleted:
		return ruleConference, "case conference action " + idText(e.ActionID) + " completed", true
	case HRNotified:
		if e.Topic == TopicGeneral {
			return absence.Rule{}, "", false
		}
		return hrTopicRule(e.Topic), "HR Employee Relations advised on " + strings.ReplaceAll(e.Topic.String(), "-", " "), true
	case HRReviewed:
		return ruleHRReview, "HR Employee Relations reviewed the case: procedure followed, reasonable to proceed", true
	case DeliberationRecorded, Dismissed, NotDismissed:
		d := e.Deliberation
		if d == nil && e.DeliberationOverride == nil {
			return absence.Rule{}, "", false
		}
		var parts []string
		if d != nil {
			parts = append(parts, fmt.Sprintf("%d matters and %d alternatives considered", len(d.Matters), len(d.Alternatives)))
			if d.Notes != nil {
				parts = append(parts, "notes: "+d.Notes.Kind.String())
			}
		}
		if o := e.DeliberationOverride; o != nil {
			parts = append(parts, "override: "+o.Reason.String())
		}
		return ruleDeliberation, "stage 3 deliberation: " + strings.Join(parts, "; "), true
	case InformalDiscussion:
		return ruleInformal, "informal discussion of attendance; review on " + e.Informal.Review.String(), true
	case ContactAgreed:
		return ruleContactAgreed, "contact agreed at least every " + plural(e.ContactDays, "day"), true
	case TriggerActivated:
		if !e.Linked {
			return absence.Rule{}, "", false
		}
		return ruleUnderlying, strings.Join(e.Triggers, ", ") + " reached through absences linked to the underlying condition", true
	default:
		return e.record17()
	}
}

func hrTopicRule(t HRTopic) absence.Rule {
	switch t {
	case TopicDisabilityDiscounting:
		return ruleDiscounting
	case TopicUnderlyingCondition:
		return ruleUnderlying
	default:
		return ruleOHAppointment
	}
}

func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

func consentText(c Consent) string {
	if c == ConsentNotAsked {
		return "not asked"
	}
	return c.String()
}

func orNone(s string) string {
	if s == "" {
		return "not stated"
	}
	return s
}
