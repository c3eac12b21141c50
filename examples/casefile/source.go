package casefile

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/pension"
	"github.com/shopspring/decimal"
)

// source records where a decoded case came from.
type source struct {
	file string
	pos  map[string]Pos // by field path; "" is the document
	// prefix is the path of the case in its document when it is one of a
	// pair ("old." or "new.", DecodePair); errors' paths start with it.
	prefix string
}

// File returns the file name the case was decoded from ("" if it was not).
func (c *Case) File() string {
	if c.src == nil {
		return ""
	}
	return c.src.file
}

// Pos returns the position of the field at path (e.g. "absences[2].period")
// in the file the case was decoded from, or of its nearest enclosing field
// that is in the file; zero when the case was not decoded.
func (c *Case) Pos(path string) Pos {
	if c.src == nil {
		return Pos{}
	}
	for {
		if p, ok := c.src.pos[path]; ok {
			return p
		}
		if path == "" {
			return Pos{}
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			path = ""
		} else {
			path = path[:i]
		}
	}
}

// Locate returns err, an error about the field at path, as an *Error with
// its file and position: class ErrInvalid, wrapping err. A host uses it to
// place the library's errors (absence.InputError, stages.EventError, …) in
// the file.
func (c *Case) Locate(path string, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return &Error{File: c.File(), Pos: c.Pos(path), Path: c.fullPath(path), Err: newErr(ErrInvalid, "", err)}
}

// fullPath returns path as it is in the document: with the case's prefix
// when it is one of a pair.
func (c *Case) fullPath(path string) string {
	if c.src == nil || c.src.prefix == "" {
		return path
	}
	if path == "" {
		return strings.TrimSuffix(c.src.prefix, ".")
	}
	return c.src.prefix + path
}

func (c *Case) wrap(path string, err error) error { return c.Locate(path, err) }

func (c *Case) errorf(path string, class Class, format string, args ...any) error {
	return &Error{File: c.File(), Pos: c.Pos(path), Path: c.fullPath(path), Err: newErr(class, fmt.Sprintf(format, args...), nil)}
}

// FieldPath turns a library field name ("PartDay.Worked") into the case
// file's ("partDay.worked").
func FieldPath(field string) string {
	parts := strings.Split(field, ".")
	for i, p := range parts {
		if p == "" {
			continue
		}
		// Keep an index suffix: "Prior[2]" → "prior[2]".
		name, rest, _ := strings.Cut(p, "[")
		if rest != "" {
			rest = "[" + rest
		}
		// Lower the leading capitals: a word ("PartDay" → "partDay"), an
		// acronym ("FTE" → "fte", "TRIG2" → "trig2"), or an acronym before a
		// word, whose last capital starts the word ("HRAdvised" →
		// "hrAdvised", "OHConfirmedFit" → "ohConfirmedFit").
		n := 0
		for n < len(name) && 'A' <= name[n] && name[n] <= 'Z' {
			n++
		}
		if n > 1 && n < len(name) && 'a' <= name[n] && name[n] <= 'z' {
			n--
		}
		parts[i] = strings.ToLower(name[:n]) + name[n:] + rest
	}
	return strings.Join(parts, ".")
}

var (
	dateType       = reflect.TypeOf(absence.Date{})
	periodType     = reflect.TypeOf(absence.Period{})
	decimalType    = reflect.TypeOf(decimal.Decimal{})
	timeType       = reflect.TypeOf(time.Time{})
	membershipType = reflect.TypeOf(pension.Membership(0))

	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
)

// expected describes what a text value of type t looks like.
func expected(t reflect.Type) string {
	switch t {
	case dateType:
		return "a date (YYYY-MM-DD)"
	case periodType:
		return "a period (2026-01-06/2026-01-07, or one date)"
	case decimalType:
		return "a decimal number (e.g. 7.5)"
	case timeType:
		return "a date and time (RFC 3339, e.g. 2026-03-02T06:30:00Z)"
	case membershipType:
		return "a membership in years and days (e.g. 28y, 3y121d)"
	}
	if t.Kind() == reflect.String {
		return "text"
	}
	return "a code"
}

// invalidText is the error for a text value of type t that does not
// parse; cause is the type's own error, kept for errors.Is.
func invalidText(t reflect.Type, value string, cause error) error {
	switch t {
	case decimalType:
		return &classed{class: ErrValue, msg: fmt.Sprintf("%q is not a decimal number: write digits with a decimal point, e.g. 2500.00, without £ or commas", clip(value)), cause: cause, quiet: true}
	case timeType:
		return &classed{class: ErrValue, msg: fmt.Sprintf("%q is not a date and time: use RFC 3339 with an offset, e.g. 2026-03-02T06:30:00Z", clip(value)), cause: cause, quiet: true}
	case dateType, periodType, membershipType:
		return &classed{class: ErrValue, cause: cause} // the library's message names the value
	}
	if codes := codesOf(t); len(codes) > 0 {
		return &classed{class: ErrValue, msg: fmt.Sprintf("unknown code %q: use %s", clip(value), strings.Join(codes, ", ")), cause: cause, quiet: true}
	}
	return &classed{class: ErrValue, cause: cause}
}

// codesOf lists the text codes of an enumeration: a small integer type
// whose values marshal to text and back. It returns nil for other types.
func codesOf(t reflect.Type) []string {
	if t.Kind() != reflect.Uint8 || !t.Implements(textMarshalerType) {
		return nil
	}
	var codes []string
	for i := 0; i < 256; i++ {
		v := reflect.New(t)
		v.Elem().SetUint(uint64(i))
		text, err := v.Elem().Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil || len(text) == 0 {
			continue
		}
		back := reflect.New(t)
		if back.Interface().(encoding.TextUnmarshaler).UnmarshalText(text) != nil || back.Elem().Uint() != uint64(i) {
			continue
		}
		codes = append(codes, strconv.Quote(string(text)))
	}
	return codes
}
