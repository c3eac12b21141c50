package letters

import "github.com/absencerules/hr14/absence"

// The documents of a case that are not letters of the formal procedure
// (LET-9 … LET-17): the forms and letters the policy implies. Each kind
// reads one section of the Letter; [FromCase] fills it from the record of
// the case it is about, and the host fills the rest (or all of it, by
// hand). Free text is the host's; the words FromCase writes come from
// categories and dates only.

// EmployeeDetails are the employee's details a form or notice asks for:
// the Injury Allowance claim form (App 4) and form SSP1's data. All
// optional unless a kind says otherwise.
type EmployeeDetails struct {
	Number      string       `json:"number,omitempty"`      // the personal or payroll number
	JobTitle    string       `json:"jobTitle,omitempty"`    // e.g. "Staff Nurse"
	Band        string       `json:"band,omitempty"`        // e.g. "Band 5"
	Directorate string       `json:"directorate,omitempty"` // e.g. "Surgery"
	Division    string       `json:"division,omitempty"`    // e.g. "Surgical Division"
	DateOfBirth absence.Date `json:"dateOfBirth,omitempty"` // App 4; zero: not printed
	NINumber    string       `json:"niNumber,omitempty"`    // National Insurance number (form SSP1)
}

// A ReferralForm is a referral to Occupational Health (LET-9; App 6 Q3,
// App 9, STAGE-11): why the employee is referred, the absences and their
// pattern, the support given and planned, the adjustments in the plan, the
// questions asked and the employee's consents. Kinds oh-referral and
// oh-referral-employee-copy.
type ReferralForm struct {
	// Date is the day of the referral; required.
	Date absence.Date `json:"date"`
	// Provider is the Occupational Health service referred to, e.g. "Team
	// Prevent"; empty: "Occupational Health".
	Provider string `json:"provider,omitempty"`
	// Reason says why the employee is referred, in words, e.g. "the stage 2
	// sickness review: to ask whether an underlying medical condition links
	// the absences (SAP 1.4)"; required.
	Reason string `json:"reason"`
	// Category is the absence's reason category, e.g. "Musculoskeletal";
	// optional.
	Category string `json:"category,omitempty"`
	// By is who refers, e.g. "the line manager"; required.
	By string `json:"by"`
	// Explained: the employee was told why they are referred; CopyGiven:
	// they have a copy of the referral (App 6 Q1, Q6).
	Explained bool `json:"explained,omitempty"`
	CopyGiven bool `json:"copyGiven,omitempty"`
	// Release is the employee's answer on releasing the report to the
	// manager ("given", "refused"), and PreCall on a call between the
	// manager and the OH adviser before the appointment (OH Plus); empty:
	// not asked (no pre-call).
	Release string `json:"release,omitempty"`
	PreCall string `json:"preCall,omitempty"`
	// Questions are the questions Occupational Health is asked, one
	// sentence each (App 6 Q3); at least one.
	Questions []string `json:"questions"`
	// Absences are the absences of the 12 months to the referral, and
	// Pattern their count in words, e.g. "3 episodes, 7 working days lost in
	// the 12 months from 4 Mar 2025 to 3 Mar 2026".
	Absences []Absence `json:"absences,omitempty"`
	Pattern  string    `json:"pattern,omitempty"`
	// Support is the support given so far and Planned the support planned,
	// one each (App 6 Q3: "what you have done so far … and what plans you
	// have"); the host's, optional.
	Support []string `json:"support,omitempty"`
	Planned []string `json:"planned,omitempty"`
	// Adjustments are the entries of the Tailored Adjustment Plan, in words,
	// e.g. "auxiliary aids or equipment: agreed, from 23 Mar 2026".
	Adjustments []string `json:"adjustments,omitempty"`
}

