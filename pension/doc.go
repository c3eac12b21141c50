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
//     [CreditPurchase].
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
// (PEN-1 … PEN-7) and the clause of HR14 App 12 or the NHSBSA source, in words
// an HR manager can quote. The package does no I/O and keeps no state.
package pension
