package absence

// Confidential is free text about someone's health: a diagnosis or a note.
// HR14 lets a host keep it on a record, but it must never reach an error
// message, a log line or a letter, so Confidential prints as "[confidential]"
// with every fmt verb. [Confidential.Text] returns the text itself, and JSON
// and text marshalling keep it (a host must be able to store it).
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

// MarshalText implements encoding.TextMarshaler with the text itself, so a
// host can persist it.
func (c Confidential) MarshalText() ([]byte, error) { return []byte(c), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Confidential) UnmarshalText(b []byte) error {
	*c = Confidential(b)
	return nil
}
