package absence

import "fmt"

// ReferralFacts are what the host knows about an episode that the
// Occupational Health referral rules need (ABS-9).
type ReferralFacts struct {
	// Referred is the day the manager referred the employee to Occupational
	// Health; zero if not yet.
	Referred Date `json:"referred"`
	// Contacted is the day the manager first contacted an employee off with
	// stress to offer support (App 9); zero if not yet.
	Contacted Date `json:"contacted"`
	// SurgeryKnown is, for planned surgery, the day the manager learned the
	// date of the surgery and, for emergency surgery, the day they learned it
	// had taken place. Zero means the first day of absence for the surgery.
	SurgeryKnown Date `json:"surgeryKnown"`
	// Calendar holds the bank holidays for counting business days when the
	// policy's StressDays is OnBusinessDays. The zero Calendar has none.
	Calendar Calendar `json:"-"`
}

// Referral is when an episode must be referred to Occupational Health, by
// reason (ABS-9, §5.6.5, §5.6.6, App 9):
//
//   - musculoskeletal: as soon as identified, and within 1 week of the
//     absence starting;
//   - mental health (other than stress): as soon as identified;
//   - stress: the manager contacts the employee within 1 week of the start,
//     and refers them at once if they have not returned within 5 working
//     days of the start (see [DayBasis]);
//   - surgery (planned, emergency, or medically required cosmetic): as soon
//     as the date of the surgery is known, or the emergency surgery has
//     happened;
//   - any other reason: when 4 weeks (28 calendar days) of continuous
//     absence is reached, on the 28th day.
//
// "Within N days of X" is X + N. The dates a reason was identified are the
// first day of the first sickness record with that reason. "As soon as" is
// the same day unless the policy's AsSoonAsDays says otherwise. When the
// episode has several reasons, the earliest due date binds.
type Referral struct {
	Episode Period `json:"episode"` // the episode checked (Episode.Period)
	// Checks are the referral ([TaskReferral]) and, for stress, the manager's
	// contact ([TaskStressContact]).
	Checks []Check `json:"checks"`
	// Findings give the route of every reason of the episode.
	Findings []Finding `json:"findings"`
}

// route is one reason's referral deadline.
type route struct {
	rule Rule
	due  Date
	// need: "required" (due regardless), "if-absent" (due only if the
	// employee is still absent on the due date, not known yet) or "" (not
	// required: the absence ended first).
	need string
	text string
}

