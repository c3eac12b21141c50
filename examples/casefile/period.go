package casefile

import (
	"strings"

	"github.com/absencerules/hr14/absence"
)

// A Period is an absence's period in a case file: first to last day, both
// included, as absence.ParsePeriod reads it ("2026-01-06/2026-01-07", or one
// date), or open-ended, "2026-06-08/.." (ISO 8601-2): an absence still
// running, with no end date yet.
//
// An open-ended absence is evaluated up to the as-of date: its record ends
// on that day ([Case.InputsAsOf]) and the report says so. hr14 never reads
// a far-future end such as 9999-12-31 (the "no end date" of some HR
// systems) as open-ended: a year after 2200 is refused (absence.ErrDateRange)
// with a message that says how to write an open end.
type Period struct {
	Start absence.Date // first day, included
	End   absence.Date // last day, included; zero when Open
	Open  bool         // no end date yet
}

// openEnd is the text of a period's missing end.
const openEnd = "/.."

// Closed returns p as an absence.Period, an open-ended one ending on asOf
// (or on its first day, when that is after asOf).
func (p Period) Closed(asOf absence.Date) absence.Period {
	if !p.Open {
		return absence.Period{Start: p.Start, End: p.End}
	}
	end := asOf
	if end.Before(p.Start) {
		end = p.Start
	}
	return absence.Period{Start: p.Start, End: end}
}

// String returns p as "2026-01-06/2026-01-07", or "2026-06-08/.." when open.
func (p Period) String() string {
	if p.Open {
		return p.Start.String() + openEnd
	}
	return absence.Period{Start: p.Start, End: p.End}.String()
}

// MarshalText implements encoding.TextMarshaler with the form of String;
// the zero Period is the empty text.
func (p Period) MarshalText() ([]byte, error) {
	if p.Open {
		b, err := p.Start.MarshalText()
		return append(b, openEnd...), err
	}
	return absence.Period{Start: p.Start, End: p.End}.MarshalText()
}

// UnmarshalText implements encoding.TextUnmarshaler: what
// absence.ParsePeriod accepts, "YYYY-MM-DD/.." for an open end, and the
// empty text for the zero Period.
func (p *Period) UnmarshalText(b []byte) error {
	s := string(b)
	if start, ok := strings.CutSuffix(s, openEnd); ok && !strings.Contains(start, "/") {
		d, err := absence.ParseDate(start)
		if err != nil {
			return err
		}
		*p = Period{Start: d, Open: true}
		return nil
	}
	var v absence.Period
	if err := v.UnmarshalText(b); err != nil {
		return err
	}
	*p = Period{Start: v.Start, End: v.End}
	return nil
}