// An InterviewRecord is the record of a return-to-work interview (LET-10;
// Proc 16, SAP 1.1, ABS-11), with the headroom of each trigger point shown
// to the employee. Kind return-to-work-record.
type InterviewRecord struct {
	Date absence.Date `json:"date"` // the interview; required
	// Absence is the episode the interview followed, with its reason
	// categories and the working days that count; required.
	Absence Absence `json:"absence"`
	// Returned is the first day back at work; optional.
	Returned absence.Date `json:"returned,omitempty"`
	// HeldBy is who held it, e.g. "the line manager"; required.
	HeldBy string `json:"heldBy"`
	// Accompanied: the employee asked to be accompanied (Proc 17).
	Accompanied bool `json:"accompanied,omitempty"`
	// Covered is what the interview covered and NotCovered what its record
	// does not show, one each.
	Covered    []string `json:"covered,omitempty"`
	NotCovered []string `json:"notCovered,omitempty"`
	// Headroom is where each trigger point stood on the day: what the
	// manager shows the employee (SAP 1.1); at least one.
	Headroom []HeadroomLine `json:"headroom"`
	// OHReferral is what came of considering a referral to Occupational
	// Health, and FitNote the fit note's advice, in words; optional.
	OHReferral string `json:"ohReferral,omitempty"`
	FitNote    string `json:"fitNote,omitempty"`
	// NoExtraHours is the time without additional hours after short-term
	// sickness (Proc 16), with any extension agreed; zero after long-term
	// sickness. ExtendedWith says with whom an extension was agreed.
	NoExtraHours absence.Period `json:"noExtraHours"`
	ExtendedWith string         `json:"extendedWith,omitempty"`
}

// A HeadroomLine is one trigger point on the day of a return-to-work
// interview.
type HeadroomLine struct {
	Trigger string `json:"trigger"` // "TRIG-1" … "TRIG-5"; not printed
	// Point is the trigger point in words, e.g. "2 episodes of sickness
	// absence in a rolling 6-month period".
	Point string `json:"point"`
	// Now is what the window holds on the day, e.g. "1 episode"; Left how
	// much more reaches it, e.g. "1 more episode", or "reached".
	Now  string `json:"now"`
	Left string `json:"left"`
	// Clear is, for a trigger point reached, the day it is no longer
	// reached if there is no more sickness; Leaves says when the absences
	// counted leave the window, e.g. "the absence of 19 Jan 2026 leaves it
	// on 20 Jul 2026".
	Clear  absence.Date `json:"clear,omitempty"`
	Leaves []string     `json:"leaves,omitempty"`
}

// ConferenceMinutes are the minutes and actions of an Occupational Health
// case conference (LET-11; App 8, STAGE-13). Kind case-conference-minutes.
type ConferenceMinutes struct {
	Date absence.Date `json:"date"` // the conference; required
	// Requested is the day it was asked for and RequestedBy by whom, e.g.
	// "the line manager"; optional.
	Requested   absence.Date `json:"requested,omitempty"`
	RequestedBy string       `json:"requestedBy,omitempty"`
	// PreMeeting is the day of the pre-meeting of OH, HR and the manager,
	// and Clinical and Consent whether clinical details were discussed there
	// with the employee's consent (App 8: never without it).
	PreMeeting absence.Date `json:"preMeeting,omitempty"`
	Clinical   bool         `json:"clinical,omitempty"`
	Consent    bool         `json:"consent,omitempty"`
	// Attendees are who attended, by role (the names are in
	// Meeting.People); at least one.
	Attendees []string `json:"attendees"`
	// Actions are the actions agreed, each with its owner and date.
	Actions []ActionLine `json:"actions,omitempty"`
	// Copied: the minutes go to the employee, the manager and HR (App 8).
	Copied bool `json:"copied,omitempty"`
	// FollowUp is the day of a further conference OH arranged; optional.
	FollowUp absence.Date `json:"followUp,omitempty"`
}

