package payroll

import (
	"github.com/absencerules/hr14/absence"
	"github.com/shopspring/decimal"
)

// LeaveInput is what [Policy.Leave] needs about one leave year (PAY-9).
type LeaveInput struct {
	// Year is the leave year, both ends included, e.g. 1 April to 31 March;
	// at most 366 days.
	Year absence.Period `json:"year"`
	// ServiceStart is the day reckonable service counts from, for the
	// Section 13 band.
	ServiceStart absence.Date `json:"serviceStart"`
	// FTE is the whole-time equivalent, more than 0 and at most 1.
	FTE decimal.Decimal `json:"fte"`
	// Starts is the first day of employment when it falls in the year; zero
	// if the employee was employed before it.
	Starts absence.Date `json:"starts,omitempty"`
	// Ends is the last day of employment when it falls in the year; zero if
	// it continues.
	Ends absence.Date `json:"ends,omitempty"`
	// IllHealth: the employment ends on the grounds of capability due to ill
	// health (SAP 1.5.2), so accrued untaken leave of the current leave year
	// is paid.
	IllHealth bool `json:"illHealth,omitempty"`
	// Taken is the days of annual leave and public holidays taken in the
	// year. Leave taken counts as statutory leave first (§22.2).
	Taken decimal.Decimal `json:"taken"`
	// Recredited is the days of booked leave, counted in Taken, that
	// sickness replaced (ABS-21; absence.History.Recredit gives them): they
	// are given back, not leave taken. At least 0 and at most Taken.
	Recredited decimal.Decimal `json:"recredited,omitempty"`
	// Sickness are the days of sickness in the year, in date order and not
	// overlapping (e.g. Incapacity(h)). Leave accrues through them (Proc 15);
	// they are reported, not deducted.
	Sickness []absence.Period `json:"sickness,omitempty"`
	// SicknessPrevented records the decision that sickness, enduring for all
	// or most of the leave year, prevented the employee from taking their
	// leave: only then does statutory leave carry over (§22.2).
	SicknessPrevented bool `json:"sicknessPrevented,omitempty"`
	// DayPay is a day's pay in £, at least 0, to value leave paid on an
	// ill-health termination; zero values it at £0.00.
	DayPay decimal.Decimal `json:"dayPay"`
}

// Leave is the annual leave of one leave year during sickness (PAY-9). Days
// are rounded to 2 decimal places, half-up; money to the penny.
type Leave struct {
	// Employed is the days of the year in employment, both ends included.
	Employed absence.Period `json:"employed"`
	// ServiceYears is the completed years of reckonable service on
	// Employed.Start, which decide the Section 13 band.
	ServiceYears int `json:"serviceYears"`
	// Entitlement is a full year's annual leave and public holidays for the
	// FTE (AfC Section 13), in days.
	Entitlement decimal.Decimal `json:"entitlement"`
	// Accrued is the part of Entitlement for the days employed, in days.
	// Sickness does not reduce it (Proc 15).
	Accrued decimal.Decimal `json:"accrued"`
	// Taken is the leave taken, in days: LeaveInput.Taken less the days
	// re-credited (LeaveInput.Recredited).
	Taken decimal.Decimal `json:"taken"`
	// Untaken is Accrued − Taken in days, at least 0.
	Untaken decimal.Decimal `json:"untaken"`
	// Statutory is the Working Time Regulations leave for the days employed
	// (20 days × FTE, pro rata), in days.
	Statutory decimal.Decimal `json:"statutory"`
	// CarryOver is the statutory leave not taken (leave taken counts as
	// statutory first) that carries into the next leave year, in days, at
	// most Untaken; zero unless sickness prevented the leave and the
	// employment continues.
	CarryOver decimal.Decimal `json:"carryOver"`
	// CarryOverExpires is the last day to take CarryOver: 18 months after the
	// end of the leave year (clamped to the month's end); zero with no
	// carry-over.
	CarryOverExpires absence.Date `json:"carryOverExpires,omitempty"`
	// TerminationPay is the payment in £ for accrued untaken leave on an
	// ill-health termination (SAP 1.5.2): Untaken × DayPay, worked out
	// exactly and rounded once to the penny; zero otherwise.
	TerminationPay decimal.Decimal `json:"terminationPay"`
	// SickDays is the calendar days of sickness in Employed, reported as
	// evidence.
	SickDays int `json:"sickDays"`
	// Findings explain each figure (PAY-9).
	Findings []absence.Finding `json:"findings"`
}