// Referral returns the Occupational Health referral due for episode i of h
// (an index into h.Episodes) by its reasons, as of asOf. An episode counts as
// over when asOf is after its last day or a return is recorded; until then a
// referral that depends on the length of the absence is pending.
//
// It fails with [ErrNoEpisode] for a bad index and [ErrInvalidDate] for an
// invalid asOf or fact date.
func (h History) Referral(i int, f ReferralFacts, asOf Date) (Referral, error) {
	ep, err := h.episode(i)
	if err != nil {
		return Referral{}, err
	}
	if err := checkDate("date", -1, "asOf", asOf); err != nil {
		return Referral{}, err
	}
	for _, fd := range []struct {
		name string
		d    Date
	}{{"Referred", f.Referred}, {"Contacted", f.Contacted}, {"SurgeryKnown", f.SurgeryKnown}} {
		if !fd.d.IsZero() {
			if err := checkDate("referral facts", -1, fd.name, fd.d); err != nil {
				return Referral{}, err
			}
		}
	}
	pol := h.Policy
	out := Referral{Episode: ep.Period}
	ended := h.over(ep, asOf)
	// lasts returns the need of a route that applies only if the employee is
	// still absent on due.
	lasts := func(due Date) string {
		switch {
		case !ep.Period.End.Before(due):
			return "required"
		case ended:
			return ""
		}
		return "if-absent"
	}

	var routes []route
	other := false
	for _, reason := range ep.Reasons {
		cited := h.cited(ep, reason)
		soon := cited.AddDays(pol.AsSoonAsDays)
		switch reason {
		case Musculoskeletal:
			due := maxDate(cited.AddDays(pol.MSKReferralDays), soon)
			routes = append(routes, route{ruleReferralMSK, due, "required", fmt.Sprintf(
				"musculoskeletal reason from %s: refer as soon as identified and within %s of the absence starting, by %s",
				cited, plural(pol.MSKReferralDays, "day"), due)})
		case MentalHealth:
			routes = append(routes, route{ruleReferralMental, soon, "required", fmt.Sprintf(
				"mental health reason identified %s: refer as soon as identified, by %s", cited, soon)})
		case Stress:
			routes = append(routes, h.stressRoute(ep, cited, f.Calendar, lasts))
			contact := cited.AddDays(pol.StressContactDays)
			ck := dateCheck(TaskStressContact, ruleReferralStress, "manager contact with an employee off with stress", contact, f.Contacted, asOf)
			ck.Findings = append(ck.Findings, Finding{ruleReferralStress, fmt.Sprintf(
				"off with stress from %s: the manager contacts the employee to offer support within %s of the start, by %s",
				cited, plural(pol.StressContactDays, "day"), contact)})
			out.Checks = append(out.Checks, ck)
		case SurgeryPlanned, SurgeryEmergency, CosmeticSurgeryRequired:
			known, whence := f.SurgeryKnown, ""
			if known.IsZero() {
				known, whence = cited, " (the first day of absence for it; the host gave no earlier date)"
			}
			due := known.AddDays(pol.AsSoonAsDays)
			what := "the date of the planned surgery was known"
			if reason == SurgeryEmergency {
				what = "the manager knew the emergency surgery had taken place"
			}
			routes = append(routes, route{ruleReferralSurgery, due, "required", fmt.Sprintf(
				"%s: refer as soon as %s, %s%s: by %s", reason, what, known, whence, due)})
		default:
			other = true
		}
	}
	if other {
		due := ep.Period.Start.AddDays(pol.ReferralDays - 1)
		need := lasts(due)
		text := fmt.Sprintf("other reasons: refer when %s of continuous absence is reached, on %s", plural(pol.ReferralDays, "day"), due)
		switch need {
		case "":
			text += fmt.Sprintf("; the absence ended on %s, before that", ep.Period.End)
		case "if-absent":
			text += " if the employee is still absent then"
			if e, ok := h.expectedReturn(ep); ok && e.After(due) {
				text += fmt.Sprintf("; the employee expected to return on %s (when reporting the absence, ABS-23): plan the referral", e)
			} else if ok {
				text += fmt.Sprintf("; the employee expected to return on %s, before then (ABS-23)", e)
			}
		}
		routes = append(routes, route{ruleReferralOther, due, need, text})
	}

	best := -1
	for k, r := range routes {
		out.Findings = append(out.Findings, Finding{r.rule, r.text})
		switch {
		case r.need == "":
		case best < 0,
			r.need == "required" && routes[best].need != "required",
			r.need == routes[best].need && r.due.Before(routes[best].due):
			best = k
		}
	}
	what := "referral to Occupational Health"
	var ck Check
	if best < 0 {
		ck = notRequired(TaskReferral, ruleReferralOther, what, "no referral is due by reason for this episode")
		if !f.Referred.IsZero() && !f.Referred.After(asOf) {
			ck.Done = f.Referred
		}
	} else {
		r := routes[best]
		ck = dateCheck(TaskReferral, r.rule, what, r.due, f.Referred, asOf)
		text := "the earliest referral due date is " + r.due.String()
		if r.need == "if-absent" {
			text += ", if the employee has not returned by then"
		}
		ck.Findings = append(ck.Findings, Finding{r.rule, text})
	}
	out.Checks = append([]Check{ck}, out.Checks...)
	return out, nil
}

// cited returns the day reason was first given in episode ep: the first day
// of its first sickness record with that reason, within the episode.
func (h History) cited(ep Episode, reason Reason) Date {
	for _, ri := range ep.Records {
		r := h.Records[ri]
		if r.IsSickness() && r.Reason == reason {
			return maxDate(r.Period.Start, ep.Period.Start)
		}
	}
	return ep.Period.Start
}

