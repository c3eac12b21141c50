// Package payroll works out what HR14 (the NHS Sickness Absence Management
// Policy, v16) and the terms it relies on mean for pay, exactly, in decimal,
// with every figure explained.
//
// It builds on the episodes of package absence (their pay view: the days that
// are sickness for sick pay) and covers PAY-1 … PAY-14 of the project's rule
// catalogue (below):
//
//   - occupational sick pay under Agenda for Change Section 14: the full-pay
//     and half-pay days available at the first day of an absence, less sick
//     pay paid in the 12 months before it, and a day-by-day status
//     (Policy.SickPay, PAY-8);
//   - Statutory Sick Pay: periods of incapacity for work, linking, qualifying
//     and waiting days, the rule change of 6 April 2026, the 28-week maximum
//     and HMRC's rounding (Policy.SSP, PAY-8); where SSP is not payable or
//     stops (low earnings, 28 weeks, the 3-year limit, the end of
//     employment) and when form SSP1 is due (SSPExclusion); average weekly
//     earnings from pay dates and amounts (Earnings.Average); and
//     occupational sick pay shown as SSP plus the employer's top-up
//     (Policy.Statement);
//   - what each day of a history means for pay: part days paid as worked,
//     pay withheld for days without a timely certificate, unauthorised
//     absence, cosmetic surgery, medical exclusion (Policy.Treatments, PAY-1,
//     PAY-4 … PAY-7) and hospital appointments (Policy.Appointments, PAY-10);
//   - phased returns (Policy.PhasedReturn, PAY-2);
//   - Injury Allowance under Agenda for Change Section 22
//     (Policy.InjuryAllowance, PAY-3), and the claim behind it: the
//     incident report and evidence, the decision and the day payment
//     commences, the benefits declared and any overpayment to recover
//     (InjuryInput.Claim, PAY-11 … PAY-14);
//   - annual leave during sickness: accrual, statutory carry-over and its
//     expiry, and payment on an ill-health termination (Policy.Leave, PAY-9).
//
// It also works out the pay of the first pay period in a new post after
// redeployment from the redeployment register, on the new post's own terms
// with no protection of pay (Policy.RedeploymentPay, HR14 App 3): the rule
// is STAGE-20 of package stages, which records the internal transfer.
//
// # Figures and dates
//
// Every figure from outside the policy (SSP rates, the Section 14 scale, the
// Injury Allowance terms, leave entitlements) is a dated parameter: a value
// with the day it came into force, the day it stopped (if any) and its source,
// held in a [Table] and looked up by date. A date no entry covers is an error
// wrapping [ErrNoParameter], never a guess. [England] returns fresh tables;
// a host replaces or extends them in its [Policy] value.
//
// # Money and rounding
//
// Money is decimal.Decimal throughout; no float is used and no
// package-level setting of shopspring/decimal (DivisionPrecision, the JSON
// settings) is relied on. A figure that needs a division (average weekly
// earnings, a share of a pay period or a leave year) is worked out from the
// exact quotient and rounded once, when it is reported:
//
//   - amounts of money: to the penny, half-up;
//   - SSP: the daily rate is the weekly rate divided by the qualifying days of
//     that week, truncated to 4 decimal places, and each week's SSP is rounded
//     up to the penny, as HMRC does (GOV.UK's SSP calculator,
//     alphagov/smart-answers statutory_sick_pay_calculator.rb);
//   - days of leave: to 2 decimal places, half-up.
//
// Weeks of SSP paid (SSPExclusion.Weeks, for form SSP1) are given to 2
// decimal places, half-up (SSP (General) Regulations 1982 reg 6).
//
// A total is the exact sum of the rounded figures it adds up, so every
// statement adds up to the penny. Quotients reported only for the record
// (PIW.AWE, SSPDay.Weekly under the 80% cap, InjuryPayment.Share) are given
// to 16 decimal places.
//
// # Citations
//
// Results carry absence.Finding values citing the rule ID (PAY-1 … PAY-14) and
// the clause: "Proc" is HR14's NOTIFICATION, RECORDING AND CERTIFICATION
// procedure, "SAP" its SICKNESS ABSENCE PROCEDURES, "§" the policy body,
// "AfC" the NHS Terms and Conditions of Service handbook, "SSCBA" the
// Social Security Contributions and Benefits Act 1992 and "SSP (General)
// Regulations 1982" the Statutory Sick Pay (General) Regulations 1982 (SI
// 1982/894).
//
// The package does no I/O and keeps no state: every function is pure.
//
// # Rules
//
// This documentation is the project's rule catalogue for pay: PAY-1 …
// PAY-14, each with its clause, the rule in the project's own words, the
// reading chosen where the sources are open (and the [Policy] field that
// selects another) and the tests that prove it. The days a pay rule works on
// come from package absence (the ABS rules and the Conventions); the worked
// examples are in package triggers.
//
// # PAY-1: A part day is paid as worked
//
// Clause: HR14 Proc 5, Proc 6.
//
// A day on which the employee came in and went home ill is paid as a day
// worked, whether or not it counts for triggers (ABS-3): nothing goes on the
// payroll documents and it is not a day of sick pay. If they are off the next
// day, sick pay starts that day.
//
// Tested by: TestPAY1_PartDayNotSickPay, TestPAY_Treatments, worked example 5.
//
// # PAY-2: Phased return
//
// Clause: HR14 §22.2, §22.4, §22.5.
//
// An employee returning on a phased basis is recorded as back at work, not
// sick, and is paid normally for a phased return of between a day and 4
// weeks, working no additional hours outside the plan. In exceptional cases
// the phased return may be extended by up to 4 more weeks, with the advice of
// the employee's physician and Occupational Health's reasons; the hours not
// worked during the extension come from annual leave or lieu time
// ([Policy.PhasedReturn]).
//
// Reading: the extension's hours come from annual leave first, then lieu
// time, in the order §22.5 names them; knob: Policy.Draw = [LieuFirst].
// Policy.PhasedWeeks and ExtensionWeeks hold the 4 weeks.
//
// Tested by: TestPAY2_FourWeeks, TestPAY2_Extension, TestPAY2_Errors,
// ExamplePolicy_PhasedReturn, FuzzPhasedReturn.
//
// # PAY-3: Injury Allowance
//
// Clause: HR14 §20; Agenda for Change Section 22.
//
// For an absence, or a phased return on reduced pay, that the employer
// decides is wholly or mainly attributable to NHS employment, the Injury
// Allowance tops up sick pay (or reduced earnings) and contributory state
// benefits to 85% of pay. It is paid for up to 12 months per episode, never
// beyond the end of the employment contract, and needs no qualifying
// service ([Policy.InjuryAllowance]).
//
// Reading: a pay period that crosses the 12-month limit or the end of the
// employment is shared out by calendar days; a period before the episode's
// first day gets none. The eligibility decision is the host's
// (InjuryInput.Attributable).
//
// Tested by: TestPAY3_WorkedExample10, TestPAY3_TwelveMonthCutOff,
// TestPAY3_Window, TestPAY3_PhasedReturnAndEligibility, TestPAY3_Errors,
// TestPAY3_EmploymentEndedBeforeEpisode,
// ExamplePolicy_InjuryAllowance, worked example 10.
//
// # PAY-4: Pay withheld for days without a timely certificate
//
// Clause: HR14 Proc 14.
//
// Sickness not covered by a certificate received in time (ABS-4) is not paid
// until a certificate is produced and the delay reasonably explained; the pay
// is then released. A withdrawal of self-certification reaches only sickness
// starting while it is in force (ABS-4), so pay is never withheld for days
// properly self-certified before it.
//
// Tested by: TestPAY4_StatementWithheld, TestPAY4_UncoveredPartDay,
// TestPAY4_WithdrawalOfSelfCertificationIsNotRetroactive, TestPAY_Treatments.
//
// # PAY-5: Unauthorised absence
//
// Clause: HR14 Proc 2.
//
// An absence that was not reported as the notification arrangements require
// is unauthorised (ABS-5): it is not sickness and earns no sick pay, and the
// manager, after taking HR's advice, may tell payroll to suspend pay.
//
// Reading: pay is suspended only when the host records that the manager did
// so after HR advice; until then the days show as unauthorised.
//
// Tested by: TestPAY_Treatments, TestPAY_TreatmentErrors,
// ExamplePolicy_Treatments.
//
// # PAY-6: Cosmetic surgery that is not medically required
//
// Clause: HR14 Proc 21.
//
// Time off for cosmetic or private surgery that is not medically required is
// annual leave, not sick leave, and earns no sick pay (ABS-7). Medically
// required cosmetic surgery is ordinary sickness.
//
// Tested by: TestPAY6_CosmeticSurgeryIsNotSickness.
//
// # PAY-7: Medical exclusion is paid
//
// Clause: HR14 Proc 19.
//
// Staying off work for infection control after the symptoms have ended is
// medical exclusion: paid normally, not sick leave, and not counted against
// sick pay entitlement (ABS-7).
//
// Tested by: TestPAY_Treatments, ExamplePolicy_Treatments.
//
// # PAY-8: Sick pay entitlement
//
// Clause: Agenda for Change Section 14 (14.1, 14.3, 14.7); Statutory Sick Pay
// (SSCBA 1992 Part XI, as amended from 6 April 2026).
//
// Occupational sick pay is a number of months on full pay and on half pay,
// set by the reckonable service completed on the first day of the absence
// (1 + 2 months in the first year of service, rising to 6 + 6 after 5
// years), less the sick pay, full and half separately, paid in the 12 months
// before that day. Day by day the absence is paid at full pay while full-pay
// days last, then half pay, then nil; sick pay ends with the employment
// ([Policy.SickPay], [Policy.SickPays]). Statutory Sick Pay is the floor:
// periods of incapacity for work, linking, qualifying and waiting days, the
// 28-week maximum and the change of 6 April 2026 ([Policy.SSP]).
// Occupational sick pay includes SSP; a statement shows it as SSP plus the
// employer's top-up ([Policy.Statement]). Every figure is a dated parameter.
// Before 6 April 2026 average weekly earnings below the lower earnings limit
// mean no entitlement at all (no waiting days), said first; entitlement ends
// after 28 weeks of SSP, 3 years after the linked period began (SSP (General)
// Regulations 1982 reg 3(3)) or with the employment; each gives an
// [SSPExclusion] with the day form SSP1 is due (reg 15). Average weekly
// earnings come from the host's totals or from pay dates and amounts, the
// relevant period found as reg 19 and HMRC's manual say ([Earnings.Average]).
//
// Readings: months of sick pay become days as calendar months from the first
// day of sick pay; knob: Policy.Months = [ThirtyDayMonths] or
// [WorkingDayMonths]. Whether half pay is reinstated is never decided by the
// library: the host gives the first day (SickPayInput.ReinstateHalfPayFrom).
// A period of incapacity across 6 April 2026 is refused ([ErrStraddle]);
// knob: Policy.Straddle = [StraddleByDay] applies to each day the rules in
// force on it. Periods either side of 6 April 2026 that link are one linked
// period, each day under its own rules. A week with no qualifying day pays
// the whole weekly rate on the Wednesday. 80% of average weekly earnings is
// compared and divided exactly; only the daily rate is truncated (to 4
// decimal places) and each week rounded up to the penny. The employer pays at
// least SSP on every day of sick pay.
//
// Tested by: TestPAY8_ScaleBoundaries, TestPAY8_LookBack,
// TestPAY8_WorkRelatedLookBack, TestPAY8_MonthRules, TestPAY8_EndsWithEmployment,
// TestPAY8_ReinstatementHook, TestPAY8_DayByDay, TestPAY8_SSPLinking,
// TestPAY8_SSPFrom2026, TestPAY8_SSPStraddle, TestPAY8_SSPLinkAcross2026,
// TestPAY8_SSPMaximum, TestPAY8_SSPNoQualifyingDayInWeek,
// TestPAY8_StatementSSPFloor, TestPAY8_SSPProperties, ExamplePolicy_SickPay,
// ExamplePolicy_SSP, ExamplePolicy_Statement, 13-sick-pay.yaml,
// TestPAY8_ThreeYearLimit, TestPAY8_LowEarningsNoEntitlement,
// TestPAY8_LowEarningsAcross2026, TestPAY8_MaximumSSP1,
// TestPAY8_SSPExclusions, TestPAY8_AverageWeeklyEarnings,
// TestPAY8_CalendarMonths, TestPAY8_PayHistoryServesEveryPIW,
// TestPAY8_GOVUKCalculatorArtefacts, ExampleEarnings_Average,
// ExamplePolicy_SSP_lowEarnings.
//
// # PAY-9: Annual leave during sickness
//
// Clause: HR14 §22.2, Proc 15, SAP 1.5.2.
//
// Annual leave accrues during sickness. When sickness lasting all or most of
// the leave year prevented the employee from taking their leave, only the
// statutory leave (Working Time Regulations: at most 20 days, pro rata, less
// leave already taken) is carried over, and it must be used within 18 months
// of the end of the leave year it was earned in. On an ill-health
// termination the accrued, untaken leave of the current leave year is paid
// (STAGE-6) ([Policy.Leave]).
//
// Readings: leave is pro rata by FTE and days employed, and the service band
// is the one reached on the first day employed in the leave year. Whether
// sickness prevented the leave is the host's decision
// (LeaveInput.SicknessPrevented); the days of sickness are given as evidence.
//
// Tested by: TestPAY9_CarryOver, TestPAY9_IllHealthTermination,
// TestPAY9_LeaveBands, TestPAY9_Errors, ExamplePolicy_Leave.
//
// # PAY-10: Hospital and clinic appointments
//
// Clause: HR14 Proc 7.
//
// An appointment is paid time when it is granted without payback (outside
// the employee's control, within the allowance of ABS-7), and time owing
// otherwise ([Policy.Appointments]).
//
// Tested by: TestPAY10_Appointments, ExamplePolicy_Appointments.
//
// # PAY-11: An Injury Allowance claim rests on the incident report and the evidence
//
// Clause: HR14 §20 and its App 4 claim form; AfC 22.5.
//
// After an accident or adverse incident, an accident/adverse incident form
// is completed immediately. To decide a claim the line manager obtains the
// accident reports, the Occupational Health reports, the job description
// (with the location of work, the duties and training records), the absence
// record and the employee's full statement of events, and may add
// supporting evidence (witness statements, DWP benefit statements, health
// and safety reports, correspondence). The employee provides the relevant
// information they have or can reasonably obtain, medical evidence
// included. A claim ([InjuryClaim]) records the incident with its form's
// reference and the evidence asked for and held, by category and date;
// while the decision is awaited, each item not held is a step for the line
// manager (for the employee, their statement and medical evidence), and a
// decision made without an item is a finding, never a refusal.
//
// Readings: "immediately" is by the day after the incident
// (Policy.Injury.ReportDays = 1; 0 asks for the same day); a later form is a
// finding. The evidence asked for is Policy.Injury.Evidence: the five items
// §20 names, the accident report only when an incident is recorded; the
// supporting evidence ("for example") and the employee's medical evidence
// are recorded when given, never asked for. A reference has at least one
// digit and no spaces, so that words typed into it, which could be a health
// detail, are refused without being quoted.
//
// Tested by: TestPAY11_IncidentReport, TestPAY11_Evidence,
// TestPAY11_InvalidRecords, TestPAY11_PAY13_JSONRoundTrip, FuzzInjuryClaim,
// FuzzInjuryClaimNoEcho,
// ExamplePolicy_InjuryAllowance_awaitingDecision.
//
// # PAY-12: The decision on attributability and the day payment commences
//
// Clause: HR14 §20 and its App 4 claim form; AfC 22.4.
//
// The line manager, with advice and support from HR, decides on the balance
// of probability whether the absence is wholly or mainly attributable to
// NHS employment and, if it is, when payment of Injury Allowance commences,
// which App 4 records apart from the first day of absence. Until then
// nothing is paid and deciding is a step for the line manager. The decision
// ([InjuryDecision]) records who decided as a role, the date, the date of
// HR's advice and the day payment commences; a decision by someone other
// than the line manager, or without HR advice recorded or before it, is a
// finding. Nothing is paid before the day payment commences. An employee
// who disagrees with the decision has it dealt with under the trust's
// Grievance and Disputes Policy (HR03): a finding, not a step of this
// policy.
//
// Readings: with no commencement day recorded the allowance is worked out
// from the first day of the episode, with a finding and a step to record it.
// The 12 months per episode run from the first day of the episode, so a
// later commencement shortens the time paid; knob: Policy.Injury.WindowFrom
// = [FromPaymentStart] counts them from the day payment commences. A pay
// period recorded as paid before the decision, or without an attributable
// one, is refused.
//
// Tested by: TestPAY12_AwaitingDecision, TestPAY12_Decision,
// TestPAY12_NotAttributable, TestPAY12_PaymentCommences,
// TestPAY12_DisputeGoesToGrievance, TestPAY12_InvalidDecision,
// TestPAY12_PaidOnlyAfterAnAttributableDecision, TestPAY12_PolicyKnobs,
// 16-injury-allowance-claim.yaml.
//
// # PAY-13: Benefits are claimed and declared
//
// Clause: HR14 §20.
//
// Anyone receiving Injury Allowance is expected to claim every state benefit
// they may be eligible for, and to keep the trust informed of the benefits
// received and those applied for, sending the benefit statements to payroll.
// A claim records each benefit declared ([BenefitDeclaration]): applied
// for, received (the amount and the days it covers) or refused, with the
// day it was applied for and the day it was declared. A contributory benefit
// received is counted in the allowance; any other is recorded only. With
// none declared while the allowance is paid, and for each benefit whose
// outcome is awaited, there is a step for the employee.
//
// Readings: a benefit received is shared out over the pay periods by
// calendar days, exactly, and each allowance is rounded once. Which
// benefits count as contributory is the host's choice, by the kind it
// records. Benefits received are given either on the pay periods or on the
// claim, never both.
//
// Tested by: TestPAY13_BenefitsDeclared, TestPAY13_SharedOutExactly,
// TestPAY13_InvalidDeclarations, TestPAY11_PAY13_JSONRoundTrip,
// FuzzInjuryClaim.
//
// # PAY-14: Overpayment when benefits are declared late
//
// Clause: HR14 §20.
//
// A benefit declared after the pay period it covers was paid means the
// Injury Allowance paid was too high; the overpayment is recovered. For
// each pay period paid (InjuryPeriod.PaidOn), what was paid is worked out
// with the benefits declared by the pay day, and what was due with all the
// benefits received; the difference is the overpayment, and recovering it
// is a step for payroll. §20 also says the trust regards a failure to
// declare benefits received as fraud: the finding says that this is for HR
// to consider, and hr14 draws no conclusion.
//
// Readings: each amount, paid and due, is rounded once to the penny,
// half-up, and the overpayment is their difference, so it is exact; a
// benefit declared on the pay day was known when paying. What was paid is
// what these rules gave with what was known then; the host's payroll
// records are not consulted.
//
// Tested by: TestPAY14_LateDeclarationOverpayment, TestPAY14_RoundedOnce,
// FuzzInjuryClaim, ExamplePolicy_InjuryAllowance_overpayment,
// TestWriteText_InjuryClaimAndPensionRoute, 16-injury-allowance-claim.yaml.
package payroll
