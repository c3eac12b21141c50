package absence_test

import (
	"errors"
	"fmt"

	"github.com/absencerules/hr14/absence"
)

// The reasons a record may give, by their text codes.
func ExampleReasons() {
	for _, r := range absence.Reasons() {
		fmt.Printf("%s: %s\n", r.Code(), r)
	}
	// Output:
	// musculoskeletal: Musculoskeletal
	// mental-health: Mental health
	// stress: Stress
	// infection: Infection
	// occupational-infection: Occupationally acquired infection
	// surgery-planned: Planned surgery
	// surgery-emergency: Emergency surgery
	// cosmetic-required: Medically required cosmetic surgery
	// cosmetic-not-required: Cosmetic surgery (not medically required)
	// pregnancy: Pregnancy-related
	// work-related: Work-related injury or condition
	// other: Other
}

// A text that is not a reason code is described by the codes expected,
// never repeated: it may be a health detail typed into the wrong field.
func ExampleParseReason() {
	_, err := absence.ParseReason("miscarriage at 12 weeks")
	fmt.Println(errors.Is(err, absence.ErrUnknownReason))
	fmt.Println(err)
	// Output:
	// true
	// absence: reason: unknown or missing absence reason; expected one of musculoskeletal, mental-health, stress, infection, occupational-infection, surgery-planned, surgery-emergency, cosmetic-required, cosmetic-not-required, pregnancy, work-related, other
}

// Dates outside the years hr14 accepts are typos, refused with their own
// class; a text that is not a date is not quoted.
func ExampleParseDate() {
	for _, s := range []string{"2026-03-02", "9999-12-31", "0001-03-02", "2026-02-30", "chemo last week"} {
		d, err := absence.ParseDate(s)
		switch {
		case errors.Is(err, absence.ErrDateRange):
			fmt.Println("out of range:", err)
		case err != nil:
			fmt.Println("invalid:", err)
		default:
			fmt.Println(d.LongDate())
		}
	}
	// Output:
	// Monday 2 March 2026
	// out of range: absence: date: date outside the years 1900 to 2200: 9999-12-31
	// out of range: absence: date: date outside the years 1900 to 2200: 0001-03-02
	// invalid: absence: date: not a valid calendar date: "2026-02-30"; expected a date that exists, written YYYY-MM-DD (e.g. 2026-03-02)
	// invalid: absence: date: not a valid calendar date; expected a date that exists, written YYYY-MM-DD (e.g. 2026-03-02)
}
