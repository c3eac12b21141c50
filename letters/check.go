package letters

import (
	"errors"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/absencerules/hr14/absence"
)

// A checker collects the problems of one letter as *FieldErrors.
type checker struct {
	k    Kind
	errs []error
}

func (c *checker) add(field, detail string, err Error) {
	c.errs = append(c.errs, &FieldError{Kind: c.k, Field: field, Detail: detail, Err: err})
}

func (c *checker) err() error { return errors.Join(c.errs...) }

// text checks a free-text field: required when asked, one line of valid
// UTF-8 with no control characters. The text itself never goes into the
// error.
func (c *checker) text(field, s string, required bool) {
	switch {
	case s == "":
		if required {
			c.add(field, "", ErrMissing)
		}
	case !utf8.ValidString(s):
		c.add(field, "not valid UTF-8", ErrInvalid)
	default:
		for _, r := range s {
			if unicode.IsControl(r) {
				c.add(field, "contains a control character (one line of text expected)", ErrInvalid)
				return
			}
		}
	}
}

// lines checks a list of free-text items, each required; the list itself is
// required when need > 0.
func (c *checker) lines(field string, items []string, need int) {
	if len(items) < need {
		c.add(field, "at least "+strconv.Itoa(need)+" expected", ErrMissing)
	}
	for i, s := range items {
		c.text(field+"["+strconv.Itoa(i)+"]", s, true)
	}
}

// date checks a date field: required when asked, and valid when set.
func (c *checker) date(field string, d absence.Date, required bool) bool {
	switch {
	case d.IsZero():
		if required {
			c.add(field, "", ErrMissing)
		}
		return false
	case !d.IsValid():
		c.add(field, "not a valid calendar date", ErrInvalid)
		return false
	}
	return true
}

// period checks a period field that is set.
func (c *checker) period(field string, p absence.Period) bool {
	if !p.IsValid() {
		c.add(field, "not a valid period: "+p.Start.String()+" to "+p.End.String(), ErrInvalid)
		return false
	}
	return true
}

// order checks that the date of field a is not after that of field b (both
// already checked). strict requires a before b.
func (c *checker) order(fa string, a absence.Date, fb string, b absence.Date, strict bool) {
	if !a.IsValid() || !b.IsValid() {
		return
	}
	if a.After(b) || (strict && a == b) {
		rel := "on or before"
		if strict {
			rel = "before"
		}
		c.add(fa, a.String()+" must be "+rel+" "+fb+" "+b.String(), ErrInvalid)
	}
}
