package letters_test

import (
	"fmt"

	"github.com/absencerules/hr14/letters"
)

// The letters and documents the package writes, by code, with the formal
// step each belongs to.
func ExampleKinds() {
	for _, k := range letters.Kinds() {
		fmt.Printf("%s (%s)\n", k.Code(), k.Step())
	}
	// Output:
	// stage-1-invitation (stage 1 sickness review meeting)
	// stage-1-outcome (stage 1 sickness review meeting)
	// stage-2-invitation (stage 2 sickness review meeting)
	// stage-2-outcome (stage 2 sickness review meeting)
	// stage-3-invitation (stage 3 final review hearing)
	// ill-health-retirement-invitation (ill-health retirement formal meeting)
	// dismissal (stage 3 final review hearing)
	// not-dismissed (stage 3 final review hearing)
	// appeal-invitation (appeal hearing)
	// appeal-dismissal-upheld (appeal hearing)
	// appeal-dismissal-overturned (appeal hearing)
	// oh-referral (no step)
	// oh-referral-employee-copy (no step)
	// return-to-work-record (no step)
	// case-conference-minutes (no step)
	// redeployment-register (no step)
	// pay-withheld (no step)
	// pay-released (no step)
	// pay-suspended (no step)
	// self-certification-withdrawn (no step)
	// injury-allowance-claim (no step)
	// ssp-notice (no step)
}
