package payroll

import (
	"fmt"

	"github.com/absencerules/hr14/absence"
)

// The clauses the PAY rules cite (see the package documentation).
const (
	clausePartDay     = "HR14 Proc 5, Proc 6"
	clausePhased      = "HR14 §22.2, §22.4, §22.5"
	clauseInjury      = "HR14 §20; AfC Section 22"
	clauseCertificate = "HR14 Proc 14"
	clauseUnauth      = "HR14 Proc 2"
	clauseCosmetic    = "HR14 Proc 21"
	clauseExclusion   = "HR14 Proc 19"
	clauseScale       = "AfC Section 14"
	clauseLookBack    = "AfC 14.7"
	clauseEmployment  = "AfC 14.3"
	clauseSupplement  = "AfC 14.1"
	clauseSSP         = "SSCBA 1992 Part XI"
	clauseLeave       = "HR14 §22.2, Proc 15"
	clauseTermination = "HR14 SAP 1.5.2"
	clauseAppointment = "HR14 Proc 7"
)

// find returns a finding for a PAY rule.
func find(id, clause, format string, args ...any) absence.Finding {
	return absence.Finding{Rule: absence.Rule{ID: id, Clause: clause}, Text: fmt.Sprintf(format, args...)}
}

// plural writes "1 day" or "3 days".
func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// span writes a period, or its one day, e.g. "2026-03-02" or
// "2026-03-02/2026-03-06".
func span(p absence.Period) string {
	if p.Start == p.End {
		return p.Start.String()
	}
	return p.String()
}
