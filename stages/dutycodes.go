package stages

// The small enums of the duties' records (STAGE-11 … STAGE-19). Text codes
// are in parentheses; the zero value's code is "" unless said otherwise.

// An HRTopic says what HR Employee Relations was asked to advise on
// (HRNotified). The zero value is general advice on the case.
type HRTopic uint8

// The topics.
const (
	TopicGeneral               HRTopic = iota // advice on the case, or notice of a meeting ("")
	TopicDisabilityDiscounting                // whether any absences should be discounted as disability-related, before a formal meeting (App 10) ("disability-discounting")
	TopicUnderlyingCondition                  // a trigger reached through absences linked to an underlying condition, before any formal meeting (App 14) ("underlying-condition")
	TopicOHNonAttendance                      // an OH appointment missed without a reasonable explanation (§5.4.3) ("oh-non-attendance")
	numTopics
)

var topicCodes = [numTopics]string{"", "disability-discounting", "underlying-condition", "oh-non-attendance"}

// String returns the topic's code.
func (t HRTopic) String() string { return codeOf(t, topicCodes[:], "HRTopic") }

// MarshalText implements encoding.TextMarshaler with the topic's code.
func (t HRTopic) MarshalText() ([]byte, error) { return marshalCode(t, topicCodes[:], "HRTopic") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *HRTopic) UnmarshalText(b []byte) error {
	return unmarshalCode(t, b, topicCodes[:], "HRTopic")
}

// A ReferralGround says why an employee was referred to Occupational Health.
type ReferralGround uint8

// The grounds.
const (
	GroundNone              ReferralGround = iota // not recorded ("")
	GroundAbsenceReason                           // the absence's reason or length (§5.6.5, §5.6.6; ABS-9) ("absence-reason")
	GroundFormalStage                             // a formal stage of the procedure (SAP 1.3–1.5) ("formal-stage")
	GroundEarlyIntervention                       // the Early Intervention service: stress, musculoskeletal, surgery (App 9) ("early-intervention")
	GroundManagerConcern                          // the manager's concern at any stage (SAP 1.1) ("manager-concern")
	GroundSelfReferral                            // the employee referred themselves (SAP 1.1) ("self-referral")
	numReferralGrounds
)

var referralGroundCodes = [numReferralGrounds]string{"", "absence-reason", "formal-stage", "early-intervention", "manager-concern", "self-referral"}

// String returns the ground's code.
func (g ReferralGround) String() string { return codeOf(g, referralGroundCodes[:], "ReferralGround") }

// MarshalText implements encoding.TextMarshaler with the ground's code.
func (g ReferralGround) MarshalText() ([]byte, error) {
	return marshalCode(g, referralGroundCodes[:], "ReferralGround")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *ReferralGround) UnmarshalText(b []byte) error {
	return unmarshalCode(g, b, referralGroundCodes[:], "ReferralGround")
}

// Consent is the employee's answer to a request for consent. The zero value
// means it was not asked (or, for a pre-call, there is none).
type Consent uint8

// The answers.
const (
	ConsentNotAsked Consent = iota // ("")
	ConsentGiven                   // ("given")
	ConsentRefused                 // ("refused")
	numConsents
)

var consentCodes = [numConsents]string{"", "given", "refused"}

// String returns the answer's code.
func (c Consent) String() string { return codeOf(c, consentCodes[:], "Consent") }

// MarshalText implements encoding.TextMarshaler with the answer's code.
func (c Consent) MarshalText() ([]byte, error) { return marshalCode(c, consentCodes[:], "Consent") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Consent) UnmarshalText(b []byte) error {
	return unmarshalCode(c, b, consentCodes[:], "Consent")
}

// A Question is a category of question a referral asks Occupational Health
// (App 6 Q3: "specific questions … about their functionality").
type Question uint8

