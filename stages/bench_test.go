package stages_test

import (
	"testing"

	"github.com/absencerules/hr14/stages"
)

// BenchmarkReplay replays the full journey (35 events: three stages, two
// hearings, an appeal).
func BenchmarkReplay(b *testing.B) {
	p := stages.HR14()
	events := fullJourney()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := stages.Replay(events, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNextSteps lists the actions of a case at its final hearing.
func BenchmarkNextSteps(b *testing.B) {
	p := stages.HR14()
	s, err := stages.Replay(toStage3Invited(), p)
	if err != nil {
		b.Fatal(err)
	}
	asOf := day("2026-07-07")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := s.NextSteps(asOf, p, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReplayRecords17 replays a case with issue 17's records (30
// events: redeployment with its posts, a suspension, overtime, the
// ill-health retirement application and a resignation).
func BenchmarkReplayRecords17(b *testing.B) {
	p := stages.HR14()
	events := records17Journey()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := stages.Replay(events, p); err != nil {
			b.Fatal(err)
		}
	}
}
