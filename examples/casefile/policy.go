package casefile

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
	"github.com/absencerules/hr14/triggers"
)

// PolicyHR14 is the name of the only policy this format knows: HR14 v16 with
// the library's defaults. Knobs change its selectable interpretations.
const PolicyHR14 = "HR14"

// Policy is the case's policy document: it names the policy a case is
// evaluated under and changes its knobs, the selectable interpretations of
// the rule catalogue (the package documentation of absence, triggers,
// stages, payroll and pension). It configures every package's Policy at
// once: a setting two packages share (the stage lapse, the policy's name)
// is set once here. A knob left out keeps the HR14 v16 default; the
// defaults are listed in CASEFILE.md.
type Policy struct {
	// Name is "HR14" (also "HR14 v16"); empty means HR14: the rules the
	// library implements.
	Name string `json:"name,omitempty"`
	// ID names the policy as the trust does, for every result, report and
	// letter: its reference, title, version, trust and the date it took
	// effect. Nil means HR14 v16 of University Hospitals of North Midlands
	// (absence.HR14v16()). A trust that adopts the rules under its own
	// policy names it here.
	ID *absence.PolicyID `json:"id,omitempty"`

	// ExactlyHalf: a part day with exactly half the shift worked is
	// "half-worked" (not sickness, Proc 5, the default) or "half-sickness"
	// (§4.4) (ABS-3).
	ExactlyHalf *HalfShift `json:"exactlyHalf,omitempty"`
	// ExcludeOccupationalInfection, ExcludeDisability, ExcludePregnancy:
	// which sickness is left out of trigger counts (ABS-7; all true by
	// default).
	ExcludeOccupationalInfection *bool `json:"excludeOccupationalInfection,omitempty"`
	ExcludeDisability            *bool `json:"excludeDisability,omitempty"`
	ExcludePregnancy             *bool `json:"excludePregnancy,omitempty"`
	// NegativeSample: an occupational infection with a documented link and a
	// negative specimen (or a sample asked for and not provided) counts,
	// "sample-counts" (Proc 19, the default), or the link prevails,
	// "link-prevails" (ABS-7).
	NegativeSample *NegativeSample `json:"negativeSample,omitempty"`
	// FitNoteFrom: the 3 days for a fit note run from the "first-day-to-cover"
	// (default) or the "certificate-start" (ABS-4).
	FitNoteFrom *FitNoteStart `json:"fitNoteFrom,omitempty"`
	// StressDays: the 5 working days of the stress referral are
	// "scheduled-days" (default) or "business-days" (ABS-9).
	StressDays *StressDays `json:"stressDays,omitempty"`
	// SicknessOnLeave: sickness during booked leave replaces it when
	// reported on its first day ("notified-first-day", default), or also
	// only the days a fit note covers ("fit-note") (ABS-21).
	SicknessOnLeave *SicknessOnLeave `json:"sicknessOnLeave,omitempty"`
	// Fertility: the protected period of fertility treatment leaves out all
	// sickness inside it ("protected-period", default) or only sickness
	// recorded as pregnancy-related ("pregnancy-reason") (ABS-24).
	Fertility *FertilityScope `json:"fertility,omitempty"`

	// ProRata: TRIG-2 and TRIG-4 pro rata by "days" (default) or "hours".
	ProRata *triggers.ProRata `json:"proRata,omitempty"`
	// TRIG5Reading: "at-least" 28 days (SAP 1.2, default) or "more-than" 4
	// weeks (App 11) (TRIG-5).
	TRIG5Reading *triggers.Length `json:"trig5Reading,omitempty"`
	// TRIG5Measure: an episode's length is its "counted-days" (excluded days
	// add nothing, the default) or its "counted-span" (first to last counted
	// day) (TRIG-5, ABS-7).
	TRIG5Measure *triggers.Measure `json:"trig5Measure,omitempty"`
	// Counting after a stage meeting: "after-meeting" (default) or
	// "full-window" (TRIG-7, SAP 1.3).
	Counting *triggers.Counting `json:"counting,omitempty"`
	// LapseMonths: a stage lapses after this many months without a trigger;
	// 0, the default, never (both the triggers and the stages policy).
	LapseMonths *int `json:"lapseMonths,omitempty"`
	// UnderlyingCondition: once OH advises of an underlying condition, a
	// trigger reached through linked absences waits for HR advice
	// ("continuing-absence", default) or progresses the case as before
	// ("triggers") (STAGE-15).
	UnderlyingCondition *stages.UnderlyingReading `json:"underlyingCondition,omitempty"`

	// SickPayMonths: months of sick pay as "calendar-months" (default),
	// "30-days" or "working-days" (PAY-8).
	SickPayMonths *payroll.MonthRule `json:"sickPayMonths,omitempty"`
	// SSPStraddle: a period of incapacity across 6 April 2026 is refused
	// ("refuse", default) or each day takes its own rules ("by-day") (PAY-8).
	SSPStraddle *payroll.Straddle `json:"sspStraddle,omitempty"`

	// PensionPartTime: part-time reduction of a Tier 2 enhancement by
	// "membership" (default) or "final-fte" (PEN-3).
	PensionPartTime *PartTime `json:"pensionPartTime,omitempty"`

	// InjuryWindowFrom: Injury Allowance's 12 months per episode run from
	// the "episode-start" (default) or, when the decision names a later day,
	// from the "payment-start" (PAY-12).
	InjuryWindowFrom *payroll.WindowStart `json:"injuryWindowFrom,omitempty"`
	// PensionOptedOutTier1Only: a member who opted out of the scheme gets
	// Tier 1 at most (true), or is assessed as a current member (false, the
	// default) (PEN-8).
	PensionOptedOutTier1Only *bool `json:"pensionOptedOutTier1Only,omitempty"`

	// TRIG1 … TRIG5 change the trigger points' numbers (SAP 1.2, App 11):
	// a trust whose numbers differ, or one weighing a change ("3 episodes in
	// 12 months" instead of "2 in 6", hr14 batch --compare). A field left
	// out keeps HR14 v16's (TRIG-1 … TRIG-5).
	TRIG1 *EpisodeLimit `json:"trig1,omitempty"`
	TRIG2 *DayLimit     `json:"trig2,omitempty"`
	TRIG3 *EpisodeLimit `json:"trig3,omitempty"`
	TRIG4 *DayLimit     `json:"trig4,omitempty"`
	TRIG5 *LengthLimit  `json:"trig5,omitempty"`
}