// An ActionLine is one action agreed at a case conference.
type ActionLine struct {
	ID    string       `json:"id,omitempty"` // the case's ID for it
	What  string       `json:"what"`         // e.g. "a risk assessment"; required
	Owner string       `json:"owner"`        // e.g. "the line manager", "Occupational Health"; required
	By    absence.Date `json:"by"`           // required
	Done  absence.Date `json:"done,omitempty"`
}

// RegisterInfo is the information given to an employee placed on the
// Trust's redeployment register (LET-12; §5.6.3, STAGE-7). Kind
// redeployment-register.
type RegisterInfo struct {
	Start absence.Date `json:"start"` // placed on the register; required
	// Earliest and Latest are the shortest and longest stay: at least 4
	// weeks and no longer than 12 (stages.Policy.RedeploymentEnds).
	Earliest absence.Date `json:"earliest"`
	Latest   absence.Date `json:"latest"`
	// Band is the banding of the employee's post: suitable alternative
	// employment is at the same band or below; optional.
	Band string `json:"band,omitempty"`
	// Posts are the posts considered so far, one line each, e.g. "post
	// V-101 (Band 4): interview arranged for 17 Feb 2026" (STAGE-20).
	Posts []string `json:"posts,omitempty"`
	// Ended is the day the stay ended, and Redeployed whether a suitable
	// post was found; zero while on the register.
	Ended      absence.Date `json:"ended,omitempty"`
	Redeployed bool         `json:"redeployed,omitempty"`
}

// A PayNotice tells the employee that pay is withheld for days without a
// timely fit note (Proc 14, PAY-4), released once the certificate is
// produced and the delay explained, or suspended for unauthorised absence
// after HR's advice (Proc 2, PAY-5) (LET-13, LET-14). Kinds pay-withheld,
// pay-released and pay-suspended.
type PayNotice struct {
	// Absence is the absence concerned; required.
	Absence absence.Period `json:"absence"`
	// Days are the days whose pay is withheld, released or suspended; at
	// least one.
	Days []absence.Period `json:"days"`
	// Due is the day by which the fit note had to reach the manager, and
	// Within the calendar days it has to reach the manager in (Proc 14: 3)
	// (pay-withheld; required there).
	Due    absence.Date `json:"due,omitempty"`
	Within int          `json:"within,omitempty"`
	// Received is the day the certificate was received (pay-released;
	// required there), and Explained the day the reason for the delay was
	// accepted (pay-released; the host's, required there).
	Received  absence.Date `json:"received,omitempty"`
	Explained absence.Date `json:"explained,omitempty"`
	// HRAdvised is the day HR advised on suspending pay (pay-suspended;
	// the host's, required there: Proc 2).
	HRAdvised absence.Date `json:"hrAdvised,omitempty"`
}

// A SelfCertificationNotice tells the employee that the right to
// self-certify sickness is withdrawn from a date (LET-15; Proc 13, ABS-4).
// Kind self-certification-withdrawn.
type SelfCertificationNotice struct {
	From      absence.Date `json:"from"`      // the day it takes effect; required
	HRAdvised absence.Date `json:"hrAdvised"` // the day HR advised; required
	// Grounds are why, one each (Proc 13's examples: sickness absence
	// while on annual leave, frequent short-term absences with no medical
	// advice sought); the host's, at least one.
	Grounds []string `json:"grounds"`
	// Review is the day the decision will be reviewed; optional.
	Review absence.Date `json:"review,omitempty"`
}

