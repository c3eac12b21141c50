package payroll

import (
	"fmt"
	"slices"

	"github.com/absencerules/hr14/absence"
)

// A Treatment says how a day of absence is paid.
type Treatment uint8

// The treatments. Text codes are in parentheses.
const (
	// SickLeave: sickness absence, paid under the sick pay rules: occupational
	// sick pay and SSP (PAY-8) ("sick-leave").
	SickLeave Treatment = iota
	// AsWorked: a part day on which the employee went home ill, paid as
	// worked; nothing goes on the payroll documents (PAY-1, Proc 5, Proc 6)
	// ("as-worked").
	AsWorked
	// Withheld: sickness not covered by a timely certificate; pay withheld
	// until one is produced with a reasonable explanation (PAY-4, Proc 14)
	// ("withheld").
	Withheld
	// Unauthorised: unauthorised absence, not sickness and no sick pay; pay
	// not yet suspended (PAY-5, Proc 2) ("unauthorised").
	Unauthorised
	// Suspended: unauthorised absence for which the manager, advised by HR,
	// told payroll to suspend pay (PAY-5, Proc 2) ("suspended").
	Suspended
	// NormalPay: not sickness, paid as normal: medical exclusion for infection
	// control (PAY-7, Proc 19), or a medical suspension during which
	// Occupational Health confirmed the employee fit (§4.6) ("normal-pay").
	NormalPay
	// OnLeave: annual or other leave, paid as leave, including cosmetic
	// surgery that is not medically required, which must be annual leave
	// and never sick pay (PAY-6, Proc 21) ("leave").
	OnLeave
)

func treatmentCodes() []string {
	return []string{"sick-leave", "as-worked", "withheld", "unauthorised", "suspended", "normal-pay", "leave"}
}

// String returns the treatment's text code.
func (t Treatment) String() string { return enumString("Treatment", treatmentCodes(), uint8(t)) }

