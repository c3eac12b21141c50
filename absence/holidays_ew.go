package absence

import "time"

type ewDay struct {
	month time.Month
	day   int
	name  string
}

// ewTable is the GOV.UK England & Wales bank-holiday data for 2022–2028
// (FACTS.md; alphagov/frontend lib/data/bank-holidays.json). It is read-only:
// EnglandAndWales copies it into each Calendar.
var ewTable = [...]struct {
	year int
	days []ewDay
}{
	{2022, []ewDay{
		{time.January, 3, "New Year’s Day (substitute day)"},
		{time.April, 15, "Good Friday"},
		{time.April, 18, "Easter Monday"},
		{time.May, 2, "Early May bank holiday"},
		{time.June, 2, "Spring bank holiday"},
		{time.June, 3, "Platinum Jubilee bank holiday"},
		{time.August, 29, "Summer bank holiday"},
		{time.September, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II"},
		{time.December, 26, "Boxing Day"},
		{time.December, 27, "Christmas Day (substitute day)"},
	}},
	{2023, []ewDay{
		{time.January, 2, "New Year’s Day (substitute day)"},
		{time.April, 7, "Good Friday"},
		{time.April, 10, "Easter Monday"},
		{time.May, 1, "Early May bank holiday"},
		{time.May, 8, "Bank holiday for the coronation of King Charles III"},
		{time.May, 29, "Spring bank holiday"},
		{time.August, 28, "Summer bank holiday"},
		{time.December, 25, "Christmas Day"},
		{time.December, 26, "Boxing Day"},
	}},
	{2024, []ewDay{
		{time.January, 1, "New Year’s Day"},
		{time.March, 29, "Good Friday"},
		{time.April, 1, "Easter Monday"},
		{time.May, 6, "Early May bank holiday"},
		{time.May, 27, "Spring bank holiday"},
		{time.August, 26, "Summer bank holiday"},
		{time.December, 25, "Christmas Day"},
		{time.December, 26, "Boxing Day"},
	}},
	{2025, []ewDay{
		{time.January, 1, "New Year’s Day"},
		{time.April, 18, "Good Friday"},
		{time.April, 21, "Easter Monday"},
		{time.May, 5, "Early May bank holiday"},
		{time.May, 26, "Spring bank holiday"},
		{time.August, 25, "Summer bank holiday"},
		{time.December, 25, "Christmas Day"},
		{time.December, 26, "Boxing Day"},
	}},
	{2026, []ewDay{
		{time.January, 1, "New Year’s Day"},
		{time.April, 3, "Good Friday"},
		{time.April, 6, "Easter Monday"},
		{time.May, 4, "Early May bank holiday"},
		{time.May, 25, "Spring bank holiday"},
		{time.August, 31, "Summer bank holiday"},
		{time.December, 25, "Christmas Day"},
		{time.December, 28, "Boxing Day (substitute day)"},
	}},
	{2027, []ewDay{
		{time.January, 1, "New Year’s Day"},
		{time.March, 26, "Good Friday"},
		{time.March, 29, "Easter Monday"},
		{time.May, 3, "Early May bank holiday"},
		{time.May, 31, "Spring bank holiday"},
		{time.August, 30, "Summer bank holiday"},
		{time.December, 27, "Christmas Day (substitute day)"},
		{time.December, 28, "Boxing Day (substitute day)"},
	}},
	{2028, []ewDay{
		{time.January, 3, "New Year’s Day (substitute day)"},
		{time.April, 14, "Good Friday"},
		{time.April, 17, "Easter Monday"},
		{time.May, 1, "Early May bank holiday"},
		{time.May, 29, "Spring bank holiday"},
		{time.August, 28, "Summer bank holiday"},
		{time.December, 25, "Christmas Day"},
		{time.December, 26, "Boxing Day"},
	}},
}

// EnglandAndWalesRules returns the England & Wales bank holidays of a year as
// the standing rules give them, without one-offs: New Year's Day, Good Friday,
// Easter Monday, the first and last Mondays of May, the last Monday of August,
// Christmas Day and Boxing Day, each moved to the next free weekday when it
// falls on a weekend. [EnglandAndWales] uses it for years outside its table.
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
