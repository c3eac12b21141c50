// Package pension works out NHS Pension Scheme ill-health retirement the way
// HR14 v16 App 12 (the Ill-health Retirement Factsheet) describes it, for the
// 1995 Section, the 2008 Section and the 2015 Scheme (England and Wales):
//
//   - eligibility and the tier (PEN-1, PEN-2, PEN-3): [Assess] takes a
//     [Member] — dates, membership, pay and the scheme medical adviser's
//     decisions — and returns an [Award] with the Tier 2 enhancement worked out
//     (2/3 of prospective membership to 60 or 65, the 1995 Section's 4-year
//     minimum for membership ending on or before 31 March 2016, the 40- and
//     45-year limits, the part-time reduction, the 2015 Scheme's addition of
//     1/2 × final pensionable earnings ÷ 54 × assumed years, and legacy
//     benefits paid as Tier 1 for members who also have 2015 membership) and
//     the benefits before and after it;
//   - re-employment (PEN-4): [ConvertTier2] finds when a Tier 2 pension is
//     replaced by Tier 1 (earnings over the Lower Earnings Limit in a tax year,
//     or 12 months' NHS re-employment); [Requalify] applies the one-time test
//     to regain Tier 2; [Pensionable] says whether NHS re-employment is
//     pensionable;
//   - abatement (PEN-5): [Abate];
//   - the serious ill-health lump sum (PEN-6): [Exchange];
//   - added years and additional pension bought before retirement (PEN-7):
//     [CreditPurchase];
//   - members who opted out and deferred members (PEN-8), and the reason for
//     leaving, which must be ill-health (PEN-9): Member.Status,
//     Member.BenefitsFrom and Member.Leaving, assessed by [Assess].
//
// # Membership
//
// Membership is a [Membership]: a whole number of days, with a year of 365
// days, so "8 years" and "3 years 121 days" are exact. A length between two
// dates is whole calendar years from anniversary to anniversary plus the days
// left over ([Between]). A fraction of a membership is rounded down to a whole
// day, so no rule ever credits a member with a part day it does not give.
//
// # Dates
//
// A member retires from the day after Member.LastDay; prospective membership
// runs from that day to the day before the normal pension age birthday, so a
// member whose last day is the day before their 48th birthday has exactly 12
// years to 60. Ages are whole years on a given day. Someone born on 29 February
// reaches an age on 28 February in other years, which never lengthens
// prospective membership. Every "within 12 months" and "more than 12 months" is
// counted to the same day of the month 12 months on ([absence.Date.AddMonths]),
// and each function's documentation says which side of that day counts.
//
// # Money
//
// Amounts are decimal.Decimal pounds. Each figure is worked out exactly from
// the inputs and rounded once, to the penny, half up; a total of figures is the
// exact sum of the rounded figures, so every explanation adds up.
//
// # Figures and readings
//
// Every figure (ages, fractions, limits, periods, exchange rates, the LEL by tax
// year) lives in a [Policy]; [HR14] gives the NHS values. Where the sources
// leave the method open the choice is a documented knob: [PartTimeMethod]
// (UNCONFIRMED) and [RequalifyStart]. The 2015 Scheme formula follows the
// Northern Ireland regulation; the England and Wales text is UNCONFIRMED.
//
// Every result carries findings ([absence.Finding]) citing the rule ID
// (PEN-1 … PEN-9) and the clause of HR14 App 12 or the NHSBSA source, in words
// an HR manager can quote. The package does no I/O and keeps no state.
//
// # Rules
//
// This documentation is the project's rule catalogue for ill-health
// retirement: PEN-1 … PEN-9, from HR14 App 12 (the Ill-health Retirement
// Factsheet, "App 12" below) and, for figures it does not state, the NHS
// Pension Scheme regulations and NHSBSA guidance. Each rule gives its clause,
// the rule in the project's own words, the reading chosen where the sources
// leave the method open (and the [Policy] field that selects another) and the
// tests that prove it. The dates and money conventions are those above and of
// package absence.
//
// # PEN-1: Who qualifies for an ill-health pension
//
// Clause: HR14 App 12, Qualifying conditions; App 14.
//
// A member with at least 2 years' qualifying service who leaves because of
// permanent ill-health may be paid an ill-health pension when the scheme's
// medical adviser accepts that they are permanently incapable of their
// current NHS job (Tier 1). Tier 2 needs, in addition, permanent incapacity
// for regular employment of like duration, whatever work is actually
// available. A decision of Tier 2 without Tier 1 is refused as inconsistent.
//
// Readings: qualifying service is the host's figure when given; otherwise
// the membership, with legacy part-time service counted at its full length,
// not its whole-time equivalent. Retirements before 1 April 2008, under the
// older ill-health rules, are refused ([ErrBeforeTiers]).
//
// Tested by: TestPEN1_QualifyingService, TestPEN1_PartTimeQualifyingService,
// TestPEN1_QualifyingAcrossSchemes, TestPEN1_MedicalDecisions,
// TestPEN1_Tier2WithoutTier1, TestPEN1_BeforeNormalPensionAge,
// TestPEN1_InvalidInput.
//
// # PEN-2: Tier 1 pays the benefits earned, unreduced
//
// Clause: HR14 App 12, Benefits (Tier 1).
//
// A Tier 1 pension is the retirement benefits earned to the last day of
// membership, paid at once without any reduction for early payment: in the
// 1995 Section 1/80 of pensionable pay for each year with a lump sum of 3
// times the pension, in the 2008 Section 1/60, and in the 2015 Scheme the
// pension built up.
//
// Tested by: TestPEN2_Tier1EarnedBenefitsOnly, TestPEN2_RoundedOnce,
// TestPEN2_NoPayNoBenefits, TestPEN2_Scheme2015Tier1, ExampleAssess.
//
// # PEN-3: Tier 2 adds two thirds of the membership to come
//
// Clause: HR14 App 12, Benefits (Tier 2) and its examples; NHSBSA guidance for
// the membership limits and the 2015 Scheme.
//
// A Tier 2 pension is Tier 1 enhanced by two thirds of the prospective
// membership: the membership the member would have had from retiring to
// normal pension age (60 in the 1995 Section, 65 in the 2008 Section). A 1995
// Section member whose membership ended on or before 31 March 2016 gets at
// least 4 years, but never more than the membership they could have reached
// by 60. Part-time service reduces the enhancement. In the 2015 Scheme the
// enhancement is an addition to the pension worked out from final
// pensionable earnings. App 12's four examples, all of full-time members:
//
//	section  normal age  age  actual  enhancement            total
//	1995     60          48   28 y    8 y (2/3 of 12)        36 y
//	1995     60          55   30 y    4 y (the minimum)      34 y
//	2008     65          56   10 y    6 y (2/3 of 9)         16 y
//	2008     65          41    3 y    16 y (2/3 of 24)       19 y
//
// Readings: membership is whole days with a 365-day year, whole anniversary
// years plus the days left over, and a fraction of it is rounded down to a
// whole day, so no member is credited with a part day. The steps are taken in
// this order: two thirds of the prospective membership; the 1995 minimum (the
// lesser of 4 years and the membership reachable by 60); the part-time
// reduction; then the limits of total membership (45 years; in the 1995
// Section also 40 years at the earlier of age 60 and 1 April 2008). The 2015 Scheme adds ½ × final pensionable earnings ÷ 54 ×
// the assumed years; a member with both legacy and 2015 membership has the
// legacy benefits paid as Tier 1. The part-time method is UNCONFIRMED: by
// default the enhancement is multiplied by the credited membership over the
// same service counted whole-time; knob: Policy.PartTime =
// [PartTimeFinalFTE] uses the whole-time equivalent of the last employment.
// The 2015 formula follows the Northern Ireland regulation; the England and
// Wales text is UNCONFIRMED.
//
// Tested by: TestPEN3_WorkedExamples, TestPEN3_WorkedExamplesAward,
// TestPEN3_WorkedExampleBenefits, TestPEN3_1995Minimum, TestPEN3_2008NoMinimum,
// TestPEN3_MembershipLimits, TestPEN3_PartTime, TestPEN3_PartTimeAfterMinimum,
// TestPEN3_Scheme2015Formula, TestPEN3_Mixed, TestPEN3_Invariants,
// ExampleAssess_mixed, 11-pension-tier2.yaml.
//
// # PEN-4: Re-employment after a Tier 2 pension
//
// Clause: HR14 App 12, Re-employment; NHS Pension Scheme 2008 regulation 2.G.4.
//
// A Tier 2 pension is replaced by Tier 1 from the next pension payment date
// after the member's earnings exceed the Lower Earnings Limit in a tax year,
// or after 12 months' re-employment in the NHS, whichever comes first
// ([ConvertTier2]). The member may regain Tier 2 once if they are under
// normal pension age, their employment ends within 12 months, and the
// medical adviser accepts they again meet the Tier 2 condition
// ([Requalify]). Whether NHS re-employment is pensionable depends on the
// section: in the 1995 Section, under 50 at return for a Tier 1 pension and
// under 49 for Tier 2; in the 2008 Section, under 75, under 45 years'
// membership and not having commuted the pension for a lump sum
// ([Pensionable]).
//
// Readings: the LEL test is the annual limit (52 × the weekly figure),
// earnings added up to each payment date, strictly more; a tax year with no
// figure is an error. "After 12 months' re-employment" is from the first
// anniversary of re-entry, the pension converting from the first payment
// date after it; an NHS re-employment that ended before its anniversary does
// not count. Payment dates are the host's, and "next" means strictly after.
// The 12 months to regain Tier 2 run from the day the substitute Tier 1
// pension became payable, as App 12 says; knob: Policy.Reemployment.
// RequalifyFrom = [FromExceedingLEL] follows the NHSBSA summary instead.
//
// Tested by: TestPEN4_EarningsOverLEL, TestPEN4_NHSAnniversary,
// TestPEN4_NotConverted, TestPEN4_UnknownTaxYear, TestPEN4_PaymentDates,
// TestPEN4_Requalify, TestPEN4_Pensionable, ExampleConvertTier2,
// ExampleRequalify, ExamplePensionable, FuzzConvertTier2.
//
// # PEN-5: Abatement
//
// Clause: HR14 App 12, Abatement.
//
// When a member returns to NHS work before normal pension age and their new
// earnings plus the unearned part of the ill-health pension exceed their
// earnings before retirement, the pension is reduced by the excess, but by no
// more than the unearned part. Abatement ends at normal pension age
// ([Abate]).
//
// Reading: the actuarial part of the unearned portion is supplied by the
// host.
//
// Tested by: TestPEN5_Abatement, TestPEN5_InvalidAbatement,
// TestPEN5_FromAnAward, ExampleAbate.
//
// # PEN-6: Serious ill-health lump sum
//
// Clause: HR14 App 12, If a member is seriously ill.
//
// A member who is seriously ill may exchange the whole pension for a lump
// sum: £12 for each £1 of pension up to the maximum permitted lump sum, and
// £5 for each £1 beyond it ([Exchange]). The maximum is the host's figure.
//
// Tested by: TestPEN6_Exchange, ExampleExchange.
//
// # PEN-7: Added years and additional pension
//
// Clause: HR14 App 12, If they are paying additional contributions.
//
// Added years or additional pension being bought when the member retires on
// ill-health grounds are credited in full if the contributions had been paid
// for more than 12 months (or the lump-sum purchase made more than 12 months
// before); otherwise the purchase is void and the payments are refunded
// ([CreditPurchase]).
//
// Reading: "more than 12 months" means an application after the same day
// 12 months on.
//
// Tested by: TestPEN7_Purchases, TestPEN7_InvalidPurchase, ExampleCreditPurchase.
//
// # PEN-8: Members who opted out and deferred members
//
// Clause: HR14 App 12, Qualifying conditions and Benefits (Tier 1).
//
// Besides current members, two others may be paid ill-health benefits. A
// member who chose to leave the scheme but still works in the NHS, with at
// least 2 years' scheme membership, qualifies as a current member does, the
// pension paid once the NHS employment ends. A former member who no longer
// works in the NHS, with at least 2 years' deferred membership, may have the
// deferred benefits paid early if the scheme medical adviser accepts that
// they are permanently incapable of earning an income by doing regular
// work: Tier 1 (the benefits earned, unreduced), never Tier 2, which is for
// scheme members; they apply to NHS Pensions on form AW240. Member.Status
// says which route applies, Member.BenefitsFrom is the first day of the
// pension, and Medical.RegularWork is the deferred member's test; a test
// that does not fit the route is refused as inconsistent.
//
// Readings: the first day of the pension, the normal pension age test and
// the 1 April 2008 start of the tiers are taken at Member.BenefitsFrom for
// these members, so a deferred member who left before 2008 may still be
// assessed. A member who opted out is assessed on both tiers, the
// prospective membership counted from the first day of the pension, as for
// a current member: UNCONFIRMED (App 12 does not say whether Tier 2 is open
// to them); knob: Policy.OptedOutTier1Only gives them Tier 1 at most.
//
// Tested by: TestPEN8_DeferredMember, TestPEN8_OptedOut,
// TestPEN8_InvalidRoute, TestPEN8_PEN9_JSON, FuzzAssessRoute,
// TestWriteText_InjuryClaimAndPensionRoute, 17-pension-deferred-and-opted-out.yaml.
//
// # PEN-9: Only leaving because of ill-health supports a claim
//
// Clause: HR14 App 12, Qualifying conditions; App 14 ("Employee is pursuing
// Ill Health Retirement").
//
// A member applying for an ill-health pension must be leaving work because
// of permanent ill-health; a member dismissed for any other reason cannot
// qualify. Dismissal because of unsatisfactory attendance due to sickness
// does not by itself lead to a pension: the scheme medical adviser's
// decision does. Given the reason for leaving (Member.Leaving), the
// assessment refuses a dismissal for a reason other than ill-health
// capability, or leaving for another reason, as its first finding, and
// notes what an attendance dismissal or an ill-health leaving means.
//
// Readings: a reason not recorded changes nothing (the host has not said).
// A deferred member's reason for leaving long ago does not affect the
// deferred route (App 12 sets no such condition for it), which a finding
// says. The reason is the host's: package pension does not read the case's
// formal stages; stages.State.Leaving gives it from the case's events
// (STAGE-22), and the report assesses that one when the case file gives
// none.
//
// Tested by: TestPEN9_ReasonForLeaving, TestPEN9_OptedOutAndDeferred,
// FuzzAssessRoute, 18-pension-dismissed-other-reason.yaml.
package pension
