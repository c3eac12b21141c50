package report

import (
	"fmt"
	"strings"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/payroll"
)

// SickPayChange says why the sick pay available at the start of cur, an
// absence's occupational sick pay, differs from that of prev, the absence
// before it (PAY-8): why is every reason (the row of the scale, the length
// of its months in days, the sick pay paid in the 12 months before), and
// stepUp, when the row rose between the two, when and why: the employee
// completed the years of reckonable service (counted from serviceStart) of
// a higher row. Both are "" when the figures are the same or either absence
// has no sick pay. Dates are ISO 8601, as in the other findings.
func SickPayChange(prev, cur payroll.SickPay, serviceStart absence.Date) (why, stepUp string) {
	if len(prev.Days) == 0 || len(cur.Days) == 0 || prev.Available == cur.Available {
		return "", ""
	}
	var parts []string
	switch {
	case cur.Band != prev.Band && cur.Band.Years > prev.Band.Years:
		on := serviceStart.AddMonths(12 * cur.Band.Years)
		stepUp = fmt.Sprintf("The sick pay allowance rose on %s, when the employee completed %s of reckonable NHS service: from %s to %s (AfC Section 14).",
			on, plural(cur.Band.Years, "year"), months2(prev.Band), months2(cur.Band))
		parts = append(parts, fmt.Sprintf("the row of the scale rose on %s, when the employee completed %s of reckonable service (%s, not %s)",
			on, plural(cur.Band.Years, "year"), months2(cur.Band), months2(prev.Band)))
	case cur.Band != prev.Band:
		parts = append(parts, fmt.Sprintf("another row of the scale applies (%s, not %s)", months2(cur.Band), months2(prev.Band)))
	}
	if cur.Entitlement != prev.Entitlement && cur.Months == payroll.CalendarMonths {
		parts = append(parts, fmt.Sprintf("%d months from %s are %d days of full pay and the next %d months %d days of half pay (months are calendar months)",
			cur.Band.Full, cur.FirstDay, cur.Entitlement.Full, cur.Band.Half, cur.Entitlement.Half))
	}
	if cur.Used.Full > 0 || cur.Used.Half > 0 {
		parts = append(parts, fmt.Sprintf("%d full-pay and %d half-pay days of sick pay paid in the 12 months before %s are deducted",
			cur.Used.Full, cur.Used.Half, cur.FirstDay))
	}
	why = fmt.Sprintf("Available at the start: %d full-pay and %d half-pay days, against %d and %d for the absence before: %s.",
		cur.Available.Full, cur.Available.Half, prev.Available.Full, prev.Available.Half, strings.Join(parts, "; "))
	return why, stepUp
}

// months2 writes a row of the scale: "6 months' full pay and 6 months' half
// pay".
func months2(b payroll.Band) string {
	return monthsOf(b.Full) + " full pay and " + monthsOf(b.Half) + " half pay"
}

// monthsOf writes "1 month's", "6 months'".
func monthsOf(n int) string {
	if n == 1 {
		return "1 month's"
	}
	return fmt.Sprintf("%d months'", n)
}
