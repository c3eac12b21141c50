package pension

import "strconv"

// A Fraction is an exact ratio, Num/Den, for the "two thirds" and "one half"
// of the scheme rules: two thirds cannot be written exactly as a decimal, so
// hr14 keeps it as a ratio and rounds only the result.
type Fraction struct {
	Num int `json:"num"` // numerator; a policy needs 0 < Num ≤ Den
	Den int `json:"den"` // denominator; a policy needs 1 to 1,000
}

// String returns e.g. "2/3".
func (f Fraction) String() string { return strconv.Itoa(f.Num) + "/" + strconv.Itoa(f.Den) }

// Of returns f of m, rounded down to a whole day (a part day is never
// credited): 2/3 of 12 years is 8 years, 2/3 of 10 years is 6 years 243 days.
// A fraction with no positive denominator gives 0.
func (f Fraction) Of(m Membership) Membership {
	if f.Den <= 0 {
		return 0
	}
	// m = q×Den + r with 0 ≤ r < Den, so for a proper fraction nothing
	// overflows however long m is.
	q := floorDiv(int(m), f.Den)
	r := int(m) - q*f.Den
	return Membership(q*f.Num + floorDiv(r*f.Num, f.Den))
}

// proper reports whether 0 < f ≤ 1 with a denominator small enough that no
// membership arithmetic can overflow.
func (f Fraction) proper() bool { return f.Den > 0 && f.Den <= 1000 && f.Num > 0 && f.Num <= f.Den }

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
