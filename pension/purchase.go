package pension

import (
	"fmt"
	"strconv"

	"github.com/absencerules/hr14/absence"
)

// A PurchaseKind is a kind of extra benefit a member buys (PEN-7).
type PurchaseKind uint8

// The kinds of purchase. Text codes are in parentheses; the zero
// PurchaseKind is not a kind.
const (
	// AddedYears is 1995 Section added years, or a bigger lump sum for
	// membership before 25 March 1972, bought by deductions from pay
	// ("added-years").
	AddedYears PurchaseKind = iota + 1
	// AdditionalPension is additional pension bought by regular
	// contributions ("additional-pension").
	AdditionalPension
	// AdditionalPensionLumpSum is additional pension bought by a single
	// lump-sum contribution ("additional-pension-lump-sum").
	AdditionalPensionLumpSum
)

// String describes the kind in words.
func (k PurchaseKind) String() string {
	switch k {
	case AddedYears:
		return "added years"
	case AdditionalPension:
		return "additional pension"
	case AdditionalPensionLumpSum:
		return "additional pension bought by lump sum"
	}
	return "PurchaseKind(" + strconv.Itoa(int(k)) + ")"
}

// A Purchase is an extra benefit being bought when the member applies for
// ill-health retirement.
type Purchase struct {
	Kind PurchaseKind `json:"kind"` // what is being bought; the zero value is not a kind
	// Started is the first day of the contributions, or for a lump-sum
	// purchase the day the lump sum was paid.
	Started absence.Date `json:"started"`
	// Applied is the day the member applied to retire.
	Applied absence.Date `json:"applied"`
	// Retires is the first day of retirement: added years are credited in
	// full only to a member retiring under normal pension age. Needed for
	// AddedYears only.
	Retires absence.Date `json:"retires,omitempty"`
	// NormalPensionDate is the day the member reaches normal pension age.
	// Needed for AddedYears only.
	NormalPensionDate absence.Date `json:"normalPensionDate,omitempty"`
}

// A Credit is what happens to a purchase on ill-health retirement.
type Credit uint8

// The outcomes. Text codes are in parentheses; the zero Credit is not an
// outcome.
const (
	// CreditFull: the member is credited with the full purchase without
	// further payments ("full").
	CreditFull Credit = iota + 1
	// CreditVoid: the purchase is void and the payments made are refunded
	// ("void").
	CreditVoid
	// CreditPaid: not credited in full (added years for a member retiring at
	// or over normal pension age): only what has been paid counts, under the
	// ordinary rules ("paid").
	CreditPaid
)

// String returns "credited in full", "void (payments refunded)" or "credited
// for what has been paid".
func (c Credit) String() string {
	switch c {
	case CreditFull:
		return "credited in full"
	case CreditVoid:
		return "void (payments refunded)"
	case CreditPaid:
		return "credited for what has been paid"
	}
	return "Credit(" + strconv.Itoa(int(c)) + ")"
}

// A Crediting is the outcome for a purchase, with its findings.
type Crediting struct {
	Credit   Credit            `json:"credit"`   // full, void or what has been paid
	Findings []absence.Finding `json:"findings"` // why (PEN-7)
}

// CreditPurchase decides what happens to added years or additional pension
// being bought when the member applies for ill-health retirement (PEN-7):
// credited in full if contributions have been paid for more than 12 months
// (for a lump-sum purchase, if it was paid more than 12 months before) —
// that is, if the application is after the first anniversary of Started —
// and, for added years, the member retires under normal pension age;
// otherwise void, with the payments refunded.
func CreditPurchase(pu Purchase, p Policy) (Crediting, error) {
	if err := p.Validate(); err != nil {
		return Crediting{}, err
	}
	bad := func(field string, e Error, value string) error { return inputErr("purchase", field, e, value) }
	if pu.Kind < AddedYears || pu.Kind > AdditionalPensionLumpSum {
		return Crediting{}, bad("Kind", ErrKind, pu.Kind.String())
	}
	err := firstErr(checkDate("purchase", "Started", pu.Started), checkDate("purchase", "Applied", pu.Applied))
	if err == nil && pu.Kind == AddedYears {
		err = firstErr(checkDate("purchase", "Retires", pu.Retires), checkDate("purchase", "NormalPensionDate", pu.NormalPensionDate))
	}
	if err != nil {
		return Crediting{}, err
	}
	if pu.Applied.Before(pu.Started) {
		return Crediting{}, bad("Applied", ErrDateOrder, pu.Applied.String()+" is before "+pu.Started.String())
	}
	var why explanation
	anniversary := pu.Started.AddMonths(p.PurchaseMonths)
	paying := "contributions began"
	if pu.Kind == AdditionalPensionLumpSum {
		paying = "the lump sum was paid"
	}
	if !pu.Applied.After(anniversary) {
		why.add(rulePurchase(), fmt.Sprintf("%s: %s on %s and the application to retire was made on %s, within %d months: the purchase is void and the payments are refunded",
			pu.Kind, paying, pu.Started, pu.Applied, p.PurchaseMonths))
		return Crediting{Credit: CreditVoid, Findings: why}, nil
	}
	why.add(rulePurchase(), fmt.Sprintf("%s: %s on %s, more than %d months before the application to retire on %s",
		pu.Kind, paying, pu.Started, p.PurchaseMonths, pu.Applied))
	if pu.Kind == AddedYears && !pu.Retires.Before(pu.NormalPensionDate) {
		why.add(rulePurchase(), fmt.Sprintf("retiring on %s, not under normal pension age (%s): added years are not credited in full; what has been paid counts", pu.Retires, pu.NormalPensionDate))
		return Crediting{Credit: CreditPaid, Findings: why}, nil
	}
	why.add(rulePurchase(), "the full purchase is credited without further payments")
	return Crediting{Credit: CreditFull, Findings: why}, nil
}
