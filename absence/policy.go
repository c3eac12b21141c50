package absence

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// A Policy holds every number and reading of the recording rules (ABS-1 …
// ABS-10) that a trust might set differently. [HR14] returns the HR14 v16
// values; another trust changes fields of that value rather than forking code.
//
// The zero Policy is not valid (it would exclude nothing and have no
// long-term length): start from HR14.
type Policy struct {
	// ID names the policy these rules implement, and its version (HR14 v16
	// by default). It changes no rule; results built under the Policy
	// name it ([Policy.Basis]).
	ID PolicyID `json:"id"`

	// ExactlyHalf says whether a part day on which exactly half the shift was
	// worked is a sickness day for triggers (ABS-3).
	ExactlyHalf HalfShift `json:"exactlyHalf"`

	// Exclude says which sickness is left out of trigger counts (ABS-7).
	Exclude Exclusions `json:"exclude"`

	// LongTermDays is the calendar length from which an episode is long term
	// (ABS-1, §4.2: 28 or more calendar days).
	LongTermDays int `json:"longTermDays"`

	// Certification (ABS-4, Proc 13, Proc 14).

	// SelfCertificateDays is how many calendar days, from day 1, a
	// self-certificate may cover; a fit note is needed from the day after
	// (HR14: 7, so a fit note from day 8).
	SelfCertificateDays int `json:"selfCertificateDays"`
	// FitNoteDays is how many calendar days the manager has to receive a fit
	// note (HR14: 3): it is in time if received on or before day X + 3.
	FitNoteDays int `json:"fitNoteDays"`
	// FitNoteFrom says which day X the FitNoteDays run from.
	FitNoteFrom FitNoteStart `json:"fitNoteFrom"`

	// Notification (ABS-5, Proc 9, Proc 11).

	// ReportHours is how many hours before the start of the shift the absence
	// must be reported at the latest (HR14: 1).
	ReportHours int `json:"reportHours"`
	// NightReportHours is the same for a night shift (HR14: 3).
	NightReportHours int `json:"nightReportHours"`
	// CallBackHours is the time the manager has to call back after the report
	// (HR14: 24).
	CallBackHours int `json:"callBackHours"`

	// Return to work (ABS-6, Proc 16, §5.3.8).

	// InterviewHours is the time after the end of the absence within which the
	// return-to-work interview is held, if not on the day of return (HR14: 72).
	// It is a whole number of days (a multiple of 24), since the end of an
	// absence and the interview are dates: 72 hours after the end of the last
	// day of absence is the end of the third day after it.
	InterviewHours int `json:"interviewHours"`
	// NoAdditionalHoursDays is how many days from the return after a short-term
	// episode the employee may work no additional hours: overtime, bank or
	// pool shifts (HR14: 7, "one week").
	NoAdditionalHoursDays int `json:"noAdditionalHoursDays"`
	// ComplianceTarget is the share of call-backs in time and of interviews in
	// time each manager must reach, more than 0 and at most 1 (HR14: 0.8).
	ComplianceTarget decimal.Decimal `json:"complianceTarget"`

	// Hospital and clinic appointments (ABS-7, Proc 7).

	// AppointmentsAllowed is how many appointments outside the employee's
	// control are granted without payback in a rolling window (HR14: 3).
	AppointmentsAllowed int `json:"appointmentsAllowed"`
	// AppointmentMonths is the length of that rolling window (HR14: 12).
	AppointmentMonths int `json:"appointmentMonths"`

	// Occupational Health referral (ABS-9, §5.6.5, §5.6.6, App 9).

	// MSKReferralDays is how many days from the start of a musculoskeletal
	// absence the referral is due (HR14: 7, App 9 "within 1 week").
	MSKReferralDays int `json:"mskReferralDays"`
	// AsSoonAsDays is the days allowed for a referral due "as soon as" a
	// mental-health cause is identified or a surgery date is known (§5.6.5,
	// App 9). HR14 gives no number: 0, the same day.
	AsSoonAsDays int `json:"asSoonAsDays"`
	// StressContactDays is how many days from the start of an absence for
	// stress the manager has to contact the employee (HR14: 7, App 9).
	StressContactDays int `json:"stressContactDays"`
	// StressWorkingDays: an employee off with stress who has not returned
	// within this many working days of the start is referred at once
	// (HR14: 5, App 9).
	StressWorkingDays int `json:"stressWorkingDays"`
	// StressDays says what a working day is for StressWorkingDays.
	StressDays DayBasis `json:"stressDays"`
	// ReferralDays is the length of continuous absence, in calendar days, at
	// which any other absence is referred (HR14: 28, §5.6.6 "4 weeks").
	ReferralDays int `json:"referralDays"`
	// OHProvider holds the terms of the Trust's Occupational Health provider:
	// OH Plus for complex cases, the charge for an appointment not attended
	// and the notice that avoids it. They are the provider's, not HR14's
	// (HR14: [OptimaHealthOHPlus], the only provider's terms in the
	// policy's sources: OH Plus, 48 hours).
	OHProvider OHProvider `json:"ohProvider"`

	// Contact during absence (ABS-10, App 14).

	// ContactDays is the longest interval, in days, between two contacts with
	// an employee on long-term absence (HR14: 14, "fortnightly").
	ContactDays int `json:"contactDays"`

	// FertilityProtectedDays is the length, in calendar days, of the part of
	// the protected period of fertility treatment that follows the day the
	// employee learnt it failed or the pregnancy ended, that day included
	// (ABS-24; Equality Act 2010 s18(6)(b): "2 weeks beginning with the end
	// of the pregnancy"; HR14 Proc 21: "2 weeks"): 14.
	FertilityProtectedDays int `json:"fertilityProtectedDays"`

	// SicknessOnLeave says how sickness during booked annual leave must be
	// reported for it to replace the leave (ABS-21): reported on its first
	// day (HR14: OnLeaveNotified), or also covered by a fit note whatever
	// its length (OnLeaveFitNote).
	SicknessOnLeave SickOnLeave `json:"sicknessOnLeave"`
}

