// Package triggers evaluates the HR14 trigger points (SAP 1.2, App 11;
// TRIG-1 … TRIG-6 in the project's rule catalogue) over an employee's
// sickness absence, and explains every answer.
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
//   - [Batch]: the whole workforce: a stream of employees evaluated in
//     parallel, handed back in input order, in memory bounded by the cases in
//     flight; [Monitor.TimelineSummary] is the timeline's counts without the
//     evidence lists, for reports of millions of rows, and a [Summariser]
//     (Batch.Summarise) finds them for one employee after another in reused
//     memory, without building each History and Monitor.
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
// [Monitor] states the exact semantics. In short: only the days of the
// episodes' trigger view count (part days and exclusions already applied by
// the absence package); the window ending D is absence.RollingWindow(D, N);
// a trigger is active on D when that window meets its threshold, and
// activates on the first day of each stretch of active days; evaluating as of
// D sees nothing after D.
//
// Every result has a String method (one sentence) and, for the main ones, an
// Explain method (the full evidence), citing rule IDs and clauses in words an
// HR manager can paste into a letter or a tribunal bundle.
//
// The engine works on integer day numbers and on runs of days, never on
// single days: building a Monitor is linear in the number of records and
// allocates nothing per calendar day. The package does no I/O and keeps no
// state.
package triggers
