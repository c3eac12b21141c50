package absence

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrFitNote: a fit note's details are not as the doctor writes them (ABS-20):
// an assessment, advice, issuer or employer's decision on a self-certificate,
// advice boxes on a "not fit" note, a decision without its date, or changes
// made from a day the note does not cover.
const ErrFitNote Error = "invalid fit-note details"

// Fitness is the assessment a fit note records (ABS-20, App 2): "you are not
// fit for work", or "you may be fit for work taking account of the following
// advice". The zero value is NotFitForWork, what every fit note said before the
// assessment was recorded.
type Fitness uint8

// The assessments. Text codes are in parentheses.
const (
	NotFitForWork   Fitness = iota // not fit for work of any kind ("not-fit")
	MayBeFitForWork                // may be fit for work taking account of the advice ("may-be-fit")
	numFitness
)

var fitnessCodes = [numFitness]struct{ code, label string }{
	NotFitForWork:   {"not-fit", "not fit for work"},
	MayBeFitForWork: {"may-be-fit", "may be fit for work taking account of the advice"},
}

// String returns the assessment as the fit note words it, e.g. "not fit for
// work".
func (f Fitness) String() string {
	if f < numFitness {
		return fitnessCodes[f].label
	}
	return "Fitness(" + strconv.Itoa(int(f)) + ")"
}

// MarshalText implements encoding.TextMarshaler: "not-fit" or "may-be-fit".
func (f Fitness) MarshalText() ([]byte, error) {
	if f >= numFitness {
		return nil, inputErr("fitness", -1, "", "", ErrFitNote, strconv.Itoa(int(f)))
	}
	return []byte(fitnessCodes[f].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; the empty text is NotFitForWork.
func (f *Fitness) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = NotFitForWork
		return nil
	}
	for v := range numFitness {
		if fitnessCodes[v].code == string(b) {
			*f = v
			return nil
		}
	}
	return codeErr("fitness", "", ErrFitNote, []string{fitnessCodes[NotFitForWork].code, fitnessCodes[MayBeFitForWork].code})
}

// Advice is one of the boxes a "may be fit" note ticks (ABS-20, App 2): the
// kind of change that may help the employee back to work. The comments the
// note also carries are health details and are not recorded here.
type Advice uint8

// The advice boxes. Text codes are in parentheses.
const (
	PhasedReturn         Advice = iota + 1 // a phased return to work: a gradual increase in duties or hours ("phased-return")
	AlteredHours                           // altered hours: changing work times or total hours ("altered-hours")
	AmendedDuties                          // amended duties: changing work duties ("amended-duties")
	WorkplaceAdaptations                   // workplace adaptations: changing aspects of the workplace ("workplace-adaptations")
	numAdvice
)

var adviceCodes = [numAdvice]struct{ code, label string }{
	PhasedReturn:         {"phased-return", "a phased return to work"},
	AlteredHours:         {"altered-hours", "altered hours"},
	AmendedDuties:        {"amended-duties", "amended duties"},
	WorkplaceAdaptations: {"workplace-adaptations", "workplace adaptations"},
}

