package absence

import (
	"fmt"
	"io"
	"strconv"
)

// Confidential is free text about someone's health: a diagnosis or a note.
// HR14 lets a host keep it on a record, but it must never reach an error
// message, a log line or a letter, so Confidential prints as "[confidential]"
// with every fmt verb (%v, %s, %q, %x, %d, …), also inside a struct or slice
// that fmt prints field by field. [Confidential.Text] returns the text
// itself, and JSON and text marshalling keep it (a host must be able to
// store it).
type Confidential string

const redacted = "[confidential]"

// Text returns the confidential text itself.
func (c Confidential) Text() string { return string(c) }

// String returns "[confidential]" (or "" when there is no text), never the
// text.
func (c Confidential) String() string {
	if c == "" {
		return ""
	}
	return redacted
}

// GoString returns the same as String, so %#v does not reveal the text.
func (c Confidential) GoString() string { return `absence.Confidential("` + c.String() + `")` }

// Format implements fmt.Formatter: every verb prints [Confidential.String]
// (quoted for %q, [Confidential.GoString] for %#v), never the text. Without
// it a verb such as %d or %x would print the underlying string.
func (c Confidential) Format(f fmt.State, verb rune) {
	s := c.String()
	switch {
	case verb == 'v' && f.Flag('#'):
		s = c.GoString()
	case verb == 'q':
		s = strconv.Quote(s)
	}
	_, _ = io.WriteString(f, s)
}

// MarshalText implements encoding.TextMarshaler with the text itself, so a
// host can persist it.
func (c Confidential) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Confidential) UnmarshalText(b []byte) error {
	*c = Confidential(b)
	return nil
}
