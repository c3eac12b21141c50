package absence

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// A Record is one recorded absence: a run of days, what kind of absence it was
// and why, and the evidence and dates HR14 asks the manager to keep.
//
// Period runs from the first day absent to the last: for sickness, the last day
// the employee was unfit, the day before they reported fit (Proc 12). For an
// absence still running, set End to the last day known (e.g. today).
//
// Records of one employee must not overlap (ABS-2); [NewHistory] rejects
// overlapping or duplicated records instead of merging them, except a
// sickness record over booked leave (ABS-21).
type Record struct {
	ID       string   `json:"id,omitempty"`      // the host's identifier, used in error messages
	Period   Period   `json:"period"`            // first to last day absent, both included
	Kind     Kind     `json:"kind"`              // Sickness unless said otherwise
	Reason   Reason   `json:"reason,omitempty"`  // required for sickness and medical suspension
	PartDay  *PartDay `json:"partDay,omitempty"` // nil unless the first day was worked in part (ABS-3); sickness only
	Evidence Evidence `json:"evidence"`          // what decides the exclusions of ABS-7

	// Reported is when the employee reported the absence (ABS-5), in the
	// host's time zone; the zero time means no report was recorded.
	Reported time.Time `json:"reported"`
	// CalledBack is when the manager called the employee back (ABS-5); zero if
	// not yet.
	CalledBack time.Time `json:"calledBack"`
	// ExpectedReturn is the return date the employee expected when they
	// reported the absence (ABS-23, Proc 9), after its first day; zero if
	// none was given. It plans contact and referral.
	ExpectedReturn Date `json:"expectedReturn,omitempty"`
	// ReportedFit is the day the employee reported fit (ABS-23, Proc 12),
	// after the first day absent: the absence closes on the day before, so
	// Period should end then. Zero if not recorded.
	ReportedFit Date `json:"reportedFit,omitempty"`
	// Returned is the first day back at work (ABS-6); zero while still absent.
	Returned Date `json:"returned"`
	// Interviewed is the day of the return-to-work interview (ABS-6); zero if
	// none was held.
	Interviewed Date `json:"interviewed"`
	// Certificates are the self-certificates and fit notes received (ABS-4).
	Certificates []Certificate `json:"certificates,omitempty"`
	// Interview is what the return-to-work interview of Interviewed covered
	// (ABS-11); nil when no record was kept. It needs Interviewed.
	Interview *Interview `json:"interview,omitempty"`
	// Planned is the expected recovery period of a planned absence, an
	// operation or treatment programme (ABS-15, §4.3); nil when the
	// absence was not planned. Sickness only.
	Planned *Planned `json:"planned,omitempty"`
	// Training are the training courses the employee was booked on during
	// the absence, each with the day they cancelled it (ABS-16, Proc 10).
	Training []TrainingBooking `json:"training,omitempty"`

	// Diagnosis and Notes are free text the host may keep. They never appear
	// in errors, String output or letters.
	Diagnosis Confidential `json:"diagnosis,omitempty"`
	Notes     Confidential `json:"notes,omitempty"`
}

// A PartDay describes the first day of a sickness record when the employee
// came in and went home ill part-way through the shift (ABS-3, Proc 5, Proc 6).
type PartDay struct {
	// Worked is the hours worked before going home, at least 0 and less than
	// the shift.
	Worked decimal.Decimal `json:"worked"`
	// Shift is the length of that day's shift in hours; zero means the
	// scheduled shift of the employee's Schedule on that day.
	Shift decimal.Decimal `json:"shift"`
	// SentHome is true when the manager sent the employee home before they had
	// worked half the shift: treated as if they had worked half or more
	// (Proc 5, second case).
	SentHome bool `json:"sentHome,omitempty"`
}

// Evidence holds the facts and decisions that decide whether a sickness
// absence counts towards triggers (ABS-7).
type Evidence struct {
	// InfectionControlLink: a link to work was documented at the time by the
	// Infection Control team or Occupational Health (Proc 19).
	InfectionControlLink bool `json:"infectionControlLink,omitempty"`
	// Specimen is the result of a specimen test (Proc 19).
	Specimen Specimen `json:"specimen,omitempty"`
	// DisabilityDiscounted: the manager agreed to discount the absence as
	// disability-related (Equality Act 2010; App 3, App 10).
	DisabilityDiscounted bool `json:"disabilityDiscounted,omitempty"`
	// OHConfirmedFit: for a medical suspension, Occupational Health confirmed
	// the employee was fit to work at the time (§4.6), so it is not sickness.
	OHConfirmedFit bool `json:"ohConfirmedFit,omitempty"`
	// UnderlyingCondition: the manager linked the absence to the underlying
	// medical condition Occupational Health advised of (ABS-13; SAP 1.3,
	// App 14). It still counts towards the triggers; on the stages
	// package's continuing-absence route (STAGE-15) a trigger it is needed
	// for does not by itself make the next formal stage due.
	UnderlyingCondition bool `json:"underlyingCondition,omitempty"`
}

