package pension

import (
	"strconv"
	"strings"
)

// Text codes of the enums that have no other: each type's codes in value
// order, the first for the value first. They are functions so that no
// package-level value can be changed.

func partTimeCodes() []string { return []string{"membership", "final-fte"} }

func requalifyCodes() []string { return []string{"substitute-pension", "exceeding-lel"} }

// purchaseCodes start at AddedYears (1): the zero PurchaseKind has no code.
func purchaseCodes() []string {
	return []string{"added-years", "additional-pension", "additional-pension-lump-sum"}
}

// creditCodes start at CreditFull (1): the zero Credit has no code.
func creditCodes() []string { return []string{"full", "void", "paid"} }

// marshalCode returns the code of v, where codes[0] is the code of the value
// first; a value without a code is an error wrapping e.
func marshalCode(input string, codes []string, first, v uint8, e Error) ([]byte, error) {
	if v < first || int(v-first) >= len(codes) {
		return nil, inputErr(input, "", e, strconv.Itoa(int(v)))
	}
	return []byte(codes[v-first]), nil
}

// unmarshalCode returns the value of code b; an unknown code is an error
// wrapping e that lists the codes (never the text given, which may be a
// health detail typed into a code field).
func unmarshalCode(input string, codes []string, first uint8, b []byte, e Error) (uint8, error) {
	for i, c := range codes {
		if c == string(b) {
			return first + uint8(i), nil
		}
	}
	return 0, codeErr(input, e, codes)
}

// codeErr is the error for a text that is not one of codes.
func codeErr(input string, e Error, codes []string) *InputError {
	err := inputErr(input, "", e, "")
	err.Want = "one of " + strings.Join(codes, ", ")
	return err
}

// MarshalText implements encoding.TextMarshaler: "membership" or
// "final-fte". An unknown method is an error wrapping [ErrInvalidPolicy].
func (m PartTimeMethod) MarshalText() ([]byte, error) {
	return marshalCode("part-time method", partTimeCodes(), 0, uint8(m), ErrInvalidPolicy)
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves m unchanged.
func (m *PartTimeMethod) UnmarshalText(b []byte) error {
	v, err := unmarshalCode("part-time method", partTimeCodes(), 0, b, ErrInvalidPolicy)
	if err == nil {
		*m = PartTimeMethod(v)
	}
	return err
}

// MarshalText implements encoding.TextMarshaler: "substitute-pension" or
// "exceeding-lel". An unknown reading is an error wrapping
// [ErrInvalidPolicy].
func (r RequalifyStart) MarshalText() ([]byte, error) {
	return marshalCode("requalify start", requalifyCodes(), 0, uint8(r), ErrInvalidPolicy)
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrInvalidPolicy] and leaves r unchanged.
func (r *RequalifyStart) UnmarshalText(b []byte) error {
	v, err := unmarshalCode("requalify start", requalifyCodes(), 0, b, ErrInvalidPolicy)
	if err == nil {
		*r = RequalifyStart(v)
	}
	return err
}

// MarshalText implements encoding.TextMarshaler: "added-years",
// "additional-pension" or "additional-pension-lump-sum". The zero
// PurchaseKind, or another value that is not a kind, is an error wrapping
// [ErrKind].
func (k PurchaseKind) MarshalText() ([]byte, error) {
	return marshalCode("purchase", purchaseCodes(), uint8(AddedYears), uint8(k), ErrKind)
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrKind] and leaves k unchanged.
func (k *PurchaseKind) UnmarshalText(b []byte) error {
	v, err := unmarshalCode("purchase", purchaseCodes(), uint8(AddedYears), b, ErrKind)
	if err == nil {
		*k = PurchaseKind(v)
	}
	return err
}

// MarshalText implements encoding.TextMarshaler: "full", "void" or "paid".
// The zero Credit, or another value that is not an outcome, is an error
// wrapping [ErrSyntax].
func (c Credit) MarshalText() ([]byte, error) {
	return marshalCode("credit", creditCodes(), uint8(CreditFull), uint8(c), ErrSyntax)
}

// UnmarshalText implements encoding.TextUnmarshaler. An unknown code is an
// error wrapping [ErrSyntax] and leaves c unchanged.
func (c *Credit) UnmarshalText(b []byte) error {
	v, err := unmarshalCode("credit", creditCodes(), uint8(CreditFull), b, ErrSyntax)
	if err == nil {
		*c = Credit(v)
	}
	return err
}
