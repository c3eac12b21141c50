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
// Two readings are worth knowing. SAP 1.5.1 says the employee returns to stage
// 2 when "an appeal against dismissal is upheld", meaning the employee's appeal
// succeeds; the Conduct of Appeal Hearing speaks of "overturning or upholding
// the original decision". The events avoid the ambiguity by naming what
// happens to the dismissal: [DismissalOverturned] (back to stage 2, STAGE-4)
// and [DismissalUpheld] (the dismissal stands). And the ill-health retirement
// route ([IllHealthRetirementPursued]) replaces the final review hearing with
// a formal meeting ([StepIllHealth]); the Trust does not wait for the pensions
// decision, so no pensions event blocks it.
//
// Events and states marshal to and from JSON losslessly with stable field names
// and dates as "YYYY-MM-DD", so a host persists a case and resumes it later.
//
// Rules are cited by their IDs in the project's rule catalogue (STAGE-1 …
// STAGE-10) and by clause: "SAP" is the SICKNESS ABSENCE PROCEDURES, "§" the
// policy body and "App" an appendix.
//
// Like every hr14 package, stages does no I/O, never reads the clock and keeps
// no state: every number and reading of the policy lives in a [Policy] value.
//
// # STAGE-11: Occupational Health referral, appointments and service levels
//
// Clause: HR14 App 6 Q1, Q3, Q6, Q9; §5.4.3; App 9; OH Plus (seeds 000, 001).
// A referral (OHReferralMade with a [Referral]) records why (the ground:
// absence reason, formal stage, early intervention, manager's concern,
// self-referral), who referred, whether the employee was told why and given
// a copy, their consent to the release of the report and to a manager–OH
// pre-call, and the categories of question asked. An appointment
// (OHAppointment, [Appointment]) is booked, attended, missed with or without
// a reasonable explanation, or cancelled so many hours ahead; an appointment
// needs a referral first (ErrNotDue). A missed appointment without an
// explanation is a finding and a next step for HR to consider the
// disciplinary policy, never an automatic step; a cancellation under
// Policy.OHCancelHours (48) ahead is charged as not attended. The referral's
// service levels are dated expectations ([State.ServiceLevels]): contact
// within OHContactDays (7) of the referral, the consultation within
// OHConsultationBusinessDays (5) business days of the contact, the report
// within OHReportDays (7) of the consultation, each from the one before as
// done or else as expected; the first overdue one is a next step to chase
// OH, so a stalled referral is never invisible.
// Reading: App 9 sets these levels for early-intervention referrals; the
// library applies them to every referral (0 turns one off). The referral
// does not become a "failure to attend" (SAP 1.5) by itself: that stays the
// OHFailed event.
// Tested by: TestSTAGE11_*.
//
// # STAGE-12: The Occupational Health report and the manager's response to each recommendation
//
// Clause: HR14 App 6 Q7, Q9; SAP 1.3.
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
// Tested by: TestSTAGE12_*.
//
// # STAGE-13: Case conferences
//
// Clause: HR14 App 8; App 6 Q4.
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
// Tested by: TestSTAGE13_*.
//
// # STAGE-14: Reasonable adjustments and the Tailored Adjustment Plan
//
// Clause: HR14 §18, App 3, App 10, EIA (Disability), §22.1.
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
// Tested by: TestSTAGE14_*.
//
// # STAGE-15: The underlying-condition route
//
// Clause: HR14 SAP 1.3, App 14.
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
// Knob: Policy.UnderlyingCondition = RouteTriggers keeps today's behaviour
// (triggers progress the case, linked or not).
// Tested by: TestSTAGE15_*.
//
// # STAGE-16: The informal stage
//
// Clause: HR14 Proc 3, App 6 Q8, App 6 Q7.
// An informal discussion of attendance (InformalDiscussion with an
// [Informal]) sets goals (categories) and a review date after it; the review
// is a next step by that date until a formal step opens after the
// discussion. After a dismissal it is refused (ErrClosed).
// Reading: HR14 starts the formal procedure at a trigger whether or not an
// informal discussion took place; the record is evidence, not a
// prerequisite.
// Tested by: TestSTAGE16_*.
//
// # STAGE-17: HR's review and the updated OH opinion before a dismissal
//
// Clause: HR14 SAP 1.5.
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
// Tested by: TestSTAGE17_*.
//
// # STAGE-18: The stage 3 deliberation
//
// Clause: HR14 SAP 1.5, SAP 1.5.1, Conduct of Stage 3.
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
// Reading: the ill-health retirement meeting replaces the hearing with a
// modified procedure (SAP 1.5.2) and is not gated.
// Tested by: TestSTAGE18_*.
//
// # STAGE-19: The chair's delegated authority
//
// Clause: HR14 App 13 (Notes).
// The authorised manager presides over the final review hearing unless the
// Chief Executive gives specific written permission to delegate to another
// senior manager ([Panel].Delegation with the date of the permission). With
// it, [Panel.Check] accepts a chair who is a manager below the App 13 table
// (and notes it); the permission must be dated on or before the hearing
// (ErrPanel), and a chair who is not a manager is still refused.
// Reading: the delegation lifts the role requirement, not the Band 8a needed
// to dismiss (SAP 1.5).
// Tested by: TestSTAGE19_*.
package stages
