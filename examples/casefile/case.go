package casefile

import (
	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
)

// A Case is one employee's sickness absence case as a case file holds it:
// the employee and their schedule, the absence records, the formal
// procedure's events so far, the policy with any knobs changed, the date to
// evaluate as of, and the pay and pension facts that apply.
//
// Field names are those of the case file (CASEFILE.md), the same in YAML and
// JSON. Where the hr14 library already has a JSON form for a value (a
// stages.Event, an absence.Certificate, a payroll.InjuryInput, a
// pension.Member) the case file uses it unchanged.
type Case struct {
	// Name labels the case in reports and test output.
	Name string `json:"name,omitempty"`
	// Description is free text for the reader; it is never printed.
	Description string `json:"description,omitempty"`
	// Policy names the policy and changes its knobs; empty means HR14 v16.
	Policy Policy `json:"policy"`
	// AsOf is the date the case is evaluated as of: nothing after it is
	// seen. Required.
	AsOf absence.Date `json:"asOf"`

	Employee Employee  `json:"employee"`
	Absences []Absence `json:"absences,omitempty"`
	// Appointments are the employee's hospital and clinic appointments in
	// working time (ABS-7, Proc 7; for fertility treatment ABS-24, Proc 21),
	// each decided as of the date.
	Appointments []absence.Appointment `json:"appointments,omitempty"`
	// Adjustment raises the employee's trigger thresholds as a reasonable
	// adjustment (App 3).
	Adjustment *triggers.Adjustment `json:"adjustment,omitempty"`
	// Events are the formal procedure's events so far, in date order (the
	// stages package's JSON form).
	Events []stages.Event `json:"events,omitempty"`

	// Pay holds what sick pay and Injury Allowance need; nil: not worked out.
	Pay *Pay `json:"pay,omitempty"`
	// Pension is the scheme member for an ill-health retirement assessment;
	// nil: not assessed.
	Pension *pension.Member `json:"pension,omitempty"`
	// Letter holds the host's details for the case's letters (the
	// letterhead, names and addresses, who attends, the reasons for a
	// decision); nil: no letter can be written.
	Letter *Letter `json:"letter,omitempty"`
	// WhatIf asks what hypothetical absences would do, and for the forward
	// calendar of the trigger points (issue 19); nil: not asked.
	WhatIf *WhatIf `json:"whatIf,omitempty"`

	src *source // where each field came from, for errors; nil if not decoded
}

// An Employee is the person the case is about.
type Employee struct {
	// ID is the host's identifier, quoted in reports and errors.
	ID string `json:"id,omitempty"`
	// FTE is the whole-time equivalent, more than 0 and at most 1.
	FTE decimal.Decimal `json:"fte"`
	// StandardDayHours is a standard working day in hours (pro rata by
	// hours, TRIG-2/TRIG-4).
	StandardDayHours decimal.Decimal `json:"standardDayHours"`
	// Schedule is what the employee is scheduled to work.
	Schedule Schedule `json:"schedule"`
	// SelfCertification are the Trust's decisions to withdraw the right to
	// self-certify, or to restore it, in date order, each with the day it
	// takes effect and the day HR advised (ABS-4, Proc 13): sickness
	// starting while a withdrawal is in force needs a fit note from day 1.
	// It replaces the flag selfCertificationWithdrawn, which had no date
	// and is refused ([replacedField]).
	SelfCertification []absence.SelfCertificationDecision `json:"selfCertification,omitempty"`
	// OtherWork are the employee's declarations of secondary employment,
	// each with its days, the day declared and whether a fit note covers
	// it (ABS-22, §5.4.7, Proc 14).
	OtherWork []absence.OtherWork `json:"otherWork,omitempty"`
	// FertilityTreatments are the employee's fertility treatment cycles, in
	// order, each with the day of embryo transfer and the day the employee
	// learnt it failed or the pregnancy ended (ABS-24, Proc 21).
	FertilityTreatments []absence.FertilityTreatment `json:"fertilityTreatments,omitempty"`
}

