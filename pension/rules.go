package pension

import "github.com/absencerules/hr14/absence"

// The citations behind every finding: the rule's ID in the project's rule
// catalogue (PEN-1 … PEN-7) and where it comes from. "HR14 App 12" is the
// Ill-health Retirement Factsheet appended to HR14 v16; NHSBSA items and
// regulations are the sources of figures the factsheet does not state. They
// are functions so that no package-level value can be changed.

func ruleQualifying() absence.Rule {
	return absence.Rule{ID: "PEN-1", Clause: "HR14 App 12, Qualifying conditions"}
}
func ruleTier1() absence.Rule {
	return absence.Rule{ID: "PEN-2", Clause: "HR14 App 12, Benefits (Tier 1)"}
}
func ruleTier2() absence.Rule {
	return absence.Rule{ID: "PEN-3", Clause: "HR14 App 12, Benefits (Tier 2)"}
}
func ruleMinimum() absence.Rule {
	return absence.Rule{ID: "PEN-3", Clause: "HR14 App 12, 1995 section; 1995 reg E2A (SI 2008/654 reg 11); NHSBSA 17011"}
}
func ruleLimits() absence.Rule {
	return absence.Rule{ID: "PEN-3", Clause: "NHSBSA, 1995/2008 Section membership limits"}
}
func rulePartTime() absence.Rule {
	return absence.Rule{ID: "PEN-3", Clause: "HR14 App 12, Benefits (part time; method unconfirmed)"}
}
func rule2015() absence.Rule {
	return absence.Rule{ID: "PEN-3", Clause: "NHSBSA 17011; 2015 formula per HSC (NI) 2015 reg 69, England and Wales text unconfirmed"}
}
func ruleMixed() absence.Rule {
	return absence.Rule{ID: "PEN-3", Clause: "NHSBSA KA-05129"}
}
func ruleReemployment() absence.Rule {
	return absence.Rule{ID: "PEN-4", Clause: "HR14 App 12, Re-employment; 2008 reg 2.G.4"}
}
func ruleAbatement() absence.Rule {
	return absence.Rule{ID: "PEN-5", Clause: "HR14 App 12, Abatement"}
}
func ruleSeriousIllHealth() absence.Rule {
	return absence.Rule{ID: "PEN-6", Clause: "HR14 App 12, If a member is seriously ill"}
}
func rulePurchase() absence.Rule {
	return absence.Rule{ID: "PEN-7", Clause: "HR14 App 12, If they are paying additional contributions"}
}

// explanation collects findings.
type explanation []absence.Finding

func (e *explanation) add(r absence.Rule, text string) {
	*e = append(*e, absence.Finding{Rule: r, Text: text})
}
