package letters_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/stages"
)

// blanks empty one field of a letter each; kinds are the letters that
// require it (nil: every letter).
var blanks = []struct {
	field string
	blank func(*letters.Letter)
	kinds []letters.Kind
}{
	{"Date", func(l *letters.Letter) { l.Date = absence.Date{} }, nil},
	{"To.Name", func(l *letters.Letter) { l.To.Name = "" }, nil},
	{"From.Name", func(l *letters.Letter) { l.From.Name = "" }, nil},
	{"From.JobTitle", func(l *letters.Letter) { l.From.JobTitle = "" }, nil},
	{"Meeting.Date", func(l *letters.Letter) { l.Meeting.Date = absence.Date{} }, formal},
	{"Meeting.Time", func(l *letters.Letter) { l.Meeting.Time = "" }, invitations},
	{"Meeting.Place", func(l *letters.Letter) { l.Meeting.Place = "" }, invitations},
	{"Meeting.People", func(l *letters.Letter) { l.Meeting.People = nil }, invitations[1:]},
	{"Deadlines.Rearranged", func(l *letters.Letter) { l.Deadlines.Rearranged = absence.Date{} }, kinds(letters.Stage1Invitation, letters.Stage2Invitation)},
	{"Deadlines.ManagementCase", func(l *letters.Letter) { l.Deadlines.ManagementCase = absence.Date{} }, kinds(letters.HearingInvitation)},
	{"Deadlines.EmployeeCase", func(l *letters.Letter) { l.Deadlines.EmployeeCase = absence.Date{} }, kinds(letters.HearingInvitation)},
	{"Deadlines.Decision", func(l *letters.Letter) { l.Deadlines.Decision = absence.Date{} }, kinds(letters.HearingInvitation, letters.IllHealthInvitation, letters.AppealInvitation)},
	{"Deadlines.AppealResponse", func(l *letters.Letter) { l.Deadlines.AppealResponse = absence.Date{} }, kinds(letters.AppealInvitation)},
	{"Deadlines.Appeal", func(l *letters.Letter) { l.Deadlines.Appeal = absence.Date{} }, kinds(letters.Dismissal)},
	{"Outcome.Decided", func(l *letters.Letter) { l.Outcome.Decided = absence.Date{} }, decisions},
	{"Outcome.Reasons", func(l *letters.Letter) { l.Outcome.Reasons = nil }, kinds(letters.Dismissal, letters.AppealUpheld)},
	{"Outcome.Grounds", func(l *letters.Letter) { l.Outcome.Grounds = stages.GroundsNone }, kinds(letters.Dismissal)},
	{"Outcome.Considered", func(l *letters.Letter) { l.Outcome.Considered = nil }, kinds(letters.Dismissal)},
	{"Outcome.Alternatives", func(l *letters.Letter) { l.Outcome.Alternatives = nil }, kinds(letters.Dismissal)},
	{"Outcome.Notice.Weeks", func(l *letters.Letter) { l.Outcome.Notice.Weeks = 0 }, kinds(letters.Dismissal)},
	{"Outcome.Notice.LastDay", func(l *letters.Letter) { l.Outcome.Notice.LastDay = absence.Date{} }, kinds(letters.Dismissal)},
	{"Appeal.Lodged", func(l *letters.Letter) { l.Appeal.Lodged = absence.Date{} }, appeals},
	{"Appeal.Hearing", func(l *letters.Letter) { l.Appeal.Hearing = absence.Date{} }, appeals},
	{"Basis.Triggers", func(l *letters.Letter) { l.Basis.Triggers = nil }, notIllHealth},
	{"Basis.Since", func(l *letters.Letter) { l.Basis.Since = absence.Date{} }, notIllHealth[2:]},
	{"Basis.Absences", func(l *letters.Letter) { l.Basis.Absences = nil }, notIllHealth},
	{"Basis.IllHealth", func(l *letters.Letter) { l.Basis.IllHealth = absence.Date{} }, kinds(letters.IllHealthInvitation)},
	{"Referral", func(l *letters.Letter) { l.Referral = nil }, kinds(letters.OHReferral, letters.OHReferralCopy)},
	{"Referral.Questions", func(l *letters.Letter) {
		if l.Referral != nil {
			l.Referral.Questions = nil
		}
	}, kinds(letters.OHReferral, letters.OHReferralCopy)},
	{"Referral.Reason", func(l *letters.Letter) {
		if l.Referral != nil {
			l.Referral.Reason = ""
		}
	}, kinds(letters.OHReferral, letters.OHReferralCopy)},
	{"Interview", func(l *letters.Letter) { l.Interview = nil }, kinds(letters.ReturnToWorkRecord)},
	{"Interview.Headroom", func(l *letters.Letter) {
		if l.Interview != nil {
			l.Interview.Headroom = nil
		}
	}, kinds(letters.ReturnToWorkRecord)},
	{"Conference", func(l *letters.Letter) { l.Conference = nil }, kinds(letters.CaseConferenceMinutes)},
	{"Conference.Attendees", func(l *letters.Letter) {
		if l.Conference != nil {
			l.Conference.Attendees = nil
		}
	}, kinds(letters.CaseConferenceMinutes)},
	{"Register", func(l *letters.Letter) { l.Register = nil }, kinds(letters.RedeploymentRegister)},
	{"Pay", func(l *letters.Letter) { l.Pay = nil }, kinds(letters.PayWithheld, letters.PayReleased, letters.PaySuspended)},
	{"Pay.Days", func(l *letters.Letter) {
		if l.Pay != nil {
			l.Pay.Days = nil
		}
	}, kinds(letters.PayWithheld, letters.PayReleased, letters.PaySuspended)},
	{"Pay.Due", func(l *letters.Letter) {
		if l.Pay != nil {
			l.Pay.Due = absence.Date{}
		}
	}, kinds(letters.PayWithheld)},
	{"Pay.Explained", func(l *letters.Letter) {
		if l.Pay != nil {
			l.Pay.Explained = absence.Date{}
		}
	}, kinds(letters.PayReleased)},
	{"Pay.HRAdvised", func(l *letters.Letter) {
		if l.Pay != nil {
			l.Pay.HRAdvised = absence.Date{}
		}
	}, kinds(letters.PaySuspended)},
	{"SelfCertification.Grounds", func(l *letters.Letter) {
		if l.SelfCertification != nil {
			l.SelfCertification.Grounds = nil
		}
	}, kinds(letters.SelfCertificationWithdrawn)},
	{"SelfCertification.HRAdvised", func(l *letters.Letter) {
		if l.SelfCertification != nil {
			l.SelfCertification.HRAdvised = absence.Date{}
		}
	}, kinds(letters.SelfCertificationWithdrawn)},
	{"Injury.PaymentFrom", func(l *letters.Letter) {
		if l.Injury != nil {
			l.Injury.PaymentFrom = absence.Date{}
		}
	}, kinds(letters.InjuryAllowanceClaim)},
	{"Injury.Absences", func(l *letters.Letter) {
		if l.Injury != nil {
			l.Injury.Absences = nil
		}
	}, kinds(letters.InjuryAllowanceClaim)},
	{"SSP.Due", func(l *letters.Letter) {
		if l.SSP != nil {
			l.SSP.Due = absence.Date{}
		}
	}, kinds(letters.SSPExclusionNotice)},
	{"SSP.Reason", func(l *letters.Letter) {
		if l.SSP != nil {
			l.SSP.Reason = ""
		}
	}, kinds(letters.SSPExclusionNotice)},
	{"From.Phone", func(l *letters.Letter) { l.From.Phone, l.From.Email = "", "" }, append(append([]letters.Kind{}, formal...), documentLetters...)},
	{"To.Address", func(l *letters.Letter) { l.To.Address = nil }, kinds(letters.Stage1Outcome, letters.Stage2Outcome, letters.Dismissal,
		letters.NotDismissed, letters.AppealUpheld, letters.AppealOverturned, letters.PayWithheld, letters.PayReleased, letters.PaySuspended,
		letters.SelfCertificationWithdrawn, letters.SSPExclusionNotice)},
	{"Basis.Triggers[0].Evidence", func(l *letters.Letter) {
		if len(l.Basis.Triggers) > 0 {
			l.Basis.Triggers[0].Evidence = ""
		}
	}, notIllHealth},
}

