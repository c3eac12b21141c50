package absence

// NextDay exports Date.next to the tests.
var NextDay = Date.next
