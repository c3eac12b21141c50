package absence

import "encoding/json"

// An OHProvider holds the terms of service of the Trust's Occupational
// Health provider that hr14 applies (ABS-9): whether it offers OH Plus, its
// referral service for complex cases, and what it charges for an
// appointment not attended. They are the provider's contract with the
// Trust, not text of HR14, which says only that employees are required to
// attend OH appointments (§5.4.3), so they are a value in the [Policy]
// (Policy.OHProvider), chosen per provider, and findings cite them as the
// provider's terms.
//
// The zero OHProvider is a provider whose terms are not set: no OH Plus
// service and no charge for non-attendance.
type OHProvider struct {
	// Name names the provider and its service, as findings cite them, e.g.
	// "Optima Health for NHS Blood and Transplant".
	Name string `json:"name"`
	// OHPlus: the provider offers OH Plus, a referral service for complex
	// cases, on the criteria of [ComplexCase] ([Policy.OHPlus]).
	OHPlus bool `json:"ohPlus"`
	// ChargesNonAttendance: the provider charges the Trust for an
	// appointment not attended, and for one cancelled later than
	// CancelHours ahead ([Policy.OHCancellation]).
	ChargesNonAttendance bool `json:"chargesNonAttendance"`
	// CancelHours is how long before an appointment it must be cancelled to
	// avoid that charge, in elapsed hours; 0: any time before it starts.
	CancelHours int `json:"cancelHours"`
}

// OptimaHealthOHPlus returns the terms of Optima Health's Occupational
// Health service for NHS Blood and Transplant, as NHSBT publishes them
// (the OH Plus page of seed 000_…): OH Plus for complex cases on six
// criteria, and a charge for every appointment not attended unless it is
// cancelled at least 48 hours ahead.
//
// [HR14] uses them, the only OH provider's terms among the policy's
// sources. They are not UHNM's: its provider (Team Prevent, App 8)
// publishes none there, so a trust sets the terms of its own provider.
func OptimaHealthOHPlus() OHProvider {
	return OHProvider{
		Name:                 "Optima Health for NHS Blood and Transplant",
		OHPlus:               true,
		ChargesNonAttendance: true,
		CancelHours:          48,
	}
}

// rule cites the provider's terms for ABS-9 findings, e.g. "ABS-9 (OH
// provider's terms: Optima Health for NHS Blood and Transplant)".
func (o OHProvider) rule() Rule {
	if o.Name == "" {
		return Rule{"ABS-9", "OH provider's terms"}
	}
	return Rule{"ABS-9", "OH provider's terms: " + o.Name}
}

// name is the provider's name for a sentence.
func (o OHProvider) name() string {
	if o.Name == "" {
		return "the OH provider"
	}
	return o.Name
}

// UnmarshalJSON decodes p from JSON. It refuses the former field
// "ohCancelHours" with an error wrapping [ErrFieldReplaced] that points to
// "ohProvider": the notice to cancel an OH appointment is a term of the OH
// provider's service, held with its other terms, and dropping the old value
// silently would change the charge.
func (p *Policy) UnmarshalJSON(b []byte) error {
	type plain Policy // the fields, without this method
	q := plain(*p)
	v := struct {
		*plain
		Former json.RawMessage `json:"ohCancelHours"`
	}{plain: &q}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if v.Former != nil {
		return inputErr("policy", -1, "", "ohCancelHours", ErrFieldReplaced,
			`use "ohProvider": the OH provider's terms, with "name", "ohPlus", "chargesNonAttendance" and "cancelHours"`)
	}
	*p = Policy(q)
	return nil
}
