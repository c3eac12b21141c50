package stages

import (
	"strconv"
	"strings"
)

// The enums of this package are small integers with stable text codes, used
// in JSON. These helpers keep their String, MarshalText and UnmarshalText
// methods one line each.

// codeOf returns the code of v, or "Type(n)" for a value out of range.
func codeOf[T ~uint8](v T, codes []string, typ string) string {
	if int(v) < len(codes) {
		return codes[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

// marshalCode returns the code of v, failing for a value out of range.
func marshalCode[T ~uint8](v T, codes []string, typ string) ([]byte, error) {
	if int(v) >= len(codes) {
		return nil, &CodeError{Type: typ, Value: strconv.Itoa(int(v))}
	}
	return []byte(codes[v]), nil
}

// unmarshalCode sets *v to the value whose code is b. The empty text is the
// zero value; so is the zero value's own code.
func unmarshalCode[T ~uint8](v *T, b []byte, codes []string, typ string) error {
	if len(b) == 0 {
		*v = 0
		return nil
	}
	for i, c := range codes {
		if c == string(b) {
			*v = T(i)
			return nil
		}
	}
	// Never the text: it may be a health detail typed into a code field.
	var want []string
	for _, c := range codes {
		if c != "" {
			want = append(want, c)
		}
	}
	return &CodeError{Type: typ, Want: "one of " + strings.Join(want, ", ")}
}

// valid reports whether v is one of the named values, excluding the zero
// value when zeroOK is false.
func valid[T ~uint8](v T, codes []string, zeroOK bool) bool {
	return int(v) < len(codes) && (zeroOK || v != 0)
}
