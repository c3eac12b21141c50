package absence

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// An Interview is what a return-to-work interview covered (ABS-11, Proc 16,
// SAP 1.1, §5.3.7): who held it, whether the trigger points and the next
// formal steps were explained (with the headroom the manager showed), the
// support, adjustments, Occupational Health referral and fit-note advice
// discussed, and the one-week bar on additional hours with any extension
// agreed. Its date is the record's Interviewed, which it needs. It holds
// categories and numbers only, no health detail.
type Interview struct {
	// HeldBy is who held it: the line manager (the default, App 13) or
	// another manager.
	HeldBy Interviewer `json:"heldBy,omitempty"`
	// Accompanied: the employee asked to be accompanied, which is not refused
	// (Proc 17).
	Accompanied bool `json:"accompanied,omitempty"`
	// TriggersExplained: the trigger points of the policy were explained
	// (Proc 16, SAP 1.1: "Employees will be made aware of trigger points …
	// at their Return to Work interviews").
	TriggersExplained bool `json:"triggersExplained,omitempty"`
	// Headroom is what the manager showed of each trigger point: how many
	// more episodes or working days it allows (the triggers package's
	// headroom); optional.
	Headroom []Headroom `json:"headroom,omitempty"`
	// NextStepsExplained: the next steps of the formal procedure were
	// explained, as Proc 16 asks when a formal stage was triggered.
	NextStepsExplained bool `json:"nextStepsExplained,omitempty"`
	// SupportDiscussed and AdjustmentsDiscussed: support, and adjustments or
	// temporary arrangements, were discussed.
	SupportDiscussed     bool `json:"supportDiscussed,omitempty"`
	AdjustmentsDiscussed bool `json:"adjustmentsDiscussed,omitempty"`
	// OHReferral says whether a referral to Occupational Health was
	// considered and what came of it.
	OHReferral OHConsidered `json:"ohReferral,omitempty"`
	// FitNote is the fit note's advice, as its category (Fit Note Guidance,
	// App 2); none if there was no fit note.
	FitNote FitNoteAdvice `json:"fitNote,omitempty"`
	// BarExplained: the week without additional hours after short-term
	// sickness was explained (Proc 16).
	BarExplained bool `json:"barExplained,omitempty"`
	// BarExtendedDays extends that week by so many days, agreed after
	// discussion with ExtendedWith (Proc 16: "following discussions with
	// Occupational Health, HR and staff-side"); 0 to 365.
	BarExtendedDays int         `json:"barExtendedDays,omitempty"`
	ExtendedWith    []Consultee `json:"extendedWith,omitempty"`
}

// Headroom is what a manager showed of one trigger point at a return-to-work
// interview.
type Headroom struct {
	Trigger string          `json:"trigger"` // "TRIG-1" … "TRIG-5"
	Left    decimal.Decimal `json:"left"`    // episodes or working days left before it is reached, at least 0
}

// An Interviewer is who held a return-to-work interview. Text codes are in
// parentheses.
type Interviewer uint8

// The interviewers.
const (
	ByLineManager  Interviewer = iota // the line manager ("line-manager")
	ByOtherManager                    // another manager, covering ("other-manager")
	numInterviewers
)

// OHConsidered says whether a return-to-work interview considered a referral
// to Occupational Health. Text codes are in parentheses.
type OHConsidered uint8

// The answers.
const (
	OHNotConsidered   OHConsidered = iota // not considered ("")
	OHReferred                            // the employee is (to be) referred ("referred")
	OHNotNeeded                           // considered and not needed ("not-needed")
	OHAlreadyInvolved                     // already referred ("already-referred")
	numOHConsidered
)

// FitNoteAdvice is the advice of a fit note, as its category. Text codes are
// in parentheses.
type FitNoteAdvice uint8

// The advice.
const (
	NoFitNote             FitNoteAdvice = iota // no fit note ("")
	NotFit                                     // not fit for work ("not-fit")
	MayBeFitPhased                             // may be fit, with a phased return ("phased-return")
	MayBeFitAlteredHours                       // may be fit, with altered hours ("altered-hours")
	MayBeFitAmendedDuties                      // may be fit, with amended duties ("amended-duties")
	MayBeFitAdaptations                        // may be fit, with workplace adaptations ("workplace-adaptations")
	numFitNoteAdvice
)

// A Consultee is who an extension of the bar on additional hours was agreed
// with (Proc 16). Text codes are in parentheses.
type Consultee uint8

// The consultees.
const (
	ConsultOH        Consultee = iota + 1 // Occupational Health ("occupational-health")
	ConsultHR                             // HR ("hr")
	ConsultStaffSide                      // staff side ("staff-side")
	numConsultees
)

var (
	interviewerCodes = [numInterviewers]string{"line-manager", "other-manager"}
	ohConsideredCode = [numOHConsidered]string{"", "referred", "not-needed", "already-referred"}
	fitNoteCodes     = [numFitNoteAdvice]string{"", "not-fit", "phased-return", "altered-hours", "amended-duties", "workplace-adaptations"}
	consulteeCodes   = [numConsultees]string{"", "occupational-health", "hr", "staff-side"}
)

