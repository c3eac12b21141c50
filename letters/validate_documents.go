package letters

import (
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// checkDocument checks what the documents that are not letters of the
// formal procedure need (LET-9 … LET-17): their own section.
//
//	kind                          needs
//	oh-referral, -employee-copy   Referral: Date ≤ letter, Reason, By, a question; the copy: contact
//	return-to-work-record         Interview: Date ≤ letter, Absence (period before it), HeldBy, a headroom line
//	case-conference-minutes       Conference: Date ≤ letter, an attendee; each action's What, Owner, By
//	redeployment-register         Register: Start, Earliest ≤ Latest after it; contact
//	pay-withheld                  Pay: Absence, Days, Due; address, contact
//	pay-released                  Pay: Absence, Days, Received, Explained ≤ letter; address, contact
//	pay-suspended                 Pay: Absence, Days, HRAdvised ≤ letter; address, contact
//	self-certification-withdrawn  SelfCertification: From ≥ letter, HRAdvised ≤ letter, a ground; address, contact
//	injury-allowance-claim        Injury: an absence; with a decision, By, and PaymentFrom when attributable
//	ssp-notice                    SSP: Reason, PIW ≤ From, Due; address, contact
func (l Letter) checkDocument(c *checker) {
	switch l.Kind {
	case OHReferral, OHReferralCopy:
		l.checkReferral(c)
	case ReturnToWorkRecord:
		l.checkInterview(c)
	case CaseConferenceMinutes:
		l.checkConference(c)
	case RedeploymentRegister:
		l.checkRegister(c)
	case PayWithheld, PayReleased, PaySuspended:
		l.checkPay(c)
	case SelfCertificationWithdrawn:
		l.checkSelfCertification(c)
	case InjuryAllowanceClaim:
		l.checkInjury(c)
	case SSPExclusionNotice:
		l.checkSSP(c)
	default: // the formal letters are checked by checkKind
	}
}

// section reports whether a kind's section is there, adding ErrMissing
// when it is not.
func section(c *checker, field string, present bool) bool {
	if !present {
		c.add(field, "the "+field+" section", ErrMissing)
	}
	return present
}

// notAfterLetter checks a required date that cannot be after the letter.
func (l Letter) notAfterLetter(c *checker, field string, d absence.Date) {
	if c.date(field, d, true) {
		c.order(field, d, "Date", l.Date, false)
	}
}

func (l Letter) checkAbsenceList(c *checker, field string, as []Absence, need int) {
	if len(as) < need {
		c.add(field, "the absences", ErrMissing)
	}
	for i, a := range as {
		f := field + "[" + strconv.Itoa(i) + "]"
		c.period(f+".Period", a.Period)
		c.text(f+".Reason", a.Reason, false)
		if a.WorkingDays < 0 {
			c.add(f+".WorkingDays", strconv.Itoa(a.WorkingDays), ErrInvalid)
		}
	}
}

func (l Letter) checkReferral(c *checker) {
	r := l.Referral
	if !section(c, "Referral", r != nil) {
		return
	}
	l.notAfterLetter(c, "Referral.Date", r.Date)
	c.text("Referral.Provider", r.Provider, false)
	c.text("Referral.Reason", r.Reason, true)
	c.text("Referral.Category", r.Category, false)
	c.text("Referral.By", r.By, true)
	for _, x := range []struct{ f, v string }{{"Referral.Release", r.Release}, {"Referral.PreCall", r.PreCall}} {
		if x.v != "" && x.v != "given" && x.v != "refused" {
			c.add(x.f, "given, refused, or empty for not asked", ErrInvalid)
		}
	}
	c.lines("Referral.Questions", r.Questions, 1)
	l.checkAbsenceList(c, "Referral.Absences", r.Absences, 0)
	c.text("Referral.Pattern", r.Pattern, false)
	c.lines("Referral.Support", r.Support, 0)
	c.lines("Referral.Planned", r.Planned, 0)
	c.lines("Referral.Adjustments", r.Adjustments, 0)
}

func (l Letter) checkInterview(c *checker) {
	v := l.Interview
	if !section(c, "Interview", v != nil) {
		return
	}
	l.notAfterLetter(c, "Interview.Date", v.Date)
	if c.period("Interview.Absence.Period", v.Absence.Period) && v.Date.IsValid() {
		c.order("Interview.Absence.Period.End", v.Absence.Period.End, "Interview.Date", v.Date, true)
	}
	c.text("Interview.Absence.Reason", v.Absence.Reason, false)
	c.date("Interview.Returned", v.Returned, false)
	c.text("Interview.HeldBy", v.HeldBy, true)
	c.lines("Interview.Covered", v.Covered, 0)
	c.lines("Interview.NotCovered", v.NotCovered, 0)
	if len(v.Headroom) == 0 {
		c.add("Interview.Headroom", "where each trigger point stood on the day", ErrMissing)
	}
	for i, h := range v.Headroom {
		f := "Interview.Headroom[" + strconv.Itoa(i) + "]"
		c.text(f+".Trigger", h.Trigger, false)
		c.text(f+".Point", h.Point, true)
		c.text(f+".Now", h.Now, true)
		c.text(f+".Left", h.Left, true)
		c.date(f+".Clear", h.Clear, false)
		c.lines(f+".Leaves", h.Leaves, 0)
	}
	c.text("Interview.OHReferral", v.OHReferral, false)
	c.text("Interview.FitNote", v.FitNote, false)
	if !v.NoExtraHours.IsZero() {
		c.period("Interview.NoExtraHours", v.NoExtraHours)
	}
	c.text("Interview.ExtendedWith", v.ExtendedWith, false)
}

func (l Letter) checkConference(c *checker) {
	f := l.Conference
	if !section(c, "Conference", f != nil) {
		return
	}
	l.notAfterLetter(c, "Conference.Date", f.Date)
	if c.date("Conference.Requested", f.Requested, false) && f.Date.IsValid() {
		c.order("Conference.Requested", f.Requested, "Conference.Date", f.Date, false)
	}
	c.text("Conference.RequestedBy", f.RequestedBy, false)
	if c.date("Conference.PreMeeting", f.PreMeeting, false) && f.Date.IsValid() {
		c.order("Conference.PreMeeting", f.PreMeeting, "Conference.Date", f.Date, false)
	}
	if f.Clinical && !f.Consent {
		c.add("Conference.Consent", "clinical details are discussed at a pre-meeting only with the employee's consent (App 8)", ErrInvalid)
	}
	c.lines("Conference.Attendees", f.Attendees, 1)
	for i, a := range f.Actions {
		p := "Conference.Actions[" + strconv.Itoa(i) + "]"
		c.text(p+".ID", a.ID, false)
		c.text(p+".What", a.What, true)
		c.text(p+".Owner", a.Owner, true)
		c.date(p+".By", a.By, true)
		c.date(p+".Done", a.Done, false)
	}
	c.date("Conference.FollowUp", f.FollowUp, false)
}

func (l Letter) checkRegister(c *checker) {
	r := l.Register
	if !section(c, "Register", r != nil) {
		return
	}
	c.date("Register.Start", r.Start, true)
	if c.date("Register.Earliest", r.Earliest, true) {
		c.order("Register.Start", r.Start, "Register.Earliest", r.Earliest, true)
	}
	if c.date("Register.Latest", r.Latest, true) {
		c.order("Register.Earliest", r.Earliest, "Register.Latest", r.Latest, false)
	}
	c.text("Register.Band", r.Band, false)
	c.lines("Register.Posts", r.Posts, 0)
	if c.date("Register.Ended", r.Ended, false) {
		c.order("Register.Start", r.Start, "Register.Ended", r.Ended, false)
	}
}

func (l Letter) checkPay(c *checker) {
	p := l.Pay
	if !section(c, "Pay", p != nil) {
		return
	}
	if p.Absence.IsZero() {
		c.add("Pay.Absence", "", ErrMissing)
	} else {
		c.period("Pay.Absence", p.Absence)
	}
	if len(p.Days) == 0 {
		c.add("Pay.Days", "the days whose pay is concerned", ErrMissing)
	}
	for i, d := range p.Days {
		if c.period("Pay.Days["+strconv.Itoa(i)+"]", d) && p.Absence.IsValid() && !within(d, p.Absence) {
			c.add("Pay.Days["+strconv.Itoa(i)+"]", d.String()+" is outside the absence "+p.Absence.String(), ErrInvalid)
		}
	}
	switch l.Kind {
	case PayWithheld:
		c.date("Pay.Due", p.Due, true)
		if p.Within < 1 {
			c.add("Pay.Within", "the calendar days a fit note has to reach the manager in", ErrMissing)
		}
	case PayReleased:
		l.notAfterLetter(c, "Pay.Received", p.Received)
		l.notAfterLetter(c, "Pay.Explained", p.Explained)
	default: // suspended
		l.notAfterLetter(c, "Pay.HRAdvised", p.HRAdvised)
	}
}

// within reports whether p lies inside q.
func within(p, q absence.Period) bool { return !p.Start.Before(q.Start) && !p.End.After(q.End) }

func (l Letter) checkSelfCertification(c *checker) {
	s := l.SelfCertification
	if !section(c, "SelfCertification", s != nil) {
		return
	}
	if c.date("SelfCertification.From", s.From, true) {
		c.order("Date", l.Date, "SelfCertification.From", s.From, false)
	}
	l.notAfterLetter(c, "SelfCertification.HRAdvised", s.HRAdvised)
	c.lines("SelfCertification.Grounds", s.Grounds, 1)
	if c.date("SelfCertification.Review", s.Review, false) && s.From.IsValid() {
		c.order("SelfCertification.From", s.From, "SelfCertification.Review", s.Review, true)
	}
}

func (l Letter) checkInjury(c *checker) {
	j := l.Injury
	if !section(c, "Injury", j != nil) {
		return
	}
	l.checkAbsenceList(c, "Injury.Absences", j.Absences, 1)
	if c.date("Injury.Incident", j.Incident, false) && c.date("Injury.Reported", j.Reported, false) {
		c.order("Injury.Incident", j.Incident, "Injury.Reported", j.Reported, false)
	}
	if j.Report != "" && absence.QuoteID(j.Report) == "" {
		c.add("Injury.Report", "a reference: letters, digits and - / _ . : with no spaces", ErrInvalid)
	}
	c.lines("Injury.Evidence", j.Evidence, 0)
	c.lines("Injury.SickPay", j.SickPay, 0)
	c.lines("Injury.Other", j.Other, 0)
	c.lines("Injury.Benefits", j.Benefits, 0)
	c.text("Injury.Authoriser.Name", j.Authoriser.Name, false)
	c.text("Injury.Authoriser.Role", j.Authoriser.Role, j.Authoriser.Name != "")
	if j.Decided.IsZero() {
		if j.Attributable || !j.PaymentFrom.IsZero() {
			c.add("Injury.Decided", "a decision that the absence is attributable, or a day payment commences, needs the day it was decided", ErrMissing)
		}
		return
	}
	l.notAfterLetter(c, "Injury.Decided", j.Decided)
	c.text("Injury.By", j.By, true)
	if c.date("Injury.HRAdvice", j.HRAdvice, false) {
		c.order("Injury.HRAdvice", j.HRAdvice, "Date", l.Date, false)
	}
	switch {
	case j.Attributable:
		c.date("Injury.PaymentFrom", j.PaymentFrom, true)
	case !j.PaymentFrom.IsZero():
		c.add("Injury.PaymentFrom", "payment commences only when the absence is attributable to NHS employment", ErrInvalid)
	}
}

func (l Letter) checkSSP(c *checker) {
	s := l.SSP
	if !section(c, "SSP", s != nil) {
		return
	}
	c.text("SSP.Reason", s.Reason, true)
	if c.date("SSP.PIW", s.PIW, true) && c.date("SSP.From", s.From, true) {
		c.order("SSP.PIW", s.PIW, "SSP.From", s.From, false)
	}
	c.date("SSP.Ended", s.Ended, false)
	if c.date("SSP.LastPaid", s.LastPaid, false) && s.From.IsValid() {
		c.order("SSP.LastPaid", s.LastPaid, "SSP.From", s.From, true)
	}
	c.text("SSP.Weeks", s.Weeks, !s.LastPaid.IsZero())
	c.text("SSP.AWE", s.AWE, false)
	c.text("SSP.LEL", s.LEL, s.AWE != "")
	c.date("SSP.Due", s.Due, true)
}
