package absence

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// ErrFertility: a fertility treatment is recorded without the day of
// embryo transfer (ABS-24).
const ErrFertility Error = "invalid fertility treatment"

// A FertilityTreatment is one cycle of IVF or other fertility treatment, as
// the host records it (ABS-24, Proc 21): dates only. From the embryo
// transfer (implantation) the employee is regarded as pregnant, and if the
// treatment fails the protected period of the Equality Act 2010 (s18) ends
// two weeks after the day she learns it failed, or the pregnancy ended.
type FertilityTreatment struct {
	ID string `json:"id,omitempty"` // the host's identifier, used in error messages
	// Transfer is the day of embryo transfer (implantation). Required.
	Transfer Date `json:"transfer"`
	// Ended is the day the employee learnt the treatment had failed, or the
	// pregnancy ended; on or after Transfer. Zero while the pregnancy
	// continues: the protected period has no end the host has recorded.
	Ended Date `json:"ended,omitempty"`
}

// Protected returns the protected period of t under p (ABS-24): from the
// embryo transfer to the last of p.FertilityProtectedDays days beginning
// with the day the employee learnt the treatment failed or the pregnancy
// ended (Equality Act 2010 s18(6)(b): "the period of 2 weeks beginning with
// the end of the pregnancy"). open is true when Ended is zero: the period
// then runs to the end of [LatestYear] in Period, for the host to close.
func (t FertilityTreatment) Protected(p Policy) (period Period, open bool) {
	if t.Ended.IsZero() {
		return Period{t.Transfer, Date{LatestYear, time.December, 31}}, true
	}
	return Period{t.Transfer, t.Ended.AddDays(p.FertilityProtectedDays - 1)}, false
}

// FertilityScope is the reading of which sickness the protected period of
// fertility treatment leaves out of the triggers (ABS-24).
type FertilityScope uint8

// The readings.
const (
	// WholeProtectedPeriod: every day of sickness inside the protected
	// period, whatever its recorded reason, is left out as the pregnancy
	// exclusion (ABS-7) leaves out pregnancy-related sickness: Proc 21
	// regards the employee as pregnant from implantation, and sickness in
	// the weeks of treatment is hard to tell apart from it. The HR14
	// default ("protected-period").
	WholeProtectedPeriod FertilityScope = iota
	// PregnancyReasonOnly: only sickness recorded as pregnancy-related
	// (Reason PregnancyRelated) is left out, as it is anywhere else; the
	// protected period is shown as evidence. The Equality Act protects
	// illness suffered as a result of the pregnancy ("pregnancy-reason").
	PregnancyReasonOnly
)

