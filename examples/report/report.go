// Package report evaluates a case file's case with the hr14 library and
// gives the explained result: as text for a reader (the manager's summary
// first, one screen in plain English, then the detail with every rule and
// clause: WriteText, WriteSummary), and as JSON with stable field names for
// a program. It also checks a scenario's expectations
// against the result (Verify), which is how the hr14 command's policy
// interpretation tests and the HTTP service share one evaluation.
//
// The JSON form (Report) is documented field by field in CASEFILE.md next to
// the hr14 command. Dates are ISO 8601 ("2026-03-02"), periods ISO 8601
// intervals ("2026-01-06/2026-01-07"), money and decimal figures strings
// ("475.00", "6.5"), codes the library's text codes.
package report

import (
	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// Format identifies this version of the JSON form of a Report. A change that
// removes or renames a field changes it.
const Format = "hr14.report/1"

// A Report is the evaluation of one case as of a date.
type Report struct {
	Format   string       `json:"format"` // always Format
	Name     string       `json:"name,omitempty"`
	AsOf     absence.Date `json:"asOf"`
	Policy   Policy       `json:"policy"`
	Employee Employee     `json:"employee"`

	Episodes []Episode `json:"episodes"`
	PartDays []PartDay `json:"partDays"`
	Triggers Triggers  `json:"triggers"`
	// Procedure is the formal procedure (STAGE rules).
	Procedure Procedure `json:"procedure"`
	// Checks are the recording duties of each episode (ABS-4, ABS-6,
	// ABS-9, ABS-10) as of the date.
	Checks []Check `json:"checks"`

	Pay     *Pay     `json:"pay,omitempty"`
	Pension *Pension `json:"pension,omitempty"`
	// Notes say what the evaluation left out (records or events after the
	// as-of date).
	Notes []string `json:"notes,omitempty"`
	// WhatIf is what the case's hypothetical absences would do, and the
	// forward calendar (its whatIf section); nil when it has none.
	WhatIf *WhatIf `json:"whatIf,omitempty"`

	// NoShiftLost is the sickness recorded only on days with no scheduled
	// shift: not an episode, counted towards no trigger (§4.4, ABS-2).
	NoShiftLost []NoShiftLost `json:"noShiftLost"`

	// Summary is the manager's summary: what is happening, what to do next
	// and by when, the figures and why they change, in plain English with
	// British dates (Summarise). Added in issue 15; the text form writes it
	// first.
	Summary *Summary `json:"summary,omitempty"`

	// Recording is what the recording rules found in how the absences were
	// recorded (ABS-20 on): days at work under a "may be fit" note,
	// sickness during booked leave, other work while off sick, closing the
	// absence and fertility treatment.
	Recording Recording `json:"recording"`
}

// Recording is what the recording rules found in how the absences were
// recorded (ABS-20 on).
type Recording struct {
	// AtWork are days of sickness records on which the employee was at work
	// with the changes a "may be fit" note advised, made by the employer:
	// not sickness (ABS-20).
	AtWork []AtWork `json:"atWork"`
	// SicknessOnLeave is each sickness record over booked leave (ABS-21):
	// the days sickness replaces and the days that stay leave.
	SicknessOnLeave []SicknessOnLeave `json:"sicknessOnLeave"`
	// Recredited is the scheduled days of booked leave that sickness
	// replaced, bank holidays apart: to be re-credited (ABS-21).
	Recredited int `json:"recredited"`
	// Protected are the protected periods of the employee's fertility
	// treatments (ABS-24): sickness inside them is left out of the
	// triggers under the default reading.
	Protected []Protected `json:"protected"`
	// Appointments are the case's hospital and clinic appointments up to the
	// as-of date, each with how its time is granted (ABS-7; fertility
	// treatment ABS-24).
	Appointments []Appointment `json:"appointments"`
	// Findings are the recording findings for HR (ABS-20 on), by
	// rule: each says what was found and what HR may do; none is a
	// decision.
	Findings []Finding `json:"findings"`
	// OtherWork are the days off sick in declared other work that no fit
	// note covers, by declaration (ABS-22). Added after issue 17.
	OtherWork []OtherWorkDays `json:"otherWork,omitempty"`
	// Closing are the episodes' expected return and closing facts, for
	// the episodes with one of them (ABS-23). Added after issue 17.
	Closing []Closing `json:"closing,omitempty"`
}

// Protected is the protected period of a fertility treatment (ABS-24).
type Protected struct {
	Period absence.Period `json:"period"`
	Open   bool           `json:"open,omitempty"` // no end recorded yet
	Text   string         `json:"text"`
}

// An Appointment is a hospital or clinic appointment and how its time is
// granted (ABS-7, ABS-24).
type Appointment struct {
	Date      absence.Date          `json:"date"`
	Fertility bool                  `json:"fertility,omitempty"`
	Treatment absence.Treatment     `json:"treatment"`
	Agreed    absence.TimeAgreement `json:"agreed,omitempty"`
	Text      string                `json:"text"`
}

// SicknessOnLeave is a sickness record over booked leave (ABS-21).
type SicknessOnLeave struct {
	Period   absence.Period   `json:"period"`
	Sickness string           `json:"sickness"` // the sickness record
	Leave    string           `json:"leave"`    // the leave record
	Replaced []absence.Period `json:"replaced"` // sickness, the leave re-credited
	Kept     []absence.Period `json:"kept"`     // stay leave: not reported as required
	Findings []Finding        `json:"findings"`
	// Recredited is the scheduled days of this leave to re-credit, bank
	// holidays apart (Recording.Recredited is the sum). Added after issue
	// 17, for the manager's summary.
	Recredited int `json:"recredited"`
}

// OtherWorkDays are the days off sick in a declaration of other work that
// no fit note covers (ABS-22): dates only, for HR; the findings word it.
type OtherWorkDays struct {
	Work int              `json:"work"` // the declaration, from 1 (Employee.OtherWork)
	Days []absence.Period `json:"days"`
}

// Closing is what an episode's notification and closing say (ABS-23), as
// facts; the recording findings word them.
type Closing struct {
	Episode        int          `json:"episode"` // Episode.Number
	ExpectedReturn absence.Date `json:"expectedReturn,omitempty"`
	ReportedFit    absence.Date `json:"reportedFit,omitempty"`
	// StillAbsent: still absent on the expected return date.
	StillAbsent bool `json:"stillAbsent,omitempty"`
	// PastFit are days recorded as sickness on or after the day reported
	// fit: to be corrected.
	PastFit []absence.Period `json:"pastFit,omitempty"`
	// NotClosed are rest days ending an absence with no day reported fit:
	// they may have been added because it was not closed.
	NotClosed absence.Period `json:"notClosed,omitempty"`
}

// AtWork is a run of days at work under a "may be fit" note (ABS-20).
type AtWork struct {
	Period absence.Period   `json:"period"`
	Record string           `json:"record"`
	Advice []absence.Advice `json:"advice"`
	Text   string           `json:"text"`
}

// Policy is the policy the case was evaluated under: what a decision
// stored today needs to be explained after the policy or the library
// changes. ID and Library were added to hr14.report/1 (issue 15); the
// fields before them are unchanged.
type Policy struct {
	Name string `json:"name"` // the policy's short name: "HR14 v16" (ID.Short())
	// Knobs are the case file's knobs set to a value other than the HR14
	// v16 default, as "name=value" (the names of CASEFILE.md).
	Knobs []string `json:"knobs,omitempty"`
	// ID names the policy in full: reference, title, version, trust and the
	// date it took effect. Every package's policy names it; so do the
	// letters.
	ID absence.PolicyID `json:"id"`
	// Library is the version of the hr14 library that evaluated the case.
	Library string `json:"library"`
}

// Employee describes the employee evaluated.
type Employee struct {
	ID               string `json:"id,omitempty"`
	FTE              string `json:"fte"`
	StandardDayHours string `json:"standardDayHours"`
	// Schedule describes the working pattern, e.g. "MTWTF.. (7.5 h), bank
	// holidays off".
	Schedule string `json:"schedule"`
	// SelfCertification are the Trust's decisions to withdraw or restore
	// the right to self-certify, in date order (ABS-4, Proc 13); each
	// episode's findings say which one applied to it.
	SelfCertification []absence.SelfCertificationDecision `json:"selfCertification,omitempty"`
	// OtherWork are the declarations of secondary employment as given
	// (ABS-22); the recording findings say where sickness falls in one.
	OtherWork []absence.OtherWork `json:"otherWork,omitempty"`
}

// A Finding is one step of an explanation: the rule, its clause and what it
// found.
type Finding struct {
	Rule   string `json:"rule"`   // e.g. "ABS-3"
	Clause string `json:"clause"` // e.g. "HR14 Proc 6"
	Text   string `json:"text"`
}

// An Episode is a continuous period of sickness (ABS-1, ABS-2).
type Episode struct {
	Number       int              `json:"number"` // 1-based, in date order
	Period       absence.Period   `json:"period"`
	Records      []string         `json:"records"` // the records' IDs (or "#i", the index in the file)
	Reasons      []absence.Reason `json:"reasons"`
	CalendarDays int              `json:"calendarDays"`
	LongTerm     bool             `json:"longTerm"`
	Triggers     EpisodeTriggers  `json:"triggers"`
	Pay          EpisodePay       `json:"pay"`
	Findings     []Finding        `json:"findings"`
	// Recovery compares each planned record of the episode with its
	// expected recovery period (ABS-15); the findings explain it. Added
	// after issue 17, for the manager's summary.
	Recovery []Recovery `json:"recovery,omitempty"`
}

// Recovery compares a planned absence with its expected recovery period
// (ABS-15): both run from the planned record's first day.
type Recovery struct {
	Expected absence.Period `json:"expected"`
	// Actual ends on the episode's last day known by the as-of date.
	Actual absence.Period `json:"actual"`
	Over   bool           `json:"over,omitempty"` // the episode was over by the as-of date
	// Beyond is the days of the absence after the expected recovery
	// period; 0 within it.
	Beyond int `json:"beyond"`
}

// EpisodeTriggers is the trigger view of an episode (ABS-3, ABS-7).
type EpisodeTriggers struct {
	Counts       bool             `json:"counts"`
	Counted      []absence.Period `json:"counted"`
	Excluded     []Exclusion      `json:"excluded"`
	WorkingDays  int              `json:"workingDays"`
	CalendarDays int              `json:"calendarDays"`
	Hours        string           `json:"hours"`
	// CountedDays are the calendar days in Counted: the TRIG-5 length by
	// default; CalendarDays is the counted span (ABS-7, TRIG-5).
	CountedDays int `json:"countedDays"`
}

// NoShiftLost is sickness with no scheduled shift lost (§4.4, ABS-2): not
// an episode, but days of incapacity for pay.
type NoShiftLost struct {
	Period   absence.Period   `json:"period"`
	Records  []string         `json:"records"`
	Reasons  []absence.Reason `json:"reasons"`
	Pay      EpisodePay       `json:"pay"`
	Findings []Finding        `json:"findings"`
}

// An Exclusion is a run of days that does not count towards triggers.
type Exclusion struct {
	Period absence.Period `json:"period"`
	Cause  absence.Cause  `json:"cause"`
	Text   string         `json:"text"`
}

// EpisodePay is the pay view of an episode (PAY-1).
type EpisodePay struct {
	Days        []absence.Period `json:"days"`
	WorkingDays int              `json:"workingDays"`
}

// A PartDay is a part-day note (ABS-3).
type PartDay struct {
	Date     absence.Date `json:"date"`
	Record   string       `json:"record"`
	Worked   string       `json:"worked"`
	Shift    string       `json:"shift"`
	SentHome bool         `json:"sentHome,omitempty"`
	Sickness bool         `json:"sickness"`
}

// Triggers are the trigger points (TRIG-1 … TRIG-6) over the whole history.
type Triggers struct {
	// Activations are every activation up to the as-of date.
	Activations []Activation `json:"activations"`
	// Status is each trigger point as of the date, and Headroom how far
	// each is from activating.
	Status   []TriggerStatus `json:"status"`
	Headroom []Room          `json:"headroom"`
	// Adjustment describes a reasonable adjustment in force ("" if none).
	Adjustment string `json:"adjustment,omitempty"`
	// SinceStage counts from the date the stage in effect took effect (the
	// improvement target after a formal meeting); nil before any stage.
	SinceStage *SinceStage `json:"sinceStage,omitempty"`
	// Patterns are the advisory TRIG-6 detectors and Bradford the Bradford
	// Factor: never activations.
	Patterns []Pattern `json:"patterns"`
	Bradford string    `json:"bradford"`
}

// SinceStage is the trigger points counted from a formal stage.
type SinceStage struct {
	From     absence.Date      `json:"from"`
	Counting triggers.Counting `json:"counting"`
	Status   []TriggerStatus   `json:"status"`
	Headroom []Room            `json:"headroom"`
	// Readings explain each trigger point on which the whole record and
	// this count disagree, and which decides the next stage (Readings).
	// Added in issue 15.
	Readings []string `json:"readings,omitempty"`
}

// An Activation is a day a trigger point activated.
type Activation struct {
	Trigger triggers.Trigger `json:"trigger"`
	Rule    string           `json:"rule"`
	Clause  string           `json:"clause"`
	Date    absence.Date     `json:"date"`
	// Cleared is the first day it was no longer active; zero while active
	// on the as-of date.
	Cleared absence.Date `json:"cleared,omitempty"`
	// Text explains it in one sentence; Explanation gives all the evidence.
	Text        string `json:"text"`
	Explanation string `json:"explanation"`
}

// A TriggerStatus is one trigger point as of the date.
type TriggerStatus struct {
	Trigger   triggers.Trigger `json:"trigger"`
	Active    bool             `json:"active"`
	Activated absence.Date     `json:"activated,omitempty"`
	Cleared   absence.Date     `json:"cleared,omitempty"`
	Window    absence.Period   `json:"window"`
	// Count and Threshold are in Unit: "episodes", "working days", "hours"
	// or "calendar days".
	Count       string `json:"count"`
	Threshold   string `json:"threshold"`
	Unit        string `json:"unit"`
	Adjusted    bool   `json:"adjusted,omitempty"`
	Text        string `json:"text"`
	Explanation string `json:"explanation"`
}

// A Room is one trigger's headroom as of the date.
type Room struct {
	Trigger   triggers.Trigger `json:"trigger"`
	Active    bool             `json:"active"`
	Count     string           `json:"count"`
	Threshold string           `json:"threshold"`
	// Left is how much more would activate it; Clear, when active, the day
	// it clears with no more sickness.
	Left    string       `json:"left"`
	Clear   absence.Date `json:"clear,omitempty"`
	Pending bool         `json:"pending,omitempty"`
	Text    string       `json:"text"`
}

// A Pattern is what one TRIG-6 detector found.
type Pattern struct {
	Kind         string `json:"kind"` // "rest-days", "weekday", …
	Recognisable bool   `json:"recognisable"`
	Count        int    `json:"count"`
	Of           int    `json:"of"`
	Level        int    `json:"level"`
	Text         string `json:"text"`
}

// Procedure is the formal procedure: where the case stands and what is due.
type Procedure struct {
	Stage     stages.Stage `json:"stage"`
	Since     absence.Date `json:"since,omitempty"`
	Returned  bool         `json:"returned,omitempty"`
	Dismissed bool         `json:"dismissed,omitempty"`
	Closed    bool         `json:"closed,omitempty"`
	// Resigned is the date the employee resigned (STAGE-22): the procedure
	// has ended.
	Resigned absence.Date `json:"resigned,omitempty"`
	// Recorded is the number of the case's events applied (those up to the
	// as-of date).
	Recorded int `json:"recorded"`
	// Derived are events hr14 found from the absence record that the case
	// does not hold yet (a trigger activated after the stage in effect):
	// applied, and listed so the manager records them.
	Derived  []stages.Event `json:"derived,omitempty"`
	Meetings []Meeting      `json:"meetings"`
	// NextSteps are what is due as of the date, earliest deadline first.
	NextSteps []Step    `json:"nextSteps"`
	Findings  []Finding `json:"findings"`
	// Duties are the records of the duties among the events applied, in
	// date order, each with its event (stages.Records: STAGE-11 … STAGE-19,
	// ABS-12).
	Duties []Duty `json:"duties"`
	// ServiceLevels are the last OH referral's service levels as dated
	// expectations (STAGE-11, App 9).
	ServiceLevels []ServiceLevel `json:"serviceLevels"`
}

// A Duty is one record of the duties: the event it came from and what it
// records, in categories and dates.
type Duty struct {
	Event  int          `json:"event"` // the index of the event in the case's events
	ID     string       `json:"id,omitempty"`
	Kind   stages.Kind  `json:"kind"`
	Date   absence.Date `json:"date"`
	Rule   string       `json:"rule"`
	Clause string       `json:"clause"`
	Text   string       `json:"text"`
}

// A ServiceLevel is one dated expectation of the OH referral (STAGE-11).
type ServiceLevel struct {
	What   string         `json:"what"`
	Due    absence.Date   `json:"due"`
	Done   absence.Date   `json:"done,omitempty"`
	Status absence.Status `json:"status"`
	Rule   string         `json:"rule"`
	Clause string         `json:"clause"`
	Text   string         `json:"text"`
}

// A Meeting is one formal step: a review meeting, the final review hearing,
// the ill-health retirement meeting or the appeal hearing.
type Meeting struct {
	Step     stages.Step     `json:"step"`
	Route    stages.Route    `json:"route"`
	Due      absence.Date    `json:"due"`
	Triggers []string        `json:"triggers,omitempty"`
	Soon     bool            `json:"soon,omitempty"`
	Invited  absence.Date    `json:"invited,omitempty"`
	Slot     *stages.Slot    `json:"slot,omitempty"`
	Held     absence.Date    `json:"held,omitempty"`
	Decision stages.Decision `json:"decision,omitempty"`
	Decided  absence.Date    `json:"decided,omitempty"`
	Letter   absence.Date    `json:"letter,omitempty"`
	// Superseded is the date the step was overtaken before it was held (a
	// stage 3 hearing replaced by the ill-health retirement meeting, a step
	// ended by the redeployment register or a resignation).
	Superseded absence.Date     `json:"superseded,omitempty"`
	Concluded  bool             `json:"concluded"`
	Deadlines  stages.Deadlines `json:"deadlines"`
}

// A Step is one thing due in the case: what, by whom, from and by when, and
// why.
type Step struct {
	What     string       `json:"what"`
	Who      stages.Party `json:"who"`
	Kind     stages.Kind  `json:"kind,omitempty"`
	Step     stages.Step  `json:"step,omitempty"`
	From     absence.Date `json:"from,omitempty"`
	By       absence.Date `json:"by,omitempty"`
	Soon     bool         `json:"soon,omitempty"`
	Overdue  bool         `json:"overdue,omitempty"`
	Optional bool         `json:"optional,omitempty"`
	Rule     string       `json:"rule"`
	Clause   string       `json:"clause"`
	Text     string       `json:"text"`
}

// A Check is one recording duty of an episode (ABS-4 … ABS-10).
type Check struct {
	Episode int            `json:"episode"` // Episode.Number
	Task    absence.Task   `json:"task"`
	Rule    string         `json:"rule"`
	Clause  string         `json:"clause"`
	What    string         `json:"what"`
	Due     absence.Date   `json:"due,omitempty"`
	Done    absence.Date   `json:"done,omitempty"`
	Status  absence.Status `json:"status"`
	Text    string         `json:"text"`
}

// Pay is what the case means for pay (PAY rules).
type Pay struct {
	// SickPay is the occupational sick pay of each episode, in order
	// (PAY-8); empty when the case gives no pay.serviceStart.
	SickPay []SickPay `json:"sickPay,omitempty"`
	// SSP is the total Statutory Sick Pay of the history (with pay.dayPay).
	SSP string `json:"ssp,omitempty"`
	// SSPExclusions say where SSP is not payable or stops and when form
	// SSP1 is due (with pay.dayPay; PAY-8).
	SSPExclusions   []SSPExclusion `json:"sspExclusions,omitempty"`
	InjuryAllowance *Injury        `json:"injuryAllowance,omitempty"`
	// Redeployment is the pay of the first pay period in a new post after
	// redeployment (STAGE-20, App 3), with pay.redeployment.
	Redeployment *RedeploymentPay `json:"redeployment,omitempty"`
}

// RedeploymentPay is the pay of the first pay period in a new post after
// an internal transfer from the redeployment register: the previous post's
// pay for the days before it, the new post's on its own terms from it, by
// calendar days; Protection of Pay does not apply (STAGE-20, App 3).
type RedeploymentPay struct {
	Period       absence.Period `json:"period"`
	Starts       absence.Date   `json:"starts"`
	Days         int            `json:"days"`
	PreviousDays int            `json:"previousDays"`
	NewDays      int            `json:"newDays"`
	Previous     string         `json:"previous"`
	New          string         `json:"new"`
	Total        string         `json:"total"`
	// Change is the new post's pay for a whole period less the previous
	// post's, e.g. "-400.00".
	Change   string    `json:"change"`
	Findings []Finding `json:"findings"`
}

// SSPExclusion is where Statutory Sick Pay is not payable, or stops, in a
// period of incapacity for work, and the form SSP1 it calls for (PAY-8).
type SSPExclusion struct {
	// Reason: "low-earnings", "maximum", "three-years" or
	// "employment-ended".
	Reason   string       `json:"reason"`
	PIW      absence.Date `json:"piw"`                // first day of the (linked) period of incapacity: SSP1's first day of sickness
	From     absence.Date `json:"from"`               // first day without SSP for the reason
	Until    absence.Date `json:"until,omitempty"`    // last such day when SSP is payable again later in the period
	LastPaid absence.Date `json:"lastPaid,omitempty"` // last day SSP is payable
	Weeks    string       `json:"weeks"`              // weeks of SSP paid, to 2 dp
	Due      absence.Date `json:"due"`                // give form SSP1 by this day
	Finding  Finding      `json:"finding"`
}

// SickPay is the occupational sick pay of one episode (PAY-8).
type SickPay struct {
	Episode      int               `json:"episode"`
	FirstDay     absence.Date      `json:"firstDay,omitempty"`
	ServiceYears int               `json:"serviceYears"`
	Entitlement  payroll.Allowance `json:"entitlement"`
	Used         payroll.Allowance `json:"used"`
	Available    payroll.Allowance `json:"available"`
	Remaining    payroll.Allowance `json:"remaining"`
	Runs         []payroll.Run     `json:"runs"`
	// Status is the rate on the as-of date: "full", "half" or "nil", or ""
	// when the as-of date is not a pay day of the episode.
	Status string `json:"status,omitempty"`
	// Money, with pay.dayPay: what was paid, the SSP in it, the employer's
	// top-up and what is withheld for uncovered days (PAY-4).
	Paid     string    `json:"paid,omitempty"`
	SSP      string    `json:"ssp,omitempty"`
	TopUp    string    `json:"topUp,omitempty"`
	Withheld string    `json:"withheld,omitempty"`
	Findings []Finding `json:"findings"`
	// Change says why the days available at the start differ from those of
	// the episode before (the service step, the length of the months, the
	// sick pay paid in the 12 months before); StepUp, when the row of the
	// scale rose between the two, says when and why (SickPayChange). Added
	// in issue 15.
	Change string `json:"change,omitempty"`
	StepUp string `json:"stepUp,omitempty"`
}

// Injury is the Injury Allowance of an episode (PAY-3) and, with a claim,
// where the claim stands (PAY-11 … PAY-14).
type Injury struct {
	// Window is the time the allowance can run; the zero Period (empty in
	// JSON) when no day is left.
	Window   absence.Period  `json:"window"`
	Payments []InjuryPayment `json:"payments"`
	Total    string          `json:"total"`
	// Overpaid is the allowance overpaid because benefits were declared
	// after the periods they cover were paid, to be recovered (PAY-14);
	// only with a claim.
	Overpaid string    `json:"overpaid,omitempty"`
	Findings []Finding `json:"findings"`
	// Steps are what is outstanding on the claim: who must act, what, and
	// the rule (PAY-11 … PAY-14); only with a claim.
	Steps []InjuryStep `json:"steps,omitempty"`
}

// An InjuryPayment is the Injury Allowance of one pay period.
type InjuryPayment struct {
	Period    absence.Period `json:"period"`
	Target    string         `json:"target"`
	Shortfall string         `json:"shortfall"`
	Allowance string         `json:"allowance"`
	// Paid and Overpaid: what was paid on the period's pay day and what of
	// it was overpaid (PAY-14); only for a period with a pay day.
	Paid     string `json:"paid,omitempty"`
	Overpaid string `json:"overpaid,omitempty"`
	Text     string `json:"text"`
}

// An InjuryStep is something outstanding on an Injury Allowance claim.
type InjuryStep struct {
	Who    payroll.Role `json:"who"` // e.g. "line-manager", "employee", "payroll"
	What   string       `json:"what"`
	Rule   string       `json:"rule"`
	Clause string       `json:"clause"`
}

// Pension is an ill-health retirement assessment (PEN-1 … PEN-3, PEN-8,
// PEN-9).
type Pension struct {
	// Status is the member's standing: "active" (left out), "opted-out" or
	// "deferred" (PEN-8).
	Status pension.Status `json:"status,omitempty"`
	// Leaving is the reason for leaving assessed (PEN-9): the case file's
	// pension.leaving, or, when it gives none, the one the case's events
	// record (stages.State.Leaving, STAGE-22); "" when neither says.
	Leaving    pension.Leaving `json:"leaving,omitempty"`
	Eligible   bool            `json:"eligible"`
	Tier       pension.Tier    `json:"tier"`
	Retires    absence.Date    `json:"retires"`
	Age        int             `json:"age"`
	Legacy     *LegacyAward    `json:"legacy,omitempty"`
	Scheme2015 *Award2015      `json:"scheme2015,omitempty"`
	Findings   []Finding       `json:"findings"`
}

// LegacyAward is the 1995 or 2008 Section part of an award.
type LegacyAward struct {
	Section     pension.Section    `json:"section"`
	Membership  pension.Membership `json:"membership"`
	Prospective pension.Membership `json:"prospective"`
	Enhancement pension.Membership `json:"enhancement"`
	Total       pension.Membership `json:"total"`
	// Pension and LumpSum are the benefits awarded (after any enhancement),
	// Tier1Pension the pension before it; "" when no pay was given.
	Pension      string `json:"pension,omitempty"`
	LumpSum      string `json:"lumpSum,omitempty"`
	Tier1Pension string `json:"tier1Pension,omitempty"`
}

// Award2015 is the 2015 Scheme part of an award.
type Award2015 struct {
	Assumed  pension.Membership `json:"assumed"`
	BuiltUp  string             `json:"builtUp"`
	Addition string             `json:"addition"`
	Pension  string             `json:"pension"`
}
