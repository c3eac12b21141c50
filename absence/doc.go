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
// The package does no I/O and keeps no state: every function is pure (a
// Builder and a DayCounter only reuse memory their owner gives them), and
// every number and reading of the policy lives in a [Policy] value.
//
// # Codes
//
// Values a host stores or exchanges are text codes, in JSON and case files
// alike, never free text:
//
//   - [Reason] (why a record's absence happened, [Reasons] lists them):
//     musculoskeletal, mental-health, stress, infection,
//     occupational-infection, surgery-planned, surgery-emergency,
//     cosmetic-required, cosmetic-not-required, pregnancy, work-related,
//     other;
//   - [Kind] (what sort of absence a record is): sickness,
//     medical-suspension, medical-exclusion, unauthorised, leave;
//   - [CertificateKind]: self, fit-note; [Specimen]: negative, positive;
//   - [Date]: YYYY-MM-DD, years [EarliestYear] to [LatestYear]; [Period]:
//     YYYY-MM-DD/YYYY-MM-DD, or one date.
//
// # Errors
//
// Every error wraps one of the [Error] classes (errors.Is) and is an
// [*InputError] (errors.As) saying what is wrong, where (the input, its
// position counted from 1 in the message, its ID, the field) and what was
// expected. An error quotes a rejected value only when it has the shape of
// its field (a date-like text, an identifier): a health detail typed into a
// code, date or ID field is described, never repeated ([QuoteID]). A date
// outside [EarliestYear]…[LatestYear] ([ErrDateRange]: a year typed 0001,
// or the 9999-12-31 some HR systems write for "no end date") and a record
// longer than [MaxRecordDays] ([ErrTooLong]) are refused as typos.
//
// # Rules
//
// This documentation is the project's rule catalogue for recording absence:
// the Conventions every hr14 package follows, then the rules ABS-1 … ABS-10.
// Each rule gives the clause of HR14 v16 it implements ("§" is the policy
// body, "Proc" the NOTIFICATION, RECORDING AND CERTIFICATION procedure, "SAP"
// the SICKNESS ABSENCE PROCEDURES, "App" an appendix), the rule in the
// project's own words, the reading chosen where the policy is open to more
// than one (and the [Policy] field that selects another), and the tests that
// prove it. Every finding cites its rule by ID and clause ([Rule]).
//
// The other families are catalogued in their own packages: the TRIG rules
// in triggers, the STAGE rules in stages, the PAY rules in payroll, the PEN
// rules in pension and the LET rules in letters. The worked
// examples that the tests and scenarios cite as "worked example N" are in the
// triggers package.
//
// # Conventions
//
// Every hr14 package follows these.
//
//   - A date is a calendar date with no time zone ([Date]). A period includes
//     both its first and its last day ([Period]).
//   - D minus N months is the same day of the month N months earlier, or the
//     last day of that month if it is shorter: 31 August 2026 minus 6 months
//     is 28 February 2026 ([Date.AddMonths]).
//   - The rolling N-month window ending on D runs from the day after D minus
//     N months to D: the 6-month window ending 15 July 2026 is 16 January to
//     15 July 2026 ([RollingWindow]).
//   - A business day is a Monday to Friday that is not a bank holiday in
//     England and Wales ([Calendar], [EnglandAndWales]).
//   - A scheduled day is one on which the employee's own working pattern or
//     roster has a shift ([Schedule]). Working days lost are counted on
//     scheduled days only.
//   - Every decision returns its reasons: the rule's ID and clause ([Rule])
//     and the evidence (which absences, which window, which counts, which
//     threshold) as findings ([Finding]).
//   - Every result names the policy it applied ([Basis]): the policy's name
//     and version ([PolicyID]: HR14 v16 by default, [HR14v16]), which every
//     package's Policy carries as its ID; the settings that differ from the
//     HR14 v16 defaults (each Policy's Knobs, by their JSON paths:
//     [Differences]); and the library's version ([LibraryVersion]). A
//     decision stored today can be explained after the policy or the
//     library changes.
//
// The England and Wales bank holidays are held as data for every year GOV.UK
// publishes (2012 to 2028, with one-offs such as the Diamond Jubilee of 2012
// and VE Day 2020, whose holidays moved) and for the earlier years with a
// one-off (1995, 1999, 2002, 2011); other years follow the standing rules
// ([EnglandAndWalesRules]), and a host adds a later one-off ([Calendar.With]).
//
// Readings: the bank holidays of a [WeeklyPattern] are ordinary days unless
// WeeklyPattern.BankHolidaysOff makes them days off, as for most Monday to
// Friday staff (HR14 does not say; the host says so). Days outside a [Roster]
// are days off.
//
// Tested by: TestAddMonthsClampsToMonthEnd, TestRollingWindow,
// TestLeavesWindowIsFirstDateOutside, TestBusinessDaysAcrossChristmas2026,
// TestEnglandAndWalesTable, TestWeeklyPatternCounts, TestRoster,
// TestConventions_BankHolidaysEveryPublishedYear,
// TestConventions_DayCounterCountsPublishedYears,
// ExampleRollingWindow, ExampleCalendar_AddBusinessDays,
// TestPolicy_KnobsListExactlyTheChanges, TestPolicy_KnobsSeeEveryField,
// TestResultsNameThePolicy, TestState_NamesThePolicy.
//
// # ABS-1: Short-term and long-term absence
//
// Clause: HR14 §4.1, §4.2.
//
// An episode of sickness lasting fewer than 28 calendar days is short term;
// one lasting 28 calendar days or more is long term. Calendar days include the
// days the employee does not normally work. [Episode] gives the length
// (CalendarDays) and the answer (LongTerm).
//
// Policy.LongTermDays holds the 28. The length of an episode for the
// long-episode trigger (TRIG-5) is another: the calendar days of its counted
// runs (TriggerView.CountedDays), excluded days adding nothing (ABS-7);
// TriggerView.CalendarDays keeps its counted span, first to last counted day,
// which the knob triggers.CountedSpan measures instead.
//
// Tested by: TestABS1_ShortAndLongTerm, TestABS1_FindingsUseTheSingularForOne.
//
// # ABS-2: An episode is a continuous period of sickness
//
// Clause: HR14 Proc 12, §4.1, §4.2, §4.4.
//
// An episode runs from the first day of sickness to the last day the employee
// was unfit, which is the day before they report fit. Two records of sickness
// are one episode unless the employee worked a scheduled shift between them:
// rest days, days off and leave between them do not break it, and are inside
// the episode and its calendar length. Records of one employee that overlap,
// or repeat one another, are refused with an error, never merged, except
// sickness over booked leave (ABS-21).
//
// Readings: leave, medical exclusion or unauthorised absence between two
// sickness records does not break the episode (only a worked scheduled shift
// does); their days are listed as not counting. A record added between two
// episodes with no shift worked between them joins them, so an episode count
// can fall.
//
// A sickness day is one on which the employee cannot work their shift (§4.4),
// so sickness recorded only on days with no scheduled shift (a
// Monday–Friday worker sick at the weekend, a rest day, a bank holiday off)
// forms no episode: it counts towards no trigger and no return-to-work
// interview or stage follows from it. [History.NoShiftLost] keeps it, with a
// finding that says why, and its days stay days of incapacity for Statutory
// Sick Pay (payroll.Incapacity). Between two sickness days with no shift
// worked between them it is inside that episode.
//
// Tested by: TestABS2_WorkedExample6_RecordsJoinOverRestDays,
// TestABS2_ScheduledDayBetweenBreaksEpisode, TestABS2_LeaveInsideDoesNotBreak,
// TestRecordsInAnyOrder, TestValidationErrors, FuzzNewHistory,
// TestABS2_NoShiftLostIsNotAnEpisode, TestABS2_NoShiftLostInsideAnEpisode,
// TestABS2_NoShiftLostKeptWithAFinding,
// TestABS2_NoShiftLostCountsTowardsNoTrigger,
// TestPAY8_NoShiftLostStillLinksPIWs, 17-no-shift-lost.yaml, worked example
// 6.
//
// # ABS-3: Part-day sickness
//
// Clause: HR14 Proc 5, Proc 6, §4.4.
//
// When an employee starts a shift and goes home ill part-way through it:
//
//   - having worked half the shift or more, the day is not a sickness day,
//     neither for triggers nor for pay, but a part-day note is kept so that a
//     pattern can be seen (TRIG-6). If they are off the next day, that day is
//     the first day of the episode for both;
//   - having worked less than half the shift, the day counts as one working
//     day of sickness for triggers but is paid as worked (PAY-1). If they are
//     off the next day, that day is the second day of the episode for
//     triggers and the first for pay;
//   - sent home by the manager before working half the shift, the day is
//     treated as if they had worked half or more.
//
// Reading: exactly half the shift worked is not a sickness day, as Proc 5
// says ("after they have done 50% of their shift"). Knob:
// Policy.ExactlyHalf = [HalfSickness] follows §4.4 instead ("more than half"
// keeps the day off the record, so exactly half is a sickness day for
// triggers). A part day on a day with no scheduled shift is refused: the host
// must put the shift in the schedule. In hours, a part day counts its whole
// shift, since it "counts as one working day".
//
// Tested by: TestABS3_WorkedExample4_HalfOrMoreWorked,
// TestABS3_WorkedExample5_LessThanHalfWorked, TestABS3_ExactlyHalfKnob,
// TestABS3_SentHomeIsNotSickness, TestABS3_PartDayAsItsOwnRecord,
// TestABS3_PartDayWorkedBreaksAnEpisode, worked examples 4 and 5.
//
// # ABS-4: Self-certificates and fit notes
//
// Clause: HR14 Proc 13, Proc 14, App 2.
//
// Calendar days 1 to 7 of an absence need a self-certificate. From day 8 a
// medical certificate (fit note) must cover every day, running on from the
// previous one, and the manager must receive it within 3 calendar days. Days
// without a certificate received in time are uncovered: pay is withheld for
// them until one is produced (PAY-4). The Trust may withdraw the right to
// self-certify, after HR advice, and restore it later: each is a dated
// decision (Employee.SelfCertification, [SelfCertificationDecision]), and
// sickness starting while a withdrawal is in force needs a fit note from
// day 1. [History.Certification] gives each certificate's due date, its
// status and the uncovered days.
//
// Readings: day 1 is the first sickness day for pay, so after a part day with
// less than half worked it is the next day. The 3 days run from the first day
// the fit note must cover (day 8, then the day after the previous note ends);
// knob: Policy.FitNoteFrom = [CertificateStart] counts them from the note's own
// first day. HR14 sets no deadline for a self-certificate: it is pending until
// received, never overdue, and no pay is withheld for days 1 to 7. Uncovered
// days are those up to the as-of date whose deadline has passed, including
// days covered only by a late certificate. A decision on self-certification
// never reaches back: the one in force on an episode's day 1 governs the
// whole episode, so a withdrawal reaches neither earlier sickness nor an
// episode under way. HR advice is required for a withdrawal (Proc 13); advice
// dated after it took effect is accepted and said.
//
// Tested by: TestABS4_Day7NeedsNoFitNoteDay8Does,
// TestABS4_ReceivedOnDay3VersusDay4, TestABS4_RunsOnFromThePreviousCertificate,
// TestABS4_TimelyNoteBeatsLateNote, TestABS4_SelfCertificationWithdrawn,
// TestABS4_Day1IsTheFirstPayDay, TestABS4_SelfCertificate,
// TestABS4_SelfCertificationWithdrawalIsDated, TestABS4_SelfCertificationOn,
// TestABS4_SelfCertificationDecisionsValidated, TestABS4_SelfCertificationJSON,
// ExampleHistory_Certification, ExampleEmployee_SelfCertificationOn,
// FuzzCertification, FuzzEmployeeJSON.
//
// # ABS-5: Reporting an absence and the call-back
//
// Clause: HR14 Proc 2, Proc 9, Proc 11.
//
// The employee must report the absence at least 1 hour before their shift
// starts, 3 hours before a night shift. An absence not reported is liable to
// be treated as unauthorised (absent without leave), which is not sickness and
// whose pay may be suspended (PAY-5). The manager calls the employee back
// within 24 hours of the report. Both deadlines are worked out from the
// date-times of the shift's start and of the report, in the host's time zone
// ([Policy.Notification], [Policy.CallBack], [History.Notification]).
//
// Readings: a report or call-back exactly on the deadline is in time; hours
// are elapsed time, so a change of the clocks is counted as it happened. A
// missing report is a finding for the manager; the library never turns
// sickness into unauthorised absence itself (the host records Kind
// Unauthorised).
//
// Tested by: TestABS5_ReportDeadline, TestABS5_ElapsedHoursAcrossClockChange,
// TestABS5_CallBackWithin24Hours, TestABS5_FromHistory,
// ExamplePolicy_Notification.
//
// # ABS-6: The return-to-work interview and additional hours
//
// Clause: HR14 Proc 16, §5.3.6, §5.3.7, §5.3.8, §22.2.
//
// The manager holds a return-to-work interview on the day the employee
// returns or within 72 hours after the end of the absence. After a short-term
// absence the employee may work no additional hours (overtime, bank or pool
// shifts) for one week from the return. Each manager's compliance is the
// share of call-backs made within 24 hours and the share of interviews held
// within 72 hours, each against a target of 80% ([History.ReturnToWork],
// [Policy.Compliance]).
//
// Readings: 72 hours after the end of an absence is the end of the third day
// after its last day, or the day of return if that is later. With no day of
// return recorded, the employee's first scheduled day after the absence
// stands for it: a Monday to Thursday worker off Monday to Thursday is
// interviewed in time on the next Monday. After a
// long-term absence the one-week bar is not applied (Proc 16 speaks of short
// term); a finding cites §5.3.6 and §22.2 instead. With nothing due, a manager
// is on target and the share is shown as 0. Compliance is compared exactly.
//
// Tested by: TestABS6_InterviewWithin72Hours,
// TestABS6_InterviewDueWithoutReturnDate,
// TestABS6_NoAdditionalHoursForAWeekAfterShortTerm,
// TestABS6_Compliance80Percent, TestABS6_ComplianceIsExact,
// TestABS6_BadInput, ExampleHistory_ReturnToWork, ExamplePolicy_Compliance.
//
// # ABS-7: What does not count
//
// Clause: HR14 Proc 7, Proc 19, Proc 21, §4.6, App 3, App 10; Equality Act 2010.
//
// Some absence is left out of the trigger counts, or is not sickness at all.
// Each day left out is listed in the episode's trigger view with its cause
// ([Cause]) and the evidence relied on.
//
//   - An occupationally acquired infection (for example norovirus) is left out
//     of the triggers when the link was documented at the time by infection
//     control or Occupational Health, or the GP confirmed a positive specimen
//     in writing. A negative specimen, or a sample asked for and not provided
//     ([SpecimenNotProvided]), makes it count whatever else is recorded about
//     the infection, a documented link included (Proc 19); with neither a
//     link nor a positive specimen it counts. It is still sickness for pay.
//   - Staying off for infection control after the symptoms have ended is
//     medical exclusion with pay: neither sickness for triggers nor sick pay
//     (PAY-7).
//   - Absence the manager has agreed to discount as related to a disability
//     is left out of the triggers. An employee may also have raised trigger
//     thresholds as a reasonable adjustment (TRIG-9).
//   - Pregnancy-related sickness is left out of the triggers, and so is
//     sickness in the protected period of fertility treatment (ABS-24).
//   - A medical suspension counts as sickness unless Occupational Health
//     confirms the employee was fit at the time; then it is not sickness.
//   - Cosmetic or private surgery that is not medically required is not
//     sickness but annual leave (PAY-6): recording it as sickness is refused
//     with an error that says so. Medically required cosmetic surgery is
//     ordinary sickness.
//   - A hospital or clinic appointment is not sickness. Up to 3 appointments
//     outside the employee's control in a rolling 12 months are authorised
//     without paying the time back; an appointment within their control is
//     time owing ([Policy.Appointments], PAY-10).
//
// Reading: pregnancy-related sickness is left out although HR14's text does
// not say so (the Equality Act 2010 protected period); knob:
// Policy.Exclude.Pregnancy. Policy.Exclude.OccupationalInfection and
// Policy.Exclude.Disability turn the other exclusions off for a trust that
// counts them. Knob: Policy.Exclude.NegativeSample = [LinkPrevails] lets a
// documented link exclude an infection whatever the sample. Days left out
// count towards no trigger, TRIG-5's length included (TriggerView.CountedDays),
// though they do not break the episode (ABS-2). A 4th appointment outside the employee's control in 12 months
// is not granted without payback and uses none of the allowance; the manager
// decides how the time is taken.
//
// Tested by: TestABS7_WorkedExample7_OccupationalInfection,
// TestABS7_MedicalExclusionAfterSymptoms,
// TestABS7_DisabilityPregnancyAndSuspension,
// TestABS7_CosmeticSurgeryNotRequiredIsNotSickness,
// TestABS7_AppointmentsAllowance, TestABS7_AppointmentsFindings,
// ExamplePolicy_Appointments, TestABS7_NegativeSampleCountsWhateverElseIsRecorded,
// TestABS7_NegativeSampleKnob, TestABS7_NegativeSampleWithLinkActivatesTRIG1,
// TestABS7_CountedDaysLeaveOutExcludedDays, TestTRIG5_ExcludedDaysAddNothing,
// 18-occupational-infection-negative-sample.yaml, worked example 7.
//
// # ABS-8: Bank holidays and leave during sickness
//
// Clause: HR14 Proc 15.
//
// An employee who is sick on a bank holiday gets no day off in lieu. Annual
// leave keeps accruing while they are off sick, and they may take leave in
// the usual way while off sick: leave taken during an absence is not
// sickness, and does not break the episode ([History.BankHolidays]).
//
// Tested by: TestABS8_BankHolidaysDuringSickness, TestABS2_LeaveInsideDoesNotBreak,
// ExampleHistory_BankHolidays.
//
// # ABS-9: Occupational Health referral
//
// Clause: HR14 §5.4.3, §5.6.5, §5.6.6, App 9, SAP 1.3, SAP 1.4, SAP 1.5; the
// OH provider's terms of service (not HR14) for OH Plus and cancellations.
//
// When a referral to Occupational Health is due depends on the reason
// ([History.Referral]):
//
//   - musculoskeletal: within 1 week of the absence starting;
//   - mental health: as soon as it is identified;
//   - stress: the manager contacts the employee within 1 week, and refers
//     them if they are not back within 5 working days;
//   - surgery: as soon as the date is known, or as soon as emergency surgery
//     has happened;
//   - any other reason: at 4 weeks of continuous absence.
//
// At stage 2 a referral is required, and at stage 3 an updated opinion
// ([StageReferral]). Employees are required to attend OH appointments
// (§5.4.3). The rest is the terms of the Trust's OH provider, not HR14, held
// as a value of the policy and chosen per provider (Policy.OHProvider,
// [OHProvider]); the default is Optima Health's OH Plus for NHS Blood and
// Transplant ([OptimaHealthOHPlus]), the only provider's terms among the
// policy's sources. Under them a referral may be marked complex for OH Plus
// on the criteria of that service (no progress after several months,
// disputed or contradicting advice, a panel expected without a clear
// prognosis, …) ([ComplexCase], [Policy.OHPlus]), and an OH appointment
// cancelled less than 48 hours ahead is charged as not attended
// ([Policy.OHCancellation]); findings cite them as the provider's terms.
//
// Readings: "not returned within 5 working days" means still absent on the
// 5th scheduled day after the start; knob: Policy.StressDays =
// [OnBusinessDays] counts business days. "As soon as" is the same day
// (Policy.AsSoonAsDays): a reason is identified on the first day of the first
// record with it, and a surgery date is known on the first day of absence
// unless the host says when. The 4-week referral is due on the 28th calendar
// day, and not at all if the absence ends before. An episode with several
// reasons takes the earliest due date. An appointment cancelled exactly 48
// hours ahead is free.
//
// Tested by: TestABS9_ReferralByReason, TestABS9_OtherReasonShorterThan4Weeks,
// TestABS9_StressReferralAfter5WorkingDays, TestABS9_StressContactWithin1Week,
// TestABS9_Stages, TestABS9_OHPlusComplexCase, TestABS9_OHCancellation48Hours,
// TestABS9_OHRulesCiteTheProvidersTerms, TestABS9_OHProviderSelectable,
// TestABS9_OHProviderJSON, ExampleHistory_Referral, ExampleStageReferral,
// ExampleComplexCase_OHPlus, ExamplePolicy_OHCancellation, ExamplePolicy_OHPlus.
//
// # ABS-10: Contact during long-term absence
//
// Clause: HR14 App 14, §5.3.2, Proc 8.
//
// During a long absence the manager keeps in touch with the employee at least
// fortnightly. [History.Contact] gives the contacts made, the gaps longer
// than 14 days and the date the next contact is due.
//
// Reading: the 14 days run from the first day of every episode, so the first
// contact is due within 14 days; for a short-term episode a finding notes
// that App 14 is about long-term absence. Policy.ContactDays holds the 14.
//
// Tested by: TestABS10_ContactAtLeastFortnightly,
// TestABS10_ContactShortTermAndBadInput, ExampleHistory_Contact, FuzzContact.
//
// # ABS-11: The record of the return-to-work interview
//
// Clause: HR14 §5.3.7, Proc 16, Proc 17, SAP 1.1, SAP 1.3.
//
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
//
// Tested by: TestABS11_InterviewRecord; letters TestABS11_OutcomeLettersAndInterviews;
// 19-duties-stage-1-outcome-without-rtw.yaml.
//
// # ABS-12: Contact at a frequency agreed with the employee
//
// Clause: HR14 §5.3.2, Proc 8, App 14, App 6 Q5.
//
// The manager and the employee may agree how often they keep in touch during
// absence; from the day agreed, that frequency replaces the policy's
// ContactDays for the contact cadence of ABS-10 ([History.ContactWith] with
// [ContactAgreement]s): each contact is due within the days in force on the
// day the interval starts. Checks under an agreement cite ABS-12.
//
// Reading: App 14 keeps fortnightly as the minimum, so an agreement is 1 to
// the policy's ContactDays days ([ErrContactAgreement] otherwise).
//
// Tested by: TestABS12_AgreedContactFrequency; stages TestABS12_ContactAgreed.
//
// # ABS-13: An absence linked to an underlying condition
//
// Clause: HR14 SAP 1.3, App 14.
//
// Once Occupational Health advises that an underlying medical condition links
// the absences, the manager records which later absences are linked to it
// (Evidence.UnderlyingCondition). A linked absence still counts towards the
// triggers (the evidence is shown); the stages package's continuing-absence
// route (STAGE-15) decides what a trigger reached through it leads to.
//
// Tested by: TestABS13_UnderlyingConditionLink; stages TestSTAGE15_WithTriggers.
//
// # ABS-15: A planned absence and its expected recovery period
//
// Clause: HR14 §4.3; App 9 (Surgery Referrals).
//
// A planned sickness absence (an operation or a treatment programme) may
// have a recognised period of expected recovery or duration: the record
// holds it in calendar days from its first day, and who advised it
// (Occupational Health's evidence-based recovery periods, the treating
// clinician, the employee) ([Record].Planned, [Planned]); never the
// procedure. [History.Recovery] compares the absence, from the planned
// record's first day to the episode's last day known, with it: within it,
// or so many days beyond, with a finding that recovery periods are norms
// (different for manual work and with complications) and that an
// Occupational Health review may be considered. It changes no count and no
// pay: planned sickness is sickness. A planned record of another kind, or a
// period outside 1 to MaxRecordDays days, is refused ([ErrPlanned]).
//
// Reading: the episode, not the record, is compared, so a fit note that
// extends the absence in a new record counts.
//
// Tested by: TestABS15_PlannedRecovery, TestABS15_Errors,
// FuzzPlannedAndTraining; report TestABS15_ABS16_Report,
// TestABS15_SummaryAttention.
//
// # ABS-16: Sick on a day booked for training
//
// Clause: HR14 Proc 10.
//
// An employee unwell on a day they were due to attend a training course
// reports the absence as usual and contacts the training provider directly
// to cancel. The record lists the courses booked on its days, with the day
// each was cancelled ([Record].Training, [TrainingBooking]); a day outside
// the record is refused ([ErrTraining]). [History.Training] flags each as
// a check for the manager (task training-cancellation): due on the day of
// the course, met when cancelled by then, late or overdue otherwise. It is
// the employee's duty and a prompt so the place is not wasted, never a
// ground for anything by itself.
//
// Tested by: TestABS16_TrainingCancelled, FuzzPlannedAndTraining; report
// TestABS15_ABS16_Report, TestABS16_SummaryAttention.
//
// # ABS-20: Fit notes as the doctor writes them
//
// Clause: HR14 App 2 (the DWP's fit note guide), Proc 14; the Social Security
// (Medical Evidence) and Statutory Sick Pay (Medical Evidence) (Amendment)
// (No. 2) Regulations 2022 (SI 2022/630).
//
// A fit note ([Certificate] of kind fit note) records the assessment the
// doctor made ([Fitness]): "not fit for work", or "may be fit for work taking
// account of the following advice" with the boxes ticked ([Advice]: a phased
// return, altered hours, amended duties, workplace adaptations) for the
// period it covers, and who signed it, as a category ([Issuer]): the GP or a
// hospital doctor, and since 1 July 2022 also a nurse, occupational
// therapist, pharmacist or physiotherapist (SI 2022/630; DWP, "Who can issue
// fit notes: guidance for healthcare professionals and their employers"). A
// note received before its issuer could sign one gets a finding. The comments
// box is a health detail and is not recorded.
//
// For a "may be fit" note the employer decides whether it can make the
// changes, and the decision is recorded with its date ([AdviceDecision]); it
// is a duty without a deadline, pending until recorded (a [Check] of task
// fit-note-advice in [History.Certification]). When the changes are made,
// the employee is at work from the day they start ([AdviceDecision].From):
// those days of the sickness record are not sickness (no trigger days; normal
// pay, or phased-return pay under PAY-2), a scheduled day among them is a
// shift worked that ends the episode before it (ABS-2), and [NewHistory]
// lists them in History.AtWork. When the employer cannot make them, the note
// counts as "not fit" for the days it covers and no new note is needed
// (App 2); with no decision yet, the days off are sickness covered by the
// note. Details a self-certificate cannot have (an assessment, advice, an
// issuer, a decision), advice on a "not fit" note, a decision without its
// date or with changes made from a day the note does not cover, and days at
// work from a part day's first day are refused ([ErrFitNote]).
//
// Readings: the days at work run from the decision's From to the end of the
// note, inside the record; after the note ends the record's days are
// sickness again (a new episode if a shift was worked between). A "may be
// fit" note with no box ticked is valid (the doctor may advise in the
// comments only).
//
// Tested by: TestABS20_ChangesMadeMeansAtWork,
// TestABS20_CannotMakeChangesCountsAsNotFit, TestABS20_NoDecisionIsPending,
// TestABS20_AtWorkBreaksTheEpisode, TestABS20_IssuerBeforeJuly2022,
// TestABS20_FitNoteValidated, TestABS20_FitNoteJSON, FuzzNewHistory,
// FuzzNoEchoRecording, FuzzNoHealthTextInRecordingErrors,
// TestBuilderEqualsNewHistory, TestExtenderEqualsBuilder,
// 20-fit-note-may-be-fit.yaml; report TestABS20_SummaryAttention.
//
// # ABS-21: Sickness during booked annual leave
//
// Clause: HR14 Proc 15 (its heading, "sickness occurring during annual
// leave"), Proc 13, Proc 9; Agenda for Change 14.9 for bank holidays; the
// Working Time Regulations 1998 (leave that coincides with sickness may be
// taken later: CJEU C-78/11 ANGED).
//
// A sickness record may overlap a record of booked leave (kind leave); any
// other overlap is still refused (ABS-2), as is one whose part day falls on
// a day of leave. On the days both hold, sickness replaces the leave when it
// was reported as the Trust requires: on or before its first day
// (Record.Reported, Proc 9), and certified as any other sickness (ABS-4).
// Those days are sickness like any other (the episode counts, triggers and
// sick pay as usual), the leave is re-credited ([History.Recredit]: the
// scheduled days replaced, for payroll's LeaveInput.Recredited) and a bank
// holiday among them keeps Proc 15's rule: no day in lieu, not re-credited
// (ABS-8). Sickness not reported as required stays leave on those days, with
// a finding that says why and that the employee may still ask to take the
// statutory leave later, a decision for the manager with HR advice. Proc 13
// names sickness during annual leave as a ground on which the Trust may
// withdraw the right to self-certify: every case gets a finding for HR, and
// the library never decides it (a withdrawal is a dated decision,
// Employee.SelfCertification). [History.SicknessOnLeave] lists each
// sickness record over leave with the days replaced and kept, and
// [History.Kept] gives the days of a record that stand.
//
// Reading: HR14 gives a heading and no rule; by default sickness reported on
// its first day replaces the leave and is certified as usual. Knob:
// Policy.SicknessOnLeave = [OnLeaveFitNote] also asks for a fit note, whatever
// the length of the sickness (a common NHS rule): only the days a fit note
// received covers replace the leave. A record over leave must carry its own
// report. The statutory right to take the leave later is HR's to honour; the
// library records the facts.
//
// Tested by: TestABS21_ReportedSicknessReplacesLeave,
// TestABS21_NotReportedStaysLeave, TestABS21_FitNoteReading,
// TestABS21_BankHolidayNotRecredited, TestABS21_SicknessRunsIntoLeave,
// TestABS21_WithdrawalGroundIsAFinding, TestABS21_OverlapsRefused; payroll
// TestABS21_LeaveRecredited, TestABS21_TreatmentsOfReplacedLeave;
// FuzzNewHistory, TestBuilderEqualsNewHistory, TestExtenderEqualsBuilder;
// 21-sickness-during-leave.yaml, 21-sickness-during-leave-fit-note.yaml;
// report TestABS21_SummaryAttention.
//
// # ABS-22: Other work while off sick
//
// Clause: HR14 §5.4.7, Proc 14.
//
// An employee who means to work elsewhere while off sick tells their line
// manager, and a fit note (or the GP) must confirm they are fit to do that
// work. The host records each declaration of secondary employment
// ([OtherWork], Employee.OtherWork): its days, the day it was declared and
// whether a fit note covers it; never the employer or the work. Days off
// sick (the pay view, rest days included) that fall in a declaration no fit
// note covers get a finding for HR ([History.OtherWork]): worded
// neutrally, saying that HR may consider it with the employee and may share
// the information with the Local Counter Fraud Specialist, and that it is
// not a finding of misconduct. The library never concludes that anyone did
// anything wrong, and nothing else changes: the episode counts as usual. A
// declaration without the day it was declared is refused ([ErrOtherWork]).
//
// Reading: "coincide" is a day off sick inside the declaration's period; a
// declaration made after the first such day says so, without comment.
// Sickness that stayed leave (ABS-21) is not sickness and gets none.
//
// Tested by: TestABS22_SicknessInDeclaredWorkIsAFinding,
// TestABS22_DeclaredAfterAndLeave, TestABS22_DeclarationValidated,
// FuzzNoEchoRecording, 22-other-work.yaml; report
// TestABS22_SummaryAttention.
//
// # ABS-23: The expected return date and closing the absence
//
// Clause: HR14 Proc 9, Proc 12; Proc 8 and App 9 for what the expected
// return plans.
//
// When reporting the absence the employee gives the reason and the date they
// expect to return (Proc 9: Record.ExpectedReturn), and on the day they are
// fit they report it (Proc 12: Record.ReportedFit), which closes the
// absence on the day before. [History.Closing] gives, for an episode, the
// expected return of its latest record that gives one, with what it plans:
// an absence expected to last 28 calendar days or more is long term, with
// contact at least fortnightly (ABS-10) and a referral by day 28 (ABS-9),
// which those checks' findings also say; a finding when the employee is
// still absent on the expected date (ask for a new one). A sickness record
// whose end runs on or past the day reported fit gets a finding (the days
// past it should not be sickness), and so does an episode that ended before
// the as-of date on days with no scheduled shift with no day reported fit:
// the rest days may have been added because the absence was not closed
// (Proc 12's example). Both dates are after the record's first day
// ([ErrReversedPeriod] otherwise). A case file's absence with no end date
// closes on the day before the day reported fit.
//
// Reading: the findings are for the manager to correct the record; the
// library never moves a recorded end itself (outside a case file's open
// absence). The rest days are those after the episode's last scheduled
// sickness day.
//
// Tested by: TestABS23_RecordedPastReportedFit,
// TestABS23_EndsOnRestDaysWithoutReportedFit, TestABS23_ExpectedReturn,
// TestABS23_DatesValidated, FuzzNoEchoRecording; casefile
// TestABS23_OpenAbsenceClosedByReportedFit; report
// TestABS23_SummaryAttention.
//
// # ABS-24: Fertility treatment
//
// Clause: HR14 Proc 21 ("Fertility Treatment"), Proc 7; the Equality Act
// 2010 s18 (the protected period: s18(6)(b), "the period of 2 weeks
// beginning with the end of the pregnancy"); the EHRC's guidance on IVF
// (protection "begins when fertilised eggs are implanted … If the
// implantation fails, the protected period … ends two weeks later") and
// Employment Statutory Code of Practice, paragraphs 8.9 and 17.28.
//
// From the dates the host records for each cycle
// ([FertilityTreatment], Employee.FertilityTreatments: the embryo transfer,
// and the day the employee learnt the treatment failed or the pregnancy
// ended), the library works out the protected period
// ([FertilityTreatment.Protected], History.Protected): from the transfer,
// when she is regarded as pregnant, to the last of 14 days beginning with the
// day she learnt it failed (Policy.FertilityProtectedDays); with no end
// recorded, the pregnancy continues and so does the period. Sickness inside
// it is left out of the triggers as pregnancy-related sickness is (ABS-7,
// [CauseFertility], with the treatment's dates and the clause in the
// evidence); it is still sickness for pay, and outside the period sickness
// counts as usual. Appointments for IVF are medical appointments (ABS-7's
// allowance, [Appointment].Fertility); one beyond the allowance is agreed
// between the manager and the employee (Appointment.Agreed), and the
// finding says so or asks for the agreement. A treatment without its
// transfer day is refused ([ErrFertility]), as are treatments out of order
// and an end before the transfer.
//
// Readings: every day of sickness inside the protected period is left out,
// whatever its recorded reason (Proc 21 regards the employee as pregnant
// from implantation, and sickness during treatment is hard to tell apart
// from it). Knob: Policy.Exclude.Fertility = [PregnancyReasonOnly] leaves out
// only sickness recorded as pregnancy-related, as anywhere (s18 protects
// illness suffered as a result of the pregnancy); Policy.Exclude.Pregnancy =
// false turns both off. The two weeks begin with the day the employee learnt
// the treatment failed (s18(6)(b)); a trust reading Proc 21's "2 weeks after"
// sets FertilityProtectedDays to 15. Treatment before the transfer is not
// pregnancy: sickness then counts as usual (it may be sex discrimination to
// treat it less favourably, a matter for HR).
//
// Tested by: TestABS24_ProtectedPeriodLeavesSicknessOut,
// TestABS24_OpenProtectedPeriod, TestABS24_Readings,
// TestABS24_TreatmentsValidated, TestABS24_FertilityAppointments,
// FuzzNoEchoRecording, FuzzNewHistory, TestBuilderEqualsNewHistory,
// TestExtenderEqualsBuilder,
// 24-fertility-treatment.yaml, 24-fertility-treatment-pregnancy-reason.yaml;
// report TestABS24_SummaryAttention, TestSummary_NoHealthText,
// FuzzSummaryNoHealthText.
package absence
