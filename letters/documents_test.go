package letters_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/letters"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// journeyC is a case with the records the documents are built from: an OH
// referral with its record, a return-to-work interview, a fit note that
// came late, an unauthorised absence, a case conference with its actions,
// a work-related injury with its claim, the right to self-certify
// withdrawn, the redeployment register, and 30 weeks of sickness that end
// SSP.
func journeyC(t testing.TB) letters.Case {
	t.Helper()
	c1 := sick("C1", "2026-01-12/2026-01-13", absence.Musculoskeletal)
	c1.Returned, c1.Interviewed = day("2026-01-14"), day("2026-01-14")
	c1.Interview = &absence.Interview{TriggersExplained: true, SupportDiscussed: true, OHReferral: absence.OHAlreadyInvolved,
		BarExplained: true, BarExtendedDays: 7, ExtendedWith: []absence.Consultee{absence.ConsultOH, absence.ConsultHR}}
	c2 := sick("C2", "2026-02-02/2026-02-20", absence.Stress)
	c2.Certificates = []absence.Certificate{
		{Kind: absence.SelfCertificate, Covers: period("2026-02-02/2026-02-08"), Received: day("2026-02-04")},
		{Kind: absence.FitNote, Covers: period("2026-02-09/2026-02-20"), Received: day("2026-02-17")},
	}
	c3 := absence.Record{ID: "C3", Period: period("2026-03-09/2026-03-10"), Kind: absence.Unauthorised}
	c4 := sick("C4", "2026-04-14/2026-05-22", absence.WorkRelated)
	c4.Certificates = []absence.Certificate{{Kind: absence.FitNote, Covers: period("2026-04-14/2026-05-22"), Received: day("2026-04-15")}}
	m := monitor(t, "1", c1, c2, c3, c4)
	events := []stages.Event{
		{Kind: stages.OHReferralMade, Date: day("2026-01-12"), Referral: &stages.Referral{Ground: stages.GroundAbsenceReason, Reason: absence.Musculoskeletal,
			Explained: true, CopyGiven: true, Release: stages.ConsentGiven, PreCall: stages.ConsentGiven,
			Questions: []stages.Question{stages.QuestionFitness, stages.QuestionAdjustments, stages.QuestionUnderlying}, Reference: "CONFIDENTIAL-REF"}},
		{Kind: stages.AdjustmentRecorded, Date: day("2026-01-20"), Adjustment: &stages.Adjustment{ID: "R1", Kind: stages.AdjustAuxiliaryAids,
			Decision: stages.Agreed, Start: day("2026-01-26")}},
		trig("2026-02-02", "TRIG-1"),
		invite("2026-02-03", stages.StepStage1, slot("2026-02-24", "10:00", "Ward 2 office")),
		step(stages.MeetingHeld, "2026-02-24", stages.StepStage1),
		{Kind: stages.CaseConferenceRequested, Date: day("2026-02-25"), Conference: &stages.Conference{RequestedBy: stages.PartyLineManager}},
		step(stages.OutcomeLetterSent, "2026-02-26", stages.StepStage1),
		{Kind: stages.CaseConferenceHeld, Date: day("2026-03-04"), Conference: &stages.Conference{
			PreMeeting: &stages.PreMeeting{Date: day("2026-03-02")},
			Attendees:  []stages.Party{stages.PartyLineManager, stages.PartyHR, stages.PartyOH, stages.PartyEmployee},
			Actions: []stages.CaseAction{{ID: "A1", Kind: stages.ActionRiskAssess, Owner: stages.PartyLineManager, By: day("2026-03-18")},
				{ID: "A2", Kind: stages.ActionReview, Owner: stages.PartyOH, By: day("2026-04-15")}},
			MinutesCopied: true, FollowUp: day("2026-04-15")}},
		{Kind: stages.ActionCompleted, Date: day("2026-03-16"), ActionID: "A1"},
		{Kind: stages.RedeploymentStarted, Date: day("2026-06-01")},
	}
	h := m.History()
	h.Employee.SelfCertification = []absence.SelfCertificationDecision{{From: day("2026-06-01"), Withdrawn: true, HRAdvised: day("2026-05-26")}}
	claim := &payroll.InjuryClaim{
		Incident: &payroll.Incident{Date: day("2026-04-13"), Report: "IR-2026-00412", Reported: day("2026-04-13")},
		Evidence: []payroll.EvidenceItem{{Kind: payroll.EvidenceAccidentReport, Received: day("2026-04-13")},
			{Kind: payroll.EvidenceOHReport, Requested: day("2026-04-15"), Received: day("2026-04-29")},
			{Kind: payroll.EvidenceStatement, Requested: day("2026-04-15")}},
		Decision: &payroll.InjuryDecision{Attributable: true, By: payroll.RoleLineManager, Decided: day("2026-05-06"), HRAdvice: day("2026-05-05"),
			PaymentFrom: day("2026-04-14")},
		Benefits: []payroll.BenefitDeclaration{{Kind: payroll.BenefitContributory, Status: payroll.BenefitApplied, Applied: day("2026-05-01"), Declared: day("2026-05-04")}},
	}
	office, err := absence.ParseWeekMask("MTWTF..", decimal.RequireFromString("7.5"))
	if err != nil {
		t.Fatal(err)
	}
	ssp, err := payroll.HR14().SSP(payroll.SSPInput{Incapacity: []absence.Period{period("2026-04-13/2026-11-27")}, Schedule: office,
		Earnings: []payroll.Earnings{{For: day("2026-04-13"), Pattern: payroll.PaidMonthly, Total: decimal.RequireFromString("4500"), Payments: 2}}})
	if err != nil {
		t.Fatal(err)
	}
	withSelfCert, err := triggersWith(h)
	if err != nil {
		t.Fatal(err)
	}
	return letters.Case{State: replay(t, events), Policy: stages.HR14(), Monitor: withSelfCert, Events: events, Claim: claim, SSP: ssp.Exclusions}
}

