package absence

import "slices"

// NoShiftLost is sickness recorded only on days on which the employee had no
// scheduled shift (rest days, days off, bank holidays off), with no sickness
// on a scheduled day next to it. HR14 §4.4 defines a sickness day as one on
// which the employee, because of ill health, cannot work their shift: where
// no shift is lost there is no episode (ABS-1, ABS-2), so it counts towards
// no trigger and no return-to-work interview or stage follows from it.
// [NewHistory] keeps it visible, with a finding that says why.
//
// The same days between two sickness days with no shift worked between them
// are inside that episode instead (ABS-2).
type NoShiftLost struct {
	// Period runs from the first to the last sickness day.
	Period Period `json:"period"`
	// Records are the indexes, into the records given to NewHistory, of the
	// records that make it up, in date order.
	Records []int `json:"records"`
	// Reasons are the distinct reasons of its sickness records, in date order.
	Reasons []Reason `json:"reasons"`
	// Pay holds its sickness days for pay (no working day among them). They
	// stay days of incapacity where the pay rules count calendar days:
	// payroll.Incapacity includes them, as Statutory Sick Pay before 6 April
	// 2026 counts every day of a period of incapacity for work.
	Pay PayView `json:"pay"`
	// Findings say why it is not an episode.
	Findings []Finding `json:"findings"`
}

// noShiftLost appends the NoShiftLost of spell (record indexes in date
// order), whose facts f has just worked out.
func (x *explainer) noShiftLost(f *former, spell []int) {
	h := x.h
	n := NoShiftLost{Period: f.bounds, Pay: PayView{Days: slices.Clone(f.pay)}}
	if len(n.Pay.Days) == 0 {
		n.Pay.Days = nil
	} else {
		n.Pay.Span = Period{n.Pay.Days[0].Start, n.Pay.Days[len(n.Pay.Days)-1].End}
	}
	var findings []Finding
	for _, i := range spell { // the records with a piece in f.bounds
		r := &h.Records[i]
		n.Records = append(n.Records, i)
		if !r.IsSickness() {
			continue
		}
		if !slices.Contains(n.Reasons, r.Reason) {
			n.Reasons = append(n.Reasons, r.Reason)
		}
		if r.PartDay != nil {
			findings = append(findings, partDayFinding(h.PartDays, i))
		}
	}
	findings = append(findings, Finding{ruleNoShiftLost, f.bounds.String() +
		": sickness only on days with no scheduled shift (rest days, days off or bank holidays off): no shift was lost, " +
		"so it is not an episode of sickness and counts towards no trigger; its days stay days of incapacity " +
		"where the pay rules count calendar days (Statutory Sick Pay)"})
	n.Findings = findings
	h.NoShiftLost = append(h.NoShiftLost, n)
}