// An InjuryClaimForm is the Injury Allowance claim form (LET-16; App 4,
// §20, PAY-11 … PAY-13): the employee's details (Letter.Employee), the
// absence, the incident report, the evidence, the sick pay entitlement,
// the decision and the day payment commences, signed by the line manager
// (Letter.From) and the divisional authorised signatory. Kind
// injury-allowance-claim.
type InjuryClaimForm struct {
	// Absences summarise the absence claimed for; at least one.
	Absences []Absence `json:"absences"`
	// Incident is the day of the accident or adverse incident, Report the
	// reference of its form and Reported the day it was completed; zero and
	// empty for a disease or condition with no incident.
	Incident absence.Date `json:"incident,omitempty"`
	Report   string       `json:"report,omitempty"`
	Reported absence.Date `json:"reported,omitempty"`
	// Evidence is §20's evidence, asked for and held, one line each, e.g.
	// "the Occupational Health report: asked for 3 Mar 2026, held from 10
	// Mar 2026".
	Evidence []string `json:"evidence,omitempty"`
	// SickPay are the details of sick pay entitlement, and Other any other
	// relevant information; the host's, optional.
	SickPay []string `json:"sickPay,omitempty"`
	Other   []string `json:"other,omitempty"`
	// Decided is the day of the decision (zero while it is awaited), By who
	// decided, e.g. "the line manager", Attributable what was decided, HRAdvice
	// the day HR advised, and PaymentFrom the day payment of Injury
	// Allowance commences (attributable only).
	Decided      absence.Date `json:"decided,omitempty"`
	By           string       `json:"by,omitempty"`
	Attributable bool         `json:"attributable,omitempty"`
	HRAdvice     absence.Date `json:"hrAdvice,omitempty"`
	PaymentFrom  absence.Date `json:"paymentFrom,omitempty"`
	// Authoriser is the divisional authorised signatory; optional.
	Authoriser Person `json:"authoriser"`
	// Benefits are the state benefits declared, one line each.
	Benefits []string `json:"benefits,omitempty"`
}

// An SSPNotice tells the employee that Statutory Sick Pay is not payable,
// or ends, in a period of incapacity for work, with what HMRC's form SSP1
// asks for (LET-17; PAY-8, SSP (General) Regulations 1982 reg 15). Kind
// ssp-notice.
type SSPNotice struct {
	// Reason is why, in words, e.g. "the 28 weeks of SSP have been paid";
	// required.
	Reason string `json:"reason"`
	// PIW is the first day of sickness of the period of incapacity for
	// work; From the first day without SSP; both required.
	PIW  absence.Date `json:"piw"`
	From absence.Date `json:"from"`
	// Ended is the last day of entitlement; zero when none arose.
	Ended absence.Date `json:"ended,omitempty"`
	// LastPaid is the last day SSP is payable, and Weeks the weeks of SSP
	// paid, e.g. "28.00"; zero and empty when none was paid.
	LastPaid absence.Date `json:"lastPaid,omitempty"`
	Weeks    string       `json:"weeks,omitempty"`
	// AWE and LEL are the average weekly earnings and the lower earnings
	// limit, £ a week, when earnings are too low; empty otherwise.
	AWE string `json:"awe,omitempty"`
	LEL string `json:"lel,omitempty"`
	// Due is the last day to give the employee form SSP1; required.
	Due absence.Date `json:"due"`
}

// Service names the Occupational Health service referred to: Provider, or
// "Occupational Health".
func (r ReferralForm) Service() string {
	if r.Provider == "" {
		return "Occupational Health"
	}
	return r.Provider
}

// MinWeeks and MaxWeeks are the shortest and longest stay on the register,
// in whole weeks from Start.
func (r RegisterInfo) MinWeeks() int { return r.Earliest.DaysSince(r.Start) / 7 }

// MaxWeeks is the longest stay on the register, in whole weeks.
func (r RegisterInfo) MaxWeeks() int { return r.Latest.DaysSince(r.Start) / 7 }

// Title is the heading of a form, e.g. "Referral to Occupational Health";
// "" for a letter (its template has its own).
func (l Letter) Title() string {
	switch l.Kind {
	case OHReferral:
		return "Referral to Occupational Health"
	case ReturnToWorkRecord:
		return "Return-to-work interview record"
	case CaseConferenceMinutes:
		return "Occupational Health case conference minutes and actions"
	case InjuryAllowanceClaim:
		return "Injury Allowance claim form"
	default:
		return ""
	}
}
