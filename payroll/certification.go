package payroll

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
)

// Certification is what the certificate rules (ABS-4) found, as far as pay
// is concerned (PAY-4, Proc 14): the days not covered by a timely certificate,
// for which pay is withheld until a certificate is produced and a reasonable
// explanation is given for the delay.
type Certification struct {
	// Uncovered are the days not covered by a timely certificate, as the
	// certificate checks of package absence report them.
	Uncovered []absence.Period `json:"uncovered,omitempty"`
	// Produced are days, among the uncovered, for which a certificate has
	// since been produced and the explanation accepted: their pay is
	// released.
	Produced []absence.Period `json:"produced,omitempty"`
}

// Withheld reports whether pay for d is withheld: d is uncovered and not
// released.
func (c Certification) Withheld(d absence.Date) bool {
	return inAny(c.Uncovered, d) && !inAny(c.Produced, d)
}

// Released reports whether d was uncovered but its pay has been released.
func (c Certification) Released(d absence.Date) bool {
	return inAny(c.Uncovered, d) && inAny(c.Produced, d)
}

func (c Certification) validate(input string) error {
	for i, p := range c.Uncovered {
		if !p.IsValid() {
			return inputErr(input, i, fmt.Sprintf("Certification.Uncovered[%d]", i), ErrInvalidPeriod, p.String())
		}
	}
	for i, p := range c.Produced {
		if !p.IsValid() {
			return inputErr(input, i, fmt.Sprintf("Certification.Produced[%d]", i), ErrInvalidPeriod, p.String())
		}
	}
	return nil
}

func inAny(ps []absence.Period, d absence.Date) bool {
	for _, p := range ps {
		if p.Contains(d) {
			return true
		}
	}
	return false
}
