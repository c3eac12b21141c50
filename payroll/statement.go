package payroll

import (
	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// A DayBasis says which days of sickness carry a day's pay.
type DayBasis uint8

// The day bases. Text codes are in parentheses.
const (
	// EveryDay: every calendar day of sickness is a day's pay, as for a
	// salary paid by the calendar day ("every-day").
	EveryDay DayBasis = iota
	// ScheduledDaysOnly: only the days the employee is scheduled to work
	// carry pay ("scheduled-days").
	ScheduledDaysOnly
)

func dayBasisCodes() []string { return []string{"every-day", "scheduled-days"} }

// String returns the basis's text code.
func (b DayBasis) String() string { return enumString("DayBasis", dayBasisCodes(), uint8(b)) }

// MarshalText implements encoding.TextMarshaler.
func (b DayBasis) MarshalText() ([]byte, error) {
	return enumText("day basis", dayBasisCodes(), uint8(b))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (b *DayBasis) UnmarshalText(b2 []byte) error {
	v, err := enumParse("day basis", dayBasisCodes(), b2)
	if err == nil {
		*b = DayBasis(v)
	}
	return err
}

// StatementInput is what [Policy.Statement] needs: an absence's occupational
// sick pay and the employee's SSP, with the pay of a day.
type StatementInput struct {
	SickPay SickPay `json:"sickPay"` // from [Policy.SickPay]: the days and their rates
	SSP     SSP     `json:"ssp"`     // from [Policy.SSP]: the SSP of each day, if any
	// DayPay is a full day's pay in £, at least 0, as the trust defines pay
	// for sick pay (AfC 14.4: basic pay and high cost area supplement,
	// enhanced for pay points 1–8 and work-related absence): the host's
	// figure.
	DayPay decimal.Decimal `json:"dayPay"`
	// PayOn says which sick days carry a day's pay: every day (a salary paid
	// by the calendar day, the zero value) or scheduled days only.
	PayOn DayBasis `json:"payOn"`
	// Certification gives the days whose pay is withheld (PAY-4).
	Certification Certification `json:"certification"`
}

// A DayPay is one day of a statement. Amounts are not rounded: weeks are.
type DayPay struct {
	Date   absence.Date `json:"date"`   // the day
	Status Status       `json:"status"` // the day's rate of occupational sick pay
	// OSP is occupational sick pay for the day in £: DayPay × 1, ½ or 0 (0
	// on a day off under ScheduledDaysOnly).
	OSP decimal.Decimal `json:"osp"`
	// SSP is the day's SSP in £ (SSPDay.Amount), 0 if none.
	SSP decimal.Decimal `json:"ssp"`
	// Paid is what the employer pays in £: the larger of OSP and SSP, as
	// occupational sick pay includes SSP and SSP is the floor.
	Paid decimal.Decimal `json:"paid"`
	// TopUp is Paid − SSP in £: the employer's occupational top-up.
	TopUp decimal.Decimal `json:"topUp"`
	// Withheld: pay withheld until a certificate is produced (PAY-4).
	Withheld bool `json:"withheld,omitempty"`
}

// A WeekPay is the pay of one SSP week (Sunday to Saturday) of a statement,
// or the total of a statement. SSP is the week's SSP rounded up to the
// penny; OSP and Paid are rounded to the penny, half-up, with Paid never
// below SSP; TopUp is Paid − SSP; Withheld is the part of Paid withheld.
type WeekPay struct {
	Week     absence.Period  `json:"week"`     // Sunday to Saturday; for a total, the first week's Sunday to the last's Saturday
	OSP      decimal.Decimal `json:"osp"`      // occupational sick pay, £, half-up to the penny
	SSP      decimal.Decimal `json:"ssp"`      // SSP, £, rounded up to the penny
	Paid     decimal.Decimal `json:"paid"`     // paid by the employer, £: at least SSP
	TopUp    decimal.Decimal `json:"topUp"`    // Paid − SSP, £
	Withheld decimal.Decimal `json:"withheld"` // the part of Paid withheld (PAY-4), £
}

// A Statement is an absence's sick pay in money: occupational sick pay, the
// SSP within it and the employer's top-up, day by day and week by week.
type Statement struct {
	Days     []DayPay          `json:"days"`     // one for each SickPay day, in date order
	Weeks    []WeekPay         `json:"weeks"`    // each SSP week with a day, in order
	Total    WeekPay           `json:"total"`    // the weeks added up, to the penny; Week spans them
	Findings []absence.Finding `json:"findings"` // SSP and top-up, the SSP floor, pay withheld (PAY-8, PAY-4)
	// Basis names the policy applied, its settings changed from the HR14 v16
	// defaults and the library's version ([Policy.Basis]).
	Basis absence.Basis `json:"basis"`
}

// Statement puts an absence's occupational sick pay and the SSP of its days
// into money (PAY-8, PAY-4). Occupational sick pay includes SSP (AfC 14.1):
// each day the employer pays the larger of the occupational sick pay and the
// SSP, reported as SSP plus a top-up. Days without a timely certificate are
// withheld (PAY-4, Proc 14): their pay is shown but marked.
//
// It fails with [ErrAmount] for a negative DayPay, [ErrInvalidPolicy] for an
// unknown PayOn, [ErrInvalidPeriod] for bad certification periods and
// [ErrUnsorted] for sick pay or SSP days out of order.
func (p Policy) Statement(in StatementInput) (Statement, error) {
	s, err := p.statement(in)
	if err == nil {
		s.Basis = p.Basis()
	}
	return s, err
}

// statement is Statement without its Basis.
func (p Policy) statement(in StatementInput) (Statement, error) {
	const input = "statement"
	if in.DayPay.IsNegative() {
		return Statement{}, inputErr(input, -1, "DayPay", ErrAmount, in.DayPay.String())
	}
	if in.PayOn > ScheduledDaysOnly {
		return Statement{}, inputErr(input, -1, "PayOn", ErrInvalidPolicy, in.PayOn.String())
	}
	if err := in.Certification.validate(input); err != nil {
		return Statement{}, err
	}
	for i := 1; i < len(in.SickPay.Days); i++ {
		if !in.SickPay.Days[i].Date.After(in.SickPay.Days[i-1].Date) {
			return Statement{}, inputErr(input, i, "SickPay.Days", ErrUnsorted, in.SickPay.Days[i].Date.String())
		}
	}
	for i := 1; i < len(in.SSP.Days); i++ { // SSP.Day looks days up by binary search
		if !in.SSP.Days[i].Date.After(in.SSP.Days[i-1].Date) {
			return Statement{}, inputErr(input, i, "SSP.Days", ErrUnsorted, in.SSP.Days[i].Date.String())
		}
	}
	var st Statement
	held, floor := 0, 0
	for _, pd := range in.SickPay.Days {
		day := DayPay{Date: pd.Date, Status: pd.Status, OSP: decimal.Zero, SSP: decimal.Zero}
		if in.PayOn == EveryDay || pd.Scheduled {
			day.OSP = in.DayPay.Mul(pd.Status.Fraction())
		}
		if s, ok := in.SSP.Day(pd.Date); ok && s.Paid {
			day.SSP = s.Amount
		}
		day.Paid = maxDec(day.OSP, day.SSP)
		day.TopUp = day.Paid.Sub(day.SSP)
		if day.SSP.GreaterThan(day.OSP) {
			floor++
		}
		if in.Certification.Withheld(pd.Date) {
			day.Withheld = true
			held++
		}
		st.Days = append(st.Days, day)
	}
	st.Total = WeekPay{OSP: decimal.Zero, SSP: decimal.Zero, Paid: decimal.Zero, TopUp: decimal.Zero, Withheld: decimal.Zero}
	for i := 0; i < len(st.Days); {
		start := weekOf(st.Days[i].Date)
		w := absence.Period{Start: start, End: start.AddDays(6)}
		osp, ssp, paid, withheld := decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero
		for ; i < len(st.Days) && w.Contains(st.Days[i].Date); i++ {
			d := st.Days[i]
			osp, ssp, paid = osp.Add(d.OSP), ssp.Add(d.SSP), paid.Add(d.Paid)
			if d.Withheld {
				withheld = withheld.Add(d.Paid)
			}
		}
		wp := WeekPay{Week: w, OSP: penny(osp), SSP: sspWeek(ssp)}
		wp.Paid = maxDec(penny(paid), wp.SSP)
		wp.TopUp = wp.Paid.Sub(wp.SSP)
		wp.Withheld = minDec(penny(withheld), wp.Paid)
		st.Weeks = append(st.Weeks, wp)
		t := &st.Total
		t.OSP, t.SSP, t.Paid = t.OSP.Add(wp.OSP), t.SSP.Add(wp.SSP), t.Paid.Add(wp.Paid)
		t.TopUp, t.Withheld = t.TopUp.Add(wp.TopUp), t.Withheld.Add(wp.Withheld)
	}
	if n := len(st.Weeks); n > 0 {
		st.Total.Week = absence.Period{Start: st.Weeks[0].Week.Start, End: st.Weeks[n-1].Week.End}
	}
	st.Findings = append(st.Findings, find("PAY-8", clauseSupplement,
		"Occupational sick pay includes SSP: of %s paid, %s is SSP and %s the employer's top-up (a day's pay %s, %s)",
		money(st.Total.Paid), money(st.Total.SSP), money(st.Total.TopUp), money(in.DayPay), in.PayOn))
	if floor > 0 {
		st.Findings = append(st.Findings, find("PAY-8", clauseSSP,
			"On %s SSP was more than the occupational sick pay: SSP is paid as the statutory floor", plural(floor, "day")))
	}
	if held > 0 {
		st.Findings = append(st.Findings, find("PAY-4", clauseCertificate,
			"%s withheld for %s of %d not covered by a timely certificate: paid when a certificate is produced and a reasonable explanation is given for the delay",
			money(st.Total.Withheld), plural(held, "day"), len(st.Days)))
	}
	return st, nil
}
