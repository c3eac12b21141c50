package triggers_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/absencerules/hr14/absence"
	"github.com/absencerules/hr14/triggers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPolicy_HR14Defaults(t *testing.T) {
	p := triggers.HR14()
	require.NoError(t, p.Validate())
	assert.Equal(t, triggers.EpisodeLimit{Months: 6, Episodes: 2}, p.TRIG1)
	assert.Equal(t, 6, p.TRIG2.Months)
	assert.True(t, dec("10").Equal(p.TRIG2.Days))
	assert.Equal(t, triggers.EpisodeLimit{Months: 12, Episodes: 4}, p.TRIG3)
	assert.Equal(t, 12, p.TRIG4.Months)
	assert.Equal(t, triggers.LengthLimit{Days: 28, Reading: triggers.AtLeast, Months: 12, Measure: triggers.CountedDays}, p.TRIG5)
	assert.Equal(t, triggers.ByDays, p.ProRata)
	assert.Equal(t, triggers.CountAfterMeeting, p.Counting)
	assert.Zero(t, p.LapseMonths)
	assert.Equal(t, absence.HR14(), p.Recording)
}

func TestPolicy_ValidateNamesTheField(t *testing.T) {
	tests := []struct {
		field string
		edit  func(*triggers.Policy)
	}{
		{"TRIG1.Months", func(p *triggers.Policy) { p.TRIG1.Months = 0 }},
		{"TRIG1.Episodes", func(p *triggers.Policy) { p.TRIG1.Episodes = 0 }},
		{"TRIG3.Months", func(p *triggers.Policy) { p.TRIG3.Months = 121 }},
		{"TRIG2.Days", func(p *triggers.Policy) { p.TRIG2.Days = dec("-1") }},
		{"TRIG4.Days", func(p *triggers.Policy) { p.TRIG4.Days = dec("367") }},
		{"TRIG4.Months", func(p *triggers.Policy) { p.TRIG4.Months = -3 }},
		{"TRIG5.Days", func(p *triggers.Policy) { p.TRIG5.Days = 0 }},
		{"TRIG5.Reading", func(p *triggers.Policy) { p.TRIG5.Reading = 7 }},
		{"TRIG5.Months", func(p *triggers.Policy) { p.TRIG5.Months = 0 }},
		{"TRIG5.Measure", func(p *triggers.Policy) { p.TRIG5.Measure = 2 }},
		{"ProRata", func(p *triggers.Policy) { p.ProRata = 2 }},
		{"Counting", func(p *triggers.Policy) { p.Counting = 9 }},
		{"LapseMonths", func(p *triggers.Policy) { p.LapseMonths = -1 }},
		{"Patterns.Touching", func(p *triggers.Policy) { p.Patterns.Touching = 0 }},
		{"Patterns.TimeOfYear.Years", func(p *triggers.Policy) { p.Patterns.TimeOfYear.Years = 1 }},
	}
	for _, tc := range tests {
		p := triggers.HR14()
		tc.edit(&p)
		err := p.Validate()
		require.Error(t, err, tc.field)
		assert.True(t, errors.Is(err, triggers.ErrInvalidPolicy), tc.field)
		var ie *triggers.InputError
		require.True(t, errors.As(err, &ie))
		assert.Equal(t, tc.field, ie.Field)
	}
	p := triggers.HR14()
	p.Recording.LongTermDays = 0
	assert.True(t, errors.Is(p.Validate(), absence.ErrInvalidPolicy), "the recording policy is validated too")
}

func TestPolicy_JSONRoundTrip(t *testing.T) {
	p := triggers.HR14()
	p.TRIG5.Reading = triggers.MoreThan
	p.TRIG5.Measure = triggers.CountedSpan
	p.ProRata = triggers.ByHours
	p.Counting = triggers.CountFullWindow
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"reading":"more-than"`)
	assert.Contains(t, string(b), `"measure":"counted-span"`)
	assert.Contains(t, string(b), `"proRata":"hours"`)
	assert.Contains(t, string(b), `"counting":"full-window"`)
	var back triggers.Policy
	require.NoError(t, json.Unmarshal(b, &back))
	require.NoError(t, back.Validate())
	assert.Equal(t, p.TRIG5, back.TRIG5)
	assert.True(t, p.TRIG2.Days.Equal(back.TRIG2.Days))
	assert.Equal(t, p.Counting, back.Counting)
	assert.Error(t, json.Unmarshal([]byte(`{"proRata":"weeks"}`), &back))
}

func TestTrigger_Text(t *testing.T) {
	for _, tr := range append(triggers.Points(), triggers.TRIG6) {
		b, err := tr.MarshalText()
		require.NoError(t, err)
		var back triggers.Trigger
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, tr, back)
	}
	assert.Equal(t, "TRIG-3", triggers.TRIG3.String())
	assert.Equal(t, absence.Rule{ID: "TRIG-5", Clause: "HR14 SAP 1.2"}, triggers.HR14().Rule(triggers.TRIG5))
}
