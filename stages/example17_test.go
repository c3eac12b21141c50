package stages_test

import (
	"fmt"

	"github.com/absencerules/hr14/pension"
	"github.com/absencerules/hr14/stages"
)

// The form of an ill-health retirement application follows the member's
// standing in the scheme (STAGE-21, App 12).
func ExampleFormFor() {
	for _, st := range []pension.Status{pension.Active, pension.OptedOut, pension.Deferred} {
		fmt.Printf("%s: %s\n", st, stages.FormFor(st))
	}
	// Output:
	// active member: AW33E
	// member who opted out: AW33E
	// deferred member: AW240
}

// A resignation once NHS Pensions has accepted the application is leaving
// because of permanent ill-health, for the pension assessment (STAGE-22,
// PEN-9).
func ExampleState_Leaving() {
	p := stages.HR14()
	s, err := stages.Replay(with(accepted(), resign("2026-03-23", &stages.Resignation{NoticeWaived: true})), p)
	if err != nil {
		fmt.Println(err)
		return
	}
	l, on, rule := s.Leaving()
	fmt.Println(l, on, rule.ID)
	// Output:
	// leaving because of permanent ill-health 2026-03-23 STAGE-22
}