// The questions.
const (
	QuestionNone         Question = iota // ("")
	QuestionFitness                      // fit for the role, now or when ("fitness-for-role")
	QuestionCapacity                     // functional capacity: what the employee can and cannot do ("functional-capacity")
	QuestionAdjustments                  // adjustments or restrictions that would help ("adjustments")
	QuestionPrognosis                    // likely course and time-frame ("prognosis")
	QuestionUnderlying                   // whether an underlying condition links the absences (SAP 1.3, 1.4) ("underlying-condition")
	QuestionEqualityAct                  // whether the Equality Act is likely to apply ("equality-act")
	QuestionWorkRelated                  // whether work caused or worsens it ("work-related")
	QuestionRedeployment                 // whether redeployment is indicated ("redeployment")
	QuestionIllHealth                    // ill-health retirement ("ill-health-retirement")
	numQuestions
)

var questionCodes = [numQuestions]string{"", "fitness-for-role", "functional-capacity", "adjustments", "prognosis",
	"underlying-condition", "equality-act", "work-related", "redeployment", "ill-health-retirement"}

// String returns the question's code.
func (q Question) String() string { return codeOf(q, questionCodes[:], "Question") }

// MarshalText implements encoding.TextMarshaler with the question's code.
func (q Question) MarshalText() ([]byte, error) {
	return marshalCode(q, questionCodes[:], "Question")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (q *Question) UnmarshalText(b []byte) error {
	return unmarshalCode(q, b, questionCodes[:], "Question")
}

// An AppointmentOutcome says what happened to an Occupational Health
// appointment.
type AppointmentOutcome uint8

// The outcomes.
const (
	AppointmentNone      AppointmentOutcome = iota // ("")
	AppointmentBooked                              // OH contacted the employee and booked it ("booked")
	AppointmentAttended                            // the consultation took place ("attended")
	AppointmentMissed                              // the employee did not attend ("did-not-attend")
	AppointmentCancelled                           // cancelled beforehand ("cancelled")
	numAppointmentOutcomes
)

var appointmentCodes = [numAppointmentOutcomes]string{"", "booked", "attended", "did-not-attend", "cancelled"}

// String returns the outcome's code.
func (o AppointmentOutcome) String() string {
	return codeOf(o, appointmentCodes[:], "AppointmentOutcome")
}

// MarshalText implements encoding.TextMarshaler with the outcome's code.
func (o AppointmentOutcome) MarshalText() ([]byte, error) {
	return marshalCode(o, appointmentCodes[:], "AppointmentOutcome")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *AppointmentOutcome) UnmarshalText(b []byte) error {
	return unmarshalCode(o, b, appointmentCodes[:], "AppointmentOutcome")
}

// Fitness is Occupational Health's opinion of the employee's capacity for
// work (App 6 Q7, "opinion and recommendations including capacity for
// work").
type Fitness uint8

// The opinions.
const (
	FitnessNotGiven    Fitness = iota // ("")
	Fit                               // fit for work ("fit")
	Unfit                             // not fit for work ("unfit")
	FitWithAdjustments                // may be fit with adjustments ("fit-with-adjustments")
	numFitness
)

var fitnessCodes = [numFitness]string{"", "fit", "unfit", "fit-with-adjustments"}
var fitnessNames = [numFitness]string{"no opinion on fitness", "fit for work", "not fit for work", "may be fit for work with adjustments"}

// Code returns the opinion's code.
func (f Fitness) Code() string { return codeOf(f, fitnessCodes[:], "Fitness") }

// String describes the opinion, e.g. "may be fit for work with adjustments".
func (f Fitness) String() string { return codeOf(f, fitnessNames[:], "Fitness") }

// MarshalText implements encoding.TextMarshaler with the opinion's code.
func (f Fitness) MarshalText() ([]byte, error) { return marshalCode(f, fitnessCodes[:], "Fitness") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Fitness) UnmarshalText(b []byte) error {
	return unmarshalCode(f, b, fitnessCodes[:], "Fitness")
}

// An Answer is yes, no or unclear; the zero value means no answer was given.
type Answer uint8

// The answers.
const (
	AnswerNone Answer = iota // ("")
	Yes                      // ("yes")
	No                       // ("no")
	Unclear                  // ("unclear")
	numAnswers
)

var answerCodes = [numAnswers]string{"", "yes", "no", "unclear"}

// String returns the answer's code.
func (a Answer) String() string { return codeOf(a, answerCodes[:], "Answer") }

// MarshalText implements encoding.TextMarshaler with the answer's code.
func (a Answer) MarshalText() ([]byte, error) { return marshalCode(a, answerCodes[:], "Answer") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Answer) UnmarshalText(b []byte) error { return unmarshalCode(a, b, answerCodes[:], "Answer") }

// Prognosis is Occupational Health's prognosis category (App 6 Q7,
// "prognosis including further suggested treatments"); the time-frame is
// OHReport.PrognosisWeeks.
type Prognosis uint8

// The prognoses.
const (
	PrognosisNotGiven Prognosis = iota // ("")
	ReturnExpected                     // a return to work, or an improvement in attendance, is expected ("return-expected")
	ReturnUncertain                    // it is not yet clear ("uncertain")
	ReturnUnlikely                     // not expected in the foreseeable future ("return-unlikely")
	numPrognoses
)

var prognosisCodes = [numPrognoses]string{"", "return-expected", "uncertain", "return-unlikely"}

// String returns the prognosis' code.
func (p Prognosis) String() string { return codeOf(p, prognosisCodes[:], "Prognosis") }

// MarshalText implements encoding.TextMarshaler with the prognosis' code.
func (p Prognosis) MarshalText() ([]byte, error) {
	return marshalCode(p, prognosisCodes[:], "Prognosis")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Prognosis) UnmarshalText(b []byte) error {
	return unmarshalCode(p, b, prognosisCodes[:], "Prognosis")
}

// An AdjustmentKind is what an adjustment of the Tailored Adjustment Plan
// changes: the reasonable adjustments of App 3, the temporary arrangements of
// §22.1, and the two adjustments of the procedure itself (raised trigger
// thresholds, and absences discounted as disability-related).
type AdjustmentKind uint8

// The kinds of adjustment.
const (
	AdjustmentNone          AdjustmentKind = iota // ("")
	AdjustPremises                                // adjustments to premises, physical features, access (App 3) ("premises")
	AdjustReallocateDuties                        // some duties allocated to another person, work reallocated in the team (App 3, §22.1) ("reallocate-duties")
	AdjustWorkingHours                            // altered or reduced working hours (App 3, §22.1) ("working-hours")
	AdjustPhasedReturn                            // a phased return to work (§22) ("phased-return")
	AdjustWorkPattern                             // start and finish times, shift pattern, working from home (§22.1) ("work-pattern")
	AdjustLocation                                // changing the location of the post, transfer of workplace (App 3, §22.1) ("location")
	AdjustTraining                                // additional training, refresher courses (App 3, §22.1) ("training")
	AdjustAuxiliaryAids                           // auxiliary aids, equipment, IT, workstation (App 3, §22.1) ("auxiliary-aids")
	AdjustRehabilitation                          // absences allowed for rehabilitation, assessment or treatment, medical appointments (App 3, §22.1) ("rehabilitation-absence")
	AdjustSupervision                             // supervision, a mentor or buddy (App 3, §22.1) ("supervision")
	AdjustModifiedDuties                          // modified job description or duties, alternative work (§22.1) ("modified-duties")
	AdjustSupportServices                         // social or cognitive support, counselling, Occupational Health (§22.1) ("support-services")
	AdjustRedeployment                            // suitable alternative employment (App 3) ("redeployment")
	AdjustTriggerThresholds                       // raised trigger thresholds (App 3: "standards of acceptable attendance … reviewed") ("trigger-thresholds")
	AdjustDiscountAbsences                        // absences discounted as disability-related (App 3, App 10; ABS-7) ("discount-absences")
	AdjustOther                                   // another adjustment ("other")
	numAdjustmentKinds
)

var adjustmentKindCodes = [numAdjustmentKinds]string{"", "premises", "reallocate-duties", "working-hours", "phased-return",
	"work-pattern", "location", "training", "auxiliary-aids", "rehabilitation-absence", "supervision", "modified-duties",
	"support-services", "redeployment", "trigger-thresholds", "discount-absences", "other"}

var adjustmentKindNames = [numAdjustmentKinds]string{"no adjustment", "adjustments to premises", "reallocating some duties",
	"altered working hours", "a phased return to work", "a changed work pattern", "a change of work location",
	"additional training", "auxiliary aids or equipment", "time off for rehabilitation, assessment or treatment",
	"supervision or a mentor", "modified duties", "support services", "redeployment to a suitable alternative post",
	"raised trigger thresholds", "discounting disability-related absences", "another adjustment"}

// Code returns the kind's code, e.g. "phased-return".
func (k AdjustmentKind) Code() string { return codeOf(k, adjustmentKindCodes[:], "AdjustmentKind") }

// String describes the kind, e.g. "a phased return to work".
func (k AdjustmentKind) String() string { return codeOf(k, adjustmentKindNames[:], "AdjustmentKind") }

// MarshalText implements encoding.TextMarshaler with the kind's code.
func (k AdjustmentKind) MarshalText() ([]byte, error) {
	return marshalCode(k, adjustmentKindCodes[:], "AdjustmentKind")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *AdjustmentKind) UnmarshalText(b []byte) error {
	return unmarshalCode(k, b, adjustmentKindCodes[:], "AdjustmentKind")
}

// An AdjustmentDecision is where an adjustment stands. The zero value,
// Proposed, means no decision yet.
type AdjustmentDecision uint8

// The decisions.
const (
	Proposed AdjustmentDecision = iota // proposed, no decision yet ("proposed")
	Agreed                             // agreed and in place ("agreed")
	OnTrial                            // agreed for a trial period, to be reviewed ("trial")
	Declined                           // not made; Factor says why (App 3) ("declined")
	numAdjustmentDecisions
)

var adjustmentDecisionCodes = [numAdjustmentDecisions]string{"proposed", "agreed", "trial", "declined"}

// String returns the decision's code.
func (d AdjustmentDecision) String() string {
	return codeOf(d, adjustmentDecisionCodes[:], "AdjustmentDecision")
}

// MarshalText implements encoding.TextMarshaler with the decision's code.
func (d AdjustmentDecision) MarshalText() ([]byte, error) {
	return marshalCode(d, adjustmentDecisionCodes[:], "AdjustmentDecision")
}

// UnmarshalText implements encoding.TextUnmarshaler; the empty text is
// Proposed.
func (d *AdjustmentDecision) UnmarshalText(b []byte) error {
	return unmarshalCode(d, b, adjustmentDecisionCodes[:], "AdjustmentDecision")
}

// A Factor is the reasonableness factor of App 3 a manager relied on to
// decline an adjustment (or not to follow an Occupational Health
// recommendation, App 6 Q7).
type Factor uint8

// The factors.
const (
	FactorNone            Factor = iota // ("")
	FactorNotEffective                  // unlikely to be effective or to address the issue ("not-effective")
	FactorNotPracticable                // not practicable ("not-practicable")
	FactorNoMedicalAdvice               // medical and Occupational Health advice does not support it ("no-medical-support")
	FactorCost                          // its financial and other costs, and the disruption it causes ("cost-disruption")
	FactorNoAssistance                  // no financial or other assistance is available to make it ("no-assistance")
	FactorEmployeeViews                 // the employee's views, after consultation ("employee-views")
	FactorServiceNeeds                  // the needs of the service and the rest of the team (App 6 Q6) ("service-needs")
	numFactors
)

var factorCodes = [numFactors]string{"", "not-effective", "not-practicable", "no-medical-support", "cost-disruption",
	"no-assistance", "employee-views", "service-needs"}

var factorNames = [numFactors]string{"no reason", "it was unlikely to be effective", "it was not practicable",
	"medical and Occupational Health advice did not support it", "of its cost and the disruption it would cause",
	"no financial or other assistance was available to make it", "of the employee's views",
	"of the needs of the service and the rest of the team"}

// Code returns the factor's code.
func (f Factor) Code() string { return codeOf(f, factorCodes[:], "Factor") }

// String completes "not made because …", e.g. "it was not practicable".
func (f Factor) String() string { return codeOf(f, factorNames[:], "Factor") }

// MarshalText implements encoding.TextMarshaler with the factor's code.
func (f Factor) MarshalText() ([]byte, error) { return marshalCode(f, factorCodes[:], "Factor") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Factor) UnmarshalText(b []byte) error { return unmarshalCode(f, b, factorCodes[:], "Factor") }

// A Matter is one of the seven matters a stage 3 panel takes into
// consideration in reaching its decision (SAP 1.5).
type Matter uint8

// The matters, in the order SAP 1.5 lists them.
const (
	MatterNone            Matter = iota // ("")
	MatterAbsenceRecord                 // the employee's absence record ("absence-record")
	MatterPreviousReviews               // the content and outcome of the initial discussion and previous formal reviews ("previous-reviews")
	MatterOpportunity                   // the opportunity given to improve ("opportunity-to-improve")
	MatterMedicalEvidence               // all available medical evidence ("medical-evidence")
	MatterDiagnosis                     // whether there is a diagnosis of an underlying medical condition ("underlying-diagnosis")
	MatterImprovement                   // the likelihood of improvement in the foreseeable future ("likelihood-of-improvement")
	MatterWhyTermination                // why termination of employment is being considered ("why-termination")
	numMatters
)

var matterCodes = [numMatters]string{"", "absence-record", "previous-reviews", "opportunity-to-improve", "medical-evidence",
	"underlying-diagnosis", "likelihood-of-improvement", "why-termination"}

var matterNames = [numMatters]string{"no matter", "your absence record",
	"the content and outcome of the initial discussion and of the previous formal sickness reviews",
	"the opportunity you were given to improve", "all the available medical evidence",
	"whether there is a diagnosis of an underlying medical condition",
	"the likelihood of improvement in the foreseeable future", "why termination of employment was being considered"}

// Matters returns the seven matters of SAP 1.5, in order.
func Matters() []Matter {
	out := make([]Matter, 0, numMatters-1)
	for m := MatterAbsenceRecord; m < numMatters; m++ {
		out = append(out, m)
	}
	return out
}

// Code returns the matter's code.
func (m Matter) Code() string { return codeOf(m, matterCodes[:], "Matter") }

// String describes the matter for a letter, e.g. "your absence record".
func (m Matter) String() string { return codeOf(m, matterNames[:], "Matter") }

// MarshalText implements encoding.TextMarshaler with the matter's code.
func (m Matter) MarshalText() ([]byte, error) { return marshalCode(m, matterCodes[:], "Matter") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Matter) UnmarshalText(b []byte) error { return unmarshalCode(m, b, matterCodes[:], "Matter") }

// An Alternative is one of the options to improve attendance that must have
// been explored before termination is considered (SAP 1.5).
type Alternative uint8

// The alternatives, in the order SAP 1.5 lists them.
const (
	AlternativeNone        Alternative = iota // ("")
	AltAdjustments                            // reasonable adjustments to the existing post ("reasonable-adjustments")
	AltReducedHours                           // reducing working hours, temporarily or permanently ("reduced-hours")
	AltRedesign                               // redesign or modification of duties ("redesign-duties")
	AltRedeployment                           // redeployment ("redeployment")
	AltIllHealthRetirement                    // ill-health retirement, when applied for ("ill-health-retirement")
	numAlternatives
)

var alternativeCodes = [numAlternatives]string{"", "reasonable-adjustments", "reduced-hours", "redesign-duties", "redeployment", "ill-health-retirement"}

var alternativeNames = [numAlternatives]string{"no alternative", "reasonable adjustments to your existing post",
	"reducing your working hours, temporarily or permanently", "redesigning or modifying your duties",
	"redeployment to another post", "ill-health retirement"}

// Alternatives returns the five alternatives of SAP 1.5, in order.
func Alternatives() []Alternative {
	out := make([]Alternative, 0, numAlternatives-1)
	for a := AltAdjustments; a < numAlternatives; a++ {
		out = append(out, a)
	}
	return out
}

// Code returns the alternative's code.
func (a Alternative) Code() string { return codeOf(a, alternativeCodes[:], "Alternative") }

// String describes the alternative for a letter, e.g. "redeployment to
// another post".
func (a Alternative) String() string { return codeOf(a, alternativeNames[:], "Alternative") }

// MarshalText implements encoding.TextMarshaler with the alternative's code.
func (a Alternative) MarshalText() ([]byte, error) {
	return marshalCode(a, alternativeCodes[:], "Alternative")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Alternative) UnmarshalText(b []byte) error {
	return unmarshalCode(a, b, alternativeCodes[:], "Alternative")
}

// An AlternativeOutcome says what came of an alternative to dismissal the
// panel considered: adopted, or why it was not taken.
type AlternativeOutcome uint8

// The outcomes.
const (
	OutcomeNone           AlternativeOutcome = iota // ("")
	OutcomeAdopted                                  // adopted, or to be adopted ("adopted")
	OutcomeTried                                    // tried, without a sustained improvement ("tried-unsuccessful")
	OutcomeNotEffective                             // medical advice is that it would not improve attendance ("not-effective")
	OutcomeNotPracticable                           // not possible in the post or the service ("not-practicable")
	OutcomeNoPost                                   // no suitable alternative post was found ("no-suitable-post")
	OutcomeNotApplied                               // not applied for by the employee (ill-health retirement) ("not-applied-for")
	OutcomeNotEligible                              // the employee does not qualify ("not-eligible")
	OutcomeDeclined                                 // the employee declined it ("declined-by-employee")
	numAlternativeOutcomes
)

var alternativeOutcomeCodes = [numAlternativeOutcomes]string{"", "adopted", "tried-unsuccessful", "not-effective",
	"not-practicable", "no-suitable-post", "not-applied-for", "not-eligible", "declined-by-employee"}

var alternativeOutcomeNames = [numAlternativeOutcomes]string{"no outcome recorded", "adopted",
	"tried without a sustained improvement", "medical advice was that it would not improve your attendance",
	"it was not possible in your post or the service", "no suitable alternative post was found",
	"you had not applied for it", "you do not qualify for it", "you declined it"}

// Code returns the outcome's code.
func (o AlternativeOutcome) Code() string {
	return codeOf(o, alternativeOutcomeCodes[:], "AlternativeOutcome")
}

// String describes the outcome for a letter, e.g. "no suitable alternative
// post was found".
func (o AlternativeOutcome) String() string {
	return codeOf(o, alternativeOutcomeNames[:], "AlternativeOutcome")
}

// MarshalText implements encoding.TextMarshaler with the outcome's code.
func (o AlternativeOutcome) MarshalText() ([]byte, error) {
	return marshalCode(o, alternativeOutcomeCodes[:], "AlternativeOutcome")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *AlternativeOutcome) UnmarshalText(b []byte) error {
	return unmarshalCode(o, b, alternativeOutcomeCodes[:], "AlternativeOutcome")
}

// NotesKind says how the notes of a hearing were kept (Conduct of Stage 3).
type NotesKind uint8

// The kinds of notes.
const (
	NotesNone      NotesKind = iota // ("")
	NotesNoteTaker                  // taken by a note taker ("note-taker")
	NotesRecording                  // recorded on the panel's voice recorder, transcribed if required ("panel-recording")
	NotesCovert                     // a covert recording: not permitted (IT07); refused ("covert-recording")
	numNotesKinds
)

var notesCodes = [numNotesKinds]string{"", "note-taker", "panel-recording", "covert-recording"}

// String returns the kind's code.
func (k NotesKind) String() string { return codeOf(k, notesCodes[:], "NotesKind") }

// MarshalText implements encoding.TextMarshaler with the kind's code.
func (k NotesKind) MarshalText() ([]byte, error) { return marshalCode(k, notesCodes[:], "NotesKind") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *NotesKind) UnmarshalText(b []byte) error {
	return unmarshalCode(k, b, notesCodes[:], "NotesKind")
}

// An OverrideReason says why a panel decided to dismiss without the full
// record of its deliberation (STAGE-18).
type OverrideReason uint8

// The reasons.
const (
	OverrideNone      OverrideReason = iota // ("")
	OverrideInMinutes                       // the deliberation is recorded in the minutes of the hearing, not item by item ("recorded-in-minutes")
	OverrideMigrated                        // the case began before these records were kept ("case-migrated")
	OverridePanel                           // the panel decided to proceed; its reasons are in the decision ("panel-decision")
	numOverrideReasons
)

var overrideCodes = [numOverrideReasons]string{"", "recorded-in-minutes", "case-migrated", "panel-decision"}

// String returns the reason's code.
func (r OverrideReason) String() string { return codeOf(r, overrideCodes[:], "OverrideReason") }

// MarshalText implements encoding.TextMarshaler with the reason's code.
func (r OverrideReason) MarshalText() ([]byte, error) {
	return marshalCode(r, overrideCodes[:], "OverrideReason")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *OverrideReason) UnmarshalText(b []byte) error {
	return unmarshalCode(r, b, overrideCodes[:], "OverrideReason")
}

// A Goal is a category of goal set at an informal discussion (App 6 Q8:
// "goals and targets need to be set with review dates").
type Goal uint8

// The goals.
const (
	GoalNone       Goal = iota // ("")
	GoalAttendance             // an improvement in attendance to a target ("attendance-target")
	GoalSupport                // take up the support offered ("take-up-support")
	GoalOH                     // attend Occupational Health ("attend-oh")
	GoalReporting              // follow the reporting and certification procedure ("reporting-procedure")
	GoalOther                  // another goal ("other")
	numGoals
)

var goalCodes = [numGoals]string{"", "attendance-target", "take-up-support", "attend-oh", "reporting-procedure", "other"}

// String returns the goal's code.
func (g Goal) String() string { return codeOf(g, goalCodes[:], "Goal") }

// MarshalText implements encoding.TextMarshaler with the goal's code.
func (g Goal) MarshalText() ([]byte, error) { return marshalCode(g, goalCodes[:], "Goal") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Goal) UnmarshalText(b []byte) error { return unmarshalCode(g, b, goalCodes[:], "Goal") }

// An ActionKind is a category of action agreed at a case conference (App 8:
// "key actions and timescales").
type ActionKind uint8

// The kinds of action.
const (
	ActionNone       ActionKind = iota // ("")
	ActionReturnPlan                   // a phased return to work programme ("return-plan")
	ActionAdjustment                   // a workplace adjustment or restriction ("adjustment")
	ActionReferral                     // a referral or re-referral ("referral")
	ActionRiskAssess                   // a risk assessment, e.g. a stress risk assessment ("risk-assessment")
	ActionReview                       // a review meeting or follow-up conference ("review")
	ActionOther                        // another action ("other")
	numActionKinds
)

var actionKindCodes = [numActionKinds]string{"", "return-plan", "adjustment", "referral", "risk-assessment", "review", "other"}
var actionKindNames = [numActionKinds]string{"no action", "a phased return to work programme", "a workplace adjustment",
	"a referral", "a risk assessment", "a review", "an action"}

// Code returns the kind's code.
func (k ActionKind) Code() string { return codeOf(k, actionKindCodes[:], "ActionKind") }

// String describes the kind, e.g. "a risk assessment".
func (k ActionKind) String() string { return codeOf(k, actionKindNames[:], "ActionKind") }

// MarshalText implements encoding.TextMarshaler with the kind's code.
func (k ActionKind) MarshalText() ([]byte, error) {
	return marshalCode(k, actionKindCodes[:], "ActionKind")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *ActionKind) UnmarshalText(b []byte) error {
	return unmarshalCode(k, b, actionKindCodes[:], "ActionKind")
}

// UnderlyingReading says how a case is managed once Occupational Health
// advises that an underlying medical condition links the absences (STAGE-15).
type UnderlyingReading uint8

// The readings.
const (
	// RouteContinuing: the case is managed under the long-term or
	// continuing-absence route: a trigger reached through absences the
	// manager linked to the condition does not by itself make the next
	// formal stage due; HR advice comes first (SAP 1.3, App 14). The default
	// ("continuing-absence").
	RouteContinuing UnderlyingReading = iota
	// RouteTriggers: triggers progress the case as before, linked or not
	// ("triggers").
	RouteTriggers
	numUnderlyingReadings
)

var underlyingCodes = [numUnderlyingReadings]string{"continuing-absence", "triggers"}

// String returns the reading's code.
func (r UnderlyingReading) String() string {
	return codeOf(r, underlyingCodes[:], "UnderlyingReading")
}

// MarshalText implements encoding.TextMarshaler with the reading's code.
func (r UnderlyingReading) MarshalText() ([]byte, error) {
	return marshalCode(r, underlyingCodes[:], "UnderlyingReading")
}

// UnmarshalText implements encoding.TextUnmarshaler; the empty text is
// RouteContinuing.
func (r *UnderlyingReading) UnmarshalText(b []byte) error {
	return unmarshalCode(r, b, underlyingCodes[:], "UnderlyingReading")
}