// MarshalText implements encoding.TextMarshaler.
func (t Treatment) MarshalText() ([]byte, error) {
	return enumText("treatment", treatmentCodes(), uint8(t))
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (t *Treatment) UnmarshalText(b []byte) error {
	v, err := enumParse("treatment", treatmentCodes(), b)
	if err == nil {
		*t = Treatment(v)
	}
	return err
}

// A Suspension is the decision to suspend pay for an unauthorised absence
// (PAY-5, Proc 2): the manager notifies payroll, after seeking HR's advice.
type Suspension struct {
	Record int `json:"record"` // index of the unauthorised record in History.Records
	// HRAdvised is the day Human Resources advised; required, since advice
	// must be sought before payroll is told to suspend pay.
	HRAdvised absence.Date `json:"hrAdvised"`
}

// TreatmentInput is what [Policy.Treatments] needs.
type TreatmentInput struct {
	// History is the employee's records and episodes, from
	// absence.NewHistory.
	History absence.History `json:"history"`
	// Certification gives the days without a timely certificate (PAY-4).
	Certification Certification `json:"certification"`
	// Suspensions are the decisions to suspend pay for unauthorised absence.
	Suspensions []Suspension `json:"suspensions,omitempty"`
}

// A Treated is a run of days with the same pay treatment, the record it
// comes from and why.
type Treated struct {
	Period    absence.Period `json:"period"`    // the days, both ends included
	Treatment Treatment      `json:"treatment"` // how they are paid
	// Record is the index into History.Records of the record the days come
	// from; -1 if no record of the episode holds them (a rest day joined
	// into a run of sickness between two records).
	Record  int             `json:"record"`
	Finding absence.Finding `json:"finding"` // the rule, the clause and why
}

// Treatments is how every recorded day of a history is paid, in date order.
type Treatments struct {
	// Days are the treated runs, in date order, never overlapping; days with
	// no record (rest days outside episodes, days worked) are not in them.
	Days     []Treated         `json:"days"`
	Findings []absence.Finding `json:"findings,omitempty"` // notes on the input, e.g. uncovered days that are not pay days
}

// Treatments works out how each recorded day of a history is paid (PAY-1,
// PAY-4 … PAY-7): sickness days in the episodes' pay view are sick leave,
// withheld where no timely certificate covers them; part days are paid as
// worked; unauthorised absence is unpaid only once pay is suspended after
// HR advice; medical exclusion is paid as normal; leave, including cosmetic
// surgery that is not medically required, is leave.
//
// Cosmetic surgery that is not medically required cannot be recorded as
// sickness at all: absence.NewHistory rejects it with absence.ErrNotSickness
// (PAY-6); record it as Leave with reason CosmeticSurgeryNotRequired.
//
// It fails with [ErrUncovered] for uncovered days outside every episode,
// [ErrNotUnauthorised] for a suspension of a record that is not unauthorised
// absence and [ErrNoHRAdvice] for one without HR advice.
func (p Policy) Treatments(in TreatmentInput) (Treatments, error) {
	const input = "treatments"
	h := in.History
	if err := in.Certification.validate(input); err != nil {
		return Treatments{}, err
	}
	suspended := map[int]absence.Date{}
	for i, s := range in.Suspensions {
		field := fmt.Sprintf("Suspensions[%d]", i)
		switch {
		case s.Record < 0 || s.Record >= len(h.Records) || h.Records[s.Record].Kind != absence.Unauthorised:
			return Treatments{}, inputErr(input, i, field+".Record", ErrNotUnauthorised, fmt.Sprint(s.Record))
		case s.HRAdvised.IsZero():
			return Treatments{}, inputErr(input, i, field+".HRAdvised", ErrNoHRAdvice, fmt.Sprint(s.Record))
		case !s.HRAdvised.IsValid():
			return Treatments{}, inputErr(input, i, field+".HRAdvised", ErrInvalidDate, s.HRAdvised.String())
		}
		suspended[s.Record] = s.HRAdvised
	}
	var out Treatments
	for i, u := range in.Certification.Uncovered {
		for d := range u.All() {
			if !slices.ContainsFunc(h.Episodes, func(ep absence.Episode) bool { return ep.Period.Contains(d) }) {
				return Treatments{}, inputErr(input, i, fmt.Sprintf("Certification.Uncovered[%d]", i), ErrUncovered, d.String())
			}
		}
	}

	for i, r := range h.Records {
		t := Treated{Period: r.Period, Record: i}
		switch {
		case r.IsSickness():
			continue // in the episodes below
		case r.Kind == absence.MedicalExclusion:
			t.Treatment = NormalPay
			t.Finding = find("PAY-7", clauseExclusion,
				"%s: medical exclusion for infection control: paid as normal, not sick leave; no sick pay allowance used", span(r.Period))
		case r.Kind == absence.MedicalSuspension:
			t.Treatment = NormalPay
			t.Finding = find("ABS-7", "HR14 §4.6",
				"%s: medical suspension during which Occupational Health confirmed the employee fit: not sickness, paid as normal", span(r.Period))
		case r.Kind == absence.Unauthorised:
			if advised, ok := suspended[i]; ok {
				t.Treatment = Suspended
				t.Finding = find("PAY-5", clauseUnauth,
					"%s: unauthorised absence; pay suspended on the manager's instruction after HR advice on %s", span(r.Period), advised)
			} else {
				t.Treatment = Unauthorised
				t.Finding = find("PAY-5", clauseUnauth,
					"%s: unauthorised absence, not sickness: no sick pay; the manager may ask payroll to suspend pay after seeking HR advice", span(r.Period))
			}
		case r.Reason == absence.CosmeticSurgeryNotRequired:
			t.Treatment = OnLeave
			t.Finding = find("PAY-6", clauseCosmetic,
				"%s: cosmetic or private surgery that is not medically required: no sick pay; annual leave covering the surgery and recovery", span(r.Period))
		default:
			// Booked leave less the days sickness replaced (ABS-21).
			kept, _ := h.Kept(i)
			for _, p := range kept {
				t.Period, t.Treatment = p, OnLeave
				t.Finding = find("ABS-8", "HR14 Proc 15", "%s: leave, paid as leave, not sickness", span(p))
				out.Days = append(out.Days, t)
			}
			continue
		}
		out.Days = append(out.Days, t)
	}
	for _, n := range h.PartDays {
		t := Treated{Period: absence.Day(n.Date), Treatment: AsWorked, Record: n.Record}
		if n.Sickness {
			t.Finding = find("PAY-1", clausePartDay,
				"%s: went home ill after %s of %s hours, less than half the shift: a sickness day for triggers but paid as worked, nothing on the payroll documents",
				n.Date, n.Worked, n.Shift)
		} else {
			t.Finding = find("PAY-1", clausePartDay,
				"%s: went home ill after %s of %s hours (half or more, or sent home): not sickness, paid as worked", n.Date, n.Worked, n.Shift)
		}
		out.Days = append(out.Days, t)
	}
	for _, ep := range h.Episodes {
		for _, run := range ep.Pay.Days {
			out.Days = append(out.Days, sickRuns(h, ep, run, in.Certification)...)
		}
		for _, u := range in.Certification.Uncovered {
			for d := range u.All() {
				if ep.Period.Contains(d) && !payDay(ep, d) {
					out.Findings = append(out.Findings, find("PAY-4", clauseCertificate,
						"%s is listed as uncovered but is not a sickness day for pay: nothing to withhold", d))
				}
			}
		}
	}
	slices.SortStableFunc(out.Days, func(a, b Treated) int { return a.Period.Start.Compare(b.Period.Start) })
	return out, nil
}

// sickRuns splits a run of sickness pay days into sick leave and withheld
// runs.
func sickRuns(h absence.History, ep absence.Episode, run absence.Period, c Certification) []Treated {
	var out []Treated
	kind := func(d absence.Date) (Treatment, bool) {
		if c.Withheld(d) {
			return Withheld, false
		}
		return SickLeave, c.Released(d)
	}
	start := run.Start
	for d := range run.All() {
		k, rel := kind(d)
		if next := d.AddDays(1); !next.After(run.End) {
			if nk, nrel := kind(next); nk == k && nrel == rel {
				continue
			}
		}
		per := absence.Period{Start: start, End: d}
		t := Treated{Period: per, Treatment: k, Record: recordOn(h, ep, start)}
		switch {
		case k == Withheld:
			t.Finding = find("PAY-4", clauseCertificate,
				"%s: sickness not covered by a timely certificate: pay withheld until a certificate is produced and a reasonable explanation is given for the delay", span(per))
		case rel:
			t.Finding = find("PAY-4", clauseCertificate,
				"%s: sickness first uncovered; a certificate was produced and the delay explained: pay released under the sick pay rules", span(per))
		default:
			t.Finding = find("PAY-8", clauseScale, "%s: sickness absence, paid under the sick pay rules (occupational sick pay including SSP)", span(per))
		}
		out = append(out, t)
		start = d.AddDays(1)
	}
	return out
}

// recordOn returns the index of the episode's record that holds d: the
// sickness record, when sickness replaced booked leave that day (ABS-21).
func recordOn(h absence.History, ep absence.Episode, d absence.Date) int {
	found := -1
	for _, i := range ep.Records {
		if i >= 0 && i < len(h.Records) && h.Records[i].Period.Contains(d) {
			if h.Records[i].IsSickness() {
				return i
			}
			found = i
		}
	}
	return found
}

func payDay(ep absence.Episode, d absence.Date) bool {
	for _, r := range ep.Pay.Days {
		if r.Contains(d) {
			return true
		}
	}
	return false
}
