// Package stages runs HR14's formal sickness absence procedure (the NHS
// Sickness Absence Management Policy, v16, SICKNESS ABSENCE PROCEDURES 1.3–1.5.3,
// the conduct of the stage 3 final review hearing and of the appeal hearing,
// and Appendices 1, 11, 13 and 14) as a case history a host can store and
// replay.
//
// A case is an append-only list of dated [Event]s: a trigger activated, an
// invitation sent, a meeting held, a decision, a letter sent. [Replay] (or
// [State.Apply], one event at a time) validates every event against the
// procedure and returns the [State]: the stage in effect, the formal meeting or
// hearing under way with its date, time and place, what is pending. An event
// the procedure does not allow at that point is rejected with an [*EventError]
// naming the rule that forbids it (rule ID and clause) and the event (index and
// date).
//
// On top of the state the package answers:
//
//   - the deadlines of each step (Policy's deadline methods and
//     [Meeting.Deadlines]): notice, re-arrangement, case submission, decision
//     letters in business days, the appeal window, the redeployment register;
//   - what is due next, by when, by whom and why, overdue items included
//     ([State.NextSteps]);
//   - whether a proposed panel meets the levels of authority of Appendix 13
//     ([Panel.Check]);
//   - progression: which trigger activations after the last formal meeting move
//     the case on ([Progress], fed by a [Monitor]: [TriggerMonitor] wraps the
//     triggers package, counting from each formal stage meeting).
//
// Events and states marshal to and from JSON losslessly with stable field names
// and dates as "YYYY-MM-DD", so a host persists a case and resumes it later.
//
// Like every hr14 package, stages does no I/O, never reads the clock and keeps
// no state: every number and reading of the policy lives in a [Policy] value.
//
// # Rules
//
// This documentation is the project's rule catalogue for the formal
// procedure: STAGE-0, the case as a validated history, then STAGE-1 …
// STAGE-24 (from STAGE-11, the duties the policy imposes, as records; from
// STAGE-20, redeployment, the ill-health retirement application, a
// resignation, medical suspension and overtime). Each
// rule gives its clause in HR14 v16 ("SAP" is the SICKNESS ABSENCE
// PROCEDURES, "§" the policy body, "App" an appendix), the rule in the
// project's own words, the reading chosen where the policy is open (and the
// [Policy] field that selects another) and the tests that prove it. Findings
// and rejections cite the rule by ID and clause. How triggers count after a
// stage meeting and whether a stage lapses are TRIG-7 and TRIG-8 of package
// triggers, where the worked examples are too.
//
// # STAGE-0: The case is a validated, dated history
//
// Clause: HR14 SAP 1.3–1.5 (the procedure as a whole).
//
// A case is the list of what happened, each event dated, in date order.
// Replaying it checks every step against the procedure: an event the
// procedure does not allow at that point (a stage 2 meeting before a stage 1
// meeting, a hearing without its notice, an event dated before the one
// before it) is rejected with an error that names the rule and the event, and
// the state is left as it was before it. What is due next, by when, by whom
// and why can be asked as of any date ([State.NextSteps]).
//
// Readings: a trigger found after later events are recorded is recorded on
// the date it is appended (events stay in date order); its activation date is
// in its evidence. Bank holidays for business-day deadlines come from
// Policy.Calendar (England and Wales by default); JSON does not carry it, so
// [Policy.Validate] refuses an empty one.
//
// Tested by: TestSTAGE_EventsInDateOrder, TestReplay_ErrorReturnsCleanState,
// TestApply_DoesNotModifyReceiver, TestJourney, TestNextSteps,
// TestJSON_RoundTripAndResume, FuzzReplay, ExampleReplay, ExampleState_NextSteps.
//
// # STAGE-1: Stage 1 sickness review
//
// Clause: HR14 SAP 1.3, App 1, App 14.
//
// Any trigger point activated makes a stage 1 review meeting with the line
// manager due; a second manager is optional. The employee is invited in
// writing, told of the right to be accompanied, and given at least 7 calendar
// days' notice (the meeting on or after the letter's date plus 7) unless they
// ask to waive it. If the date does not suit them, the new date is within 7
// calendar days of the original. After an episode of 28 days or more the
// meeting is held as soon as practicable. Occupational Health is asked to
// advise if the manager thinks it necessary (ABS-9). The outcome is confirmed
// in writing with the improvement target: no further trigger point (TRIG-7).
//
// Readings: a manager may also record that a long-term absence is ongoing
// and move to the next stage on that ground (the App 1 letters offer it); it
// is an optional next step, never an automatic progression. Notice may be
// waived at stage 1 only (knob: Policy.WaivableUpTo). The 7-day
// re-arrangement limit counts from the original date; a meeting re-arranged
// after a non-attendance needs no new notice (STAGE-9).
//
// Tested by: TestSTAGE1_TriggerMakesStage1Due, TestSTAGE1_InvitationNeedsATrigger,
// TestSTAGE1_Notice, TestSTAGE1_MeetingOnTheArrangedDate, TestSTAGE1_Rearranged,
// TestSTAGE1_SoonForLongAbsence, TestSTAGE1_SoonWithTriggers,
// TestSTAGE1_STAGE3_STAGE5_WorkedExample9_Deadlines, worked example 9.
//
// # STAGE-2: Stage 2 sickness review
//
// Clause: HR14 SAP 1.4.
//
// A trigger point activated after the stage 1 meeting makes a stage 2 review
// due. HR Employee Relations is told before the meeting, a second manager
// attends, and the employee is referred to Occupational Health. The
// invitation gives at least 7 calendar days' notice, which cannot be waived,
// and a date that does not suit is moved within 7 days as at stage 1. The
// outcome letter warns that failing to improve may lead to termination of
// employment.
//
// Reading: the notification of HR Employee Relations and the OH referral
// count only if dated after the stage in effect began.
//
// Tested by: TestSTAGE2_NeedsAStage1Meeting, TestSTAGE2_NoticeNotWaivable,
// TestSTAGE2_Requirements, TestSTAGE2_WorkedExample8_Progression,
// TestSTAGE2_WorkedExample8_WithTriggers, worked example 8.
//
// # STAGE-3: Stage 3 final review hearing
//
// Clause: HR14 SAP 1.5; Conduct of Stage 3 Final Review Hearing; App 13.
//
// A trigger point activated after the stage 2 meeting means a final review
// hearing, at which termination of employment is considered. HR Employee
// Relations advises before it is convened, and an updated Occupational
// Health opinion is obtained. The management case reaches the employee and
// the panel at least 14 calendar days before the hearing; the employee's
// case, if any, reaches the chair at least 5 calendar days before. If the
// employee does not attend and sent no mitigation beforehand, the hearing
// goes ahead without them. The decision is confirmed in writing within 5
// business days. A dismissal, on the ground of capability due to ill health
// or some other substantial reason, needs advice from Occupational Health or
// another specialist, unless the employee failed to attend or to consent to
// its release; notice follows the contract and may be paid in lieu.
//
// Readings: a late employee case, a late decision letter or a late
// termination letter is accepted and recorded as a finding (the chair
// decides); a management case less than 14 days ahead is rejected at the
// hearing. The updated OH advice counts only if dated after the stage in
// effect began. Policy.ManagementCaseDays, EmployeeCaseDays and
// DecisionLetterBusinessDays hold the numbers.
//
// Tested by: TestSTAGE3_NeedsAStage2Meeting, TestSTAGE3_HRAdviceBeforeConvening,
// TestSTAGE3_CaseSubmission, TestSTAGE3_NonAttendance,
// TestSTAGE3_DismissalNeedsOHAdvice, TestSTAGE3_DecisionAndLetter,
// TestSTAGE1_STAGE3_STAGE5_WorkedExample9_Deadlines, worked example 9.
//
// # STAGE-4: Not dismissed: back to stage 2
//
// Clause: HR14 SAP 1.5.1, App 11.
//
// If the panel decides not to dismiss, or a dismissal is overturned on
// appeal, the employee returns to stage 2 with all its trigger points,
// counted from that date; a further trigger leads to stage 3 again.
//
// Reading: SAP 1.5.1 says "an appeal against dismissal is upheld", meaning
// the employee's appeal succeeds, while the Conduct of Appeal Hearing speaks
// of "overturning or upholding the original decision". The events name what
// happens to the dismissal instead: [DismissalOverturned] returns the
// employee to stage 2; [DismissalUpheld] means the dismissal stands.
//
// Tested by: TestSTAGE4_NotDismissedReturnsToStage2, TestSTAGE4_ProgressAfterReturn.
//
// # STAGE-5: Appeal against dismissal
//
// Clause: HR14 Conduct of Stage 3 (Right of Appeal); Conduct of Appeal
// Hearing; App 13.
//
// A dismissed employee may appeal, in writing to the Director of HR, within
// 21 calendar days of the date of the termination letter. The management
// response reaches the appeal chair at least 5 business days before the
// appeal hearing, and the decision is confirmed in writing within 5 business
// days of it. The appeal either upholds the dismissal or overturns it
// (STAGE-4).
//
// Readings: an appeal made after the 21 days is rejected. A management
// response less than 5 business days ahead is noted when it is submitted (the
// hearing must move), and holding the hearing with it is rejected. A late
// decision letter is recorded as a finding. The policy is silent on non-attendance at an appeal hearing:
// it may go ahead in the employee's absence, as a final review hearing does.
// Policy.AppealDays, AppealResponseBusinessDays and AppealDecisionBusinessDays
// hold the numbers.
//
// Tested by: TestSTAGE5_Appeal, TestSTAGE1_STAGE3_STAGE5_WorkedExample9_Deadlines,
// worked example 9.
//
// # STAGE-6: Ill-health retirement
//
// Clause: HR14 SAP 1.5.2, App 14.
//
// When the employee is pursuing ill-health retirement, a formal meeting
// replaces the final review hearing ([IllHealthRetirementPursued],
// [StepIllHealth]). The employee's representative may attend for them; a
// manager with the authority to dismiss chairs it with an HR representative;
// the line manager presents the management case. Termination is on the ground
// of capability due to ill health, and accrued but untaken annual leave for
// the current leave year is paid (PAY-9). The Trust does not wait for the
// pensions decision, so no pensions event blocks the meeting.
//
// Reading: the route may start once a stage 1 review has taken effect; knob:
// Policy.IllHealthRetirementFrom = Stage2 requires stage 2 first. The meeting
// sets no case deadlines (SAP 1.5.2 gives none); its decision is confirmed
// within 5 business days.
//
// Tested by: TestSTAGE6_IllHealthRetirement, TestNextSteps_IllHealthLeave.
//
// # STAGE-7: Redeployment
//
// Clause: HR14 §5.6.3.
//
// An employee placed on the redeployment register stays on it for at least 4
// and at most 12 weeks. If no suitable post is found by the end, the next
// step is a stage 3 hearing.
//
// Readings: ending with no post opens a stage 3 hearing and needs a formal
// stage in effect; ending with no post before 4 weeks, or any ending after 12
// weeks, is rejected. Policy.RedeploymentMinWeeks and RedeploymentMaxWeeks
// hold the numbers.
//
// Tested by: TestSTAGE7_Redeployment.
//
// # STAGE-8: Levels of authority
//
// Clause: HR14 App 13; Conduct of Stage 3 Final Review Hearing; Conduct of
// Appeal Hearing.
//
// Who may hear each step depends on the staff group (non-medical, or medical
// and dental) and the step (return to work, stage 1, stage 2, stage 3,
// appeal) ([Panel.Check]). For non-medical staff the stage 3 panel is chaired
// by a senior manager or matron of at least Band 8a to dismiss, with one other
// manager and an HR representative; the appeal is chaired by an associate or
// assistant director with an executive director and an HR representative not
// previously involved. Medical and dental staff have their own table.
//
// Tested by: TestSTAGE8_LevelsOfAuthority, TestSTAGE8_Notes, ExamplePanel_Check.
//
// # STAGE-9: Not attending a stage 1 or stage 2 meeting
//
// Clause: HR14 App 1 (the stage 1 and stage 2 invitation letters).
//
// If the employee misses a stage 1 or stage 2 meeting without a reasonable
// explanation given beforehand, the meeting is re-arranged once; if they miss
// the re-arranged meeting too, the manager decides on the information
// available. Policy.MissedMeetings holds the 2.
//
// Tested by: TestSTAGE9_NonAttendance.
//
// # STAGE-10: After a terminal diagnosis
//
// Clause: HR14 SAP 1.5.3 (the Dying to Work pledge).
//
// A terminal diagnosis is recorded on the case, and from then on any step
// towards dismissal is refused unless the host explicitly overrides the
// refusal.
//
// Reading: the steps towards dismissal are the stage 3 hearing, the
// ill-health retirement meeting and upholding a dismissal on appeal; knob:
// Policy.TerminalDiagnosisFrom = StepStage2 protects stage 2 too, whose
// outcome letter warns of termination.
//
// Tested by: TestSTAGE10_TerminalDiagnosis.
//
// # STAGE-11: Occupational Health referral, appointments and service levels
//
// Clause: HR14 App 6 Q1, Q3, Q6, Q9; §5.4.3; App 9; the OH provider's terms
// (seed 000, OH Plus); seed 001.
//
// A referral (OHReferralMade with a [Referral]) records why (the ground:
// absence reason, formal stage, early intervention, manager's concern,
// self-referral), who referred, whether the employee was told why and given
// a copy, their consent to the release of the report and to a manager–OH
// pre-call, and the categories of question asked. An appointment
// (OHAppointment, [Appointment]) is booked, attended, missed with or without
// a reasonable explanation, or cancelled so many hours ahead; an appointment
// needs a referral first (ErrNotDue). A missed appointment without an
// explanation is a finding and a next step for HR to consider the
// disciplinary policy, never an automatic step; a cancellation later than the
// OH provider's terms allow (Policy.OHProvider: 48 hours by default) is
// charged as not attended. The referral's
// service levels are dated expectations ([State.ServiceLevels]): contact
// within OHContactDays (7) of the referral, the consultation within
// OHConsultationBusinessDays (5) business days of the contact, the report
// within OHReportDays (7) of the consultation, each from the one before as
// done or else as expected; the first overdue one is a next step to chase
// OH, so a stalled referral is never invisible.
//
// Reading: App 9 sets these levels for early-intervention referrals; the
// library applies them to every referral (0 turns one off). The referral
// does not become a "failure to attend" (SAP 1.5) by itself: that stays the
// OHFailed event.
//
// Tested by: TestSTAGE11_ReferralRecord, TestSTAGE11_Appointments,
// TestSTAGE11_ServiceLevels, TestSTAGE11_PolicyBounds, TestSTAGE_Records,
// 18-duties-oh-recommendation-not-followed.yaml.
//
// # STAGE-12: The Occupational Health report and the manager's response to each recommendation
//
// Clause: HR14 App 6 Q7, Q9; SAP 1.3.
//
// A report (OHReportReceived with an [OHReport]) holds the headings a
// manager acts on, as categories: fitness (fit, unfit, may be fit with
// adjustments), whether an underlying condition links the absences, whether
// the Equality Act is likely to apply, whether work is a factor, the
// prognosis and its time-frame in weeks, the recommendations and the review
// date; never the medical overview. Each recommendation becomes a proposed
// entry of the Tailored Adjustment Plan (STAGE-14) that the manager answers
// with AdjustmentRecorded: followed (agreed or trial), or not followed
// (declined) with the App 3 factor relied on. An unanswered recommendation,
// and one not followed without a reason, are next steps. A recommendation
// whose ID is already a plan entry is refused (ErrInvalidEvent).
//
// Tested by: TestSTAGE12_ReportAndResponses,
// 18-duties-oh-recommendation-not-followed.yaml.
//
// # STAGE-13: Case conferences
//
// Clause: HR14 App 8; App 6 Q4.
//
// A conference is requested (CaseConferenceRequested, by the manager, HR,
// the employee or OH) and held (CaseConferenceHeld with a [Conference]): the
// optional pre-meeting of OH, HR and the manager, who attended, the actions
// agreed each with an owner and a date, whether the minutes were copied to
// the employee, the manager and HR, a follow-up. A pre-meeting that
// discussed clinical details without the employee's consent is refused
// (ErrRequirement); an action ID used twice, or completing an action that is
// unknown or already done (ActionCompleted), is refused. Next steps: arrange
// a requested conference (OH), copy the minutes (HR), the follow-up, and
// every open action by its owner and date.
//
// Tested by: TestSTAGE13_CaseConferences.
//
// # STAGE-14: Reasonable adjustments and the Tailored Adjustment Plan
//
// Clause: HR14 §18, App 3, App 10, EIA (Disability), §22.1.
//
// A disability is declared (DisabilityDeclared), or indicated by an OH report
// (EqualityAct yes), and the manager decides, with the dates of HR and OH
// advice, whether the Equality Act definition is likely to be met
// (DisabilityAssessed); no diagnosis is held. The plan ([State.Plan]) holds
// each [Adjustment]: its kind (App 3's list, §22.1's temporary arrangements,
// raised trigger thresholds, absences discounted as disability-related), who
// proposed it, the decision (proposed, agreed, trial, declined with the App 3
// factor relied on), start, review and end dates. The trigger thresholds in
// force ([State.Thresholds]) feed triggers.Monitor.WithAdjustment, and a
// discount names the absences and the date decided ([State.Discounted]). A
// new entry needs its kind and an entry's kind never changes
// (ErrInvalidEvent). Next steps: decide on a proposed adjustment, document a
// declined one's reason, review an agreed one by its review date, decide on
// a declared or indicated disability, and before any formal meeting while a
// disability is raised, check with HR Employee Relations whether absences
// should be discounted (HRNotified with topic disability-discounting, App 10).
//
// Tested by: TestSTAGE14_Disability, TestSTAGE14_AdjustmentPlan,
// TestSTAGE14_ThresholdsAndDiscounts.
//
// # STAGE-15: The underlying-condition route
//
// Clause: HR14 SAP 1.3, App 14.
//
// When an OH report advises that an underlying medical condition links the
// absences (OHReport.Underlying yes), the case is managed under the long-term
// or continuing-absence route from the report's date ([State.Underlying]). A
// trigger reached through absences the manager linked to the condition
// (absence.Evidence.UnderlyingCondition, ABS-13; TriggerActivated with
// Linked) does not by itself make the next formal stage due: it is noted as
// pending, and the next step is to take HR advice before any formal meeting
// (HRNotified with topic underlying-condition), with the trigger shown. After
// that advice the manager decides case by case: a linked trigger recorded
// then opens the stage. With a [LinkedMonitor] (TriggerMonitor is one),
// [Progress] tells a trigger the other absences reach by themselves (which
// progresses the case as usual) from one reached through linked absences. A
// later report advising no underlying condition ends the route.
//
// Knob: Policy.UnderlyingCondition = RouteTriggers keeps today's behaviour
// (triggers progress the case, linked or not).
//
// Tested by: TestSTAGE15_UnderlyingConditionRoute, TestSTAGE15_WithTriggers,
// 17-duties-underlying-condition.yaml.
//
// # STAGE-16: The informal stage
//
// Clause: HR14 Proc 3, App 6 Q8, App 6 Q7.
//
// An informal discussion of attendance (InformalDiscussion with an
// [Informal]) sets goals (categories) and a review date after it; the review
// is a next step by that date until a formal step opens after the
// discussion. After a dismissal it is refused (ErrClosed).
//
// Reading: HR14 starts the formal procedure at a trigger whether or not an
// informal discussion took place; the record is evidence, not a
// prerequisite.
//
// Tested by: TestSTAGE16_InformalStage.
//
// # STAGE-17: HR's review and the updated OH opinion before a dismissal
//
// Clause: HR14 SAP 1.5.
//
// Whenever termination is a possible outcome, HR Employee Relations reviews
// the case with the presenting manager, that the procedure was followed and
// it is reasonable to proceed (HRReviewed, which also counts as HR's advice
// on the case); it is a next step before the final review hearing or the
// ill-health retirement meeting, and refused when no such step is awaiting
// one (ErrNotDue). The updated OH opinion must take the new absences into
// account: it is dated after the last absence the hearing relies on
// (Deliberation.ReliesOn, or else the date the step became due), unless the
// employee failed to attend or consent since. A decision to dismiss at the
// final review hearing lacking either is refused (STAGE-18).
//
// Tested by: TestSTAGE17_HRReview.
//
// # STAGE-18: The stage 3 deliberation
//
// Clause: HR14 SAP 1.5, SAP 1.5.1, Conduct of Stage 3.
//
// The panel records ([Deliberation], on DeliberationRecorded, Dismissed or
// NotDismissed; later entries replace earlier ones for the same item) each
// of the seven matters of SAP 1.5 with a reference to the evidence, each of
// the five alternatives to dismissal with what came of it, and how the notes
// of the hearing were kept (a covert recording is refused, IT07). The
// reviewing manager and the HR representative advising the case are present
// (marked Presenting on the hearing's panel). A decision to dismiss at the
// final review hearing missing any of these or STAGE-17's items is refused
// with ErrDeliberation, EventError.Missing listing every item
// ([State.Missing]), unless the event carries a [DeliberationOverride] with
// its reason, kept in the findings. Before the decision the missing items are
// a next step for the chair; after it, keeping the outcome, minutes and (not
// dismissed) action plans on file is one (SAP 1.5.1). The dismissal and
// not-dismissed letters cite the matters and alternatives recorded.
//
// Reading: the ill-health retirement meeting replaces the hearing with a
// modified procedure (SAP 1.5.2) and is not gated.
//
// Tested by: TestSTAGE18_Deliberation, TestSTAGE18_LettersCiteTheDeliberation,
// FuzzReplay, 16-duties-dismissal-missing-alternative.yaml.
//
// # STAGE-19: The chair's delegated authority
//
// Clause: HR14 App 13 (Notes).
//
// The authorised manager presides over the final review hearing unless the
// Chief Executive gives specific written permission to delegate to another
// senior manager ([Panel].Delegation with the date of the permission). With
// it, [Panel.Check] accepts a chair who is a manager below the App 13 table
// (and notes it); the permission must be dated on or before the hearing
// (ErrPanel), and a chair who is not a manager is still refused.
//
// Reading: the delegation lifts the role requirement, not the Band 8a needed
// to dismiss (SAP 1.5).
//
// Tested by: TestSTAGE19_DelegatedChair.
//
// # STAGE-20: Redeployment in full: information, posts, the internal transfer
//
// Clause: HR14 §5.6.3, App 3 (Reasonable Adjustments Guidance), App 14.
//
// When placed on the redeployment register (STAGE-7) the employee is given
// information on the Trust's redeployment process (RedeploymentInformed),
// and the register records their band ([Redeployment]). Each post
// considered is a [Post] (RedeploymentPost, updated by its ID): its band,
// at the employee's band or below (a post above it is refused with
// ErrRequirement, and a post's band never changes), then identified,
// matched, the interview with the hiring manager arranged, and its result.
// A result needs the interview's date; a post whose outcome was recorded
// takes no more records. Success at interview is an internal transfer
// ([Transfer]): it ends the register, as RedeploymentEnded with a post
// does; being unsuccessful leaves the rest of the register to find one.
// Pay in the new post follows its own terms and conditions: Protection of
// Pay does not apply (App 3), and payroll.Policy.RedeploymentPay works out
// the first pay period in it. Next steps: the information (HR, by the day
// placed), deciding on a post identified, arranging the interview for a
// post matched, and the interview itself (the hiring manager, by its date).
//
// Readings: the information is due on the day the employee is placed on
// the register ("when an employee is placed … they will be provided with
// information"). Without the employee's band (medical and dental staff, or
// not recorded) the band of a post is not checked, and a finding says so.
// The first pay period of the new post is paid by calendar days, the old
// post's pay for the days before the transfer and the new post's from it,
// each rounded once to the penny.
//
// Tested by: TestSTAGE20_Information, TestSTAGE20_PostBand,
// TestSTAGE20_InterviewAndTransfer, TestSTAGE20_NextSteps,
// TestSTAGE20_RedeploymentPay, TestSTAGE20_RedeploymentPayErrors,
// ExamplePolicy_RedeploymentPay, FuzzRedeploymentPay,
// TestSTAGE20_ReportRedeploymentPay, TestSTAGE_Records17, FuzzReplay,
// 20-redeployment-transfer.yaml.
//
// # STAGE-21: The ill-health retirement application
//
// Clause: HR14 App 12 (Qualifying conditions; Requesting ill-health
// retirement), App 14 (Employee is pursuing Ill Health Retirement).
//
// The employee's application to NHS Pensions is a dated record of steps
// ([Application], RetirementApplication): the employee made aware of App
// 14's points (the decision is NHS Pensions' and may be turned down; the
// Trust does not wait for it; the application should not be delayed;
// resigning with notice waived after acceptance may affect benefits); the
// form given, which follows the member's standing as package pension holds
// it (pension.Member.Status, PEN-8): AW33E for a member still employed in
// the NHS (active, or opted out), AW240 for a deferred or former member
// (another form is refused); the application sent; NHS Pensions' decision
// (Tier 1, Tier 2, refused: Tier 2 is refused for a deferred member, whose
// route is Tier 1 only); form AW8 once approved; a dispute of a refusal or
// a Tier 1 award, and its decision. A step out of order is refused
// (ErrNotDue). Next steps: App 14's points while ill-health retirement is
// pursued; form AW33E once it is; the employee's sending of the form
// (optional: applying is their choice); form AW8 after an acceptance; a
// dispute after a refusal or Tier 1 (optional). The application goes on
// after the employment ends.
//
// Reading: the Trust's decisions do not wait for the application (App 14),
// so no step of the procedure is gated on it. NHS Pensions' dispute
// procedure sets its own time limits, which the case does not hold.
//
// Tested by: TestSTAGE21_Application, TestSTAGE21_FormFollowsStatus,
// TestSTAGE21_NextSteps, ExampleFormFor, FuzzReplay, 21-ill-health-retirement-application.yaml.
//
// # STAGE-22: Resignation after acceptance, and the reason for leaving
//
// Clause: HR14 App 14; App 12 (Qualifying conditions); SAP 1.5, SAP 1.5.2.
//
// If NHS Pensions has accepted the application and the employee resigns,
// the requirement to give notice may be waived (Resigned with a
// [Resignation]); waiving it before an acceptance is refused
// (ErrRequirement). The employee is told that it may affect their claim to
// benefits through the Benefits Agency: until the application's informed
// step is recorded, that is a next step for HR. A resignation ends the
// procedure: a step under way is superseded, the redeployment register
// ends, and only an outstanding outcome letter and the application's steps
// may follow (ErrClosed). [State.Leaving] gives why the employment ends in
// package pension's categories, for pension.Member.Leaving (PEN-9): the
// ill-health retirement meeting's dismissal and a resignation after
// acceptance are leaving because of permanent ill-health; a final review
// hearing's dismissal on the ground of capability is a dismissal for
// unsatisfactory attendance due to sickness, which does not by itself lead
// to a pension; a dismissal for some other substantial reason cannot
// support a claim.
//
// Reading: a resignation before any acceptance gives no reason for leaving
// (the case does not say why), rather than a guess.
//
// Tested by: TestSTAGE22_Resignation, TestSTAGE22_Leaving,
// ExampleState_Leaving, TestSTAGE22_ReportFeedsThePension, TestSTAGE22_ReportResignation,
// 21-ill-health-retirement-application.yaml.
//
// # STAGE-23: Medical suspension only after Occupational Health advice
//
// Clause: HR14 §4.6.
//
// A manager may enforce a period of absence when an employee is deemed
// unfit to work, until an accurate medical opinion can be obtained, after
// seeking Occupational Health advice (SuspensionRecorded with a
// [Suspension]): a suspension without OH advice sought on or before it is
// refused (ErrRequirement). The days are an absence record of kind
// medical-suspension: sickness unless Occupational Health confirms the
// employee was fit at the time (ABS-7). Next steps while suspended: obtain
// the medical opinion; once an OH report is in, end the suspension and
// record on the absence whether OH confirmed fitness.
//
// Reading: without the date the advice was sought, the case's last
// referral to or report from Occupational Health on or before the day
// counts, and the finding names it.
//
// Tested by: TestSTAGE23_MedicalSuspension.
//
// # STAGE-24: Withholding overtime after an absence
//
// Clause: HR14 §5.3.6.
//
// A manager may consider withholding overtime after any absence, short or
// long term, considering the employee's welfare; HR's advice is taken
// first (OvertimeDecided with an [Overtime]). Withholding it without HR's
// advice, on or before the decision, is refused (ErrRequirement); a
// decision not to withhold is recorded too. Next steps: record that the
// employee's welfare was considered, and review a withholding with no end.
// The week without additional hours after short-term sickness (ABS-6,
// Proc 16) applies regardless.
//
// Tested by: TestSTAGE24_Overtime.
package stages