// stressRoute is the stress referral: at once if the employee has not
// returned within StressWorkingDays working days of the start, that is, is
// still absent on the day that many working days after it (the start not
// counted, as for business days).
func (h History) stressRoute(ep Episode, cited Date, cal Calendar, lasts func(Date) string) route {
	pol := h.Policy
	n := pol.StressWorkingDays
	var due Date
	kind := "scheduled working days"
	if pol.StressDays == OnBusinessDays {
		due, kind = cal.AddBusinessDays(cited, n), "business days"
	} else if d, ok := addScheduledDays(h.Employee.Schedule, cited, n); ok {
		due = d
	} else {
		return route{ruleReferralStress, Date{}, "", fmt.Sprintf(
			"stress from %s: the schedule has no %d %s after it, so no referral falls due by working days", cited, n, kind)}
	}
	need := lasts(due)
	text := fmt.Sprintf("stress from %s: refer at once if the employee has not returned within %d %s, that is, is still absent on %s",
		cited, n, kind, due)
	switch need {
	case "required":
		text += fmt.Sprintf(": absent until %s, so the referral is due on %s", ep.Period.End, due)
	case "":
		text += fmt.Sprintf(": returned in time (absence ended %s), no referral needed on this ground", ep.Period.End)
	}
	return route{ruleReferralStress, due, need, text}
}

// addScheduledDays returns the n-th scheduled day after d (d not counted);
// ok is false if there is none within ten years.
func addScheduledDays(s Schedule, d Date, n int) (Date, bool) {
	from := d.AddDays(1)
	count := func(end int) int { return s.ScheduledDays(Period{from, from.AddDays(end)}) }
	hi := 7 * n
	for count(hi) < n {
		if hi > maxPolicyDays {
			return Date{}, false
		}
		hi *= 2
	}
	lo := 0 // the answer is the smallest k in [lo, hi] with count(k) ≥ n
	for lo < hi {
		mid := (lo + hi) / 2
		if count(mid) >= n {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return from.AddDays(lo), true
}

// StageReferral is the Occupational Health duty at a formal stage of the
// sickness procedure (ABS-9), for the stages package: stage 1, a referral only
// if deemed necessary (SAP 1.3: not required); stage 2, a referral is
// required (SAP 1.4); stage 3, an updated OH opinion taking the new absences
// into account is required (SAP 1.5). Stage 0 is no formal stage.
//
// by is the day it must be in hand (the meeting or hearing; zero if not set
// yet, then it is never overdue), done the day it was, as of asOf. It fails
// with [ErrStage] for any other stage and [ErrInvalidDate] for an invalid
// asOf.
func StageReferral(stage int, by, done, asOf Date) (Check, error) {
	if err := checkDate("date", -1, "asOf", asOf); err != nil {
		return Check{}, err
	}
	var c Check
	switch stage {
	case 0:
		return notRequired(TaskReferral, ruleStage1Referral, "referral to Occupational Health", "no formal stage: no referral is required by stage"), nil
	case 1:
		c = notRequired(TaskReferral, ruleStage1Referral, "referral to Occupational Health at stage 1",
			"at stage 1 the employee is referred to Occupational Health only if deemed necessary")
		if !done.IsZero() && !done.After(asOf) {
			c.Done = done
		}
		return c, nil
	case 2:
		c = dateCheck(TaskReferral, ruleStage2Referral, "referral to Occupational Health for the stage 2 review", by, done, asOf)
		c.Findings = append(c.Findings, Finding{ruleStage2Referral,
			"at stage 2 the manager is required to refer the employee to Occupational Health to review whether the absences are linked by an underlying illness"})
	case 3:
		c = dateCheck(TaskOHOpinion, ruleStage3Opinion, "updated Occupational Health opinion for the stage 3 hearing", by, done, asOf)
		c.Findings = append(c.Findings, Finding{ruleStage3Opinion,
			"before a stage 3 hearing an updated clinical opinion from Occupational Health is required, taking the new absences into account"})
	default:
		return Check{}, inputErr("stage", -1, "", "", ErrStage, fmt.Sprint(stage))
	}
	if by.IsZero() {
		c.Findings = append(c.Findings, Finding{c.Rule, "no meeting date given yet: due before the meeting"})
	}
	return c, nil
}

func maxDate(a, b Date) Date {
	if b.After(a) {
		return b
	}
	return a
}