// Exclusions says which kinds of sickness absence are excluded from trigger
// counts (ABS-7). Excluded absence is still sickness for pay.
type Exclusions struct {
	// OccupationalInfection excludes an occupationally acquired infection with a
	// documented infection-control link or a GP-confirmed positive specimen
	// (Proc 19). HR14: true.
	OccupationalInfection bool `json:"occupationalInfection"`
	// Disability excludes absences the manager agreed to discount as
	// disability-related (Equality Act 2010; App 3, App 10). HR14: true.
	Disability bool `json:"disability"`
	// Pregnancy excludes pregnancy-related sickness (Equality Act 2010
	// protected period). Beyond the HR14 text; on by default.
	Pregnancy bool `json:"pregnancy"`
	// Fertility says which sickness the protected period of fertility
	// treatment leaves out (ABS-24): all of it (WholeProtectedPeriod, the
	// default) or only sickness recorded as pregnancy-related
	// (PregnancyReasonOnly). Pregnancy false turns it off too.
	Fertility FertilityScope `json:"fertility"`
	// NegativeSample says what decides an occupationally acquired infection
	// when a documented link and the sample disagree (Proc 19): SampleCounts
	// (the default: a negative specimen, or a sample asked for and not
	// provided, makes the absence count) or LinkPrevails.
	NegativeSample SampleReading `json:"negativeSample"`
}

// SampleReading is the reading of Proc 19 when a documented infection-control
// link and the sample disagree (ABS-7): "Failure by the employee to provide a
// sample or production of a negative sample will result in the period of
// absence being counted towards the triggers".
type SampleReading uint8

// The readings of a negative sample.
const (
	// SampleCounts: a negative specimen, or a sample asked for and not
	// provided, makes the absence count whatever else is recorded, a
	// documented link included. The HR14 default ("sample-counts").
	SampleCounts SampleReading = iota
	// LinkPrevails: a link documented at the time by Infection Control or
	// Occupational Health excludes the absence whatever the sample
	// ("link-prevails"). Without a link, a negative or missing sample still
	// counts.
	LinkPrevails
)

// String returns "sample-counts" or "link-prevails".
func (r SampleReading) String() string {
	switch r {
	case SampleCounts:
		return "sample-counts"
	case LinkPrevails:
		return "link-prevails"
	}
	return "SampleReading(" + strconv.Itoa(int(r)) + ")"
}

// HalfShift is the reading of a part day on which exactly half the shift was
// worked (ABS-3).
type HalfShift uint8

// The readings of "exactly half".
const (
	// HalfWorked follows Proc 5 ("after they have done 50% of their shift"):
	// exactly half worked is not a sickness day. The HR14 default.
	HalfWorked HalfShift = iota
	// HalfSickness follows §4.4 ("carried out more than half"): only more than
	// half worked keeps the day off the sickness record, so exactly half is a
	// sickness day for triggers (never for pay).
	HalfSickness
)

