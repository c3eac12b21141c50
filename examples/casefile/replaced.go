package casefile

import "reflect"

// replacedField says what replaces key, a field that a mapping of type t
// had in an earlier version of the format, for the error that refuses it:
// a clear pointer to the new field rather than a guess at what the old one
// meant. ok is false for any other key.
func replacedField(t reflect.Type, key string) (by string, ok bool) {
	switch {
	case t == reflect.TypeOf(Employee{}) && key == "selfCertificationWithdrawn":
		// ABS-4, Proc 13: the flag had no date, so it withdrew
		// self-certification for sickness before the decision too.
		return `"selfCertification": the decisions to withdraw or restore the right to self-certify, each dated, e.g. [{from: 2026-03-02, withdrawn: true, hrAdvised: 2026-02-25}]; a flag without a date would reach back to sickness self-certified before the decision`, true
	default:
		return "", false
	}
}