// A CertificateKind says whether a certificate is the employee's own or a
// doctor's.
type CertificateKind uint8

// The kinds of certificate.
const (
	SelfCertificate CertificateKind = iota // the employee's self-certificate, for days 1–7 (Proc 13) ("self")
	FitNote                                // a medical certificate (fit note) from a doctor (Proc 14) ("fit-note")
	numCertificateKinds
)

var certificateCodes = [numCertificateKinds]string{"self", "fit-note"}

// String returns "self-certificate" or "fit note".
func (k CertificateKind) String() string {
	switch k {
	case SelfCertificate:
		return "self-certificate"
	case FitNote:
		return "fit note"
	default:
		return fmt.Sprintf("CertificateKind(%d)", int(k))
	}
}

// MarshalText implements encoding.TextMarshaler: "self" or "fit-note".
func (k CertificateKind) MarshalText() ([]byte, error) {
	if k >= numCertificateKinds {
		return nil, inputErr("certificate", -1, "", "Kind", ErrCertificate, fmt.Sprint(int(k)))
	}
	return []byte(certificateCodes[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *CertificateKind) UnmarshalText(b []byte) error {
	for v, c := range certificateCodes {
		if c == string(b) {
			*k = CertificateKind(v)
			return nil
		}
	}
	return codeErr("certificate", "Kind", ErrCertificate, certificateCodes[:])
}

// A Certificate is a self-certificate or fit note covering some days of an
// absence (ABS-4).
type Certificate struct {
	Kind     CertificateKind `json:"kind"`     // self-certificate or fit note
	Covers   Period          `json:"covers"`   // the days it covers, both ends included
	Received Date            `json:"received"` // when the manager received it; zero if not yet

	// The fit note as the doctor (or, since July 2022, another healthcare
	// professional) writes it (ABS-20, App 2); a self-certificate has none
	// of these.

	// Fitness is the assessment: not fit for work (the zero value) or may
	// be fit taking account of the advice.
	Fitness Fitness `json:"fitness,omitempty"`
	// Advice are the boxes ticked on a "may be fit" note, each once.
	Advice []Advice `json:"advice,omitempty"`
	// Issuer is who signed the note, as a category; zero: not recorded.
	Issuer Issuer `json:"issuer,omitempty"`
	// Employer is the employer's decision on a "may be fit" note's advice,
	// with its date; nil while none is recorded.
	Employer *AdviceDecision `json:"employer,omitempty"`
}

// IsSickness reports whether r is sickness absence: Kind Sickness, or a
// MedicalSuspension that Occupational Health did not find fit (§4.6).
func (r Record) IsSickness() bool { return r.sickness() }

// sickness is IsSickness for a record in place: a Record is large, and a call
// of a value method through a pointer copies it, even inlined (the episode
// builder asks this of every record).
func (r *Record) sickness() bool {
	return r.Kind == Sickness || (r.Kind == MedicalSuspension && !r.Evidence.OHConfirmedFit)
}

// String describes r without any confidential text, e.g.
// "sickness 2026-01-06/2026-01-07 (Musculoskeletal)".
func (r Record) String() string {
	var b strings.Builder
	b.WriteString(r.Kind.Code())
	b.WriteByte(' ')
	b.WriteString(r.Period.String())
	if r.Reason != ReasonUnknown {
		b.WriteString(" (")
		b.WriteString(r.Reason.String())
		b.WriteByte(')')
	}
	if r.PartDay != nil {
		if r.PartDay.Shift.IsZero() { // the scheduled shift
			fmt.Fprintf(&b, ", part day: %s worked", hours(r.PartDay.Worked))
		} else {
			fmt.Fprintf(&b, ", part day: %s of %s worked", r.PartDay.Worked, hours(r.PartDay.Shift))
		}
		if r.PartDay.SentHome {
			b.WriteString(", sent home")
		}
	}
	return b.String()
}

// GoString is String, so that %#v cannot reveal confidential text.
func (r Record) GoString() string { return "absence.Record{" + r.String() + "}" }

// validate checks one record on its own, and returns its first and last
// day as Unix days. sched is used for part days.
func (r *Record) validate(i int, sched Schedule) (days [2]int, err error) {
	first, okStart := r.Period.Start.recordDay()
	last, okEnd := r.Period.End.recordDay()
	if !okStart || !okEnd || last < first {
		// Some check of the period fails: find the first, as the checks
		// come. (Both dates valid, in range and in order pass all of them,
		// as most records do.)
		if err := r.Period.validate("record", i, r.ID, "Period"); err != nil {
			return days, err
		}
		if err := r.checkPeriodRange(i); err != nil {
			return days, err
		}
		first, last = r.Period.Start.UnixDays(), r.Period.End.UnixDays()
	}
	days = [2]int{first, last}
	// checkRange finds nothing wrong with a record of at most MaxRecordDays
	// days with no other dates (most records): not called for one.
	if n := last - first + 1; n > MaxRecordDays || !r.Returned.IsZero() || !r.Interviewed.IsZero() || len(r.Certificates) > 0 {
		if err := r.checkRange(i, n); err != nil {
			return days, err
		}
	}
	return days, r.validateRest(i, sched)
}

// validateRest is validate after the checks of the dates' range.
func (r *Record) validateRest(i int, sched Schedule) error {
	if !r.Kind.IsValid() {
		return inputErr("record", i, r.ID, "Kind", ErrUnknownKind, fmt.Sprint(int(r.Kind)))
	}
	sickLike := r.Kind == Sickness || r.Kind == MedicalSuspension
	switch {
	case r.Reason >= numReasons, sickLike && !r.Reason.IsValid():
		return inputErr("record", i, r.ID, "Reason", ErrUnknownReason, r.Reason.Code())
	case sickLike && r.Reason == CosmeticSurgeryNotRequired:
		return inputErr("record", i, r.ID, "Reason", ErrNotSickness, r.Reason.Code())
	}
	if r.Evidence.Specimen >= numSpecimens {
		return inputErr("record", i, r.ID, "Evidence.Specimen", ErrUnknownReason, fmt.Sprint(int(r.Evidence.Specimen)))
	}
	if r.PartDay != nil {
		if r.Kind != Sickness {
			return inputErr("record", i, r.ID, "PartDay", ErrPartDayNotSickness, r.Kind.Code())
		}
		if _, err := r.partDayShift(i, sched); err != nil {
			return err
		}
	}
	for c, cert := range r.Certificates {
		field := fmt.Sprintf("Certificates[%d]", c)
		if cert.Kind >= numCertificateKinds {
			return inputErr("record", i, r.ID, field+".Kind", ErrCertificate, fmt.Sprint(int(cert.Kind)))
		}
		if err := cert.Covers.validate("record", i, r.ID, field+".Covers"); err != nil {
			return err
		}
		if !cert.Received.IsZero() && !cert.Received.IsValid() {
			return inputErr("record", i, r.ID, field+".Received", ErrInvalidDate, cert.Received.String())
		}
		if err := r.Certificates[c].validateFitNote(i, r.ID, field); err != nil {
			return err
		}
	}
	if r.PartDay != nil {
		for c := range r.Certificates {
			if p, ok := r.atWork(c); ok && p.Start == r.Period.Start {
				e := inputErr("record", i, r.ID, "Certificates["+strconv.Itoa(c)+"].Employer.From", ErrFitNote, r.Period.Start.String())
				e.Want = "a day after the part day: the employee cannot be at work with the changes on the day they went home ill"
				return e
			}
		}
	}
	if !r.CalledBack.IsZero() && (r.Reported.IsZero() || r.CalledBack.Before(r.Reported)) {
		return inputErr("record", i, r.ID, "CalledBack", ErrNotificationTime, "call-back without a report, or before it")
	}
	if r.Interview != nil {
		if err := r.Interview.validate(i, r.ID, r.Interviewed); err != nil {
			return err
		}
	}
	if !r.ExpectedReturn.IsZero() || !r.ReportedFit.IsZero() {
		if err := r.validateClosing(i); err != nil {
			return err
		}
	}
	if r.Planned != nil || len(r.Training) > 0 {
		if err := r.validatePlanned(i); err != nil {
			return err
		}
	}
	if r.Returned.IsZero() && r.Interviewed.IsZero() {
		return nil // as most records
	}
	for _, f := range []struct {
		name string
		d    Date
	}{{"Returned", r.Returned}, {"Interviewed", r.Interviewed}} {
		if f.d.IsZero() {
			continue
		}
		if !f.d.IsValid() {
			return inputErr("record", i, r.ID, f.name, ErrInvalidDate, f.d.String())
		}
		if !f.d.After(r.Period.End) {
			return inputErr("record", i, r.ID, f.name, ErrReversedPeriod, f.d.String()+" is not after "+r.Period.End.String())
		}
	}
	return nil
}

// partValue writes "W of S" hours for a part day's error, or "" when W is
// too long to read.
func partValue(worked, shift decimal.Decimal) string {
	if w := number(worked); w != "" {
		return w + " of " + shift.String()
	}
	return ""
}

// checkPeriodRange checks that the record's period is in the years hr14
// accepts.
func (r *Record) checkPeriodRange(i int) error {
	p := &r.Period
	switch {
	case !inYears(p.Start):
		return inputErr("record", i, r.ID, "Period.Start", ErrDateRange, p.Start.String())
	case !inYears(p.End):
		return inputErr("record", i, r.ID, "Period.End", ErrDateRange, p.End.String())
	}
	return nil
}

// checkRange checks, for a record whose period is valid, in range and n
// days long, that its other dates are in the years hr14 accepts and that
// it is not absurdly long (a typo in a year). It compares years only, so
// the batch path pays next to nothing for it: the dates' validity is
// checked on its own.
func (r *Record) checkRange(i, n int) error {
	p := &r.Period
	switch {
	case !r.Returned.IsZero() && !inYears(r.Returned):
		return inputErr("record", i, r.ID, "Returned", ErrDateRange, r.Returned.String())
	case !r.Interviewed.IsZero() && !inYears(r.Interviewed):
		return inputErr("record", i, r.ID, "Interviewed", ErrDateRange, r.Interviewed.String())
	}
	for c := range r.Certificates {
		cert := &r.Certificates[c]
		for _, d := range [3]Date{cert.Covers.Start, cert.Covers.End, cert.Received} {
			if !d.IsZero() && !inYears(d) {
				return inputErr("record", i, r.ID, "Certificates["+strconv.Itoa(c)+"]", ErrDateRange, d.String())
			}
		}
	}
	if n > MaxRecordDays {
		e := inputErr("record", i, r.ID, "Period", ErrTooLong, strconv.Itoa(n)+" days, "+p.String())
		e.Want = "at most " + strconv.Itoa(MaxRecordDays) + " days: check the years; an absence still running ends on the last day known"
		return e
	}
	return nil
}

// inYears reports whether d's year is from EarliestYear to LatestYear.
func inYears(d Date) bool { return d.Year >= EarliestYear && d.Year <= LatestYear }

// partDayShift returns the shift length of a part day and checks the hours.
func (r *Record) partDayShift(i int, sched Schedule) (decimal.Decimal, error) {
	pd := r.PartDay
	s, ok := sched.ShiftOn(r.Period.Start)
	if !ok {
		return decimal.Zero, inputErr("record", i, r.ID, "PartDay", ErrPartDayNotScheduled, r.Period.Start.String())
	}
	shift := s.Hours
	if !pd.Shift.IsZero() {
		if !validHours(pd.Shift) {
			return decimal.Zero, inputErr("record", i, r.ID, "PartDay.Shift", ErrHours, number(pd.Shift))
		}
		shift = pd.Shift
	}
	if pd.Worked.IsNegative() || !pd.Worked.LessThan(shift) {
		return decimal.Zero, inputErr("record", i, r.ID, "PartDay.Worked", ErrPartDayHours, partValue(pd.Worked, shift))
	}
	return shift, nil
}

// validateClosing checks the expected return and the day reported fit of
// record i (ABS-23): valid dates, in range, after the first day absent.
func (r *Record) validateClosing(i int) error {
	for _, f := range [2]struct {
		name string
		d    Date
	}{{"ExpectedReturn", r.ExpectedReturn}, {"ReportedFit", r.ReportedFit}} {
		switch {
		case f.d.IsZero():
		case !f.d.IsValid():
			return inputErr("record", i, r.ID, f.name, ErrInvalidDate, f.d.String())
		case !inYears(f.d):
			return inputErr("record", i, r.ID, f.name, ErrDateRange, f.d.String())
		case !f.d.After(r.Period.Start):
			return inputErr("record", i, r.ID, f.name, ErrReversedPeriod, f.d.String()+" is not after "+r.Period.Start.String())
		}
	}
	return nil
}