// A Schedule is an employee's working pattern, given one way only: a weekly
// mask (Week with Hours), hours per weekday (Days), or a dated Roster.
type Schedule struct {
	// Week is a Monday-first mask of 7 characters, a letter for a worked
	// day and '.' for a day off: "MTWTF.." is Monday to Friday.
	Week string `json:"week,omitempty"`
	// Hours is the length of each worked day of Week.
	Hours *decimal.Decimal `json:"hours,omitempty"`
	// Days gives the hours of each weekday; a day left out is a day off.
	Days *WeekDays `json:"days,omitempty"`
	// Night: the shifts of Week or Days are night shifts (ABS-5).
	Night bool `json:"night,omitempty"`
	// BankHolidaysOff: England and Wales bank holidays are days off (a
	// weekly pattern only).
	BankHolidaysOff bool `json:"bankHolidaysOff,omitempty"`
	// Roster is an explicit list of dated shifts; every other day is off.
	Roster []absence.RosterShift `json:"roster,omitempty"`
}

// WeekDays are the hours worked on each weekday; nil is a day off.
type WeekDays struct {
	Mon *decimal.Decimal `json:"mon,omitempty"`
	Tue *decimal.Decimal `json:"tue,omitempty"`
	Wed *decimal.Decimal `json:"wed,omitempty"`
	Thu *decimal.Decimal `json:"thu,omitempty"`
	Fri *decimal.Decimal `json:"fri,omitempty"`
	Sat *decimal.Decimal `json:"sat,omitempty"`
	Sun *decimal.Decimal `json:"sun,omitempty"`
}

// An Absence is one absence record: the absence package's Record (period,
// kind, reason, part day, evidence, return and interview dates,
// certificates, confidential diagnosis and notes) with the Occupational
// Health and contact facts of its episode.
type Absence struct {
	absence.Record

	// Period is the first to last day absent, or "2026-06-08/.." for an
	// absence with no end date yet, evaluated up to the as-of date. It
	// stands for Record.Period, which a case file does not set.
	Period Period `json:"period"`

	// Referred is the day the manager referred the employee to Occupational
	// Health for this absence (ABS-9); zero if not.
	Referred absence.Date `json:"referred,omitempty"`
	// Contacted is the day the manager first contacted an employee off with
	// stress (ABS-9, App 9); zero if not.
	Contacted absence.Date `json:"contacted,omitempty"`
	// SurgeryKnown is the day the manager learned the date of the surgery
	// (ABS-9); zero: the first day of absence.
	SurgeryKnown absence.Date `json:"surgeryKnown,omitempty"`
	// Contacts are the days the manager and the employee spoke during the
	// absence (ABS-10).
	Contacts []absence.Date `json:"contacts,omitempty"`
}

// Pay holds what the pay rules need beyond the absence records.
type Pay struct {
	// ServiceStart is the day reckonable NHS service counts from; required
	// for occupational sick pay (PAY-8).
	ServiceStart absence.Date `json:"serviceStart,omitempty"`
	// Prior is sick pay paid before the first absence of the case, for the
	// 12-month look-back.
	Prior []payroll.PaidSpell `json:"prior,omitempty"`
	// EmploymentEnds is the last day of employment; zero while it continues.
	EmploymentEnds absence.Date `json:"employmentEnds,omitempty"`
	// DayPay is a full day's pay for sick pay (AfC 14.4). With it, each
	// episode's sick pay is also put into money, with SSP and the top-up.
	DayPay *decimal.Decimal `json:"dayPay,omitempty"`
	// PayOn says which days of sickness carry a day's pay: "every-day" (the
	// default) or "scheduled-days".
	PayOn payroll.DayBasis `json:"payOn,omitempty"`
	// Earnings are the employee's earnings before each period of incapacity
	// for work, for SSP (needed for the lower earnings limit before 6 April
	// 2026 and the 80% cap from then).
	Earnings []payroll.Earnings `json:"earnings,omitempty"`
	// Injury is the Injury Allowance input (PAY-3); nil: not worked out.
	Injury *payroll.InjuryInput `json:"injury,omitempty"`
	// Redeployment is the first pay period in a new post after an internal
	// transfer from the redeployment register (STAGE-20, App 3): the
	// period, the first day in the new post and each post's pay for the
	// period; nil: not worked out. Its starts may be left out when the
	// case's events record the transfer's first day (post.starts).
	Redeployment *payroll.RedeploymentPayInput `json:"redeployment,omitempty"`
}

// Scenario is a policy-interpretation test: a case and what its evaluation
// must show. A case file without Expect is a plain case.
type Scenario struct {
	Case
	// Expect holds the expectations; each may name its own as-of date.
	// A single mapping is accepted for one expectation.
	Expect Expectations `json:"expect,omitempty"`
}
