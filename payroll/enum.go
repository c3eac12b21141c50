package payroll

import (
	"strconv"
	"strings"
)

// enumText returns the text code of an enum value.
func enumText(name string, codes []string, v uint8) ([]byte, error) {
	if int(v) >= len(codes) {
		return nil, inputErr(name, -1, "", ErrInvalidPolicy, strconv.Itoa(int(v)))
	}
	return []byte(codes[v]), nil
}

// enumParse returns the value of a text code.
func enumParse(name string, codes []string, b []byte) (uint8, error) {
	for v, c := range codes {
		if c == string(b) {
			return uint8(v), nil
		}
	}
	// Never the text: it may be a health detail typed into a code field.
	var want []string
	for _, c := range codes {
		if c != "" {
			want = append(want, c)
		}
	}
	e := inputErr(name, -1, "", ErrInvalidPolicy, "")
	e.Want = "one of " + strings.Join(want, ", ")
	return 0, e
}

// enumString returns a code or "Name(n)" for an unknown value.
func enumString(name string, codes []string, v uint8) string {
	if int(v) < len(codes) {
		return codes[v]
	}
	return name + "(" + strconv.Itoa(int(v)) + ")"
}
