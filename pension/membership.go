package pension

import (
	"strconv"
	"strings"

	"github.com/absencerules/hr14/absence"
)

// Membership is a length of scheme membership (pensionable service), held
// exactly as a whole number of days. NHS Pensions states membership in years
// and days; hr14 counts a year as 365 days, so 28 years is 28 × 365 days and
// "3 years 121 days" is 3 × 365 + 121 days. There are no fractions of a day:
// where a rule takes a fraction of a membership (two thirds of prospective
// membership, a part-time proportion) the part day is dropped, so a member is
// never credited with more than the rule gives (2/3 of 10 years is 6 years 243
// days, not 243⅓).
//
// Lengths between two dates are counted in whole calendar years, from
// anniversary to anniversary, plus the days left over ([Between]), so the 12
// calendar years from a 48th to a 60th birthday are exactly 12 years whatever
// the leap days.
//
// The zero Membership is no membership. Write lengths as multiples of [Year]
// and [Day], the way time.Duration is written: 28*pension.Year + 12*pension.Day.
type Membership int

// Units of membership.
const (
	Day  Membership = 1
	Year Membership = 365
)

// YearsDays returns the membership of the given years and days.
func YearsDays(years, days int) Membership { return Membership(years)*Year + Membership(days) }

// Years returns the whole years in m (m ÷ 365, rounded towards zero).
func (m Membership) Years() int { return int(m / Year) }

// Days returns the days left over after the whole years (0 to 364 for a
// non-negative m).
func (m Membership) Days() int { return int(m % Year) }

// String writes m in words, e.g. "28 years", "3 years 121 days", "1 year 1
// day" or "0 days".
func (m Membership) String() string {
	var b strings.Builder
	if m < 0 {
		b.WriteByte('-')
		m = -m
	}
	y, d := m.Years(), m.Days()
	if y > 0 {
		b.WriteString(plural(y, "year"))
	}
	if d > 0 || y == 0 {
		if y > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(plural(d, "day"))
	}
	return b.String()
}

func plural(n int, unit string) string {
	s := strconv.Itoa(n) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}

// MarshalText implements encoding.TextMarshaler with the compact form of
// [ParseMembership], e.g. "3y121d", "28y" or "0d".
func (m Membership) MarshalText() ([]byte, error) {
	var b []byte
	if m < 0 {
		b = append(b, '-')
		m = -m
	}
	if y := m.Years(); y > 0 {
		b = strconv.AppendInt(b, int64(y), 10)
		b = append(b, 'y')
	}
	if d := m.Days(); d > 0 || m < Year {
		b = strconv.AppendInt(b, int64(d), 10)
		b = append(b, 'd')
	}
	return b, nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseMembership].
func (m *Membership) UnmarshalText(b []byte) error {
	v, err := ParseMembership(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// ParseMembership parses a membership written as years and days: "28y",
// "3y121d", "3y 121d", "121d", with an optional leading "-". Days may be 365
// or more ("1y400d" is 2 years 35 days). Any other form gives an error wrapping
// [ErrSyntax]; more than 1,000 years gives [ErrMembershipLimit].
func ParseMembership(s string) (Membership, error) {
	bad := func(e Error) (Membership, error) {
		err := inputErr("membership", "", e, "")
		if len(s) <= 16 && strings.Trim(s, "0123456789yd -") == "" {
			err.Value = strconv.Quote(s) // the shape of a membership: never a sentence
		}
		err.Want = "years and days, e.g. 28y, 3y121d or 121d"
		return 0, err
	}
	t := s
	neg := strings.HasPrefix(t, "-")
	if neg {
		t = t[1:]
	}
	var m Membership
	seen := false
	for _, unit := range []struct {
		suffix byte
		size   Membership
	}{{'y', Year}, {'d', Day}} {
		t = strings.TrimLeft(t, " ")
		i := 0
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i == 0 || i == len(t) || t[i] != unit.suffix {
			continue
		}
		if i > 6 {
			return bad(ErrMembershipLimit)
		}
		n, _ := strconv.Atoi(t[:i]) // at most 6 digits: cannot fail
		m += Membership(n) * unit.size
		t = t[i+1:]
		seen = true
	}
	switch {
	case !seen || t != "":
		return bad(ErrSyntax)
	case m > 1000*Year:
		return bad(ErrMembershipLimit)
	case neg:
		return -m, nil
	}
	return m, nil
}

// Between returns the membership from the start of day from to the start of
// day to: the whole calendar years from anniversary to anniversary, then the
// days left over. It is 0 when to is not after from. An anniversary of
// 29 February falls on 28 February in other years (as [absence.Date.AddMonths]
// clamps), which never lengthens the result.
//
// Between(born.AddMonths(48*12), born.AddMonths(60*12)) is 12 years.
func Between(from, to absence.Date) Membership {
	if !to.After(from) {
		return 0
	}
	n := to.Year - from.Year
	for n > 0 && from.AddMonths(12*n).After(to) {
		n--
	}
	return Membership(n)*Year + Membership(to.DaysSince(from.AddMonths(12*n)))
}

// Span returns the membership of the days first to last, both included:
// Between(first, last + 1 day). Span of 2020-06-01..2032-05-31 is 12 years.
func Span(first, last absence.Date) Membership { return Between(first, last.AddDays(1)) }
