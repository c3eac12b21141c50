package absence

import "time"

// EnglandAndWalesRules returns the England & Wales bank holidays of a year as
// the standing rules give them, without one-offs: New Year's Day, Good Friday,
// Easter Monday, the first and last Mondays of May, the last Monday of August,
// Christmas Day and Boxing Day, each moved to the next free weekday when it
// falls on a weekend. [EnglandAndWales] uses it for years outside its table
// (before 2012 except 1995, 1999, 2002 and 2011; after 2028). It knows no
// rule that is no longer in force: before 1978 there was no Early May bank
// holiday, which it still gives.
func EnglandAndWalesRules(year int) []Holiday {
	return appendEnglandAndWalesRules(nil, year)
}

func appendEnglandAndWalesRules(buf []Holiday, year int) []Holiday {
	ny := Date{year, time.January, 1}
	const substitute = "New Year’s Day (substitute day)" // a constant: no allocation per year
	nyName := "New Year’s Day"
	switch ny.Weekday() {
	case time.Saturday:
		ny, nyName = ny.AddDays(2), substitute
	case time.Sunday:
		ny, nyName = ny.AddDays(1), substitute
	default:
		// a weekday is the holiday itself
	}
	easter := easterSunday(year)
	buf = append(buf,
		Holiday{ny, nyName},
		Holiday{easter.AddDays(-2), "Good Friday"},
		Holiday{easter.AddDays(1), "Easter Monday"},
		Holiday{nthMonday(year, time.May, 1), "Early May bank holiday"},
		Holiday{lastMonday(year, time.May), "Spring bank holiday"},
		Holiday{lastMonday(year, time.August), "Summer bank holiday"},
	)
	xmas := Date{year, time.December, 25}
	switch xmas.Weekday() {
	case time.Friday: // Boxing Day on Saturday → Monday 28th
		buf = append(buf, Holiday{xmas, "Christmas Day"}, Holiday{xmas.AddDays(3), "Boxing Day (substitute day)"})
	case time.Saturday: // both on the weekend → Monday 27th and Tuesday 28th
		buf = append(buf, Holiday{xmas.AddDays(2), "Christmas Day (substitute day)"}, Holiday{xmas.AddDays(3), "Boxing Day (substitute day)"})
	case time.Sunday: // Boxing Day on Monday; Christmas moves to Tuesday 27th
		buf = append(buf, Holiday{xmas.AddDays(1), "Boxing Day"}, Holiday{xmas.AddDays(2), "Christmas Day (substitute day)"})
	default:
		buf = append(buf, Holiday{xmas, "Christmas Day"}, Holiday{xmas.AddDays(1), "Boxing Day"})
	}
	return buf
}

// easterSunday returns Easter Sunday of the Gregorian calendar (the anonymous
// Gregorian algorithm of Meeus, Jones and Butcher).
func easterSunday(y int) Date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return Date{y, time.Month(month), day}
}

func nthMonday(y int, m time.Month, n int) Date {
	d := Date{y, m, 1}
	d = d.AddDays(mod(int(time.Monday)-int(d.Weekday()), 7))
	return d.AddDays(7 * (n - 1))
}

func lastMonday(y int, m time.Month) Date {
	d := Date{y, m, DaysIn(y, m)}
	return d.AddDays(-mod(int(d.Weekday())-int(time.Monday), 7))
}