// Leave works out the annual leave of a leave year for an employee who has
// been sick (PAY-9): leave accrues in full during sickness (Proc 15); when
// sickness prevented the employee from taking it, only the statutory leave
// (20 days pro rata, less leave taken, which counts as statutory first)
// carries over, to be taken within 18 months of the end of the leave year
// (§22.2); on an ill-health termination the accrued untaken leave of the
// year is paid (SAP 1.5.2).
//
// Entitlements are pro rata to the FTE and to the days of the year in
// employment; the service band is the one reached on the first day of the
// year in employment.
//
// It fails with [ErrLeaveYear] for a year longer than 366 days,
// [ErrEmployment] for employment dates outside the year or an ill-health
// termination with no end, [ErrAmount] for a bad FTE, leave taken or day
// pay, and [ErrNoParameter] for a year no entitlement covers.
func (p Policy) Leave(in LeaveInput) (Leave, error) {
	if err := p.Validate(); err != nil {
		return Leave{}, err
	}
	if err := in.validate(); err != nil {
		return Leave{}, err
	}
	afc, err := p.Parameters.AnnualLeave.At(in.Year.Start)
	if err != nil {
		return Leave{}, err
	}
	wtr, err := p.Parameters.StatutoryLeave.At(in.Year.End)
	if err != nil {
		return Leave{}, err
	}
	out := Leave{Employed: in.Year, CarryOver: decimal.Zero, TerminationPay: decimal.Zero}
	if !in.Starts.IsZero() {
		out.Employed.Start = in.Starts
	}
	if !in.Ends.IsZero() {
		out.Employed.End = in.Ends
	}
	out.ServiceYears = CompletedYears(in.ServiceStart, out.Employed.Start)
	for _, s := range in.Sickness {
		if r, ok := s.Intersect(out.Employed); ok {
			out.SickDays += r.Days()
		}
	}
	// The share of the year employed, exactly: employed days ÷ days in the
	// year. Every figure below is worked out from it and rounded once.
	share := over(decimal.NewFromInt(int64(out.Employed.Days())), int64(in.Year.Days()))
	bandDays := 0
	for _, b := range afc.Value.Bands {
		if b.Years <= out.ServiceYears {
			bandDays = b.Days
		}
	}
	full := decimal.NewFromInt(int64(bandDays + afc.Value.BankHolidays)).Mul(in.FTE)
	accrued := share.times(full)
	taken := in.Taken.Sub(in.Recredited)
	untaken := accrued.minus(taken)
	if untaken.cmp(decimal.Zero) < 0 {
		untaken = over(decimal.Zero, 1)
	}
	statutory := share.times(decimal.NewFromInt(int64(wtr.Value.FullTimeDays)).Mul(in.FTE))
	out.Entitlement, out.Accrued, out.Taken = days(full), accrued.round(2), taken
	out.Untaken, out.Statutory = untaken.round(2), statutory.round(2)

	out.Findings = append(out.Findings, find("PAY-9", clauseLeave,
		"Leave year %s: %d days of annual leave and %d public holidays for %s of service, × FTE %s = %s days; %s days for the %s employed (%s)",
		in.Year, bandDays, afc.Value.BankHolidays, plural(out.ServiceYears, "completed year"), in.FTE,
		out.Entitlement, out.Accrued, plural(out.Employed.Days(), "day"), afc.Source))
	if in.Recredited.IsPositive() {
		out.Findings = append(out.Findings, find("ABS-21", "HR14 Proc 15",
			"%s days of booked leave that sickness replaced are re-credited: %s days taken less %s = %s days of leave taken",
			in.Recredited, in.Taken, in.Recredited, taken))
	}
	if out.SickDays > 0 {
		out.Findings = append(out.Findings, find("PAY-9", "HR14 Proc 15",
			"Leave accrues during sickness: %s of sickness in the year do not reduce it", plural(out.SickDays, "calendar day")))
	}
	out.Findings = append(out.Findings, find("PAY-9", clauseLeave,
		"%s days taken (counted as statutory leave first); %s days accrued and untaken; statutory leave %s days (%d days × FTE %s, pro rata)",
		taken, out.Untaken, out.Statutory, wtr.Value.FullTimeDays, in.FTE))

	switch {
	case !in.Ends.IsZero() && in.IllHealth:
		out.TerminationPay = untaken.times(in.DayPay).round(2)
		out.Findings = append(out.Findings, find("PAY-9", clauseTermination,
			"Employment ends on %s on the grounds of capability due to ill health: accrued untaken leave for the current leave year paid, %s days × %s = %s",
			in.Ends, out.Untaken, money(in.DayPay), money(out.TerminationPay)))
	case !in.Ends.IsZero():
		out.Findings = append(out.Findings, find("PAY-9", clauseLeave,
			"Employment ends on %s: nothing carries over", in.Ends))
	case in.SicknessPrevented:
		carry := statutory.minus(taken)
		if carry.cmp(decimal.Zero) < 0 {
			carry = over(decimal.Zero, 1)
		}
		if untaken.less(carry) {
			carry = untaken
		}
		out.CarryOver = carry.round(2)
		out.CarryOverExpires = in.Year.End.AddMonths(wtr.Value.CarryOverMonths)
		out.Findings = append(out.Findings, find("PAY-9", clauseLeave,
			"Sickness prevented the leave being taken: statutory leave not taken carries over, %s days − %s taken = %s days, to be taken by %s (%d months after the end of the leave year; %s)",
			out.Statutory, taken, out.CarryOver, out.CarryOverExpires, wtr.Value.CarryOverMonths, wtr.Source))
	default:
		out.Findings = append(out.Findings, find("PAY-9", clauseLeave,
			"Sickness is not recorded as having prevented the leave being taken: no carry-over under §22.2"))
	}
	return out, nil
}

