// Package absence records sickness absence the way HR14 (the NHS Sickness
// Absence Management Policy, v16) defines it, and is the foundation the other
// hr14 packages build on.
//
// It holds:
//
//   - calendar arithmetic: [Date] (a calendar date with no time zone),
//     inclusive [Period]s, month arithmetic that clamps to the month's end,
//     and the rolling N-month window of every trigger ([RollingWindow]);
//   - England & Wales bank holidays as data plus rule-generated years
//     ([EnglandAndWales]) and business-day arithmetic for deadlines;
//   - what an employee is scheduled to work ([Schedule]: a [WeeklyPattern] or a
//     dated [Roster]);
//   - absence [Record]s with a closed [Reason] taxonomy and the evidence HR14
//     asks for, validated at the boundary with typed errors ([InputError]);
//   - [Episode]s (ABS-1, ABS-2, ABS-3, ABS-7) with a trigger view and a pay view,
//     built by [NewHistory]; for the whole workforce, a [Builder] gives only
//     their counted runs, by the same code, in reused memory, and a
//     [DayCounter] counts scheduled days between day numbers;
//   - the recording checks, each a [Check] with its due date, status as of a
//     date and findings: certification (ABS-4, [History.Certification]),
//     notification and call-back (ABS-5), the return-to-work interview and the
//     additional-hours bar (ABS-6), team compliance, hospital appointments
//     (ABS-7), bank holidays during sickness (ABS-8), Occupational Health
//     referral, OH Plus and cancellations (ABS-9) and contact during long-term
//     absence (ABS-10).
//
// Every rule is cited by its ID in the project's rule catalogue (ABS-1 … ABS-10)
// and by its clause in the policy: "§" is the policy body, "Proc" the
// NOTIFICATION, RECORDING AND CERTIFICATION procedure, "SAP" the SICKNESS
// ABSENCE PROCEDURES and "App" an appendix.
//
// The package does no I/O and keeps no state: every function is pure (a
// Builder and a DayCounter only reuse memory their owner gives them), and
// every number and reading of the policy lives in a [Policy] value.
//
// # ABS-11: The record of the return-to-work interview
//
// Clause: HR14 §5.3.7, Proc 16, Proc 17, SAP 1.1, SAP 1.3.
// A return-to-work interview is documented ([Record].Interview, an
// [Interview] on the record that holds its date, Interviewed): who held it,
// whether the trigger points and the next formal steps were explained (with
// the headroom shown), the support, adjustments, OH referral and fit-note
// advice discussed, and the week without additional hours with an extension
// agreed with OH, HR or staff side. [History.InterviewRecord] checks the duty
// to document it: not required before the interview, met when the record
// says the trigger points were explained, overdue otherwise; an agreed
// extension lengthens the week without additional hours. A record without
// the interview's date, or with an extension not agreed with anyone, is
// refused ([ErrInterview]). The stage 1 and 2 outcome letters say "despite
// our discussions at your return-to-work interviews" only when such records
// exist before the meeting (letters.FromCase).
// Tested by: TestABS11_InterviewRecord; letters TestABS11_OutcomeLettersAndInterviews.
//
// # ABS-12: Contact at a frequency agreed with the employee
//
// Clause: HR14 §5.3.2, Proc 8, App 14, App 6 Q5.
// The manager and the employee may agree how often they keep in touch during
// absence; from the day agreed, that frequency replaces the policy's
// ContactDays for the contact cadence of ABS-10 ([History.ContactWith] with
// [ContactAgreement]s): each contact is due within the days in force on the
// day the interval starts. Checks under an agreement cite ABS-12.
// Reading: App 14 keeps fortnightly as the minimum, so an agreement is 1 to
// the policy's ContactDays days ([ErrContactAgreement] otherwise).
// Tested by: TestABS12_AgreedContactFrequency; stages TestABS12_ContactAgreed.
//
// # ABS-13: An absence linked to an underlying condition
//
// Clause: HR14 SAP 1.3, App 14.
// Once Occupational Health advises that an underlying medical condition links
// the absences, the manager records which later absences are linked to it
// (Evidence.UnderlyingCondition). A linked absence still counts towards the
// triggers (the evidence is shown); the stages package's continuing-absence
// route (STAGE-15) decides what a trigger reached through it leads to.
// Tested by: TestABS13_UnderlyingConditionLink; stages TestSTAGE15_WithTriggers.
package absence
