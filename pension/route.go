package pension

import (
	"fmt"
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// A Status is a member's standing in the scheme when their ill-health
// retirement is assessed (PEN-8). The zero Status is Active. Text codes are
// in parentheses.
type Status uint8

// The statuses.
const (
	// Active: a current member, in NHS employment and paying into the
	// scheme; their membership ends on Member.LastDay and the pension is
	// paid from the next day ("active").
	Active Status = iota
	// OptedOut: a member who chose to leave the scheme but still works in
	// the NHS: membership ended on Member.LastDay, and the pension is paid
	// from Member.BenefitsFrom, the day after the NHS employment ends
	// ("opted-out").
	OptedOut
	// Deferred: a former member who no longer works in the NHS, with
	// deferred benefits: membership ended on Member.LastDay, and the
	// benefits are paid early from Member.BenefitsFrom ("deferred").
	Deferred
)

func statusCodes() []string { return []string{"active", "opted-out", "deferred"} }

// String returns "active member", "member who opted out" or "deferred
// member".
func (s Status) String() string {
	switch s {
	case Active:
		return "active member"
	case OptedOut:
		return "member who opted out"
	case Deferred:
		return "deferred member"
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler: "active", "opted-out" or
// "deferred". An unknown status is an error wrapping [ErrStatus].
func (s Status) MarshalText() ([]byte, error) {
	return marshalCode("status", statusCodes(), 0, uint8(s), ErrStatus)
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrStatus] and leaves s unchanged.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := unmarshalCode("status", statusCodes(), 0, b, ErrStatus)
	if err == nil {
		*s = Status(v)
	}
	return err
}

// A Leaving is why a member leaves NHS employment, as a category (PEN-9).
// App 12: the member "must be leaving work because of permanent ill-health.
// If dismissed for any other reason they cannot qualify". The zero Leaving
// is not recorded. Text codes are in parentheses.
type Leaving uint8

// The reasons.
const (
	LeavingNotRecorded Leaving = iota // not recorded (""): nothing is checked
	// LeavingIllHealth: leaving because of permanent ill-health: dismissal on
	// the grounds of ill-health capability (STAGE-6), or resignation once
	// the ill-health retirement is accepted ("ill-health").
	LeavingIllHealth
	// LeavingAttendance: dismissed for unsatisfactory attendance due to
	// sickness, which App 12 says does not by itself lead to early payment
	// of a pension ("attendance-dismissal").
	LeavingAttendance
	// LeavingOtherDismissal: dismissed for a reason other than ill-health
	// capability (conduct, redundancy, some other substantial reason): no
	// ill-health pension ("other-dismissal").
	LeavingOtherDismissal
	// LeavingOther: leaving for another reason (resignation not on
	// ill-health grounds, end of a fixed term): no ill-health pension as a
	// current member ("other").
	LeavingOther
)

// leavingCodes start at LeavingIllHealth (1): the zero Leaving has none.
func leavingCodes() []string {
	return []string{"ill-health", "attendance-dismissal", "other-dismissal", "other"}
}

// String describes the reason, e.g. "dismissed for a reason other than
// ill-health capability".
func (l Leaving) String() string {
	switch l {
	case LeavingNotRecorded:
		return "not recorded"
	case LeavingIllHealth:
		return "leaving because of permanent ill-health"
	case LeavingAttendance:
		return "dismissed for unsatisfactory attendance due to sickness"
	case LeavingOtherDismissal:
		return "dismissed for a reason other than ill-health capability"
	case LeavingOther:
		return "leaving for a reason other than permanent ill-health"
	}
	return "Leaving(" + strconv.Itoa(int(l)) + ")"
}

// MarshalText implements encoding.TextMarshaler: "ill-health",
// "attendance-dismissal", "other-dismissal", "other", or the empty text for
// LeavingNotRecorded. An unknown reason is an error wrapping [ErrLeaving].
func (l Leaving) MarshalText() ([]byte, error) {
	if l == LeavingNotRecorded {
		return []byte{}, nil
	}
	return marshalCode("leaving", leavingCodes(), uint8(LeavingIllHealth), uint8(l), ErrLeaving)
}

// UnmarshalText implements encoding.TextUnmarshaler; the empty text is
// LeavingNotRecorded. An unknown code is an error wrapping [ErrLeaving] and
// leaves l unchanged.
func (l *Leaving) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = LeavingNotRecorded
		return nil
	}
	v, err := unmarshalCode("leaving", leavingCodes(), uint8(LeavingIllHealth), b, ErrLeaving)
	if err == nil {
		*l = Leaving(v)
	}
	return err
}

// The classes of invalid input of the routes (they join those of errors.go).
const (
	ErrStatus  Error = "unknown membership status"
	ErrLeaving Error = "unknown reason for leaving"
)

// The citations of PEN-8 and PEN-9.
func ruleRoute() absence.Rule {
	return absence.Rule{ID: "PEN-8", Clause: "HR14 App 12, Qualifying conditions (opted-out and deferred members)"}
}
func ruleLeaving() absence.Rule {
	return absence.Rule{ID: "PEN-9", Clause: "HR14 App 12, Qualifying conditions; App 14"}
}

