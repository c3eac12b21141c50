package absence

import (
	"github.com/shopspring/decimal"
)

// An Employee is the person whose absences are evaluated: how much they work
// and when.
type Employee struct {
	ID string `json:"id,omitempty"` // the host's identifier, used in error messages

	// FTE is the whole-time equivalent, more than 0 and at most 1: 0.6 for
	// three days of a five-day week. Trigger day thresholds are pro rata to it
	// (TRIG-2, TRIG-4).
	FTE decimal.Decimal `json:"fte"`

	// StandardDayHours is the length of a standard working day in hours, e.g.
	// 7.5, used when triggers are pro rata by hours rather than days.
	StandardDayHours decimal.Decimal `json:"standardDayHours"`

	// Schedule says which days the employee is scheduled to work.
	Schedule Schedule `json:"-"`

	// SelfCertification are the Trust's decisions to withdraw the right to
	// self-certify sickness, or to restore it, in date order (ABS-4,
	// Proc 13). Sickness starting while a withdrawal is in force needs a
	// medical certificate from day 1; none: the employee may self-certify
	// days 1–7. It replaces the former flag SelfCertificationWithdrawn,
	// which had no date and so reached back to sickness before it.
	SelfCertification []SelfCertificationDecision `json:"selfCertification,omitempty"`

	// OtherWork are the employee's declarations of secondary employment
	// (ABS-22, §5.4.7, Proc 14): days off sick in one that no fit note
	// covers get a finding for HR.
	OtherWork []OtherWork `json:"otherWork,omitempty"`

	// FertilityTreatments are the employee's fertility treatment cycles, in
	// order of embryo transfer (ABS-24, Proc 21): sickness inside their
	// protected periods is left out of the triggers.
	FertilityTreatments []FertilityTreatment `json:"fertilityTreatments,omitempty"`
}

// Validate checks the employee: FTE in (0, 1] ([ErrFTE]), standard day hours
// in (0, 24] ([ErrHours]), a schedule ([ErrNoSchedule]) and the decisions on
// self-certification: valid dates ([ErrInvalidDate]) in strictly increasing
// order ([ErrUnsorted]), HR advice recorded for a withdrawal
// ([ErrNoHRAdvice]); and the declarations of other work: valid periods and
// the day declared ([ErrOtherWork]); the fertility treatments: a day of
// transfer ([ErrFertility]) in increasing order, an end not before it.
func (e Employee) Validate() error {
	if !e.FTE.IsPositive() || cmpInt(e.FTE, 1) > 0 {
		return inputErr("employee", -1, e.ID, "FTE", ErrFTE, number(e.FTE))
	}
	if !validHours(e.StandardDayHours) {
		return inputErr("employee", -1, e.ID, "StandardDayHours", ErrHours, number(e.StandardDayHours))
	}
	if e.Schedule == nil {
		return inputErr("employee", -1, e.ID, "Schedule", ErrNoSchedule, "")
	}
	if err := e.validateSelfCertification(); err != nil {
		return err
	}
	if err := e.validateOtherWork(); err != nil {
		return err
	}
	return e.validateFertility()
}