// String returns "protected-period" or "pregnancy-reason".
func (s FertilityScope) String() string {
	switch s {
	case WholeProtectedPeriod:
		return "protected-period"
	case PregnancyReasonOnly:
		return "pregnancy-reason"
	}
	return "FertilityScope(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler: "protected-period" or
// "pregnancy-reason".
func (s FertilityScope) MarshalText() ([]byte, error) {
	return knobText(s, PregnancyReasonOnly, "Exclude.Fertility")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown code is an
// error and leaves the value unchanged.
func (s *FertilityScope) UnmarshalText(b []byte) error {
	return knobParse(s, PregnancyReasonOnly, b, "Exclude.Fertility")
}

// validateFertility checks e.FertilityTreatments: a transfer day for each,
// in strictly increasing order, an end on or after it.
func (e Employee) validateFertility() error {
	for i, t := range e.FertilityTreatments {
		field := "FertilityTreatments[" + strconv.Itoa(i) + "]"
		switch {
		case t.Transfer.IsZero():
			e := inputErr("employee", -1, e.ID, field+".Transfer", ErrFertility, "")
			e.Want = "the day of embryo transfer (implantation)"
			return e
		case !t.Transfer.IsValid():
			return inputErr("employee", -1, e.ID, field+".Transfer", ErrInvalidDate, t.Transfer.String())
		case !inYears(t.Transfer):
			return inputErr("employee", -1, e.ID, field+".Transfer", ErrDateRange, t.Transfer.String())
		case i > 0 && !t.Transfer.After(e.FertilityTreatments[i-1].Transfer):
			return inputErr("employee", -1, e.ID, field+".Transfer", ErrUnsorted, t.Transfer.String())
		case t.Ended.IsZero():
		case !t.Ended.IsValid():
			return inputErr("employee", -1, e.ID, field+".Ended", ErrInvalidDate, t.Ended.String())
		case !inYears(t.Ended):
			return inputErr("employee", -1, e.ID, field+".Ended", ErrDateRange, t.Ended.String())
		case t.Ended.Before(t.Transfer):
			return inputErr("employee", -1, e.ID, field+".Ended", ErrReversedPeriod, t.Ended.String()+" is before "+t.Transfer.String())
		}
	}
	return nil
}

// protectedDays appends to out the protected periods of the employee's
// fertility treatments that exclude sickness under f.pol (ABS-24), as Unix
// days in date order, joined where they overlap or touch; none unless
// pregnancy-related sickness is excluded over the whole protected period.
func (f *former) protectedDays(out [][2]int) [][2]int {
	if !f.pol.Exclude.Pregnancy || f.pol.Exclude.Fertility != WholeProtectedPeriod {
		return out
	}
	for _, t := range f.emp.FertilityTreatments {
		p, _ := t.Protected(f.pol)
		d := unixDays(p)
		if n := len(out); n > 0 && d[0] <= out[n-1][1]+1 {
			out[n-1][1] = max(out[n-1][1], d[1])
			continue
		}
		out = append(out, d)
	}
	return out
}

// ProtectedPeriod is the protected period of one fertility treatment
// (ABS-24), with what it means for the sickness inside it.
type ProtectedPeriod struct {
	Treatment int    `json:"treatment"` // index in Employee.FertilityTreatments
	Period    Period `json:"period"`    // from the transfer; to the end of LatestYear when Open
	// Open: the host has not recorded an end (the pregnancy continues): the
	// period runs until the host records one.
	Open    bool    `json:"open,omitempty"`
	Finding Finding `json:"finding"`
}

// protectedOf explains the protected period of each fertility treatment of
// h (ABS-24).
func protectedOf(h *History) []ProtectedPeriod {
	pol := h.Policy
	var out []ProtectedPeriod
	for k, t := range h.Employee.FertilityTreatments {
		p, open := t.Protected(pol)
		text := fmt.Sprintf("fertility treatment %d: from the embryo transfer on %s the employee is regarded as pregnant (Proc 21)", k+1, t.Transfer)
		if open {
			text += "; no end is recorded, so the protected period runs on until the host records the day she learnt the treatment failed or the pregnancy ended"
		} else {
			text += fmt.Sprintf("; she learnt on %s that it had failed or the pregnancy had ended, so the protected period ends on %s, the last of the %s beginning with that day (Equality Act 2010 s18(6))",
				t.Ended, p.End, plural(pol.FertilityProtectedDays, "day"))
		}
		switch {
		case !pol.Exclude.Pregnancy:
			text += ": this policy does not exclude pregnancy-related sickness, so sickness inside it counts"
		case pol.Exclude.Fertility == PregnancyReasonOnly:
			text += ": under this policy only sickness recorded as pregnancy-related is left out of the triggers; other sickness inside it counts"
		default:
			text += ": sickness inside it is left out of the triggers, as pregnancy-related sickness is (ABS-7); outside it sickness counts as usual"
		}
		out = append(out, ProtectedPeriod{Treatment: k, Period: p, Open: open, Finding: Finding{ruleFertility, text}})
	}
	return out
}

// fertilityDetail is the evidence of an exclusion of sickness inside a
// protected period starting on day (ABS-24).
func fertilityDetail(h *History, day Date) string {
	for _, x := range h.Protected {
		if x.Period.Contains(day) {
			t := h.Employee.FertilityTreatments[x.Treatment]
			if x.Open {
				return fmt.Sprintf("embryo transfer %s, no end recorded; HR14 Proc 21, Equality Act 2010 s18", t.Transfer)
			}
			return fmt.Sprintf("embryo transfer %s, failure or end learnt %s, protected to %s; HR14 Proc 21, Equality Act 2010 s18(6)", t.Transfer, t.Ended, x.Period.End)
		}
	}
	return ""
}

// fertility completes the episodes of x.h for the protected periods of
// fertility treatment (ABS-24): the evidence of each day left out, and a
// finding for an episode in a protected period whose sickness counts.
func (x *explainer) fertility() {
	h := x.h
	for k := range h.Episodes {
		ep := &h.Episodes[k]
		for j := range ep.Triggers.Excluded {
			if e := &ep.Triggers.Excluded[j]; e.Cause == CauseFertility {
				e.Detail = fertilityDetail(h, e.Period.Start)
				for f := range ep.Findings {
					if ep.Findings[f].Rule == ruleFertility && ep.Findings[f].Text == e.Period.String()+" not counted: "+CauseFertility.String() {
						ep.Findings[f].Text = e.text()
					}
				}
			}
		}
		for _, p := range h.Protected {
			if ep.Period.Overlaps(p.Period) {
				ep.Findings = slices.Insert(ep.Findings, len(ep.Findings)-1, p.Finding) // before ABS-1's
			}
		}
	}
}