// String returns "half-worked" or "half-sickness".
func (h HalfShift) String() string {
	switch h {
	case HalfWorked:
		return "half-worked"
	case HalfSickness:
		return "half-sickness"
	}
	return "HalfShift(" + strconv.Itoa(int(h)) + ")"
}

// HR14 returns the recording rules of HR14 v16: exactly half a shift worked
// is not sickness (Proc 5); occupational infection with evidence (a negative
// or missing sample making it count, link or not), agreed
// disability-related absence and pregnancy-related sickness are excluded from
// triggers; long term from 28 calendar days; self-certificate for days 1–7 and
// a fit note from day 8 received within 3 calendar days; report 1 hour before
// the shift (3 for a night shift) and call-back within 24 hours; interview
// within 72 hours and no additional hours for a week after short-term
// sickness, 80% compliance; 3 appointments in a rolling 12 months; OH referral
// within 1 week for musculoskeletal absence, at once for mental health and
// surgery, after 5 working days for stress and at 4 weeks otherwise;
// contact at least every 14 days. The OH provider's terms are Optima
// Health's OH Plus ([OptimaHealthOHPlus]: OH Plus, 48 hours to cancel an
// appointment), which are not HR14's: set the Trust's own provider.
func HR14() Policy {
	return Policy{
		ID:          HR14v16(),
		ExactlyHalf: HalfWorked,
		Exclude: Exclusions{
			OccupationalInfection: true,
			Disability:            true,
			Pregnancy:             true,
			NegativeSample:        SampleCounts,
		},
		LongTermDays: 28,

		SelfCertificateDays: 7,
		FitNoteDays:         3,
		FitNoteFrom:         FirstDayToCover,

		ReportHours:      1,
		NightReportHours: 3,
		CallBackHours:    24,

		InterviewHours:        72,
		NoAdditionalHoursDays: 7,
		ComplianceTarget:      decimal.New(8, -1),

		AppointmentsAllowed: 3,
		AppointmentMonths:   12,

		MSKReferralDays:   7,
		AsSoonAsDays:      0,
		StressContactDays: 7,
		StressWorkingDays: 5,
		StressDays:        OnScheduledDays,
		ReferralDays:      28,
		OHProvider:        OptimaHealthOHPlus(),

		ContactDays: 14,

		FertilityProtectedDays: 14,
	}
}

// Bounds of the numbers in a Policy, so that date and time arithmetic cannot
// overflow: ten years of days or hours.
const (
	maxPolicyDays  = 3660
	maxPolicyHours = 24 * maxPolicyDays
)

// Validate checks that p is usable, returning an error wrapping
// [ErrInvalidPolicy] that names the field at fault.
func (p Policy) Validate() error {
	bad := func(field, value string) error {
		return inputErr("policy", -1, "", field, ErrInvalidPolicy, value)
	}
	if err := p.ID.Validate(); err != nil {
		return err
	}
	switch {
	case p.ExactlyHalf > HalfSickness:
		return bad("ExactlyHalf", p.ExactlyHalf.String())
	case p.FitNoteFrom > CertificateStart:
		return bad("FitNoteFrom", p.FitNoteFrom.String())
	case p.StressDays > OnBusinessDays:
		return bad("StressDays", p.StressDays.String())
	case p.Exclude.NegativeSample > LinkPrevails:
		return bad("Exclude.NegativeSample", p.Exclude.NegativeSample.String())
	case p.SicknessOnLeave > OnLeaveFitNote:
		return bad("SicknessOnLeave", p.SicknessOnLeave.String())
	case p.Exclude.Fertility > PregnancyReasonOnly:
		return bad("Exclude.Fertility", p.Exclude.Fertility.String())
	case p.InterviewHours%24 != 0:
		return bad("InterviewHours", strconv.Itoa(p.InterviewHours)+" is not a whole number of days")
	case !p.ComplianceTarget.IsPositive() || cmpInt(p.ComplianceTarget, 1) > 0:
		return bad("ComplianceTarget", p.ComplianceTarget.String())
	}
	for _, f := range []struct {
		name      string
		v, lo, hi int
	}{
		{"LongTermDays", p.LongTermDays, 1, maxPolicyDays},
		{"SelfCertificateDays", p.SelfCertificateDays, 0, maxPolicyDays},
		{"FitNoteDays", p.FitNoteDays, 0, maxPolicyDays},
		{"ReportHours", p.ReportHours, 0, maxPolicyHours},
		{"NightReportHours", p.NightReportHours, 0, maxPolicyHours},
		{"CallBackHours", p.CallBackHours, 1, maxPolicyHours},
		{"InterviewHours", p.InterviewHours, 0, maxPolicyHours},
		{"NoAdditionalHoursDays", p.NoAdditionalHoursDays, 0, maxPolicyDays},
		{"AppointmentsAllowed", p.AppointmentsAllowed, 0, maxPolicyDays},
		{"AppointmentMonths", p.AppointmentMonths, 1, 120},
		{"MSKReferralDays", p.MSKReferralDays, 0, maxPolicyDays},
		{"AsSoonAsDays", p.AsSoonAsDays, 0, maxPolicyDays},
		{"StressContactDays", p.StressContactDays, 0, maxPolicyDays},
		{"StressWorkingDays", p.StressWorkingDays, 1, maxPolicyDays},
		{"ReferralDays", p.ReferralDays, 1, maxPolicyDays},
		{"OHProvider.CancelHours", p.OHProvider.CancelHours, 0, maxPolicyHours},
		{"ContactDays", p.ContactDays, 1, maxPolicyDays},
		{"FertilityProtectedDays", p.FertilityProtectedDays, 1, maxPolicyDays},
	} {
		if f.v < f.lo || f.v > f.hi {
			return bad(f.name, strconv.Itoa(f.v))
		}
	}
	return nil
}

