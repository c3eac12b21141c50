package payroll

import (
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// Parameters are the dated figures from outside HR14 that pay depends on.
// Each is a [Table] looked up by date, every entry naming its source
// (legislation, GOV.UK or the NHS Terms and Conditions of Service
// Handbook); [England] gives the figures for NHS England.
type Parameters struct {
	SSPRates        Table[SSPRate]        `json:"sspRates"`        // looked up on each day of SSP
	SSPRules        Table[SSPRules]       `json:"sspRules"`        // looked up on each day of incapacity
	SickPayScale    Table[Scale]          `json:"sickPayScale"`    // looked up on the first day of an absence
	InjuryAllowance Table[InjuryTerms]    `json:"injuryAllowance"` // looked up on the first day of the episode
	AnnualLeave     Table[AnnualLeave]    `json:"annualLeave"`     // looked up on the first day of the leave year
	StatutoryLeave  Table[StatutoryLeave] `json:"statutoryLeave"`  // looked up on the last day of the leave year
}

// Validate validates every table.
func (p Parameters) Validate() error {
	for _, v := range []interface{ Validate() error }{
		p.SSPRates, p.SSPRules, p.SickPayScale, p.InjuryAllowance, p.AnnualLeave, p.StatutoryLeave,
	} {
		if err := v.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// England returns the figures for NHS England, each entry with its source,
// in fresh tables: [EnglandSSPRates], [EnglandSSPRules], [SickPayScales],
// [InjuryAllowanceTerms], [AnnualLeaveEntitlements] and
// [StatutoryLeaveTerms].
func England() Parameters {
	return Parameters{
		SSPRates:        EnglandSSPRates(),
		SSPRules:        EnglandSSPRules(),
		SickPayScale:    SickPayScales(),
		InjuryAllowance: InjuryAllowanceTerms(),
		AnnualLeave:     AnnualLeaveEntitlements(),
		StatutoryLeave:  StatutoryLeaveTerms(),
	}
}

// An SSPRate is the weekly flat rate of Statutory Sick Pay for a tax year and
// the lower earnings limit an employee's average weekly earnings had to reach.
type SSPRate struct {
	Weekly decimal.Decimal `json:"weekly"` // £ a week
	// LEL is the lower earnings limit for SSP in £ a week. Zero means there
	// is no earnings test (abolished from 6 April 2026).
	LEL decimal.Decimal `json:"lel"`
}

// EnglandSSPRates returns the SSP weekly rates and lower earnings limits by tax
// year, 2024/25 to 2026/27, from GOV.UK's SSP rates data (alphagov/smart-answers
// config/smart_answers/rates/statutory_sick_pay.yml) and, for 2026/27, the
// Employment Rights Act 2025 s.10. Dates outside them have no rate.
func EnglandSSPRates() Table[SSPRate] {
	const src = "GOV.UK SSP rates (alphagov/smart-answers statutory_sick_pay.yml), tax year "
	return Table[SSPRate]{Name: "SSPRates", Entries: []Dated[SSPRate]{
		dated(ymd(2024, time.April, 6), ymd(2025, time.April, 5),
			SSPRate{Weekly: decimal.RequireFromString("116.75"), LEL: decimal.NewFromInt(123)}, src+"2024/25"),
		dated(ymd(2025, time.April, 6), ymd(2026, time.April, 5),
			SSPRate{Weekly: decimal.RequireFromString("118.75"), LEL: decimal.NewFromInt(125)}, src+"2025/26"),
		dated(ymd(2026, time.April, 6), ymd(2027, time.April, 5),
			SSPRate{Weekly: decimal.RequireFromString("123.25")}, src+"2026/27; lower earnings limit abolished (Employment Rights Act 2025 s.10)"),
	}}
}

// SSPRules are the rules of Statutory Sick Pay, dated because several
// changed on 6 April 2026 (Employment Rights Act 2025 s.10).
type SSPRules struct {
	// MinPIWDays is the number of consecutive days of incapacity (calendar
	// days, days not worked included) that make a period of incapacity for
	// work: 4 before 6 April 2026, 1 from then.
	MinPIWDays int `json:"minPIWDays"`
	// WaitingDays is the number of qualifying days at the start of a (linked)
	// period of incapacity for which SSP is not paid: 3 before 6 April 2026,
	// none from then.
	WaitingDays int `json:"waitingDays"`
	// LinkDays: periods of incapacity separated by at most this many days
	// link into one (56: 8 weeks).
	LinkDays int `json:"linkDays"`
	// EarningsTest: average weekly earnings must reach the lower earnings
	// limit (before 6 April 2026).
	EarningsTest bool `json:"earningsTest"`
	// AWECap is the share of average weekly earnings that caps the weekly
	// rate (0.80 from 6 April 2026); zero means no cap.
	AWECap decimal.Decimal `json:"aweCap"`
	// MaxWeeks is the most SSP payable in one linked period of incapacity,
	// in weeks (28).
	MaxWeeks int `json:"maxWeeks"`
	// LimitYears: a period of entitlement (from the first day of a linked
	// period of incapacity) ends after this many years if nothing ended it
	// before (3: SSP (General) Regulations 1982 reg 3(3)). From 1 to 100.
	LimitYears int `json:"limitYears"`
	// NoticeDays: form SSP1 is due within this many days of the first day
	// of sickness when no SSP is payable, or of the day SSP ended when it
	// ends while the employee is still sick (7). From 1 to 366.
	NoticeDays int `json:"noticeDays"`
	// NoticeWeek: when SSP will run out (MaxWeeks) before the sickness
	// ends, form SSP1 is due on or before the first day of this week of
	// SSP (23). From 1 to MaxWeeks.
	NoticeWeek int `json:"noticeWeek"`
}

// EnglandSSPRules returns the SSP rules before and from 6 April 2026. The
// earlier entry starts with the earliest rate this package holds (6 April
// 2024). Form SSP1 is due within 7 days, or by the 23rd week of SSP when the
// 28 weeks will run out first (SSP (General) Regulations 1982 reg 15; GOV.UK
// "Statutory Sick Pay (SSP): employer guide", gov.uk/employers-sick-pay,
// "Eligibility and form SSP1"); entitlement ends after 3 years of linked
// periods (reg 3(3)).
func EnglandSSPRules() Table[SSPRules] {
	return Table[SSPRules]{Name: "SSPRules", Entries: []Dated[SSPRules]{
		dated(ymd(2024, time.April, 6), ymd(2026, time.April, 5),
			SSPRules{MinPIWDays: 4, WaitingDays: 3, LinkDays: 56, EarningsTest: true, MaxWeeks: 28,
				LimitYears: 3, NoticeDays: 7, NoticeWeek: 23},
			"SSCBA 1992 ss.152–155 before the Employment Rights Act 2025; SSP (General) Regulations 1982 regs 3(3), 15"),
		dated(ymd(2026, time.April, 6), absence.Date{},
			SSPRules{MinPIWDays: 1, WaitingDays: 0, LinkDays: 56, AWECap: decimal.RequireFromString("0.80"), MaxWeeks: 28,
				LimitYears: 3, NoticeDays: 7, NoticeWeek: 23},
			"Employment Rights Act 2025 s.10; business.gov.uk \"Statutory Sick Pay Changes\" (from 6 April 2026); SSP (General) Regulations 1982 regs 3(3), 15"),
	}}
}

// A Scale is the Agenda for Change Section 14 sick pay scale: full-pay and
// half-pay months by completed years of reckonable NHS service at the first
// day of absence, less sick pay paid in the look-back before it.
type Scale struct {
	Bands []Band `json:"bands"` // by Years, ascending; the first has Years 0
	// LookBackMonths is the look-back: sick pay paid in this many months
	// before the first day of absence is deducted (12, AfC 14.7).
	LookBackMonths int `json:"lookBackMonths"`
	// CountWorkRelated: sick pay paid for work-related absence is deducted
	// too (from 1 July 2023).
	CountWorkRelated bool `json:"countWorkRelated"`
}

// A Band is one row of the sick pay scale.
type Band struct {
	Years int `json:"years"` // completed years of reckonable service from which the row applies
	Full  int `json:"full"`  // months of full pay
	Half  int `json:"half"`  // months of half pay
}

func (s Scale) validate() error {
	if len(s.Bands) == 0 || s.Bands[0].Years != 0 {
		return Error("the first band must start at 0 years")
	}
	if s.LookBackMonths < 1 {
		return Error("look-back of less than a month")
	}
	for i, b := range s.Bands {
		if b.Full < 0 || b.Half < 0 || (i > 0 && b.Years <= s.Bands[i-1].Years) {
			return Error("bands must have months of at least 0 and rising years")
		}
	}
	return nil
}

func (r SSPRate) validate() error {
	if !r.Weekly.IsPositive() || r.LEL.IsNegative() {
		return Error("weekly rate must be more than 0 and the LEL at least 0")
	}
	return nil
}

func (r SSPRules) validate() error {
	switch {
	case r.MinPIWDays < 1, r.WaitingDays < 0, r.LinkDays < 0, r.MaxWeeks < 1:
		return Error("PIW days and maximum weeks must be at least 1, waiting and link days at least 0")
	case r.LimitYears < 1, r.LimitYears > 100, r.NoticeDays < 1, r.NoticeDays > 366, r.NoticeWeek < 1, r.NoticeWeek > r.MaxWeeks:
		return Error("limit years must be from 1 to 100, notice days from 1 to 366, the notice week from 1 to the maximum weeks")
	case r.AWECap.IsNegative(), r.AWECap.GreaterThan(one()):
		return Error("AWE cap must be from 0 to 1")
	}
	return nil
}

func (t InjuryTerms) validate() error {
	if !t.Rate.IsPositive() || t.Rate.GreaterThan(one()) || t.Months < 1 {
		return Error("rate must be more than 0 and at most 1, months at least 1")
	}
	return nil
}

func (a AnnualLeave) validate() error {
	if len(a.Bands) == 0 || a.Bands[0].Years != 0 || a.BankHolidays < 0 {
		return Error("the first band must start at 0 years, bank holidays at least 0")
	}
	for i, b := range a.Bands {
		if b.Days < 0 || (i > 0 && b.Years <= a.Bands[i-1].Years) {
			return Error("bands must have days of at least 0 and rising years")
		}
	}
	return nil
}

func (s StatutoryLeave) validate() error {
	if s.FullTimeDays < 0 || s.CarryOverMonths < 0 {
		return Error("days and months must be at least 0")
	}
	return nil
}

// SickPayScales returns the Agenda for Change Section 14 scale (England):
// during the 1st year of service 1 month's full pay and 2 months' half pay;
// 2nd year 2 and 2; 3rd year 4 and 4; 4th and 5th years 5 and 5; after 5
// years 6 and 6. From 1 July 2023 the 12-month deduction also counts
// work-related absence.
func SickPayScales() Table[Scale] {
	bands := func() []Band {
		return []Band{{0, 1, 2}, {1, 2, 2}, {2, 4, 4}, {3, 5, 5}, {5, 6, 6}}
	}
	const src = "NHS Terms and Conditions of Service Handbook (Agenda for Change), Section 14 (England)"
	return Table[Scale]{Name: "SickPayScale", Entries: []Dated[Scale]{
		dated(ymd(2004, time.December, 1), ymd(2023, time.June, 30),
			Scale{Bands: bands(), LookBackMonths: 12},
			src+", from the introduction of Agenda for Change; work-related absence not deducted"),
		dated(ymd(2023, time.July, 1), absence.Date{},
			Scale{Bands: bands(), LookBackMonths: 12, CountWorkRelated: true},
			src+", from 1 July 2023: the deduction also applies to work-related absence"),
	}}
}

// InjuryTerms are the Agenda for Change Section 22 Injury Allowance terms.
type InjuryTerms struct {
	Rate   decimal.Decimal `json:"rate"`   // the share of pay topped up to (0.85)
	Months int             `json:"months"` // the most months per episode (12)
}

// InjuryAllowanceTerms returns the Injury Allowance terms: 85% of pay, up to
// 12 months per episode, in force from 31 March 2013.
func InjuryAllowanceTerms() Table[InjuryTerms] {
	return Table[InjuryTerms]{Name: "InjuryAllowance", Entries: []Dated[InjuryTerms]{
		dated(ymd(2013, time.March, 31), absence.Date{},
			InjuryTerms{Rate: decimal.RequireFromString("0.85"), Months: 12},
			"Agenda for Change Section 22 (Injury Allowance), in force from 31 March 2013; HR14 Proc 20"),
	}}
}

// AnnualLeave is the Agenda for Change Section 13 annual leave entitlement for
// a full-time employee.
type AnnualLeave struct {
	Bands        []LeaveBand `json:"bands"`        // by Years, ascending; the first has Years 0
	BankHolidays int         `json:"bankHolidays"` // public holidays on top (8)
}

// A LeaveBand is one row of the annual leave entitlement.
type LeaveBand struct {
	Years int `json:"years"` // completed years of reckonable service from which the row applies
	Days  int `json:"days"`  // days of annual leave a year, full time
}

// AnnualLeaveEntitlements returns the Agenda for Change annual leave: 27 days
// on appointment, 29 after 5 years' service, 33 after 10, plus 8 public
// holidays.
func AnnualLeaveEntitlements() Table[AnnualLeave] {
	return Table[AnnualLeave]{Name: "AnnualLeave", Entries: []Dated[AnnualLeave]{
		dated(ymd(2004, time.December, 1), absence.Date{},
			AnnualLeave{Bands: []LeaveBand{{0, 27}, {5, 29}, {10, 33}}, BankHolidays: 8},
			"Agenda for Change Section 13 (annual leave and public holidays)"),
	}}
}

// StatutoryLeave is the leave the Working Time Regulations 1998 guarantee
// (reg 13) and how long it carries over when sickness prevented it.
type StatutoryLeave struct {
	// FullTimeDays is the reg 13 leave of a full-time (five-day week)
	// employee: 4 weeks, 20 days; pro rata for part-time staff.
	FullTimeDays int `json:"fullTimeDays"`
	// CarryOverMonths: statutory leave carried over because of sickness must
	// be taken within this many months of the end of its leave year (18).
	CarryOverMonths int `json:"carryOverMonths"`
}

// StatutoryLeaveTerms returns the Working Time Regulations leave: 20 days pro
// rata, carried over for 18 months when sickness prevented it, as HR14 §22.2
// says and, from 1 January 2024, as the amended regulations codify.
func StatutoryLeaveTerms() Table[StatutoryLeave] {
	v := StatutoryLeave{FullTimeDays: 20, CarryOverMonths: 18}
	return Table[StatutoryLeave]{Name: "StatutoryLeave", Entries: []Dated[StatutoryLeave]{
		dated(ymd(1998, time.October, 1), ymd(2023, time.December, 31), v,
			"Working Time Regulations 1998 reg 13; 18-month carry-over as HR14 §22.2 states (case law before codification)"),
		dated(ymd(2024, time.January, 1), absence.Date{}, v,
			"Working Time Regulations 1998 reg 13 as amended from 1 January 2024 (carry-over codified); HR14 §22.2"),
	}}
}
