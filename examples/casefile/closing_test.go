package casefile_test

import (
	"testing"

	"github.com/absencerules/hr14/absence"
)

// An absence with no end date whose employee reported fit is closed on the
// day before the report (ABS-23, Proc 12), not at the as-of date; one
// reported fit after the as-of date is still running.
func TestABS23_OpenAbsenceClosedByReportedFit(t *testing.T) {
	s := decode(t, `asOf: 2026-03-20
employee: {fte: 1, standardDayHours: 7.5, schedule: {week: MTWTF..}}
absences:
  - {id: A1, period: 2026-03-02/.., reason: infection, reportedFit: 2026-03-06, expectedReturn: 2026-03-09}
  - {id: A2, period: 2026-03-16/.., reason: infection, reportedFit: 2026-03-25}
`)
	in, err := s.InputsAsOf(absence.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if got := in.Records[0].Period.String(); got != "2026-03-02/2026-03-05" {
		t.Errorf("closed at %s, want 2026-03-02/2026-03-05", got)
	}
	if got := in.Records[1].Period.String(); got != "2026-03-16/2026-03-20" {
		t.Errorf("still running: %s, want 2026-03-16/2026-03-20", got)
	}
	if in.Records[0].ExpectedReturn.String() != "2026-03-09" {
		t.Errorf("expected return %v", in.Records[0].ExpectedReturn)
	}
}
