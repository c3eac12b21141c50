package payroll

import "github.com/shopspring/decimal"

// A Status is the rate of occupational sick pay on a day (AfC Section 14).
// The zero Status is NilPay: nothing is paid.
type Status uint8

// The rates. Text codes are in parentheses.
const (
	NilPay  Status = iota // no occupational sick pay: the allowance is used up ("nil")
	HalfPay               // half a day's pay ("half")
	FullPay               // a full day's pay ("full")
)

func statusCodes() []string { return []string{"nil", "half", "full"} }

// String returns "nil pay", "half pay" or "full pay".
func (s Status) String() string {
	switch s {
	case NilPay, HalfPay, FullPay:
		return statusCodes()[s] + " pay"
	}
	return enumString("Status", nil, uint8(s))
}

// Fraction returns the share of a day's pay the status pays: 1 for FullPay,
// 0.5 for HalfPay, and 0 for NilPay or a value that is not a Status.
func (s Status) Fraction() decimal.Decimal {
	switch s {
	case HalfPay:
		return half()
	case FullPay:
		return one()
	default: // NilPay, or not a Status
		return decimal.Zero
	}
}

// MarshalText implements encoding.TextMarshaler: "nil", "half" or "full".
func (s Status) MarshalText() ([]byte, error) { return enumText("status", statusCodes(), uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves the value unchanged.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := enumParse("status", statusCodes(), b)
	if err == nil {
		*s = Status(v)
	}
	return err
}
