// Package payroll works out what HR14 (the NHS Sickness Absence Management
// Policy, v16) and the terms it relies on mean for pay, exactly, in decimal,
// with every figure explained.
//
// It builds on the episodes of package absence (their pay view: the days that
// are sickness for sick pay) and covers the PAY rules of the project's rule
// catalogue:
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
//     (Policy.InjuryAllowance, PAY-3);
//   - annual leave during sickness: accrual, statutory carry-over and its
//     expiry, and payment on an ill-health termination (Policy.Leave, PAY-9).
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
//     up to the penny, as HMRC does (FACTS.md);
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
// Results carry absence.Finding values citing the rule ID (PAY-1 … PAY-10) and
// the clause: "Proc" is HR14's NOTIFICATION, RECORDING AND CERTIFICATION
// procedure, "SAP" its SICKNESS ABSENCE PROCEDURES, "§" the policy body,
// "AfC" the NHS Terms and Conditions of Service handbook, "SSCBA" the
// Social Security Contributions and Benefits Act 1992 and "SSP (General)
// Regulations 1982" the Statutory Sick Pay (General) Regulations 1982 (SI
// 1982/894).
//
// The package does no I/O and keeps no state: every function is pure.
package payroll