// documentGoldens are the documents built from journey C, dated as a host
// would write them.
func documentGoldens(t testing.TB) []golden {
	c := journeyC(t)
	build := func(k letters.Kind, date string, edit func(*letters.Letter)) letters.Letter {
		t.Helper()
		base := letters.Sample(k)
		base.Date = day(date)
		if edit != nil {
			edit(&base)
		}
		l, err := letters.FromCase(base, c)
		if err != nil {
			t.Fatalf("FromCase(%s): %v", k, err)
		}
		return l
	}
	return []golden{
		{"c-oh-referral", build(letters.OHReferral, "2026-01-12", referralSupport)},
		{"c-oh-referral-employee-copy", build(letters.OHReferralCopy, "2026-01-12", referralSupport)},
		{"c-return-to-work-record", build(letters.ReturnToWorkRecord, "2026-01-14", nil)},
		{"c-case-conference-minutes", build(letters.CaseConferenceMinutes, "2026-03-20", nil)},
		{"c-redeployment-register", build(letters.RedeploymentRegister, "2026-06-01", nil)},
		{"c-pay-withheld", build(letters.PayWithheld, "2026-02-13", nil)},
		{"c-pay-released", build(letters.PayReleased, "2026-02-19", func(l *letters.Letter) { l.Pay.Explained = day("2026-02-18") })},
		{"c-pay-suspended", build(letters.PaySuspended, "2026-03-12", func(l *letters.Letter) { l.Pay.HRAdvised = day("2026-03-11") })},
		{"c-self-certification-withdrawn", build(letters.SelfCertificationWithdrawn, "2026-05-27", nil)},
		{"c-injury-allowance-claim", build(letters.InjuryAllowanceClaim, "2026-05-07", nil)},
		{"c-ssp-notice", build(letters.SSPExclusionNotice, "2026-09-11", nil)},
	}
}

// referralSupport is the host's account of the support given and planned
// in journey C.
func referralSupport(l *letters.Letter) {
	l.Referral.Support = []string{"a telephone call on the first day of the absence"}
	l.Referral.Planned = []string{"a workstation assessment when you return"}
	l.Referral.Provider = "Team Prevent Occupational Health"
}

// TestFromCase_DocumentsRefused: a document whose record the case does not
// hold is refused with a *CaseError saying what is missing.
func TestFromCase_DocumentsRefused(t *testing.T) {
	_, events := journeyA(t)
	bare := letters.Case{State: replay(t, events[:1]), Policy: stages.HR14(), Monitor: monitor(t, "1"), Events: events[:1]}
	for _, k := range letters.Kinds() {
		if k.Formal() {
			continue
		}
		_, err := letters.FromCase(letters.Sample(k), bare)
		var ce *letters.CaseError
		if !errors.As(err, &ce) || strings.Contains(err.Error(), "CONFIDENTIAL") {
			t.Errorf("%s from a case without its record: %v", k, err)
		}
	}
	l := letters.Sample(letters.PayWithheld)
	l.Date = absence.Date{}
	if _, err := letters.FromCase(l, journeyC(t)); !errors.Is(err, letters.ErrMissing) {
		t.Errorf("a pay notice without its date: %v", err)
	}
	noHistory := letters.Case{State: replay(t, nil), Policy: stages.HR14()}
	if _, err := letters.FromCase(letters.Sample(letters.ReturnToWorkRecord), noHistory); !errors.Is(err, letters.ErrCase) {
		t.Errorf("no history: %v", err)
	}
}

// TestLET10_HeadroomShown: the return-to-work record shows where each
// trigger point stood that day, as the trigger policy counted it, and when
// the absences counted leave the windows.
func TestLET10_HeadroomShown(t *testing.T) {
	c := journeyC(t)
	base := letters.Sample(letters.PaySuspended) // any base: the record comes from the case
	base.Kind, base.Date, base.Pay = letters.ReturnToWorkRecord, day("2026-03-01"), nil
	l, err := letters.FromCase(base, c)
	if err != nil {
		t.Fatal(err)
	}
	v := l.Interview
	if v.Date != day("2026-01-14") || v.Absence.WorkingDays != 2 || len(v.Headroom) != 5 || v.NoExtraHours.End != day("2026-01-27") ||
		v.ExtendedWith != "Occupational Health and HR" {
		t.Fatalf("%+v", v)
	}
	if h := v.Headroom[0]; h.Now != "1 episode" || h.Left != "1 more episode reaches it" || len(h.Leaves) != 1 ||
		h.Leaves[0] != "The absence of 12 Jan 2026 leaves the 6-month window on 13 Jul 2026" {
		t.Errorf("TRIG-1: %+v", h)
	}
	if h := v.Headroom[1]; h.Now != "2 working days" || h.Left != "8 more working days reach it" {
		t.Errorf("TRIG-2: %+v", h)
	}
}

// triggersWith rebuilds the trigger monitor of h's employee and records
// (after a change to the employee).
func triggersWith(h absence.History) (*triggers.Monitor, error) {
	h2, err := absence.NewHistory(h.Employee, h.Records, h.Policy)
	if err != nil {
		return nil, err
	}
	return triggers.New(h2, triggers.HR14())
}