// FitNoteStart is the reading of "received by their manager within 3 calendar
// days" (ABS-4, Proc 14): 3 days from which day.
type FitNoteStart uint8

// The readings of the fit-note deadline.
const (
	// FirstDayToCover: within 3 days of the first day the fit note must cover:
	// day 8 for the first, and the day after the previous one expired for
	// each next ("runs concurrently with the expiry date of previous
	// certificates"). A day with no certificate in time starts a stretch that
	// the next certificate must cover from its first day. The HR14 default.
	FirstDayToCover FitNoteStart = iota
	// CertificateStart: within 3 days of the first day the fit note itself
	// covers (its "from" date), whatever it was needed for.
	CertificateStart
)

// String returns "first-day-to-cover" or "certificate-start".
func (f FitNoteStart) String() string {
	switch f {
	case FirstDayToCover:
		return "first-day-to-cover"
	case CertificateStart:
		return "certificate-start"
	}
	return "FitNoteStart(" + strconv.Itoa(int(f)) + ")"
}

// DayBasis says which days are working days when a deadline is counted in
// working days (ABS-9 stress referral).
type DayBasis uint8

// The bases.
const (
	// OnScheduledDays counts the employee's own scheduled days (their
	// Schedule), as working days lost are counted. The HR14 default.
	OnScheduledDays DayBasis = iota
	// OnBusinessDays counts business days: Monday to Friday except bank
	// holidays (the package Conventions).
	OnBusinessDays
)

// String returns "scheduled-days" or "business-days".
func (b DayBasis) String() string {
	switch b {
	case OnScheduledDays:
		return "scheduled-days"
	case OnBusinessDays:
		return "business-days"
	}
	return "DayBasis(" + strconv.Itoa(int(b)) + ")"
}

// Equal reports whether p and q hold the same rules: the same numbers and
// readings. Use it rather than ==, which compares decimal fields by pointer.
func (p Policy) Equal(q Policy) bool {
	if !p.ComplianceTarget.Equal(q.ComplianceTarget) {
		return false
	}
	p.ComplianceTarget, q.ComplianceTarget = decimal.Decimal{}, decimal.Decimal{}
	return p == q
}

// Knobs lists the settings in which p differs from the library's HR14 v16
// defaults ([HR14]), by their JSON paths, in the order of the fields (see
// [Differences]); nil when p has the default settings. The ID is not a
// setting: a trust that names its own policy but keeps every default has no
// knobs.
func (p Policy) Knobs() []Knob {
	d := HR14()
	if d.ID = p.ID; p.Equal(d) {
		return nil
	}
	k, _ := Differences(p, d) // two Policies: the types match
	return k
}

// Basis names what a result built under p was worked out under: p's ID, its
// knobs and the library's version.
func (p Policy) Basis() Basis {
	return Basis{Policy: p.ID, Knobs: p.Knobs(), Library: LibraryVersion}
}