// Policies are the policy values of every hr14 package, built from a case's
// Policy. ID is the policy they all name, in one place for a host, a
// report or a letter.
type Policies struct {
	ID       absence.PolicyID
	Absence  absence.Policy
	Triggers triggers.Policy
	Stages   stages.Policy
	Payroll  payroll.Policy
	Pension  pension.Policy
}

// Knobs lists the knobs p sets to a value other than the HR14 v16 default,
// as "name=value", in a fixed order, for reports: a knob set to its default
// is not listed.
func (p Policy) Knobs() []string {
	var out []string
	add := func(name, value, def string) {
		if value != def {
			out = append(out, name+"="+value)
		}
	}
	str := func(name string, v, def fmt.Stringer) {
		if v != nil {
			add(name, v.String(), def.String())
		}
	}
	boolean := func(name string, v *bool, def bool) {
		if v != nil {
			add(name, strconv.FormatBool(*v), strconv.FormatBool(def))
		}
	}
	rec, trig, st := absence.HR14(), triggers.HR14(), stages.HR14()
	pay, pen := payroll.HR14(), pension.HR14()
	str("exactlyHalf", orNil(p.ExactlyHalf), rec.ExactlyHalf)
	boolean("excludeOccupationalInfection", p.ExcludeOccupationalInfection, rec.Exclude.OccupationalInfection)
	boolean("excludeDisability", p.ExcludeDisability, rec.Exclude.Disability)
	boolean("excludePregnancy", p.ExcludePregnancy, rec.Exclude.Pregnancy)
	str("negativeSample", orNil(p.NegativeSample), rec.Exclude.NegativeSample)
	str("fitNoteFrom", orNil(p.FitNoteFrom), rec.FitNoteFrom)
	str("stressDays", orNil(p.StressDays), rec.StressDays)
	str("sicknessOnLeave", orNil(p.SicknessOnLeave), rec.SicknessOnLeave)
	str("fertility", orNil(p.Fertility), rec.Exclude.Fertility)
	str("proRata", orNil(p.ProRata), trig.ProRata)
	str("trig5Reading", orNil(p.TRIG5Reading), trig.TRIG5.Reading)
	str("trig5Measure", orNil(p.TRIG5Measure), trig.TRIG5.Measure)
	str("counting", orNil(p.Counting), trig.Counting)
	if p.LapseMonths != nil {
		add("lapseMonths", strconv.Itoa(*p.LapseMonths), strconv.Itoa(st.LapseMonths))
	}
	str("underlyingCondition", orNil(p.UnderlyingCondition), st.UnderlyingCondition)
	str("sickPayMonths", orNil(p.SickPayMonths), pay.Months)
	str("sspStraddle", orNil(p.SSPStraddle), pay.Straddle)
	str("pensionPartTime", orNil(p.PensionPartTime), pen.PartTime)
	str("injuryWindowFrom", orNil(p.InjuryWindowFrom), pay.Injury.WindowFrom)
	boolean("pensionOptedOutTier1Only", p.PensionOptedOutTier1Only, pen.OptedOutTier1Only)
	return append(out, p.thresholdKnobs()...)
}