var (
	invitations = kinds(letters.Stage1Invitation, letters.Stage2Invitation, letters.HearingInvitation, letters.IllHealthInvitation, letters.AppealInvitation)
	decisions   = kinds(letters.Dismissal, letters.NotDismissed, letters.AppealUpheld, letters.AppealOverturned)
	appeals     = kinds(letters.AppealInvitation, letters.AppealUpheld, letters.AppealOverturned)
	formal      = kinds(letters.Stage1Invitation, letters.Stage1Outcome, letters.Stage2Invitation, letters.Stage2Outcome,
		letters.HearingInvitation, letters.IllHealthInvitation, letters.Dismissal, letters.NotDismissed, letters.AppealInvitation,
		letters.AppealUpheld, letters.AppealOverturned)
	documentLetters = kinds(letters.OHReferralCopy, letters.RedeploymentRegister, letters.PayWithheld, letters.PayReleased,
		letters.PaySuspended, letters.SelfCertificationWithdrawn, letters.SSPExclusionNotice)
	notIllHealth = kinds(letters.Stage1Invitation, letters.Stage1Outcome, letters.Stage2Invitation, letters.Stage2Outcome,
		letters.HearingInvitation, letters.Dismissal, letters.NotDismissed, letters.AppealInvitation, letters.AppealUpheld, letters.AppealOverturned)
)

