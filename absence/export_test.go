package absence

// NextDay exports Date.next to the tests.
var NextDay = Date.next

// CmpInt exports cmpInt to the tests.
var CmpInt = cmpInt

// CmpTwice exports cmpTwice to the tests.
var CmpTwice = cmpTwice