// orNil returns *p as a Stringer, or nil for a nil p.
func orNil[T fmt.Stringer](p *T) fmt.Stringer {
	if p == nil {
		return nil
	}
	return *p
}

// PolicyID returns the policy the case names: its policy.id, or HR14 v16.
func (p Policy) PolicyID() absence.PolicyID {
	if p.ID != nil {
		return *p.ID
	}
	return absence.HR14v16()
}

// Policies returns the HR14 v16 policy of every package with the knobs of p
// applied. It fails, with an *Error naming the field, for an unknown policy
// name or a knob value the library refuses.
func (c *Case) Policies() (Policies, error) {
	p := c.Policy
	switch strings.ToUpper(strings.TrimSpace(p.Name)) {
	case "", "HR14", "HR14 V16":
	default:
		return Policies{}, c.errorf("policy.name", ErrInvalid, "unknown policy: this format knows only %q (HR14 v16), with knobs to change its interpretations", PolicyHR14)
	}
	id := p.PolicyID()
	if err := id.Validate(); err != nil {
		var ae *absence.InputError
		field, want := "policy.id", "a reference or a title, and a version"
		if errors.As(err, &ae) {
			field, want = "policy."+FieldPath(ae.Field), ae.Want
		}
		return Policies{}, c.errorf(field, ErrInvalid, "the policy's name: needs %s", want)
	}
	rec := absence.HR14()
	rec.ID = id
	if p.ExactlyHalf != nil {
		rec.ExactlyHalf = absence.HalfShift(*p.ExactlyHalf)
	}
	if p.ExcludeOccupationalInfection != nil {
		rec.Exclude.OccupationalInfection = *p.ExcludeOccupationalInfection
	}
	if p.ExcludeDisability != nil {
		rec.Exclude.Disability = *p.ExcludeDisability
	}
	if p.ExcludePregnancy != nil {
		rec.Exclude.Pregnancy = *p.ExcludePregnancy
	}
	if p.NegativeSample != nil {
		rec.Exclude.NegativeSample = absence.SampleReading(*p.NegativeSample)
	}
	if p.FitNoteFrom != nil {
		rec.FitNoteFrom = absence.FitNoteStart(*p.FitNoteFrom)
	}
	if p.StressDays != nil {
		rec.StressDays = absence.DayBasis(*p.StressDays)
	}
	if p.SicknessOnLeave != nil {
		rec.SicknessOnLeave = absence.SickOnLeave(*p.SicknessOnLeave)
	}
	if p.Fertility != nil {
		rec.Exclude.Fertility = absence.FertilityScope(*p.Fertility)
	}
	if err := rec.Validate(); err != nil {
		return Policies{}, c.wrap("policy", err)
	}

	trig := triggers.HR14()
	trig.ID, trig.Recording = id, rec
	if p.ProRata != nil {
		trig.ProRata = *p.ProRata
	}
	if p.TRIG5Reading != nil {
		trig.TRIG5.Reading = *p.TRIG5Reading
	}
	if p.TRIG5Measure != nil {
		trig.TRIG5.Measure = *p.TRIG5Measure
	}
	if p.Counting != nil {
		trig.Counting = *p.Counting
	}
	if err := p.applyThresholds(&trig); err != nil {
		return Policies{}, c.wrap(err.path, err.err)
	}
	st := stages.HR14()
	st.ID = id
	if p.LapseMonths != nil {
		if *p.LapseMonths < 0 {
			return Policies{}, c.errorf("policy.lapseMonths", ErrInvalid, "must be 0 (no lapse) or more, not %d", *p.LapseMonths)
		}
		trig.LapseMonths = *p.LapseMonths
		st.LapseMonths = *p.LapseMonths
	}
	if p.UnderlyingCondition != nil {
		st.UnderlyingCondition = *p.UnderlyingCondition
	}
	if err := trig.Validate(); err != nil {
		return Policies{}, c.wrap("policy", err)
	}
	if err := st.Validate(); err != nil {
		return Policies{}, c.wrap("policy", err)
	}

	pay := payroll.HR14()
	pay.ID = id
	if p.SickPayMonths != nil {
		pay.Months = *p.SickPayMonths
	}
	if p.SSPStraddle != nil {
		pay.Straddle = *p.SSPStraddle
	}
	if p.InjuryWindowFrom != nil {
		pay.Injury.WindowFrom = *p.InjuryWindowFrom
	}
	if err := pay.Validate(); err != nil {
		return Policies{}, c.wrap("policy", err)
	}
	pen := pension.HR14()
	pen.ID = id
	if p.PensionPartTime != nil {
		pen.PartTime = pension.PartTimeMethod(*p.PensionPartTime)
	}
	if p.PensionOptedOutTier1Only != nil {
		pen.OptedOutTier1Only = *p.PensionOptedOutTier1Only
	}
	if err := pen.Validate(); err != nil {
		return Policies{}, c.wrap("policy", err)
	}
	return Policies{ID: id, Absence: rec, Triggers: trig, Stages: st, Payroll: pay, Pension: pen}, nil
}