// validateRoute checks the fields of a member's route: the status, the day
// benefits are paid from and the tests that apply to it.
func (m Member) validateRoute(p Policy) error {
	bad := func(field string, e Error, value string) error {
		return &InputError{Input: "member", Index: -1, ID: m.ID, Field: field, Value: value, Err: e}
	}
	switch m.Status {
	case Active:
		switch {
		case !m.BenefitsFrom.IsZero():
			return bad("BenefitsFrom", ErrInconsistent, "an active member's pension is paid from the day after the last day of membership")
		case m.Medical.RegularWork:
			return bad("Medical.RegularWork", ErrInconsistent, "the regular-work test is a deferred member's; an active member's are nhsJob and regularEmployment")
		case m.LastDay.Before(p.TiersFrom):
			return bad("LastDay", ErrBeforeTiers, m.LastDay.String()+" is before "+p.TiersFrom.String())
		}
		return nil
	case OptedOut, Deferred:
	default:
		return bad("Status", ErrStatus, strconv.Itoa(int(m.Status)))
	}
	switch {
	case m.BenefitsFrom.IsZero():
		return bad("BenefitsFrom", ErrMissing, "the day the pension is paid from, needed for a "+m.Status.String())
	case !m.BenefitsFrom.IsValid():
		return bad("BenefitsFrom", ErrInvalidDate, m.BenefitsFrom.String())
	case !m.BenefitsFrom.After(m.LastDay):
		return bad("BenefitsFrom", ErrDateOrder, m.BenefitsFrom.String()+" is not after the last day of membership "+m.LastDay.String())
	case m.BenefitsFrom.Before(p.TiersFrom):
		return bad("BenefitsFrom", ErrBeforeTiers, m.BenefitsFrom.String()+" is before "+p.TiersFrom.String())
	case m.Status == OptedOut && m.Medical.RegularWork:
		return bad("Medical.RegularWork", ErrInconsistent, "the regular-work test is a deferred member's; a member who opted out is assessed on nhsJob and regularEmployment")
	case m.Status == Deferred && (m.Medical.NHSJob || m.Medical.RegularEmployment):
		return bad("Medical", ErrInconsistent, "a deferred member no longer has an NHS job: the test is regularWork")
	}
	return nil
}

// route explains the route of a member who is not active (PEN-8).
func route(m Member, p Policy, why *explanation) {
	switch m.Status {
	case OptedOut:
		why.add(ruleRoute(), fmt.Sprintf("the member opted out of the scheme (membership ended on %s) but still works in the NHS: with at least %s of scheme membership they may qualify as a current member does, the pension paid from %s, after the NHS employment ends",
			m.LastDay, p.QualifyingService, m.BenefitsFrom))
	case Deferred:
		why.add(ruleRoute(), fmt.Sprintf("a deferred member (membership ended on %s, no longer working in the NHS): the benefits may be paid early, from %s, with at least %s of deferred membership if the member can no longer earn an income through regular work; they apply to NHS Pensions on form AW240",
			m.LastDay, m.BenefitsFrom, p.QualifyingService))
	case Active: // the usual route: no finding
	}
}

// leavingRefuses adds the refusal of a member leaving for a reason that
// cannot support an ill-health pension (PEN-9) and reports it.
func leavingRefuses(m Member, why *explanation) bool {
	if m.Status == Deferred {
		return false
	}
	switch m.Leaving {
	case LeavingOtherDismissal:
		why.add(ruleLeaving(), "the member is being dismissed for a reason other than ill-health capability: App 12 says a member dismissed for any other reason cannot qualify for an ill-health pension")
		return true
	case LeavingOther:
		why.add(ruleLeaving(), "the member is leaving for a reason other than permanent ill-health: App 12 requires a current member to be leaving work because of permanent ill-health (once they have left, with 2 years' deferred membership, they may apply as a deferred member on form AW240)")
		return true
	case LeavingNotRecorded, LeavingIllHealth, LeavingAttendance:
	}
	return false
}

// leavingNote adds what the reason for leaving means for an award that the
// reason does not refuse (PEN-9).
func leavingNote(m Member, why *explanation) {
	if m.Status == Deferred {
		if m.Leaving != LeavingNotRecorded {
			why.add(ruleLeaving(), fmt.Sprintf("the reason the member left NHS employment (%s) does not affect the deferred-member route", m.Leaving))
		}
		return
	}
	switch m.Leaving {
	case LeavingNotRecorded: // nothing to check: the host has not said
	case LeavingIllHealth:
		why.add(ruleLeaving(), "the member is leaving because of permanent ill-health, as App 12 requires")
	case LeavingAttendance:
		why.add(ruleLeaving(), "dismissal for unsatisfactory attendance due to sickness does not by itself lead to early payment of a pension (App 12): the scheme medical adviser's acceptance of permanent incapacity decides it, as above")
	case LeavingOtherDismissal, LeavingOther: // refused earlier
	}
}
