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
// STAGE-10. Each rule gives its clause in HR14 v16 ("SAP" is the SICKNESS
// ABSENCE PROCEDURES, "§" the policy body, "App" an appendix), the rule in the
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
package stages