func (i Interviewer) String() string   { return codeText(interviewerCodes[:], int(i), "Interviewer") }
func (o OHConsidered) String() string  { return codeText(ohConsideredCode[:], int(o), "OHConsidered") }
func (f FitNoteAdvice) String() string { return codeText(fitNoteCodes[:], int(f), "FitNoteAdvice") }
func (c Consultee) String() string     { return codeText(consulteeCodes[:], int(c), "Consultee") }

// MarshalText implements encoding.TextMarshaler with the code.
func (i Interviewer) MarshalText() ([]byte, error) { return codeBytes(interviewerCodes[:], int(i)) }

// MarshalText implements encoding.TextMarshaler with the code.
func (o OHConsidered) MarshalText() ([]byte, error) { return codeBytes(ohConsideredCode[:], int(o)) }

// MarshalText implements encoding.TextMarshaler with the code.
func (f FitNoteAdvice) MarshalText() ([]byte, error) { return codeBytes(fitNoteCodes[:], int(f)) }

// MarshalText implements encoding.TextMarshaler with the code.
func (c Consultee) MarshalText() ([]byte, error) {
	if c == 0 {
		return nil, inputErr("consultee", -1, "", "", ErrUnknownCode, "0")
	}
	return codeBytes(consulteeCodes[:], int(c))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (i *Interviewer) UnmarshalText(b []byte) error {
	return decodeCode(interviewerCodes[:], b, "interviewer", func(v int) { *i = Interviewer(v) })
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *OHConsidered) UnmarshalText(b []byte) error {
	return decodeCode(ohConsideredCode[:], b, "OH referral considered", func(v int) { *o = OHConsidered(v) })
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *FitNoteAdvice) UnmarshalText(b []byte) error {
	return decodeCode(fitNoteCodes[:], b, "fit note advice", func(v int) { *f = FitNoteAdvice(v) })
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Consultee) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return inputErr("consultee", -1, "", "", ErrUnknownCode, `""`)
	}
	return decodeCode(consulteeCodes[:], b, "consultee", func(v int) { *c = Consultee(v) })
}