func (in LeaveInput) validate() error {
	const input = "leave"
	switch {
	case !in.Year.IsValid() || in.Year.Days() > 366:
		return inputErr(input, -1, "Year", ErrLeaveYear, in.Year.String())
	case !in.ServiceStart.IsValid():
		return inputErr(input, -1, "ServiceStart", ErrInvalidDate, in.ServiceStart.String())
	case !in.FTE.IsPositive() || in.FTE.GreaterThan(one()):
		return inputErr(input, -1, "FTE", ErrAmount, in.FTE.String())
	case in.Taken.IsNegative():
		return inputErr(input, -1, "Taken", ErrAmount, in.Taken.String())
	case in.Recredited.IsNegative() || in.Recredited.GreaterThan(in.Taken):
		return inputErr(input, -1, "Recredited", ErrAmount, in.Recredited.String()+" (at most Taken, "+in.Taken.String()+")")
	case in.DayPay.IsNegative():
		return inputErr(input, -1, "DayPay", ErrAmount, in.DayPay.String())
	case !in.Starts.IsZero() && !in.Year.Contains(in.Starts):
		return inputErr(input, -1, "Starts", ErrEmployment, in.Starts.String()+" is outside "+in.Year.String())
	case !in.Ends.IsZero() && !in.Year.Contains(in.Ends):
		return inputErr(input, -1, "Ends", ErrEmployment, in.Ends.String()+" is outside "+in.Year.String())
	case !in.Starts.IsZero() && !in.Ends.IsZero() && in.Ends.Before(in.Starts):
		return inputErr(input, -1, "Ends", ErrEmployment, in.Ends.String()+" is before "+in.Starts.String())
	case in.IllHealth && in.Ends.IsZero():
		return inputErr(input, -1, "Ends", ErrEmployment, "an ill-health termination needs the last day of employment")
	}
	return checkPeriods(input, "Sickness", in.Sickness)
}