// HalfShift is the ABS-3 exactly-half knob in its text form: "half-worked" or
// "half-sickness" (absence.HalfShift).
type HalfShift absence.HalfShift

func (h HalfShift) String() string               { return absence.HalfShift(h).String() }
func (h HalfShift) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (h *HalfShift) UnmarshalText(b []byte) error {
	return choose(h, string(b), "exactlyHalf", HalfShift(absence.HalfWorked), HalfShift(absence.HalfSickness))
}

// FitNoteStart is the ABS-4 fit-note knob in its text form:
// "first-day-to-cover" or "certificate-start" (absence.FitNoteStart).
type FitNoteStart absence.FitNoteStart

func (f FitNoteStart) String() string               { return absence.FitNoteStart(f).String() }
func (f FitNoteStart) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *FitNoteStart) UnmarshalText(b []byte) error {
	return choose(f, string(b), "fitNoteFrom", FitNoteStart(absence.FirstDayToCover), FitNoteStart(absence.CertificateStart))
}

// StressDays is the ABS-9 stress-referral knob in its text form:
// "scheduled-days" or "business-days" (absence.DayBasis).
type StressDays absence.DayBasis

func (s StressDays) String() string               { return absence.DayBasis(s).String() }
func (s StressDays) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *StressDays) UnmarshalText(b []byte) error {
	return choose(s, string(b), "stressDays", StressDays(absence.OnScheduledDays), StressDays(absence.OnBusinessDays))
}

// SicknessOnLeave is the ABS-21 knob in its text form:
// "notified-first-day" or "fit-note" (absence.SickOnLeave).
type SicknessOnLeave absence.SickOnLeave

func (s SicknessOnLeave) String() string               { return absence.SickOnLeave(s).String() }
func (s SicknessOnLeave) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *SicknessOnLeave) UnmarshalText(b []byte) error {
	return choose(s, string(b), "sicknessOnLeave", SicknessOnLeave(absence.OnLeaveNotified), SicknessOnLeave(absence.OnLeaveFitNote))
}

// FertilityScope is the ABS-24 knob in its text form: "protected-period"
// or "pregnancy-reason" (absence.FertilityScope).
type FertilityScope absence.FertilityScope

func (f FertilityScope) String() string               { return absence.FertilityScope(f).String() }
func (f FertilityScope) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *FertilityScope) UnmarshalText(b []byte) error {
	return choose(f, string(b), "fertility", FertilityScope(absence.WholeProtectedPeriod), FertilityScope(absence.PregnancyReasonOnly))
}

// NegativeSample is the ABS-7 negative-sample knob in its text form:
// "sample-counts" or "link-prevails" (absence.SampleReading).
type NegativeSample absence.SampleReading

func (n NegativeSample) String() string               { return absence.SampleReading(n).String() }
func (n NegativeSample) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (n *NegativeSample) UnmarshalText(b []byte) error {
	return choose(n, string(b), "negativeSample", NegativeSample(absence.SampleCounts), NegativeSample(absence.LinkPrevails))
}

// PartTime is the PEN-3 part-time knob in its text form: "membership" or
// "final-fte" (pension.PartTimeMethod).
type PartTime pension.PartTimeMethod

func (p PartTime) String() string               { return pension.PartTimeMethod(p).String() }
func (p PartTime) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *PartTime) UnmarshalText(b []byte) error {
	return choose(p, string(b), "pensionPartTime", PartTime(pension.PartTimeMembership), PartTime(pension.PartTimeFinalFTE))
}

// choose sets *dst to the value whose String is text.
func choose[T fmt.Stringer](dst *T, text, knob string, values ...T) error {
	codes := make([]string, len(values))
	for i, v := range values {
		if v.String() == text {
			*dst = v
			return nil
		}
		codes[i] = strconv.Quote(v.String())
	}
	// Never the text: it may be a health detail typed into the field.
	return fmt.Errorf("not a %s code: use %s", knob, strings.Join(codes, " or "))
}

// isName reports whether s has the shape of a field or policy name: up to 40
// ASCII letters, digits, '-' and '_'. Such text is quoted in an error;
// anything else (a sentence) never is.
func isName(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_':
		default:
			return false
		}
	}
	return true
}

// quoteName quotes s if it has the shape of a name (isName), else "".
func quoteName(s string) string {
	if !isName(s) {
		return ""
	}
	return strconv.Quote(s)
}
