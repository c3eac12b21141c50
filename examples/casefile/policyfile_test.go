package casefile_test

import (
	"errors"
	"testing"

	"github.com/absencerules/hr14/examples/casefile"
	"github.com/absencerules/hr14/triggers"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A policy file holds a case file's policy section: the knobs and the
// trigger points' numbers, a number left out keeping HR14 v16's.
func TestDecodePolicy(t *testing.T) {
	for _, doc := range []string{
		"name: HR14\ntrig1: {episodes: 3, months: 12}\ntrig2: {days: 12.5}\ntrig5: {days: 21}\ncounting: full-window\n",
		"policy:\n  trig1: {episodes: 3, months: 12}\n  trig2: {days: 12.5}\n  trig5: {days: 21}\n  counting: full-window\n",
		`{"trig1": {"episodes": 3, "months": 12}, "trig2": {"days": 12.5}, "trig5": {"days": 21}, "counting": "full-window"}`,
	} {
		p, pols, err := casefile.DecodePolicy("other.yaml", []byte(doc))
		require.NoError(t, err, doc)
		want := triggers.HR14()
		want.TRIG1 = triggers.EpisodeLimit{Months: 12, Episodes: 3}
		want.TRIG2.Days = decimal.RequireFromString("12.5")
		want.TRIG5.Days = 21
		want.Counting = triggers.CountFullWindow
		assert.Equal(t, want.TRIG1, pols.Triggers.TRIG1)
		assert.True(t, want.TRIG2.Days.Equal(pols.Triggers.TRIG2.Days))
		assert.Equal(t, 6, pols.Triggers.TRIG2.Months)
		assert.Equal(t, want.TRIG3, pols.Triggers.TRIG3)
		assert.Equal(t, want.TRIG5, pols.Triggers.TRIG5)
		assert.Equal(t, want.Counting, pols.Triggers.Counting)
		assert.Equal(t, []string{"counting=full-window", "trig1.episodes=3", "trig1.months=12", "trig2.days=12.5", "trig5.days=21"}, p.Knobs())
	}
	p, pols, err := casefile.DecodePolicy("empty.yaml", []byte("name: HR14\n"))
	require.NoError(t, err)
	assert.Empty(t, p.Knobs())
	assert.Equal(t, triggers.HR14().TRIG1, pols.Triggers.TRIG1)
}

// A bad policy file is an error with its file, line and field, quoting no
// free text.
func TestDecodePolicyErrors(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"trig1: {episodes: 0}\n", "other.yaml:1:1: policy.trig1"},
		{"name: HR14\ntrig3:\n  months: 500\n", "other.yaml:2:1: policy.trig3"},
		{"trig2: {days: lots of sick days}\n", "other.yaml:1:15: policy.trig2.days"},
		{"trig9: {days: 3}\n", `other.yaml:1:1: policy.trig9: unknown field: "trig9" in policy`},
		{"counting: whenever the manager had chemo\n", "other.yaml:1:11: policy.counting"},
		{"", "the file holds no policy"},
		{"name: HR14\n---\nname: HR14\n", "more than one document"},
		{"name: [\n", "other.yaml:"},
	} {
		_, _, err := casefile.DecodePolicy("other.yaml", []byte(c.doc))
		require.Error(t, err, c.doc)
		assert.Contains(t, err.Error(), c.want, c.doc)
		assert.NotContains(t, err.Error(), "chemo")
		assert.NotContains(t, err.Error(), "lots of")
		var e *casefile.Error
		assert.True(t, errors.As(err, &e), c.doc)
	}
}
