package absence

// NextDay exports Date.next to the tests.
var NextDay = Date.next

// CmpInt exports cmpInt to the tests.
var CmpInt = cmpInt

// CmpTwice exports cmpTwice to the tests.
var CmpTwice = cmpTwice

// Some exports DayCounter.some to the tests.
func (c *DayCounter) Some(from, to int) bool { return c.some(from, to) }

// CivilDays is Date.UnixDays by the civil-days algorithm alone, without
// the table.
func CivilDays(d Date) int { return d.civilDays() }
