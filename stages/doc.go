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
package stages