func kinds(ks ...letters.Kind) []letters.Kind { return ks }

// TestLET5_MissingData: a letter missing a field its kind needs is refused
// before rendering, with a *FieldError naming the field (ErrMissing), and
// nothing is written; a field another kind needs may be left out.
func TestLET5_MissingData(t *testing.T) {
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range letters.Kinds() {
		if err := letters.Sample(k).Validate(); err != nil {
			t.Fatalf("Sample(%s): %v", k, err)
		}
		for _, b := range blanks {
			l := letters.Sample(k)
			b.blank(&l)
			required := b.kinds == nil || slices.Contains(b.kinds, k)
			for _, f := range []letters.Format{letters.Text, letters.HTML} {
				var out bytes.Buffer
				err := r.Render(&out, f, l)
				if !required {
					if err != nil {
						t.Errorf("%s without %s: %v", k, b.field, err)
					}
					continue
				}
				var fe *letters.FieldError
				switch {
				case !errors.Is(err, letters.ErrMissing):
					t.Errorf("%s without %s: got %v, want ErrMissing", k, b.field, err)
				case !errors.As(err, &fe) || !hasField(err, b.field):
					t.Errorf("%s without %s: the error does not name the field: %v", k, b.field, err)
				case out.Len() > 0:
					t.Errorf("%s without %s: %d bytes written", k, b.field, out.Len())
				}
			}
		}
	}
}

// hasField reports whether one of the joined errors of err is a FieldError
// for field.
func hasField(err error, field string) bool {
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *letters.FieldError
		if errors.As(e, &fe) && fe.Field == field {
			return true
		}
	}
	return false
}

// TestLET5_NoBlankInLetters: no letter, built from a case or by hand, prints
// "<no value>", a zero date or Go's printing of an empty value.
func TestLET5_NoBlankInLetters(t *testing.T) {
	r, err := letters.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range allLetters(t) {
		for _, f := range []letters.Format{letters.Text, letters.HTML} {
			out, err := r.String(f, l)
			if err != nil {
				t.Fatal(err)
			}
			for _, bad := range []string{"<no value>", "&lt;no value&gt;", "0000-00-00", "%!", "[]", "map[", "CONFIDENTIAL", "[confidential]"} {
				if strings.Contains(out, bad) {
					t.Errorf("%s (%s) contains %q", l.Kind, f, bad)
				}
			}
		}
	}
}