// String returns the box as the fit note words it, e.g. "amended duties".
func (a Advice) String() string {
	if a > 0 && a < numAdvice {
		return adviceCodes[a].label
	}
	return "Advice(" + strconv.Itoa(int(a)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the box's code.
func (a Advice) MarshalText() ([]byte, error) {
	if a == 0 || a >= numAdvice {
		return nil, inputErr("advice", -1, "", "", ErrFitNote, strconv.Itoa(int(a)))
	}
	return []byte(adviceCodes[a].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Advice) UnmarshalText(b []byte) error {
	for v := PhasedReturn; v < numAdvice; v++ {
		if adviceCodes[v].code == string(b) {
			*a = v
			return nil
		}
	}
	codes := make([]string, 0, numAdvice-1)
	for v := PhasedReturn; v < numAdvice; v++ {
		codes = append(codes, adviceCodes[v].code)
	}
	return codeErr("advice", "", ErrFitNote, codes)
}

// An Issuer is who signed a fit note, as a category (ABS-20, App 2). App 2
// (the DWP's 2016 guide) says a doctor: the GP, or a hospital doctor for a
// patient treated in hospital. Since 1 July 2022 registered nurses,
// occupational therapists, pharmacists and physiotherapists may also certify
// fit notes (the Social Security (Medical Evidence) and Statutory Sick Pay
// (Medical Evidence) (Amendment) (No. 2) Regulations 2022, SI 2022/630; DWP,
// "Who can issue fit notes: guidance for healthcare professionals and their
// employers"). The zero value means not recorded.
type Issuer uint8

// The issuers. Text codes are in parentheses.
const (
	IssuerUnknown         Issuer = iota // not recorded ("")
	GP                                  // the employee's general practitioner ("gp")
	HospitalDoctor                      // a hospital doctor treating the employee ("hospital-doctor")
	Nurse                               // a registered nurse, from 1 July 2022 ("nurse")
	OccupationalTherapist               // an occupational therapist, from 1 July 2022 ("occupational-therapist")
	Pharmacist                          // a pharmacist, from 1 July 2022 ("pharmacist")
	Physiotherapist                     // a physiotherapist, from 1 July 2022 ("physiotherapist")
	numIssuers
)

var issuerCodes = [numIssuers]struct{ code, label string }{
	IssuerUnknown:         {"", "an issuer not recorded"},
	GP:                    {"gp", "a GP"},
	HospitalDoctor:        {"hospital-doctor", "a hospital doctor"},
	Nurse:                 {"nurse", "a nurse"},
	OccupationalTherapist: {"occupational-therapist", "an occupational therapist"},
	Pharmacist:            {"pharmacist", "a pharmacist"},
	Physiotherapist:       {"physiotherapist", "a physiotherapist"},
}

// String describes the issuer for a sentence, e.g. "a hospital doctor".
func (i Issuer) String() string {
	if i < numIssuers {
		return issuerCodes[i].label
	}
	return "Issuer(" + strconv.Itoa(int(i)) + ")"
}

// Since returns the first day on which i may sign a fit note: 1 July 2022
// for the professions other than doctors (SI 2022/630), the zero Date for a
// doctor or an issuer not recorded.
func (i Issuer) Since() Date {
	if i >= Nurse && i < numIssuers {
		return Date{2022, time.July, 1}
	}
	return Date{}
}

// MarshalText implements encoding.TextMarshaler with the issuer's code; ""
// for IssuerUnknown.
func (i Issuer) MarshalText() ([]byte, error) {
	if i >= numIssuers {
		return nil, inputErr("issuer", -1, "", "", ErrFitNote, strconv.Itoa(int(i)))
	}
	return []byte(issuerCodes[i].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (i *Issuer) UnmarshalText(b []byte) error {
	for v := range numIssuers {
		if issuerCodes[v].code == string(b) {
			*i = v
			return nil
		}
	}
	codes := make([]string, 0, numIssuers-1)
	for v := GP; v < numIssuers; v++ {
		codes = append(codes, issuerCodes[v].code)
	}
	return codeErr("issuer", "", ErrFitNote, codes)
}

// An AdviceDecision is the employer's decision on the advice of a "may be
// fit" note (ABS-20, App 2), recorded with its date. When the employer makes
// the changes, the employee is at work with them from From: those days are
// not sickness (no trigger days; normal pay, or phased-return pay under
// PAY-2). When it cannot, the note counts as "not fit for work" for the days
// it covers, and no new note is needed.
type AdviceDecision struct {
	// Made: the changes were made and the employee worked with them from
	// From. False: the employer could not make them.
	Made bool `json:"made"`
	// From is the first day at work with the changes, a day the note
	// covers; required when Made, and zero otherwise.
	From Date `json:"from,omitempty"`
	// Decided is the day the decision was made and recorded. Required.
	Decided Date `json:"decided"`
}

// atWork returns the days of sickness record r on which the employee was at
// work with the changes the advice of its certificate c asked for (ABS-20):
// from the decision's From to the end of the note, inside the record. ok is
// false when there are none, or r is not sickness.
func (r *Record) atWork(c int) (Period, bool) {
	ct := &r.Certificates[c]
	if ct.Kind != FitNote || ct.Fitness != MayBeFitForWork || ct.Employer == nil || !ct.Employer.Made || !r.IsSickness() {
		return Period{}, false
	}
	return Period{ct.Employer.From, ct.Covers.End}.Intersect(r.Period)
}

// AtWork returns the days of r on which the employee was at work under a
// "may be fit" note whose changes the employer made (ABS-20), in date order
// and not overlapping: they are not sickness, and [NewHistory] leaves them
// out of the record. It is empty for most records.
func (r Record) AtWork() []Period {
	var out []Period
	for c := range r.Certificates {
		if p, ok := r.atWork(c); ok {
			out = addPeriod(out, p)
		}
	}
	return out
}

// hasAtWork reports whether r has a day at work under a "may be fit" note
// with the changes made, without allocating.
func (r *Record) hasAtWork() bool {
	for c := range r.Certificates {
		if _, ok := r.atWork(c); ok {
			return true
		}
	}
	return false
}

// addPeriod adds p to runs, which are in date order and do not overlap or
// touch, joining what overlaps or touches it.
func addPeriod(runs []Period, p Period) []Period {
	i := 0
	for i < len(runs) && runs[i].End.AddDays(1).Before(p.Start) {
		i++
	}
	j := i
	for j < len(runs) && !p.End.AddDays(1).Before(runs[j].Start) {
		if runs[j].Start.Before(p.Start) {
			p.Start = runs[j].Start
		}
		if runs[j].End.After(p.End) {
			p.End = runs[j].End
		}
		j++
	}
	runs = append(runs[:i], append([]Period{p}, runs[j:]...)...)
	return runs
}

// validateFitNote checks the details of certificate c of record i (ABS-20):
// a self-certificate has none; advice boxes belong to a "may be fit" note,
// each once; the employer's decision belongs to one too, with its date, and
// changes made from a day the note covers.
func (c *Certificate) validateFitNote(i int, id, field string) error {
	bad := func(f, want string) *InputError {
		e := inputErr("record", i, id, field+"."+f, ErrFitNote, "")
		e.Want = want
		return e
	}
	if c.Kind == SelfCertificate {
		switch {
		case c.Fitness != NotFitForWork:
			return bad("Fitness", "no assessment on a self-certificate: it is the employee's own")
		case len(c.Advice) > 0:
			return bad("Advice", "no advice boxes on a self-certificate")
		case c.Issuer != IssuerUnknown:
			return bad("Issuer", "no issuer on a self-certificate: it is the employee's own")
		case c.Employer != nil:
			return bad("Employer", "no employer's decision on a self-certificate")
		}
		return nil
	}
	switch {
	case c.Fitness >= numFitness:
		return bad("Fitness", "one of not-fit, may-be-fit")
	case c.Issuer >= numIssuers:
		return bad("Issuer", "one of gp, hospital-doctor, nurse, occupational-therapist, pharmacist, physiotherapist")
	case c.Fitness == NotFitForWork && len(c.Advice) > 0:
		return bad("Advice", `advice boxes only on a "may be fit for work" note (fitness may-be-fit)`)
	case c.Fitness == NotFitForWork && c.Employer != nil:
		return bad("Employer", `an employer's decision only on a "may be fit for work" note (fitness may-be-fit)`)
	}
	for a, v := range c.Advice {
		if v == 0 || v >= numAdvice {
			return bad("Advice["+strconv.Itoa(a)+"]", "one of phased-return, altered-hours, amended-duties, workplace-adaptations")
		}
		for _, w := range c.Advice[:a] {
			if w == v {
				return bad("Advice["+strconv.Itoa(a)+"]", "each box once")
			}
		}
	}
	d := c.Employer
	if d == nil {
		return nil
	}
	switch {
	case d.Decided.IsZero():
		return bad("Employer.Decided", "the day the employer decided whether it can make the changes")
	case !d.Decided.IsValid() || !inYears(d.Decided):
		return inputErr("record", i, id, field+".Employer.Decided", ErrInvalidDate, d.Decided.String())
	case !d.Made && !d.From.IsZero():
		return bad("Employer.From", "no first day at work when the changes were not made (made: false)")
	case d.Made && d.From.IsZero():
		return bad("Employer.From", "the first day at work with the changes")
	case d.Made && (!d.From.IsValid() || !inYears(d.From)):
		return inputErr("record", i, id, field+".Employer.From", ErrInvalidDate, d.From.String())
	case d.Made && !c.Covers.Contains(d.From):
		e := bad("Employer.From", "a day the note covers, "+c.Covers.String())
		e.Value = d.From.String()
		return e
	}
	return nil
}

// adviceText lists the boxes of a "may be fit" note for a sentence, e.g.
// "a phased return to work and altered hours"; "no box ticked" when none.
func adviceText(advice []Advice) string {
	if len(advice) == 0 {
		return "no box ticked"
	}
	parts := make([]string, len(advice))
	for i, a := range advice {
		parts[i] = a.String()
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// advice adds, for each fit note held, what App 2 asks of it (ABS-20): for a
// "may be fit" note, a check of the employer's decision on its advice (no
// deadline: pending until recorded), and for a note signed by a profession
// before it could sign one, a finding.
func (c *Certification) advice(held []heldCertificate, asOf Date) {
	for _, hc := range held {
		if hc.Kind != FitNote {
			continue
		}
		if since := hc.Issuer.Since(); !since.IsZero() && hc.Received.Before(since) {
			c.Findings = append(c.Findings, Finding{ruleFitNoteAdvice, fmt.Sprintf(
				"the %s was received on %s, signed by %s, who may certify fit notes only from %s (SI 2022/630): check who issued it",
				hc.describe(), hc.Received, hc.Issuer, since)})
		}
		if hc.Fitness != MayBeFitForWork {
			continue
		}
		d := hc.Employer
		done := Date{}
		if d != nil {
			done = d.Decided
		}
		ck := dateCheck(TaskFitNoteAdvice, ruleFitNoteAdvice, "decision on the advice of fit note "+hc.Covers.String(), Date{}, done, asOf)
		note := fmt.Sprintf("the %s, signed by %s, says the employee may be fit for work taking account of the advice (%s)",
			hc.describe(), hc.Issuer, adviceText(hc.Advice))
		var text string
		switch {
		case ck.Status == Pending:
			text = note + ": no decision recorded as of " + asOf.String() + ". Discuss the advice with the employee and record, with its date, " +
				"whether the changes can be made; until they are, the days off are sickness covered by the note as if it said not fit for work"
		case d.Made:
			text = fmt.Sprintf("%s: the employer made the changes from %s (decided %s): from that day the employee is at work, not on sick leave, "+
				"with no trigger days and normal pay, or phased-return pay (PAY-2)", note, d.From, d.Decided)
		default:
			text = fmt.Sprintf("%s: the employer could not make the changes (decided %s), so the note counts as not fit for work for the days it covers; "+
				"no new note is needed", note, d.Decided)
		}
		ck.Findings = append(ck.Findings, Finding{ruleFitNoteAdvice, text})
		c.Checks = append(c.Checks, ck)
	}
}

// AtWork is a run of a record's days on which the employee was at work with
// the changes a "may be fit" note advised, the employer having made them
// (ABS-20, App 2): not sickness, so no trigger days and no sick pay; a
// scheduled day among them is a day worked, which ends the episode before
// it (ABS-2).
type AtWork struct {
	Period      Period   `json:"period"`           // the days at work, inside the record and the note
	Record      int      `json:"record"`           // index of the record in the input to NewHistory
	Certificate int      `json:"certificate"`      // index of the note in the record's Certificates
	Advice      []Advice `json:"advice,omitempty"` // the boxes the note ticked
	Finding     Finding  `json:"finding"`          // what it means, citing ABS-20
}

// atWorkOf lists the days at work of every record of h (ABS-20).
func atWorkOf(h *History) []AtWork {
	var out []AtWork
	for i := range h.Records {
		r := &h.Records[i]
		for c := range r.Certificates {
			ct := &r.Certificates[c]
			p, ok := r.atWork(c)
			if !ok {
				continue
			}
			text := fmt.Sprintf("%s: at work with the changes a \"may be fit\" note advised (%s), made by the employer from %s (decided %s): "+
				"not sickness, so no trigger days and normal pay, or phased-return pay (PAY-2); the record's sickness ends before them",
				p, adviceText(ct.Advice), ct.Employer.From, ct.Employer.Decided)
			out = append(out, AtWork{Period: p, Record: i, Certificate: c, Advice: ct.Advice, Finding: Finding{ruleFitNoteAdvice, text}})
		}
	}
	return out
}
