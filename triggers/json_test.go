package triggers_test

import (
	"encoding/json"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// Every result of the package — Status, Headroom, the timeline, Patterns,
// Lapse — decodes from its JSON to the same value, so a host can store the
// decision and its evidence with the case (issue 10: JSON round trips are
// lossless).
func TestTRIG_ResultsJSONRoundTrip(t *testing.T) {
	part := cold(t, "2026-02-10/2026-02-11")
	part.PartDay = &absence.PartDay{Worked: dec("2")}
	noro := sick(t, "2026-04-13/2026-04-14", absence.OccupationalInfection)
	noro.Evidence.InfectionControlLink = true
	pol := triggers.HR14()
	pol.ProRata = triggers.ByHours
	m := monitor(t, monFri(t), pol, cold(t, "2026-01-06/2026-01-07"), part, cold(t, "2026-03-02"), noro, cold(t, "2026-06-01/2026-07-10"))
	m, err := m.WithAdjustment(triggers.Adjustment{Agreed: d(t, "2026-01-02"), Reference: "OH-1", TRIG1: 3})
	require.NoError(t, err)
	asOf := d(t, "2026-07-10")
	st, err := m.Evaluate(asOf)
	require.NoError(t, err)
	hr, err := m.Headroom(asOf)
	require.NoError(t, err)
	ps, err := m.Patterns(asOf, absence.EnglandAndWales())
	require.NoError(t, err)
	ms, err := m.Since(d(t, "2026-03-16"))
	require.NoError(t, err)
	lapse, err := ms.Lapse(asOf)
	require.NoError(t, err)
	opts := cmp.Options{cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }), cmpopts.EquateEmpty()}

	roundTrip := func(name string, in any, out any) {
		t.Helper()
		b, err := json.Marshal(in)
		require.NoError(t, err, name)
		require.NoError(t, json.Unmarshal(b, out), "%s: %s", name, b)
	}
	var st2 triggers.Status
	roundTrip("status", st, &st2)
	var hr2 triggers.Headroom
	roundTrip("headroom", hr, &hr2)
	var tl2 []triggers.Activation
	roundTrip("timeline", m.Timeline(), &tl2)
	var ps2 triggers.Patterns
	roundTrip("patterns", ps, &ps2)
	var l2 triggers.Lapse
	roundTrip("lapse", lapse, &l2)
	for name, pair := range map[string][2]any{
		"status": {st, st2}, "headroom": {hr, hr2}, "timeline": {m.Timeline(), tl2}, "patterns": {ps, ps2}, "lapse": {lapse, l2},
	} {
		if d := cmp.Diff(pair[0], pair[1], opts); d != "" {
			t.Errorf("%s round trip (-want +got):\n%s", name, d)
		}
	}
}

// The detectors' codes round-trip; unknown ones are typed errors.
func TestTRIG6_PatternKindText(t *testing.T) {
	for k := triggers.PatternRestDays; k <= triggers.PatternPartDays; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back triggers.PatternKind
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, k, back)
	}
	_, err := triggers.PatternKind(0).MarshalText()
	require.ErrorIs(t, err, triggers.ErrInvalidPolicy)
	var k triggers.PatternKind
	require.ErrorIs(t, k.UnmarshalText([]byte("moon-phase")), triggers.ErrInvalidPolicy)
}