func codeText(codes []string, v int, typ string) string {
	if v >= 0 && v < len(codes) {
		return codes[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

func codeBytes(codes []string, v int) ([]byte, error) {
	if v < 0 || v >= len(codes) {
		return nil, inputErr("code", -1, "", "", ErrUnknownCode, fmt.Sprint(v))
	}
	return []byte(codes[v]), nil
}

func decodeCode(codes []string, b []byte, input string, set func(int)) error {
	if len(b) == 0 {
		set(0)
		return nil
	}
	v, ok := parseCode(codes, string(b))
	if !ok {
		return codeErr(input, "", ErrUnknownCode, codes)
	}
	set(v)
	return nil
}

// ErrInterview: a return-to-work interview record is invalid (ABS-11).
const ErrInterview Error = "invalid return-to-work interview record"

// maxBarExtension bounds an extension of the bar on additional hours.
const maxBarExtension = 365

// validate checks the record of an interview held on interviewed.
func (v *Interview) validate(i int, id string, interviewed Date) error {
	bad := func(field, value string) error {
		return inputErr("record", i, id, "Interview."+field, ErrInterview, value)
	}
	switch {
	case interviewed.IsZero():
		return bad("", "an interview record needs the interview's date (interviewed)")
	case int(v.HeldBy) >= len(interviewerCodes):
		return bad("HeldBy", fmt.Sprint(int(v.HeldBy)))
	case int(v.OHReferral) >= len(ohConsideredCode):
		return bad("OHReferral", fmt.Sprint(int(v.OHReferral)))
	case int(v.FitNote) >= len(fitNoteCodes):
		return bad("FitNote", fmt.Sprint(int(v.FitNote)))
	case v.BarExtendedDays < 0 || v.BarExtendedDays > maxBarExtension:
		return bad("BarExtendedDays", fmt.Sprint(v.BarExtendedDays))
	case (v.BarExtendedDays > 0) != (len(v.ExtendedWith) > 0):
		return bad("ExtendedWith", "an extension of the bar on additional hours is agreed with OH, HR or staff side, and only then")
	case len(v.Headroom) > 8 || len(v.ExtendedWith) > 8:
		return bad("Headroom", "too many entries")
	}
	for k, c := range v.ExtendedWith {
		if c == 0 || int(c) >= len(consulteeCodes) {
			return bad(fmt.Sprintf("ExtendedWith[%d]", k), fmt.Sprint(int(c)))
		}
	}
	for k, h := range v.Headroom {
		ok := len(h.Trigger) == 6 && strings.HasPrefix(h.Trigger, "TRIG-") && h.Trigger[5] >= '1' && h.Trigger[5] <= '6'
		if !ok || h.Left.IsNegative() {
			return bad(fmt.Sprintf("Headroom[%d]", k), "a trigger TRIG-1 … TRIG-6 and what is left, at least 0")
		}
	}
	return nil
}

// InterviewRecord is the record kept of the return-to-work interview of an
// episode (ABS-11, §5.3.7: "undertake and document return to work
// interviews after each absence episode").
type InterviewRecord struct {
	Episode Period `json:"episode"` // the episode checked (Episode.Period)
	// Held is the day of the interview recorded for the episode (the last
	// record that has one); zero if none by the evaluation date.
	Held Date `json:"held"`
	// Interview is what it covered; nil when no record was kept.
	Interview *Interview `json:"interview,omitempty"`
	// Check is the duty to document it: not required until an interview is
	// held; met when the record says the trigger points were explained;
	// overdue when it does not, or there is no record.
	Check Check `json:"check"`
	// NoAdditionalHours is the week without additional hours after a
	// short-term episode (ABS-6, [History.ReturnToWork]) extended by the
	// days agreed at the interview; zero after a long-term episode.
	NoAdditionalHours Period `json:"noAdditionalHours"`
}

// InterviewRecord returns the record of the return-to-work interview of
// episode i of h as of asOf (ABS-11): what it covered, whether it documents
// the trigger points explained, and the bar on additional hours with any
// extension agreed. The interview's date and record come from the episode's
// records (the last that has an Interviewed date by asOf).
//
// It fails with [ErrNoEpisode] for a bad index and [ErrInvalidDate] for an
// invalid asOf.
func (h History) InterviewRecord(i int, asOf Date) (InterviewRecord, error) {
	rw, err := h.ReturnToWork(i, asOf)
	if err != nil {
		return InterviewRecord{}, err
	}
	ep := h.Episodes[i]
	out := InterviewRecord{Episode: ep.Period, NoAdditionalHours: rw.NoAdditionalHours}
	for _, ri := range ep.Records {
		r := h.Records[ri]
		if !r.Interviewed.IsZero() && !r.Interviewed.After(asOf) {
			out.Held, out.Interview = r.Interviewed, r.Interview
		}
	}
	const what = "record of the return-to-work interview"
	if out.Held.IsZero() {
		out.Check = notRequired(TaskInterviewRecord, ruleInterviewRecord, what, "no return-to-work interview is recorded yet: its record follows it")
		return out, nil
	}
	v := out.Interview
	var done Date
	if v != nil && v.TriggersExplained {
		done = out.Held
	}
	out.Check = dateCheck(TaskInterviewRecord, ruleInterviewRecord, what+" of "+out.Held.String(), out.Held, done, asOf)
	add := func(text string) {
		out.Check.Findings = append(out.Check.Findings, Finding{ruleInterviewRecord, text})
	}
	if v == nil {
		add(fmt.Sprintf("the interview of %s is not documented: record what it covered, and that the trigger points were explained (§5.3.7, SAP 1.1)", out.Held))
		return out, nil
	}
	var covered, missing []string
	for _, x := range []struct {
		on   bool
		what string
	}{
		{v.TriggersExplained, "the trigger points explained"},
		{v.NextStepsExplained, "the next formal steps explained"},
		{v.SupportDiscussed, "support discussed"},
		{v.AdjustmentsDiscussed, "adjustments discussed"},
		{v.OHReferral != OHNotConsidered, "a referral to Occupational Health considered"},
		{v.BarExplained || ep.LongTerm, "the week without additional hours explained"},
	} {
		if x.on {
			covered = append(covered, x.what)
		} else {
			missing = append(missing, x.what)
		}
	}
	text := fmt.Sprintf("the interview of %s, held by the %s", out.Held, strings.ReplaceAll(v.HeldBy.String(), "-", " "))
	if len(covered) > 0 {
		text += ", records " + strings.Join(covered, ", ")
	}
	if len(missing) > 0 {
		text += "; it does not record " + strings.Join(missing, ", ")
	}
	if len(v.Headroom) > 0 {
		hs := make([]string, len(v.Headroom))
		for k, hr := range v.Headroom {
			hs[k] = hr.Trigger + " " + hr.Left.String() + " left"
		}
		text += "; headroom shown: " + strings.Join(hs, ", ")
	}
	if v.FitNote != NoFitNote {
		text += "; fit note advice: " + v.FitNote.String()
	}
	add(text)
	if !v.TriggersExplained {
		add("the trigger points must be explained at the return-to-work interview (SAP 1.1, Proc 16)")
	}
	if v.BarExtendedDays > 0 && !out.NoAdditionalHours.IsZero() {
		out.NoAdditionalHours.End = out.NoAdditionalHours.End.AddDays(v.BarExtendedDays)
		with := make([]string, len(v.ExtendedWith))
		for k, c := range v.ExtendedWith {
			with[k] = c.String()
		}
		add(fmt.Sprintf("the week without additional hours is extended by %s, agreed with %s (Proc 16): no additional hours until %s",
			plural(v.BarExtendedDays, "day"), strings.Join(with, ", "), out.NoAdditionalHours.End))
	}
	return out, nil
}
