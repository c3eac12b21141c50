package casefile

import (
	"errors"
	"strconv"
	"strings"
)

// Class is a class of case-file error. Every error this package returns wraps
// one of the Class constants (or, for a value the hr14 library rejects, the
// library's own error class), so callers test for it with errors.Is:
//
//	if errors.Is(err, casefile.ErrUnknownField) { … }
type Class string

// Error returns the class's description.
func (c Class) Error() string { return string(c) }

// The classes of case-file errors.
const (
	// ErrSyntax: the file is not well-formed YAML or JSON.
	ErrSyntax Class = "syntax error"
	// ErrUnknownField: a mapping holds a key the format does not define
	// (a typo, or a field at the wrong level).
	ErrUnknownField Class = "unknown field"
	// ErrDuplicateField: a mapping gives the same key twice.
	ErrDuplicateField Class = "field given twice"
	// ErrType: a value has the wrong shape: a list where a mapping is
	// expected, text where a number is.
	ErrType Class = "wrong type of value"
	// ErrValue: a value has the right shape but is not valid: a date that
	// does not exist, a decimal that is not a number, an unknown code.
	ErrValue Class = "invalid value"
	// ErrDocuments: the file holds no document, or more than one where one
	// is expected.
	ErrDocuments Class = "wrong number of documents"
	// ErrTooComplex: the document nests too deeply or expands too many
	// aliases.
	ErrTooComplex Class = "document too large or too deeply nested"
	// ErrInvalid: the case is well-formed but cannot be evaluated as it
	// stands: a required field is missing, two choices exclude each other,
	// or the hr14 library rejects it (the library's error is wrapped too).
	ErrInvalid Class = "invalid case"
)

// Pos is a position in a case file: 1-based line and column. The zero Pos
// means the position is not known.
type Pos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// IsZero reports whether p is unknown.
func (p Pos) IsZero() bool { return p.Line == 0 }

// Error is an error in a case file: where (the file, the position, and the
// field: Path for programs, Field for people) and what (Err, which wraps a
// Class and, for values the library rejects, the library's error).
//
// An Error never quotes free text from the file (diagnosis, notes, names,
// places), nor a rejected value that does not have the shape of its field
// (a health detail typed into a code or date field): only field names,
// dates, numbers and codes, and what was expected instead.
type Error struct {
	File string // the file name given to the decoder, e.g. "case.yaml"
	Pos  Pos    // where in the file; zero when not known
	Path string // the field at fault as a JSON path, from 0, e.g. "absences[2].period"; "" for the whole document
	Err  error  // what is wrong; wraps a Class
}

// Error describes the failure for people: where, the field with positions
// counted from 1, and what is wrong, e.g.
//
//	case.yaml:12:13: absence 3, period: period ends before it starts: 2026-03-05/2026-03-01
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Where())
	b.WriteString(": ")
	if f := e.Field(); f != "" {
		b.WriteString(f)
		b.WriteString(": ")
	}
	b.WriteString(e.Message())
	return b.String()
}

// Field names the field at fault for people, list items counted from 1:
// "absences[2].certificates[0].covers" is "absence 3, certificate 1,
// covers". It is "" for the whole document.
func (e *Error) Field() string { return PeoplePath(e.Path) }

// Message says what is wrong, without where: no class names, no package
// prefixes, e.g. "period ends before it starts: 2026-03-05/2026-03-01".
func (e *Error) Message() string {
	var c *classed
	if errors.As(e.Err, &c) {
		return c.message(e.Path)
	}
	return explain(e.Path, e.Err)
}

// Where returns "file:line:column", or as much of it as is known.
func (e *Error) Where() string {
	where := e.File
	if where == "" {
		where = "case"
	}
	if !e.Pos.IsZero() {
		where += ":" + strconv.Itoa(e.Pos.Line)
		if e.Pos.Column > 0 {
			where += ":" + strconv.Itoa(e.Pos.Column)
		}
	}
	return where
}

// Unwrap returns the cause, for errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.Err }

// classed is an error of a Class with a message and an optional cause.
type classed struct {
	class Class
	msg   string // may be empty
	cause error  // may be nil
	quiet bool   // the message says it all: leave the cause's text out
}

// Error writes the class, the message and the cause's description.
func (c *classed) Error() string {
	return string(c.class) + ": " + c.message("")
}

// message is what people read: the message and the cause's description,
// with the class named only where it says something (a syntax error, an
// unknown field), not for a value or a case the library refuses.
func (c *classed) message(path string) string {
	var parts []string
	switch c.class {
	case ErrValue, ErrInvalid:
	default:
		parts = append(parts, string(c.class))
	}
	if c.msg != "" {
		parts = append(parts, c.msg)
	}
	if c.cause != nil && !c.quiet {
		parts = append(parts, explain(path, c.cause))
	}
	if len(parts) == 0 {
		return string(c.class)
	}
	return strings.Join(parts, ": ")
}

// Unwrap returns the class and the cause.
func (c *classed) Unwrap() []error {
	if c.cause != nil {
		return []error{c.class, c.cause}
	}
	return []error{c.class}
}

func newErr(class Class, msg string, cause error) error {
	return &classed{class: class, msg: msg, cause: cause}
}
