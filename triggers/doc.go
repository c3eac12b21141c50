// Package triggers evaluates the HR14 trigger points (SAP 1.2, App 11;
// TRIG-1 … TRIG-6 below) over an employee's sickness absence, and explains
// every answer.
//
// Build an [absence.History] with absence.NewHistory, then a [Monitor] with
// [New] under a [Policy] ([HR14] gives the HR14 v16 values):
//
//   - [Monitor.Evaluate]: as of a date, whether each trigger point is active,
//     since when, and the evidence: the rolling window, the episodes counted
//     and the days left out and why, the count against the threshold after
//     pro rata and any reasonable adjustment.
//   - [Monitor.Timeline]: every activation over the whole history, found by
//     a sweep over the counted runs in time order rather than by evaluating
//     every day.
//   - [Monitor.Headroom]: as of a date, how many more episodes or working days
//     each trigger allows, when each counted episode leaves its window, and
//     when an active trigger clears if there is no more sickness.
//   - [Monitor.Since]: the same, counting from a formal stage meeting
//     (SAP 1.3–1.5), and [Monitor.Lapse] for the optional stage lapse.
//   - [Monitor.Patterns]: the advisory TRIG-6 detectors and the Bradford
//     Factor; a pattern is never an activation.
//   - [Monitor.WhatIf] and [Monitor.Outlook]: what hypothetical absences
//     would change, and the forward calendar of one more day of sickness on
//     each working day of the next months.
//   - [Batch]: the whole workforce: a stream of employees evaluated in
//     parallel, handed back in input order, in memory bounded by the cases in
//     flight; [Monitor.TimelineSummary] is the timeline's counts without the
//     evidence lists, for reports of millions of rows, and a [Summariser]
//     (Batch.Summarise) finds them for one employee after another in reused
//     memory, without building each History and Monitor.
//   - [Comparer]: the same under two policies at once, for a trust weighing
//     a change, the episodes formed once when both record absences alike;
//     [Summariser.Activations] and [Comparer.Activations] reduce the
//     activations to trigger points and days for reports that count them,
//     and [Summariser.WithAdjustment] applies a reasonable adjustment
//     (TRIG-9) on that path.
//
// Every result has a String method (one sentence) and, for the main ones, an
// Explain method (the full evidence), citing rule IDs and clauses in words an
// HR manager can paste into a letter or a tribunal bundle.
//
// The engine works on integer day numbers and on runs of days, never on
// single days: building a Monitor is linear in the number of records and
// allocates nothing per calendar day. The package does no I/O and keeps no
// state.
//
// # Rules
//
// This documentation is the project's rule catalogue for the trigger points:
// TRIG-1 … TRIG-6 are the trigger points of SAP 1.2 and App 11, the same
// before stage 1 and after each stage; TRIG-7 … TRIG-10 are the rules about
// counting after a stage meeting, the stage lapse, reasonable adjustments and
// the timeline and headroom. A [Trigger] is only ever one of TRIG-1 … TRIG-6.
// Each rule gives its clause in HR14 v16 ("SAP" is the SICKNESS ABSENCE
// PROCEDURES, "App" an appendix, "§" the policy body), the rule in the
// project's own words, the reading chosen where the policy is open (and the
// [Policy] field that selects another) and the tests that prove it. The
// worked examples follow the rules. The Conventions (dates, windows,
// scheduled days) and the ABS rules are in package absence.
//
// The trigger points, as the Policy sets them by default:
//
//	TRIG-1  2 episodes in a rolling 6 months
//	TRIG-2  10 working days (pro rata: 10 × FTE) in a rolling 6 months
//	TRIG-3  4 episodes in a rolling 12 months
//	TRIG-4  10 working days (pro rata) in a rolling 12 months
//	TRIG-5  one episode of 28 calendar days or more
//	TRIG-6  a recognisable pattern or trend (manager judgement)
//
// How they count, for TRIG-1 … TRIG-5 ([Monitor] states it exactly):
//
//   - Only sickness that counts for triggers is counted: the days of the
//     episodes' trigger view, after the part-day rule (ABS-3) and the
//     exclusions (ABS-7) of package absence.
//   - The window of a trigger on day D is the rolling window of its months
//     ending on D (absence.RollingWindow). An episode counts in a window if
//     any of its counted days falls in it; working days are the counted days
//     inside the window that are scheduled days.
//   - A trigger is active on D when the window ending on D meets its
//     threshold, and activates on the first day of each stretch of active
//     days: the first counted day of the episode that reaches the number of
//     episodes, or the day of the working day that reaches the number of
//     days. Evaluating as of D sees nothing after D: an episode still open is
//     cut there.
//
// Readings: a fractional threshold (10 × 0.65 FTE = 6.5 days) is compared
// exactly, so the 7th working day reaches it; thresholds are decimals, never
// floats.
//
// Tested by: TestTRIG_EvaluateEqualsDayByDay, TestTRIG_AddingCountableAbsenceNeverDelays,
// TestTRIG_ExcludedAbsenceNeverChangesActivations, TestTRIG1_WindowBoundaries,
// ExampleMonitor_Evaluate.
//
// # TRIG-1: Two episodes in a rolling 6 months
//
// Clause: HR14 SAP 1.2, App 11.
//
// The trigger point is reached when the rolling 6 months hold 2 episodes of
// sickness. It activates on the first counted day of the second episode.
// Policy.TRIG1 holds the months and the number of episodes.
//
// Reading: an absence left out of the triggers between two counted spells
// with no shift worked between them does not split them: they are one
// episode (ABS-2).
//
// Tested by: TestTRIG1_WorkedExample1, TestTRIG1_WindowBoundaries,
// TestTRIG1_ExcludedAbsenceBetweenSpellsJoinsThem,
// TestTRIG1_WorkedExample7_Exclusions, worked examples 1, 7 and 8.
//
// # TRIG-2: Ten working days in a rolling 6 months, pro rata
//
// Clause: HR14 SAP 1.2, App 11.
//
// The trigger point is reached when the rolling 6 months hold 10 working days
// of sickness for a full-time employee, pro rata for a part-time one: 6 days
// at 0.6 FTE. It activates on the day of the working day that reaches the
// threshold. A part day on which less than half the shift was worked counts
// as one working day (ABS-3). Policy.TRIG2 holds the months and the days.
//
// Reading: pro rata by days, the working days lost against 10 × FTE. Knob:
// Policy.ProRata = [ByHours] counts hours lost against 10 × standard day
// hours × FTE, for shift workers whose shifts differ in length.
//
// Tested by: TestTRIG2_TRIG4_WorkedExample2_ProRata, TestTRIG2_ProRataByFTE,
// TestTRIG2_ProRataByHours, TestTRIG2_PartDayCountsAsOneDay,
// TestTRIG2_CountsOnlyDaysInsideTheWindow, worked examples 2 and 3.
//
// # TRIG-3: Four episodes in a rolling 12 months
//
// Clause: HR14 SAP 1.2, App 11.
//
// The trigger point is reached when the rolling 12 months hold 4 episodes of
// sickness. It activates on the first counted day of the fourth.
// Policy.TRIG3 holds the months and the number of episodes.
//
// Tested by: TestTRIG3_LeapYearWindows, TestTRIG_EvaluateEqualsDayByDay.
//
// # TRIG-4: Ten working days in a rolling 12 months, pro rata
//
// Clause: HR14 SAP 1.2, App 11.
//
// As TRIG-2, over the rolling 12 months: 10 working days for a full-time
// employee, pro rata by FTE, activating on the day of the working day that
// reaches the threshold. Policy.TRIG4 holds the months and the days; the
// pro-rata reading and its knob are TRIG-2's.
//
// Tested by: TestTRIG2_TRIG4_WorkedExample2_ProRata, TestTRIG5_WorkedExample3,
// worked examples 2 and 3.
//
// # TRIG-5: One episode of 28 calendar days or more
//
// Clause: HR14 SAP 1.2, §4.2, App 11, App 14.
//
// The trigger point is reached by one episode lasting 28 calendar days or
// more. It activates on the 28th calendar day of the episode and stays active
// while that episode has a counted day in the rolling 12 months (App 11 puts
// every trigger point "in relation to the 12 month rolling period").
//
// Readings: the length is the calendar days of the episode's counted runs
// (rest days between two counted days stay inside a run); an excluded
// stretch, leave, medical exclusion or unauthorised absence in the middle
// adds nothing (ABS-7), though it does not break the episode (ABS-2). The
// trigger activates on the counted day that brings the count to 28. Knob:
// Policy.TRIG5.Measure = [CountedSpan] measures the span from the first to
// the last counted day instead, activating on the 28th day when it is
// counted, otherwise on the day sickness resumes. Knob: App 11 says "greater than 4 weeks" where SAP 1.2 and §4.2 say "28 calendar
// days or more"; the default is the latter, and Policy.TRIG5.Reading =
// [MoreThan] reaches the trigger on the 29th day instead. Policy.TRIG5.Months
// sets how long it stays active.
//
// Tested by: TestTRIG5_WorkedExample3, TestTRIG5_MoreThanFourWeeksKnob,
// TestTRIG5_ActiveWhileInTwelveMonthWindow,
// TestTRIG5_CountedSpan_TwentyEighthDayInLeaveActivatesWhenSicknessResumes,
// TestTRIG5_ExcludedDaysAddNothing, TestTRIG5_RestDaysInsideARunCount,
// TestTRIG5_Measure, 16-trig5-excluded-days.yaml, worked example 3.
//
// # TRIG-6: A recognisable pattern or trend
//
// Clause: HR14 SAP 1.2, App 10, App 11, §5.3.3, Proc 5.
//
// A pattern of absence is for the manager to recognise: it is never an
// automatic activation. [Monitor.Patterns] reports the evidence a manager
// looks for: episodes that start or end next to rest days, bank holidays or
// annual leave; episodes starting on the same weekday; episodes at the same
// time of year in different years; part-day notes piling up (ABS-3); and the
// Bradford Factor (S² × D over 12 months, S the episodes and D the working
// days lost) as a figure.
//
// Readings: the detectors look at counted episodes over 12 months;
// "next to" means the day before or after the episode. A detector calls its
// pattern recognisable at 3 episodes touching rest days, bank holidays or
// leave (each counted separately), 3 starting on the same weekday, 3 part
// days, or starts within 31 days of the same date in 2 or more years over
// 36 months. The Bradford Factor is reported, not flagged. Knob:
// Policy.Patterns holds every level (Bradford to flag the factor from a
// score).
//
// Tested by: TestTRIG6_Patterns, TestTRIG6_TimeOfYear,
// TestTRIG6_PartDaysOnlyInTheWindow, TestTRIG6_PatternKindText,
// ExampleMonitor_Patterns.
//
// # TRIG-7: Counting after a formal stage meeting
//
// Clause: HR14 SAP 1.3, SAP 1.4, SAP 1.5, SAP 1.5.1.
//
// After a formal stage meeting the target is not to activate a further
// trigger point; a trigger activated after it moves the case to the next
// stage. [Monitor.Since] counts from the meeting.
//
// Reading: only sickness after the meeting date counts; an episode running
// across the meeting counts with its days after it, as a new episode, and its
// TRIG-5 length runs from the day after the meeting. Knob: Policy.Counting =
// [CountFullWindow] uses the normal rolling windows instead, but a trigger
// activates only while its window holds at least one counted day after the
// meeting; then an open episode that reached 28 days on or before the meeting
// never activates TRIG-5 again, however long it lasts (the long-term absence
// route of package stages covers it), and its headroom says so.
//
// Tested by: TestTRIG1_WorkedExample8_CountingAfterMeeting,
// TestTRIG_TimelineAfterMeetingEqualsDayByDay,
// TestTRIG1_HeadroomPendingAfterMeeting, TestTRIG5_LongAbsenceAcrossAMeeting,
// TestTRIG5_HeadroomOfALongAbsenceAcrossAMeeting, ExampleMonitor_Since,
// worked example 8.
//
// # TRIG-8: A stage lapses only if the trust says so
//
// Clause: none in HR14, which sets no date after which a stage lapses; a
// trust setting.
//
// By default a stage, once reached, stays in force. A trust may set a lapse:
// the stage lapses when that many months pass after the stage meeting with no
// trigger activated, on the day after the meeting's anniversary, and the next
// trigger then leads to stage 1 again ([Monitor.Lapse]).
//
// Reading: no lapse. Knob: Policy.LapseMonths (and stages.Policy.LapseMonths,
// which must agree).
//
// Tested by: TestTRIG_StageLapse, TestTRIG_StageLapseKnob,
// TestTriggerMonitor_LapseMustAgree.
//
// # TRIG-9: Reasonable adjustments raise the thresholds
//
// Clause: HR14 Proc 18, App 3, App 10; Equality Act 2010.
//
// For an employee with a disability the manager may agree, as a reasonable
// adjustment, higher thresholds than the policy's ([Adjustment],
// [Monitor.WithAdjustment]). Every explanation of an adjusted trigger says it
// was adjusted and from what. Absences agreed to be disability-related are
// left out of the counts altogether (ABS-7).
//
// Readings: an adjustment raises full-time thresholds, which are still made
// pro rata (15 days at 0.6 FTE is 9); it never lowers one.
//
// Tested by: TestTRIG1_ReasonableAdjustment,
// TestTRIG9_SummariserWithAdjustmentEqualsMonitor, TestBatchEqualityEqualsIndependent.
//
// # TRIG-10: The timeline and the headroom
//
// Clause: HR14 SAP 1.1, SAP 1.2, App 11.
//
// Besides whether a trigger is active on a date, the library answers two
// questions a manager asks. The timeline: every activation over a whole
// history, in order ([Monitor.Timeline], [Monitor.TimelineTo]; for a
// workforce [Monitor.TimelineSummary], [Summariser] and [Batch]). The
// headroom as of a date: how many more episodes or working days each trigger
// allows, the date each counted episode leaves its window, and for an active
// trigger the date it clears if there is no more sickness
// ([Monitor.Headroom]), which is what the employee is told at the
// return-to-work interview (SAP 1.1).
//
// Readings: the timeline is found by a sweep over the counted runs, never by
// evaluating day by day, and equals it; after a stage meeting a case shows
// the headroom over the whole history and counted from the meeting (the
// improvement target).
//
// Tested by: TestTRIG_TimelineEqualsDayByDay, TestTRIG_TimelineTo,
// TestTRIG_TimelineSummaryEqualsTimeline, TestTRIG_SummariserEqualsMonitor,
// TestTRIG_ComparerEqualsSummarisers, TestTRIG_ActivationsEqualSummaries,
// TestDayWeigherEqualsWeigher,
// TestBatchEqualsSequential, TestTRIG1_HeadroomAfterWorkedExample1,
// TestTRIG2_HeadroomClearDate, TestTRIG_HeadroomClearEqualsDayByDay,
// ExampleMonitor_Timeline, ExampleMonitor_Headroom.
//
// Looking forward (issue 19): what hypothetical absences would change —
// what would activate and when, with the evidence of a real activation, what
// would no longer activate or would clear later ([Monitor.With],
// [Monitor.WhatIf]) — and the forward calendar: for each working day of the
// next months, whether one more day of sickness that day would activate each
// trigger, keep an activation going on the day it would clear, or not
// ([Monitor.Outlook]). Reading: a what-if is the history with the absences
// recorded and evaluated again under the same policy, adjustment and
// meeting; the calendar's hypothetical is one day of sickness (reason other)
// with no other absence after the as-of date than the history holds, asked
// only of days the employee is scheduled to work; it equals adding the day
// and evaluating again. Tested by: TestTRIG_OutlookEqualsAddingTheDay,
// TestTRIG_WhatIfEqualsAddingTheAbsences, TestTRIG1_OutlookWorkedExample1,
// TestTRIG1_WhatIfWorkedExample1, TestTRIG1_WhatIfJoinWithdraws.
//
// # Worked examples
//
// The worked examples below are the project's public test cases, cited across
// the repository as "worked example N". Each is a test of the packages it
// concerns and a scenario of the hr14 command (in
// examples/hr14/testdata/scenarios). Unless an example says otherwise the employee works full time,
// Monday to Friday, 7.5 hours a day, and no bank holiday falls in the dates.
//
// # Worked example 1: Two short episodes reach TRIG-1
//
// Off sick Tuesday 6 and Wednesday 7 January 2026, and again on Monday 2
// March 2026. The 6-month window ending 2 March 2026 (3 September 2025 to 2
// March 2026) holds two episodes, so TRIG-1 activates on 2 March 2026. With
// 3 working days lost, no other trigger point is reached.
//
// Tested by: TestTRIG1_WorkedExample1, TestTRIG1_HeadroomAfterWorkedExample1,
// 01-trig1-two-episodes.yaml.
//
// # Worked example 2: Part time, pro rata (TRIG-2 and TRIG-4)
//
// At 0.6 FTE, working Monday to Wednesday, the employee is off from Monday 2
// to Sunday 15 February 2026. Their day thresholds are 6 working days. The
// scheduled days lost are 2, 3, 4, 9, 10 and 11 February, so TRIG-2 and
// TRIG-4 both activate on Wednesday 11 February 2026. The single episode is 14
// calendar days long: no TRIG-5.
//
// Tested by: TestTRIG2_TRIG4_WorkedExample2_ProRata,
// 02-trig2-trig4-pro-rata.yaml.
//
// # Worked example 3: A long episode reaches TRIG-5
//
// Off from Monday 1 June to Friday 10 July 2026. The 10th working day lost,
// Friday 12 June, activates TRIG-2 and TRIG-4; the 28th calendar day, Sunday
// 28 June, activates TRIG-5.
//
// Tested by: TestTRIG5_WorkedExample3, 03-trig5-long-episode.yaml.
//
// # Worked example 4: Half the shift or more worked (ABS-3)
//
// On Monday 7 September 2026 the employee works 4 of their 7.5 hours and goes
// home ill; they are off on Tuesday 8 and Wednesday 9. Monday is not a
// sickness day but a part-day note; the episode is Tuesday to Wednesday, 2
// working days, for both triggers and pay.
//
// Tested by: TestABS3_WorkedExample4_HalfOrMoreWorked,
// 04-part-day-half-or-more.yaml.
//
// # Worked example 5: Less than half the shift worked (ABS-3)
//
// As worked example 4, but the employee works 3 hours on the Monday. For
// triggers the episode is Monday to Wednesday, 3 working days. For pay Monday
// is paid as worked and the absence starts on Tuesday 8 September 2026.
//
// Tested by: TestABS3_WorkedExample5_LessThanHalfWorked,
// TestPAY1_PartDayNotSickPay, 05-part-day-less-than-half.yaml.
//
// # Worked example 6: Two records over a weekend are one episode (ABS-2)
//
// Two records: off Thursday 1 and Friday 2 October 2026, and Monday 5
// October 2026, with no work in between. They are one episode of 5 calendar
// days and 3 working days.
//
// Tested by: TestABS2_WorkedExample6_RecordsJoinOverRestDays,
// 06-episode-over-rest-days.yaml.
//
// # Worked example 7: An occupational infection does not count (ABS-7)
//
// Norovirus on Monday 12 and Tuesday 13 January 2026, with a link documented
// by infection control at the time, then a cold on Tuesday 10 March 2026.
// Only the cold counts: one episode, no trigger point. With a negative
// specimen instead of the documented link, the norovirus counts too and
// TRIG-1 activates on 10 March 2026.
//
// Tested by: TestABS7_WorkedExample7_OccupationalInfection,
// TestTRIG1_WorkedExample7_Exclusions, 07-occupational-infection.yaml.
//
// # Worked example 8: From stage 1 to stage 2 (TRIG-7)
//
// Worked example 1, then the stage 1 meeting is held on 16 March 2026. The
// employee is off on Monday 11 May 2026, and on Monday 15 and Tuesday 16 June
// 2026. Counting only sickness after the meeting (the default), the second
// episode after it, on 15 June 2026, activates TRIG-1 and stage 2 is due
// from then. Counting the full window, TRIG-1 activates on 11 May 2026: the
// window 12 November 2025 to 11 May 2026 holds the episodes of 6 January, 2
// March and 11 May, and the last of them is after the meeting.
//
// Tested by: TestTRIG1_WorkedExample8_CountingAfterMeeting,
// TestSTAGE2_WorkedExample8_Progression, TestSTAGE2_WorkedExample8_WithTriggers,
// 08-stage-progression.yaml, 08-stage-progression-full-window.yaml,
// 14-letter-stage-2-invitation.yaml.
//
// # Worked example 9: The deadlines of the procedure (STAGE-1, STAGE-3, STAGE-5)
//
// A stage 1 invitation dated 5 March 2026 allows a meeting on 12 March 2026
// at the earliest. For a stage 3 hearing on Monday 20 July 2026 the
// management case is due by 6 July, the employee's case by 15 July and the
// decision letter by Monday 27 July 2026. A termination letter dated 22 July
// 2026 allows an appeal until 12 August 2026. For an appeal hearing on
// Wednesday 9 September 2026 the management response is due by Wednesday 2
// September 2026.
//
// Tested by: TestSTAGE1_STAGE3_STAGE5_WorkedExample9_Deadlines,
// TestSTAGE1_STAGE3_STAGE5_WorkedExample9_FromTheCase, 09-deadlines.yaml,
// 15-letter-stage-3-and-appeal.yaml.
//
// # Worked example 10: Injury Allowance (PAY-3)
//
// Monthly pay is £2,500.00, so the allowance tops income up to 85%,
// £2,125.00. On half pay (£1,250.00) with a contributory benefit of £400.00 a
// month, the Injury Allowance is £475.00. On full pay it is £0.00. On nil pay
// with the same benefit it is £1,725.00.
//
// Tested by: TestPAY3_WorkedExample10, ExamplePolicy_InjuryAllowance,
// 10-injury-allowance.yaml.
package triggers
